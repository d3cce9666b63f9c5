//! A small sentence splitter for palette candidates: byte-exact ranges of
//! the sentences of one paragraph.
//!
//! A sentence ends at `.`, `!` or `?` (plus any closing quotes or brackets)
//! when whitespace and then a capital (possibly after an opening quote)
//! follow, except after an initial ("J. Smith", "U.S. President") or a
//! common abbreviation ("Mr. Putin"). Being wrong costs little here: a
//! missed break makes a longer candidate, so the splitter errs that way.

use std::ops::Range;

/// Longer sentences are cut at whitespace into pieces of at most this many
/// chars, so that every part stays findable while one run-on paragraph
/// cannot make each keystroke slow (skim's cost grows with text length).
pub const MAX_SENTENCE_CHARS: usize = 300;

/// Words that end with a dot without ending a sentence (compared without the dot).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mme", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Pres", "Amb", "Lt", "Col",
    "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Rev", "Hon", "St", "Mt", "Ft", "Jr", "Sr", "Inc", "Ltd",
    "Co", "Corp", "No", "Nos", "Nr", "vs", "cf", "approx", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '(' | '[')
}

/// Sentences of `text[range]`, trimmed, as byte ranges into `text`; long
/// sentences come in pieces of at most [`MAX_SENTENCE_CHARS`] chars.
/// An invalid range gives nothing.
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(para) = text.get(range.clone()) else {
        return Vec::new();
    };
    let base = range.start;
    let mut out = Vec::new();
    let mut sentence_start = 0;
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (bi, c) = chars[i];
        i += 1;
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut j = i;
        while j < chars.len() && (is_closing(chars[j].1) || matches!(chars[j].1, '.' | '!' | '?')) {
            j += 1;
        }
        let end = chars.get(j).map_or(para.len(), |&(b, _)| b);
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k == j || k == chars.len() {
            continue;
        }
        let next_start = k;
        while k < chars.len() && is_opening(chars[k].1) {
            k += 1;
        }
        if !chars.get(k).is_some_and(|&(_, n)| n.is_uppercase()) {
            continue;
        }
        if c == '.' && dot_does_not_end(&para[sentence_start..bi]) {
            continue;
        }
        push_trimmed(para, base, sentence_start..end, &mut out);
        sentence_start = chars[next_start].0;
        i = next_start;
    }
    push_trimmed(para, base, sentence_start..para.len(), &mut out);
    out
}

/// Whether a dot right after `before` marks an initial or an abbreviation.
fn dot_does_not_end(before: &str) -> bool {
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(is_opening);
    // "U.S" before the final dot: look at the last dotted segment.
    let last = word.rsplit('.').next().unwrap_or(word);
    let mut chars = last.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial || ABBREVIATIONS.contains(&last)
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

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_at_terminators_before_capitals() {
        assert_eq!(
            split("He left. “Russia is great,” he said! Why? because 3.5 is not. Ok"),
            vec![
                "He left.",
                "“Russia is great,” he said!",
                "Why? because 3.5 is not.",
                "Ok"
            ]
        );
    }

    #[test]
    fn keeps_initials_and_abbreviations() {
        assert_eq!(
            split("Mr. Putin met J. D. Vance in the U.S. Capitol. Then he left."),
            vec![
                "Mr. Putin met J. D. Vance in the U.S. Capitol.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He said: “It is over.” Élysée sources agreed."),
            vec!["He said: “It is over.”", "Élysée sources agreed."]
        );
    }

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
    fn ranges_are_relative_to_the_whole_text() {
        let text = "Head\n\nOne. Two.";
        let r = split_sentences(text, 6..text.len());
        assert_eq!(
            r.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
            ["One.", "Two."]
        );
        assert!(split_sentences("é", 1..2).is_empty());
    }
}
