//! One person across scripts: a person named in Cyrillic (Мерц, Зеленский)
//! joins the person the corpus names in Latin letters when one of their
//! surnames agree under [`loose_key`], so a Russian article's quotes and an
//! English one's share a speaker. A surname is shared within a family
//! ("Марта Навроцька" is the wife of "Karol Nawrocki"): of the people with
//! the surname, one whose given name agrees is preferred. Given names are
//! only compared, never required to agree: romanisations of one given name
//! differ too much ("Джордже" / "George", "Владимир" / "Volodymyr").

use super::Person;
use super::lexicon;
use super::person::absorb_people;
use super::surnames::similar_surnames;
use crate::fast_hash::FastMap;
use crate::text::inflection::name_word_key;
use crate::text::translit::{is_cyrillic, is_cyrillic_letter, loose_key};

/// The loose keys of one word of each of a person's spellings (`word`
/// picks it, or none), as written and without its case ending
/// ("Зеленского" → "зеленск"), of at least `min_chars` characters.
fn name_word_keys(
    p: &Person,
    word: impl Fn(&str) -> Option<&str>,
    min_chars: usize,
) -> Vec<Vec<char>> {
    let mut keys: Vec<Vec<char>> = std::iter::once(&p.name)
        .chain(&p.variants)
        .filter_map(|v| word(v))
        .flat_map(|w| [loose_key(w), loose_key(&name_word_key(w))])
        .map(|k| k.chars().collect())
        .filter(|k: &Vec<char>| k.len() >= min_chars)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The loose keys of a person's surnames (the last word of each spelling).
fn surname_keys(p: &Person) -> Vec<Vec<char>> {
    name_word_keys(p, |v| v.split_whitespace().last(), 3)
}

/// The loose keys of a Cyrillic-named person's surnames read with the
/// hard vowel for each iotated one after a consonant
/// ([`hard_vowel_spelling`]), where that reading differs.
fn hard_vowel_surname_keys(p: &Person) -> Vec<Vec<char>> {
    std::iter::once(&p.name)
        .chain(&p.variants)
        .filter_map(|v| v.split_whitespace().last())
        .filter_map(hard_vowel_spelling)
        .flat_map(|w| [loose_key(&w), loose_key(&name_word_key(&w))])
        .map(|k| k.chars().collect::<Vec<char>>())
        .filter(|k| k.len() >= 3)
        .collect()
}

/// A Cyrillic word with "ю", "я" and "ё" after a consonant written as "у",
/// "а" and "о": Russian and Ukrainian copy writes a foreign "u" or "ü", "a"
/// and "o" after a soft consonant so ("Рютте" for "Rutte", "Дюма" for
/// "Dumas", "Люнд" for "Lund"), where the key reads "yu", "ya" and "yo".
/// `None` when no such letter is in the word.
fn hard_vowel_spelling(word: &str) -> Option<String> {
    let soft_sign = |c: char| matches!(c, 'ь' | 'ъ' | 'й' | 'Ь' | 'Ъ' | 'Й');
    let vowel = |c: char| "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ".contains(c);
    let consonant = |c: char| is_cyrillic_letter(c) && !vowel(c) && !soft_sign(c);
    let mut out = String::with_capacity(word.len());
    let mut changed = false;
    let mut before = None;
    for c in word.chars() {
        let hard = match c {
            'ю' => 'у',
            'я' => 'а',
            'ё' => 'о',
            'Ю' => 'У',
            'Я' => 'А',
            'Ё' => 'О',
            c => c,
        };
        if hard != c && before.is_some_and(consonant) {
            out.push(hard);
            changed = true;
        } else {
            out.push(c);
        }
        before = Some(c);
    }
    changed.then_some(out)
}

/// The loose keys of the words between the given name and the last word
/// of a person's spellings of three words or more, particles aside: the
/// surname a transcription may keep alone where the Latin spelling has
/// several ("Луис Инасиу Лула" for "Luiz Inácio Lula da Silva"). Of each
/// spelling, its inner words: a closure picks one word, so each position.
fn inner_name_keys(p: &Person) -> Vec<Vec<char>> {
    (1..MAX_INNER)
        .flat_map(|at| {
            name_word_keys(
                p,
                move |v| {
                    let words: Vec<&str> = v.split_whitespace().collect();
                    (at + 1 < words.len())
                        .then(|| words[at])
                        .filter(|w| !lexicon::is_particle(w))
                },
                3,
            )
        })
        .collect()
}

/// Inner words of a spelling past this position are not looked at.
const MAX_INNER: usize = 4;

/// The loose keys of a Latin-named person's surnames as Russian and
/// Ukrainian copy transcribes their German spelling
/// ([`as_cyrillic_writes_german`]), where that reading differs.
fn german_surname_keys(p: &Person) -> Vec<Vec<char>> {
    std::iter::once(&p.name)
        .chain(&p.variants)
        .filter_map(|v| v.split_whitespace().last())
        .filter_map(as_cyrillic_writes_german)
        .map(|s| loose_key(&s).chars().collect::<Vec<char>>())
        .filter(|k| k.len() >= 3)
        .collect()
}

/// A Latin surname in Latin letters as Cyrillic copy writes its German
/// sounds, which no letter-by-letter key meets: "sch" as Ш and an opening
/// "sp", "st" as Шп, Шт ("Spahn" / "Шпан"), an opening "s" before a vowel
/// as З, "ch" as Х, "ü" as Ю ("Müller" / "Мюллер"), "ä" and "ae" as Е
/// ("Baerbock" / "Бербок"), "ei" as Ай, "eu" and "äu" as Ой, "ie" as И,
/// and a "h" that lengthens a vowel not at all. `None` when nothing changes.
fn as_cyrillic_writes_german(surname: &str) -> Option<String> {
    let lower = surname.to_lowercase();
    let mut s = lower
        .replace("sch", "sh")
        .replace("ck", "k")
        .replace('ß', "ss");
    for (opening, as_written) in [("sp", "shp"), ("st", "sht")] {
        if let Some(rest) = s.strip_prefix(opening) {
            s = format!("{as_written}{rest}");
        }
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'ü');
    if s.starts_with('s') && s.chars().nth(1).is_some_and(vowel) {
        s.replace_range(..1, "z");
    }
    s = s
        .replace("äu", "oi")
        .replace("eu", "oi")
        .replace("ei", "ai")
        .replace("ie", "i")
        .replace("ae", "e")
        .replace(['ä', 'ö'], "e")
        .replace('ü', "yu");
    // An "h" after a vowel and before a consonant or the end is mute
    // ("Spahn", "Kohl"); that of "sh" and "ch" follows a consonant.
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let mute = c == 'h'
            && i > 0
            && vowel(chars[i - 1])
            && chars.get(i + 1).is_none_or(|&next| !vowel(next));
        if !mute {
            out.push(c);
        }
    }
    let out = out.replace("ch", "kh");
    (out != lower).then_some(out)
}

/// The loose keys of a person's given names: the first word of each
/// spelling of two or more words ("Кароля" → "karol").
fn given_name_keys(p: &Person) -> Vec<Vec<char>> {
    fn first_of_several(spelling: &str) -> Option<&str> {
        let mut words = spelling.split_whitespace();
        let first = words.next()?;
        words.next().map(|_| first)
    }
    name_word_keys(p, first_of_several, 2)
}

/// The first two letters of a given name's key, which romanisations agree
/// on ("Фридрих" / "Friedrich"), past the "i" some write for a Cyrillic
/// iotated vowel ("Евгений" as "Yevgeny").
fn given_name_head(key: &[char]) -> &[char] {
    let is_vowel = |c: &char| matches!(c, 'a' | 'e' | 'o' | 'u');
    let key = match key {
        ['i', next, ..] if is_vowel(next) => &key[1..],
        _ => key,
    };
    &key[..key.len().min(2)]
}

/// Whether two people named in full by different given names ("Марта" and
/// "Karol") are two people; one named by a surname alone conflicts with
/// nobody.
fn given_names_differ(a: &[Vec<char>], b: &[Vec<char>]) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && !a
            .iter()
            .any(|x| b.iter().any(|y| given_name_head(x) == given_name_head(y)))
}

/// Whether two people are both named in full, by given names that agree.
fn given_names_agree(a: &[Vec<char>], b: &[Vec<char>]) -> bool {
    !a.is_empty() && !b.is_empty() && !given_names_differ(a, b)
}

/// Merges each Cyrillic-named person into the Latin-named person with a
/// matching surname, one whose given name agrees first, then the most
/// mentioned, then renumbers people in order of first
/// mention. Corpora without Cyrillic names are left as they are.
pub(super) fn merge_across_scripts(people: &mut Vec<Person>) {
    if !people.iter().any(|p| is_cyrillic(&p.name)) {
        return;
    }
    // Latin people by the blocking key of surname keys (first two letters);
    // an inner word of the name ([`inner_name_keys`]) is marked so, and
    // meets a Cyrillic surname only under a given name that agrees.
    let mut latin: FastMap<String, Vec<(Vec<char>, usize, bool)>> = FastMap::default();
    for (i, p) in people.iter().enumerate() {
        if is_cyrillic(&p.name) {
            continue;
        }
        let last = surname_keys(p).into_iter().chain(german_surname_keys(p));
        let inner = inner_name_keys(p).into_iter().map(|k| (k, true));
        for (key, inner) in last.map(|k| (k, false)).chain(inner) {
            latin
                .entry(key.iter().take(2).collect())
                .or_default()
                .push((key, i, inner));
        }
    }
    let given: Vec<Vec<Vec<char>>> = people.iter().map(given_name_keys).collect();
    let mut into: Vec<Option<usize>> = vec![None; people.len()];
    for (i, p) in people.iter().enumerate() {
        if !is_cyrillic(&p.name) {
            continue;
        }
        let given = &given;
        let mut keys = surname_keys(p);
        keys.extend(hard_vowel_surname_keys(p));
        let target = keys
            .iter()
            .flat_map(|key| {
                let block: String = key.iter().take(2).collect();
                latin
                    .get(&block)
                    .into_iter()
                    .flatten()
                    .filter(move |(other, j, inner)| {
                        similar_surnames(other, key)
                            && (!inner || given_names_agree(&given[i], &given[*j]))
                    })
                    .map(|(_, j, _)| *j)
            })
            .max_by_key(|&j| {
                (
                    !given_names_differ(&given[i], &given[j]),
                    people[j].mentions.len(),
                    std::cmp::Reverse(j),
                )
            });
        into[i] = target;
    }
    absorb_people(people, &into);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, variants: &[&str], mentions: usize) -> Person {
        let mut p = Person::named(name, variants);
        let span = crate::ids::Span::new(crate::ids::SourceId::new(0), 0..1);
        p.mentions = vec![span; mentions];
        p
    }

    #[test]
    fn a_german_surname_joins_its_cyrillic_transcription() {
        let mut people = vec![
            person("Karl Spohn", &["Spohn"], 3),
            person("Greta Wühler", &[], 2),
            person("Jonas Haerbeck", &[], 2),
            person("Lena Steinhauer", &[], 2),
            person("Карл Шпон", &["Шпон"], 1),
            person("Грета Вюлер", &[], 1),
            person("Йонас Хербек", &[], 1),
            person("Лена Штайнхауэр", &[], 1),
            person("Ирина Шпак", &[], 1),
        ];
        merge_across_scripts(&mut people);
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Karl Spohn",
                "Greta Wühler",
                "Jonas Haerbeck",
                "Lena Steinhauer",
                "Ирина Шпак"
            ]
        );
    }

    #[test]
    fn a_relative_sharing_the_surname_joins_the_one_with_her_given_name() {
        let mut people = vec![
            person("Pavel Sokolov", &["Sokolov"], 5),
            person("Irina Sokolova", &[], 1),
            person("Павел Соколов", &["Соколов"], 2),
            person("Ирина Соколова", &[], 1),
            person("Евгений Орлов", &[], 1),
            person("Yevgeny Orlov", &[], 3),
        ];
        merge_across_scripts(&mut people);
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Pavel Sokolov", "Irina Sokolova", "Yevgeny Orlov"]);
        let variants = |i: usize| people[i].variants.join(" | ");
        assert!(variants(0).contains("Павел Соколов"), "{}", variants(0));
        assert!(!variants(0).contains("Ирина"), "{}", variants(0));
        assert!(variants(1).contains("Ирина Соколова"), "{}", variants(1));
        assert!(variants(2).contains("Евгений Орлов"), "{}", variants(2));
    }

    #[test]
    fn a_transcription_keeping_one_of_several_surnames_joins_the_full_name() {
        let mut people = vec![
            person("Mateus Amaral Teles da Costa", &[], 4),
            person("Матеус Амарал", &["Амарал"], 1),
            // An inner word is no surname of someone named otherwise.
            person("Ирина Амарал", &[], 1),
        ];
        merge_across_scripts(&mut people);
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Mateus Amaral Teles da Costa", "Ирина Амарал"]);
    }

    #[test]
    fn a_soft_vowel_after_a_consonant_meets_the_latin_vowel() {
        // "Хютте" keys as "hiute", "Hutte" as "hute": Cyrillic copy writes a
        // foreign "u" after a consonant as "ю", "a" as "я".
        let mut people = vec![
            person("Pieter Hutte", &["Hutte"], 3),
            person("Claude Lumas", &[], 2),
            person("Питер Хютте", &["Хютте"], 1),
            person("Клод Люма", &[], 1),
            person("Ирина Юркова", &[], 1),
        ];
        merge_across_scripts(&mut people);
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Pieter Hutte", "Claude Lumas", "Ирина Юркова"]);
    }
}
