//! How much each source's renderings diverge from the groups' references,
//! and where a group is listed by its sources and divergence.

use crate::corpus::Corpus;
use crate::quotes::{Cluster, Quote, Relation};

/// A group whose most divergent rendering diverges more than this (shares
/// under a fifth of the reference's words in order) is more often two
/// different statements than a misquote: it is listed after the groups one
/// can trust, so the reader never opens on it. Lower would demote real
/// rewordings (translations keep few words in order); higher would open on
/// false groups.
const MAX_CONFIDENT_DIVERGENCE: f64 = 0.8;

/// Where a group is listed, before its divergence counts: confident
/// cross-outlet groups, then doubtful ones (a group holding two wordings
/// that outlets each print word for word is one: `cluster::two_texts`; so
/// is one whose most divergent rendering shares almost no word with another
/// outlet's: `cluster::renders_apart`; so is one merged on its renderings'
/// pooled words alone: `pooled`), then groups whose renderings
/// all come from one source (a headline repeating its own article, which
/// says nothing about how outlets quote).
pub fn listing_tier(c: &Cluster) -> u8 {
    if c.sources.len() < 2 {
        2
    } else if c.divergence > MAX_CONFIDENT_DIVERGENCE {
        1
    } else {
        0
    }
}

/// Per source: the share of its renderings in cross-source groups that
/// diverge (edited or reworded) from the reference; 0 when it has none.
pub fn source_divergence(corpus: &Corpus, quotes: &[Quote], clusters: &[Cluster]) -> Vec<f64> {
    let n = corpus.articles.len();
    let mut total = vec![0usize; n];
    let mut diverging = vec![0usize; n];
    for c in clusters.iter().filter(|c| c.sources.len() > 1) {
        if let Some(q) = quotes
            .get(c.reference.index())
            .filter(|q| q.source.index() < n)
        {
            total[q.source.index()] += 1;
        }
        for p in &c.pairs {
            let Some(q) = quotes.get(p.b.index()) else {
                continue;
            };
            let s = q.source.index();
            if s >= n {
                continue;
            }
            total[s] += 1;
            if matches!(p.relation, Relation::Edited | Relation::Reworded) {
                diverging[s] += 1;
            }
        }
    }
    (0..n)
        .map(|s| {
            if total[s] == 0 {
                0.0
            } else {
                diverging[s] as f64 / total[s] as f64
            }
        })
        .collect()
}
