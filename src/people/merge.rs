//! Merging name candidates into people: spelling variants of full names by
//! first name and surname edit distance, then one-word mentions by surname.

use std::collections::HashMap;

use rayon::prelude::*;

use super::fast_hash::{FastMap, FastSet};
use super::names::Candidate;
use super::{Mention, Person};
use crate::corpus::Corpus;

/// A candidate with the article it was found in.
struct Found<'a> {
    source: usize,
    text: &'a str,
    cand: Candidate,
}

impl Found<'_> {
    fn spelling(&self) -> &str {
        &self.text[self.cand.span.clone()]
    }

    fn surname(&self) -> &str {
        let w = &self.cand.words;
        &self.text[w[self.cand.surname_at].start..w[w.len() - 1].end]
    }

    fn first_name(&self) -> &str {
        &self.text[self.cand.words[0].clone()]
    }

    fn is_full(&self) -> bool {
        self.cand.surname_at >= 1 && self.cand.name_words(self.text) >= 2
    }
}

/// Full-name candidates sharing a first name and surname prefix, with folded surnames.
type FoldedBlock = Vec<(usize, Vec<char>)>;

/// Union-find over person groups.
struct Groups(Vec<usize>);

impl Groups {
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Blocking key for surname comparisons: the first two letters, lower-cased.
fn prefix_key(name: &str) -> String {
    name.chars().take(2).flat_map(char::to_lowercase).collect()
}

/// A name folded for comparison: lower-case characters.
fn fold(name: &str) -> Vec<char> {
    name.chars().flat_map(char::to_lowercase).collect()
}

/// Levenshtein distance on folded names, giving up (returning more than
/// `limit`) as soon as no alignment can stay within `limit`.
fn edit_distance(a: &[char], b: &[char], limit: usize) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        let mut best = row[0];
        for (j, cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
            best = best.min(next);
        }
        if best > limit {
            return best;
        }
    }
    row[b.len()]
}

/// Surnames close enough to be spellings of one name: transliterations
/// differ by a letter or two (Zelenskiy, Zelenskyy, Zelensky), a garbled
/// machine translation by a syllable (Zelsky). Both must share their first
/// two letters (the blocking key), and long tokens are never compared.
fn similar_surnames(a: &[char], b: &[char]) -> bool {
    if a.len() > 40 || b.len() > 40 || a.get(..2) != b.get(..2) {
        return false;
    }
    let limit = match a.len().min(b.len()) {
        0..=3 => 0,
        4..=5 => 1,
        _ => 2,
    };
    a.len().abs_diff(b.len()) <= limit && edit_distance(a, b, limit) <= limit
}

pub(super) fn merge(corpus: &Corpus, per_source: Vec<Vec<Candidate>>) -> Vec<Person> {
    let mut found: Vec<Found> = Vec::new();
    for (source, cands) in per_source.into_iter().enumerate() {
        let Some(article) = corpus.articles.get(source) else {
            continue;
        };
        for cand in cands {
            found.push(Found {
                source,
                text: &article.text,
                cand,
            });
        }
    }
    let mut groups = Groups((0..found.len()).collect());
    // person of each candidate, filled as candidates are accepted.
    let mut owner: Vec<Option<usize>> = vec![None; found.len()];

    // 1. Full names: identical spellings, then close spellings sharing a first name.
    let mut by_spelling: HashMap<String, usize> = HashMap::new();
    let mut blocks: HashMap<(String, String), FoldedBlock> = HashMap::new();
    for (i, f) in found.iter().enumerate().filter(|(_, f)| f.is_full()) {
        owner[i] = Some(i);
        let spelling = f.spelling().to_lowercase();
        if let Some(&first) = by_spelling.get(&spelling) {
            groups.union(first, i);
            continue;
        }
        by_spelling.insert(spelling, i);
        let key = (f.first_name().to_lowercase(), prefix_key(f.surname()));
        let surname = fold(f.surname());
        let block = blocks.entry(key).or_default();
        for (j, other) in block.iter() {
            if similar_surnames(other, &surname) {
                groups.union(*j, i);
            }
        }
        block.push((i, surname));
    }

    // 2. One-word names: role-titled ones first (they may found a person),
    //    then bare surnames, which must match someone already known.
    let mut surnames: HashMap<String, Vec<usize>> = HashMap::new();
    let mut surname_blocks: HashMap<String, Vec<(Vec<char>, usize)>> = HashMap::new();
    // Looked up for every candidate person of every bare surname, a number
    // that grows faster than the corpus: a fast hash matters here. Only summed
    // over, never listed, so iteration order cannot leak into the output.
    let mut full_in_source: FastMap<(usize, usize), usize> = FastMap::default();
    for (i, f) in found.iter().enumerate().filter(|(_, f)| f.is_full()) {
        let root = groups.find(i);
        add_surname(&mut surnames, &mut surname_blocks, f.surname(), root);
        *full_in_source.entry((root, f.source)).or_default() += 1;
    }
    let mut weight: FastMap<usize, usize> = FastMap::default();
    for (&(root, _), n) in &full_in_source {
        *weight.entry(root).or_default() += n;
    }
    let singles: Vec<usize> = (0..found.len()).filter(|&i| !found[i].is_full()).collect();
    let mut memo: HashMap<String, Vec<usize>> = HashMap::new();
    for pass in [true, false] {
        for &i in &singles {
            let f = &found[i];
            if f.cand.role.is_some() != pass || owner[i].is_some() {
                continue;
            }
            let surname = f.surname();
            // Bare surnames repeat across articles ("Putin" thousands of
            // times) and the surname index no longer changes in this pass.
            // Borrowed from the memo, not cloned: a common surname is shared by
            // a number of people that grows with the corpus.
            let owned;
            let known: &[usize] = if pass {
                owned = lookup(&surnames, &surname_blocks, surname);
                &owned
            } else {
                memo.entry(surname.to_lowercase())
                    .or_insert_with(|| lookup(&surnames, &surname_blocks, surname))
            };
            let chosen = known.iter().copied().max_by_key(|&p| {
                (
                    full_in_source.get(&(p, f.source)).copied().unwrap_or(0),
                    weight.get(&p).copied().unwrap_or(0),
                    std::cmp::Reverse(p),
                )
            });
            match chosen {
                Some(p) => {
                    groups.union(p, i);
                    owner[i] = Some(i);
                }
                None if pass => {
                    owner[i] = Some(i);
                    add_surname(&mut surnames, &mut surname_blocks, surname, i);
                }
                None => {}
            }
        }
    }

    build_people(&found, &owner, &mut groups)
}

fn add_surname(
    surnames: &mut HashMap<String, Vec<usize>>,
    blocks: &mut HashMap<String, Vec<(Vec<char>, usize)>>,
    surname: &str,
    person: usize,
) {
    let key = surname.to_lowercase();
    let entry = surnames.entry(key.clone()).or_default();
    if !entry.contains(&person) {
        entry.push(person);
        blocks
            .entry(prefix_key(surname))
            .or_default()
            .push((fold(surname), person));
    }
}

/// People whose surname is `surname`, or failing that, a close spelling of it.
fn lookup(
    surnames: &HashMap<String, Vec<usize>>,
    blocks: &HashMap<String, Vec<(Vec<char>, usize)>>,
    surname: &str,
) -> Vec<usize> {
    let key = surname.to_lowercase();
    if let Some(exact) = surnames.get(&key) {
        return exact.clone();
    }
    let folded = fold(surname);
    blocks
        .get(&prefix_key(surname))
        .map(|b| {
            b.iter()
                .filter(|(s, _)| similar_surnames(s, &folded))
                .map(|&(_, p)| p)
                .collect()
        })
        .unwrap_or_default()
}

fn build_people(found: &[Found], owner: &[Option<usize>], groups: &mut Groups) -> Vec<Person> {
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, o) in owner.iter().enumerate() {
        if o.is_some() {
            members.entry(groups.find(i)).or_default().push(i);
        }
    }
    let groups: Vec<Vec<usize>> = members.into_values().collect();
    let mut people: Vec<Person> = groups
        .into_par_iter()
        .map(|mut idx| {
            idx.sort_by_key(|&i| (found[i].source, found[i].cand.span.start));
            person_of(found, &idx)
        })
        .collect();
    people.sort_by(|a, b| {
        let first = |p: &Person| p.mentions.first().map(|m| (m.source, m.start));
        first(a).cmp(&first(b))
    });
    for (id, p) in people.iter_mut().enumerate() {
        p.id = id;
    }
    people
}

/// A person from its candidates (sorted by position): the canonical name is
/// the most complete, then most frequent, full spelling.
fn person_of(found: &[Found], idx: &[usize]) -> Person {
    // Distinct spellings with their count and first candidate, and how often
    // each surname spelling occurs: the canonical choice looks at spellings,
    // not at every mention.
    let mut spellings: HashMap<&str, (usize, &Found)> = HashMap::new();
    let mut surname_counts: HashMap<&str, usize> = HashMap::new();
    for &i in idx {
        let f = &found[i];
        spellings.entry(f.spelling()).or_insert((0, f)).0 += 1;
        *surname_counts.entry(f.surname()).or_default() += 1;
    }
    let canonical = spellings
        .values()
        .max_by_key(|(count, f)| {
            (
                f.cand.name_words(f.text),
                *count,
                surname_counts.get(f.surname()).copied().unwrap_or(0),
                std::cmp::Reverse((f.source, f.cand.span.start)),
            )
        })
        .map(|(_, f)| f.spelling().to_string())
        .unwrap_or_default();
    let mut variants = vec![canonical.clone()];
    let mut roles: Vec<String> = Vec::new();
    // Seen spellings and roles, so that a person with thousands of mentions
    // and many variants is not a scan of the variants per mention.
    let mut seen_variants: FastSet<&str> = FastSet::default();
    seen_variants.insert(canonical.as_str());
    let mut seen_roles: FastSet<&str> = FastSet::default();
    let mut mentions = Vec::with_capacity(idx.len());
    for &i in idx {
        let f = &found[i];
        let spelling = f.spelling();
        if seen_variants.insert(spelling) {
            variants.push(spelling.to_string());
        }
        if let Some(role) = f.cand.role.clone().and_then(|r| f.text.get(r)) {
            let role = role.trim();
            if seen_roles.insert(role) {
                roles.push(role.to_string());
            }
        }
        mentions.push(Mention {
            source: f.source,
            start: f.cand.span.start,
            end: f.cand.span.end,
        });
    }
    Person {
        id: 0,
        name: canonical,
        variants,
        roles,
        mentions,
        quotes: Vec::new(),
    }
}
