//! Sentence spans around quotations.
//!
//! Sentence boundaries of an article are found once, by the engine's one
//! splitter ([`crate::text::sentences`]) over its content paragraphs with the
//! quotations read as units, and each quote's sentence is then two binary
//! searches, so many quotes in one long paragraph stay linear.

use std::ops::Range;

use super::Span;
use crate::corpus::Article;
use crate::text::sentences::{Quoted, Splitter, is_terminator};

/// Sentence starts and ends of an article, ascending.
pub(super) struct Sentences {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Sentences {
    /// `quotes` must be sorted by outer start and not overlap.
    pub(super) fn new(article: &Article, quotes: &[Span]) -> Self {
        let text = article.text.as_str();
        let quoted: Vec<Quoted> = quotes
            .iter()
            .map(|q| Quoted {
                outer: q.outer.clone(),
                ends_sentence: text
                    .get(q.inner.clone())
                    .and_then(|inner| inner.chars().next_back())
                    .is_some_and(is_terminator),
            })
            .collect();
        let mut splitter = Splitter::new(text, &quoted);
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for p in article.content_paragraphs() {
            for sentence in splitter.split(p.range()) {
                starts.push(sentence.start);
                ends.push(sentence.end);
            }
        }
        Sentences { starts, ends }
    }

    /// The sentence containing the quote whose marks span `outer`.
    pub(super) fn around(&self, outer: Range<usize>) -> Range<usize> {
        let s = self.starts.partition_point(|&s| s <= outer.start);
        let start = s
            .checked_sub(1)
            .and_then(|k| self.starts.get(k))
            .copied()
            .unwrap_or(outer.start);
        let e = self.ends.partition_point(|&e| e < outer.end);
        let end = self.ends.get(e).copied().unwrap_or(outer.end);
        start.min(outer.start)..end.max(outer.end)
    }
}
