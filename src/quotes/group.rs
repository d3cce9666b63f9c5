//! Grouping quotes that render the same utterance.
//! (To be written by the quote-engine work.)

use crate::corpus::Corpus;

use super::{Cluster, Quote};

/// Clusters of two or more renderings; sets `Quote::cluster` on their members.
pub fn group(_corpus: &Corpus, _quotes: &mut [Quote]) -> Vec<Cluster> {
    Vec::new()
}

/// Per source: the share of its renderings in cross-source groups that diverge from the reference.
pub fn source_divergence(corpus: &Corpus, _quotes: &[Quote], _clusters: &[Cluster]) -> Vec<f64> {
    vec![0.0; corpus.articles.len()]
}
