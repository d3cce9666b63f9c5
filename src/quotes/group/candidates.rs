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
//!
//! Memory stays small at scale: features no other form shares, or that too
//! many forms share, are dropped before the index is built; both the
//! per-form feature lists and the index are flat arrays with offsets (one
//! allocation each, not one per feature), and each form keeps only its best
//! [`TOP_CANDIDATES`] partners, never a list of all pairs.

use std::sync::atomic::{AtomicU32, Ordering};

use rayon::prelude::*;

use super::forms::{Form, FormId, Forms};
use super::link::MIN_WORDS;
use crate::fast_hash::FastMap;

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

/// How many posting entries ahead the partner scoring asks for its score's
/// cache line. The score array (4 bytes per form and thread) outgrows the
/// core's cache, and each entry's first-touch test waits on its load and is
/// often mispredicted, which serialised the misses: asked for early, they
/// overlap. Far enough ahead to hide a miss, near enough to stay in L1.
const PREFETCH_AHEAD: usize = 12;

/// Asks for `score[at]`'s cache line ahead of its use (a hint: no effect on
/// results, and nothing where the processor has no such hint).
#[inline(always)]
fn prefetch(score: &[f32], at: usize) {
    #[cfg(target_arch = "x86_64")]
    if at < score.len() {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch never faults nor reads into the program; the
        // address is inside `score`, and SSE is part of x86-64's baseline.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(score.as_ptr().wrapping_add(at).cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (score, at);
}

/// Lists of `u32` ids, one per key, stored flat: `items[offsets[k]..offsets[k + 1]]`.
/// The offsets are `u32` too (half the size, and they are one per form and
/// one per feature at the peak of grouping's memory): so at most
/// [`MAX_ITEMS`] items, about 16 GB of them.
struct Lists {
    offsets: Vec<u32>,
    items: Vec<u32>,
}

/// The most items [`Lists`] can address.
const MAX_ITEMS: usize = u32::MAX as usize;

/// `len` as an offset into [`Lists::items`], which never holds more than [`MAX_ITEMS`].
fn offset(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

impl Lists {
    fn get(&self, k: usize) -> &[u32] {
        match (self.offsets.get(k), self.offsets.get(k + 1)) {
            (Some(&s), Some(&e)) => self.items.get(s as usize..e as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    fn len_of(&self, k: usize) -> usize {
        self.get(k).len()
    }
}

/// Whether a form takes part in candidate search at all.
fn searchable(forms: &Forms, f: FormId) -> bool {
    forms.forms[f].words().len() >= MIN_WORDS
}

/// Each searchable form's bigram ids, window by window (none for the other
/// forms), and the number of distinct bigrams. Ids follow the vocabulary in
/// order of first appearance over the searchable forms (it breaks ties
/// between equally rare features, so it depends neither on hashing nor on
/// threads), numbered once for the three passes over the features. On all
/// cores: each window gets the position of its bigram's first window
/// ([`first_windows`]); a first window's rank among them (a bit set's
/// count) is the id.
fn bigram_ids(forms: &Forms) -> (Lists, usize) {
    let vocab = forms.idf.len() as u32;
    let mut offsets = Vec::with_capacity(forms.len() + 1);
    offsets.push(0u32);
    let mut total = 0usize;
    for (f, form) in forms.forms.iter().enumerate() {
        let n = if searchable(forms, f) {
            form.words().len() - 1
        } else {
            0
        };
        // Past the offsets' reach (billions of words), later forms have none.
        total += n.min(MAX_ITEMS - total);
        offsets.push(offset(total));
    }
    let mut items = first_windows(forms, &offsets);
    // Bit `p` of `firsts`: window `p` is its bigram's first.
    let firsts: Vec<u64> = items
        .par_chunks(64)
        .enumerate()
        .map(|(block, items)| {
            let base = block * 64;
            (items.iter().enumerate())
                .filter(|&(i, &first)| first as usize == base + i)
                .fold(0u64, |bits, (i, _)| bits | 1 << i)
        })
        .collect();
    // First windows before each block of 64.
    let mut before = Vec::with_capacity(firsts.len());
    let mut distinct = 0u32;
    for bits in &firsts {
        before.push(distinct);
        distinct += bits.count_ones();
    }
    items.par_iter_mut().for_each(|x| {
        let (block, bit) = (*x as usize / 64, *x % 64);
        let below = firsts[block] & ((1u64 << bit) - 1);
        *x = vocab.saturating_add(before[block] + below.count_ones());
    });
    (Lists { offsets, items }, distinct as usize)
}

/// Shards of the bigrams in [`first_windows`], each one task's (and map's).
const BIGRAM_SHARDS: usize = 2;

/// For each window of the searchable forms (at `offsets`), the position of
/// its bigram's first window, found by the bigram's shard (a hash of the
/// pair) on that shard's task, which reads every window.
fn first_windows(forms: &Forms, offsets: &[u32]) -> Vec<u32> {
    let total = offsets.last().map_or(0, |&n| n as usize);
    let items: Vec<AtomicU32> = (0..total).map(|_| AtomicU32::new(0)).collect();
    let shard_of = |a: u32, b: u32| {
        // The product's high bits depend on both words.
        let key = (u64::from(a) << 32 | u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (key >> 32) as usize % BIGRAM_SHARDS
    };
    (0..BIGRAM_SHARDS).into_par_iter().for_each(|shard| {
        let mut first: FastMap<(u32, u32), u32> = FastMap::default();
        for (f, form) in forms.forms.iter().enumerate() {
            let (s, e) = (offsets[f], offsets[f + 1]);
            let windows = form.words().windows(2).take((e - s) as usize);
            for (p, w) in (s..e).zip(windows) {
                if shard_of(w[0], w[1]) == shard {
                    let at = *first.entry((w[0], w[1])).or_insert(p);
                    items[p as usize].store(at, Ordering::Relaxed);
                }
            }
        }
    });
    items.into_iter().map(AtomicU32::into_inner).collect()
}

/// A searchable form's distinct features, sorted, into `v`: word ids, then
/// its `bigrams`' ids, all above the vocabulary.
fn features_into(form: &Form, bigrams: &[u32], v: &mut Vec<u32>) {
    v.clear();
    v.extend(form.sorted().iter());
    let words = v.len();
    v.extend_from_slice(bigrams);
    // Bigram ids are above every word id and the words come sorted: only
    // the bigrams need sorting.
    v[words..].sort_unstable();
    v.dedup();
}

/// Forms whose useful features one task lists in [`useful_features`].
const FEATURE_CHUNK: usize = 4_096;

/// Per form, its features worth looking up (shared by 2 to [`MAX_POSTING`]
/// searchable forms), renumbered densely in the same order; and the number
/// of such features. Only the bigram ids are given serially; each form's
/// features are listed, sorted and counted on all cores.
fn useful_features(forms: &Forms) -> (Lists, usize) {
    let (bigrams, n_bigrams) = bigram_ids(forms);
    // First pass: how many forms hold each feature.
    let df: Vec<AtomicU32> = (0..forms.idf.len() + n_bigrams)
        .map(|_| AtomicU32::new(0))
        .collect();
    forms
        .forms
        .par_iter()
        .enumerate()
        .filter(|&(f, _)| searchable(forms, f))
        .for_each_init(Vec::new, |v, (f, form)| {
            features_into(form, bigrams.get(f), v);
            for &x in v.iter() {
                if let Some(d) = df.get(x as usize) {
                    d.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
    let mut df: Vec<u32> = df.into_iter().map(AtomicU32::into_inner).collect();
    // Dense ids for the useful features, in the old order (so ties between
    // equally rare features still break the same way); `u32::MAX` drops one.
    let mut kept = 0u32;
    for d in df.iter_mut() {
        *d = if (2..=MAX_POSTING as u32).contains(d) {
            kept += 1;
            kept - 1
        } else {
            u32::MAX
        };
    }
    // Second pass: each form's number of useful features gives the flat
    // lists' offsets; the third fills the items, each chunk of forms its
    // own part of them. Nothing beside the lists is held: counting twice
    // costs less than a second copy of the lists at grouping's peak.
    let useful_of = |f: FormId, v: &mut Vec<u32>| {
        features_into(&forms.forms[f], bigrams.get(f), v);
        v.retain_mut(|x| match df.get(*x as usize) {
            Some(&d) if d != u32::MAX => {
                *x = d;
                true
            }
            _ => false,
        });
    };
    let counts: Vec<u32> = forms
        .forms
        .par_iter()
        .enumerate()
        .map_init(Vec::new, |v, (f, _)| {
            if !searchable(forms, f) {
                return 0;
            }
            useful_of(f, v);
            v.len() as u32
        })
        .collect();
    let mut offsets = Vec::with_capacity(forms.len() + 1);
    offsets.push(0u32);
    let mut total = 0usize;
    for &n in &counts {
        // Past the offsets' reach (a corpus of billions of words), later
        // forms look nothing up rather than wrap around.
        total += (n as usize).min(MAX_ITEMS - total);
        offsets.push(offset(total));
    }
    drop(counts);
    let mut items = vec![0u32; total];
    let mut parts: Vec<(usize, &mut [u32])> = Vec::new();
    let mut rest: &mut [u32] = &mut items;
    for start in (0..forms.len()).step_by(FEATURE_CHUNK) {
        let end = (start + FEATURE_CHUNK).min(forms.len());
        let (part, after) = rest.split_at_mut((offsets[end] - offsets[start]) as usize);
        parts.push((start, part));
        rest = after;
    }
    parts
        .into_par_iter()
        .for_each_init(Vec::new, |v, (start, part)| {
            let end = (start + FEATURE_CHUNK).min(forms.len());
            let base = offsets[start] as usize;
            for f in (start..end).filter(|&f| searchable(forms, f)) {
                let (s, e) = (offsets[f] as usize - base, offsets[f + 1] as usize - base);
                useful_of(f, v);
                part[s..e].copy_from_slice(&v[..e - s]);
            }
        });
    (Lists { offsets, items }, kept as usize)
}

/// The inverted index: per feature, the forms holding it, ascending.
fn invert(features: &Lists, n_features: usize) -> Lists {
    // The index holds exactly the features' items, so its offsets fit too.
    let mut offsets = vec![0u32; n_features + 1];
    for &x in &features.items {
        offsets[x as usize + 1] += 1;
    }
    for i in 1..offsets.len() {
        offsets[i] += offsets[i - 1];
    }
    let mut fill = offsets.clone();
    let mut items = vec![0u32; features.items.len()];
    for f in 0..features.offsets.len().saturating_sub(1) {
        for &x in features.get(f) {
            let at = &mut fill[x as usize];
            items[*at as usize] = f as u32;
            *at += 1;
        }
    }
    Lists { offsets, items }
}

/// Each form's best few partners: the forms it shares the most rare
/// features with. A pair is a candidate when either side lists the other.
pub struct Candidates {
    partners: Vec<Partners>,
}

#[derive(Clone, Copy, Default)]
struct Partners {
    ids: [u32; TOP_CANDIDATES],
    len: u8,
}

impl Partners {
    fn as_slice(&self) -> &[u32] {
        &self.ids[..(self.len as usize).min(TOP_CANDIDATES)]
    }
}

impl Candidates {
    pub fn find(forms: &Forms) -> Candidates {
        let n = forms.len();
        let (features, n_features) = useful_features(forms);
        let index = invert(&features, n_features);
        let nf = n.max(1) as f32;
        let weight = |x: u32| (1.0 + nf / index.len_of(x as usize).max(1) as f32).ln();
        let partners: Vec<Partners> = (0..n)
            .into_par_iter()
            .map_init(
                || (vec![0.0f32; n], Vec::<u32>::new(), Vec::<(u32, u32)>::new()),
                |(score, touched, query), f| {
                    // Look up only the rarest shared features: they carry
                    // the evidence, and their posting lists are the short ones.
                    query.clear();
                    query.extend(
                        features
                            .get(f)
                            .iter()
                            .map(|&x| (index.len_of(x as usize) as u32, x)),
                    );
                    // Only the first few in (rarity, id) order are looked
                    // up: select them, then order just those.
                    if query.len() > QUERY_FEATURES {
                        query.select_nth_unstable(QUERY_FEATURES);
                        query.truncate(QUERY_FEATURES);
                    }
                    query.sort_unstable();
                    // The form's own entries, met in its postings, add to
                    // a score that is never zero, so it is never touched
                    // (a test per entry cost more than the entries' sums).
                    score[f] = f32::NEG_INFINITY;
                    let mut own = 0.0;
                    let mut scanned = 0;
                    for (i, &(_, x)) in query.iter().enumerate() {
                        let posting = index.get(x as usize);
                        // Rarest first: once the budget is spent, the rest
                        // add little evidence at a high price.
                        if i >= MIN_QUERY && scanned + posting.len() > SCAN_BUDGET {
                            break;
                        }
                        scanned += posting.len();
                        let wx = weight(x);
                        own += wx;
                        for (j, &g) in posting.iter().enumerate() {
                            if let Some(&ahead) = posting.get(j + PREFETCH_AHEAD) {
                                prefetch(score, ahead as usize);
                            }
                            let s = &mut score[g as usize];
                            if *s == 0.0 {
                                touched.push(g);
                            }
                            *s += wx;
                        }
                    }
                    score[f] = 0.0;
                    touched.retain(|&g| {
                        score[g as usize] >= MIN_SHARE * own || {
                            score[g as usize] = 0.0;
                            false
                        }
                    });
                    let by_score = |x: &u32, y: &u32| {
                        score[*y as usize]
                            .total_cmp(&score[*x as usize])
                            .then(x.cmp(y))
                    };
                    if touched.len() > TOP_CANDIDATES {
                        touched.select_nth_unstable_by(TOP_CANDIDATES, by_score);
                    }
                    let mut best = Partners::default();
                    for (slot, &g) in best.ids.iter_mut().zip(touched.iter()) {
                        *slot = g;
                        best.len += 1;
                    }
                    for &g in touched.iter() {
                        score[g as usize] = 0.0;
                    }
                    touched.clear();
                    best
                },
            )
            .collect();
        Candidates { partners }
    }

    fn of(&self, f: FormId) -> &[u32] {
        self.partners.get(f).map_or(&[], Partners::as_slice)
    }

    /// The candidate pairs `(f, g)` (as `(min, max)`) that `f` is
    /// responsible for: each unordered pair is yielded by exactly one side.
    pub fn pairs_of(&self, f: FormId) -> impl Iterator<Item = (FormId, FormId)> + '_ {
        self.of(f).iter().filter_map(move |&g| {
            let g = g as usize;
            // Listed both ways: the lower id yields it.
            let mutual = self.of(g).contains(&(f as u32));
            (!mutual || f < g).then_some((f.min(g), f.max(g)))
        })
    }
}

#[cfg(test)]
#[path = "candidates_tests.rs"]
mod tests;
