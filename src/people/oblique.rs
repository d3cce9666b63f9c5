//! Full names under Polish (and other Latin-script Slavic) case endings:
//! "Karola Nawrockiego", "Rafała Trzaskowskiego", "Donalda Tuska" are the
//! genitive of "Karol Nawrocki", "Rafał Trzaskowski", "Donald Tusk". The
//! matching key ([`name_key`]) already reduces adjectival surnames
//! (-skiego → -ski); the given name and other surnames keep their ending, so
//! this lists the nominatives a full name may stand for, for merging to
//! look up among the names the corpus writes.

use crate::text::fold::lower;
use crate::text::inflection::{name_key, name_word_key};
use crate::text::translit::is_cyrillic;

/// Case endings of Latin-script Slavic names and what the nominative puts in
/// their place: "Karola" → "Karol", "Karolowi" → "Karol", "Dudy" → "Duda",
/// "Małgorzatę" → "Małgorzata".
const ENDINGS: &[(&str, &str)] = &[
    ("owi", ""),
    ("iem", ""),
    ("em", ""),
    ("a", ""),
    ("u", ""),
    ("y", "a"),
    ("ę", "a"),
    ("ą", "a"),
    ("i", "ia"),
];

/// Stems shorter than this keep their ending ("Ana", "Ida").
const MIN_STEM_CHARS: usize = 3;

/// The keys of one word: itself, then each nominative it may be the oblique
/// form of.
fn word_forms(word: &str) -> Vec<String> {
    let key = name_word_key(word);
    let mut forms = vec![key.clone()];
    for (ending, nominative) in ENDINGS {
        if let Some(stem) = key.strip_suffix(ending)
            && stem.chars().count() >= MIN_STEM_CHARS
        {
            forms.push(format!("{stem}{nominative}"));
        }
    }
    forms
}

/// The keys ([`name_key`]) of the nominatives the two-word name `name`
/// may be an oblique form of, never its own key. The surname must be
/// oblique (its key or one of its forms differs from how it is written), so
/// "Paula Smith" never stands for "Paul Smith". Most names end in no case
/// ending: they cost one look-up of their surname's forms.
pub(super) fn nominative_keys(name: &str) -> Vec<String> {
    let mut words = name.split_whitespace();
    let (Some(first), Some(surname), None) = (words.next(), words.next(), words.next()) else {
        return Vec::new();
    };
    // Most surnames end in no case ending: they are told apart as written,
    // without lower-casing or keys.
    let oblique = ENDINGS.iter().any(|(ending, _)| surname.ends_with(ending))
        || ["ego", "emu", "im"].iter().any(|e| surname.ends_with(e));
    if !oblique || is_cyrillic(first) || is_cyrillic(surname) {
        return Vec::new();
    }
    let written = lower(surname);
    let mut surnames = word_forms(surname);
    surnames.retain(|f| *f != written);
    if surnames.is_empty() {
        return Vec::new();
    }
    let firsts = word_forms(first);
    let mut keys = Vec::with_capacity(firsts.len() * surnames.len());
    for f in &firsts {
        for s in &surnames {
            keys.push(format!("{f} {s}"));
        }
    }
    let own = name_key(name);
    keys.retain(|k| *k != own);
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(name: &str, nominative: &str) -> bool {
        nominative_keys(name).contains(&name_key(nominative))
    }

    #[test]
    fn oblique_full_names_find_their_nominative() {
        assert!(has("Karola Nawrockiego", "Karol Nawrocki"));
        assert!(has("Rafała Trzaskowskiego", "Rafał Trzaskowski"));
        assert!(has("Donalda Tuska", "Donald Tusk"));
        assert!(has("Andrzejem Dudą", "Andrzej Duda"));
        assert!(has("Donaldem Tuskiem", "Donald Tusk"));
        assert!(has("Szymona Hołowni", "Szymon Hołownia"));
    }

    #[test]
    fn a_surname_as_written_makes_no_oblique_form() {
        assert!(!has("Paula Smith", "Paul Smith"));
        assert!(!has("Karol Nawrocki", "Karol Nawrocki"));
        assert!(nominative_keys("Ивана Петрова").is_empty());
        assert!(nominative_keys("Tusk").is_empty());
    }
}
