//! Whether two forms render the same utterance: an order-preserving,
//! weighted comparison of their words.
//!
//! Bags of words merge different statements that share topic words
//! ("security guarantees for Ukraine"); so the evidence here is the weighted
//! longest common subsequence: words both renderings say *in the same order*,
//! each counted by its corpus-learned weight (rare words count more).
//! Speakers are soft evidence: agreeing ones let a loose translation link,
//! disagreeing ones demand a long verbatim excerpt (attribution errs).

use std::cell::RefCell;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::forms::{Form, Forms, WordId};

/// Forms with fewer words are fragments or short excerpts: each joins only
/// the group of its best match and never bridges two groups (a short
/// phrase fits inside many statements).
pub const MIN_CORE_WORDS: usize = 7;
/// Forms with fewer words are never grouped (one-word scare quotes).
pub const MIN_WORDS: usize = 2;

/// Forms with fewer words link only as a fragment wholly inside the other
/// ([`Evidence::contains_fragment`]): lower would let three-word phrases
/// ("in the region") link loosely (precision); higher would keep four-word
/// edited excerpts apart (recall).
pub const MIN_LINK_WORDS: usize = 4;

/// Words a verbatim excerpt must have to link despite a speaker disagreement:
/// lower lets a short shared run outweigh the attribution and merge two
/// speakers' statements (precision); higher lets one attribution error split
/// a group (recall).
const MIN_RUN_AGAINST_SPEAKERS: usize = 5;

/// Words matched in order for any link between full forms: fewer would link
/// forms on two shared words (precision); more would drop short renderings
/// (recall).
const MIN_MATCHED: u32 = 3;
/// Containment that links whatever the coverage (an excerpt): lower links
/// edited excerpts that changed more words (recall) and unrelated statements
/// sharing a long phrase (precision).
const TIGHT_CONTAINMENT: f32 = 0.8;
/// Containment and coverage together that link an edited rendering (words
/// dropped or changed on both sides): lower values group looser paraphrases
/// (recall) at the price of statements on one topic (precision).
const EDITED_CONTAINMENT: f32 = 0.6;
/// See [`EDITED_CONTAINMENT`].
const EDITED_COVERAGE: f32 = 0.4;

/// With one speaker on both sides, a translation may keep only half the
/// words: these looser limits trust the attribution (recall) and would
/// merge one person's different statements on one topic if lower (precision).
const AGREEING_MIN_MATCHED: u32 = 4;
/// See [`AGREEING_MIN_MATCHED`].
const AGREEING_CONTAINMENT: f32 = 0.45;
/// The least coverage any link accepts (a translation by the same speaker).
const LOOSE_COVERAGE: f32 = 0.35;

/// Containment of a fragment wholly inside the other form (1 but for float
/// rounding of the summed weights).
const FRAGMENT_CONTAINMENT: f32 = 0.99;

/// Who the two forms are attributed to, when both are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speakers {
    /// At least one form has no known speaker.
    Unknown,
    /// Both known, and they share one.
    Agree,
    /// Both known, and they share none.
    Differ,
}

/// The evidence that two forms render one utterance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    /// Weighted common subsequence over the shorter form's weight.
    pub containment: f32,
    /// Weighted common subsequence over the longer form's weight.
    pub coverage: f32,
    /// Words matched in order.
    pub matched: u32,
    pub speakers: Speakers,
    /// The shorter form's words occur as one unbroken run in the longer.
    pub run: bool,
}

impl Evidence {
    /// Ordering key for merging: strongest links first.
    pub fn score(&self) -> f32 {
        0.5 * (self.containment + self.coverage)
    }

    /// Whether this is enough to say "same utterance" for two full forms.
    pub fn links(&self) -> bool {
        let (c, d) = (self.containment, self.coverage);
        match self.speakers {
            // Attribution errs (one quote in ten or twenty): a disagreement is
            // a penalty, not a veto. Only a long verbatim excerpt outweighs it.
            Speakers::Differ => self.run && self.matched as usize >= MIN_RUN_AGAINST_SPEAKERS,
            // One speaker's renderings: a translation may keep only half the
            // words; an excerpt of them all still links as below.
            Speakers::Agree
                if self.matched >= AGREEING_MIN_MATCHED
                    && c >= AGREEING_CONTAINMENT
                    && d >= LOOSE_COVERAGE =>
            {
                true
            }
            _ => {
                self.matched >= MIN_MATCHED
                    && (c >= TIGHT_CONTAINMENT || (c >= EDITED_CONTAINMENT && d >= EDITED_COVERAGE))
            }
        }
    }

    /// Whether a fragment is wholly inside the other form as one run.
    pub fn contains_fragment(&self) -> bool {
        self.matched as usize >= MIN_WORDS && self.containment >= FRAGMENT_CONTAINMENT && self.run
    }
}

/// The least containment [`Evidence::links`] or [`Evidence::contains_fragment`]
/// accepts for forms with these speakers: what the bag-overlap prefilter in
/// [`evidence`] asks of an upper bound, so the two cannot drift apart. (A
/// disagreement links only through an unbroken run, whose containment is 1.)
fn containment_floor(speakers: Speakers) -> f32 {
    match speakers {
        Speakers::Agree => AGREEING_CONTAINMENT,
        Speakers::Unknown | Speakers::Differ => EDITED_CONTAINMENT,
    }
}

fn speakers(a: &Form, b: &Form) -> Speakers {
    if a.speakers.is_empty() || b.speakers.is_empty() {
        Speakers::Unknown
    } else if a
        .speakers
        .iter()
        .any(|s| b.speakers.binary_search(s).is_ok())
    {
        Speakers::Agree
    } else {
        Speakers::Differ
    }
}

/// Weighted bag overlap: an upper bound of the weighted common subsequence,
/// cheap enough to discard most candidates before aligning them.
pub fn bag_overlap(forms: &Forms, a: &Form, b: &Form) -> f32 {
    let (x, y) = (a.sorted(), b.sorted());
    let run = |s: &[WordId], from: usize| s[from..].iter().take_while(|&&w| w == s[from]).count();
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let (ri, rj) = (run(x, i), run(y, j));
                sum += forms.idf[x[i] as usize] * ri.min(rj) as f32;
                i += ri;
                j += rj;
            }
        }
    }
    sum
}

/// Compares two forms; `None` when they cannot be one utterance.
pub fn evidence(forms: &Forms, a: &Form, b: &Form) -> Option<Evidence> {
    let (short, long) = if a.weight <= b.weight { (a, b) } else { (b, a) };
    if short.weight <= 0.0 {
        return None;
    }
    // Below this even a perfect alignment could not link them.
    let bound = bag_overlap(forms, a, b);
    let speakers = speakers(a, b);
    if bound / short.weight < containment_floor(speakers) {
        return None;
    }
    // Nor when no alignment could pass `links` or `contains_fragment`: a
    // speaker disagreement needs an unbroken run, and low coverage needs
    // high containment. (A margin keeps float rounding from pruning a
    // pair the exact comparison would keep.)
    let run = contiguous(a, b);
    if speakers == Speakers::Differ && !run {
        return None;
    }
    const MARGIN: f32 = 1e-3;
    if bound / long.weight < LOOSE_COVERAGE - MARGIN
        && bound / short.weight < TIGHT_CONTAINMENT - MARGIN
    {
        return None;
    }
    let (common, matched) = weighted_lcs(forms, a, b, run);
    Some(Evidence {
        containment: (common / short.weight).min(1.0),
        coverage: (common / long.weight).min(1.0),
        matched: u32::try_from(matched).unwrap_or(u32::MAX),
        speakers,
        run,
    })
}

/// A cell of the alignment table: weight and number of words matched.
type Cell = (f32, u32);

/// Weighted longest common subsequence of two word sequences, and its length.
/// Exact dynamic programming for quote-sized inputs; a Myers diff for long ones.
/// `run`: the form with fewer words is one unbroken run of the other.
fn weighted_lcs(forms: &Forms, fa: &Form, fb: &Form, run: bool) -> (f32, usize) {
    let (a, b) = (fa.words(), fb.words());
    let w = |x: WordId| forms.idf[x as usize];
    let quote_sized = a.len() * b.len() <= 40_000;
    if run && quote_sized {
        // All of the shorter form, summed in its order as the table would
        // (every other path lacks a word, so weighs less by far more than
        // rounding): the same weight and count, without the table.
        let short = if a.len() <= b.len() { fa } else { fb };
        return (short.weight, short.words().len());
    }
    if !quote_sized {
        let mut sum = 0.0;
        let mut n = 0;
        for op in capture_diff_slices(Algorithm::Myers, a, b) {
            if let DiffOp::Equal { old_index, len, .. } = op {
                sum += a[old_index..old_index + len]
                    .iter()
                    .map(|&x| w(x))
                    .sum::<f32>();
                n += len;
            }
        }
        return (sum, n);
    }
    // A row whose word `b` lacks equals the row above (rows never decrease
    // left to right, as weights are not negative, and ties take the cell
    // above), so only the shared words' rows are computed.
    let shared = |x: &WordId| fb.sorted().binary_search(x).is_ok();
    let (s, n) = lcs_table(a.iter().copied().filter(shared), b, w);
    (s, n as usize)
}

/// The weighted LCS table's last cell, rows `a` against columns `b`.
fn lcs_table(a: impl Iterator<Item = WordId>, b: &[WordId], w: impl Fn(WordId) -> f32) -> Cell {
    // Rolling rows of (weight, count), maximising weight; the rows are kept
    // per thread, as this runs for every candidate pair.
    thread_local! {
        static ROWS: RefCell<(Vec<Cell>, Vec<Cell>)> =
            const { RefCell::new((Vec::new(), Vec::new())) };
    }
    ROWS.with_borrow_mut(|(prev, cur)| {
        prev.clear();
        prev.resize(b.len() + 1, (0.0, 0));
        cur.clear();
        cur.resize(b.len() + 1, (0.0, 0));
        for x in a {
            let wx = w(x);
            // cur[j], prev[j] and prev[j + 1] of the textbook recurrence.
            let (mut left, mut diag) = ((0.0f32, 0u32), (0.0f32, 0u32));
            for ((cell, &up), &y) in cur[1..].iter_mut().zip(&prev[1..]).zip(b) {
                let v = if x == y {
                    (diag.0 + wx, diag.1 + 1)
                } else if up.0 >= left.0 {
                    up
                } else {
                    left
                };
                *cell = v;
                left = v;
                diag = up;
            }
            std::mem::swap(prev, cur);
        }
        prev.last().copied().unwrap_or((0.0, 0))
    })
}

/// Whether the shorter form's words occur as one unbroken run in the longer:
/// a scare quote lifts a phrase, it does not gather scattered words.
pub fn contiguous(a: &Form, b: &Form) -> bool {
    let (short, long) = if a.words().len() <= b.words().len() {
        (a, b)
    } else {
        (b, a)
    };
    !short.words().is_empty()
        && long
            .words()
            .windows(short.words().len())
            .any(|w| w == short.words())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn speakers_strategy() -> impl Strategy<Value = Speakers> {
        prop_oneof![
            Just(Speakers::Unknown),
            Just(Speakers::Agree),
            Just(Speakers::Differ)
        ]
    }

    proptest! {
        /// The prefilter's floor never rejects a pair `links` or
        /// `contains_fragment` would accept (a run's containment is 1).
        #[test]
        fn the_prefilter_floor_admits_every_link(
            containment in 0.0f32..=1.0,
            coverage in 0.0f32..=1.0,
            matched in 0u32..12,
            speakers in speakers_strategy(),
            run: bool,
        ) {
            let containment = if run { 1.0 } else { containment };
            let e = Evidence { containment, coverage, matched, speakers, run };
            if e.links() || e.contains_fragment() {
                prop_assert!(containment >= containment_floor(speakers), "{e:?}");
            }
        }

        /// Skipping the rows of words the other side lacks changes nothing,
        /// to the bit: the same weight and the same count of matched words.
        #[test]
        fn unshared_rows_change_nothing(
            a in proptest::collection::vec(0u32..12, 0..30),
            b in proptest::collection::vec(0u32..12, 0..30),
            weights in proptest::collection::vec(0.01f32..9.0, 12),
        ) {
            let w = |x: WordId| weights[x as usize];
            let full = lcs_table(a.iter().copied(), &b, w);
            let shared = lcs_table(a.iter().copied().filter(|x| b.contains(x)), &b, w);
            prop_assert_eq!(full.0.to_bits(), shared.0.to_bits());
            prop_assert_eq!(full.1, shared.1);
        }

        /// A run of the other side aligns whole: the table's weight is the
        /// run's weights summed in order (as `Form::weight` sums them).
        #[test]
        fn a_run_aligns_whole(
            long in proptest::collection::vec(0u32..12, 1..40),
            from in 0usize..40,
            len in 1usize..40,
            weights in proptest::collection::vec(0.01f32..9.0, 12),
        ) {
            let from = from % long.len();
            let run = &long[from..(from + len).min(long.len())];
            let w = |x: WordId| weights[x as usize];
            let sum: f32 = run.iter().map(|&x| w(x)).sum();
            for (s, n) in [lcs_table(long.iter().copied(), run, w), lcs_table(run.iter().copied(), &long, w)] {
                prop_assert_eq!(s.to_bits(), sum.to_bits());
                prop_assert_eq!(n as usize, run.len());
            }
        }
    }
}
