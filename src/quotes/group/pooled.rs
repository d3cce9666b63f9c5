//! Two outlets' own translations of one sentence: "I think we can exclude
//! that the United States in the coming years will try to use force to
//! annex territory" and "in excluding the possibility that the USA will
//! attempt to annex territories of interest to them by force in the coming
//! years" share their content, not their words in order, so no link joins
//! their groups. What a group of such renderings has that a pair lacks is
//! its pooled vocabulary: each translator picks some of the sentence's
//! words, and together they name most of the words another translation
//! picks ("exclude" here, "annex" and "territories" there).
//!
//! So two groups of one speaker merge when a long rendering of each finds
//! [`MIN_COVER`] of its weighted content words (rare words weigh more,
//! function words nothing) among the other group's words, and each is the
//! other's best such group by [`MIN_MARGIN`]: a speaker's sentences share
//! the speech's topic words, and a group that two others fit alike proves
//! neither. An article that prints long renderings in both groups printed
//! two sentences: they stay apart (a short phrase it quotes beside the
//! whole sentence may be that sentence's words, in another outlet's
//! translation: it keeps nothing apart).
//!
//! Such a group rests on shared words alone, no rendering linking to
//! another: were it two sentences, it would be the most divergent group
//! and lead the reader. It is listed as doubtful ([`Merged`]).
//!
//! The cost is a sort of each speaker's (word, group) pairs, the pairs of
//! groups that share a word few of the speaker's groups say, and a bag
//! comparison for each group's [`MAX_PARTNERS`] best-sharing partners.

use std::cell::RefCell;

use rayon::prelude::*;

use crate::fast_hash::FastMap;
use crate::ids::{PersonId, SourceId};

use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::link::MIN_CORE_WORDS;

/// Share of a long rendering's content weight the other group's words must
/// say, each way: on the labelled news 0.3 to 0.45 merged about the same
/// groups; lower joins sentences that share the speech's topic words
/// (precision), higher leaves translations that reword half the sentence
/// apart (recall).
const MIN_COVER: f32 = 0.4;
/// How far a pair's cover must stand above each group's next best partner:
/// a rendering that fits two groups about alike fits the speech, not one
/// sentence. Lower (0.1) merged sentences of one answer on the half not
/// tuned on; higher (0.3) kept apart translations also near a neighbour.
const MIN_MARGIN: f32 = 0.2;
/// A word more of one speaker's groups say than this is the speech's topic
/// ("Greenland" in a presser about it): it does not nominate partners
/// (it still counts in the cover). Bounds the pairs listed.
const MAX_POSTING: usize = 8;
/// Partners per group compared, those sharing the most rare weight first.
const MAX_PARTNERS: usize = 4;

/// A group taking part: one speaker, its long forms' articles (sorted),
/// its pooled content words (sorted, distinct) and its long forms.
struct Pool {
    speaker: PersonId,
    sources: Vec<SourceId>,
    words: Vec<WordId>,
    long: Vec<FormId>,
}

/// The forms of the groups merged, each with its side of its merge
/// (`2 * merge` or `2 * merge + 1`). Later stages may part a merged group
/// again, so a group is judged by its members: it rests on pooled words
/// when it holds both sides of one merge.
#[derive(Debug, Clone, Default)]
pub struct Merged {
    side: FastMap<FormId, u32>,
}

impl Merged {
    /// Whether `members` hold forms of both sides of one merge.
    pub fn joins(&self, members: &[FormId]) -> bool {
        if self.side.is_empty() {
            return false;
        }
        let mut sides: Vec<u32> = members
            .iter()
            .filter_map(|f| self.side.get(f).copied())
            .collect();
        sides.sort_unstable();
        sides.dedup();
        sides.windows(2).any(|w| w[0] % 2 == 0 && w[1] == w[0] + 1)
    }
}

/// Merges the groups of one speaker that pool one sentence's words (see
/// the module doc), and tells which. `source_of` tells a unit's article.
pub fn merge(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    source_of: impl Fn(UnitIdx) -> SourceId + Sync,
) -> Merged {
    // On all cores: read serially, the pools held the other core idle.
    let pools: Vec<Option<Pool>> = groups
        .par_iter()
        .map(|members| pool_of(forms, members, &source_of))
        .collect();
    let shared = shared_weights(forms, &pools);
    // Per group: its best partner's cover, the next best's, and the best.
    // Each group weighs its partners on its own: on all cores.
    let mut best: Vec<(f32, f32, usize)> = vec![(0.0, 0.0, usize::MAX); groups.len()];
    let found: Vec<(usize, (f32, f32, usize))> = shared
        .par_chunk_by(|x, y| x.0 == y.0)
        .filter_map(|run| {
            let a = run[0].0 as usize;
            Some((a, best_partners(forms, &pools, a, run)?))
        })
        .collect();
    for (a, slot) in found {
        best[a] = slot;
    }
    let merges: Vec<(usize, usize)> = best
        .iter()
        .enumerate()
        .filter(|&(a, &(score, second, b))| {
            b != usize::MAX
                && a < b
                && best[b].2 == a
                && score >= MIN_COVER
                && score - second >= MIN_MARGIN
                && score - best[b].1 >= MIN_MARGIN
        })
        .map(|(a, &(_, _, b))| (a, b))
        .collect();
    let mut merged = Merged::default();
    if merges.is_empty() {
        return merged;
    }
    // Mutual best partners: each group is in one merge at most.
    for (m, (x, y)) in merges.into_iter().enumerate() {
        let moved = std::mem::take(&mut groups[y]);
        let side = 2 * m as u32;
        merged.side.extend(groups[x].iter().map(|&f| (f, side)));
        merged.side.extend(moved.iter().map(|&f| (f, side + 1)));
        groups[x].extend(moved);
    }
    groups.retain(|g| !g.is_empty());
    groups.sort_unstable();
    merged
}

/// Group `a`'s best partner among those it shares rare words with (`run`,
/// its rows of [`shared_weights`]): the best cover, the next best, and the
/// best partner.
fn best_partners(
    forms: &Forms,
    pools: &[Option<Pool>],
    a: usize,
    run: &[(u32, u32, f32)],
) -> Option<(f32, f32, usize)> {
    let pa = pools[a].as_ref()?;
    let mut partners = run.to_vec();
    partners.sort_unstable_by(|x, y| y.2.total_cmp(&x.2).then(x.1.cmp(&y.1)));
    BAGS.with_borrow_mut(|(own, theirs)| {
        own.clear();
        let mut slot = (0.0, 0.0, usize::MAX);
        for &(_, b, _) in partners.iter().take(MAX_PARTNERS) {
            let b = b as usize;
            let Some(pb) = &pools[b] else { continue };
            if pa
                .sources
                .iter()
                .any(|s| pb.sources.binary_search(s).is_ok())
            {
                continue;
            }
            // The score is the lesser cover: when one way's is no better than
            // the next best, the pair changes nothing and the other way's bag
            // comparison is skipped. Group `a`'s bags are listed once for all
            // its partners.
            if own.is_empty() {
                own.fill(forms, &pa.long);
            }
            let there = cover(forms, own, pb);
            if there <= slot.1 {
                continue;
            }
            theirs.fill(forms, &pb.long);
            let score = there.min(cover(forms, theirs, pa));
            if score > slot.0 {
                slot = (score, slot.0, b);
            } else if score > slot.1 {
                slot.1 = score;
            }
        }
        Some(slot)
    })
}

/// The pool of a group whose attributed forms all have one speaker and
/// that holds a long form (short ones are the fragment rules' to place).
fn pool_of(
    forms: &Forms,
    members: &[FormId],
    source_of: impl Fn(UnitIdx) -> SourceId,
) -> Option<Pool> {
    let mut speaker = None;
    for s in members.iter().filter_map(|&f| forms.one_speaker(f)) {
        if speaker.is_some_and(|x| x != s) {
            return None;
        }
        speaker = Some(s);
    }
    let long: Vec<FormId> = members
        .iter()
        .copied()
        .filter(|&f| forms.forms[f].words().len() >= MIN_CORE_WORDS)
        .collect();
    if long.is_empty() {
        return None;
    }
    // The articles of its long renderings only: an article that quotes a
    // phrase of one sentence (a headline's words, a lede's) and prints it
    // whole in another outlet's words printed one sentence, not two.
    let mut sources: Vec<SourceId> = long
        .iter()
        .flat_map(|&f| forms.forms[f].units.iter())
        .map(|&u| source_of(u))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let mut words: Vec<WordId> = members
        .iter()
        .flat_map(|&f| forms.forms[f].bag())
        .filter(|&w| !forms.function[w as usize])
        .collect();
    words.sort_unstable();
    words.dedup();
    Some(Pool {
        speaker: speaker?,
        sources,
        words,
        long,
    })
}

/// Per ordered pair of groups (a, b) of one speaker, the weight of the
/// content words both pools say that at most [`MAX_POSTING`] of the
/// speaker's groups say; sorted by (a, b).
fn shared_weights(forms: &Forms, pools: &[Option<Pool>]) -> Vec<(u32, u32, f32)> {
    // One speaker's (word, group) postings at a time, in one buffer: the
    // whole corpus's at once were the largest thing held while grouping.
    let mut by_speaker: Vec<(PersonId, u32)> = pools
        .iter()
        .enumerate()
        .filter_map(|(g, p)| Some((p.as_ref()?.speaker, g as u32)))
        .collect();
    by_speaker.sort_unstable();
    let mut said: Vec<(WordId, u32)> = Vec::new();
    let mut pairs: Vec<(u32, u32, f32)> = Vec::new();
    for groups in by_speaker.chunk_by(|x, y| x.0 == y.0) {
        if groups.len() < 2 {
            continue;
        }
        said.clear();
        for &(_, g) in groups {
            if let Some(p) = &pools[g as usize] {
                said.extend(p.words.iter().map(|&w| (w, g)));
            }
        }
        said.sort_unstable();
        for run in said.chunk_by(|x, y| x.0 == y.0) {
            if run.len() > MAX_POSTING {
                continue;
            }
            let weight = forms.idf[run[0].0 as usize];
            for (i, &(_, a)) in run.iter().enumerate() {
                for &(_, b) in &run[i + 1..] {
                    pairs.extend([(a, b, weight), (b, a, weight)]);
                }
            }
        }
    }
    drop(said);
    pairs.par_sort_unstable_by_key(|&(a, b, _)| (a, b));
    pairs
        .chunk_by(|x, y| (x.0, x.1) == (y.0, y.1))
        .map(|run| (run[0].0, run[0].1, run.iter().map(|x| x.2).sum()))
        .collect()
}

// Per thread: the other pool's words as bits, set for one [`cover`] call
// and cleared after it; and the content bags of a group and of a partner
// ([`Bags`]), filled for one [`best_partners`] call.
thread_local! {
    static SAID: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    static BAGS: RefCell<(Bags, Bags)> = const { RefCell::new((Bags::new(), Bags::new())) };
}

/// A group's long forms' content words (each bag without function words,
/// ascending), flat, where each form's words end, and each form's content
/// weight. A group is covered against up to [`MAX_PARTNERS`] partners:
/// reading its bags through their packed order, skipping repeats and
/// function words and summing every weight again for each cover was most
/// of [`cover`]'s cost; listed once, a cover reads only the words and adds
/// the weights of those said. The weights add in the bag's order, as they
/// did: the same sums to the bit. Per call, not per group: the lists of
/// every group at once raised grouping's memory peak.
struct Bags {
    words: Vec<WordId>,
    ends: Vec<u32>,
    all: Vec<f32>,
    /// One form's sorted words, repeats kept, while it is listed.
    sorted: Vec<WordId>,
}

impl Bags {
    const fn new() -> Bags {
        Bags {
            words: Vec::new(),
            ends: Vec::new(),
            all: Vec::new(),
            sorted: Vec::new(),
        }
    }

    fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    fn clear(&mut self) {
        self.words.clear();
        self.ends.clear();
        self.all.clear();
    }

    /// The content bags of `long`, in place of any before. Each form's
    /// sorted words are copied out in one pass (four to a slot of their
    /// packed order), then read as its bag is: repeats skipped, then
    /// function words.
    fn fill(&mut self, forms: &Forms, long: &[FormId]) {
        self.clear();
        for &f in long {
            forms.forms[f].sorted().copy_into(&mut self.sorted);
            let mut all = 0.0;
            let mut last = None;
            for &w in &self.sorted {
                if last == Some(w) {
                    continue;
                }
                last = Some(w);
                if forms.function[w as usize] {
                    continue;
                }
                all += forms.idf[w as usize];
                self.words.push(w);
            }
            self.ends.push(self.words.len() as u32);
            self.all.push(all);
        }
    }

    /// Each long form's content words and content weight.
    fn iter(&self) -> impl Iterator<Item = (&[WordId], f32)> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        (starts.zip(&self.ends).zip(&self.all))
            .map(|((s, &e), &all)| (&self.words[s as usize..e as usize], all))
    }
}

/// The largest share of a long form (of those listed in `of`) whose
/// content weight `other`'s words say. A group's long forms render one sentence and repeat its
/// words, and a cover reads them all: a bit per word of `other` (set and
/// cleared once a call) tells each one in a load, where a search of
/// `other`'s words took a dozen steps a word (3 % of the run).
fn cover(forms: &Forms, of: &Bags, other: &Pool) -> f32 {
    SAID.with_borrow_mut(|said_bits| {
        let top = other.words.last().map_or(0, |&w| w as usize / 64 + 1);
        if said_bits.len() < top {
            said_bits.resize(top, 0);
        }
        for &w in &other.words {
            said_bits[w as usize / 64] |= 1 << (w % 64);
        }
        let says = |w: WordId| {
            said_bits
                .get(w as usize / 64)
                .is_some_and(|bits| bits >> (w % 64) & 1 != 0)
        };
        let best = of
            .iter()
            .map(|(words, all)| {
                let mut said = 0.0;
                // A bag's words are distinct: each is said at most once.
                for &w in words.iter().filter(|&&w| says(w)) {
                    said += forms.idf[w as usize];
                }
                if all > 0.0 { said / all } else { 0.0 }
            })
            .fold(0.0, f32::max);
        for &w in &other.words {
            said_bits[w as usize / 64] = 0;
        }
        best
    })
}

#[cfg(test)]
#[path = "pooled_tests.rs"]
mod tests;
