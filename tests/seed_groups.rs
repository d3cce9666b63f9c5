//! Grouping judged against the hand annotation of the bundled seed corpus:
//! pairwise precision and recall over the annotation's `group` labels, and
//! the one group issue 3 names ("Russia is a very big power").

use std::collections::HashMap;

use serde::Deserialize;
use verbatim::analysis::{Analysis, analyze};
use verbatim::corpus::{Corpus, bundled_corpus};
use verbatim::ids::QuoteId;
use verbatim::quotes::Relation;

#[derive(Deserialize)]
struct Annotation {
    quotes: Vec<Annotated>,
}

#[derive(Deserialize)]
struct Annotated {
    source: String,
    text: String,
    group: String,
}

/// Per engine quote: its annotated group (`None` when the annotation has no such quote).
fn labels(corpus: &Corpus, analysis: &Analysis, annotation: &Annotation) -> Vec<Option<String>> {
    let mut by_key: HashMap<(&str, &str), Vec<&str>> = HashMap::new();
    for a in &annotation.quotes {
        by_key
            .entry((a.source.as_str(), a.text.as_str()))
            .or_default()
            .push(a.group.as_str());
    }
    analysis
        .quotes
        .iter()
        .map(|q| {
            let article = &corpus.articles[q.source];
            let text = q.span().get(corpus)?;
            let groups = by_key.get_mut(&(article.id.as_str(), text))?;
            // The same text twice in one article: take the labels in turn.
            (!groups.is_empty()).then(|| groups.remove(0).to_string())
        })
        .collect()
}

fn load() -> (Corpus, Analysis, Vec<Option<String>>) {
    let corpus = bundled_corpus();
    let analysis = analyze(&corpus);
    let raw = include_str!("fixtures/seed_annotation.json");
    let annotation: Annotation = serde_json::from_str(raw).expect("fixture parses");
    let labels = labels(&corpus, &analysis, &annotation);
    (corpus, analysis, labels)
}

#[test]
fn seed_grouping_precision_and_recall() {
    let (corpus, analysis, labels) = load();
    let matched = labels.iter().filter(|l| l.is_some()).count();
    assert!(matched >= 60, "only {matched} quotes match the annotation");
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let text = |i: usize| analysis.quotes[i].span().text(&corpus);
    for i in 0..labels.len() {
        for j in i + 1..labels.len() {
            let (Some(a), Some(b)) = (&labels[i], &labels[j]) else {
                continue;
            };
            let truth = a == b;
            let (ci, cj) = (analysis.quotes[i].cluster, analysis.quotes[j].cluster);
            let predicted = ci.is_some() && ci == cj;
            match (truth, predicted) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    println!("wrong: {:?} / {:?}", text(i), text(j));
                }
                (true, false) => {
                    fn_ += 1;
                    println!("missed: {:?} / {:?}", text(i), text(j));
                }
                (false, false) => {}
            }
        }
    }
    let precision = if tp + fp == 0 {
        1.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "seed pairs: {tp} found, {fp} wrong, {fn_} missed; precision {precision:.3} recall {recall:.3}"
    );
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.58, "recall {recall:.3}");
}

#[test]
fn seed_very_big_power_group_is_whole_and_clean() {
    let (corpus, analysis, labels) = load();
    let power: Vec<QuoteId> = (0..labels.len())
        .filter(|&i| labels[i].as_deref() == Some("very-big-power"))
        .map(QuoteId::new)
        .collect();
    assert_eq!(power.len(), 3, "three annotated renderings");
    let cluster = analysis.quotes[power[0]].cluster.expect("grouped");
    let c = &analysis.clusters[cluster];
    assert_eq!(c.quotes, power, "exactly the three renderings");
    let translated = power
        .iter()
        .copied()
        .find(|&q| {
            corpus.articles[analysis.quotes[q].source]
                .id
                .starts_with("002")
        })
        .expect("a rendering in 002");
    let relation = if c.reference == translated {
        // The translation is the reference: judge it from the other side.
        c.pairs.iter().map(|p| p.relation).next()
    } else {
        c.pairs
            .iter()
            .find(|p| p.b == translated)
            .map(|p| p.relation)
    };
    assert!(
        matches!(relation, Some(Relation::Reworded | Relation::Edited)),
        "{relation:?}"
    );
    let reference = &analysis.quotes[c.reference];
    let ref_text = reference.span().text(&corpus);
    println!("reference: {ref_text:?}");
    // The sentence two renderings give in full, not one outlet's longer cut.
    assert!(
        ref_text.starts_with("Russia is a very big power"),
        "{ref_text:?}"
    );
}
