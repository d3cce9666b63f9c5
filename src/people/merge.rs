//! Merging name candidates into people: spelling variants of full names by
//! first name and surname edit distance, then one-word mentions by surname.
//!
//! Work is done once per distinct written spelling where the answer depends
//! only on the spelling (its words, its lower-case form, its surname's
//! candidates), and once per candidate only for what depends on where it
//! stands: so merging stays linear in the number of candidates.

use super::Person;
use rayon::prelude::*;
use std::collections::hash_map::Entry;

use super::candidate::{Candidate, Shape};
use super::evidence::is_first_name;
use super::forms;
use super::lone_speakers;
use super::person;
use super::regnal;
use super::surnames::{
    Known, Root, SurnameIndex, fold, given_name_surname_key, kh_transcription_key, prefix_key,
    similar_surnames,
};
use crate::corpus::Corpus;
use crate::fast_hash::{FastMap, FastSet};
use crate::text::inflection::{name_key, name_word_key};
use crate::text::translit::loose_key;
use crate::union_find::UnionFind;

/// Full-name spellings sharing a first name and surname prefix, with folded surnames.
type FoldedBlock = Vec<(Root, Vec<char>)>;

/// One distinct written spelling of a name and what merging learnt about it.
pub(super) struct Spelling<'a> {
    pub text: &'a str,
    pub shape: Shape<'a>,
    /// First full-name candidate whose spelling is this one, lower-cased.
    pub same_lower: Option<Root>,
    /// The surname index holds this spelling's surname for its person.
    surname_added: bool,
    /// Indices into the memo of surname look-ups: as written, and as
    /// lower-cased for bare surnames.
    known: Option<usize>,
    known_lower: Option<usize>,
}

/// Candidates of the whole corpus, in corpus order, with their spellings.
pub(super) struct Found<'a> {
    pub per_source: Vec<Vec<Candidate>>,
    /// Spelling of each candidate, in corpus order.
    pub spelling_of: Vec<u32>,
    pub spellings: Vec<Spelling<'a>>,
}

pub(super) fn merge(corpus: &Corpus, mut per_source: Vec<Vec<Candidate>>) -> Vec<Person> {
    // Candidate indices are u32; a corpus with more candidates (some 8 GB of
    // names) keeps the first 4 billion.
    let mut room = u32::MAX as usize;
    for cands in &mut per_source {
        cands.truncate(room);
        room -= cands.len();
    }
    per_source.truncate(corpus.articles.len());
    let mut found = spell(corpus, per_source);
    let total = found.spelling_of.len();
    // Person groups; the root of a group is its first candidate.
    let mut groups: UnionFind<Root> = UnionFind::new(total);
    let mut owned = vec![false; total];

    // 1. Full names: identical spellings (ignoring case), then close spellings
    //    sharing a first name.
    merge_full_names(&mut found, &mut groups, &mut owned);

    // 2. One-word names: role-titled ones first (they may found a person),
    //    then bare surnames, which must match someone already known. A bare
    //    surname means the person its article names in full most often, else
    //    the one the corpus names most; a word that is no one's surname but
    //    one person's first name means that person.
    let mut named = named_in_full(&mut found, &mut groups);
    let mut lookups = Lookups::default();
    settle_one_word_names(
        &mut found,
        &mut groups,
        &mut owned,
        &mut named,
        &mut lookups,
    );
    let chosen = match_bare_surnames(&found, &owned, &named, &lookups);
    for (p, at) in chosen.into_iter().flatten() {
        groups.union_into_first(p, at);
        owned[at as usize] = true;
    }
    lone_speakers::found_lone_speakers(corpus, &found, &mut groups, &mut owned);
    drop((lookups, named));

    let root_of = groups.into_roots();
    person::build_people(corpus, &found, &owned, &root_of)
}

/// Step 1: every full-name candidate is owned, and joins the first candidate
/// spelt the same (ignoring case) and every earlier one with a close surname
/// and the same first name.
fn merge_full_names(found: &mut Found, groups: &mut UnionFind<Root>, owned: &mut [bool]) {
    let mut by_lower: FastMap<String, Root> = FastMap::default();
    let mut blocks: FastMap<(String, String), FoldedBlock> = FastMap::default();
    let mut first_keys: FastMap<&str, String> = FastMap::default();
    let mut romanised: FastMap<(String, String), Root> = FastMap::default();
    for (i, &s) in found.spelling_of.iter().enumerate() {
        let i = i as Root;
        let sp = &mut found.spellings[s as usize];
        if !sp.shape.full {
            continue;
        }
        owned[i as usize] = true;
        if let Some(first) = sp.same_lower {
            groups.union_into_first(first, i);
            continue;
        }
        let folded = name_key(sp.text);
        if let Some(&first) = by_lower.get(&folded) {
            sp.same_lower = Some(first);
            groups.union_into_first(first, i);
            continue;
        }
        by_lower.insert(folded, i);
        sp.same_lower = Some(i);
        // Given names compare without accents and transliteration
        // differences ("Rúben"/"Ruben", "Volodímir"/"Volodymyr"); a corpus
        // has far fewer given names than full spellings, so each is keyed once.
        let first = sp.shape.first_name;
        let first = first_keys
            .entry(first)
            .or_insert_with(|| loose_key(first))
            .clone();
        // Romanisations of one Cyrillic or Arabic name may differ in the
        // surname's first letter ("Wolodymyr Selenskyj" / "Volodymyr
        // Zelensky", "Muammar Gaddafi" / "Muamar Kadafi"), which the blocks
        // below keep apart.
        // Spanish and German write that Kh as J and Ch ("Ali Jamenei", "Ali
        // Chamenei"): such a surname also meets the Kh spelling.
        let surname_keys = std::iter::once(given_name_surname_key(sp.shape.surname))
            .chain(kh_transcription_key(sp.shape.surname));
        for surname_key in surname_keys {
            match romanised.entry((first.clone(), surname_key)) {
                Entry::Occupied(j) => groups.union_into_first(*j.get(), i),
                Entry::Vacant(slot) => {
                    slot.insert(i);
                }
            }
        }
        let key = (first, prefix_key(sp.shape.surname));
        let surname = fold(sp.shape.surname);
        let block = blocks.entry(key).or_default();
        for (j, other) in block.iter() {
            if similar_surnames(other, &surname) {
                groups.union_into_first(*j, i);
            }
        }
        block.push((i, surname));
    }
    // Oblique cases, surname-first order, surnames opening with their
    // particle: other forms of names already known.
    forms::join_other_forms(found, &by_lower, groups);
}

/// The people named in full: their surnames, how often each is named in
/// each source and in the corpus, and their first names.
struct NamedInFull {
    index: SurnameIndex,
    /// Per source, the people named in full there and how often; a handful each.
    in_source: Vec<Vec<(Root, u32)>>,
    weight: FastMap<Root, u32>,
    first_names: FirstNames,
    /// People with a regnal name ("Leo XIV") or founded by a titled given
    /// name ("Pope Francis"): the only ones a titled given name may join.
    regnal: FastSet<Root>,
    /// The one person of each first name with a regnal name ("Leo" → "Leo
    /// XIV") in the corpus; `None` when several.
    regnal_first: FastMap<u32, Option<Root>>,
}

impl NamedInFull {
    /// The regnal person a titled given name ("Pope Leo", by first-name key
    /// id) means: the one of that first name its article names, else the one
    /// of the corpus.
    fn regnal_of_first_name(&self, source: usize, first: u32) -> Option<Root> {
        let mut here = self.first_names.in_source[source]
            .iter()
            .filter(|(f, p)| *f == first && self.regnal.contains(p));
        match (here.next(), here.next()) {
            (Some(&(_, p)), None) => Some(p),
            (Some(_), Some(_)) => None,
            _ => self.regnal_first.get(&first).copied().flatten(),
        }
    }
}

/// First names of the people named in full, for a lone first name ("Keir",
/// or "Donald" left of a cut initial "Donald J"): it means the one person of
/// that first name its article names in full, else the one in the corpus.
#[derive(Default)]
struct FirstNames {
    /// Interned first-name keys ([`name_word_key`]).
    ids: FastMap<String, u32>,
    /// Per source, (first name, person) pairs; a handful each.
    in_source: Vec<Vec<(u32, Root)>>,
    /// The one person of each first name in the corpus; `None` when several.
    in_corpus: FastMap<u32, Option<Root>>,
}

impl FirstNames {
    fn add(&mut self, source: usize, first: u32, person: Root) {
        let here = &mut self.in_source[source];
        if here.contains(&(first, person)) {
            return;
        }
        here.push((first, person));
        let one = self.in_corpus.entry(first).or_insert(Some(person));
        if *one != Some(person) {
            *one = None;
        }
    }

    /// The one person a lone first name (by key id) means in `source`.
    fn choose(&self, source: usize, first: u32) -> Option<Root> {
        let mut here = self.in_source[source].iter().filter(|(f, _)| *f == first);
        match (here.next(), here.next()) {
            (Some(&(_, p)), None) => Some(p),
            (Some(_), Some(_)) => None,
            _ => self.in_corpus.get(&first).copied().flatten(),
        }
    }
}

/// Counts one more naming of `person` in an article's (person, count) list.
fn count_named(here: &mut Vec<(Root, u32)>, person: Root) {
    match here.iter_mut().find(|(p, _)| *p == person) {
        Some((_, n)) => *n += 1,
        None => here.push((person, 1)),
    }
}

fn named_in_full(found: &mut Found, groups: &mut UnionFind<Root>) -> NamedInFull {
    let mut index = SurnameIndex::default();
    let mut in_source: Vec<Vec<(Root, u32)>> = vec![Vec::new(); found.per_source.len()];
    let mut weight: FastMap<Root, u32> = FastMap::default();
    let mut first_names = FirstNames {
        in_source: vec![Vec::new(); found.per_source.len()],
        ..FirstNames::default()
    };
    // First-name key of each full spelling, interned once per spelling.
    let first_of: Vec<u32> = found
        .spellings
        .iter()
        .map(|sp| {
            if !sp.shape.full {
                return u32::MAX;
            }
            let next = first_names.ids.len() as u32;
            *first_names
                .ids
                .entry(name_word_key(sp.shape.first_name))
                .or_insert(next)
        })
        .collect();
    let mut regnal_people = FastSet::default();
    let mut regnal_first: FastMap<u32, Option<Root>> = FastMap::default();
    let mut i: Root = 0;
    for (source, cands) in found.per_source.iter().enumerate() {
        for _ in cands {
            let s = found.spelling_of[i as usize] as usize;
            let sp = &mut found.spellings[s];
            if sp.shape.full {
                let root = groups.find(i);
                first_names.add(source, first_of[s], root);
                if regnal::is_numeral(sp.shape.surname) && regnal_people.insert(root) {
                    let one = regnal_first.entry(first_of[s]).or_insert(Some(root));
                    if *one != Some(root) {
                        *one = None;
                    }
                }
                // Every candidate of a spelling is in one group.
                if !sp.surname_added {
                    sp.surname_added = true;
                    index.add(sp.shape.surname, root);
                }
                count_named(&mut in_source[source], root);
                *weight.entry(root).or_default() += 1;
            }
            i += 1;
        }
    }
    NamedInFull {
        index,
        in_source,
        weight,
        first_names,
        regnal: regnal_people,
        regnal_first,
    }
}

/// Surname look-ups, memoised: by the surname as written (role-titled
/// mentions may found people, so a close-spelling match is looked up again
/// once its block grew) and, for bare surnames, by its lower-case form, the
/// first spelling met standing for all (the index no longer changes).
#[derive(Default)]
struct Lookups<'a> {
    memo: Vec<Known>,
    by_written: FastMap<&'a str, usize>,
    by_lower: FastMap<String, usize>,
}

/// Role-titled one-word names join the person they name or found one; the
/// look-ups of bare surnames are settled for [`match_bare_surnames`].
fn settle_one_word_names<'a>(
    found: &mut Found<'a>,
    groups: &mut UnionFind<Root>,
    owned: &mut [bool],
    named: &mut NamedInFull,
    lookups: &mut Lookups<'a>,
) {
    let Lookups {
        memo,
        by_written,
        by_lower,
    } = lookups;
    for pass in [true, false] {
        let mut i: Root = 0;
        for (source, cands) in found.per_source.iter().enumerate() {
            for cand in cands {
                let at = i;
                i += 1;
                // Full names are owned since step 1: the cheap tests first.
                if owned[at as usize] || cand.role().is_some() != pass {
                    continue;
                }
                let sp = &mut found.spellings[found.spelling_of[at as usize] as usize];
                if sp.shape.full {
                    continue;
                }
                let surname = sp.shape.surname;
                let mut written = || {
                    *by_written.entry(surname).or_insert_with(|| {
                        memo.push(named.index.lookup(surname, &named.weight));
                        memo.len() - 1
                    })
                };
                let k = match (pass, sp.known, sp.known_lower) {
                    (true, Some(k), _) | (false, _, Some(k)) => k,
                    (true, None, _) => *sp.known.insert(written()),
                    (false, _, None) => {
                        let folded = name_key(surname);
                        let k = match by_lower.get(&folded) {
                            Some(&k) => k,
                            None => {
                                let k = written();
                                by_lower.insert(folded, k);
                                k
                            }
                        };
                        *sp.known_lower.insert(k)
                    }
                };
                if !named.index.is_current(&mut memo[k]) {
                    memo[k] = named.index.lookup(surname, &named.weight);
                }
                if !pass {
                    // Settled; matched below, in parallel.
                    continue;
                }
                // A titled first name ("the Syrian leader Bashar", its surname
                // cut at "al-Assad") is the one full name of that first name.
                let first = named.first_names.ids.get(&name_word_key(surname));
                // A titled given name ("Pope Leo", "Prince William") is a
                // regnal name, never a commoner sharing the word.
                let choice = if cand.regnal() {
                    first
                        .and_then(|&f| named.regnal_of_first_name(source, f))
                        .or_else(|| {
                            memo[k].choose_where(&named.in_source[source], &named.weight, |p| {
                                named.regnal.contains(&p)
                            })
                        })
                } else {
                    memo[k]
                        .choose(&named.in_source[source], &named.weight)
                        .or_else(|| named.first_names.choose(source, *first?))
                };
                // A pope named in this article is who its lone "Francis"
                // means, before a "Saint Francis" named elsewhere.
                if cand.regnal() {
                    count_named(&mut named.in_source[source], choice.unwrap_or(at));
                }
                match choice {
                    Some(p) => groups.union_into_first(p, at),
                    None => {
                        named.index.add(surname, at);
                        if cand.regnal() {
                            named.regnal.insert(at);
                        }
                        // An exact look-up is never refreshed by
                        // `is_current`: the next titled "Pope Gregory" must
                        // see this founder beside a "Saint Gregory".
                        memo[k] = named.index.lookup(surname, &named.weight);
                    }
                }
                owned[at as usize] = true;
            }
        }
    }
}

/// Bare surnames and the person each names, per source. The index no longer
/// changes and every memo entry they use is settled, so mentions are matched
/// article by article in parallel.
fn match_bare_surnames(
    found: &Found,
    owned: &[bool],
    named: &NamedInFull,
    lookups: &Lookups,
) -> Vec<Vec<(Root, Root)>> {
    // The first-name id of each one-word spelling that is a given name and
    // some full name's first name: a bare word is a first name only when
    // the table says so ("Liverpool" is no first name of "Liverpool Women").
    let first_of: Vec<Option<u32>> = found
        .spellings
        .iter()
        .map(|sp| {
            (sp.shape.name_words == 1 && is_first_name(sp.text))
                .then(|| named.first_names.ids.get(&name_word_key(sp.text)).copied())
                .flatten()
        })
        .collect();
    let mut offsets: Vec<Root> = Vec::with_capacity(found.per_source.len());
    let mut total: Root = 0;
    for cands in &found.per_source {
        offsets.push(total);
        total += cands.len() as Root;
    }
    found
        .per_source
        .par_iter()
        .zip(offsets.par_iter())
        .enumerate()
        .map(|(source, (cands, &base))| {
            let mut out = Vec::new();
            for (k, cand) in cands.iter().enumerate() {
                let at = base + k as Root;
                if owned[at as usize] || cand.role().is_some() {
                    continue;
                }
                let s = found.spelling_of[at as usize] as usize;
                let sp = &found.spellings[s];
                let Some(known) = sp.known_lower.filter(|_| !sp.shape.full) else {
                    continue;
                };
                let known = &lookups.memo[known];
                let by_first_name =
                    || first_of[s].and_then(|first| named.first_names.choose(source, first));
                if let Some(p) = known
                    .choose(&named.in_source[source], &named.weight)
                    .or_else(by_first_name)
                {
                    out.push((p, at));
                }
            }
            out
        })
        .collect()
}

/// Every candidate's spelling, interned: one hash look-up per candidate.
fn spell(corpus: &Corpus, per_source: Vec<Vec<Candidate>>) -> Found<'_> {
    let total = per_source.iter().map(Vec::len).sum();
    let mut spelling_of = Vec::with_capacity(total);
    let mut spellings: Vec<Spelling> = Vec::new();
    let mut ids: FastMap<&str, u32> = FastMap::default();
    for (cands, article) in per_source.iter().zip(&corpus.articles) {
        for cand in cands {
            let text = article.text.get(cand.span()).unwrap_or_default();
            let id = *ids.entry(text).or_insert_with(|| {
                spellings.push(Spelling {
                    text,
                    shape: Shape::of(text),
                    same_lower: None,
                    surname_added: false,
                    known: None,
                    known_lower: None,
                });
                (spellings.len() - 1) as u32
            });
            spelling_of.push(id);
        }
    }
    Found {
        per_source,
        spelling_of,
        spellings,
    }
}
