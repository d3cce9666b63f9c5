//! What separates the chunks of the name scan: whitespace, and a slash or
//! dash between words or a line break, which also ends a run of name words; and the
//! separators scraping glued to a word (a comma, a byline's "and").

use std::ops::Range;

use super::evidence::is_first_name;
use super::lexicon::Lex;
use crate::text::marks;
use crate::text::translit::is_cyrillic;
use crate::text::words::is_word_char;

pub(super) fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '/' | '—' | '–')
}

/// [`is_separator`] for ASCII characters.
pub(super) static ASCII_SEPARATOR: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_whitespace() || b == 0x0b || b == b'/' as usize;
        b += 1;
    }
    table
};

/// Whether separator `c` also ends a run of name words: a slash or dash
/// between words, or a line break. A paragraph of several lines is a block
/// the corpus took for hard-wrapped prose, and as often a list of headlines
/// or captions ("… What The President Said⏎Red Carpet, Flyover …"): a name
/// read across the break joins two lines' words.
pub(super) fn ends_run(c: char) -> bool {
    matches!(c, '/' | '—' | '–' | '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Whether the line break between a lone given name at `given` and the
/// capitalised word at `next` only wraps a line of prose ("… and Catholic
/// woman Chiara⏎Corbella Petrillo, who …"), so the name goes on after it.
/// The word before the given name is in lower case, so the line is
/// running text, not a headline's; and a lone given name is rarely a
/// name's end where a capital follows. Asked only at a run's line break.
pub(super) fn wraps_given_name(text: &str, given: Range<usize>, next: usize) -> bool {
    let (Some(name), Some(gap), Some(after)) = (
        text.get(given.clone()),
        text.get(given.end..next),
        text.get(next..),
    ) else {
        return false;
    };
    let one_break =
        gap.chars().all(|c| c == ' ' || c == '\n' || c == '\r') && gap.matches('\n').count() == 1;
    let before = text.get(..given.start).unwrap_or_default();
    let line_before = before.rsplit('\n').next().unwrap_or_default();
    let prose = line_before.ends_with(' ')
        && line_before
            .split_whitespace()
            .next_back()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase);
    one_break
        && prose
        && after.chars().next().is_some_and(char::is_uppercase)
        && is_first_name(name)
}

/// Whether the character at byte `i` of `slice` (a char boundary) separates
/// chunks, whether it also ends a run ([`ends_run`]), and its length.
/// Inlined: the name scan asks it at every word of the corpus, and an ASCII
/// byte is one table look-up.
#[inline]
pub(super) fn separator_at(slice: &str, i: usize) -> (bool, bool, usize) {
    match slice.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => (
            ASCII_SEPARATOR[usize::from(b)],
            matches!(b, b'/' | b'\n' | b'\r'),
            1,
        ),
        _ => char_separator_at(slice, i),
    }
}

/// [`separator_at`] of a character that is not ASCII (or of the end).
fn char_separator_at(slice: &str, i: usize) -> (bool, bool, usize) {
    match slice.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => {
            let sep = is_separator(c);
            (sep, sep && ends_run(c), c.len_utf8())
        }
        None => (true, false, 1),
    }
}

/// Whether the en dash opening `rest` glues the capitalised `word` before
/// it to a capital after it ("Nowak–Kowalska"): the shape of a
/// double-barrelled surname, and of a pair ("Merz–Macron"), which only the
/// words around it tell apart.
pub(super) fn double_surname_dash(word: &str, rest: &str) -> bool {
    let Some(after) = rest.strip_prefix('–') else {
        return false;
    };
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && after.chars().next().is_some_and(char::is_uppercase)
}

/// The byte offset of the first comma glued between a letter and a capital
/// in a chunk ("Trump,Elon" in the keyword line "Donald Trump,Elon Musk"):
/// prose puts a space after a comma, so one without separates two names
/// as much as one with it does. Digits around a comma ("1,000") join.
pub(super) fn glued_comma(raw: &str) -> Option<usize> {
    raw.match_indices(',').map(|(i, _)| i).find(|&i| {
        raw[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
            && raw[i + 1..].chars().next().is_some_and(char::is_uppercase)
    })
}

/// The byte offset of a capitalised word glued to the end of the sentence
/// before it ("ended.Berg", "on.”Anna"): scraping drops the space after a
/// stop or a closing quote mark. A stop after a lower-case letter, or one
/// a quotation mark closes ("Washington, DC.\"Berg"), and a capital
/// followed by a lower-case letter, so initials ("J.D"), dotted
/// abbreviations ("U.S") and acronyms stay whole. The name scan asks it
/// only of chunks with a stop before their last byte, which its byte loop
/// finds, so a chunk is not read twice here.
pub(super) fn glued_sentence_start(raw: &str) -> Option<usize> {
    let mut after_lower = false;
    for (i, c) in raw.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let after = &raw[i + 1..];
            let rest = after.trim_start_matches(marks::trails_sentence);
            // No initial or abbreviation has a closing mark after its stop.
            let quoted = after[..after.len() - rest.len()]
                .chars()
                .any(marks::is_quote_mark);
            let mut next = rest.chars();
            if (after_lower || quoted)
                && next.next().is_some_and(char::is_uppercase)
                && next.next().is_some_and(char::is_lowercase)
            {
                return Some(raw.len() - rest.len());
            }
        }
        after_lower = c.is_lowercase();
    }
    None
}

/// The byte span of "Jennifer Brandt" in a run of four words "Jennifer
/// Brandtand Anna Lee": bylines scraped from links lose the space before
/// "and", gluing it to the first surname. Only two names of two words each,
/// one opened by a given name, are read so; a given name ending in "and"
/// ("Roland", "Bertrand") stays whole, and a surname that ends so ("Holland")
/// is followed by no second name.
fn glued_and_pair(text: &str, run: &[Range<usize>]) -> Option<Range<usize>> {
    let [given, glued, other, _] = run else {
        return None;
    };
    let word = text.get(glued.clone())?;
    let stem = word.strip_suffix("and")?;
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let given_name = |r: &Range<usize>| text.get(r.clone()).is_some_and(is_first_name);
    (stem.chars().count() >= 3
        && capital(stem)
        && text.get(other.clone()).is_some_and(capital)
        && (given_name(given) || given_name(other))
        && !is_first_name(word))
    .then(|| given.start..glued.end - "and".len())
}

/// Cuts a run of [`glued_and_pair`] after its first name, "and" left out,
/// and returns the second name's words; otherwise returns none.
pub(super) fn split_glued_and(
    text: &str,
    run: &mut Vec<(Range<usize>, Lex)>,
) -> Vec<(Range<usize>, Lex)> {
    if run.len() != 4 {
        return Vec::new();
    }
    let spans: Vec<Range<usize>> = run.iter().map(|w| w.0.clone()).collect();
    let Some(first) = glued_and_pair(text, &spans) else {
        return Vec::new();
    };
    let second = run.split_off(2);
    run[1] = (run[1].0.start..first.end, 0);
    second
}

/// Cuts a run of two full names side by side ("Aide to Elon Musk Katie
/// Miller", a caption's "Donald Trump Elon Musk") after the first, and
/// returns the second name's words; otherwise returns none. Four plain
/// words read so when the first and third are given names and the second
/// and fourth are not: a second given name follows the first ("Anna Maria
/// Nowak"), never a surname, so a given name after a surname opens another
/// person's name. Not in Cyrillic: there a foreign person's given names
/// are transliterated as separate words, declined ("Жана Огюста Доминика
/// Энгра" for Jean-Auguste-Dominique Ingres), and the table knows few of them.
pub(super) fn split_two_full_names(
    text: &str,
    run: &mut Vec<(Range<usize>, Lex)>,
) -> Vec<(Range<usize>, Lex)> {
    let [a, b, c, d] = run.as_slice() else {
        return Vec::new();
    };
    let given = |w: &(Range<usize>, Lex)| text.get(w.0.clone()).is_some_and(is_first_name);
    // The lexicon bits first: they are cheap, and most runs carry some.
    let pair = [a, b, c, d].iter().all(|w| w.1 == 0)
        && given(a)
        && !given(b)
        && given(c)
        && !given(d)
        && !text.get(a.0.clone()).is_some_and(is_cyrillic);
    if pair { run.split_off(2) } else { Vec::new() }
}

/// Byte length of the non-word characters opening `raw`.
pub(super) fn lead_len(raw: &str) -> usize {
    let mut i = 0;
    while let Some(&b) = raw.as_bytes().get(i) {
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                break;
            }
            i += 1;
        } else {
            match raw.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) if !is_word_char(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// `raw` without the non-word characters closing it.
pub(super) fn trim_tail(raw: &str) -> &str {
    let mut end = raw.len();
    while let Some(&b) = raw.as_bytes().get(end.wrapping_sub(1)) {
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                break;
            }
            end -= 1;
        } else {
            match raw.get(..end).and_then(|head| head.chars().next_back()) {
                Some(c) if !is_word_char(c) => end -= c.len_utf8(),
                _ => break,
            }
        }
    }
    &raw[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn and_glued_to_a_surname_between_two_names_separates_them() {
        let run = |text: &str| -> Vec<Range<usize>> {
            let mut at = 0;
            text.split(' ')
                .map(|w| {
                    let r = at..at + w.len();
                    at += w.len() + 1;
                    r
                })
                .collect()
        };
        let pair = |text: &str| glued_and_pair(text, &run(text)).map(|r| text[r].to_string());
        assert_eq!(
            pair("Jennifer Brandtand Anna Lee").as_deref(),
            Some("Jennifer Brandt")
        );
        assert_eq!(
            pair("Jo Kowalskiand Maria Nowak").as_deref(),
            Some("Jo Kowalski")
        );
        for text in [
            "Anna Roland Maria Lee",
            "Anna Holland Bridge",
            "Anna Holland",
            "Lap Dogsand Cats Run",
            "Anna Leand Maria Lee",
        ] {
            assert_eq!(pair(text), None, "{text}");
        }
    }

    #[test]
    fn two_full_names_side_by_side_separate() {
        let split = |text: &str| {
            let mut at = 0;
            let mut run: Vec<(Range<usize>, Lex)> = text
                .split(' ')
                .map(|w| {
                    let r = at..at + w.len();
                    at += w.len() + 1;
                    (r, 0)
                })
                .collect();
            let second = split_two_full_names(text, &mut run);
            let words = |ws: &[(Range<usize>, Lex)]| {
                ws.iter()
                    .map(|w| &text[w.0.clone()])
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            (words(&run), words(&second))
        };
        assert_eq!(
            split("Elon Musk Katie Miller"),
            ("Elon Musk".to_string(), "Katie Miller".to_string())
        );
        // A second given name, a surname that is no given name, three words.
        for text in [
            "Anna Maria Nowak Kowalska",
            "Anna Nowak Kowalska Lee",
            "Luiz Inácio Lula Silva",
            "Anna Nowak Maria",
            "Жана Огюста Доминика Энгра",
        ] {
            assert_eq!(split(text), (text.to_string(), String::new()), "{text}");
        }
    }

    #[test]
    fn a_comma_glued_between_a_word_and_a_capital_separates_them() {
        assert_eq!(glued_comma("Trump,Elon"), Some(5));
        assert_eq!(glued_comma("Łódź,Żaneta"), Some(7));
        assert_eq!(glued_comma(",Elon,Musk"), Some(5));
        for raw in ["1,000", "Trump,", "Trump,elon", "Trump, ", "Trump", "A,1"] {
            assert_eq!(glued_comma(raw), None, "{raw}");
        }
    }

    #[test]
    fn a_capital_glued_after_a_stop_starts_a_chunk() {
        assert_eq!(glued_sentence_start("ended.Berg"), Some(6));
        assert_eq!(glued_sentence_start("on.”Anna"), Some(6));
        assert_eq!(glued_sentence_start("why?Berg"), Some(4));
        // A quotation ending on an acronym, its closing mark glued to the
        // next sentence's subject.
        assert_eq!(glued_sentence_start("DC.\"Berg"), Some(4));
        assert_eq!(glued_sentence_start("UK.”Anna"), Some(6));
        for raw in [
            "J.D",
            "U.S.",
            "ended.",
            "ended.NATO",
            "ended.A",
            "e.g.",
            "Berg",
            "a...Berg",
        ] {
            assert_eq!(glued_sentence_start(raw), None, "{raw}");
        }
    }

    #[test]
    fn the_ascii_table_agrees_with_the_separator_rule() {
        for b in 0u8..128 {
            let c = char::from(b);
            let s = c.to_string();
            let hard = is_separator(c) && ends_run(c);
            assert_eq!(separator_at(&s, 0), (is_separator(c), hard, 1), "{b}");
        }
        assert_eq!(separator_at("a—b", 1), (true, true, 3));
        assert_eq!(separator_at("a\u{2003}b", 1), (true, false, 3));
        assert_eq!(separator_at("a\u{2028}b", 1), (true, true, 3));
        assert_eq!(separator_at("aéb", 1), (false, false, 2));
    }

    #[test]
    fn an_en_dash_glued_between_capitals_may_join_a_surname() {
        assert!(double_surname_dash("Nowak", "–Kowalska."));
        assert!(double_surname_dash("Ćwik", "–Łaska"));
        for (word, rest) in [
            ("Nowak", "—Kowalska"),
            ("Nowak", "– Kowalska"),
            ("Nowak", "–kowalska"),
            ("nowak", "–Kowalska"),
            ("2024", "–Kowalska"),
            ("Nowak", "-Kowalska"),
        ] {
            assert!(!double_surname_dash(word, rest), "{word}{rest}");
        }
    }
}
