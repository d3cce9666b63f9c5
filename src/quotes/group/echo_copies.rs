//! Copies of an adopted scare quote that their own article lifts from
//! another statement. `echoes` moves a short form (all its copies: units
//! with the same words share one form) into the group its articles' longer
//! quotations place it in. But one article may print the same word from
//! another statement: five outlets quote "victory" beside "its victory over
//! the occupying army", a sixth beside "our nation's victory over the
//! sanctions", which no group holds. That copy's own article says where it
//! comes from, and it is not the group: it leaves the form (as `voices`
//! parts another speaker's copies) and stays out of every group.
//!
//! A copy leaves only when its article holds a longer quotation of its
//! speaker (the form's speaker for a copy given to nobody) that holds its
//! words as one run, and the nearest such quotation, on either side, is
//! not in the group it joined; a copy whose article quotes no such
//! statement stays. A quotation in no group that holds a phrase of the
//! group (two words or more, the adopted form among them) counts as the
//! group's: `lifted` brings it in ("hold a high-tech duel between Russia
//! and the West" beside "duel", where "high-tech duel" is grouped). The
//! cost is one pass over the forms, indexing only the articles of the
//! adopted copies, and a bounded search per copy.

use crate::fast_hash::FastMap;
use crate::ids::{PersonId, SourceId};

use super::echoes::{MAX_HOLDER_REACH, Voice, holds_run};
use super::forms::{FormId, Forms, UnitIdx};
use super::lifted::holds_a_phrase_of;
use super::link::MIN_WORDS;

/// Copies that leave their form: the form and the units taken out of it.
pub(super) type Leaving = Vec<(FormId, Vec<UnitIdx>)>;

/// The copies of each adopted form (`moves`: form and the group it joins)
/// whose own article's nearest longer quotation of their speaker holding
/// their words is outside that group. `group_of` tells each form's group
/// in `groups` before the moves (`usize::MAX` for none).
pub(super) fn leaving(
    forms: &Forms,
    groups: &[Vec<FormId>],
    group_of: &[usize],
    moves: &[(FormId, usize)],
    voice: impl Fn(UnitIdx) -> Voice,
) -> Leaving {
    if moves.is_empty() {
        return Vec::new();
    }
    let moved: FastMap<FormId, usize> = moves.iter().copied().collect();
    let group = |f: FormId| moved.get(&f).copied().unwrap_or(group_of[f]);
    // Every unit of the adopted copies' articles, grouped or not, with its
    // form, in text order (units are numbered so).
    let mut by_source: FastMap<SourceId, Vec<(UnitIdx, FormId)>> = FastMap::default();
    for &(f, _) in moves {
        for &u in &forms.forms[f].units {
            by_source.entry(voice(u).source).or_default();
        }
    }
    for (f, form) in forms.forms.iter().enumerate() {
        for &u in &form.units {
            if let Some(list) = by_source.get_mut(&voice(u).source) {
                list.push((u, f));
            }
        }
    }
    for list in by_source.values_mut() {
        list.sort_unstable_by_key(|&(m, _)| m);
    }
    let mut out = Vec::new();
    for &(f, g) in moves {
        let form = &forms.forms[f];
        let Some(&form_speaker) = form.speakers.first() else {
            continue;
        };
        // The nearest holder is the group's, or a sentence `lifted` gives it.
        let of_the_group = |h: FormId| {
            let words = forms.forms[h].words();
            group(h) == g
                || (group(h) == usize::MAX
                    && (form.words().len() >= MIN_WORDS
                        || holds_a_phrase_of(forms, &groups[g], words)))
        };
        let gone: Vec<UnitIdx> = form
            .units
            .iter()
            .copied()
            .filter(|&u| {
                let v = voice(u);
                let speaker: PersonId = v.speaker.unwrap_or(form_speaker);
                let list = by_source.get(&v.source).map_or(&[][..], Vec::as_slice);
                let holds = |&&(m, h): &&(UnitIdx, FormId)| {
                    let w = voice(m);
                    w.quote != v.quote
                        && w.speaker == Some(speaker)
                        && !w.headline
                        && holds_run(forms.forms[h].words(), form.words())
                };
                let at = list.partition_point(|&(m, _)| m < u);
                let before = list[..at].iter().rev().take(MAX_HOLDER_REACH).find(holds);
                let after = list[at..].iter().take(MAX_HOLDER_REACH).find(holds);
                let nearest = before
                    .iter()
                    .chain(&after)
                    .map(|&&(m, _)| m.abs_diff(u))
                    .min();
                nearest.is_some_and(|d| {
                    before
                        .iter()
                        .chain(&after)
                        .filter(|&&&(m, _)| m.abs_diff(u) == d)
                        .all(|&&(_, h)| !of_the_group(h))
                })
            })
            .collect();
        if !gone.is_empty() && gone.len() < form.units.len() {
            out.push((f, gone));
        }
    }
    out
}

/// Takes each copy of `leaving` out of its form into a form of its own,
/// in no group.
pub(super) fn part(forms: &mut Forms, leaving: Leaving) {
    for (f, units) in leaving {
        forms.part_copies(f, units);
    }
}
