//! Word-level alignment of two renderings: runs of equal, deleted, inserted
//! and replaced words, as byte ranges into the original strings.
//!
//! Tokens keep punctuation separate ("power," is `power` + `,`) and compare
//! case-, quote-style- and apostrophe-insensitively (`they’re` = `They're`),
//! so a diff shows what an outlet changed, not how its typography differs.
//! Each token's span also covers the whitespace after it (and the first
//! token covers leading whitespace), so the ops tile both strings exactly.

use std::ops::Range;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::{AlignOp, OpKind};

/// One token of a rendering: its byte span (with trailing whitespace) and
/// the comparison key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub key: String,
    /// True for word tokens (letters/digits), false for punctuation.
    pub word: bool,
}

/// Whether `c` may sit inside a word between letters (`they’re`, `Ukraine's`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// Folds quote styles and apostrophes to their ASCII form and lowercases.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        c if is_apostrophe(c) => out.push('\''),
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' => out.push('"'),
        '–' | '—' | '‒' | '―' => out.push('-'),
        c => out.extend(c.to_lowercase()),
    }
}

/// Splits `s` into word and punctuation tokens whose spans tile `s`.
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            if let Some(last) = tokens.last_mut() {
                last.span.end = at + c.len_utf8();
            }
            i += 1;
            continue;
        }
        // Leading whitespace belongs to the first token.
        let start = if tokens.is_empty() { 0 } else { at };
        let mut key = String::new();
        let word = c.is_alphanumeric();
        let mut j = i;
        if word {
            while j < chars.len() {
                let (_, cj) = chars[j];
                let inner_apostrophe = is_apostrophe(cj)
                    && j > i
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
                if cj.is_alphanumeric() || inner_apostrophe || is_mark(cj) {
                    fold_char(cj, &mut key);
                    j += 1;
                } else {
                    break;
                }
            }
        } else {
            fold_char(c, &mut key);
            j = i + 1;
        }
        let end = chars.get(j).map_or(s.len(), |&(b, _)| b);
        tokens.push(Token {
            span: start..end,
            key,
            word,
        });
        i = j;
    }
    if tokens.is_empty() && !s.is_empty() {
        // Whitespace only: one token so the ops still cover the string.
        tokens.push(Token {
            span: 0..s.len(),
            key: String::new(),
            word: false,
        });
    }
    tokens
}

/// Combining marks continue the word they follow.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036f | 0x1ab0..=0x1aff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

/// Aligns `a` with `b` word by word (Patience diff over normalised tokens).
pub fn align(a: &str, b: &str) -> Vec<AlignOp> {
    let ta = tokenize(a);
    let tb = tokenize(b);
    align_tokens(a, &ta, b, &tb)
}

/// [`align`] over tokens already computed.
pub fn align_tokens(a: &str, ta: &[Token], b: &str, tb: &[Token]) -> Vec<AlignOp> {
    let ka: Vec<&str> = ta.iter().map(|t| t.key.as_str()).collect();
    let kb: Vec<&str> = tb.iter().map(|t| t.key.as_str()).collect();
    let diff = capture_diff_slices(Algorithm::Patience, &ka, &kb);
    let span = |tokens: &[Token], text: &str, r: Range<usize>| -> Range<usize> {
        if r.is_empty() {
            let at = tokens.get(r.start).map_or(text.len(), |t| t.span.start);
            at..at
        } else {
            tokens[r.start].span.start..tokens[r.end - 1].span.end
        }
    };
    let mut ops: Vec<AlignOp> = Vec::with_capacity(diff.len());
    for op in diff {
        let kind = match op {
            DiffOp::Equal { .. } => OpKind::Equal,
            DiffOp::Delete { .. } => OpKind::Delete,
            DiffOp::Insert { .. } => OpKind::Insert,
            DiffOp::Replace { .. } => OpKind::Replace,
        };
        let next = AlignOp {
            kind,
            a: span(ta, a, op.old_range()),
            b: span(tb, b, op.new_range()),
        };
        push_merged(&mut ops, next);
    }
    ops
}

/// Appends `next`, folding adjacent changes into one `replace` and
/// adjacent runs of the same kind into one run.
fn push_merged(ops: &mut Vec<AlignOp>, next: AlignOp) {
    if let Some(last) = ops.last_mut() {
        let both_changes = last.kind != OpKind::Equal && next.kind != OpKind::Equal;
        if last.kind == next.kind || both_changes {
            if both_changes && last.kind != next.kind {
                last.kind = OpKind::Replace;
            }
            last.a.end = next.a.end.max(last.a.end);
            last.b.end = next.b.end.max(last.b.end);
            return;
        }
    }
    ops.push(next);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_and_case_do_not_count_as_changes() {
        let ops = align("They’re not", "they're not");
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].kind, OpKind::Equal);
    }

    #[test]
    fn punctuation_is_its_own_token() {
        let t = tokenize("power, and");
        let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["power", ",", "and"]);
    }
}
