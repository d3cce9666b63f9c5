//! Full names under Polish (and other Latin-script Slavic) case endings:
//! "Karola Nawrockiego", "Rafała Trzaskowskiego", "Donalda Tuska" are the
//! genitive of "Karol Nawrocki", "Rafał Trzaskowski", "Donald Tusk". The
//! matching key ([`name_key`]) already reduces adjectival surnames
//! (-skiego → -ski); the given name and other surnames keep their ending, so
//! this lists the nominatives a full name may stand for, for merging to
//! look up among the names the corpus writes.

use super::evidence::is_listed_first_name;
use super::lexicon;
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
    // "Marii" → "Maria", "Amelii" → "Amelia": a stem in "-i" keeps it.
    ("ii", "ia"),
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

/// Names of more words than this (given names, surnames and particles) are
/// left as written: the forms of each word multiply.
const MAX_WORDS: usize = 5;

/// The keys ([`name_key`]) of the nominatives the name `name` (two to
/// [`MAX_WORDS`] words) may be an oblique form of, never its own key. A
/// surname word must be oblique (its key or one of its forms differs from
/// how it is written), so "Paula Smith" never stands for "Paul Smith";
/// or, before a surname Polish leaves as written ("Jaira Bolsonaro",
/// "Jaira" for "Jair"), the given name must be one only under its ending,
/// not a given name of the table itself ("Paula", "Luiza" are). Most names
/// end in no case ending: they cost a look-up of their words' endings.
pub(super) fn nominative_keys(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if !(2..=MAX_WORDS).contains(&words.len()) || words.iter().any(|w| is_cyrillic(w)) {
        return Vec::new();
    }
    let ends_oblique = |w: &str| {
        ENDINGS.iter().any(|(ending, _)| w.ends_with(ending))
            || ["ego", "emu", "im"].iter().any(|e| w.ends_with(e))
    };
    let surnames = &words[1..];
    let surname_oblique = surnames
        .iter()
        .any(|w| !lexicon::is_particle(w) && ends_oblique(w));
    let given_oblique = ends_oblique(words[0]) && !is_listed_first_name(words[0]);
    if !surname_oblique && !given_oblique {
        return Vec::new();
    }
    let forms = |w: &str| {
        if lexicon::is_particle(w) {
            vec![name_word_key(w)]
        } else {
            word_forms(w)
        }
    };
    let mut keys: Vec<String> = forms(words[0]);
    for word in surnames {
        let next = forms(word);
        keys = keys
            .iter()
            .flat_map(|k| next.iter().map(move |f| format!("{k} {f}")))
            .collect();
    }
    let own = name_key(name);
    // The surnames as written: only an oblique given name may keep them.
    let written = lower(&surnames.join(" "));
    keys.retain(|k| {
        *k != own && (given_oblique || k.split_once(' ').is_some_and(|(_, rest)| rest != written))
    });
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
        assert!(has("Marii Drabiny", "Maria Drabina"));
    }

    #[test]
    fn longer_names_and_oblique_given_names_find_their_nominative() {
        assert!(has("Jaira Bolsonaro", "Jair Bolsonaro"));
        assert!(has(
            "Luiza Inacio Lulę da Silva",
            "Luiz Inacio Lula da Silva"
        ));
        assert!(has("Karola Tadeusza Nawrockiego", "Karol Tadeusz Nawrocki"));
        // A given name of the table before a surname as written is itself.
        assert!(!has("Paula Bolsonaro", "Paul Bolsonaro"));
        assert!(!has("Anna Maria Smith", "Ann Maria Smith"));
    }

    #[test]
    fn a_surname_as_written_makes_no_oblique_form() {
        assert!(!has("Paula Smith", "Paul Smith"));
        assert!(!has("Karol Nawrocki", "Karol Nawrocki"));
        assert!(nominative_keys("Ивана Петрова").is_empty());
        assert!(nominative_keys("Tusk").is_empty());
    }
}
