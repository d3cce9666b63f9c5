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
use crate::text::{ceil_char_boundary, floor_char_boundary};

/// The most text either side of a quotation that counts as its sentence.
/// Attribution reads each quote's sentence, so text that never ends one (a
/// hostile file of quotes without a full stop, a page scraped without its
/// punctuation) would have every quote read the whole paragraph: quadratic.
/// News sentences stay far inside it.
const MAX_SENTENCE_REACH: usize = 2_000;

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

    /// The sentence of `text` containing the quote whose marks span
    /// `outer`, reaching at most [`MAX_SENTENCE_REACH`] bytes either side.
    pub(super) fn around(&self, text: &str, outer: Range<usize>) -> Range<usize> {
        let s = self.starts.partition_point(|&s| s <= outer.start);
        let start = s
            .checked_sub(1)
            .and_then(|k| self.starts.get(k))
            .copied()
            .unwrap_or(outer.start);
        let e = self.ends.partition_point(|&e| e < outer.end);
        let end = self.ends.get(e).copied().unwrap_or(outer.end);
        let reach_start = ceil_char_boundary(text, outer.start.saturating_sub(MAX_SENTENCE_REACH));
        let reach_end = floor_char_boundary(text, outer.end.saturating_add(MAX_SENTENCE_REACH));
        start.max(reach_start).min(outer.start)..end.min(reach_end).max(outer.end)
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::ids::SourceId;

    #[test]
    fn a_sentence_that_never_ends_reaches_only_so_far_around_each_quote() {
        // The reach may fall inside a character: it stops on a boundary.
        for quotation in ["\"a\" ", "«жж» "] {
            let text = format!("Headline\n\n{}\n", quotation.repeat(2_000));
            let article = Article::new("a", "a.txt", text.clone());
            let quotes = super::super::extract(&article, SourceId::new(0), 0);
            assert_eq!(quotes.len(), 2_000);
            for q in &quotes {
                let sentence = q.sentence();
                assert!(sentence.start + super::MAX_SENTENCE_REACH >= q.outer().start);
                assert!(sentence.end <= q.outer().end + super::MAX_SENTENCE_REACH);
                assert!(text.get(sentence).is_some());
            }
            // A quote near the paragraph's start still has the sentence's start.
            assert_eq!(quotes[0].sentence().start, "Headline\n\n".len());
        }
    }
}
