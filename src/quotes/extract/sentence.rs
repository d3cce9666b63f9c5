//! Sentence spans around quotations.
//!
//! Sentence boundaries of an article are found once, in one pass over its
//! content paragraphs, and each quote's sentence is then two binary searches,
//! so many quotes in one long paragraph stay linear. A full stop inside a
//! quotation does not end the surrounding sentence (`“…” he said` belongs to
//! the quote's sentence), but a quote that ends a sentence of its own and is
//! followed by a new one does.

use std::ops::Range;

use super::Span;
use super::marks;
use crate::corpus::Article;

/// Words whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "sen", "rep", "gen", "gov", "lt", "col", "capt",
    "prof", "rev", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "aug", "sept", "sep", "oct",
    "nov", "dec", "approx", "etc", "fig", "maj", "sgt", "adm", "cmdr", "hon", "pres",
];

/// Sentence starts and ends of an article, ascending.
pub(super) struct Sentences {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Sentences {
    /// `quotes` must be sorted by outer start and not overlap.
    pub(super) fn new(article: &Article, quotes: &[Span]) -> Self {
        let text = article.text.as_str();
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        let mut j = 0;
        for p in article.content_paragraphs() {
            if p.end > text.len() || !text.is_char_boundary(p.start) {
                continue;
            }
            starts.push(p.start);
            let mut i = p.start;
            while i < p.end {
                while j < quotes.len() && quotes[j].outer.end <= i {
                    j += 1;
                }
                if let Some(q) = quotes.get(j).filter(|q| q.outer.start <= i) {
                    i = q.outer.end;
                    let inner = text.get(q.inner.clone()).unwrap_or("");
                    if i <= p.end && inner.ends_with(['.', '!', '?', '…']) {
                        boundary_after(text, i, p.end, &mut starts, &mut ends);
                    }
                    continue;
                }
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                i += c.len_utf8();
                let ends_here = match c {
                    '!' | '?' | '…' => true,
                    '.' => !is_abbreviation(&text[p.start..i - 1]),
                    _ => false,
                };
                if ends_here {
                    boundary_after(text, i, p.end, &mut starts, &mut ends);
                }
            }
            ends.push(p.end);
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

/// Records a boundary at `at` (just after a terminator) when closing marks,
/// whitespace and then a capital, digit or opening mark follow.
fn boundary_after(
    text: &str,
    at: usize,
    limit: usize,
    starts: &mut Vec<usize>,
    ends: &mut Vec<usize>,
) {
    let Some(rest) = text.get(at..limit) else {
        return;
    };
    let mut end = at;
    let mut chars = rest.char_indices().peekable();
    while let Some(&(k, c)) = chars.peek() {
        if matches!(c, ')' | ']' | '”' | '’' | '"' | '\'' | '»') {
            end = at + k + c.len_utf8();
            chars.next();
        } else {
            break;
        }
    }
    let mut spaced = false;
    while let Some(&(k, c)) = chars.peek() {
        if c.is_whitespace() {
            spaced = true;
            chars.next();
            continue;
        }
        let starts_sentence = c.is_uppercase() || c.is_ascii_digit() || marks::family(c).is_some();
        if spaced && starts_sentence {
            ends.push(end);
            starts.push(at + k);
        }
        return;
    }
}

/// Whether the word just before a full stop is an abbreviation or initial
/// (`U.S.`, `Mr.`, `J.`). Looks back a few characters only.
fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take(12)
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return false;
    }
    if word.contains('.') || (letters == 1 && word.chars().all(|c| c.is_uppercase())) {
        return true;
    }
    let lower: String = word.chars().rev().collect::<String>().to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}
