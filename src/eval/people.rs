//! The people figure: how many of the engine's people are real people, how
//! many of the people an article names it finds, and how many people it
//! splits into several entries, against a story's hand-made `people.json`.
//!
//! Labels give each person's usual full name in Latin script and, where the
//! articles write it otherwise than a transliteration or a case ending
//! would, those spellings too ("Wolodymyr Selenskyj", "Kaczinsky"). An
//! entry is matched by its words' loose keys (transliteration, diacritics
//! and case endings folded), so "Зеленского" and "Zelenskyy" need no label.

use std::ops::AddAssign;
use std::path::Path;

use serde::Deserialize;

use super::{EvalError, read_json};
use crate::people::{Person, is_generational_suffix};
use crate::text::inflection::name_word_key;
use crate::text::translit::loose_key;

/// A story's `people.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct PeopleLabels {
    pub story: String,
    pub people: Vec<LabelledPerson>,
}

/// One real person the story's excerpts name.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledPerson {
    /// Usual full name in Latin script.
    pub name: String,
    /// Other spellings the excerpts use that loose keys do not join.
    #[serde(default)]
    pub also: Vec<String>,
    /// Named only in a byline, a photo credit, or by a first name alone (a
    /// passer-by): a real person when listed, but not one the engine must find.
    #[serde(default)]
    pub minor: bool,
}

impl PeopleLabels {
    /// `dir/people.json`, or `None` when the story has none.
    pub fn load(dir: &Path) -> Result<Option<PeopleLabels>, EvalError> {
        let path = dir.join("people.json");
        if !path.is_file() {
            return Ok(None);
        }
        read_json(&path).map(Some)
    }
}

/// Counts of the people figure; they add across stories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PeopleCounts {
    /// People the engine lists, and how many of them are real people.
    pub entries: usize,
    pub real: usize,
    /// People the engine must find (not minor), and how many it found.
    pub labelled: usize,
    pub found: usize,
    /// Real entries beyond the first for one labelled person: a person split
    /// into several entries.
    pub split: usize,
}

impl AddAssign for PeopleCounts {
    fn add_assign(&mut self, o: PeopleCounts) {
        self.entries += o.entries;
        self.real += o.real;
        self.labelled += o.labelled;
        self.found += o.found;
        self.split += o.split;
    }
}

impl PeopleCounts {
    pub fn precision(&self) -> f64 {
        super::ratio(self.real, self.entries)
    }

    pub fn recall(&self) -> f64 {
        super::ratio(self.found, self.labelled)
    }
}

/// The keys of one name word: loose, with and without a case ending.
fn word_keys(word: &str) -> [String; 2] {
    [loose_key(word), loose_key(&name_word_key(word))]
}

/// Keys of one word, allowing a case ending the key does not cut ("Karola"
/// / "Karol", "Trzaskowskiej" / "Trzaskowska"): equal but for at most the
/// last three letters of the longer, with four or more in common.
fn meet(a: &[String; 2], b: &[String; 2]) -> bool {
    a.iter().any(|x| {
        b.iter().any(|y| {
            let common = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
            let longer = x.chars().count().max(y.chars().count());
            !x.is_empty() && (x == y || (common >= 4 && common + 3 >= longer))
        })
    })
}

/// A spelling as first-word and last-word keys; one word has no first.
struct Spelling {
    first: Option<[String; 2]>,
    last: [String; 2],
    /// The generational suffix after the surname, without its dot ("Jr").
    suffix: Option<String>,
}

impl Spelling {
    fn of(name: &str) -> Option<Spelling> {
        let mut words: Vec<&str> = name.split_whitespace().collect();
        let mut suffix = None;
        while words.len() > 1 && words.last().is_some_and(|w| is_generational_suffix(w)) {
            suffix = words.pop().map(|w| w.trim_end_matches('.').to_lowercase());
        }
        let last = word_keys(words.last()?);
        let first = (words.len() >= 2).then(|| word_keys(words[0]));
        Some(Spelling {
            first,
            last,
            suffix,
        })
    }
}

/// How an entry's spellings meet a labelled person's: a first name and a
/// surname both (strong; stronger when the generational suffixes agree, so
/// "Donald Trump" meets Donald Trump before Donald Trump Jr.), or one word
/// of the entry as the surname (weak: "Biden" may be Joe or Jill).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    None,
    Weak,
    Strong,
    SameSuffix,
}

fn matches(entry: &[Spelling], person: &[Spelling]) -> Match {
    let mut best = Match::None;
    for e in entry {
        for p in person {
            let m = match (&e.first, &p.first) {
                (Some(ef), Some(pf)) if meet(ef, pf) && meet(&e.last, &p.last) => strong(e, p),
                (None, None) if meet(&e.last, &p.last) => strong(e, p),
                (None, Some(_)) if meet(&e.last, &p.last) => Match::Weak,
                _ => Match::None,
            };
            best = best.max(m);
        }
    }
    best
}

/// A strong match, the stronger when both spellings carry one suffix or none.
fn strong(entry: &Spelling, person: &Spelling) -> Match {
    if entry.suffix == person.suffix {
        Match::SameSuffix
    } else {
        Match::Strong
    }
}

/// The people figure of one story, with the names behind it.
#[derive(Debug, Clone, Default)]
pub struct PeopleScore {
    pub counts: PeopleCounts,
    /// Entries that meet no labelled person.
    pub not_people: Vec<String>,
    /// Labelled people (not minor) that no entry stands for.
    pub missed: Vec<String>,
    /// Entries counted as splits: the entry's name and the labelled person
    /// an earlier entry already stands for.
    pub split: Vec<(String, String)>,
}

/// Scores the engine's `people` of one story against its labels. Each entry
/// stands for the labelled people it meets best; it is real when it meets
/// one, and finds a person when it meets that person alone or strongly.
pub fn score_people(labels: &PeopleLabels, people: &[Person]) -> PeopleScore {
    let labelled: Vec<Vec<Spelling>> = labels
        .people
        .iter()
        .map(|p| {
            std::iter::once(&p.name)
                .chain(&p.also)
                .filter_map(|s| Spelling::of(s))
                .collect()
        })
        .collect();
    let mut counts = PeopleCounts {
        entries: people.len(),
        labelled: labels.people.iter().filter(|p| !p.minor).count(),
        ..PeopleCounts::default()
    };
    let mut claimed = vec![false; labels.people.len()];
    let mut not_people = Vec::new();
    let mut split = Vec::new();
    for person in people {
        let spellings: Vec<Spelling> = std::iter::once(&person.name)
            .chain(&person.variants)
            .filter_map(|s| Spelling::of(s))
            .collect();
        let met: Vec<Match> = labelled.iter().map(|l| matches(&spellings, l)).collect();
        let best = met.iter().copied().max().unwrap_or(Match::None);
        if best == Match::None {
            not_people.push(person.name.clone());
            continue;
        }
        counts.real += 1;
        let ones: Vec<usize> = (0..met.len()).filter(|&i| met[i] == best).collect();
        if let [only] = ones[..] {
            if claimed[only] {
                counts.split += 1;
                split.push((person.name.clone(), labels.people[only].name.clone()));
            }
            claimed[only] = true;
        }
    }
    let missed: Vec<String> = claimed
        .iter()
        .zip(&labels.people)
        .filter(|(c, p)| !**c && !p.minor)
        .map(|(_, p)| p.name.clone())
        .collect();
    counts.found = counts.labelled - missed.len();
    PeopleScore {
        counts,
        not_people,
        missed,
        split,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, variants: &[&str]) -> Person {
        Person::named(name, variants)
    }

    fn labels(people: &[(&str, &[&str], bool)]) -> PeopleLabels {
        PeopleLabels {
            story: "s".to_string(),
            people: people
                .iter()
                .map(|(name, also, minor)| LabelledPerson {
                    name: name.to_string(),
                    also: also.iter().map(|a| a.to_string()).collect(),
                    minor: *minor,
                })
                .collect(),
        }
    }

    #[test]
    fn entries_are_matched_across_spellings_scripts_and_case_endings() {
        let gold = labels(&[
            ("Volodymyr Zelensky", &[], false),
            ("Joe Biden", &[], false),
            ("Jill Biden", &[], false),
            ("Saul Loeb", &[], true),
        ]);
        let engine = [
            person("Volodymyr Zelenskyy", &["Zelensky"]),
            person("Зеленского", &[]),
            person("Biden", &[]),
            person("Allianz Arena", &[]),
            person("Saul Loeb", &[]),
        ];
        let score = score_people(&gold, &engine);
        let (c, not_people) = (score.counts, score.not_people);
        assert_eq!(not_people, ["Allianz Arena"]);
        assert_eq!(score.missed, ["Joe Biden", "Jill Biden"]);
        assert_eq!((c.entries, c.real), (5, 4));
        // "Biden" alone could be either Biden; the minor one does not count.
        assert_eq!((c.labelled, c.found), (3, 1));
        assert_eq!(c.split, 1, "Зеленского is a second entry for Zelensky");
    }

    #[test]
    fn a_first_name_must_agree_for_a_full_name() {
        let gold = labels(&[("Joe Biden", &[], false)]);
        let c = score_people(&gold, &[person("Hunter Biden", &[])]).counts;
        assert_eq!((c.real, c.found), (0, 0));
        let c = score_people(&gold, &[person("Jo Biden", &["Joe Biden"])]).counts;
        assert_eq!((c.real, c.found), (1, 1));
    }

    #[test]
    fn case_endings_and_suffixes_do_not_hide_a_person() {
        let gold = labels(&[("Karol Nawrocki", &[], false), ("John Roberts", &[], false)]);
        let engine = [
            person("Karola Nawrockiego", &[]),
            person("John G. Roberts Jr.", &[]),
            person("Karl Nawrot", &[]),
        ];
        let score = score_people(&gold, &engine);
        let (c, not_people) = (score.counts, score.not_people);
        assert_eq!((c.real, c.found), (2, 2));
        assert_eq!(not_people, ["Karl Nawrot"]);
    }

    #[test]
    fn a_suffix_tells_a_father_from_his_son() {
        let gold = labels(&[
            ("Donald Trump", &[], false),
            ("Donald Trump Jr.", &[], false),
        ]);
        let engine = [person("Donald Trump", &[]), person("Donald Trump Jr", &[])];
        let score = score_people(&gold, &engine);
        assert!(score.missed.is_empty(), "{:?}", score.missed);
        assert_eq!((score.counts.found, score.counts.split), (2, 0));
        let one = score_people(&gold, &[person("Donald Trump", &[])]);
        assert_eq!(one.missed, ["Donald Trump Jr."]);
    }
}
