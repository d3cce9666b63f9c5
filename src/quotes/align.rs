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
    /// Hash of the folded text: equal keys mean equal words for a reader.
    pub key: u64,
    /// True for word tokens (letters/digits), false for punctuation.
    pub word: bool,
}

/// Whether `c` may sit inside a word between letters (`they’re`, `Ukraine's`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// FNV-1a over folded characters: keys without allocating a string per token.
struct KeyHash(u64);

impl KeyHash {
    fn new() -> Self {
        KeyHash(0xcbf2_9ce4_8422_2325)
    }

    /// Adds `c` folded: quote styles and apostrophes to ASCII, lowercased.
    fn push(&mut self, c: char) {
        let mut mix = |c: char| {
            self.0 ^= c as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        };
        match c {
            c if is_apostrophe(c) => mix('\''),
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' => mix('"'),
            '–' | '—' | '‒' | '―' => mix('-'),
            c if c.is_ascii() => mix(c.to_ascii_lowercase()),
            c => c.to_lowercase().for_each(mix),
        }
    }
}

/// Splits `s` into word and punctuation tokens whose spans tile `s`.
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            if let Some(last) = tokens.last_mut() {
                last.span.end = at + c.len_utf8();
            }
            continue;
        }
        // Leading whitespace belongs to the first token.
        let start = if tokens.is_empty() { 0 } else { at };
        let mut key = KeyHash::new();
        key.push(c);
        let word = c.is_alphanumeric();
        let mut end = at + c.len_utf8();
        if word {
            while let Some(&(bj, cj)) = chars.peek() {
                let continues = cj.is_alphanumeric()
                    || is_mark(cj)
                    || (is_apostrophe(cj) && {
                        let rest = &s[bj + cj.len_utf8()..];
                        rest.chars().next().is_some_and(char::is_alphanumeric)
                    });
                if !continues {
                    break;
                }
                key.push(cj);
                end = bj + cj.len_utf8();
                chars.next();
            }
        }
        tokens.push(Token {
            span: start..end,
            key: key.0,
            word,
        });
    }
    if tokens.is_empty() && !s.is_empty() {
        // Whitespace only: one token so the ops still cover the string.
        tokens.push(Token {
            span: 0..s.len(),
            key: 0,
            word: false,
        });
    }
    tokens
}

/// Keys of the words of `s`, punctuation dropped: what grouping compares.
pub fn word_keys(s: &str) -> Vec<u64> {
    tokenize(s)
        .into_iter()
        .filter(|t| t.word)
        .map(|t| t.key)
        .collect()
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
    let ka: Vec<u64> = ta.iter().map(|t| t.key).collect();
    let kb: Vec<u64> = tb.iter().map(|t| t.key).collect();
    // Most renderings share a long head or tail with the reference (excerpts,
    // trimmed quotes, a changed final comma): settle those without a diff.
    let prefix = ka.iter().zip(&kb).take_while(|(x, y)| x == y).count();
    let suffix = ka[prefix..]
        .iter()
        .rev()
        .zip(kb[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mid_a, mid_b) = (prefix..ka.len() - suffix, prefix..kb.len() - suffix);
    let mut runs: Vec<(OpKind, Range<usize>, Range<usize>)> = Vec::new();
    if prefix > 0 {
        runs.push((OpKind::Equal, 0..prefix, 0..prefix));
    }
    match (mid_a.is_empty(), mid_b.is_empty()) {
        (true, true) => {}
        (true, false) => runs.push((OpKind::Insert, mid_a, mid_b)),
        (false, true) => runs.push((OpKind::Delete, mid_a, mid_b)),
        (false, false) => {
            let diff = capture_diff_slices(Algorithm::Patience, &ka[mid_a], &kb[mid_b]);
            for op in diff {
                let kind = match op {
                    DiffOp::Equal { .. } => OpKind::Equal,
                    DiffOp::Delete { .. } => OpKind::Delete,
                    DiffOp::Insert { .. } => OpKind::Insert,
                    DiffOp::Replace { .. } => OpKind::Replace,
                };
                let (ra, rb) = (op.old_range(), op.new_range());
                runs.push((
                    kind,
                    ra.start + prefix..ra.end + prefix,
                    rb.start + prefix..rb.end + prefix,
                ));
            }
        }
    }
    if suffix > 0 {
        runs.push((
            OpKind::Equal,
            ka.len() - suffix..ka.len(),
            kb.len() - suffix..kb.len(),
        ));
    }
    let span = |tokens: &[Token], text: &str, r: Range<usize>| -> Range<usize> {
        if r.is_empty() {
            let at = tokens.get(r.start).map_or(text.len(), |t| t.span.start);
            at..at
        } else {
            tokens[r.start].span.start..tokens[r.end - 1].span.end
        }
    };
    let mut ops: Vec<AlignOp> = Vec::with_capacity(runs.len());
    for (kind, ra, rb) in runs {
        let next = AlignOp {
            kind,
            a: span(ta, a, ra),
            b: span(tb, b, rb),
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
        let words: Vec<bool> = t.iter().map(|t| t.word).collect();
        assert_eq!(words, [true, false, true]);
        assert_eq!(t[0].span, 0..5);
        assert_eq!(t[1].span, 5..7);
        assert_eq!(word_keys("They’re"), word_keys("they're"));
        assert_ne!(word_keys("they"), word_keys("they're"));
    }
}
