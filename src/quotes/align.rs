//! Word-level alignment of two renderings: runs of equal, deleted, inserted
//! and replaced words, as byte ranges into the original strings.
//!
//! Tokens keep punctuation separate ("power," is `power` + `,`) and compare
//! case-, quote-style- and apostrophe-insensitively (`they’re` = `They're`),
//! so a diff shows what an outlet changed, not how its typography differs.
//! Each token's span also covers the whitespace after it (and the first
//! token covers leading whitespace), so the ops tile both strings exactly.

use std::ops::Range;

use similar::DiffOp;

use super::{AlignOp, OpKind};
use crate::text::fold::fold_char_into;
use crate::text::words::{is_apostrophe, is_combining_mark, is_word_char};

mod patience;

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

/// FNV-1a over folded characters: keys without allocating a string per token.
struct KeyHash(u64);

impl KeyHash {
    fn new() -> Self {
        KeyHash(0xcbf2_9ce4_8422_2325)
    }

    fn mix(&mut self, c: char) {
        self.0 ^= c as u64;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }

    /// Adds `c` folded: quote styles and apostrophes to ASCII, lowercased.
    fn push(&mut self, c: char) {
        fold_char_into(c, |c| self.mix(c));
    }
}

/// Calls `each` with the range of every word of `s` ([`tokenize`]'s word
/// tokens, without the whitespace their spans cover), in order, and without
/// keys: for callers that key words their own way, so the folding hash is
/// not computed, nor a token list built, for nothing.
pub fn for_each_word(s: &str, mut each: impl FnMut(Range<usize>)) {
    scan_tokens::<false>(s, |core, _, word| {
        if word {
            each(core);
        }
    });
}

/// Calls `each` with the range of every word of `s` and its [`Token::key`]
/// (the hash of the word folded), as [`tokenize`] gives them: for callers
/// that key words by their folded spelling without a token list.
pub fn for_each_folded_word(s: &str, mut each: impl FnMut(Range<usize>, u64)) {
    scan_tokens::<true>(s, |core, key, word| {
        if word {
            each(core, key);
        }
    });
}

/// Splits `s` into word and punctuation tokens whose spans tile `s`: each
/// token's characters, stretched over the whitespace after them (the first
/// one's over the whitespace before it too).
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(s.len() / 5 + 1);
    scan_tokens::<true>(s, |core, key, word| {
        // The whitespace between two tokens belongs to the first.
        let start = match tokens.last_mut() {
            Some(last) => {
                last.span.end = core.start;
                core.start
            }
            None => 0,
        };
        tokens.push(Token {
            span: start..core.end,
            key,
            word,
        });
    });
    match tokens.last_mut() {
        Some(last) => last.span.end = s.len(),
        // Whitespace only: one token so the ops still cover the string.
        None if !s.is_empty() => tokens.push(Token {
            span: 0..s.len(),
            key: 0,
            word: false,
        }),
        None => {}
    }
    tokens
}

/// Calls `emit(range, key, word)` for every token of `s`: the range of its
/// characters (no whitespace), its key when `KEYED` (else 0), and whether
/// it is a word.
fn scan_tokens<const KEYED: bool>(s: &str, mut emit: impl FnMut(Range<usize>, u64, bool)) {
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(c) = char_at(s, at) {
        let next = at + c.len_utf8();
        if c.is_whitespace() {
            at = next;
            continue;
        }
        let mut key = KeyHash::new();
        if KEYED {
            key.push(c);
        }
        let word = is_word_char(c);
        let mut end = next;
        if word {
            loop {
                // ASCII letters and digits, the bulk of most text, byte by byte.
                while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_alphanumeric()) {
                    if KEYED {
                        key.mix(char::from(b.to_ascii_lowercase()));
                    }
                    end += 1;
                }
                let Some(cj) = char_at(s, end) else { break };
                let after = end + cj.len_utf8();
                let continues = is_word_char(cj)
                    || is_combining_mark(cj)
                    || (is_apostrophe(cj) && char_at(s, after).is_some_and(is_word_char));
                if !continues {
                    break;
                }
                if KEYED {
                    key.push(cj);
                }
                end = after;
            }
        }
        emit(at..end, if KEYED { key.0 } else { 0 }, word);
        at = end;
    }
}

/// The character starting at byte `at` of `s`, if any.
fn char_at(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(at..)?.chars().next(),
    }
}

/// Keys of the words of `s`, punctuation dropped: what grouping compares.
pub fn word_keys(s: &str) -> Vec<u64> {
    let tokens = tokenize(s);
    // A new vector: collecting from `tokens.into_iter()` would reuse the
    // tokens' allocation, four times the size, for as long as the keys live.
    let mut keys = Vec::with_capacity(tokens.iter().filter(|t| t.word).count());
    keys.extend(tokens.iter().filter(|t| t.word).map(|t| t.key));
    keys
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
    let runs = token_runs(&ka, &kb);
    ops_of_runs(a, ta, b, tb, &runs)
}

/// A run of the alignment in token indices: its kind and the token ranges
/// of both sides.
pub type TokenRun = (OpKind, Range<usize>, Range<usize>);

/// The alignment of two key sequences as runs of token indices, merged as
/// [`AlignOp`]s are: adjacent changes fold into one `replace`, adjacent runs
/// of one kind into one run.
pub fn token_runs(ka: &[u64], kb: &[u64]) -> Vec<TokenRun> {
    runs_of(ka, kb, true)
}

/// How many items two sequences share at their start, and then at their
/// end (within what is left past the start).
pub(crate) fn common_ends<T: PartialEq>(a: &[T], b: &[T]) -> (usize, usize) {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (head, tail)
}

/// [`token_runs`], with or without the shortcut for embeddings.
fn runs_of(ka: &[u64], kb: &[u64], shortcut: bool) -> Vec<TokenRun> {
    // Most renderings share a long head or tail with the reference (excerpts,
    // trimmed quotes, a changed final comma): settle those without a diff.
    let (prefix, suffix) = common_ends(ka, kb);
    let (mid_a, mid_b) = (prefix..ka.len() - suffix, prefix..kb.len() - suffix);
    let mut runs: Vec<TokenRun> = Vec::new();
    if prefix > 0 {
        push_merged(&mut runs, (OpKind::Equal, 0..prefix, 0..prefix));
    }
    match (mid_a.is_empty(), mid_b.is_empty()) {
        (true, true) => {}
        (true, false) => push_merged(&mut runs, (OpKind::Insert, mid_a, mid_b)),
        (false, true) => push_merged(&mut runs, (OpKind::Delete, mid_a, mid_b)),
        (false, false) => {
            let (sa, sb) = (&ka[mid_a.clone()], &kb[mid_b.clone()]);
            // An excerpt or a copy with punctuation dropped (or added) is the
            // other side with tokens removed, usually in exactly one way:
            // that embedding is the alignment, found without a diff.
            if let Some(at) = unique_embedding(sa, sb).filter(|_| shortcut) {
                push_embedding(&mut runs, &at, sa.len(), prefix, false);
            } else if let Some(at) = unique_embedding(sb, sa).filter(|_| shortcut) {
                push_embedding(&mut runs, &at, sb.len(), prefix, true);
            } else {
                push_diff(&mut runs, sa, sb, prefix);
            }
        }
    }
    if suffix > 0 {
        push_merged(
            &mut runs,
            (
                OpKind::Equal,
                ka.len() - suffix..ka.len(),
                kb.len() - suffix..kb.len(),
            ),
        );
    }
    runs
}

/// Appends the Patience diff of `a` and `b`, whose indices start at `offset`.
fn push_diff(runs: &mut Vec<TokenRun>, a: &[u64], b: &[u64], offset: usize) {
    for op in patience::patience_ops(a, b) {
        let kind = match op {
            DiffOp::Equal { .. } => OpKind::Equal,
            DiffOp::Delete { .. } => OpKind::Delete,
            DiffOp::Insert { .. } => OpKind::Insert,
            DiffOp::Replace { .. } => OpKind::Replace,
        };
        let (ra, rb) = (op.old_range(), op.new_range());
        push_merged(
            runs,
            (
                kind,
                ra.start + offset..ra.end + offset,
                rb.start + offset..rb.end + offset,
            ),
        );
    }
}

/// Where each token of `short` sits in `long`, when `short` is `long` with
/// some tokens removed and there is only one way to remove them: the
/// leftmost and the rightmost embeddings then coincide (every embedding
/// lies between them).
fn unique_embedding(long: &[u64], short: &[u64]) -> Option<Vec<usize>> {
    if short.len() >= long.len() {
        return None;
    }
    let mut left = Vec::with_capacity(short.len());
    let mut i = 0;
    for x in short {
        i += long.get(i..)?.iter().position(|y| y == x)?;
        left.push(i);
        i += 1;
    }
    let mut end = long.len();
    for (k, x) in short.iter().enumerate().rev() {
        end = long.get(..end)?.iter().rposition(|y| y == x)?;
        if left.get(k) != Some(&end) {
            return None;
        }
    }
    Some(left)
}

/// Appends the alignment of an embedding: `at[k]` is where token `k` of the
/// short side sits in the long side (`long_len` tokens); the long side is
/// `a` (deletions) unless `short_is_a` (insertions).
fn push_embedding(
    runs: &mut Vec<TokenRun>,
    at: &[usize],
    long_len: usize,
    offset: usize,
    short_is_a: bool,
) {
    let mut push = |kind: OpKind, long: Range<usize>, short: Range<usize>| {
        let (long, short) = (
            long.start + offset..long.end + offset,
            short.start + offset..short.end + offset,
        );
        let run = if short_is_a {
            (kind, short, long)
        } else {
            (kind, long, short)
        };
        push_merged(runs, run);
    };
    let change = if short_is_a {
        OpKind::Insert
    } else {
        OpKind::Delete
    };
    let mut next = 0;
    for (k, &p) in at.iter().enumerate() {
        if p > next {
            push(change, next..p, k..k);
        }
        push(OpKind::Equal, p..p + 1, k..k + 1);
        next = p + 1;
    }
    if next < long_len {
        push(change, next..long_len, at.len()..at.len());
    }
}

/// The byte ranges of token runs: tokens tile their text, so a run of
/// tokens maps to one range (an empty run to the position of its token).
pub fn ops_of_runs(
    a: &str,
    ta: &[Token],
    b: &str,
    tb: &[Token],
    runs: &[TokenRun],
) -> Vec<AlignOp> {
    let span = |tokens: &[Token], text: &str, r: &Range<usize>| -> Range<usize> {
        match (
            tokens.get(r.start),
            r.end.checked_sub(1).and_then(|e| tokens.get(e)),
        ) {
            (Some(first), Some(last)) if !r.is_empty() => first.span.start..last.span.end,
            (Some(first), _) => first.span.start..first.span.start,
            _ => text.len()..text.len(),
        }
    };
    runs.iter()
        .map(|(kind, ra, rb)| AlignOp::new(*kind, span(ta, a, ra), span(tb, b, rb)))
        .collect()
}

/// Appends `next`, folding adjacent changes into one `replace` and
/// adjacent runs of the same kind into one run.
fn push_merged(runs: &mut Vec<TokenRun>, next: TokenRun) {
    if let Some(last) = runs.last_mut() {
        let both_changes = last.0 != OpKind::Equal && next.0 != OpKind::Equal;
        if last.0 == next.0 || both_changes {
            if both_changes && last.0 != next.0 {
                last.0 = OpKind::Replace;
            }
            last.1.end = next.1.end.max(last.1.end);
            last.2.end = next.2.end.max(last.2.end);
            return;
        }
    }
    runs.push(next);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The shortcut for one side being the other with tokens removed
        /// (in one way only) gives exactly what the Patience diff gives.
        #[test]
        fn embedding_matches_the_diff(
            tokens in proptest::collection::vec(0u64..1000, 1..40),
            alphabet in 2u64..40,
            keep in proptest::collection::vec(any::<bool>(), 40),
            short_is_a in any::<bool>(),
        ) {
            // Small alphabets repeat tokens (as punctuation does), large ones rarely.
            let long: Vec<u64> = tokens.iter().map(|t| t % alphabet).collect();
            let short: Vec<u64> = long
                .iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(x, _)| *x)
                .collect();
            let (a, b) = if short_is_a { (&short, &long) } else { (&long, &short) };
            prop_assert_eq!(runs_of(a, b, true), runs_of(a, b, false));
        }
    }

    #[test]
    fn embeddings_are_unique_or_none() {
        assert_eq!(unique_embedding(&[1, 2, 3, 4], &[2, 4]), Some(vec![1, 3]));
        assert_eq!(unique_embedding(&[1, 2, 2, 4], &[2, 4]), None);
        assert_eq!(unique_embedding(&[1, 2, 3], &[3, 1]), None);
        assert_eq!(unique_embedding(&[1, 2], &[1, 2]), None);
    }

    #[test]
    fn apostrophes_and_case_do_not_count_as_changes() {
        let ops = align("They’re not", "they're not");
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].kind, OpKind::Equal);
    }

    #[test]
    fn words_are_the_word_tokens_trimmed() {
        for s in [
            "",
            "  ",
            " a",
            "They’re not, “here”… 3.5 naïve co\u{301}op",
            "a-b x' \u{a0}y\u{2003}",
        ] {
            let trimmed: Vec<&str> = tokenize(s)
                .into_iter()
                .filter(|t| t.word)
                .map(|t| s[t.span].trim())
                .collect();
            let mut words = Vec::new();
            for_each_word(s, |r| words.push(&s[r]));
            assert_eq!(words, trimmed, "{s:?}");
        }
    }

    #[test]
    fn tokens_tile_the_text() {
        for s in ["", "   ", " a, b ", "x\u{2003}\u{a0}y.\n"] {
            let tokens = tokenize(s);
            let mut at = 0;
            for t in &tokens {
                assert_eq!(t.span.start, at, "{s:?}");
                at = t.span.end;
            }
            assert_eq!(at, s.len(), "{s:?}");
        }
        assert_eq!(tokenize(" a, b ")[0].span, 0..2);
        assert_eq!(tokenize(" a, b ")[1].span, 2..4);
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
