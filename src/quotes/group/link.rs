//! Whether two forms render the same utterance: an order-preserving,
//! weighted comparison of their words.
//!
//! Bags of words merge different statements that share topic words
//! ("security guarantees for Ukraine"); so the evidence here is the weighted
//! longest common subsequence: words both renderings say *in the same order*,
//! each counted by its corpus-learned weight (rare words count more).
//! The evidence is weighed, not cut off at stacked limits: containment,
//! coverage, the length of the match and the speakers add up
//! ([`Evidence::support`]). Speakers are soft evidence: agreeing ones let a
//! loose translation link, disagreeing ones ask for a long verbatim excerpt,
//! a long rendering close to the whole of both, or words that match well
//! enough to outweigh them (attribution errs).

use std::cell::RefCell;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::forms::{Form, Forms, WordId};
use super::fragments::near_run;
use super::lcs;

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

/// Words matched in order for any link between full forms: fewer would link
/// forms on two shared words (precision); more would drop short renderings
/// (recall).
const MIN_MATCHED: u32 = 3;
/// Containment no link goes below, however long the match or whoever
/// speaks: under it the shorter form says mostly other words. Lower lets
/// loose translations link (recall) and statements on one topic (precision).
const MIN_CONTAINMENT: f32 = 0.45;

/// Containment from which a form counts as an excerpt of the other, which
/// may cover little of it.
pub const EXCERPT_CONTAINMENT: f32 = 0.8;
/// Coverage any other link needs (see [`Evidence::links`]): lower lets
/// quotations of several statements join each (precision); higher keeps
/// edited excerpts apart (recall).
const MIN_COVERAGE: f32 = 0.35;

/// The weighted evidence ([`Evidence::support`]) a link needs. Containment
/// counts whole, coverage at [`COVERAGE_WEIGHT`]: so an excerpt that keeps
/// 0.8 of its words links whatever its length, and an edited rendering that
/// keeps 0.6 of the shorter and 0.4 of the longer form does too. Lower links
/// looser paraphrases (recall) at the price of statements on one topic
/// (precision).
const LINK_SUPPORT: f32 = 0.8;
/// How much coverage (the share of the longer form matched) counts against
/// containment: a reworded full rendering matches much of both sides.
const COVERAGE_WEIGHT: f32 = 0.5;
/// How much the length of the match counts, per doubling of the words
/// matched in order around [`NEUTRAL_MATCHED`]: two statements sharing
/// sixteen words in order are one utterance far more surely than two
/// sharing four at the same ratio. Higher trusts long matches over
/// attribution and ratios (recall), and distrusts short ones more: at 0.15
/// a headline's few words of one speaker's sentence ("Sharp Rebuke to
/// Brussels" beside "delivered a sharp rebuke to Brussels' leaders")
/// stayed apart; 0.1 groups them, and on the labelled news gains true
/// pairs on both halves at no loss of precision.
const MATCHED_WEIGHT: f32 = 0.1;
/// Words matched that count neither for nor against a link.
const NEUTRAL_MATCHED: f32 = 6.0;
/// Matched words beyond this add nothing more (and bound the support, so the
/// prefilter can bound it too).
const MATCHED_CAP: u32 = 24;
/// One speaker on both sides: a translation may keep only half the words.
/// Higher trusts the attribution (recall) and would merge one person's
/// different statements on one topic (precision). A fragment's fit to a
/// group counts them by the same weight (`attach`).
pub(super) const AGREEING_SPEAKERS: f32 = 0.1;
/// What a speaker disagreement takes from the support of a link that is
/// neither a long verbatim excerpt nor a long close rendering. Attribution
/// errs most where its cue is weak (a pronoun, a name paragraphs away, a
/// claim clause: "X said Y had warned that …"), which a link cannot see, so
/// the words are weighed against it: a rendering that keeps nearly all of
/// the other's words in order links despite the names, an edited excerpt
/// that keeps two thirds does not. Lower lets two speakers' echoes of one phrasing merge
/// (precision); an outright veto (as before) split every group one
/// copy misattributed (recall): on the labelled news 0.3 kept precision on
/// both halves and joined 9 tune and 27 check true pairs the veto split.
const DISAGREEING_SPEAKERS: f32 = 0.3;
/// Words a verbatim excerpt must have to link despite a speaker disagreement:
/// lower lets a short shared run outweigh the attribution and merge two
/// speakers' statements (precision); higher lets one attribution error split
/// a group (recall).
const MIN_RUN_AGAINST_SPEAKERS: usize = 5;

/// Words matched in order from which a close rendering links despite a
/// speaker disagreement (with [`CLOSE_CONTAINMENT`] and [`CLOSE_COVERAGE`]):
/// two speakers may echo a phrase of a dozen words ("we are ready to work on
/// a fair agreement for the region"), but fourteen words of one sentence in
/// one order, covering half of both renderings, are one statement that
/// attribution gave to two people (a translated copy naming the wrong
/// speaker). Lower lets echoed phrasings merge two speakers (precision);
/// higher lets one attribution error split a translated group (recall).
const CLOSE_MATCHED: u32 = 14;
/// Containment a close rendering needs against disagreeing speakers: a
/// translation keeps the names and rare words but swaps some of the rest.
const CLOSE_CONTAINMENT: f32 = 0.6;
/// Coverage a close rendering needs against disagreeing speakers: it says
/// most of the other rendering too, so it is no excerpt of a longer
/// quotation that a second speaker may have echoed.
const CLOSE_COVERAGE: f32 = 0.5;

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

    /// How strongly the alignment says "same utterance": containment, plus
    /// coverage, plus the length of the match, plus or minus the speakers.
    /// Evidence weighs against evidence, so a containment of 0.76 with a
    /// long match and agreeing speakers links where a fixed 0.8 cut-off
    /// would not, and a short match on common words does not.
    pub fn support(&self) -> f32 {
        let matched = self.matched.clamp(1, MATCHED_CAP) as f32;
        let speakers = match self.speakers {
            Speakers::Agree => AGREEING_SPEAKERS,
            Speakers::Unknown => 0.0,
            Speakers::Differ => -DISAGREEING_SPEAKERS,
        };
        self.containment
            + COVERAGE_WEIGHT * self.coverage
            + MATCHED_WEIGHT * (matched / NEUTRAL_MATCHED).ln()
            + speakers
    }

    /// Whether this is enough to say "same utterance" for two full forms.
    pub fn links(&self) -> bool {
        if self.matched < MIN_MATCHED || self.containment < MIN_CONTAINMENT {
            return false;
        }
        // Short of an excerpt, a rendering must match a fair part of the
        // longer form too: a long quotation that holds several statements
        // contains each of them, and must not become a hub between them.
        if self.containment < EXCERPT_CONTAINMENT && self.coverage < MIN_COVERAGE {
            return false;
        }
        // A long verbatim excerpt is one utterance whoever it is given to.
        let verbatim = self.run && self.matched as usize >= MIN_RUN_AGAINST_SPEAKERS;
        // So is a long rendering that says most of the other in its order.
        let close = self.matched >= CLOSE_MATCHED
            && self.containment >= CLOSE_CONTAINMENT
            && self.coverage >= CLOSE_COVERAGE;
        // Attribution errs (one quote in ten or twenty): a disagreement is
        // a penalty, not a veto. A long verbatim excerpt or a long close
        // rendering outweighs it outright; otherwise it weighs against the
        // words ([`DISAGREEING_SPEAKERS`]). Two speakers may well echo one
        // phrasing ("a fair agreement for the region"), so a loosely edited
        // excerpt does not outweigh it.
        verbatim || close || self.support() >= LINK_SUPPORT
    }

    /// Whether a fragment is wholly inside the other form as one run.
    pub fn contains_fragment(&self) -> bool {
        self.matched as usize >= MIN_WORDS && self.containment >= FRAGMENT_CONTAINMENT && self.run
    }
}

pub(super) fn speakers(a: &Form, b: &Form) -> Speakers {
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
    // The bags are read out once, in order, into this thread's buffers: the
    // merge below reads each word several times, and a read through the
    // form's byte order ([`Sorted`]) costs a shift more than a slice's.
    BAGS.with_borrow_mut(|(x, y)| {
        a.sorted().copy_into(x);
        b.sorted().copy_into(y);
        sorted_overlap(forms, x, y)
    })
}

thread_local! {
    static BAGS: RefCell<(Vec<WordId>, Vec<WordId>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// [`bag_overlap`] of two sorted bags.
fn sorted_overlap(forms: &Forms, x: &[WordId], y: &[WordId]) -> f32 {
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
    evidence_or_bound(forms, a, b).ok()
}

/// [`evidence`], or when the forms cannot be one utterance, a bound of the
/// weight they have in common (their bag overlap; 0 for a weightless form).
pub fn evidence_or_bound(forms: &Forms, a: &Form, b: &Form) -> Result<Evidence, f32> {
    let (short, long) = if a.weight <= b.weight { (a, b) } else { (b, a) };
    if short.weight <= 0.0 {
        return Err(0.0);
    }
    // The bag overlap bounds the alignment's weight, so the evidence below
    // bounds the alignment's; as `links` and `contains_fragment` never
    // unlink on more evidence, a pair whose bound fails cannot link. (A
    // margin keeps float rounding from pruning a pair the exact comparison
    // would keep.)
    const MARGIN: f32 = 1e-3;
    let bound = bag_overlap(forms, a, b) + MARGIN * short.weight;
    let run = contiguous(a, b);
    let fewest = a.words().len().min(b.words().len());
    let upper = weighed(short, long, bound, fewest, speakers(a, b), run);
    if !upper.links() && !upper.contains_fragment() && !near_run(forms, a, b) {
        return Err(bound);
    }
    let (common, matched) = weighted_lcs(forms, a, b, run);
    Ok(weighed(short, long, common, matched, upper.speakers, run))
}

/// The evidence of `common` weight over `matched` words in order between
/// the lighter form `short` and the heavier `long`.
fn weighed(
    short: &Form,
    long: &Form,
    common: f32,
    matched: usize,
    speakers: Speakers,
    run: bool,
) -> Evidence {
    Evidence {
        containment: (common / short.weight).min(1.0),
        coverage: (common / long.weight).min(1.0),
        matched: u32::try_from(matched).unwrap_or(u32::MAX),
        speakers,
        run,
    }
}

/// The evidence of two core forms that may not link but come near it
/// ([`Evidence::support`] at least `floor`), for the second pass over
/// groups ([`super::near_merge`]): aligned only when the bag overlap's bound
/// of the support reaches `floor`.
pub fn near_evidence(forms: &Forms, a: &Form, b: &Form, floor: f32) -> Option<Evidence> {
    let (short, long) = if a.weight <= b.weight { (a, b) } else { (b, a) };
    if short.weight <= 0.0 {
        return None;
    }
    let bound = bag_overlap(forms, a, b) * (1.0 + 1e-3);
    let run = contiguous(a, b);
    let fewest = a.words().len().min(b.words().len());
    let upper = weighed(short, long, bound, fewest, speakers(a, b), run);
    if upper.support() < floor {
        return None;
    }
    let (common, matched) = weighted_lcs(forms, a, b, run);
    let e = weighed(short, long, common, matched, upper.speakers, run);
    (e.support() >= floor).then_some(e)
}

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
    let (s, n) = lcs::weighted(a, b, w);
    (s, n as usize)
}

/// Whether the shorter form's words occur as one unbroken run in the longer:
/// a scare quote lifts a phrase, it does not gather scattered words.
pub fn contiguous(a: &Form, b: &Form) -> bool {
    let (short, long) = if a.words().len() <= b.words().len() {
        (a, b)
    } else {
        (b, a)
    };
    let (short, long) = (short.words(), long.words());
    let Some(&first) = short.first() else {
        return false;
    };
    // Only windows that start with the short form's first word are compared
    // (a slice comparison per window cost more than the scan).
    long.windows(short.len())
        .any(|w| w[0] == first && w == short)
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

    fn evidence_of(containment: f32, coverage: f32, matched: u32, speakers: Speakers) -> Evidence {
        Evidence {
            containment,
            coverage,
            matched,
            speakers,
            run: false,
        }
    }

    #[test]
    fn evidence_is_weighed_not_cut_off() {
        // An excerpt with one word changed, just under a containment of 0.8,
        // links when the rest agrees: a long match, or the same speaker.
        assert!(evidence_of(0.76, 0.5, 12, Speakers::Unknown).links());
        assert!(evidence_of(0.76, 0.4, 6, Speakers::Agree).links());
        // Ratios that link on twelve matched words are chance on three.
        assert!(evidence_of(0.65, 0.36, 12, Speakers::Unknown).links());
        assert!(!evidence_of(0.65, 0.36, 3, Speakers::Unknown).links());
        // But a short excerpt of the same speaker's sentence, most of its
        // weight matched, links: a headline's few words of it.
        assert!(evidence_of(0.62, 0.36, 3, Speakers::Agree).links());
        // A quotation of several statements covers little of each: no hub.
        assert!(!evidence_of(0.6, 0.2, 13, Speakers::Agree).links());
        // Disagreeing speakers weigh against the words: an edited excerpt
        // that links between unknown speakers does not link between two.
        assert!(evidence_of(0.67, 0.4, 8, Speakers::Unknown).links());
        assert!(!evidence_of(0.67, 0.4, 8, Speakers::Differ).links());
        assert!(evidence_of(0.55, 0.5, 12, Speakers::Unknown).links());
        assert!(!evidence_of(0.55, 0.5, 12, Speakers::Differ).links());
        // But a rendering that keeps nearly all of the other's words in
        // order outweighs them: one copy's attribution erred.
        assert!(evidence_of(0.95, 0.8, 9, Speakers::Differ).links());
        // Fourteen words of one sentence in order: a misattributed copy.
        assert!(evidence_of(0.65, 0.55, 16, Speakers::Differ).links());
        let run = Evidence {
            containment: 1.0,
            run: true,
            ..evidence_of(1.0, 0.2, 5, Speakers::Differ)
        };
        assert!(run.links());
    }

    proptest! {
        /// More evidence never unlinks: so the prefilter, which tests an
        /// upper bound of the evidence, never rejects a pair that links.
        #[test]
        fn more_evidence_never_unlinks(
            containment in 0.0f32..=1.0,
            coverage in 0.0f32..=1.0,
            matched in 0u32..40,
            more in (0.0f32..=1.0, 0.0f32..=1.0, 0u32..40),
            speakers in speakers_strategy(),
            run: bool,
        ) {
            let containment = if run { 1.0 } else { containment };
            let e = Evidence { containment, coverage, matched, speakers, run };
            let upper = Evidence {
                containment: (containment + more.0).min(1.0),
                coverage: (coverage + more.1).min(1.0),
                matched: matched + more.2,
                ..e
            };
            prop_assert!(!e.links() || upper.links(), "{e:?} {upper:?}");
            prop_assert!(!e.contains_fragment() || upper.contains_fragment(), "{e:?} {upper:?}");
        }
    }
}
