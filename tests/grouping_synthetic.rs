//! Grouping judged on generated corpora with known truth: pairwise precision
//! and recall, and relations against how the generator rendered each quote.

use std::collections::HashMap;
use std::time::Instant;

use verbatim::corpus::{Article, Corpus};
use verbatim::ids::ClusterId;
use verbatim::quotes::group::group;
use verbatim::quotes::{Cluster, Quote};
use verbatim::synth;

use crate::common;
use common::quote;

/// The generated articles as a corpus.
fn synthetic_corpus(generated: &synth::SynthCorpus) -> Corpus {
    Corpus::from_articles(
        generated
            .articles
            .iter()
            .map(|(name, text)| Article::new(name.clone(), name.clone(), text.clone()))
            .collect(),
    )
}

/// Pairwise precision and recall of predicted clusters against truth labels.
fn pairwise(truth: &[usize], predicted: &[Option<usize>]) -> (f64, f64) {
    let pairs = |n: usize| n * n.saturating_sub(1) / 2;
    let mut by_truth: HashMap<usize, usize> = HashMap::new();
    let mut by_pred: HashMap<usize, usize> = HashMap::new();
    let mut by_both: HashMap<(usize, usize), usize> = HashMap::new();
    for (i, &t) in truth.iter().enumerate() {
        *by_truth.entry(t).or_default() += 1;
        if let Some(p) = predicted[i] {
            *by_pred.entry(p).or_default() += 1;
            *by_both.entry((t, p)).or_default() += 1;
        }
    }
    let tp: usize = by_both.values().map(|&n| pairs(n)).sum();
    let pred: usize = by_pred.values().map(|&n| pairs(n)).sum();
    let real: usize = by_truth.values().map(|&n| pairs(n)).sum();
    (
        tp as f64 / pred.max(1) as f64,
        tp as f64 / real.max(1) as f64,
    )
}

fn run_synthetic(n: usize, seed: u64, with_speakers: bool) -> (f64, f64, Vec<Cluster>) {
    let generated = synth::generate(n, seed);
    let corpus = synthetic_corpus(&generated);
    let mut names: HashMap<&str, usize> = HashMap::new();
    let mut quotes: Vec<Quote> = Vec::new();
    for (i, t) in generated.truth.iter().enumerate() {
        let next = names.len();
        let speaker = *names.entry(t.speaker.as_str()).or_insert(next);
        // Attribution is imperfect: leave every third speaker unknown.
        let speaker = (with_speakers && i % 3 != 0).then_some(speaker);
        quotes.push(quote(i, t.article, t.start, t.end, speaker));
    }
    let started = Instant::now();
    let clusters = group(&corpus, &mut quotes);
    let elapsed = started.elapsed();
    let truth: Vec<usize> = generated.truth.iter().map(|t| t.utterance).collect();
    let predicted: Vec<Option<usize>> = quotes
        .iter()
        .map(|q| q.cluster.map(ClusterId::index))
        .collect();
    let (p, r) = pairwise(&truth, &predicted);
    println!(
        "synthetic n={n} seed={seed} speakers={with_speakers}: {} quotes, {} clusters, precision {p:.4}, recall {r:.4}, group() {elapsed:?}",
        quotes.len(),
        clusters.len()
    );
    // Where recall is lost: per rendering kind, the share of quotes that sit in
    // their utterance's main group.
    let mut main: HashMap<usize, HashMap<Option<usize>, usize>> = HashMap::new();
    for (i, t) in generated.truth.iter().enumerate() {
        *main
            .entry(t.utterance)
            .or_default()
            .entry(predicted[i])
            .or_default() += 1;
    }
    let mut kinds: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, t) in generated.truth.iter().enumerate() {
        let groups = &main[&t.utterance];
        let best = groups
            .iter()
            .filter(|(k, _)| k.is_some())
            .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
            .map(|(k, _)| *k);
        let e = kinds.entry(format!("{:?}", t.rendering)).or_default();
        e.1 += 1;
        if best.is_some() && predicted[i] == best.flatten() {
            e.0 += 1;
        }
    }
    let mut kinds: Vec<_> = kinds.into_iter().collect();
    kinds.sort();
    println!("  in main group, by rendering: {kinds:?}");
    // Where precision is lost: members outside their cluster's main utterance.
    let mut strays: HashMap<String, usize> = HashMap::new();
    for c in &clusters {
        let mut count: HashMap<usize, usize> = HashMap::new();
        for &q in &c.quotes {
            *count.entry(truth[q.index()]).or_default() += 1;
        }
        let main = count
            .iter()
            .max_by_key(|(u, n)| (**n, std::cmp::Reverse(**u)))
            .map(|(u, _)| *u);
        for &q in &c.quotes {
            if Some(truth[q.index()]) != main {
                *strays
                    .entry(format!("{:?}", generated.truth[q].rendering))
                    .or_default() += 1;
            }
        }
    }
    println!("  strays by rendering: {strays:?}");
    // A quote takes part in a group through one of its sentence-level units.
    for c in &clusters {
        for &q in &c.quotes {
            assert!(quotes[q].units.iter().any(|u| u.cluster == Some(c.id)));
        }
    }
    (p, r, clusters)
}

#[test]
fn synthetic_precision_and_recall_without_speakers() {
    for seed in [1, 2] {
        let (p, r, _) = run_synthetic(300, seed, false);
        assert!(p >= 0.95, "precision {p:.4} < 0.95");
        assert!(r >= 0.90, "recall {r:.4} < 0.90");
    }
}

#[test]
fn synthetic_precision_and_recall_with_some_speakers() {
    let (p, r, _) = run_synthetic(300, 3, true);
    assert!(p >= 0.95, "precision {p:.4} < 0.95");
    assert!(r >= 0.90, "recall {r:.4} < 0.90");
}

/// Scale check, run on demand in release:
/// `cargo test --release --test grouping -- --ignored --nocapture`.
#[test]
#[ignore]
fn synthetic_at_scale() {
    for n in [2_500, 10_000] {
        let (p, r, _) = run_synthetic(n, 11, false);
        assert!(p >= 0.95 && r >= 0.90, "precision {p:.4} recall {r:.4}");
    }
}

#[test]
fn relations_match_how_the_generator_rendered() {
    let generated = synth::generate(200, 5);
    let corpus = synthetic_corpus(&generated);
    let mut quotes: Vec<Quote> = generated
        .truth
        .iter()
        .enumerate()
        .map(|(i, t)| quote(i, t.article, t.start, t.end, None))
        .collect();
    let clusters = group(&corpus, &mut quotes);
    let mut table: HashMap<(String, String), usize> = HashMap::new();
    for c in &clusters {
        if generated.truth[c.reference].rendering != synth::Rendering::Verbatim {
            continue;
        }
        for p in &c.pairs {
            if generated.truth[p.b].utterance != generated.truth[p.a].utterance {
                continue;
            }
            let kind = format!("{:?}", generated.truth[p.b].rendering);
            *table
                .entry((kind, format!("{:?}", p.relation)))
                .or_default() += 1;
        }
    }
    let mut rows: Vec<_> = table.iter().collect();
    rows.sort();
    println!("{rows:?}");
    let share = |kind: &str, relations: &[&str]| {
        let total: usize = table
            .iter()
            .filter(|((k, _), _)| k == kind)
            .map(|(_, n)| n)
            .sum();
        let hit: usize = table
            .iter()
            .filter(|((k, r), _)| k == kind && relations.contains(&r.as_str()))
            .map(|(_, n)| n)
            .sum();
        hit as f64 / total.max(1) as f64
    };
    assert!(share("Verbatim", &["Identical", "Punctuation"]) >= 0.99);
    assert!(share("Excerpt", &["Excerpt"]) >= 0.95);
    assert!(share("Trimmed", &["Excerpt", "Identical", "Punctuation"]) >= 0.95);
    assert!(share("Garbled", &["Reworded", "Edited"]) >= 0.95);
    assert!(share("Garbled", &["Reworded"]) >= 0.5);
    assert!(share("Edited", &["Edited", "Excerpt"]) >= 0.9);
}
