//! One person across scripts: a person named in Cyrillic (Мерц, Зеленский)
//! joins the person the corpus names in Latin letters when one of their
//! surnames agree under [`loose_key`], so a Russian article's quotes and an
//! English one's share a speaker.

use super::Person;
use super::person::absorb_people;
use super::surnames::similar_surnames;
use crate::fast_hash::FastMap;
use crate::text::inflection::name_word_key;
use crate::text::translit::{is_cyrillic, loose_key};

/// The loose keys of a person's surnames (the last word of each spelling).
fn surname_keys(p: &Person) -> Vec<Vec<char>> {
    let mut keys: Vec<Vec<char>> = std::iter::once(&p.name)
        .chain(&p.variants)
        .filter_map(|v| v.split_whitespace().last())
        // As written and without its case ending ("Зеленского" → "зеленск").
        .flat_map(|s| [loose_key(s), loose_key(&name_word_key(s))])
        .map(|k| k.chars().collect())
        .filter(|k: &Vec<char>| k.len() >= 3)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Merges each Cyrillic-named person into the most mentioned Latin-named
/// person with a matching surname, then renumbers people in order of first
/// mention. Corpora without Cyrillic names are left as they are.
pub(super) fn merge_across_scripts(people: &mut Vec<Person>) {
    if !people.iter().any(|p| is_cyrillic(&p.name)) {
        return;
    }
    // Latin people by the blocking key of surname keys (first two letters).
    let mut latin: FastMap<String, Vec<(Vec<char>, usize)>> = FastMap::default();
    for (i, p) in people.iter().enumerate() {
        if is_cyrillic(&p.name) {
            continue;
        }
        for key in surname_keys(p) {
            latin
                .entry(key.iter().take(2).collect())
                .or_default()
                .push((key, i));
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; people.len()];
    for (i, p) in people.iter().enumerate() {
        if !is_cyrillic(&p.name) {
            continue;
        }
        let target = surname_keys(p)
            .iter()
            .flat_map(|key| {
                let block: String = key.iter().take(2).collect();
                latin
                    .get(&block)
                    .into_iter()
                    .flatten()
                    .filter(move |(other, _)| similar_surnames(other, key))
                    .map(|(_, j)| *j)
            })
            .max_by_key(|&j| (people[j].mentions.len(), std::cmp::Reverse(j)));
        into[i] = target;
    }
    absorb_people(people, &into);
}
