//! Datelines: the short lines above or below a story that say where,
//! when or by whom it was written ("KYIV (Reuters) -", "By Jane Doe",
//! "Updated June 3, 2025", "09:15 BST") rather than saying anything.

use super::{byline, credit};
use crate::text::calendar;
use crate::text::dashes::is_dash;
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
        .is_some_and(shouts);
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

/// What follows a stamp word opening a lower-cased line, as a whole word.
fn stamp_opener(lower: &str) -> Option<&str> {
    calendar::STAMP_OPENERS.iter().find_map(|w| {
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

/// The most bytes a dateline opening a story's first paragraph takes
/// ("Parigi, 25 set. (Adnkronos) - " is 30).
const OPENING_DATELINE_BYTES: usize = 80;

/// The most words of the place and date before an opening dateline's credit
/// or dash ("WASHINGTON, D.C.", "Peking, 03. Sep").
const OPENING_PLACE_WORDS: usize = 4;

/// How many bytes of `p`, a story's first paragraph, its opening dateline
/// takes, the space after it included: "ROME (AP) — ", "Peking, 03. Sep
/// (Reuters) - ", "VALÈNCIA (EP). ", "NEW DELHI: "; 0 when it opens with
/// none. Wire copy runs the dateline into the lede, so the lede's first
/// sentence, read as the story's title, would otherwise be the place.
/// A name before a party's brackets ("Jane Doe (CDU) – …") is no dateline:
/// the place shouts, carries a date, or the brackets name an agency.
pub(super) fn opening_dateline(p: &str) -> usize {
    let mut taken = 0;
    // "NEW YORK: New York, Nov 5 (PTI) In a fiery …" stacks two.
    for _ in 0..2 {
        let rest = &p[taken..];
        let len = credited_place(rest)
            .or_else(|| shouted_place(rest))
            .unwrap_or(0);
        if len == 0 {
            break;
        }
        taken += len;
    }
    taken
}

/// A place (and date) and a credit in brackets, then a stop, colon or
/// spaced dash: "Naciones Unidas. (AFP) – ", "VALÈNCIA (EP). ".
fn credited_place(p: &str) -> Option<usize> {
    let window = &p[..crate::text::floor_char_boundary(p, OPENING_DATELINE_BYTES)];
    let open = window.find('(')?;
    let close = open + window[open..].find(')')?;
    let (place, credit) = (window[..open].trim_end(), &window[open + 1..close]);
    let place_words = place.split_whitespace().count();
    let credit_words: Vec<&str> = credit.split_whitespace().collect();
    let agency = credit_words.iter().any(|w| credit::is_agency(w));
    let dated = place
        .split_once(',')
        .is_some_and(|(_, date)| date.chars().any(|c| c.is_ascii_digit()));
    let credit_shaped = (1..=3).contains(&credit_words.len())
        && !credit.chars().any(|c| c.is_ascii_digit())
        && (agency || credit.starts_with(char::is_uppercase));
    let placed = match place_words {
        // "(Adnkronos) – «…»": the credit alone opens the story.
        0 => agency || credit_words.len() == 1,
        n => n <= OPENING_PLACE_WORDS && (agency || dated || shouts(place)),
    };
    if !(credit_shaped && placed) {
        return None;
    }
    let after = p[close + 1..].trim_start_matches(['.', ':']);
    let spaced = after.trim_start();
    let spaced = spaced.strip_prefix(is_dash).map_or(spaced, str::trim_start);
    (spaced.len() < after.len() && !spaced.is_empty()).then(|| p.len() - spaced.len())
}

/// A shouted place before a spaced dash or a colon: "NEW YORK — ",
/// "WASHINGTON, D.C. - ", "NEW DELHI: ".
fn shouted_place(p: &str) -> Option<usize> {
    let window = &p[..crate::text::floor_char_boundary(p, OPENING_DATELINE_BYTES)];
    let (at, sep) = window
        .match_indices([' ', ':'])
        .find(|&(i, s)| s == ":" || window[i + 1..].starts_with(is_dash))?;
    let place = &window[..at];
    let after = &p[at + sep.len()..];
    let after = after.trim_start().strip_prefix(is_dash).unwrap_or(after);
    let rest = after.trim_start();
    let fits = place.split_whitespace().count() <= OPENING_PLACE_WORDS;
    (fits && shouts(place) && rest.len() < after.len() && !rest.is_empty())
        .then(|| p.len() - rest.len())
}

/// Whether `place` is written in capitals: three letters or more, no
/// lower-case one ("VALÈNCIA", "WASHINGTON, D.C.").
fn shouts(place: &str) -> bool {
    let letters = || place.chars().filter(|c| c.is_alphabetic());
    letters().count() >= 3 && letters().all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::opening_dateline;

    fn after(p: &str) -> &str {
        &p[opening_dateline(p)..]
    }

    #[test]
    fn an_opening_dateline_is_read_past() {
        assert_eq!(after("OSLO (Reuters) — Anna Berg said"), "Anna Berg said");
        assert_eq!(
            after("Lisboa, 4 out. (Lusa) - \"Nada\", disse"),
            "\"Nada\", disse"
        );
        assert_eq!(after("Nordland. (AFP) – Anna Berg dijo"), "Anna Berg dijo");
        assert_eq!(after("TROMSØ (EP). El ministro"), "El ministro");
        assert_eq!(after("Kiel, 03. Mai (dpa) - Der Kanzler"), "Der Kanzler");
        assert_eq!(after("NEW HAVEN, CT. - The mayor"), "The mayor");
        assert_eq!(
            after("NEW HAVEN: New Haven, May 5 (PTI) The mayor"),
            "The mayor"
        );
        assert_eq!(
            after("(Nordpress) – «Mai più», ha detto"),
            "«Mai più», ha detto"
        );
    }

    #[test]
    fn names_and_prose_are_no_dateline() {
        for p in [
            "Anna Berg (CDU) – die neue Ministerin – sagte",
            "The mayor (pictured) – who won – said",
            "Oslo: the mayor said",
            "NATO said on Monday",
            "OSLO",
            "Anna Berg said (AFP)",
        ] {
            assert_eq!(opening_dateline(p), 0, "{p}");
        }
    }
}
