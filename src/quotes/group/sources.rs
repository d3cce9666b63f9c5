//! How much each source's renderings diverge from the groups' references.

use crate::corpus::Corpus;
use crate::quotes::{Cluster, Quote, Relation};

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
