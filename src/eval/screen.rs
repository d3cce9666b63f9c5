//! The first screen: whether the group the reader opens on (the first one
//! listed, `clusters[0]` of `verbatim quotes --json`) is a true group. A
//! fact-checker who opens on two different sentences shown as one
//! statement misquoted cannot trust the rest of the list.

use super::{Located, Utterances};
use crate::analysis::Analysis;
use crate::ids::{ClusterId, QuoteId};
use crate::quotes::Quote;

/// The labelled quotations the first listed group holds (a unit of their
/// engine quote is in it), in label order.
pub fn first_group_members<'l, 'a>(
    located: &'l [Located<'a>],
    analysis: &Analysis,
) -> Vec<&'l Located<'a>> {
    let Some(first) = analysis.clusters.first() else {
        return Vec::new();
    };
    located
        .iter()
        .filter(|l| l.engine.is_some_and(|q| in_group(q, first.id)))
        .collect()
}

/// Whether every two labelled quotations of the first listed group (of
/// different engine quotes) render a common utterance; `None` when it holds
/// fewer than two labelled quotations (nothing to judge) or there is none.
pub fn first_group_true(located: &[Located], analysis: &Analysis) -> Option<bool> {
    let members: Vec<(QuoteId, &Utterances)> = first_group_members(located, analysis)
        .iter()
        .filter_map(|l| Some((l.engine?.id, &l.gold.utterance)))
        .collect();
    all_render_one(&members)
}

/// Whether every two members of different engine quotes share an utterance
/// label; `None` when no two members are of different quotes (two labelled
/// quotations inside one engine quote say nothing of grouping).
fn all_render_one(members: &[(QuoteId, &Utterances)]) -> Option<bool> {
    let mut judged = false;
    for (i, (qa, a)) in members.iter().enumerate() {
        for (qb, b) in &members[i + 1..] {
            if qa == qb {
                continue;
            }
            judged = true;
            if !a.shares_with(b) {
                return Some(false);
            }
        }
    }
    judged.then_some(true)
}

/// Whether a unit of `q` (or its main group) is in group `id`.
fn in_group(q: &Quote, id: ClusterId) -> bool {
    q.cluster == Some(id) || q.units.iter().any(|u| u.cluster == Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(label: &str) -> Utterances {
        Utterances::One(label.to_string())
    }

    #[test]
    fn a_group_is_true_when_every_two_quotes_share_an_utterance() {
        let q = QuoteId::new;
        let (tax, tax2, visit) = (one("tax"), one("tax"), one("visit"));
        let both = Utterances::Several(vec!["visit".into(), "tax".into()]);
        assert_eq!(all_render_one(&[(q(0), &tax), (q(1), &tax2)]), Some(true));
        // A quote labelled with two utterances shares one with each.
        assert_eq!(
            all_render_one(&[(q(0), &tax), (q(1), &both), (q(2), &tax2)]),
            Some(true)
        );
        assert_eq!(
            all_render_one(&[(q(0), &tax), (q(1), &tax2), (q(2), &visit)]),
            Some(false),
            "one false member makes the group false"
        );
        // Two labelled quotations inside one engine quote: nothing to judge.
        assert_eq!(all_render_one(&[(q(0), &tax), (q(0), &visit)]), None);
        assert_eq!(all_render_one(&[]), None);
    }
}
