//! Dash speech with quotations inside it: the quotation stays a quote of
//! its own and the speech is cut around it.

use std::ops::Range;

use super::{Span, overlap};
use crate::text::{dashes::is_dash, words::is_word_char};

/// The quotes found by their marks and the dash-introduced statements, in
/// text order. A quotation in marks inside dash speech (`– … "na żyletki"
/// – powiedział`) stays a quote of its own, and the speech is cut around it
/// (quotes never overlap); dash speech that overlaps a quotation any other
/// way is dropped.
pub(super) fn with_dash_speech(text: &str, mut marked: Vec<Span>, dashed: Vec<Span>) -> Vec<Span> {
    let inside = |a: &Range<usize>, b: &Range<usize>| b.start <= a.start && a.end <= b.end;
    // In text order (stably: the result is sorted so again), with the
    // furthest end reached so far: the quotations that overlap a statement
    // are found by search, not by reading them all for each statement (an
    // article of thousands of both, a hostile text, made that quadratic).
    marked.sort_by_key(|s| s.outer.start);
    let reach: Vec<usize> = marked
        .iter()
        .scan(0, |end, m| {
            *end = m.outer.end.max(*end);
            Some(*end)
        })
        .collect();
    let mut pieces = Vec::new();
    for d in dashed {
        let from = reach.partition_point(|&end| end <= d.outer.start);
        let within: Vec<Range<usize>> = marked[from..]
            .iter()
            .take_while(|m| m.outer.start < d.outer.end)
            .filter(|m| overlap(&m.outer, &d.outer))
            .map(|m| m.outer.clone())
            .collect();
        if within.iter().all(|m| inside(m, &d.inner)) {
            pieces.extend(cut_around(text, &d, &within));
        }
    }
    marked.extend(pieces);
    marked.sort_by_key(|s| s.outer.start);
    marked
}

/// The parts of dash speech `d` between the quotations `holes` (sorted,
/// inside its words); the first keeps the dash in its outer span.
fn cut_around(text: &str, d: &Span, holes: &[Range<usize>]) -> Vec<Span> {
    let mut parts = Vec::new();
    let mut from = d.inner.start;
    for hole in holes
        .iter()
        .map(|h| h.start..h.end)
        .chain(std::iter::once(d.inner.end..d.inner.end))
    {
        parts.push(from..hole.start);
        from = hole.end;
    }
    // A part ends where a quotation was cut out: not with the space, dash
    // or comma that led into it.
    let edge = |c: char| c.is_whitespace() || is_dash(c) || matches!(c, ',' | ';' | ':');
    parts
        .into_iter()
        .map(|r| {
            let part = &text[r.clone()];
            let start = r.start + (part.len() - part.trim_start_matches(edge).len());
            start..start + part.trim_matches(edge).len()
        })
        .enumerate()
        .filter(|(_, inner)| text[inner.clone()].chars().any(is_word_char))
        .map(|(i, inner)| {
            // The first part keeps what leads into the speech (its dash), the
            // last what trails it (a post's link before its credit).
            let start = if i == 0 { d.outer.start } else { inner.start };
            let last = inner.end == d.inner.end;
            let end = if last { d.outer.end } else { inner.end };
            Span {
                outer: start..end,
                inner,
                paragraph: d.paragraph,
                quoted: false,
            }
        })
        .collect()
}
