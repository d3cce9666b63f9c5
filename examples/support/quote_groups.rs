//! The groups a quote takes part in, and the missed pairs they make, as the
//! miss listings read them (`pair_misses`, `short_misses`, `short_causes`).
//! Included with `#[path = "support/quote_groups.rs"] mod quote_groups;`;
//! `pair_misses` reads only the groups, so the rest is unused there.
#![allow(dead_code)]

use verbatim::eval::Located;
use verbatim::quotes::{ClusterId, Quote};

/// The groups of `quote` and of its units, sorted, without repeats. Two
/// renderings are grouped together when these lists share a group.
pub fn groups_of(quote: &Quote) -> Vec<ClusterId> {
    let mut groups: Vec<ClusterId> = quote.units.iter().filter_map(|u| u.cluster).collect();
    groups.extend(quote.cluster);
    groups.sort();
    groups.dedup();
    groups
}

/// Two extracted renderings the labels give a common utterance (`label`,
/// the first they share), in two engine quotes that share no group.
pub struct Missed<'f, 'a> {
    pub a: &'f Located<'a>,
    pub b: &'f Located<'a>,
    pub label: &'f str,
    pub groups_a: Vec<ClusterId>,
    pub groups_b: Vec<ClusterId>,
}

impl<'a> Missed<'_, 'a> {
    /// The engine quotes of the two sides.
    pub fn quotes(&self) -> (&'a Quote, &'a Quote) {
        (self.a.engine.unwrap(), self.b.engine.unwrap())
    }
}

/// The missed pairs among `found` (every one extracted: `engine` is set),
/// each unordered pair once, in `found`'s order.
pub fn missed_pairs<'f, 'a>(found: &'f [&'f Located<'a>]) -> impl Iterator<Item = Missed<'f, 'a>> {
    found.iter().enumerate().flat_map(move |(i, &a)| {
        found[i + 1..].iter().filter_map(move |&b| {
            let (qa, qb) = (a.engine?, b.engine?);
            let of_a = a.gold.utterance.labels();
            let label = b
                .gold
                .utterance
                .labels()
                .iter()
                .find(|l| of_a.contains(l))?;
            if qa.id == qb.id {
                return None;
            }
            let (groups_a, groups_b) = (groups_of(qa), groups_of(qb));
            if groups_a.iter().any(|g| groups_b.contains(g)) {
                return None;
            }
            Some(Missed {
                a,
                b,
                label,
                groups_a,
                groups_b,
            })
        })
    })
}
