//! Neighbouring renderings: two articles that quote one speech keep its
//! order. When article A quotes sentences a1, a2, a3 and article B quotes
//! b1, b2, b3, and a1–b1 and a3–b3 already share groups, then a2 and b2 sit
//! between the same two sentences of the speech: most likely two renderings
//! of one sentence, typically two translations that share too few words in
//! order to link on their own ("Overall, we have achieved our objective" /
//! "On the whole, we have achieved our goal").
//!
//! The anchors are the evidence, so the words need say less: a share of
//! rare words in common, a similar length, no disagreeing speakers
//! ([`fits_between_anchors`]). Every rule trades recall for precision in one
//! direction only: exactly one unit lies between the anchors on each side
//! (adjacent in each article's sequence of statements); a unit that finds
//! two different groups this way joins neither; two groups are never merged.
//!
//! Cost: each ungrouped unit looks at the renderings of the group before
//! it (at most [`MAX_ANCHOR_UNITS`]), so the work is linear in the units.

use crate::quotes::Quote;
use crate::union_find::UnionFind;

use super::forms::{FormId, Forms, QuoteUnit, UnitIdx};
use super::link::{MIN_LINK_WORDS, Speakers, bag_overlap, speakers};

/// Renderings of an anchoring group looked at per unit: a group rendered
/// more often is a slogan repeated out of order as often as in it, and the
/// bound keeps the work linear.
const MAX_ANCHOR_UNITS: usize = 256;
/// The share of the lighter unit's weight (rare words weigh more) that the
/// two units' words must have in common, in any order: translations keep
/// the names, numbers and rare words and change the rest. Lower joins a
/// neighbouring different sentence on one topic word (precision); higher
/// keeps loose translations apart (recall).
const MIN_SHARED_WEIGHT: f32 = 0.4;
/// Words the longer unit may have per word of the shorter: a sentence and
/// its translation are of similar length; a short unit against a long one
/// is more often an excerpt of another sentence.
const MAX_LENGTH_RATIO: f32 = 2.0;
/// No place, no form.
const NONE: u32 = u32::MAX;

/// Moves the ungrouped forms that sit between two anchors (see the module
/// doc) into the group of their counterpart, or joins two such forms into a
/// new group. `units`: the units the forms were built from; `eligible`:
/// forms that may join (not ambiguous fragments or stock phrases).
pub fn adopt(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    units: &[QuoteUnit],
    quotes: &[Quote],
    eligible: impl Fn(FormId) -> bool,
) {
    let seq = Sequence::new(forms, groups, units, quotes);
    let mut edges: Vec<(FormId, FormId)> = Vec::new();
    for (p, &a) in seq.order.iter().enumerate() {
        let f = seq.form(a);
        if seq.clustered(f) || !eligible(f) {
            continue;
        }
        let mut found: Vec<FormId> = seq
            .counterparts(p)
            .into_iter()
            .filter(|&g| g != f && (seq.clustered(g) || eligible(g)))
            .filter(|&g| fits_between_anchors(forms, f, g))
            .collect();
        found.sort_unstable();
        found.dedup();
        // One group at most: two different groups between the same anchors
        // mean the anchors do not pin the sentence down.
        let mut targets: Vec<usize> = found
            .iter()
            .filter(|&&g| seq.clustered(g))
            .map(|&g| seq.group_of[g])
            .collect();
        targets.dedup();
        if targets.len() <= 1 {
            edges.extend(found.into_iter().map(|g| (f, g)));
        }
    }
    if edges.is_empty() {
        return;
    }
    apply(forms, groups, &seq, &edges);
}

/// Joins the forms of `edges`, never two groups that already hold two
/// units or more, and rebuilds `groups` (sorted, as the caller made them).
fn apply(forms: &Forms, groups: &mut Vec<Vec<FormId>>, seq: &Sequence, edges: &[(FormId, FormId)]) {
    let mut sets = UnionFind::new(forms.len());
    let mut clustered = vec![false; forms.len()];
    for members in groups.iter() {
        for w in members.windows(2) {
            let (ra, rb) = (sets.find(w[0]), sets.find(w[1]));
            if ra != rb {
                sets.attach(rb, ra);
            }
        }
        if let Some(&m) = members.first() {
            let root = sets.find(m);
            clustered[root] = seq.clustered(m);
        }
    }
    for &(a, b) in edges {
        let (ra, rb) = (sets.find(a), sets.find(b));
        if ra == rb || (clustered[ra] && clustered[rb]) {
            continue;
        }
        let (keep, gone) = if clustered[rb] { (rb, ra) } else { (ra, rb) };
        sets.attach(gone, keep);
        clustered[keep] = true;
    }
    let mut by_root: std::collections::BTreeMap<FormId, Vec<FormId>> = Default::default();
    for &f in groups.iter().flatten() {
        by_root.entry(sets.find(f)).or_default().push(f);
    }
    let mut rebuilt: Vec<Vec<FormId>> = by_root.into_values().collect();
    for g in &mut rebuilt {
        g.sort_unstable();
    }
    rebuilt.sort_unstable();
    *groups = rebuilt;
}

/// Whether two forms that sit between the same anchors render one sentence.
fn fits_between_anchors(forms: &Forms, a: FormId, b: FormId) -> bool {
    let (fa, fb) = (&forms.forms[a], &forms.forms[b]);
    if speakers(fa, fb) == Speakers::Differ {
        return false;
    }
    let (na, nb) = (fa.words().len() as f32, fb.words().len() as f32);
    if na.min(nb) < MIN_LINK_WORDS as f32 || na.max(nb) > MAX_LENGTH_RATIO * na.min(nb) {
        return false;
    }
    let lighter = fa.weight.min(fb.weight);
    lighter > 0.0 && bag_overlap(forms, fa, fb) >= MIN_SHARED_WEIGHT * lighter
}

/// Each article's statements in order, and which group each form is in.
struct Sequence<'a> {
    /// Units of at least [`MIN_LINK_WORDS`] words, by (source, position).
    order: Vec<UnitIdx>,
    /// Per unit: its place in `order`, or [`NONE`] (u32: one entry per
    /// unit of the corpus).
    place: Vec<u32>,
    /// Per unit: its source.
    source: Vec<u32>,
    /// The units, for their quotes.
    units: &'a [QuoteUnit],
    /// Per unit: its form, or [`NONE`].
    form_of: Vec<u32>,
    /// Per form: its group in `groups`, or `usize::MAX`.
    group_of: Vec<usize>,
    /// Per group: its units (or none past [`MAX_ANCHOR_UNITS`]).
    group_units: Vec<Vec<UnitIdx>>,
    /// Per group: whether it holds two units or more.
    group_clustered: Vec<bool>,
}

impl<'a> Sequence<'a> {
    fn new(
        forms: &Forms,
        groups: &[Vec<FormId>],
        units: &'a [QuoteUnit],
        quotes: &[Quote],
    ) -> Sequence<'a> {
        let mut form_of = vec![NONE; units.len()];
        for (f, form) in forms.forms.iter().enumerate() {
            for &u in &form.units {
                form_of[u] = f as u32;
            }
        }
        let mut group_of = vec![usize::MAX; forms.len()];
        let mut group_units = Vec::with_capacity(groups.len());
        let mut group_clustered = Vec::with_capacity(groups.len());
        for (g, members) in groups.iter().enumerate() {
            let mut us: Vec<UnitIdx> = Vec::new();
            for &f in members {
                group_of[f] = g;
                us.extend_from_slice(&forms.forms[f].units);
            }
            group_clustered.push(us.len() >= 2);
            if us.len() > MAX_ANCHOR_UNITS {
                us.clear();
            }
            group_units.push(us);
        }
        let source: Vec<u32> = units
            .iter()
            .map(|u| quotes[u.quote].source.index() as u32)
            .collect();
        let mut order: Vec<UnitIdx> = (0..units.len())
            .filter(|&u| {
                form_of[u] != NONE
                    && forms.forms[form_of[u] as usize].words().len() >= MIN_LINK_WORDS
            })
            .collect();
        order.sort_by_key(|&u| (source[u], units[u].range.start, u));
        let mut place = vec![NONE; units.len()];
        for (p, &u) in order.iter().enumerate() {
            place[u] = p as u32;
        }
        Sequence {
            order,
            place,
            source,
            units,
            form_of,
            group_of,
            group_units,
            group_clustered,
        }
    }

    /// The form of unit `u` (one of `order`, so it has one).
    fn form(&self, u: UnitIdx) -> FormId {
        self.form_of[u] as FormId
    }

    /// Whether form `f` is in a group of two units or more.
    fn clustered(&self, f: FormId) -> bool {
        self.group_of
            .get(f)
            .and_then(|&g| self.group_clustered.get(g))
            .is_some_and(|&c| c)
    }

    /// The unit `k` places from `p` (`forward` or back) in the same source.
    fn step(&self, p: usize, k: usize, forward: bool) -> Option<UnitIdx> {
        let at = if forward {
            p.checked_add(k)?
        } else {
            p.checked_sub(k)?
        };
        let u = *self.order.get(at)?;
        (self.source[u] == self.source[self.order[p]]).then_some(u)
    }

    /// The group of unit `u`'s form, when that group holds two units or more.
    fn anchor(&self, u: UnitIdx) -> Option<usize> {
        let f = self.form(u);
        self.clustered(f).then(|| self.group_of[f])
    }

    /// What lies beyond the unit at place `p`, seen from its anchor at
    /// `p - 1` (`forward`) or `p + 1`: another anchor, or the end of the
    /// quotation that the unit and its anchor share.
    fn beyond(&self, p: usize, forward: bool) -> Beyond {
        let u = self.order[p];
        let from = if forward {
            p.checked_sub(1)
        } else {
            p.checked_add(1)
        };
        let anchor = from.and_then(|q| self.order.get(q).copied());
        let same_quote = |x: UnitIdx| self.units[x].quote == self.units[u].quote;
        let far = self.step(p, 1, forward);
        // The quotation's end first: what the article quotes after it is
        // its own choice.
        if anchor.is_some_and(same_quote) && !far.is_some_and(same_quote) {
            return Beyond::QuoteEnd;
        }
        far.and_then(|x| self.anchor(x))
            .map_or(Beyond::Open, Beyond::Anchor)
    }

    /// The forms of other articles that sit where the unit at place `p`
    /// sits: next to a rendering of the same anchoring group, and before
    /// the same next anchor or, in one quotation with the anchor, at that
    /// quotation's end.
    fn counterparts(&self, p: usize) -> Vec<FormId> {
        let own = self.source[self.order[p]];
        let mut out = Vec::new();
        for forward in [true, false] {
            let Some(near) = self.step(p, 1, !forward) else {
                continue;
            };
            let Some(g1) = self.anchor(near) else {
                continue;
            };
            let beyond = self.beyond(p, forward);
            if beyond == Beyond::Open || beyond == Beyond::Anchor(g1) {
                continue;
            }
            for &u in &self.group_units[g1] {
                if self.source[u] == own || self.place[u] == NONE {
                    continue;
                }
                let Some(mid) = self.step(self.place[u] as usize, 1, forward) else {
                    continue;
                };
                let between = self.anchor(mid);
                if between.is_some_and(|g| g == g1 || Beyond::Anchor(g) == beyond) {
                    continue;
                }
                if self.beyond(self.place[mid] as usize, forward) == beyond {
                    out.push(self.form(mid));
                }
            }
        }
        out
    }
}

/// What lies beyond a unit next to an anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Beyond {
    /// A rendering of this group.
    Anchor(usize),
    /// The end of the quotation the unit shares with its anchor.
    QuoteEnd,
    /// Anything else: nothing pins the unit down.
    Open,
}
