//! Where sentences end: one splitter and one list of abbreviations for the
//! whole engine (quote sentences, derived titles, search candidates).
//!
//! A sentence ends at `.`, `!`, `?` or `…`, plus any closing marks or
//! brackets, when whitespace and then a capital, a digit or an opening mark
//! follow, except after an initial (`J. Smith`), a dotted abbreviation
//! (`U.S.`) or a listed one (`Mr.`). A quotation is read as one unit: a stop
//! inside it does not end the surrounding sentence (`“…” he said` belongs to
//! the quote's sentence), but a quotation that ends like a sentence and is
//! followed by a new one does, unless what follows up to the next stop is
//! its reporting clause (`“… Ukraine?” Macron asked.`).

use std::ops::Range;
use std::sync::LazyLock;

use super::calendar;
use super::fold::with_lower;
use super::marks;
use super::speech;
use crate::fast_hash::FastSet;
use crate::text::words::is_word_char;

/// Abbreviations whose full stop does not end a sentence, in any case
/// (compared lower-cased, without the stop).
const ABBREVIATIONS: &[&str] = &[
    // Titles and ranks.
    "mr", "mrs", "ms", "mme", "dr", "prof", "gen", "sen", "rep", "gov", "pres", "amb", "lt", "col",
    "capt", "maj", "sgt", "adm", "cmdr", "rev", "hon", "jr", "sr", // Places.
    "st", "mt", "ft", // Organisations.
    "inc", "ltd", "co", "corp", // Months.
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // References.
    "vs", "cf", "approx", "etc", "fig",
];

// Looked up before every full stop of the corpus: a hash, not a scan.
static ABBREVIATION_SET: LazyLock<FastSet<&str>> =
    LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());

/// Abbreviations that are also ordinary words in lower case ("said no."), so
/// only their capitalised form is one.
const CAPITALISED_ABBREVIATIONS: &[&str] = &["No", "Nos", "Nr", "Mar"];

/// The longest abbreviation in bytes. An ASCII word keeps its length
/// lower-cased, so a longer one is not looked up: most words before a full
/// stop are.
const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > longest {
            longest = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    let mut i = 0;
    while i < CAPITALISED_ABBREVIATIONS.len() {
        if CAPITALISED_ABBREVIATIONS[i].len() > longest {
            longest = CAPITALISED_ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    longest
};

/// Characters that end a sentence.
pub fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Whether `b` can be the first byte of a [terminator](is_terminator):
/// the stops themselves, and the lead byte of `…` (U+2026). Any other byte
/// starts no terminator, so the splitter skips it without decoding
/// ([`first_possible_terminator`] finds the first such byte).
#[cfg(test)]
fn may_begin_terminator(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xe2)
}

/// Where the first byte that may begin a [terminator](is_terminator)
/// sits in `bytes` (its length if none): the stops by one vectorised
/// search, then the lead byte of `…` before the first stop. Every paragraph
/// of every article is split, and a byte-at-a-time test was most of it.
fn first_possible_terminator(bytes: &[u8]) -> usize {
    let stop = memchr::memchr3(b'.', b'!', b'?', bytes).unwrap_or(bytes.len());
    memchr::memchr(0xe2, &bytes[..stop]).unwrap_or(stop)
}

/// Whether the word just before a full stop is an abbreviation or initial
/// (`U.S.`, `Mr.`, `J.`). `before` is the text up to the stop; only its last
/// few characters are read.
pub fn is_abbreviation(before: &str) -> bool {
    let start = before
        .char_indices()
        .rev()
        .take(12)
        .take_while(|&(_, c)| c.is_alphabetic() || c == '.')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return false;
    }
    if word.contains('.') || (letters == 1 && word.chars().all(char::is_uppercase)) {
        return true;
    }
    if word.len() > LONGEST_ABBREVIATION && word.is_ascii() {
        return false;
    }
    CAPITALISED_ABBREVIATIONS.contains(&word) || with_lower(word, |w| ABBREVIATION_SET.contains(w))
}

/// A quotation the splitter reads as one unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// The quotation with its marks.
    pub outer: Range<usize>,
    /// Whether its words end like a sentence (`“We are done.”`).
    pub ends_sentence: bool,
}

/// Splits paragraphs of one text into sentences, reading the quotations
/// given (sorted by start, not overlapping) as units. Paragraphs are split in
/// text order, so the quotations are walked once however many there are.
pub struct Splitter<'a> {
    text: &'a str,
    quoted: &'a [Quoted],
    next: usize,
}

impl<'a> Splitter<'a> {
    pub fn new(text: &'a str, quoted: &'a [Quoted]) -> Self {
        Splitter {
            text,
            quoted,
            next: 0,
        }
    }

    /// The sentences of `text[range]`, as byte ranges into the text: they
    /// cover the range but for the whitespace between sentences. A range that
    /// does not slice the text gives nothing.
    pub fn split(&mut self, range: Range<usize>) -> Vec<Range<usize>> {
        let text = self.text;
        if text.get(range.clone()).is_none() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut start = range.start;
        let mut i = range.start;
        while i < range.end {
            while self.quoted.get(self.next).is_some_and(|q| q.outer.end <= i) {
                self.next += 1;
            }
            let (at, ended) = match self.quoted.get(self.next).filter(|q| q.outer.start <= i) {
                Some(q) => {
                    let ends = q.ends_sentence
                        && q.outer.end <= range.end
                        && !reporting_clause_after(text, q.outer.end, range.end);
                    (q.outer.end, ends)
                }
                None => {
                    // Most characters cannot end a sentence: skip them a byte
                    // at a time up to the next quotation.
                    let limit = self
                        .quoted
                        .get(self.next)
                        .map_or(range.end, |q| q.outer.start.min(range.end))
                        .max(i);
                    let run = first_possible_terminator(&text.as_bytes()[i..limit]);
                    if run > 0 {
                        i += run;
                        continue;
                    }
                    let Some(c) = text[i..].chars().next() else {
                        break;
                    };
                    let at = i + c.len_utf8();
                    let ended = match c {
                        '.' => {
                            !is_abbreviation(&text[range.start..i])
                                && !calendar::ends_dotted_day(&text[range.start..i], &text[at..])
                        }
                        c => is_terminator(c),
                    };
                    (at, ended)
                }
            };
            i = at;
            if ended && let Some((end, next)) = break_after(text, at, range.end) {
                out.push(start..end);
                start = next;
            }
        }
        out.push(start..range.end);
        out
    }
}

/// Whether the words after a quotation that ends like a sentence, up to the
/// next stop, are its reporting clause (`“… Ukraine?” Macron asked.`): the
/// quotation's sentence goes on through them, as English writes it.
fn reporting_clause_after(text: &str, at: usize, limit: usize) -> bool {
    let Some(rest) = text.get(at..limit) else {
        return false;
    };
    let clause_end = rest
        .find(|c: char| is_terminator(c) || c == '\n' || marks::is_quote_mark(c))
        .unwrap_or(rest.len());
    if rest[clause_end..].starts_with(marks::is_quote_mark) {
        return false;
    }
    let words: Vec<&str> = rest[..clause_end]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .take(speech::MAX_CLAUSE_WORDS + 1)
        .collect();
    speech::reporting_verb_at(&words).is_some()
}

/// The sentences of `text[range]` (no quotations read as units).
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    Splitter::new(text, &[]).split(range)
}

/// After a sentence's final stop at `at`: where the sentence ends (after
/// closing marks) and where the next begins, if whitespace and then a
/// sentence's first character follow before `limit`.
fn break_after(text: &str, at: usize, limit: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..limit)?;
    let mut end = at;
    let mut chars = rest.char_indices().peekable();
    while let Some(&(k, c)) = chars.peek() {
        if !marks::trails_sentence(c) {
            break;
        }
        end = at + k + c.len_utf8();
        chars.next();
    }
    let mut spaced = false;
    while let Some(&(k, c)) = chars.peek() {
        if c.is_whitespace() {
            spaced = true;
            chars.next();
            continue;
        }
        let next = &rest[k..];
        let opens = if spaced {
            starts_sentence(next)
        } else {
            glued_at(text, end) && opens_glued_sentence(next)
        };
        return opens.then_some((end, at + k));
    }
    None
}

/// Whether a sentence ending at `end` may be glued to the next with no
/// space between ("zu wollen.Polens Ministerpräsident", "„… haben.“Macron
/// sagte"): pages that join paragraphs drop the break, and the whole of
/// the next sentence then read as part of this one. Only a stop after a
/// lower-case word or a closing mark counts, so "U.S.", "Ph.D." and
/// "3.5" never split.
fn glued_at(text: &str, end: usize) -> bool {
    let mut before = text[..end].chars().rev();
    let (Some(last), Some(prev)) = (before.next(), before.next()) else {
        return false;
    };
    if is_terminator(last) {
        prev.is_lowercase() || marks::is_quote_mark(prev)
    } else {
        marks::trails_sentence(last) && is_terminator(prev)
    }
}

/// Whether a glued sentence opens `rest`: a capital and then a lower-case
/// letter, a word ("Polens"), not an acronym, initial or domain ("DE").
fn opens_glued_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Whether `rest` can open a sentence: a capital or digit, or a quotation
/// mark, or brackets or Spanish "¡", "¿" before a capital ("… dijo. ¡Viva!").
fn starts_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() || marks::is_quote_mark(c) => true,
        Some('(' | '[' | '¡' | '¿') => chars
            .find(|&c| !marks::leads_sentence(c))
            .is_some_and(char::is_uppercase),
        _ => false,
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
    fn splits_at_terminators_before_capitals_digits_and_marks() {
        assert_eq!(
            split("He left. “Russia is great,” he said! Why? because 3.5 is not. Ok"),
            vec![
                "He left.",
                "“Russia is great,” he said!",
                "Why? because 3.5 is not.",
                "Ok"
            ]
        );
        assert_eq!(
            split("It ended… 2025 began."),
            vec!["It ended…", "2025 began."]
        );
        assert_eq!(
            split("So it goes. (Then more.)"),
            ["So it goes.", "(Then more.)"]
        );
        assert_eq!(
            split("So it goes. (then more.)"),
            ["So it goes. (then more.)"]
        );
        assert_eq!(
            split("Vale. ¡Viva Lugo! ¿Y ahora?"),
            ["Vale.", "¡Viva Lugo!", "¿Y ahora?"]
        );
    }

    #[test]
    fn every_terminator_begins_with_a_byte_the_splitter_stops_at() {
        let mut buf = [0u8; 4];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if is_terminator(c) {
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_begin_terminator(first), "{c:?}");
            }
        }
    }

    #[test]
    fn the_splitter_stops_at_the_first_byte_that_may_begin_a_terminator() {
        // Invented runs with stops, ellipses, other three-byte marks (“ ” —
        // share the ellipsis's lead byte) and none at all.
        for text in [
            "",
            "no stop here at all",
            "one. two",
            "why? because! yes.",
            "wait… then",
            "“quoted” — dashed. end",
            "—",
            "ünïcödé then a stop.",
        ] {
            let bytes = text.as_bytes();
            for start in 0..=bytes.len() {
                let want = (bytes[start..].iter())
                    .position(|&b| may_begin_terminator(b))
                    .unwrap_or(bytes.len() - start);
                assert_eq!(
                    first_possible_terminator(&bytes[start..]),
                    want,
                    "{text:?}@{start}"
                );
            }
        }
    }

    #[test]
    fn splits_sentences_glued_without_a_space() {
        assert_eq!(
            split("Er will bleiben.Ihre Antwort kam spät."),
            ["Er will bleiben.", "Ihre Antwort kam spät."]
        );
        assert_eq!(
            split("Sie sprach von „Mut“.Danach ging er."),
            ["Sie sprach von „Mut“.", "Danach ging er."]
        );
        assert_eq!(
            split("\"Wir bleiben.\"Danach ging er."),
            ["\"Wir bleiben.\"", "Danach ging er."]
        );
        // Abbreviations, acronyms, numbers and domains stay whole.
        for whole in [
            "Dr.Weber kam.",
            "Die U.S.Army kam.",
            "Es sind 3.5 Prozent.",
            "Siehe www.example.DE heute.",
            "Siehe Ph.D.Thesis heute.",
        ] {
            assert_eq!(split(whole), [whole]);
        }
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
        assert_eq!(
            split("See fig. 3 and No. 10. Then go."),
            ["See fig. 3 and No. 10.", "Then go."]
        );
        assert_eq!(
            split("He said no. Then he left."),
            ["He said no.", "Then he left."]
        );
        assert!(is_abbreviation("the MR") && is_abbreviation("e.g") && !is_abbreviation("in 3"));
        // The longest abbreviation is still found; a letter more is a word,
        // in any case (an ASCII word longer than every abbreviation is not
        // looked up).
        assert_eq!(LONGEST_ABBREVIATION, "approx".len());
        assert!(is_abbreviation("about APPROX") && is_abbreviation("cost approx"));
        assert!(!is_abbreviation("many approxs") && is_abbreviation("in Sept"));
    }

    #[test]
    fn a_dotted_day_before_its_month_ends_no_sentence() {
        assert_eq!(
            split("Am 7. März sprach Anna Berg in Kiel. Sie blieb bis zum 30. Juni dort."),
            [
                "Am 7. März sprach Anna Berg in Kiel.",
                "Sie blieb bis zum 30. Juni dort."
            ]
        );
        assert_eq!(
            split("Dnia 6. sierpnia (12. Mai) odszedł."),
            ["Dnia 6. sierpnia (12. Mai) odszedł."]
        );
        // A year, a number glued to a word or a word that is no month still
        // ends the sentence.
        assert_eq!(
            split("Das war 2020. Mai kam später."),
            ["Das war 2020.", "Mai kam später."]
        );
        assert_eq!(
            split("Sie kam auf Platz 3. Dann ging sie."),
            ["Sie kam auf Platz 3.", "Dann ging sie."]
        );
        assert_eq!(split("Es war A3. Mai kam."), ["Es war A3.", "Mai kam."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He said: “It is over.” Élysée sources agreed."),
            vec!["He said: “It is over.”", "Élysée sources agreed."]
        );
    }

    #[test]
    fn quotations_are_read_as_units() {
        let text = "“Stop. Now,” he said. “We are done.” Then he left.";
        let span = |q: &str| {
            let at = text.find(q).unwrap();
            at..at + q.len()
        };
        let quoted = [
            Quoted {
                outer: span("“Stop. Now,”"),
                ends_sentence: false,
            },
            Quoted {
                outer: span("“We are done.”"),
                ends_sentence: true,
            },
        ];
        let got: Vec<&str> = Splitter::new(text, &quoted)
            .split(0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            got,
            ["“Stop. Now,” he said.", "“We are done.”", "Then he left."]
        );
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
