//! The bytes a quotation's marks take at its edges, and the quoted words
//! left inside them.

use std::ops::Range;

use super::marks::Mark;
use crate::text::words::is_word_char;

/// The bytes of a pair's marks: its opener's, and its closer's (0 when the
/// quotation is bounded by its paragraph instead).
#[derive(Debug, Clone, Copy)]
pub(super) struct Edges {
    pub(super) open: usize,
    pub(super) close: usize,
}

impl Edges {
    pub(super) fn open(opener: &Mark) -> Edges {
        Edges {
            open: opener.len,
            close: 0,
        }
    }

    /// A quotation that runs from its paragraph's start to `closer`.
    pub(super) fn closer_only(closer: &Mark) -> Edges {
        Edges {
            open: 0,
            close: closer.len,
        }
    }

    pub(super) fn closed(opener: &Mark, closer: &Mark) -> Edges {
        Edges {
            open: opener.len,
            close: closer.len,
        }
    }
}

/// The quoted words inside `outer`: without the marks and surrounding
/// whitespace; `None` when nothing worth quoting is inside.
pub(super) fn inner_span(text: &str, outer: Range<usize>, edges: Edges) -> Option<Range<usize>> {
    let mut start = outer.start + edges.open;
    let mut end = outer.end;
    if outer.end - edges.close >= start {
        end = outer.end - edges.close;
    }
    let inner = text.get(start..end)?;
    let trimmed_start = inner.trim_start();
    start += inner.len() - trimmed_start.len();
    end = start + trimmed_start.trim_end().len();
    let words = text.get(start..end)?;
    words.chars().any(is_word_char).then_some(start..end)
}
