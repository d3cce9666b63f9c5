//! Credits: a news or photo agency named where a page credits a picture
//! ("… in Berlin, May 28, 2025. REUTERS/Jane Doe", "(AP)") or the text
//! ("Von AFP", "Avec AFP et Reuters"). A line so credited is a caption or
//! a byline, not the story: read as prose, a caption opening a page is
//! taken for its headline, and its names for the story's people.

use super::byline::BYLINE_OPENERS;
use crate::text::calendar::is_english_month;
use crate::text::fold::with_lower;
use crate::text::marks;
use crate::text::sentences::is_terminator;
use crate::text::words::more_words_than;

/// News and photo agencies that credit pictures and wire copy, lower case.
#[rustfmt::skip]
const AGENCIES: &[&str] = &[
    "reuters", "afp", "ap", "epa", "efe", "dpa", "ansa", "pap", "getty", "pool", "anadolu",
    "sputnik", "tass", "ria", "xinhua", "ani", "pti", "unian", "ukrinform", "agerpres",
    "inquam", "lusa", "belga", "keystone", "imago", "alamy", "shutterstock", "sipa", "abaca",
    "zuma", "kyodo", "yonhap", "nurphoto", "kna", "ddp", "bloomberg",
];

/// Words that may stand around agencies on a line crediting the text
/// ("Avec AFP et Reuters", "Quelle: dpa"), besides a byline's openers
/// ("Von AFP"), lower case.
#[rustfmt::skip]
const CREDIT_WORDS: &[&str] = &[
    "with", "avec", "con", "com", "mit", "z", "cu", "с", "з", "and", "und", "et", "e", "y",
    "i", "și", "та", "і", "и", "&", "source", "sources", "quelle", "quellen", "fonte", "fonti",
    "fuente", "fuentes", "źródło", "sursa", "sursă", "джерело", "источник", "material",
    "agencies", "agences", "agenturen", "agenzie", "agencias",
];

/// The most words a caption ending on a credit has; a longer paragraph is
/// prose whatever it ends on.
pub(super) const CAPTION_MAX_WORDS: usize = 60;

pub(super) fn is_agency(word: &str) -> bool {
    !word.is_empty() && with_lower(word, |w| AGENCIES.contains(&w))
}

/// Whether `credit` names an agency among its words ("EFE-EPA/CLEMENS BILAN",
/// "Photo by JANE DOE/AFP via Getty Images").
fn names_agency(credit: &str) -> bool {
    credit
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '-' | ',' | '(' | ')' | '.'))
        .any(is_agency)
}

/// Whether `p` ends on a picture's credit: an agency's name and a
/// photographer's after a slash ("… on Friday. REUTERS/Jane Doe"), or a
/// credit in brackets closing the line: one naming an agency with a slash
/// ("(PAP/EPA/JAN NOWAK)"), a bare agency after the picture's date
/// ("…, May 28, 2025 (AP)"), or a photographer and outlet after the
/// caption's stop ("…. (JANE DOE/The Daily Planet)"). A bare "(AFP)" after a
/// stop signs off wire copy, and "(CDU/CSU)" after a word is prose.
///
/// A credited line that quotes someone stays prose: the quote engine skips
/// captions, and a caption's quotation ("… said she was 'confident'.
/// Photograph: …/AFP") is that outlet's rendering.
pub(super) fn ends_with_credit(p: &str) -> bool {
    let p = p.trim_end();
    // The shape first: reading every character for quotation marks is dearer.
    credited(p) && !quotes_someone(p)
}

/// Whether `p` ends on one of the credits [`ends_with_credit`] reads.
fn credited(p: &str) -> bool {
    if let Some(inside) = p.strip_suffix(')') {
        let Some(open) = inside.rfind('(') else {
            return false;
        };
        let credit = &inside[open + 1..];
        let before = inside[..open].trim_end().chars().next_back();
        let slashed = credit.contains('/');
        let agency = names_agency(credit);
        let dated =
            before.is_some_and(|c| c.is_ascii_digit()) || ends_on_full_date(&inside[..open]);
        return agency && (slashed || dated) || slashed && before.is_some_and(is_terminator);
    }
    // A credit line has no stop of its own, and its slash is in its last words.
    if p.ends_with(is_terminator) {
        return false;
    }
    p.split_whitespace().rev().take(4).any(|word| {
        word.split_once('/').is_some_and(|(agency, photographer)| {
            names_agency(agency) && !photographer.is_empty() || names_agency(photographer)
        })
    })
}

/// Whether `text` ends on a picture's full date and its stop ("…, Thursday,
/// October 30, 2025.", "… on 30 October 2025."): a year after a month name
/// and a day. Wire copy signs off after its last sentence, which ends on a
/// date this full far more rarely than a caption does.
fn ends_on_full_date(text: &str) -> bool {
    let Some(text) = text.trim_end().strip_suffix('.') else {
        return false;
    };
    let mut words = text
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let day = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let month = |w: &str| with_lower(w, is_english_month);
    match (words.next(), words.next(), words.next()) {
        (Some(y), Some(a), Some(b)) => year(y) && (day(a) && month(b) || month(a) && day(b)),
        _ => false,
    }
}

/// Whether `p` holds a quotation mark: a double one, or a single one
/// opening a word (not the apostrophe of "Italy's").
fn quotes_someone(p: &str) -> bool {
    let mut before = ' ';
    p.chars().any(|c| {
        let opens = before.is_whitespace() && marks::is_quote_mark(c);
        before = c;
        opens || marks::is_double_style(c)
    })
}

/// Whether `p` is a line crediting the text to agencies alone ("Von AFP",
/// "Avec AFP et Reuters", "Quelle: dpa", "AFP/dpa"). Names of people make
/// it a byline of another kind, and any other word makes it prose.
pub(super) fn is_agency_line(p: &str) -> bool {
    if more_words_than(p, 8) {
        return false;
    }
    let mut agencies = 0;
    let credits_only = p
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | '|' | ':' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .all(|word| {
            let agency = is_agency(word);
            agencies += usize::from(agency);
            agency
                || with_lower(word, |w| {
                    CREDIT_WORDS.contains(&w) || BYLINE_OPENERS.contains(&w)
                })
        });
    credits_only && agencies > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photographers_credit_closes_a_caption() {
        for caption in [
            "The two leaders shake hands in Geneva, August 15, 2025. REUTERS/Jane Doe",
            "Berg welcomes Volkov at the chancellery, 28 May 2025. EFE-EPA/JANE DOE",
            "REUTERS/Tom Lee",
            "Foto: REUTERS/Tom Lee",
            "Berg i Volkov w Paryżu (PAP/EPA/JAN NOWAK / POOL)",
            "Berg and Volkov attend a news conference in Berlin, Wednesday, May 28, 2025 (AP)",
            "Berg, left, and Volkov shake hands in Oslo, Thursday, October 30, 2025. (AP)",
            "Berg greets Volkov in Oslo on 30 October 2025. (Reuters)",
            "Berg speaks in Oslo. (Photo by Tom Lee / AFP) (Photo by TOM LEE/AFP via Getty Images)",
            "Volkov delivers a dark speech at the Capitol. (TOM LEE/The Daily Planet)",
        ] {
            assert!(ends_with_credit(caption), "{caption}");
        }
    }

    #[test]
    fn prose_ending_in_brackets_or_slashes_is_no_credit() {
        for prose in [
            // A wire story's sign-off, which ends the story.
            "The talks will resume on Monday. (AFP)",
            "Elections are due in May 2027. (AFP)",
            "The agency was first to report it, said the Associated Press (AP)",
            "Berg will govern with the Union (CDU/CSU)",
            "Support for Berg rose, a Reuters/Ipsos poll showed.",
            "Berg called the talks useful (and long)",
            // A caption quoting someone is that outlet's rendering.
            "Berg said she was 'confident' of a deal. Photo: Tom Lee/AFP via Getty Images",
            "Volkov speaks at a \u{201c}Peace Now\u{201d} rally, May 28, 2025 (AP)",
        ] {
            assert!(!ends_with_credit(prose), "{prose}");
        }
    }

    #[test]
    fn a_line_crediting_agencies_alone() {
        for line in [
            "Von AFP",
            "Avec AFP et Reuters",
            "Quelle: dpa",
            "AFP/dpa",
            "Reuters",
        ] {
            assert!(is_agency_line(line), "{line}");
        }
        for line in [
            "Von Anna Berg",
            "AFP reported the talks",
            "De Gaulle",
            "Par ailleurs",
        ] {
            assert!(!is_agency_line(line), "{line}");
        }
    }
}
