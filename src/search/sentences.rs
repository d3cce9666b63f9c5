//! Sentences as palette candidates: the engine's sentences
//! ([`crate::text::sentences`]), trimmed and cut into pieces short enough to
//! rank on every keystroke.

use std::ops::Range;

use crate::text::sentences;

/// Longer sentences are cut at whitespace into pieces of at most this many
/// chars, so that every part stays findable while one run-on paragraph
/// cannot make each keystroke slow (skim's cost grows with text length).
pub const MAX_SENTENCE_CHARS: usize = 300;

/// Sentences of `text[range]`, trimmed, as byte ranges into `text`; long
/// sentences come in pieces of at most [`MAX_SENTENCE_CHARS`] chars.
/// An invalid range gives nothing.
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(para) = text.get(range.clone()) else {
        return Vec::new();
    };
    let base = range.start;
    let mut out = Vec::new();
    for r in sentences::split_sentences(text, range) {
        push_trimmed(para, base, r.start - base..r.end - base, &mut out);
    }
    out
}

/// Pushes `para[r]` without surrounding whitespace, cut into short pieces.
fn push_trimmed(para: &str, base: usize, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(s) = para.get(r.clone()) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    let mut start = base + r.start + lead;
    let mut rest = trimmed;
    while rest.chars().count() > MAX_SENTENCE_CHARS {
        let limit = rest
            .char_indices()
            .nth(MAX_SENTENCE_CHARS)
            .map_or(rest.len(), |(b, _)| b);
        // Cut at the last whitespace before the limit; a word longer than the
        // limit is cut where it must be.
        let cut = rest[..limit]
            .rfind(char::is_whitespace)
            .filter(|&b| b > 0)
            .unwrap_or(limit);
        let piece = rest[..cut].trim_end();
        out.push(start..start + piece.len());
        let next = rest[cut..].trim_start();
        start += rest.len() - next.len();
        rest = next;
    }
    if !rest.is_empty() {
        out.push(start..start + rest.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_sentences_come_in_pieces_at_whitespace() {
        let long = "word ".repeat(200) + "end.";
        let pieces = split_sentences(&long, 0..long.len());
        assert!(pieces.len() >= 3);
        for r in &pieces {
            let s = &long[r.clone()];
            assert!(s.chars().count() <= MAX_SENTENCE_CHARS);
            assert_eq!(s, s.trim());
        }
        assert_eq!(
            &long[pieces[pieces.len() - 1].clone()].rsplit(' ').next(),
            &Some("end.")
        );
        // Every word survives in some piece.
        let words: usize = pieces
            .iter()
            .map(|r| long[r.clone()].split(' ').count())
            .sum();
        assert_eq!(words, 201);
    }

    #[test]
    fn sentences_come_trimmed_and_relative_to_the_whole_text() {
        let text = "Head\n\n  One.   Two.  ";
        let r = split_sentences(text, 6..text.len());
        assert_eq!(
            r.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
            ["One.", "Two."]
        );
        assert!(split_sentences("é", 1..2).is_empty());
    }
}
