//! The members of a long form's group that go with a piece of it cut away.
//!
//! A long form in one group is cut between two ([`super::cuts`]): its piece
//! of the other group's statement leaves, but a rendering of that statement
//! that the first grouping put beside the long form stays (parallel
//! sentences of a speech share a frame, "we want … for the … of the …, who
//! …", so one outlet's copy of the second links the first's). A member that
//! lies wholly on the side of a piece placed in another group, and renders
//! it, renders that piece's statement: it goes with the piece.

use std::ops::Range;

use super::cuts::{MAX_ANCHOR_SHARE, MIN_ANCHOR_CONTAINMENT, MIN_ANCHOR_MATCHED, SIDE_SHARE};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::{lcs, parting};

/// The members of group `own_group` of `groups` (the group of form `long`,
/// cut into `pieces`, each with the group it joins) that go to another
/// piece's group, with it: none unless a piece stays in their group, and
/// only to pieces cut at a semicolon or colon of the long form's text
/// ([`parting::joining_marks`]; `text`: a unit's text), which join two
/// sentences: at any mark, members so moved parted single statements (a
/// first screen lost, check precision down). A member as long as
/// [`MAX_ANCHOR_SHARE`] of the long form renders more than a side.
pub fn followers<'t>(
    forms: &Forms,
    groups: &[Vec<FormId>],
    own_group: usize,
    long: FormId,
    pieces: &[(Range<usize>, usize)],
    text: &impl Fn(UnitIdx) -> &'t str,
) -> Vec<(FormId, usize)> {
    let Some(own) = groups.get(own_group) else {
        return Vec::new();
    };
    if !pieces.iter().any(|&(_, g)| g == own_group) {
        return Vec::new();
    }
    let joining = parting::joining_marks(forms, text, long);
    let words: &[WordId] = forms.forms[long].words();
    let limit = MAX_ANCHOR_SHARE * words.len() as f32;
    let w = |x: WordId| forms.idf[x as usize];
    own.iter()
        .filter(|&&m| m != long && forms.forms[m].words().len() as f32 <= limit)
        .filter_map(|&m| {
            let (mw, weight) = (forms.forms[m].words(), forms.forms[m].weight);
            let all = lcs::weighted(mw, words, w);
            pieces
                .iter()
                .filter(|&&(_, g)| g != own_group && g != usize::MAX)
                .filter(|(span, _)| joining.contains(&span.start) || joining.contains(&span.end))
                .find(|(span, _)| {
                    let side = lcs::weighted(mw, &words[span.clone()], w);
                    side_containment(side, all, weight).is_some()
                })
                .map(|&(_, g)| (m, g))
        })
        .collect()
}

/// Moves each follower `(form, group)` out of group `from` into its group,
/// unless an earlier cut moved it already.
pub fn follow(groups: &mut [Vec<FormId>], from: usize, followers: Vec<(FormId, usize)>) {
    for (m, g) in followers {
        if let Some(i) = groups[from].iter().position(|&f| f == m) {
            groups[from].swap_remove(i);
            groups[g].push(m);
        }
    }
}

/// Whether a side's match of an anchor weighing `anchor_weight` weighs
/// enough for the anchor to sit wholly on that side (`whole`: its match
/// with the whole span).
pub(super) fn heavy_enough(weight: f32, whole: lcs::Cell, anchor_weight: f32) -> bool {
    weight >= SIDE_SHARE * whole.0 && weight / anchor_weight >= MIN_ANCHOR_CONTAINMENT
}

/// The anchor's containment on a side whose match is `side`, when it sits
/// wholly there.
pub(super) fn side_containment(
    side: lcs::Cell,
    whole: lcs::Cell,
    anchor_weight: f32,
) -> Option<f32> {
    let (weight, matched) = side;
    (matched >= MIN_ANCHOR_MATCHED && heavy_enough(weight, whole, anchor_weight))
        .then_some(weight / anchor_weight)
}
