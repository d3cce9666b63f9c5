//! Datelines: the short lines above or below a story that say where,
//! when or by whom it was written ("KYIV (Reuters) -", "By Jane Doe",
//! "Updated June 3, 2025", "09:15 BST") rather than saying anything.

use super::{byline, credit};
use crate::text::calendar;
use crate::text::marks;
use crate::text::words::{is_word_char, more_words_than};

/// A short line naming a place, date, agency or author rather than saying anything.
pub(super) fn is_dateline(p: &str, lower: &str) -> bool {
    // The cheap test first: most short paragraphs end on a full stop.
    if p.ends_with('.') && !p.ends_with(".m.") {
        return false;
    }
    // A quotation says something: 'On August 15 Berg said: “We will see.”'
    // is prose, however short and dated.
    if p.contains(marks::is_double_style) {
        return false;
    }
    let stamp = stamp_opener(lower);
    if more_words_than(p, 12) {
        // Sites stamp both times on one line ("Published June 3, 2025 at
        // 2:22 p.m. ET | Updated June 3, 2025 at 4:40 p.m. ET"); a date
        // must follow the stamp word then, as prose does not go on
        // ("Published figures for 2025 show …").
        return stamp.is_some_and(dated) && !more_words_than(p, STAMP_MAX_WORDS);
    }
    let has_digit = p.chars().any(|c| c.is_ascii_digit());
    let has_month = lower
        .split(|c: char| !c.is_alphabetic())
        .any(calendar::is_english_month);
    let shouting_place = p
        .split([',', '(', '—', '-', '–'])
        .next()
        .is_some_and(|head| {
            let letters: Vec<char> = head.chars().filter(|c| c.is_alphabetic()).collect();
            letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
        });
    byline::is_byline(p, lower)
        || credit::is_agency_line(p)
        || stamp.is_some()
        || (has_digit && has_month)
        || (shouting_place && !more_words_than(p, 6))
        || is_clock_time(lower)
}

/// The most words of a line stamping when the story was published or
/// updated.
const STAMP_MAX_WORDS: usize = 30;

/// Words opening a line that stamps when the story was published or
/// updated, lower case, in the languages read.
#[rustfmt::skip]
const STAMP_OPENERS: &[&str] = &[
    "updated", "published", "posted", "last modified", "last updated", "aktualisiert",
    "veröffentlicht", "zuletzt aktualisiert", "pubblicato", "aggiornato", "publié", "mis à jour",
    "modifié", "publicado", "actualizado", "atualizado", "publicat", "actualizat",
    "opublikowano", "zaktualizowano", "aktualizacja", "опубликовано", "обновлено",
    "опубліковано", "оновлено",
];

/// What follows a stamp word opening a lower-cased line, as a whole word.
fn stamp_opener(lower: &str) -> Option<&str> {
    STAMP_OPENERS.iter().find_map(|w| {
        lower
            .strip_prefix(w)
            .filter(|rest| !rest.starts_with(is_word_char))
    })
}

/// Whether one of the first two words of `rest` is a date's: a number
/// ("3", "03.06.2025,"), a month or a day ("June", "Jun", "giugno",
/// "Tuesday"); the other may link it ("am", "il", "le", "on").
fn dated(rest: &str) -> bool {
    rest.split_whitespace()
        .take(2)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || calendar::is_english_month(w)
                || calendar::is_time_word(w)
        })
}

/// A line that is only a time of day ("10.31 pm", "09:15 BST"), as live
/// pages print above each post.
pub(crate) fn is_clock_time(lower: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "pt",
        "ist", "msk", "eet", "eest",
    ];
    let mut words = lower.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let (clock, glued) = match first.find(|c: char| c.is_alphabetic()) {
        Some(i) => first.split_at(i),
        None => (first, ""),
    };
    let clock_ok = clock.split_once(['.', ':']).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    let rest: Vec<&str> = (!glued.is_empty())
        .then_some(glued)
        .into_iter()
        .chain(words)
        .collect();
    clock_ok && rest.len() <= 2 && rest.iter().all(|w| SUFFIXES.contains(w))
}
