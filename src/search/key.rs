//! What ranking keeps of each candidate's text besides the text itself: its
//! length, whether it has a camel hump, its [`Shape`] for the score bounds,
//! and — only for a text holding a non-ASCII char that lowercasing changes —
//! a copy with those chars lowercased, kept apart in the index's [`Folds`].
//!
//! Everything else is read from the text on the fly: ASCII capitals are
//! folded as the prefilter reads (memchr2 on both cases), and a non-ASCII
//! char that lowercasing leaves alone (“ ” — é) needs no folding at all. So
//! news text, ASCII but for its quote marks and dashes, keeps no copy, and a
//! key is 48 bytes, most of it the shape (one per candidate, two million at
//! 40,000 articles). Where a copy is, is looked up only for a key whose flag
//! says it has one, so keys carry no index of their own (4 bytes each, 7 MiB
//! at 40,000 articles, for a few thousand copies).

use super::bound::{Plain, Shape, has_camel};
use crate::text::fold::lower_char;

const FOLD_ASCII: u32 = 1 << 31;
const CAMEL: u32 = 1 << 30;
/// The text has a folded copy in the index's [`Folds`].
const HAS_FOLD: u32 = 1 << 29;
const CHARS: u32 = HAS_FOLD - 1;

#[derive(Debug, Clone)]
pub(super) struct MatchKey {
    /// The text's length in chars (saturating), and three flags: the folded
    /// text has ASCII capitals (the prefilter folds them as it reads); the
    /// text has a camel hump (which loosens its score bound); the text has a
    /// folded copy.
    chars_and_flags: u32,
    shape: Shape,
}

/// The folded copies of the few texts that need one, by candidate.
#[derive(Debug, Clone, Default)]
pub(super) struct Folds {
    /// The candidates that have a copy, ascending.
    of: Vec<u32>,
    /// Their copies, in the same order.
    texts: Vec<Box<str>>,
}

impl Folds {
    /// `of` must be ascending and as long as `texts`.
    pub(super) fn new(of: Vec<u32>, texts: Vec<Box<str>>) -> Self {
        debug_assert!(of.is_sorted() && of.len() == texts.len());
        Folds { of, texts }
    }

    /// Candidate `i`'s folded copy, if it has one.
    pub(super) fn get(&self, i: u32) -> Option<&str> {
        let at = self.of.binary_search(&i).ok()?;
        self.texts.get(at).map(|t| &**t)
    }

    /// Bytes held on the heap, for measurements.
    pub(super) fn heap_bytes(&self) -> usize {
        self.of.capacity() * size_of::<u32>()
            + self
                .texts
                .iter()
                .map(|t| t.len() + size_of::<Box<str>>())
                .sum::<usize>()
    }
}

/// The text with its non-ASCII chars lowercased (one char for one char,
/// ASCII kept), when that differs from the text: what skim scores when
/// ignoring case, and, read with ASCII folded, what the prefilter sees.
pub(super) fn folded_copy(text: &str) -> Option<Box<str>> {
    let stable = |c: char| c.is_ascii() || lower_char(c) == c;
    (!text.chars().all(stable)).then(|| {
        text.chars()
            .map(|c| if c.is_ascii() { c } else { lower_char(c) })
            .collect::<String>()
            .into_boxed_str()
    })
}

impl MatchKey {
    /// The key of `text`, whose folded copy is `fold` (`folded_copy(text)`,
    /// `None` when it has none). `text_fold` must be the fold the query's
    /// bounds are computed under.
    pub(super) fn new(text: &str, fold: Option<&str>, text_fold: fn(char) -> char) -> Self {
        let chars = u32::try_from(text.chars().count()).map_or(CHARS, |n| n.min(CHARS));
        let folded = fold.unwrap_or(text);
        let mut chars_and_flags = chars;
        if fold.is_some() {
            chars_and_flags |= HAS_FOLD;
        }
        if folded.bytes().any(|b| b.is_ascii_uppercase()) {
            chars_and_flags |= FOLD_ASCII;
        }
        if has_camel(text) {
            chars_and_flags |= CAMEL;
        }
        MatchKey {
            chars_and_flags,
            shape: Shape::of(text, text_fold),
        }
    }

    pub(super) fn chars(&self) -> u32 {
        self.chars_and_flags & CHARS
    }

    /// Whether the text has a folded copy.
    fn has_fold(&self) -> bool {
        self.chars_and_flags & HAS_FOLD != 0
    }

    /// The key of candidate `i`, with its folded copy found in `folds`.
    pub(super) fn with<'a>(&'a self, i: u32, folds: &'a Folds) -> KeyRef<'a> {
        KeyRef {
            chars: self.chars(),
            camel: self.chars_and_flags & CAMEL != 0,
            fold_ascii: self.chars_and_flags & FOLD_ASCII != 0,
            shape: &self.shape,
            half: if self.has_fold() { folds.get(i) } else { None },
        }
    }
}

/// A key as ranking reads it: with its folded copy, if any.
#[derive(Debug, Clone, Copy)]
pub(super) struct KeyRef<'a> {
    pub(super) chars: u32,
    pub(super) camel: bool,
    fold_ascii: bool,
    pub(super) shape: &'a Shape,
    half: Option<&'a str>,
}

impl<'a> KeyRef<'a> {
    /// What skim is given when matching ignores case.
    pub(super) fn skim_text<'t>(&self, text: &'t str) -> &'t str
    where
        'a: 't,
    {
        self.half.unwrap_or(text)
    }

    /// The text the prefilter and the bounds read when matching ignores case:
    /// every char lowercased (ASCII ones as they are read).
    pub(super) fn folded<'t>(&self, text: &'t str) -> Plain<'t>
    where
        'a: 't,
    {
        Plain {
            text: self.skim_text(text),
            fold_ascii: self.fold_ascii,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(c: char) -> char {
        lower_char(c).to_ascii_lowercase()
    }

    #[test]
    fn news_text_keeps_no_copy() {
        for text in [
            "Plain ASCII, With Capitals.",
            "“We are ready,” he said — and left.",
            "café déjà vu",
        ] {
            assert_eq!(folded_copy(text), None, "{text}");
            let key = MatchKey::new(text, None, fold);
            assert!(!key.has_fold());
            assert_eq!(key.with(0, &Folds::default()).skim_text(text), text);
            assert_eq!(key.chars() as usize, text.chars().count());
        }
        assert_eq!(size_of::<MatchKey>(), 48);
    }

    #[test]
    fn chars_that_lowercasing_changes_are_folded_once() {
        let text = "ÉCOLE “Straße” Київ McDonald";
        let copy = folded_copy(text).unwrap();
        assert_eq!(&*copy, "éCOLE “Straße” київ McDonald");
        let key = MatchKey::new(text, Some(&copy), fold);
        let folds = Folds::new(vec![7], vec![copy.clone()]);
        let read = key.with(7, &folds);
        assert_eq!(read.skim_text(text), &*copy);
        assert_eq!(folds.get(6), None, "only candidate 7 has a copy");
        assert!(
            read.folded(text).fold_ascii,
            "ASCII capitals are left to the reader"
        );
        assert!(read.camel);
        assert_eq!(read.chars as usize, text.chars().count());
    }
}
