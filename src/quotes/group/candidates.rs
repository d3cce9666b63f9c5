//! Candidate pairs of forms worth comparing, without comparing all pairs.
//!
//! An inverted index over each form's *features*: its words and its word
//! bigrams (two words in order). Two forms become candidates when they share
//! features, scored by the features' rarity (IDF); only the best few per form
//! go on to alignment. Bigrams matter because a news story's vocabulary is
//! small while its statements are many: single words ("security", "will")
//! sit in thousands of forms, but "guarantee Ukraine's" or "very big" in few.
//! Each form looks up only its [`QUERY_FEATURES`] rarest features that some
//! other form shares (an excerpt's features are all in its source; a
//! translation keeps the rare names and numbers), and features in more than
//! [`MAX_POSTING`] forms are never looked up: they are topic phrases or
//! function words that say nothing about which utterance a form renders.
//! Features are looked up rarest first within a budget of posting entries
//! per form ([`SCAN_BUDGET`]), so the work is bounded by (forms × budget):
//! it grows linearly with the corpus.

use rayon::prelude::*;

use super::forms::{FastMap, FormId, Forms};
use super::link::MIN_WORDS;

/// Features shared by more forms than this are not indexed.
const MAX_POSTING: usize = 600;
/// How many of a form's rarest features (held by at least one other form) are looked up.
const QUERY_FEATURES: usize = 12;
/// Posting entries a form may scan, beyond its first [`MIN_QUERY`] features.
const SCAN_BUDGET: usize = 1_000;
const MIN_QUERY: usize = 4;
/// Candidates per form passed on to alignment.
const TOP_CANDIDATES: usize = 6;
/// A candidate must share at least this share of the form's indexed weight
/// (seen from the form with fewer features, the pair scores high).
const MIN_SHARE: f32 = 0.2;

/// Each form's distinct features (word ids, and bigram ids above them).
fn features(forms: &Forms) -> (Vec<Vec<u32>>, usize) {
    let vocab = forms.idf.len() as u32;
    let mut bigrams: FastMap<(u32, u32), u32> = FastMap::default();
    let feats = forms
        .forms
        .iter()
        .map(|f| {
            let mut v: Vec<u32> = f.bag.clone();
            for w in f.words.windows(2) {
                let next = vocab + bigrams.len() as u32;
                v.push(*bigrams.entry((w[0], w[1])).or_insert(next));
            }
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    (feats, vocab as usize + bigrams.len())
}

/// Unordered candidate pairs `(a, b)` with `a < b`, sorted, without repeats.
pub fn candidate_pairs(forms: &Forms) -> Vec<(FormId, FormId)> {
    let n = forms.len();
    let (feats, n_features) = features(forms);
    let mut index: Vec<Vec<FormId>> = vec![Vec::new(); n_features];
    for (f, fs) in feats.iter().enumerate() {
        if forms.forms[f].words.len() < MIN_WORDS {
            continue;
        }
        for &x in fs {
            index[x as usize].push(f);
        }
    }
    let nf = n.max(1) as f32;
    let weight: Vec<f32> = index
        .iter()
        .map(|p| (1.0 + nf / p.len().max(1) as f32).ln())
        .collect();
    let mut pairs: Vec<(FormId, FormId)> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0.0f32; n], Vec::<FormId>::new(), Vec::<u32>::new()),
            |(score, touched, query), f| {
                if forms.forms[f].words.len() < MIN_WORDS {
                    return Vec::new();
                }
                // Look up only the rarest shared features: they carry the
                // evidence, and their posting lists are the short ones.
                query.clear();
                query.extend(
                    feats[f]
                        .iter()
                        .copied()
                        .filter(|&x| (2..=MAX_POSTING).contains(&index[x as usize].len())),
                );
                query.sort_by_key(|&x| (index[x as usize].len(), x));
                query.truncate(QUERY_FEATURES);
                let mut own = 0.0;
                let mut scanned = 0;
                for (i, &x) in query.iter().enumerate() {
                    let posting = &index[x as usize];
                    // Rarest first: once the budget is spent, the rest add
                    // little evidence at a high price.
                    if i >= MIN_QUERY && scanned + posting.len() > SCAN_BUDGET {
                        break;
                    }
                    scanned += posting.len();
                    own += weight[x as usize];
                    for &g in posting {
                        if g == f {
                            continue;
                        }
                        if score[g] == 0.0 {
                            touched.push(g);
                        }
                        score[g] += weight[x as usize];
                    }
                }
                touched.retain(|&g| {
                    score[g] >= MIN_SHARE * own || {
                        score[g] = 0.0;
                        false
                    }
                });
                let by_score =
                    |x: &FormId, y: &FormId| score[*y].total_cmp(&score[*x]).then(x.cmp(y));
                if touched.len() > TOP_CANDIDATES {
                    touched.select_nth_unstable_by(TOP_CANDIDATES, by_score);
                }
                let best: Vec<(FormId, FormId)> = touched
                    .iter()
                    .take(TOP_CANDIDATES)
                    .map(|&g| (f.min(g), f.max(g)))
                    .collect();
                for &g in touched.iter() {
                    score[g] = 0.0;
                }
                touched.clear();
                best
            },
        )
        .flatten()
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}
