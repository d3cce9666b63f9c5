//! Titles that are names: "the Dalai Lama", "the Aga Khan", "the Panchen
//! Lama" (a title ending in a role noun, "the Ecumenical Patriarch", is
//! read as a role). Such a title stands for one person the way a name does,
//! and articles give his religious or birth name beside it ("the 14th
//! Dalai Lama, Tenzin Gyatso,", "Tenzin Gyatso, the 14th Dalai Lama",
//! "Dalai Lama Tenzin Gyatso"), spell the title in other scripts and cases
//! ("Далай-лама XIV", "Далай-ламе XIV") or with a typo ("Dalia Lama").
//! Without this one man is several people and his quotes are split among
//! them.
//!
//! 1. People whose name opens with one title of [`TITLE_NAMES`] (compared
//!    by [`loose_key`], hyphens and spaces aside, one slip allowed in a long
//!    title) are one person, unless two numerals or two different names
//!    follow the title: then they stay apart.
//! 2. The name after the title ("Dalai Lama *Tenzin Gyatso*") and a full
//!    name in apposition to the title, or the title in apposition to it,
//!    name that person too.
//! 3. A bare Roman numeral ("XIV") is no spelling of the person.

use std::sync::LazyLock;

use super::Person;
use super::birth_names::{governed_by_a_preposition, names_one_person, sorted_mentions};
use super::person::absorb_people;
use super::regnal::is_numeral;
use crate::corpus::Corpus;
use crate::text::fold::with_lower;
use crate::text::inflection::name_key;
use crate::text::slips::chars_within_one_edit;
use crate::text::translit::loose_key;
use crate::text::words::is_word_char;

/// Titles held by one person at a time that articles use as his name,
/// lower case. Titles that end in a role noun ("the Grand Mufti", "the
/// Ecumenical Patriarch", "Chief Rabbi Y") are read as roles already, and
/// the name after them as the person's.
#[rustfmt::skip]
const TITLE_NAMES: &[&str] = &[
    "dalai lama", "panchen lama", "karmapa lama", "aga khan",
];

/// A title key at least this long may differ by one slip (a typo, a case
/// ending): "Dalia Lama", "Далай-ламе". Shorter keys must agree exactly.
const MIN_FUZZY_KEY: usize = 8;

/// Words of a title-name at most.
const MAX_TITLE_WORDS: usize = 3;

/// The letters of a loose key: hyphens and spaces aside, "Dalai-Lama",
/// "Dalai Lama" and "Далай-лама" agree.
fn letters_key(words: &[&str]) -> Vec<char> {
    words
        .iter()
        .flat_map(|w| loose_key(w).chars().collect::<Vec<char>>())
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// What a spelling says after its title: a numeral ("XIV", "14th") and a
/// name ("Tenzin Gyatso").
#[derive(Debug, Default, PartialEq)]
struct AfterTitle {
    numeral: Option<String>,
    name: Option<String>,
}

/// The row of [`TITLE_NAMES`] a spelling opens with, and what follows it.
fn title_name(spelling: &str, titles: &[Vec<char>]) -> Option<(usize, AfterTitle)> {
    let words: Vec<&str> = spelling.split_whitespace().collect();
    for n in (1..=MAX_TITLE_WORDS.min(words.len())).rev() {
        let key = letters_key(&words[..n]);
        let row = titles.iter().position(|t| {
            *t == key || (t.len() >= MIN_FUZZY_KEY && chars_within_one_edit(t, &key))
        });
        if let Some(row) = row {
            return Some((row, after_title(&words[n..])?));
        }
    }
    None
}

/// The numeral and name after a title; `None` when what follows is no
/// name (a lower-case word, a single word).
fn after_title(rest: &[&str]) -> Option<AfterTitle> {
    let mut after = AfterTitle::default();
    let mut rest = rest;
    if let Some((first, more)) = rest.split_first()
        && is_numeral(first)
    {
        after.numeral = Some(first.to_string());
        rest = more;
    }
    match rest {
        [] => {}
        [_] => return None,
        words
            if words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase)) =>
        {
            after.name = Some(words.join(" "));
        }
        _ => return None,
    }
    Some(after)
}

/// The keys of [`TITLE_NAMES`], in order.
static TITLE_KEYS: LazyLock<Vec<Vec<char>>> = LazyLock::new(|| {
    TITLE_NAMES
        .iter()
        .map(|t| letters_key(&t.split_whitespace().collect::<Vec<_>>()))
        .collect()
});

/// Whether `spelling` is a title-name, alone or with what may follow it
/// ("the Panchen Lama", "Aga Khan IV"): such a title stands for a person
/// though an article precedes it, as "the White House" stands for none.
pub(super) fn is_title_name(spelling: &str) -> bool {
    title_name(spelling, &TITLE_KEYS).is_some()
}

/// Merges the people a title-name names, and the names given for them.
pub(super) fn merge_title_names(corpus: &Corpus, people: &mut Vec<Person>) {
    let titles: &[Vec<char>] = &TITLE_KEYS;
    let of: Vec<Option<(usize, AfterTitle)>> =
        people.iter().map(|p| title_name(&p.name, titles)).collect();
    let mut into: Vec<Option<usize>> = vec![None; people.len()];
    // The person each title stands for, once its holders agree.
    let mut holder: Vec<Option<usize>> = vec![None; titles.len()];
    for (row, slot) in holder.iter_mut().enumerate() {
        let members: Vec<usize> = (0..people.len())
            .filter(|&i| of[i].as_ref().is_some_and(|(r, _)| *r == row))
            .collect();
        let Some(&target) = members
            .iter()
            .max_by_key(|&&i| (people[i].mentions.len(), std::cmp::Reverse(i)))
        else {
            continue;
        };
        let after = |i: usize| of[i].as_ref().map(|(_, a)| a);
        let numerals = distinct(members.iter().filter_map(|&i| after(i)?.numeral.clone()));
        let names = distinct(
            members
                .iter()
                .filter_map(|&i| Some(name_key(after(i)?.name.as_ref()?))),
        );
        if numerals > 1 || names > 1 {
            continue;
        }
        *slot = Some(target);
        for &i in members.iter().filter(|&&i| i != target) {
            into[i] = Some(target);
        }
    }
    // Most corpora name no title-holder: they skip the look-ups and the
    // sort of every mention below.
    if holder.iter().all(Option::is_none) {
        drop_numerals(people);
        return;
    }
    // Names given after a title ("Dalai Lama Tenzin Gyatso") by the title's
    // holder, keyed for look-up.
    let mut given: Vec<(String, usize)> = Vec::new();
    for (row, after) in of.iter().flatten() {
        if let (Some(n), Some(h)) = (&after.name, holder[*row]) {
            given.push((name_key(n), h));
        }
    }
    let is_holder: Vec<Option<usize>> = (0..people.len())
        .map(|i| of[i].as_ref().and_then(|(row, _)| holder[*row]))
        .collect();
    let mut linked: Vec<Option<Option<usize>>> = vec![None; people.len()];
    let link = |from: usize, to: usize, linked: &mut Vec<Option<Option<usize>>>| {
        linked[from] = match linked[from] {
            None => Some(Some(to)),
            Some(Some(t)) if t == to => Some(Some(to)),
            _ => Some(None),
        };
    };
    for (i, p) in people.iter().enumerate() {
        if is_holder[i].is_some() {
            continue;
        }
        for v in std::iter::once(&p.name).chain(&p.variants) {
            let key = name_key(v);
            for (_, h) in given.iter().filter(|(k, _)| *k == key) {
                link(i, *h, &mut linked);
            }
        }
    }
    for (from, to) in apposed(corpus, people, &is_holder) {
        link(from, to, &mut linked);
    }
    for (i, l) in linked.into_iter().enumerate() {
        if let Some(Some(to)) = l
            && into[i].is_none()
        {
            into[i] = Some(to);
        }
    }
    // A holder that moved takes its names along: point at the final target.
    for i in 0..into.len() {
        if let Some(t) = into[i]
            && let Some(t2) = into[t]
        {
            into[i] = Some(t2);
        }
    }
    absorb_people(people, &into);
    drop_numerals(people);
}

/// A bare Roman numeral ("XIV" after a title written in lower case) is no
/// spelling of anyone.
fn drop_numerals(people: &mut [Person]) {
    for p in people.iter_mut() {
        p.variants.retain(|v| !is_numeral(v));
    }
}

/// How many distinct values `values` holds.
fn distinct(values: impl Iterator<Item = String>) -> usize {
    let mut v: Vec<String> = values.collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}

/// (person, holder) for each full name next to a title-name's mention in
/// an apposition ("the Dalai Lama, Tenzin Gyatso,", "Tenzin Gyatso, the
/// 14th Dalai Lama") or after a cue of another name ("…, also called X").
fn apposed(corpus: &Corpus, people: &[Person], holder_of: &[Option<usize>]) -> Vec<(usize, usize)> {
    let full = |p: &Person| p.name.split_whitespace().nth(1).is_some();
    let mentions = sorted_mentions(people, |i, p| holder_of[i].is_some() || full(p));
    let mut links = Vec::new();
    for pair in mentions.windows(2) {
        let ((sa, _, end_a, a), (sb, start_b, end_b, b)) = (pair[0], pair[1]);
        if sa != sb || start_b < end_a || holder_of[a].is_some() == holder_of[b].is_some() {
            continue;
        }
        let Some(text) = corpus.articles.get(sa).map(|x| x.text.as_str()) else {
            continue;
        };
        let Some(gap) = text.get(end_a..start_b) else {
            continue;
        };
        let joined = match holder_of[a] {
            Some(_) => {
                (gap.trim() == "," && closes_apposition(text.get(end_b..).unwrap_or("")))
                    || names_one_person(gap)
            }
            // "from the town of Dharamkot, the Panchen Lama said" names a
            // place: the title must close its apposition too.
            None => {
                title_apposition_gap(gap)
                    && closes_apposition(text.get(end_b..).unwrap_or(""))
                    && !governed_by_a_preposition(text, pair[0].1)
            }
        };
        if joined {
            let (from, to) = match holder_of[a] {
                Some(h) => (b, h),
                None => (a, holder_of[b].unwrap_or(b)),
            };
            links.push((from, to));
        }
    }
    links
}

/// Whether the text after a name apposed to a title closes the apposition
/// ("the Dalai Lama, Tenzin Gyatso, said"; "…, Tenzin Gyatso."), where a
/// list goes on ("the Aga Khan, Ann Roe, and Tom Lee").
fn closes_apposition(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return after.starts_with(['.', ')', ';']) || after.trim_start().starts_with(['—', '–']);
    };
    let next = rest
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .unwrap_or("");
    next.chars().next().is_some_and(char::is_lowercase)
        && !with_lower(next, |w| {
            matches!(w, "and" | "or" | "y" | "et" | "e" | "und")
        })
}

/// Articles that may open a title apposition.
const ARTICLES: &[&str] = &["the", "el", "il", "le", "la", "der", "o", "a"];

/// Whether the words between a full name and a title-name after it make
/// the title an apposition of the name: a comma, a dash or a bracket, then
/// at most an article and an ordinal ("Tenzin Gyatso, the 14th Dalai
/// Lama", "Tenzin Gyatso -- the 14th Dalai Lama").
fn title_apposition_gap(gap: &str) -> bool {
    let gap = gap.trim_start();
    let Some(rest) = ["--", ",", "—", "–", "("]
        .iter()
        .find_map(|p| gap.strip_prefix(p))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.len() <= 2
        && words.iter().enumerate().all(|(i, w)| {
            let ordinal = w.chars().next().is_some_and(|c| c.is_ascii_digit()) || is_numeral(w);
            ordinal || (i == 0 && with_lower(w, |w| ARTICLES.contains(&w)))
        })
}

#[cfg(test)]
#[path = "title_names_tests.rs"]
mod tests;
