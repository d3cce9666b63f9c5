//! Evidence that a merged name is a person. Two capitalised words are not
//! one by themselves: headlines ("Lap Dogs", "Loyalists Praised") and
//! adjective–noun pairs ("Different Nordic") look the same. A person needs
//! one of: a role title on some mention ("Chancellor Friedrich Merz"), a
//! full spelling whose first word is a given name of the first-name table
//! (`assets/first_names.txt`, in either script), or a mention that is the
//! subject of a speech verb ("Kvaratskhelia said", "— сказал Навроцкий").
//! A spelling seen once with evidence carries every mention merged with it.

use std::ops::Range;
use std::sync::LazyLock;

use super::Person;
use super::lexicon;
use super::person::number_in_mention_order;
use crate::corpus::Corpus;
use crate::fast_hash::FastSet;
use crate::text::speech;
use crate::text::translit::loose_key;
use crate::text::words::is_word_char;

/// Given names by their loose key (transliterated, without diacritics), so
/// "Jürgen", "Jurgen" and "Юрген" find one entry. Built once.
static FIRST_NAMES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    include_str!("../../assets/first_names.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(loose_key)
        .filter(|key| !key.is_empty())
        .collect()
});

/// Case endings of given names in the Slavic languages ("Karola", "Karolem",
/// "Donalda", "Małgorzaty", "Владимира"), as loose keys, and what the
/// nominative puts in their place: nothing, or the feminine "a".
const CASE_ENDINGS: &[(&str, &str)] = &[
    ("em", ""),
    ("om", ""),
    ("ovi", ""),
    ("ie", ""),
    ("a", ""),
    ("u", ""),
    ("e", ""),
    ("i", "a"),
    ("e", "a"),
    ("u", "a"),
    ("oi", "a"),
];

/// Whether `word` is a given name of the table, in any script or spelling,
/// or one under a Slavic case ending.
pub(crate) fn is_first_name(word: &str) -> bool {
    let key = loose_key(word);
    FIRST_NAMES.contains(&key)
        || CASE_ENDINGS.iter().any(|(ending, nominative)| {
            key.strip_suffix(ending).is_some_and(|stem| {
                stem.chars().count() >= 3 && FIRST_NAMES.contains(&format!("{stem}{nominative}"))
            })
        })
}

/// Drops the people without evidence and numbers the rest in mention order.
pub(super) fn keep_people_with_evidence(corpus: &Corpus, people: &mut Vec<Person>) {
    let before = people.len();
    people.retain(|p| has_evidence(corpus, p));
    if people.len() != before {
        number_in_mention_order(people);
    }
}

fn has_evidence(corpus: &Corpus, person: &Person) -> bool {
    !person.roles.is_empty()
        || std::iter::once(&person.name)
            .chain(&person.variants)
            .any(|v| starts_with_first_name(v))
        || person.mentions.iter().any(|m| {
            corpus
                .articles
                .get(m.source.index())
                .is_some_and(|a| speaks(&a.text, m.range()))
        })
}

/// A spelling of two or more name words whose first is a given name.
fn starts_with_first_name(spelling: &str) -> bool {
    let mut words = spelling
        .split_whitespace()
        .filter(|w| !lexicon::is_particle(w));
    match (words.next(), words.next()) {
        (Some(first), Some(_)) => is_first_name(first),
        _ => false,
    }
}

/// Whether the name at `name` is the subject of a speech verb: the word
/// after it ("Merz said", "Doué, 19, told") or before it ("said Merz",
/// "— заявил Зеленский", "according to Merz" in one word: "laut Merz").
fn speaks(text: &str, name: Range<usize>) -> bool {
    let (Some(before), Some(after)) = (text.get(..name.start), text.get(name.end..)) else {
        return false;
    };
    let next = after
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
        .split(|c: char| !is_word_char(c))
        .next()
        .unwrap_or_default();
    let previous = before
        .trim_end()
        .rsplit(|c: char| !is_word_char(c))
        .next()
        .unwrap_or_default();
    speech::is_speech_verb(next)
        || speech::is_speech_verb(previous)
        || speech::is_according(previous)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_are_found_in_any_spelling_or_script() {
        for name in [
            "Jürgen",
            "Jurgen",
            "KAROL",
            "Nicușor",
            "Владимир",
            "Volodymyr",
            "Karolem",
            "Małgorzaty",
            "Владимира",
        ] {
            assert!(is_first_name(name), "{name}");
        }
        for word in ["Lap", "Loyalists", "Allianz", "Different", "Breaking", ""] {
            assert!(!is_first_name(word), "{word}");
        }
    }

    #[test]
    fn a_spelling_needs_a_given_name_and_more() {
        assert!(starts_with_first_name("Ursula von der Leyen"));
        assert!(starts_with_first_name("Rafał Trzaskowski"));
        assert!(!starts_with_first_name("Karol"), "a first name alone");
        assert!(!starts_with_first_name("Lap Dogs"));
    }

    #[test]
    fn a_speech_verb_next_to_the_name_makes_it_a_speaker() {
        let at = |text: &str, name: &str| {
            let start = text.find(name).unwrap();
            speaks(text, start..start + name.len())
        };
        assert!(at("Neymar said it was over.", "Neymar"));
        assert!(at("“It is over,” said Lula.", "Lula"));
        assert!(at("«Всё», — заявил Песков.", "Песков"));
        assert!(at("Laut Merz ist das so.", "Merz"));
        assert!(!at("Lap Dogs bark at the court.", "Lap Dogs"));
        assert!(!at("Blue Screen", "Blue Screen"));
    }
}
