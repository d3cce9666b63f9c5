//! Splitting an article's text into paragraphs (byte ranges), before classification.
//!
//! Scraped news comes in two shapes: one paragraph per line (often with no
//! blank lines between them), or blank-line separated blocks whose lines are
//! hard-wrapped. A line break inside a block therefore starts a new paragraph
//! unless the block looks hard-wrapped or the next line plainly continues the
//! sentence (the previous line has no closing punctuation and the next starts
//! in lower case). A hard-wrapped block whose paragraphs end on short lines
//! (no blank line between them) breaks only where a line ends a sentence.

use std::ops::Range;

use crate::text::marks;
use crate::text::sentences::is_terminator;

/// A line of the text without its line terminator.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// Whitespace that may pad a paragraph, including the BOM that some files start with.
pub(crate) fn is_pad(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Byte range of `text[range]` without leading and trailing padding.
pub(crate) fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start_matches(is_pad).len();
    let trail = slice.len() - slice.trim_end_matches(is_pad).len();
    if lead == slice.len() {
        return range.start..range.start;
    }
    range.start + lead..range.end - trail
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // Every byte of the corpus passes here: the line breaks are found by a
    // vectorised search, not a byte at a time.
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        let b = bytes[i];
        // A lone '\r' (old Mac line ends) also ends a line.
        let ends = b == b'\n' || bytes.get(i + 1) != Some(&b'\n');
        if ends {
            let end = if b == b'\n' && i > start && bytes[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push(Line { start, end });
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Line {
            start,
            end: text.len(),
        });
    }
    out
}

/// Splits `text` into paragraph byte ranges, trimmed of surrounding whitespace.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut block: Vec<Range<usize>> = Vec::new();
    for line in lines(text) {
        let range = trim_range(text, line.start..line.end);
        if range.is_empty() {
            flush_block(text, &mut block, &mut paragraphs);
        } else {
            block.push(range);
        }
    }
    flush_block(text, &mut block, &mut paragraphs);
    paragraphs
}

fn flush_block(text: &str, block: &mut Vec<Range<usize>>, out: &mut Vec<Range<usize>>) {
    if block.is_empty() {
        return;
    }
    let wrapped = looks_hard_wrapped(text, block);
    let prose = !wrapped && looks_wrapped_prose(text, block);
    let mut current = block[0].clone();
    for line in &block[1..] {
        let (prev, next) = (&text[current.clone()], &text[line.clone()]);
        let wraps = prose && ends_open(prev) && super::classify::artefact_prefix(next) == 0;
        if wrapped || wraps || continues(prev, next) {
            current.end = line.end;
        } else {
            out.push(current);
            current = line.clone();
        }
    }
    out.push(current);
    block.clear();
}

/// A block of three or more lines of similar, moderate width reads as one
/// hard-wrapped paragraph. With only two lines to compare (the last line of
/// a paragraph is as short as it likes), they must be closer in width: a
/// caption and its credit line (`Prime Minister Pedro Sánchez⏎Prime
/// Minister Pedro Sánchez / Photo: …`) are lines of their own.
fn looks_hard_wrapped(text: &str, block: &[Range<usize>]) -> bool {
    if block.len() < 3 {
        return false;
    }
    let widths: Vec<usize> = block[..block.len() - 1]
        .iter()
        .map(|r| text[r.clone()].chars().count())
        .collect();
    let max = widths.iter().copied().max().unwrap_or(0);
    let min = widths.iter().copied().min().unwrap_or(0);
    let tenths = if widths.len() < 3 { 8 } else { 6 };
    (40..=120).contains(&max) && min * 10 >= max * tenths
}

/// Hard-wrapped prose whose paragraphs follow each other with no blank
/// line: the lines broken mid-sentence (the wraps) are of one moderate
/// width and no line is wider, while a paragraph's last line is as short as
/// it likes (so [`looks_hard_wrapped`] refuses the block). A third of the
/// wraps or more go on in lower case: a list of headlines or captions, which
/// also ends lines without a stop, starts each line with a capital.
fn looks_wrapped_prose(text: &str, block: &[Range<usize>]) -> bool {
    if block.len() < 4 {
        return false;
    }
    let width = |r: &Range<usize>| text[r.clone()].chars().count();
    let wraps: Vec<(usize, &Range<usize>)> = block
        .windows(2)
        .filter(|w| ends_open(&text[w[0].clone()]))
        .map(|w| (width(&w[0]), &w[1]))
        .collect();
    let Some(max) = wraps.iter().map(|(w, _)| *w).max() else {
        return false;
    };
    let near = wraps.iter().filter(|(w, _)| w * 10 >= max * 6).count();
    let lower = wraps
        .iter()
        .filter(|(_, next)| starts_lower(&text[(*next).clone()]))
        .count();
    wraps.len() >= 3
        && (40..=120).contains(&max)
        && block.iter().all(|r| width(r) <= max + max / 8)
        && near * 5 >= wraps.len() * 4
        && lower * 3 >= wraps.len()
}

/// Whether `line` ends without closing punctuation: a sentence goes on.
fn ends_open(line: &str) -> bool {
    line.chars()
        .next_back()
        .is_some_and(|c| !(c == ':' || is_terminator(c) || marks::trails_sentence(c)))
}

/// Whether `line` starts in lower case or with a figure.
fn starts_lower(line: &str) -> bool {
    line.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Whether `next` continues the sentence that `prev` broke off.
fn continues(prev: &str, next: &str) -> bool {
    ends_open(prev)
        && starts_lower(next)
        && prev.chars().count() > 30
        && super::classify::artefact_prefix(next) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn blank_line_separated() {
        assert_eq!(
            texts("Title\n\nOne.\n\n\nTwo.\n"),
            ["Title", "One.", "Two."]
        );
    }

    #[test]
    fn one_paragraph_per_line() {
        assert_eq!(texts("Title\nOne.\nTwo."), ["Title", "One.", "Two."]);
    }

    #[test]
    fn crlf_and_lone_cr() {
        assert_eq!(texts("A.\r\n\r\nB.\rC."), ["A.", "B.", "C."]);
    }

    #[test]
    fn hard_wrapped_block_is_one_paragraph() {
        let text = "The minister said on Tuesday that the plan would go\n\
                    ahead despite objections from the opposition, and\n\
                    that a vote would follow within the month.\n\nNext.";
        let got = texts(text);
        assert_eq!(got.len(), 2);
        assert!(got[0].starts_with("The minister") && got[0].ends_with("month."));
    }

    #[test]
    fn a_caption_and_its_credit_line_are_not_a_wrapped_paragraph() {
        let text = "Prime Minister Anna Berg
                    Prime Minister Anna Berg / Photo by Tom Weiss for Daily
                    Catalan News

Next.";
        assert_eq!(texts(text).len(), 4);
    }

    #[test]
    fn wrapped_paragraphs_without_blank_lines_break_at_sentence_ends() {
        let text = "The council met on Monday to hear from the mayor and\n\
                    her deputies, who had asked for the vote to be held\n\
                    before the summer recess.\n\
                    Among the speakers were:\n\
                    the harbour master of the eastern district, Tomas\n\
                    Orlen, who warned of the cost of dredging; and the\n\
                    head of the ferry union.\n\
                    Copyright 2024";
        assert_eq!(
            texts(text),
            [
                "The council met on Monday to hear from the mayor and\n\
                 her deputies, who had asked for the vote to be held\n\
                 before the summer recess.",
                "Among the speakers were:",
                "the harbour master of the eastern district, Tomas\n\
                 Orlen, who warned of the cost of dredging; and the\n\
                 head of the ferry union.",
                "Copyright 2024",
            ]
        );
    }

    #[test]
    fn a_list_of_headlines_is_not_wrapped_prose() {
        // One short headline keeps the block from looking hard-wrapped; the
        // others end without a stop at one width, but none goes on in
        // lower case.
        let text = "Ministers Agree New Rules For Harbour Dredging Costs\n\
                    Ferry Union Warns Of Strike Over Summer Timetable\n\
                    Budget Vote Delayed\n\
                    Council Delays Vote On Eastern District Budget\n\
                    Mayor Names New Deputy After Long Search For Talent\n\
                    Harbour Master Retires After Thirty Years";
        assert_eq!(texts(text).len(), 6);
    }

    #[test]
    fn lower_case_continuation_joins() {
        let got = texts("He said the talks would continue into\nnext week, officials said.");
        assert_eq!(got.len(), 1);
        // A line ending like a sentence (an ellipsis, a closing bracket) does not.
        for end in ["into…", "into (soon)", "into:", "into »"] {
            let text =
                format!("He said the talks would continue {end}\nnext week, officials said.");
            assert_eq!(texts(&text).len(), 2, "{end}");
        }
    }

    #[test]
    fn bom_and_padding_trimmed() {
        assert_eq!(texts("\u{feff}  Title  \n\n  Body. "), ["Title", "Body."]);
    }

    #[test]
    fn whitespace_only_has_no_paragraphs() {
        assert!(split(" \n\n\t\r\n").is_empty());
    }
}
