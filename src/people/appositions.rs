//! Appositions that describe a name as a person's: an age ("Doué, 19,"),
//! a relative clause ("Cohen, who paid"), or a role phrase closing after
//! the comma ("Al Khelaifi, el presidente del PSG,").

use std::ops::Range;

use super::lexicon;
use crate::text::fold::with_lower;
use crate::text::roles;
use crate::text::speech;
use crate::text::words::{bare_words, tokens_at};

/// Words an apposition may put after its role noun: prepositions and
/// articles before the body the role belongs to ("the president of PSG",
/// "el presidente del PSG", "le président du PSG").
#[rustfmt::skip]
const APPOSITION_LINKS: &[&str] = &[
    "of", "at", "for", "the", "del", "de", "du", "des", "di", "della", "dello", "do", "da", "dos",
    "das", "der", "la", "le", "el", "al", "w", "z", "al", "lui",
];

/// Articles and possessives that may open an apposition's role phrase.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "former", "el", "la", "le", "il", "lo", "l",
    "o", "os", "un", "una", "une", "um", "uma", "der", "die", "das", "ein", "eine", "fostul",
    "ex", "then", "longtime", "current", "new",
];

/// Words of an apposition read as a role phrase wherever its role noun
/// stands among its first four words.
const SHORT_APPOSITION_WORDS: usize = 6;

/// Words of the longest apposition read as a role phrase: one its role
/// opens and a comma closes.
const LONG_APPOSITION_WORDS: usize = 12;

/// Whether an apposition describes the name at `name`: an age ("Doué, 19,
/// told"), a relative clause about a person ("Cohen, who paid"), or a role
/// noun closing the phrase after the comma, maybe with the body it belongs
/// to ("Al Khelaifi, el presidente del club,"; "Lijnders, Klopp's assistant").
/// A clause that goes on after its role noun ("…, the president said") is
/// no apposition.
pub(super) fn described(text: &str, name: Range<usize>) -> bool {
    let Some(rest) = text
        .get(name.end..)
        .and_then(|after| after.strip_prefix(','))
    else {
        return false;
    };
    let rest = rest.trim_start_matches(' ');
    let end = rest
        .find([',', '.', ';', ':', '(', ')', '!', '?', '\n'])
        .unwrap_or(rest.len());
    let words: Vec<&str> = bare_words(&rest[..end])
        .take(LONG_APPOSITION_WORDS + 1)
        .collect();
    let closed = rest[end..].starts_with(',');
    // A long phrase is a role phrase only when the role opens it and a
    // comma closes it ("Ann Roe, head of the far-left Green Dawn group in
    // the city council, accused"); anything else that long is a clause.
    let long = words.len() > SHORT_APPOSITION_WORDS;
    match words[..] {
        [age] if closed => (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit()),
        ["who" | "quien" | "quem", ..] => true,
        _ if long && (!closed || words.len() > LONG_APPOSITION_WORDS) => false,
        // A role phrase followed by a name introduces that name ("Após a
        // votação para o Parlamento Europeu, o presidente da França, Emmanuel
        // Macron, anunciou"): it describes what comes after it.
        _ if introduces_next_name(&rest[end..]) => false,
        _ => words
            .iter()
            .enumerate()
            .take(if long { 2 } else { 4 })
            .any(|(i, w)| {
                // Only an article, a possessor or a body may open the phrase
                // ("the PSG president", "Klopp's assistant", "el presidente"):
                // a preposition or verb makes it a clause of its own ("La
                // Germania, attraverso il cancelliere").
                let opens = words[..i].first().is_none_or(|w| {
                    DETERMINERS.contains(w)
                        || w.ends_with("'s")
                        || w.ends_with("’s")
                        || w.chars().next().is_some_and(char::is_uppercase)
                });
                // Nothing, or the body the role belongs to, may follow the role.
                let closes = match words[i + 1..] {
                    [] => true,
                    [next, ref more @ ..] => {
                        (APPOSITION_LINKS.contains(&next)
                            || next.chars().next().is_some_and(char::is_uppercase))
                            && !more.iter().any(|w| speech::is_speech_verb(w))
                    }
                };
                opens && closes && is_role_noun(w)
            }),
    }
}

/// Whether the text after an apposition's phrase goes on with a comma and a
/// capitalised word: a name the phrase stands before.
fn introduces_next_name(after_phrase: &str) -> bool {
    after_phrase
        .strip_prefix(',')
        .map(|rest| rest.trim_start_matches(' '))
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase)
}

/// A role noun written in lower case ("president", "presidente", "coach").
fn is_role_noun(word: &str) -> bool {
    let possessor = word.strip_suffix("'s").or(word.strip_suffix("’s"));
    word.chars().next().is_some_and(char::is_lowercase)
        && possessor.is_none()
        && (roles::role_of(word).is_some()
            || lexicon::exact(word) & (lexicon::LOWER_ROLE | lexicon::ROLE_HEAD) != 0)
}

/// A role with the body it belongs to set off by commas beside a name:
/// after it ("Ann Roe, leader of the Green Dawn, said", "Ann Roe, the party
/// leader of the far-right Sons of Liguria.") or before it ("the leader of
/// Green Dawn, Ann Roe, said"). The role's text, from its first word after
/// the article to the body's last word; `None` without such a role.
/// Only a role with a body: a bare role noun after a name is read by
/// [`described`] and titles no one.
pub(super) fn apposed_role(text: &str, name: Range<usize>) -> Option<Range<usize>> {
    role_after(text, name.end).or_else(|| role_before(text, name.start))
}

/// Words an apposition's role phrase may open with before its noun ("the
/// *deputy* leader of …"): an article and a few modifiers.
const ROLE_LEAD_WORDS: usize = 3;

/// "Ann Roe, leader of the Green Dawn,": see [`apposed_role`].
fn role_after(text: &str, end: usize) -> Option<Range<usize>> {
    let start = end + ", ".len();
    let rest = text.get(end..)?.strip_prefix(", ")?;
    let mut role_start = None;
    for (at, token) in tokens_at(rest).take(ROLE_LEAD_WORDS + 1) {
        if !token.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        if role_start.is_none() && at == 0 && DETERMINERS.contains(&token) && token != "former" {
            continue;
        }
        let first = *role_start.get_or_insert(at);
        if is_role_noun(token) {
            let noun_end = at + token.len();
            let body_end = leads_body(token, &rest[noun_end..])?;
            let after = &rest[noun_end + body_end..];
            let closes = after.is_empty() || after.starts_with([',', '.', ';', ')', '—', '–']);
            // "…, the leader of Green Dawn, Ann Roe": it introduces her.
            return (closes && !introduces_next_name(after))
                .then_some(start + first..start + noun_end + body_end);
        }
        if !token.starts_with(char::is_lowercase) {
            return None;
        }
    }
    None
}

/// Where the body ends in `rest` when `noun` leads or heads it and `rest`
/// names it ("leader *of Green Dawn*"): a party, union or firm, which
/// tells one leader from another. Other roles with a body ("presidente de
/// Francia", "esposa de Napoleão") are titled before names, and a country
/// ("leader of Italy", not "of Brothers of Italy") is whoever leads it.
fn leads_body(noun: &str, rest: &str) -> Option<usize> {
    if !matches!(roles::role_of(noun), Some("leader" | "head")) {
        return None;
    }
    let (body, end) = roles::body_after_role(rest)?;
    let country = |w: &str| with_lower(w, |w| roles::country_of(w).is_some());
    (!body.iter().all(|w| country(w))).then_some(end)
}

/// How far back before a name [`role_before`] looks for the role's noun.
const ROLE_BEFORE_BYTES: usize = 100;

/// "the leader of Green Dawn, Ann Roe,": see [`apposed_role`]. The body
/// must run right up to the comma before the name.
fn role_before(text: &str, start: usize) -> Option<Range<usize>> {
    let before = text.get(..start)?.strip_suffix(", ")?;
    let from =
        crate::text::floor_char_boundary(before, before.len().saturating_sub(ROLE_BEFORE_BYTES));
    let window = &before[from..];
    tokens_at(window)
        .filter(|(_, t)| is_role_noun(t))
        .find_map(|(at, noun)| {
            let noun_end = at + noun.len();
            let body_end = leads_body(noun, &window[noun_end..])?;
            (noun_end + body_end == window.len()).then_some(from + at..before.len())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_apposition_with_an_age_a_role_or_who_describes_a_person() {
        let at = |text: &str, name: &str| {
            let start = text.find(name).unwrap();
            described(text, start..start + name.len())
        };
        assert!(at(
            "Nasser Al-Khelaifi, the PSG president, said",
            "Al-Khelaifi"
        ));
        assert!(at(
            "entró Al Khelaifi, el presidente del PSG, para",
            "Al Khelaifi"
        ));
        assert!(at("Pepijn Lijnders, Klopp's assistant.", "Pepijn Lijnders"));
        assert!(at("Désiré Doué, 19, scored twice.", "Désiré Doué"));
        assert!(at(
            "Michael Cohen, who paid her, testified.",
            "Michael Cohen"
        ));
        assert!(!at(
            "On Capitol Hill, the president said so.",
            "Capitol Hill"
        ));
        assert!(!at("Hakimi, Donnarumma and others.", "Hakimi"));
        assert!(
            !at("Lap Dogs, 2024, a film.", "Lap Dogs"),
            "a year is no age"
        );
        assert!(!at("Blue Screen, the president's fault", "Blue Screen"));
        assert!(!at(
            "La Germania, attraverso il cancelliere Merz",
            "La Germania"
        ));
        assert!(at(
            "Zorbek Traventi, the club president, left",
            "Zorbek Traventi"
        ));
        // A long role phrase: the role opens it and a comma closes it.
        assert!(at(
            "While Zorbek Traventi, head of the far-left Green Dawn group in the council, objected",
            "Zorbek Traventi"
        ));
        assert!(!at(
            "While Zorbek Traventi, head of the far-left Green Dawn group in the council objected.",
            "Zorbek Traventi"
        ));
        assert!(!at(
            "On Blue Screen, many of the staff and the head of the firm in the city met.",
            "Blue Screen"
        ));
        assert!(!at("Blue Screen", "Blue Screen"));
        fn role<'t>(text: &'t str, name: &str) -> Option<&'t str> {
            let start = text.find(name).unwrap();
            apposed_role(text, start..start + name.len()).map(|r| &text[r])
        }
        assert_eq!(
            role(
                "Ann Roe, the party leader of the Green Dawn, said",
                "Ann Roe"
            ),
            Some("party leader of the Green Dawn")
        );
        assert_eq!(
            role(
                "met the leader of Green Dawn, Ann Roe, on Monday",
                "Ann Roe"
            ),
            Some("leader of Green Dawn")
        );
        assert_eq!(role("Ann Roe, the party leader, said", "Ann Roe"), None);
        assert_eq!(
            role("Ann Roe, leader of the Green Dawn and others", "Ann Roe"),
            None
        );
        assert!(
            !at(
                "para o Parlamento Europeu, o presidente da França, Emmanuel Macron, anunciou",
                "Parlamento Europeu"
            ),
            "the role phrase stands before the next name"
        );
    }
}
