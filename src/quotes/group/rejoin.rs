//! Rejoining one statement split over two groups: every rendering of one
//! group links every rendering of the other, yet the first pass kept them
//! apart. That happens where no link may bridge: short renderings (under
//! `MIN_CORE_WORDS` words) never join each other's groups, only a long
//! one's, so "We're not ruling out any hypothesis" in four outlets and
//! "does not rule out any hypothesis" in a fifth stay two groups of one
//! statement when no long rendering carries them.
//!
//! The evidence is the members', not the references': two groups are one
//! statement when all their cross pairs of renderings link, no link between
//! them sets two speakers against each other, no quote has a unit in both
//! (a quote's two sentences are two statements), and neither group could
//! join a third this way (a phrase that links two statements is a hub, not
//! proof that they are one). Measured on the labelled news, letting most
//! (half, two thirds) of the cross pairs suffice made hubs of the groups
//! that gained and merged nothing more.

use crate::fast_hash::FastMap;
use crate::ids::QuoteId;

use super::Link;
use super::forms::{FormId, Forms, UnitIdx};
use super::link::Speakers;

/// Renderings each group must hold to rejoin another: a lone rendering
/// that links a group is the attachment rules' to place (merging lone
/// ones here cost true pairs on the half not tuned on, as later passes
/// then placed their neighbours worse).
const MIN_GROUP_UNITS: usize = 2;

/// Merges the groups (lists of form ids) that `links` (between forms) show
/// to be one statement (see the module doc). `quote_of` tells a unit's quote.
pub(super) fn rejoin(
    forms: &Forms,
    links: &[Link],
    groups: &mut Vec<Vec<FormId>>,
    quote_of: impl Fn(UnitIdx) -> QuoteId,
) {
    let group_of = forms.group_of_each(groups, |_| true);
    let form_units = |f: FormId| forms.forms[f].units.len();
    let group_units: Vec<usize> = groups
        .iter()
        .map(|members| members.iter().map(|&f| form_units(f)).sum())
        .collect();
    // Per pair of groups (lower first): the cross pairs of units that link,
    // and whether any link between them sets two speakers apart.
    let mut across: FastMap<(usize, usize), (usize, bool)> = FastMap::default();
    for &(a, b, e) in links {
        let (a, b) = (a as FormId, b as FormId);
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb || ga == usize::MAX || gb == usize::MAX {
            continue;
        }
        let entry = across.entry((ga.min(gb), ga.max(gb))).or_default();
        entry.0 += form_units(a) * form_units(b);
        entry.1 |= e.speakers == Speakers::Differ;
    }
    let mut pairs: Vec<(usize, usize)> = across
        .into_iter()
        .filter(|&((x, y), (linked, differ))| {
            let (ux, uy) = (group_units[x], group_units[y]);
            !differ && ux.min(uy) >= MIN_GROUP_UNITS && linked == ux * uy
        })
        .map(|(pair, _)| pair)
        .collect();
    if pairs.is_empty() {
        return;
    }
    pairs.sort_unstable();
    let mut partners: FastMap<usize, usize> = FastMap::default();
    for &(x, y) in &pairs {
        *partners.entry(x).or_default() += 1;
        *partners.entry(y).or_default() += 1;
    }
    let quotes = |g: usize| -> Vec<QuoteId> {
        let mut q: Vec<QuoteId> = groups[g]
            .iter()
            .flat_map(|&f| forms.forms[f].units.iter().map(|&u| quote_of(u)))
            .collect();
        q.sort_unstable();
        q
    };
    let merges: Vec<(usize, usize)> = pairs
        .into_iter()
        .filter(|&(x, y)| partners[&x] == 1 && partners[&y] == 1)
        .filter(|&(x, y)| {
            let of_y = quotes(y);
            quotes(x).iter().all(|q| of_y.binary_search(q).is_err())
        })
        .collect();
    apply_merges(groups, merges);
}

/// Moves the second group of each merge into the first, then drops the
/// emptied groups and sorts them as grouping keeps them. Each group is in
/// one merge at most.
pub(super) fn apply_merges(groups: &mut Vec<Vec<FormId>>, merges: Vec<(usize, usize)>) {
    if merges.is_empty() {
        return;
    }
    move_groups(groups, merges.into_iter().map(|(x, y)| (y, x)));
    groups.sort_unstable();
}

/// Moves each group `from` into the group `into` of each `(from, into)`, in
/// order, then drops the emptied groups, keeping the others' order. A group
/// moved is never the target of a later move.
pub(super) fn move_groups(
    groups: &mut Vec<Vec<FormId>>,
    moves: impl IntoIterator<Item = (usize, usize)>,
) {
    for (from, into) in moves {
        let moved = std::mem::take(&mut groups[from]);
        groups[into].extend(moved);
    }
    groups.retain(|g| !g.is_empty());
}

#[cfg(test)]
mod tests {
    use crate::ids::PersonId;
    use crate::quotes::group::echoes::tests::{articles_of, together};
    use crate::quotes::group::group;

    /// Two short wordings of one sentence (six words or fewer: neither may
    /// bridge groups), each printed by two outlets.
    const WORDINGS: [(&str, &[&str]); 4] = [
        (
            "We are not closing any borders",
            &["We are not closing any borders"],
        ),
        (
            "We are not closing any borders",
            &["We are not closing any borders"],
        ),
        (
            "not closing any of the borders",
            &["not closing any of the borders"],
        ),
        (
            "not closing any of the borders",
            &["not closing any of the borders"],
        ),
    ];

    #[test]
    fn two_groups_whose_every_cross_pair_links_are_one_statement() {
        let (corpus, mut quotes) = articles_of(&WORDINGS);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(3));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(together(&quotes, 0, 1), "{clusters:#?}");
        assert!(together(&quotes, 2, 3), "{clusters:#?}");
        assert!(together(&quotes, 0, 2), "{clusters:#?}");
    }

    #[test]
    fn two_speakers_keep_their_groups_apart() {
        let (corpus, mut quotes) = articles_of(&WORDINGS);
        for (i, q) in quotes.iter_mut().enumerate() {
            q.speaker = Some(PersonId::new(if i < 2 { 3 } else { 4 }));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(together(&quotes, 0, 1), "{clusters:#?}");
        assert!(together(&quotes, 2, 3), "{clusters:#?}");
        assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    }
}
