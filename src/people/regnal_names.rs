//! One pope or monarch across languages: "Pope Leo XIV", "Papa Leone XIV",
//! "el papa León XIV", "Papst Leo XIV" and "Папа Лев XIV" are one person.
//! A regnal name is translated, not transliterated, so no spelling rule
//! joins them; the given names popes and monarchs take are a short closed
//! list, which this module holds in the nine languages read.
//!
//! Two regnal people join when their given names translate to the same
//! words, their titles are of one kind (a pope never joins a king) and
//! their numerals agree. A person without a numeral joins only when one
//! numeral is named for that name.

use super::Person;
use super::person::absorb_people;
use super::regnal;
use crate::fast_hash::FastMap;
use crate::text::fold::lower;

/// Given names of popes, patriarchs and monarchs in their translations,
/// lower case; the first of each row stands for the row.
#[rustfmt::skip]
const GIVEN_NAMES: &[&[&str]] = &[
    &["francis", "francesco", "francisco", "françois", "franziskus", "franciszek", "francisc",
      "франциск"],
    &["leo", "leone", "león", "léon", "leão", "leon", "лев"],
    &["benedict", "benedetto", "benedicto", "benoît", "benedikt", "benedykt", "bento",
      "бенедикт"],
    &["john", "giovanni", "juan", "jean", "johannes", "jan", "joão", "ioan", "иоанн", "іоанн"],
    &["paul", "paolo", "pablo", "paulo", "paweł", "павел", "павло"],
    &["pius", "pio", "pie", "пий"],
    &["gregory", "gregorio", "grégoire", "gregor", "grzegorz", "grigore", "григорий"],
    &["charles", "carlo", "carlos", "karl", "karol", "carol", "карл"],
    &["william", "guglielmo", "guillermo", "guillaume", "wilhelm", "вильгельм"],
    &["elizabeth", "elisabetta", "isabel", "élisabeth", "elisabeth", "elżbieta", "elisabeta",
      "елизавета", "єлизавета"],
    &["philip", "filippo", "felipe", "philippe", "philipp", "filip", "филипп"],
    &["frederik", "frederick", "federico", "frédéric", "friedrich", "fryderyk"],
    &["napoleon", "napoléon", "napoleón", "napoleone", "napoleão", "наполеон"],
    &["kirill", "cyril", "cirillo", "cirilo", "cyrille", "kyrill", "cyryl", "кирилл", "кирило"],
    &["bartholomew", "bartolomeo", "bartolomé", "barthélemy", "bartholomäus", "bartłomiej",
      "варфоломей"],
];

/// Regnal titles by kind, lower case; the first of each row names the kind.
#[rustfmt::skip]
const TITLE_KINDS: &[&[&str]] = &[
    &["pope", "papa", "pape", "papst", "papież", "pontefice", "папа"],
    &["king", "re", "rey", "roi", "könig", "król", "rei", "regele", "король"],
    &["queen", "regina", "reina", "reine", "königin", "królowa", "rainha", "королева"],
    &["patriarch", "patriarca", "patriarche", "patriarcha", "патриарх", "патріарх"],
];

/// The row a word belongs to in `table`, as its first word.
fn row_of(table: &[&[&'static str]], word: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|row| row.contains(&word))
        .map(|row| row[0])
}

/// What a regnal person is called across languages: the kind of title,
/// the translated given names, and the numeral if any.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct RegnalKey {
    kind: Option<&'static str>,
    given: Vec<&'static str>,
}

/// The key and numeral of a regnal person whose given names are all in the
/// table; `None` for anyone else.
fn regnal_key(p: &Person) -> Option<(RegnalKey, Option<String>)> {
    if !regnal::is_regnal(p) {
        return None;
    }
    let kind = p
        .roles
        .iter()
        .filter_map(|r| r.split_whitespace().next_back())
        .find_map(|w| row_of(TITLE_KINDS, &lower(w)));
    let mut given = Vec::new();
    let mut numeral = None;
    let mut words = p.name.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let folded = lower(word);
        // Romanian's ordinal after its article: "Carol al III-lea" is III.
        let ordinal_next = words.peek().and_then(|w| regnal::romanian_ordinal(w));
        if let (true, Some(ordinal)) = (matches!(word, "al" | "a"), ordinal_next) {
            numeral = Some(ordinal.to_string());
            words.next();
        } else if regnal::is_numeral(word) {
            numeral = Some(word.to_string());
        } else if row_of(TITLE_KINDS, &folded).is_none() {
            given.push(row_of(GIVEN_NAMES, &folded)?);
        }
    }
    (!given.is_empty()).then_some((RegnalKey { kind, given }, numeral))
}

/// Merges the regnal people whose names translate to one another into the
/// most mentioned of them.
pub(super) fn merge_translated_regnal_names(people: &mut Vec<Person>) {
    let mut by_key: FastMap<RegnalKey, Vec<(usize, Option<String>)>> = FastMap::default();
    for (i, p) in people.iter().enumerate() {
        if let Some((key, numeral)) = regnal_key(p) {
            by_key.entry(key).or_default().push((i, numeral));
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; people.len()];
    for members in by_key.values().filter(|m| m.len() >= 2) {
        let mut numerals: Vec<&str> = members.iter().filter_map(|m| m.1.as_deref()).collect();
        numerals.sort_unstable();
        numerals.dedup();
        // A bare name joins the one numeral named for it; once two are
        // named it is ambiguous and stays alone.
        let groups: Vec<Vec<usize>> = if numerals.len() <= 1 {
            vec![members.iter().map(|m| m.0).collect()]
        } else {
            numerals
                .iter()
                .map(|n| {
                    let with_n = members.iter().filter(|m| m.1.as_deref() == Some(*n));
                    with_n.map(|m| m.0).collect()
                })
                .collect()
        };
        for group in groups {
            let target = group
                .iter()
                .copied()
                .max_by_key(|&i| (people[i].mentions.len(), std::cmp::Reverse(i)));
            for &i in &group {
                if Some(i) != target {
                    into[i] = target;
                }
            }
        }
    }
    absorb_people(people, &into);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{SourceId, Span};

    fn regnal(name: &str, role: &str, mentions: usize) -> Person {
        let mut p = Person::named(name, &[]);
        p.roles = vec![role.to_string()];
        p.mentions = (0..mentions)
            .map(|i| Span::new(SourceId::new(i), 0..1))
            .collect();
        p
    }

    #[test]
    fn translated_names_of_one_pope_are_one_person() {
        let mut people = vec![
            regnal("Pope Gregory XVII", "Pope", 5),
            regnal("Papa Gregorio XVII", "il Papa", 2),
            regnal("Папа Григорий", "Папа", 1),
            regnal("King Gregory", "King", 3),
        ];
        merge_translated_regnal_names(&mut people);
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Pope Gregory XVII", "King Gregory"], "{people:?}");
        assert_eq!(people[0].mentions.len(), 8);
    }

    #[test]
    fn an_emperor_s_name_in_portuguese_is_his_name_in_french() {
        let mut people = vec![regnal("Napoléon VII", "", 3), regnal("Napoleão VII", "", 1)];
        merge_translated_regnal_names(&mut people);
        assert_eq!(people.len(), 1, "{people:?}");
    }

    #[test]
    fn different_numerals_stay_apart_and_leave_a_bare_name_alone() {
        let mut people = vec![
            regnal("Pope Pius XI", "Pope", 2),
            regnal("Papa Pio XII", "Papa", 2),
            regnal("Pope Pius", "Pope", 1),
        ];
        merge_translated_regnal_names(&mut people);
        assert_eq!(people.len(), 3, "{people:?}");
    }
}
