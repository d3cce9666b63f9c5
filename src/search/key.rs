//! What ranking keeps of each candidate's text besides the text itself: its
//! length, whether it has a camel hump, its [`Shape`] for the score bounds,
//! and — only for a text holding a non-ASCII char that lowercasing changes —
//! a copy with those chars lowercased, kept apart in the index's `folds`.
//!
//! Everything else is read from the text on the fly: ASCII capitals are
//! folded as the prefilter reads (memchr2 on both cases), and a non-ASCII
//! char that lowercasing leaves alone (“ ” — é) needs no folding at all. So
//! news text, ASCII but for its quote marks and dashes, keeps no copy, and a
//! key is 56 bytes, most of it the shape (one per candidate, two million at
//! 40,000 articles).

use super::bound::{Plain, Shape, has_camel};
use crate::text::fold::lower_char;

/// `MatchKey::fold` of a text that needs no folded copy.
const NO_FOLD: u32 = u32::MAX;
const FOLD_ASCII: u32 = 1 << 31;
const CAMEL: u32 = 1 << 30;
const CHARS: u32 = CAMEL - 1;

#[derive(Debug, Clone)]
pub(super) struct MatchKey {
    /// The text's length in chars (saturating), and two flags: the folded
    /// text has ASCII capitals (the prefilter folds them as it reads); the
    /// text has a camel hump (which loosens its score bound).
    chars_and_flags: u32,
    /// Where the text's folded copy is in the index's `folds`, or [`NO_FOLD`].
    fold: u32,
    shape: Shape,
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
    /// The key of `text`, whose folded copy (`folded_copy(text)`) is `fold`
    /// in the index's `folds` (`None` when it has none). `text_fold` must be
    /// the fold the query's bounds are computed under.
    pub(super) fn new(text: &str, fold: Option<(u32, &str)>, text_fold: fn(char) -> char) -> Self {
        let chars = u32::try_from(text.chars().count()).map_or(CHARS, |n| n.min(CHARS));
        let folded = fold.map_or(text, |(_, f)| f);
        let mut chars_and_flags = chars;
        if folded.bytes().any(|b| b.is_ascii_uppercase()) {
            chars_and_flags |= FOLD_ASCII;
        }
        if has_camel(text) {
            chars_and_flags |= CAMEL;
        }
        MatchKey {
            chars_and_flags,
            fold: fold.map_or(NO_FOLD, |(at, _)| at),
            shape: Shape::of(text, text_fold),
        }
    }

    pub(super) fn chars(&self) -> u32 {
        self.chars_and_flags & CHARS
    }

    /// Whether the text has a folded copy.
    #[cfg(test)]
    fn has_fold(&self) -> bool {
        self.fold != NO_FOLD
    }

    /// The key with its folded copy found in `folds`.
    pub(super) fn with<'a>(&'a self, folds: &'a [Box<str>]) -> KeyRef<'a> {
        KeyRef {
            chars: self.chars(),
            camel: self.chars_and_flags & CAMEL != 0,
            fold_ascii: self.chars_and_flags & FOLD_ASCII != 0,
            shape: &self.shape,
            half: folds.get(self.fold as usize).map(|f| &**f),
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
            assert_eq!(key.with(&[]).skim_text(text), text);
            assert_eq!(key.chars() as usize, text.chars().count());
        }
        assert_eq!(size_of::<MatchKey>(), 56);
    }

    #[test]
    fn chars_that_lowercasing_changes_are_folded_once() {
        let text = "ÉCOLE “Straße” Київ McDonald";
        let copy = folded_copy(text).unwrap();
        assert_eq!(&*copy, "éCOLE “Straße” київ McDonald");
        let key = MatchKey::new(text, Some((0, &copy)), fold);
        let folds = [copy.clone()];
        let read = key.with(&folds);
        assert_eq!(read.skim_text(text), &*copy);
        assert!(
            read.folded(text).fold_ascii,
            "ASCII capitals are left to the reader"
        );
        assert!(read.camel);
        assert_eq!(read.chars as usize, text.chars().count());
    }
}
