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

/// Characters that end a sentence: the Latin stops and the ideographic
/// ones of Chinese and Japanese text.
pub fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…') || is_ideographic_terminator(c)
}

/// The stops of Chinese and Japanese text (`。`, full-width `！` and `？`):
/// no space follows them and no capital opens the next sentence, so the
/// next sentence begins right after them (and their closing marks).
fn is_ideographic_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Whether `b` can be the first byte of a [terminator](is_terminator):
/// the stops themselves, the lead byte of `…` (U+2026), of `。` (U+3002)
/// and of the full-width `！` and `？` (U+FF01, U+FF1F). Any other byte
/// starts no terminator, so the splitter skips it without decoding
/// ([`first_possible_terminator`] finds the first such byte).
#[cfg(test)]
fn may_begin_terminator(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xe2 | 0xe3 | 0xef)
}

/// Where the first byte that may begin a [terminator](is_terminator)
/// sits in `bytes` (its length if none): the stops by one vectorised
/// search, then the lead bytes of the three-byte stops before the first
/// stop. Every paragraph of every article is split, and a byte-at-a-time
/// test was most of it.
fn first_possible_terminator(bytes: &[u8]) -> usize {
    let stop = memchr::memchr3(b'.', b'!', b'?', bytes).unwrap_or(bytes.len());
    memchr::memchr3(0xe2, 0xe3, 0xef, &bytes[..stop]).unwrap_or(stop)
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
            // `wide`: the stop is ideographic, so the next sentence may
            // follow it with no space ([`break_after`]).
            let (at, ended, wide) = match self.quoted.get(self.next).filter(|q| q.outer.start <= i)
            {
                Some(q) => {
                    let ends = q.ends_sentence
                        && q.outer.end <= range.end
                        && !reporting_clause_after(text, q.outer.end, range.end);
                    (q.outer.end, ends, false)
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
                    (at, ended, is_ideographic_terminator(c))
                }
            };
            i = at;
            if ended && let Some((end, next)) = break_after(text, at, range.end, wide) {
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
/// sentence's first character follow before `limit` — after an ideographic
/// stop (`wide`), any character but a space.
fn break_after(text: &str, at: usize, limit: usize, wide: bool) -> Option<(usize, usize)> {
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
        let opens = if wide {
            true
        } else if spaced {
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
/// sagte", "… forever. “So Meloni"): pages that join paragraphs drop the
/// break, and the whole of the next sentence then read as part of this one.
/// Only a stop after a lower-case word or a closing mark counts, so "U.S.",
/// "Ph.D." and "3.5" never split.
fn glued_at(text: &str, end: usize) -> bool {
    let mut before = text[..end].chars().rev();
    let (Some(last), Some(prev)) = (before.next(), before.next()) else {
        return false;
    };
    if is_terminator(last) {
        prev.is_lowercase() || marks::is_quote_mark(prev)
    } else if marks::is_quote_mark(last) && prev == ' ' {
        // "… forever. “So she said": machine-translated copy closes with a
        // mark glued to the next sentence, after the stop and a space.
        before.next().is_some_and(is_terminator)
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
#[path = "sentences_tests.rs"]
mod tests;
