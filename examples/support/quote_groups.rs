//! The groups a quote takes part in, as the miss listings compare them
//! (`pair_misses`, `short_misses`, `short_causes`): its main group and each
//! unit's, sorted, once each. Two renderings are grouped together when
//! these lists share a group. Included with
//! `#[path = "support/quote_groups.rs"] mod quote_groups;`.

use verbatim::quotes::{ClusterId, Quote};

/// The groups of `quote` and of its units, sorted, without repeats.
pub fn groups_of(quote: &Quote) -> Vec<ClusterId> {
    let mut groups: Vec<ClusterId> = quote.units.iter().filter_map(|u| u.cluster).collect();
    groups.extend(quote.cluster);
    groups.sort();
    groups.dedup();
    groups
}
