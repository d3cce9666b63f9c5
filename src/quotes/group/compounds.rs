//! One compound written closed by some outlets and apart by others:
//! "steelworkers" / "steel workers", "cyberattack" / "cyber attack" (and
//! "cyber-attack", whose hyphen the word scan splits at), "anytime" / "any
//! time". Editors and translators each follow their own dictionary, so two
//! renderings of one sentence differ by a word where they say the same.
//!
//! The corpus says which closed words are compounds: a long spelling that
//! is two spellings of the corpus end to end, whose two parts are also
//! written side by side in some quote. Such a word is compared as its two
//! parts ([`split_compounds`]), so "steelworkers" matches "steel workers"
//! word for word, and "workers" alone too. Requiring the parts side by side
//! somewhere keeps common words that happen to be two words ("overtime",
//! "whatever") as they are, unless some quote writes them apart.

use std::hash::Hasher;

use rayon::prelude::*;

use crate::fast_hash::{FastMap, FastSet, FxHasher};

use super::forms::{Form, WordId};

/// Letters each part of a compound has at least: shorter parts ("in",
/// "be", "any", "per") would split words at prefixes and endings
/// ("inform", "became") and common words that some quote happens to write
/// apart ("anytime", "percent"), whose two spellings may be two statements.
const MIN_PART_LETTERS: usize = 4;
/// Letters a closed compound has at least (two parts).
const MIN_COMPOUND_LETTERS: usize = 2 * MIN_PART_LETTERS + 1;

/// The spellings a keying met: a hash of each (folded and unified, as
/// keying compares them), and the long ones written out with their keys,
/// which may be compounds.
#[derive(Debug, Default)]
pub struct Spellings {
    seen: FastSet<u64>,
    long: Vec<(Box<str>, u64)>,
}

fn spelling_hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

impl Spellings {
    /// Notes one distinct spelling (`folded`) and its word key.
    pub fn note(&mut self, folded: &str, key: u64) {
        self.seen.insert(spelling_hash(folded));
        // ASCII letters only: the parts are cut at a byte.
        if folded.len() >= MIN_COMPOUND_LETTERS && folded.bytes().all(|b| b.is_ascii_lowercase()) {
            self.long.push((folded.into(), key));
        }
    }
}

/// A closed compound's word, and the words of one way to cut it in two.
type Cut = (WordId, (WordId, WordId));

/// The closed words of `forms` that some form writes as two words, each
/// with those two words: from the spellings the keying met (`spellings`,
/// one set per keying thread), `key_of` keying a part as keying would, and
/// `id_of` a key's word id.
pub fn compounds(
    spellings: &[&Spellings],
    forms: &[Form],
    key_of: impl Fn(&str) -> u64 + Sync,
    id_of: impl Fn(u64) -> Option<WordId> + Sync,
) -> FastMap<WordId, (WordId, WordId)> {
    let seen = |s: &str| {
        let h = spelling_hash(s);
        spellings.iter().any(|sp| sp.seen.contains(&h))
    };
    let cuts: Vec<Cut> = spellings
        .par_iter()
        .flat_map_iter(|sp| sp.long.iter())
        .flat_map_iter(|(word, key)| {
            (MIN_PART_LETTERS..=word.len() - MIN_PART_LETTERS)
                .filter(|&i| seen(&word[..i]) && seen(&word[i..]))
                .filter_map(|i| {
                    let whole = id_of(*key)?;
                    let parts = (id_of(key_of(&word[..i]))?, id_of(key_of(&word[i..]))?);
                    (whole != parts.0 && whole != parts.1).then_some((whole, parts))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    if cuts.is_empty() {
        return FastMap::default();
    }
    let pairs: FastSet<(WordId, WordId)> = cuts.iter().map(|&(_, p)| p).collect();
    let firsts: FastSet<WordId> = cuts.iter().map(|&(_, (x, _))| x).collect();
    // The cuts whose two words some form says side by side.
    let apart: FastSet<(WordId, WordId)> = forms
        .par_iter()
        .flat_map_iter(|f| {
            f.words()
                .windows(2)
                .filter(|w| firsts.contains(&w[0]) && pairs.contains(&(w[0], w[1])))
                .map(|w| (w[0], w[1]))
                .collect::<Vec<_>>()
        })
        .collect();
    let mut found: Vec<Cut> = cuts
        .into_iter()
        .filter(|(_, p)| apart.contains(p))
        .collect();
    // One cut per word, the same whichever thread found it first.
    found.sort_unstable();
    found.dedup_by_key(|&mut (w, _)| w);
    found.into_iter().collect()
}

/// Each form's closed compounds ([`compounds`]) as their two words.
pub fn split_compounds(forms: &mut [Form], compounds: &FastMap<WordId, (WordId, WordId)>) {
    if compounds.is_empty() {
        return;
    }
    forms.par_iter_mut().for_each(|f| {
        if !f.words().iter().any(|w| compounds.contains_key(w)) {
            return;
        }
        let mut words = Vec::with_capacity(f.words().len() + 1);
        for w in f.words() {
            match compounds.get(w) {
                Some(&(x, y)) => words.extend([x, y]),
                None => words.push(*w),
            }
        }
        f.set_words(words);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spellings(words: &[&str]) -> Spellings {
        let mut s = Spellings::default();
        for (i, w) in words.iter().enumerate() {
            s.note(w, i as u64);
        }
        s
    }

    #[test]
    fn a_closed_word_splits_only_where_its_parts_are_written_apart() {
        // Word ids are the spellings' keys: 0 dockworkers, 1 dock,
        // 2 workers, 3 overtime, 4 over, 5 time, 6 strike.
        let s = spellings(&[
            "dockworkers",
            "dock",
            "workers",
            "overtime",
            "over",
            "time",
            "strike",
        ]);
        let key_of = |w: &str| {
            ["dockworkers", "dock", "workers", "overtime", "over", "time"]
                .iter()
                .position(|&x| x == w)
                .map_or(99, |i| i as u64)
        };
        let id_of = |k: u64| (k < 7).then_some(k as WordId);
        let mut forms = vec![
            Form::new(vec![0, 6, 3]),    // dockworkers strike overtime
            Form::new(vec![1, 2, 6, 4]), // dock workers strike over
        ];
        let found = compounds(&[&s], &forms, key_of, id_of);
        assert_eq!(found.get(&0), Some(&(1, 2)));
        assert!(!found.contains_key(&3), "no form says 'over time'");
        split_compounds(&mut forms, &found);
        assert_eq!(forms[0].words(), [1, 2, 6, 3]);
        assert_eq!(forms[1].words(), [1, 2, 6, 4]);
    }
}
