//! Matched chars → byte ranges, in a candidate's text or in its source.
//!
//! Skim reports matches as char indices. Drawing needs byte ranges: of the
//! candidate's one-line text in the palette, and of the article text when the
//! reader highlights the match where it sits. Both map by walking chars,
//! which is exact because display sanitising replaces one char by one char.

use std::ops::Range;

/// Byte ranges of `text` covering the chars at `matched` (sorted char
/// indices), adjacent chars merged into one range. Indices past the end are ignored.
pub fn char_ranges(text: &str, matched: &[usize]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut wanted = matched.iter().copied().peekable();
    for (ci, (bi, c)) in text.char_indices().enumerate() {
        // Skip duplicates or unsorted leftovers rather than trusting the input.
        while wanted.peek().is_some_and(|&w| w < ci) {
            wanted.next();
        }
        if wanted.peek() != Some(&ci) {
            continue;
        }
        wanted.next();
        let end = bi + c.len_utf8();
        match ranges.last_mut() {
            Some(last) if last.end == bi => last.end = end,
            _ => ranges.push(bi..end),
        }
        if wanted.peek().is_none() {
            break;
        }
    }
    ranges
}

/// Byte ranges of `source` covering the matched chars of a candidate whose
/// text mirrors `source[start..end]` char for char. Empty when the span is
/// not a char-boundary range of `source`.
pub fn source_ranges(
    source: &str,
    start: usize,
    end: usize,
    matched: &[usize],
) -> Vec<Range<usize>> {
    let Some(span) = source.get(start..end) else {
        return Vec::new();
    };
    char_ranges(span, matched)
        .into_iter()
        .map(|r| r.start + start..r.end + start)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjacent_multibyte_chars_merge() {
        let text = "Zelenskyy’s “plan”";
        // ’ is char 9 (3 bytes), s is 10; “ is 12.
        let r = char_ranges(text, &[0, 9, 10, 12]);
        assert_eq!(r, vec![0..1, 9..13, 14..17]);
        assert_eq!(&text[9..13], "’s");
        assert_eq!(&text[14..17], "“");
    }

    #[test]
    fn out_of_range_and_bad_spans_are_ignored() {
        assert_eq!(char_ranges("ab", &[1, 5]), vec![1..2]);
        assert!(source_ranges("é", 1, 2, &[0]).is_empty());
        assert_eq!(source_ranges("xxé", 2, 4, &[0]), vec![2..4]);
    }
}
