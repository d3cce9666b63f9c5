//! Bylines: the short line naming a story's authors ("Von Anna Berg,
//! ARD-Studio Oslo", "di Marco Rossi", "Autor: Jan Nowak"). Read as prose,
//! its names would be listed as people of the story.

use super::{Paragraph, ParagraphKind};

/// Words that open a byline ("By Anna Berg", "Von Anna Berg, Studio Oslo"),
/// lower case: a byline names its people in full.
#[rustfmt::skip]
pub(crate) const BYLINE_OPENERS: &[&str] = &[
    "by", "von", "par", "por", "di", "da", "de", "door", "przez", "от", "від",
];

/// Labels that open a byline before a colon ("Autor: Jan Nowak", "Текст:
/// Анна Берг"), lower case; the German "Autor:in" keeps its colon inside.
#[rustfmt::skip]
const BYLINE_LABELS: &[&str] = &[
    "by", "author", "autor", "autorin", "autor:in", "autore", "autrice", "auteur", "autora",
    "text", "texto", "testo", "tekst", "текст", "автор", "автори",
];

/// Words that may stand between a byline's names ("Anna Berg und Tom Lee",
/// "Ana Gil y Luis Mora") or inside one ("Ursula von der Berg"), lower case.
#[rustfmt::skip]
const NAME_JOINERS: &[&str] = &[
    "and", "und", "et", "e", "y", "i", "și", "та", "і", "и", "von", "van", "der", "den", "de",
    "di", "da", "del", "della", "du", "la", "le", "dos",
];

/// Whether `p` (lower-cased as `lower`) is a byline. English "By" and a
/// capital is one ("By Jane Doe", "By JANE DOE AND TOM LEE"): no English
/// prose line opens so. Elsewhere: an opener or a label, then names, each
/// capitalised, up to a comma or a bar ("Por Ana Gil | Madrid"). A name
/// after a bare opener is two words or more, as surnames open with the
/// same words ("Di Maio", "De Gaulle") and prose goes on in lower case
/// ("Von der Leyen warnt", "Par ailleurs").
pub(super) fn is_byline(p: &str, lower: &str) -> bool {
    if lower.starts_with("by ") && p[3..].starts_with(char::is_uppercase) {
        return true;
    }
    // The cheap test first: the longest label, "автори:", is 13 bytes.
    const LONGEST: usize = 16;
    let Some(first) = lower.split_whitespace().next() else {
        return false;
    };
    if first.len() > LONGEST {
        return false;
    }
    let mut words = p.split_whitespace().skip(1).peekable();
    // "Auteur : Jean Martin", as French sets its colon.
    let spaced_colon = words.next_if_eq(&":").is_some();
    let label = match first.strip_suffix(':') {
        Some(label) => Some(label),
        None => (spaced_colon || first.contains(':')).then_some(first),
    };
    let labelled = label.is_some_and(|l| BYLINE_LABELS.contains(&l));
    if !labelled && (label.is_some() || !BYLINE_OPENERS.contains(&first)) {
        return false;
    }
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let (mut names, mut last_capitalised) = (0, false);
    for word in words {
        let bare = word.trim_end_matches([',', ';']);
        if bare.is_empty() || bare.starts_with(['|', '(', '/', '-', '–', '—', '•', '·']) {
            break;
        }
        if capitalised(bare) {
            names += 1;
            last_capitalised = true;
        } else if names > 0 && NAME_JOINERS.contains(&bare) {
            last_capitalised = false;
        } else {
            return false;
        }
        if bare.len() < word.len() {
            break;
        }
    }
    last_capitalised && names >= if labelled { 1 } else { 2 }
}

/// A name alone on a line above a line stamping the date, or above the
/// same name again, is an author box's (`Anna Berg⏎Anna Berg⏎3 June 2025
/// 10:31`): a byline without its "By", not a person of the story, whom no
/// pronoun of it may stand for.
pub(super) fn mark_author_lines(text: &str, paragraphs: &mut [Paragraph]) {
    for i in 1..paragraphs.len() {
        let next = &paragraphs[i];
        let line = text[paragraphs[i - 1].range()].trim();
        let stamped = next.kind == ParagraphKind::Dateline || text[next.range()].trim() == line;
        if paragraphs[i - 1].kind == ParagraphKind::Body && stamped && is_bare_name(line) {
            paragraphs[i - 1].kind = ParagraphKind::Dateline;
        }
    }
}

/// Two or three capitalised words of letters and nothing else ("Anna
/// Berg", "Jean-Luc O'Neil"): a name printed alone.
fn is_bare_name(line: &str) -> bool {
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    (2..=3).contains(&line.split_whitespace().count()) && line.split_whitespace().all(name_word)
}
