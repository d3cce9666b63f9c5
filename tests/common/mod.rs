//! The hand annotation of the seed corpus and matching it against what the
//! engine extracted. Shared by the extraction and attribution tests.

#![allow(dead_code)]

use serde::Deserialize;
use verbatim::corpus::{Article, Corpus};
use verbatim::ids::{PersonId, QuoteId, SourceId};
use verbatim::quotes::Quote;
use verbatim::quotes::extract::extract;

#[derive(Debug, Clone, Deserialize)]
pub struct Annotated {
    pub source: String,
    pub text: String,
    pub speaker: Option<String>,
    pub fragment: bool,
    pub group: String,
}

#[derive(Deserialize)]
struct Document {
    quotes: Vec<Annotated>,
}

pub fn annotation() -> Vec<Annotated> {
    let raw = include_str!("../fixtures/seed_annotation.json");
    serde_json::from_str::<Document>(raw)
        .expect("seed_annotation.json parses")
        .quotes
}

/// Quotes of every article, numbered in corpus order.
pub fn extract_all(corpus: &Corpus) -> Vec<Quote> {
    let mut out = Vec::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        let first = out.len();
        out.extend(extract(a, SourceId::new(i), first));
    }
    out
}

pub struct Matched {
    /// Per annotated quote: the extracted quote with exactly its text.
    pub exact: Vec<Option<usize>>,
    /// Annotated quotes found at all (exactly, or overlapping with other boundaries).
    pub found: usize,
    pub extracted: usize,
    /// Extracted quotes that match an annotated one.
    pub true_positive: usize,
    pub quotes: Vec<Quote>,
}

pub fn match_quotes(corpus: &Corpus, annotation: &[Annotated], quotes: Vec<Quote>) -> Matched {
    let text_of = |q: &Quote| q.span().text(corpus);
    let id_of = |q: &Quote| corpus.articles[q.source].id.as_str();
    let mut used = vec![false; quotes.len()];
    let mut exact = vec![None; annotation.len()];
    for (i, ann) in annotation.iter().enumerate() {
        let hit = quotes
            .iter()
            .enumerate()
            .position(|(k, q)| !used[k] && id_of(q) == ann.source && text_of(q) == ann.text);
        if let Some(k) = hit {
            used[k] = true;
            exact[i] = Some(k);
        }
    }
    let mut found = exact.iter().filter(|m| m.is_some()).count();
    for (i, ann) in annotation.iter().enumerate() {
        if exact[i].is_some() {
            continue;
        }
        let hit = quotes.iter().enumerate().position(|(k, q)| {
            let t = text_of(q);
            !used[k] && id_of(q) == ann.source && (t.contains(&ann.text) || ann.text.contains(t))
        });
        if let Some(k) = hit {
            used[k] = true;
            found += 1;
        }
    }
    Matched {
        exact,
        found,
        extracted: quotes.len(),
        true_positive: used.iter().filter(|u| **u).count(),
        quotes,
    }
}

/// A quote whose inner, outer and sentence spans are all `start..end`.
pub fn quote(id: usize, source: usize, start: usize, end: usize, speaker: Option<usize>) -> Quote {
    let (id, source) = (QuoteId::new(id), SourceId::new(source));
    let mut quote = Quote::new(id, source, start..end, start..end, start..end, 0);
    quote.speaker = speaker.map(PersonId::new);
    quote
}

/// Whether quotes `a` and `b` were grouped, in one group.
pub fn together(quotes: &[Quote], a: usize, b: usize) -> bool {
    quotes[a].cluster.is_some() && quotes[a].cluster == quotes[b].cluster
}

/// A corpus of one-quote articles, with each quote spanning its whole article.
pub fn corpus_of(texts: &[&str]) -> (Corpus, Vec<Quote>) {
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(format!("a{i}"), format!("a{i}.txt"), t.to_string()))
        .collect();
    let quotes = texts
        .iter()
        .enumerate()
        .map(|(i, t)| quote(i, i, 0, t.len(), None))
        .collect();
    (Corpus::from_articles(articles), quotes)
}
