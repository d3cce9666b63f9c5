//! Fuzzy ranking: Unicode smart case over skim v2 scoring, the tie-break
//! order, and the pruning that keeps a keystroke fast at 100k candidates.
//!
//! Smart case: a query with an uppercase char (`char::is_uppercase`, so "É"
//! counts) matches case-sensitively against the text as is. Otherwise the
//! query is folded and matched case-insensitively; skim's own case folding
//! knows only ASCII, so non-ASCII chars of both sides are lowercased first,
//! one char for one char (chars whose lowercase is several chars stay as
//! they are), which keeps matched char indices valid for the original text.
//! ASCII letters are left to skim so its case-mismatch penalty still applies.
//!
//! Speed: whether a candidate matches at all is exactly "the query's chars
//! occur in order", a memchr scan. Skim's score is only needed for the few
//! candidates that can reach the visible top: each match gets an upper
//! bound on its score (`bound.rs`), and candidates are scored in bound
//! order, then tie-break order, until no remaining bound can beat the
//! current top `limit`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rayon::prelude::*;

use super::bound::{Bounder, Plain};
use super::key::{KeyRef, MatchKey};
use super::score::{SkimScorer, skim_with_positions};
use super::store::Store;
use super::window::{gap_excess, match_end, shortest_window};
use super::{Hit, View};
use crate::text::fold::lower_char;

/// Pools at least this large are filtered on rayon's threads.
const PARALLEL_POOL: usize = 8192;
const CHUNK: usize = 2048;
/// Candidates scored between two looks at the worst score kept.
const SCORE_CHUNK: usize = 256;
/// Buckets at least this large are scored on rayon's threads.
const PARALLEL_SCORING: usize = 1024;

/// The order of candidates at equal score: people, variants and quotes, then
/// titles, then sentences; then shorter text; then candidate order.
pub(super) type TieKey = (u8, u32, u32);

/// Ranking order: higher score first, then tie order.
type RankKey = (Reverse<i64>, TieKey);

pub(super) fn tie_key(store: &Store, keys: &[MatchKey], i: u32) -> TieKey {
    let class = store.kind(i as usize).map_or(u8::MAX, |k| k.tie_class());
    let chars = keys.get(i as usize).map_or(u32::MAX, MatchKey::chars);
    (class, chars, i)
}

/// The fold text shapes and query steps are compared under.
pub(super) fn text_fold(c: char) -> char {
    lower_char(c).to_ascii_lowercase()
}

/// Smart case: whether `query` is matched case-sensitively.
pub(super) fn is_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

/// A query prepared for matching.
pub(super) struct Pattern {
    sensitive: bool,
    /// What skim is given: the query, folded when matching ignores case.
    skim: String,
    /// The same, prepared for scoring.
    scorer: SkimScorer,
    /// The query as the prefilter sees it (fully lowercased unless case-sensitive).
    plain: String,
    /// Chars in the query.
    chars: usize,
    bounder: Bounder,
    /// Says when the results are no longer wanted (a newer query came):
    /// the passes then stop early, and their results are to be dropped.
    stop: Option<Stop>,
}

/// A check that a search's results are no longer wanted.
pub type Stop = std::sync::Arc<dyn Fn() -> bool + Send + Sync>;

impl Pattern {
    pub(super) fn new(query: &str) -> Self {
        let sensitive = is_case_sensitive(query);
        let skim: String = if sensitive {
            query.to_owned()
        } else {
            query.chars().map(lower_char).collect()
        };
        let plain = if sensitive {
            skim.clone()
        } else {
            skim.chars().map(|c| c.to_ascii_lowercase()).collect()
        };
        Pattern {
            chars: query.chars().count(),
            bounder: Bounder::new(&skim, &plain, sensitive, text_fold),
            stop: None,
            sensitive,
            scorer: SkimScorer::new(&skim, sensitive),
            skim,
            plain,
        }
    }

    /// The pattern, with `stop` to say when its results are no longer wanted.
    pub(super) fn stopping(mut self, stop: Option<Stop>) -> Self {
        self.stop = stop;
        self
    }

    /// Whether the results are no longer wanted: what a pass returns then
    /// is incomplete (once true, this stays true).
    pub(super) fn stopped(&self) -> bool {
        self.stop.as_ref().is_some_and(|stop| stop())
    }

    /// The prefilter's form of the query after its first `n` chars (folding
    /// maps char to char, so a prefix of the query is a prefix of this).
    fn plain_after(&self, n: usize) -> &str {
        self.plain
            .char_indices()
            .nth(n)
            .map_or("", |(at, _)| &self.plain[at..])
    }

    /// The text the prefilter and bounds look at for this candidate.
    fn plain_text<'a>(&self, text: &'a str, key: KeyRef<'a>) -> Plain<'a> {
        if self.sensitive {
            Plain {
                text,
                fold_ascii: false,
            }
        } else {
            key.folded(text)
        }
    }

    /// Skim's score, and the matched char indices when asked. Ranking asks
    /// for scores only, computed by `score.rs` (the same scores, far
    /// cheaper); positions come from fuzzy-matcher itself.
    /// Without indices, scores below `floor` may come back as `None`.
    pub(super) fn score(
        &self,
        text: &str,
        key: KeyRef<'_>,
        with_indices: bool,
        floor: i64,
    ) -> Option<(i64, Vec<usize>)> {
        let text = if self.sensitive {
            text
        } else {
            key.skim_text(text)
        };
        if !with_indices {
            return self.scorer.score(text, floor).map(|s| (s, Vec::new()));
        }
        skim_with_positions(text, &self.skim, self.sensitive)
    }

    /// A cheap upper bound of skim's score for a text that matches.
    fn coarse_bound(&self, text: &str, key: KeyRef<'_>) -> i64 {
        self.bounder
            .coarse(self.plain_text(text, key), key.camel, key.shape)
    }

    /// A tighter upper bound of skim's score for a text that matches.
    fn bound(&self, text: &str, key: KeyRef<'_>) -> i64 {
        let half = if self.sensitive {
            text
        } else {
            key.skim_text(text)
        };
        self.bounder
            .bound(self.plain_text(text, key), half, key.camel, key.shape)
    }

    /// [`Pattern::bound`] less what the gaps of the text's shortest match
    /// must cost beyond it (`window.rs`): dearer to compute, far tighter
    /// for a query matched only across scattered letters. `bound` must be
    /// [`Pattern::bound`]'s: a score already tightened charged its gaps.
    fn gap_bound(&self, text: &str, key: KeyRef<'_>, bound: i64) -> i64 {
        if self.chars < 2 {
            return bound;
        }
        match shortest_window(self.plain_text(text, key), &self.plain) {
            Some(window) => bound.saturating_sub(gap_excess(window, self.chars)),
            None => bound,
        }
    }
}

/// Whether `needle`'s chars occur in `hay` in order.
#[cfg(test)]
fn is_subsequence(hay: Plain<'_>, needle: &str) -> bool {
    match_end(hay, needle, 0).is_some()
}

/// A candidate that matches the query, with what the next keystroke needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Survivor {
    pub index: u32,
    /// An upper bound of its score: cheap at first, tightened to the exact
    /// score once ranking has computed it.
    pub bound: i32,
    /// Where the greedy match of the query ends in the prefilter text: a
    /// longer query only needs its added chars looked for after it.
    pub end: u32,
    /// The shape bound, which grows by the added chars' step bounds.
    pub coarse: i32,
}

/// The most one more query char can add to a score: a match at a word head
/// (16 + 8). A query's score is at most its prefix's plus this per char,
/// because the best alignment of the longer query, cut at the prefix's
/// end, is an alignment of the prefix.
pub(super) const MAX_CHAR_SCORE: i32 = 24;

fn clamp_score(x: i64) -> i32 {
    x.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

fn filter_pool<T: Sync>(
    pattern: &Pattern,
    pool: &[T],
    check: impl Fn(&T) -> Option<Survivor> + Sync,
) -> Vec<Survivor> {
    if pool.len() >= PARALLEL_POOL {
        // A chunk left out when stopped: the caller drops the result.
        pool.par_chunks(CHUNK)
            .filter(|_| !pattern.stopped())
            .flat_map_iter(|chunk| chunk.iter().filter_map(&check))
            .collect()
    } else {
        pool.iter().filter_map(check).collect()
    }
}

/// Candidate `index`, if it matches `pattern`, with its bounds.
fn survivor(view: View<'_>, pattern: &Pattern, index: u32) -> Option<Survivor> {
    let (text, key) = view.get(index)?;
    let end = match_end(pattern.plain_text(&text, key), &pattern.plain, 0)?;
    let coarse = clamp_score(pattern.coarse_bound(&text, key));
    Some(Survivor {
        index,
        bound: coarse,
        end: u32::try_from(end).unwrap_or(u32::MAX),
        coarse,
    })
}

/// The candidates of `pool` that match `pattern`, in pool order, with their bounds.
pub(super) fn filter(view: View<'_>, pattern: &Pattern, pool: &[u32]) -> Vec<Survivor> {
    filter_pool(pattern, pool, |&index| survivor(view, pattern, index))
}

/// The candidates `0..len` that match `pattern`, in index order: the order
/// they are stored in, so that their entries, keys and texts are read one
/// after the other rather than at random (a million sentences at 40,000
/// articles do not fit in the caches).
pub(super) fn filter_all(view: View<'_>, pattern: &Pattern, len: usize) -> Vec<Survivor> {
    let len = u32::try_from(len).unwrap_or(u32::MAX);
    let chunk = CHUNK as u32;
    let check = |index: u32| survivor(view, pattern, index);
    if len as usize >= PARALLEL_POOL {
        (0..len.div_ceil(chunk))
            .into_par_iter()
            .filter(|_| !pattern.stopped())
            .flat_map_iter(|c| (c * chunk..len.min(c * chunk + chunk)).filter_map(check))
            .collect()
    } else {
        (0..len).filter_map(check).collect()
    }
}

/// [`filter`] for a query that extends the one `pool` matched, by the chars
/// after its first `prefix_chars`, with the same case rule: only the added
/// chars are looked for, after the prefix's match, and bounds grow from the
/// prefix's (a score can grow by at most [`MAX_CHAR_SCORE`] a char).
pub(super) fn filter_extending(
    view: View<'_>,
    pattern: &Pattern,
    pool: &[Survivor],
    prefix_chars: usize,
) -> Vec<Survivor> {
    let added_chars = pattern.chars.saturating_sub(prefix_chars);
    let added = pattern.plain_after(prefix_chars);
    let carry = MAX_CHAR_SCORE.saturating_mul(i32::try_from(added_chars).unwrap_or(i32::MAX));
    filter_pool(pattern, pool, |parent| {
        let (text, key) = view.get(parent.index)?;
        let end = match_end(pattern.plain_text(&text, key), added, parent.end as usize)?;
        let steps =
            pattern
                .bounder
                .steps_from(prefix_chars.saturating_sub(1), key.camel, key.shape);
        let coarse = parent.coarse.saturating_add(clamp_score(steps));
        Some(Survivor {
            index: parent.index,
            bound: coarse.min(parent.bound.saturating_add(carry)),
            end: u32::try_from(end).unwrap_or(u32::MAX),
            coarse,
        })
    })
}

/// The best `limit` survivors, ordered by score then [`TieKey`], with their
/// matched char indices, whatever order `survivors` are in. The bounds of
/// the survivors looked at are tightened in place (to the exact score where
/// it was computed), for the next page and the next keystroke.
pub(super) fn top_hits(
    view: View<'_>,
    pattern: &Pattern,
    survivors: &mut [Survivor],
    limit: usize,
) -> Vec<Hit> {
    if limit == 0 || survivors.is_empty() {
        return Vec::new();
    }
    let (store, keys) = (view.store, view.keys);
    let (hi, buckets) = buckets_by_bound(survivors);
    // Max-heap on the rank key: its top is the worst of the best so far.
    let mut best: BinaryHeap<RankKey> = BinaryHeap::new();
    for (slot, bucket) in buckets.iter().enumerate() {
        let bound = hi - slot as i64;
        if best.len() >= limit && best.peek().is_some_and(|w| w.0 < Reverse(bound)) {
            // Every remaining bound is below the worst score kept.
            break;
        }
        // One by one until `limit` are kept; then in chunks, scored in
        // parallel when the bucket is large. The worst kept score is read
        // once per chunk, which only makes the skipping more cautious.
        let mut at = 0;
        while at < bucket.len() {
            if pattern.stopped() {
                // Bounds tightened so far stay true; the hits are dropped.
                return Vec::new();
            }
            let size = if best.len() < limit { 1 } else { SCORE_CHUNK };
            let chunk = &bucket[at..(at + size).min(bucket.len())];
            at += chunk.len();
            let worst = (best.len() >= limit)
                .then(|| best.peek().copied())
                .flatten();
            let beaten = |key: RankKey| worst.is_some_and(|w| key > w);
            let kept: &[Survivor] = survivors;
            // Per position: its tightened bound, and its rank key if it scored.
            let score = |&at: &u32| -> (u32, i64, Option<RankKey>) {
                let (i, known) = (kept[at as usize].index, i64::from(kept[at as usize].bound));
                let tie = tie_key(store, keys, i);
                let Some((text, key)) = view.get(i) else {
                    return (at, known, None);
                };
                if beaten((Reverse(bound), tie)) {
                    return (at, known, None);
                }
                let shape = pattern.bound(&text, key);
                let fine = shape.min(known);
                if beaten((Reverse(fine), tie)) {
                    return (at, fine, None);
                }
                // The gap deduction applies to the shape bound, not to a
                // bound that is already a score.
                let fine = pattern.gap_bound(&text, key, shape).min(known);
                if beaten((Reverse(fine), tie)) {
                    return (at, fine, None);
                }
                // Below the worst score kept, a candidate cannot enter.
                let floor = worst.map_or(i64::MIN, |w| (w.0).0);
                match pattern.score(&text, key, false, floor) {
                    Some((score, _)) => (at, score, Some((Reverse(score), tie))),
                    // Known now to score under the floor.
                    None => (at, fine.min(floor.saturating_sub(1)), None),
                }
            };
            let scored: Vec<(u32, i64, Option<RankKey>)> =
                if chunk.len() > 1 && bucket.len() >= PARALLEL_SCORING {
                    chunk.par_iter().map(score).collect()
                } else {
                    chunk.iter().map(score).collect()
                };
            for (at, tightened, entry) in scored {
                survivors[at as usize].bound = clamp_score(tightened);
                if let Some(entry) = entry {
                    best.push(entry);
                    if best.len() > limit {
                        best.pop();
                    }
                }
            }
        }
    }
    into_hits(best, view, pattern)
}

/// Survivors grouped by bound, best bound first, their order kept within each:
/// the best bound and the buckets of positions in `survivors`.
fn buckets_by_bound(survivors: &[Survivor]) -> (i64, Vec<Vec<u32>>) {
    let (lo, hi) = survivors.iter().fold((i64::MAX, i64::MIN), |(lo, hi), s| {
        let b = i64::from(s.bound);
        (lo.min(b), hi.max(b))
    });
    let mut buckets: Vec<Vec<u32>> = vec![Vec::new(); (hi - lo + 1).clamp(0, 1 << 16) as usize];
    for (at, s) in survivors.iter().enumerate() {
        let slot = ((hi - i64::from(s.bound)) as usize).min(buckets.len().saturating_sub(1));
        buckets[slot].push(at as u32);
    }
    (hi, buckets)
}

/// The kept rank keys as hits, best first, with their matched chars.
fn into_hits(best: BinaryHeap<RankKey>, view: View<'_>, pattern: &Pattern) -> Vec<Hit> {
    best.into_sorted_vec()
        .into_iter()
        .map(|(Reverse(score), (_, _, i))| {
            let matched = match view.get(i) {
                Some((text, key)) => pattern
                    .score(&text, key, true, i64::MIN)
                    .map(|(_, m)| m)
                    .unwrap_or_default(),
                None => Vec::new(),
            };
            Hit {
                candidate: i as usize,
                score,
                matched,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn text() -> impl Strategy<Value = String> {
        chars(0..30)
    }

    fn chars(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec![
                'a', 'A', 'b', 'B', 'e', 'E', 'é', 'É', ' ', '.', '-', '(', '1', 'ß', 'K', 'z',
            ]),
            len,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    static MATCHED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    #[test]
    fn the_bound_property_sees_matches() {
        bound_holds_and_prefilter_agrees();
        assert!(MATCHED.load(std::sync::atomic::Ordering::Relaxed) > 500);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// The pruning is only exact if no match ever scores above its bound,
        /// and the prefilter only if it agrees with skim on what matches.
        #[test]
        fn bound_holds_and_prefilter_agrees(t in text(), q in chars(1..5)) {
            let copy = super::super::key::folded_copy(&t);
            let folds = super::super::key::Folds::new(
                copy.iter().map(|_| 0).collect(),
                copy.iter().cloned().collect(),
            );
            let owned = MatchKey::new(&t, copy.as_deref(), text_fold);
            let key = owned.with(0, &folds);
            let pattern = Pattern::new(&q);
            let plain = pattern.plain_text(&t, key);
            let scored = pattern.score(&t, key, false, i64::MIN);
            MATCHED.fetch_add(usize::from(scored.is_some()), std::sync::atomic::Ordering::Relaxed);
            prop_assert_eq!(is_subsequence(plain, &pattern.plain), scored.is_some());
            if let Some((score, _)) = scored {
                let bound = pattern.bound(&t, key);
                prop_assert!(score <= bound, "{:?} in {:?}: {} > {}", q, t, score, bound);
                prop_assert!(bound <= pattern.coarse_bound(&t, key));
                let gapped = pattern.gap_bound(&t, key, bound);
                prop_assert!(score <= gapped, "{:?} in {:?}: {} > gap bound {}", q, t, score, gapped);
                if q.chars().count() == 1 {
                    prop_assert_eq!(score, bound, "one char: the bound is exact");
                }
                let (again, _) = pattern.score(&t, key, true, i64::MIN).unwrap();
                prop_assert_eq!(score, again);
            }
        }
    }
}
