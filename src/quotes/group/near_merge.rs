//! A second pass over the groups: two groups (or a group and a lone
//! rendering) that render one translated sentence, which no link joined
//! ("We have asked the shipyards to double the ferry crossings" beside "the
//! yards were asked by us to run twice as many crossings": few words in
//! order), merge when independent signals agree, each necessary:
//!
//! 1. no article prints a long rendering in both: an outlet does not quote
//!    one sentence twice in two translations (without this, on the labelled
//!    news, pair precision fell by 2–3 points on each half);
//! 2. both groups' renderings are given one speaker, the same (counting a
//!    side with no known speaker as agreeing changed nothing measured);
//! 3. their best cross pair of long renderings comes near a link (support
//!    [`MIN_SUPPORT`], [`MIN_CONTENT_MATCHED`] content words in order), and
//!    each group is the other's best such partner;
//! 4. they stand in one slot of the speech (`slots`): in two articles, after
//!    (or before) renderings of one group of that speaker, next to them or
//!    one sentence away ([`REACH`]).
//!
//! Words alone do not tell a translation from another sentence of the same
//! speech: measured on the labelled news, merging on 1–3 alone at support
//! 0.7 joined 108 wrong pairs for 44 right ones on the half tuned on, and
//! lost precision on the other half even at 1.0 (a presser's answers share
//! a speaker and its topic words); the place in the speech is what
//! separates them (with it, no wrong pair joined on either half).
//!
//! The pairs are the candidate pairs already compared (`candidates`, where
//! the near ones are kept: [`near_link`]) and the slots' entries: no pass
//! over all pairs of groups.

use crate::fast_hash::FastMap;
use crate::ids::{PersonId, SourceId};

use super::Link;
use super::echoes::Voice;
use super::forms::{Form, FormId, Forms, UnitIdx};
use super::lcs;
use super::link::{self, MIN_CORE_WORDS, Speakers};
use super::rejoin;
use super::slots;

/// Support ([`link::Evidence::support`]) a cross pair of long renderings
/// needs: lower (0.5) joined wrong pairs on the half tuned on; higher (0.7)
/// left translations in one slot apart (9 right pairs there).
const MIN_SUPPORT: f32 = 0.6;
/// Content words (not function words) the pair must match in order: two
/// sentences of one speech in one slot share "the", "we" and a topic word
/// or two; a translation keeps three of its nouns and verbs. Without it,
/// 37 wrong pairs joined on the half tuned on, and no right one more.
const MIN_CONTENT_MATCHED: f32 = 3.0;
/// How far from its anchor a rendering may stand in the speaker's sequence
/// of units and still be in the anchor's slot: an outlet that skips one
/// sentence of the speech puts the next one a place further. On the
/// labelled news, 2 joined 8 right pairs more than 1 on the half tuned on
/// and no wrong one (and 4 right ones on the other half); 3 joined 4 more
/// right pairs there and a wrong one.
const REACH: usize = 2;

/// The near link of core forms `a` and `b` (both long enough to bridge
/// groups), kept for the second pass: support at least [`MIN_SUPPORT`] and
/// speakers that do not disagree.
pub(super) fn near_link(forms: &Forms, a: FormId, b: FormId) -> Option<Link> {
    let (fa, fb) = (&forms.forms[a], &forms.forms[b]);
    if link::speakers(fa, fb) == Speakers::Differ {
        return None;
    }
    let e = link::near_evidence(forms, fa, fb, MIN_SUPPORT)?;
    Some((a as u32, b as u32, e))
}

/// A pair of groups (lower first) with its best cross pair of forms and
/// that pair's support.
type Candidate = ((usize, usize), (f32, FormId, FormId));

/// A group's one speaker, when its attributed forms name one.
fn speaker_of(forms: &Forms, members: &[FormId]) -> Option<PersonId> {
    let mut one = None;
    for s in members.iter().filter_map(|&f| forms.one_speaker(f)) {
        if one.is_some_and(|x| x != s) {
            return None;
        }
        one = Some(s);
    }
    one
}

/// Merges the groups that `links` and `near` (pairs of forms) and their
/// places in the speech show to be one sentence (see the module doc).
/// `voice` tells a unit's article, quote and speaker.
pub(super) fn merge(
    forms: &Forms,
    links: &[Link],
    near: Vec<Link>,
    groups: &mut Vec<Vec<FormId>>,
    voice: impl Fn(UnitIdx) -> Voice,
) {
    let group_of = forms.group_of_each(groups, |_| true);
    let core = |f: FormId| forms.forms[f].words().len() >= MIN_CORE_WORDS;
    // Per pair of groups (lower first): its best cross pair and its support.
    let mut best_pair: FastMap<(usize, usize), (f32, FormId, FormId)> = FastMap::default();
    for &(a, b, e) in links.iter().chain(&near) {
        let (a, b) = (a as FormId, b as FormId);
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb || ga == usize::MAX || gb == usize::MAX || !core(a) || !core(b) {
            continue;
        }
        if e.speakers == Speakers::Differ {
            continue;
        }
        let s = e.support();
        let slot = best_pair
            .entry((ga.min(gb), ga.max(gb)))
            .or_insert((s, a, b));
        if s > slot.0 {
            *slot = (s, a, b);
        }
    }
    drop(near);
    if best_pair.is_empty() {
        return;
    }
    let mut pairs: Vec<Candidate> = best_pair.into_iter().collect();
    pairs.sort_unstable_by_key(|&(p, _)| p);
    // Per group: its best partner by support.
    let mut best: Vec<(f32, usize)> = vec![(f32::MIN, usize::MAX); groups.len()];
    for &((x, y), (s, _, _)) in &pairs {
        for (g, other) in [(x, y), (y, x)] {
            if s > best[g].0 {
                best[g] = (s, other);
            }
        }
    }
    pairs.retain(|&((x, y), (s, a, b))| {
        s >= MIN_SUPPORT
            && best[x].1 == y
            && best[y].1 == x
            && content_matched(forms, &forms.forms[a], &forms.forms[b]) >= MIN_CONTENT_MATCHED
    });
    if pairs.is_empty() {
        return;
    }
    let in_slot = sharing_a_slot(forms, groups, &group_of, &pairs, &voice);
    let sources = |g: usize| {
        let mut s: Vec<SourceId> = groups[g]
            .iter()
            .filter(|&&f| core(f))
            .flat_map(|&f| forms.forms[f].units.iter())
            .map(|&u| voice(u).source)
            .collect();
        s.sort_unstable();
        s.dedup();
        s
    };
    let merges: Vec<(usize, usize)> = pairs
        .iter()
        .map(|&(p, _)| p)
        .filter(|&(x, y)| {
            in_slot.get(&(x, y)).copied().unwrap_or(false)
                && speaker_of(forms, &groups[x])
                    .is_some_and(|s| speaker_of(forms, &groups[y]) == Some(s))
                && {
                    let sx = sources(x);
                    sources(y).iter().all(|s| sx.binary_search(s).is_err())
                }
        })
        .collect();
    // Mutual best partners: each group is in one merge at most.
    rejoin::apply_merges(groups, merges);
}

/// Content words (weight 1 each, function words none) two forms say in one order.
fn content_matched(forms: &Forms, a: &Form, b: &Form) -> f32 {
    let content = |w: u32| {
        if forms.function[w as usize] { 0.0 } else { 1.0 }
    };
    lcs::weighted(a.words(), b.words(), content).0
}

/// Which of `pairs` (of groups, lower first) have a form of each standing
/// in one slot of the speech in two articles ([`slots::slots`], within
/// [`REACH`]).
fn sharing_a_slot(
    forms: &Forms,
    groups: &[Vec<FormId>],
    group_of: &[usize],
    pairs: &[Candidate],
    voice: impl Fn(UnitIdx) -> Voice,
) -> FastMap<(usize, usize), bool> {
    let mut in_slot: FastMap<(usize, usize), bool> =
        pairs.iter().map(|&(p, _)| (p, false)).collect();
    let anchors = slots::grouped(forms, groups);
    let entries = slots::slots(forms, &anchors, voice, REACH);
    for run in entries.chunk_by(|x, y| x.0 == y.0) {
        if run.len() > slots::MAX_SLOT_ENTRIES {
            continue;
        }
        for (i, &(_, sa, a)) in run.iter().enumerate() {
            for &(_, sb, b) in &run[i + 1..] {
                let (ga, gb) = (group_of[a as usize], group_of[b as usize]);
                if sa == sb || ga == gb || ga == usize::MAX || gb == usize::MAX {
                    continue;
                }
                if let Some(v) = in_slot.get_mut(&(ga.min(gb), ga.max(gb))) {
                    *v = true;
                }
            }
        }
    }
    in_slot
}
