//! Keeping one bad article from costing the whole corpus.
//!
//! The engine is tested and fuzzed, but it reads text nobody has seen, and
//! a panic in any stage would otherwise end `verbatim quotes DIR` with
//! nothing printed (exit 101) and leave the reader without quotes for
//! every article. When the engine panics, each article is run on its own;
//! those that panic alone are set aside (analysed as if empty, with a
//! warning naming the file) and the rest runs again. The usual path costs
//! one `catch_unwind`; the search only runs after a panic.

use std::panic::{AssertUnwindSafe, catch_unwind};

use rayon::prelude::*;

use super::Analysis;
use crate::corpus::{Article, Corpus, LoadWarning};

/// What a set-aside article's warning says after its path.
const SET_ASIDE: &str =
    "the quote engine failed on this article (a bug: please report it); it is shown without quotes";

/// What the one warning says when no single article explains the failure.
const FAILED_TOGETHER: &str = "the quote engine failed on these articles together (a bug: please report it); they are shown without quotes";

/// Runs `engine` over `corpus`, setting aside the articles it panics on.
pub(super) fn analyze_with(
    corpus: &Corpus,
    engine: impl Fn(&Corpus) -> Analysis + Sync,
) -> Analysis {
    if let Some(analysis) = unwinding_to_none(|| engine(corpus)) {
        return analysis;
    }
    let failing: Vec<usize> = (0..corpus.articles.len())
        .into_par_iter()
        .filter(|&i| {
            let alone = Corpus::from_articles(vec![corpus.articles[i].clone()]);
            unwinding_to_none(|| engine(&alone)).is_none()
        })
        .collect();
    let rerun = (!failing.is_empty())
        .then(|| without(corpus, &failing))
        .and_then(|rest| unwinding_to_none(|| engine(&rest)));
    match rerun {
        Some(mut analysis) => {
            analysis.set_aside = failing
                .iter()
                .map(|&i| LoadWarning {
                    path: corpus.articles[i].path.clone(),
                    message: SET_ASIDE.to_string(),
                })
                .collect();
            analysis
        }
        // Only several articles together fail (or the rest still does):
        // every article is kept for reading, none has quotes.
        None => Analysis {
            source_divergence: vec![0.0; corpus.articles.len()],
            set_aside: vec![LoadWarning {
                path: "all articles".to_string(),
                message: FAILED_TOGETHER.to_string(),
            }],
            ..Analysis::default()
        },
    }
}

/// The value of `f`, or `None` when it panicked. The panic's own message
/// has already gone to stderr through the panic hook.
fn unwinding_to_none<T>(f: impl FnOnce() -> T) -> Option<T> {
    // The engine only reads the corpus; what a panic leaves half-built is
    // its own, and is dropped with it.
    catch_unwind(AssertUnwindSafe(f)).ok()
}

/// `corpus` with the articles at `failing` emptied, so every other
/// article keeps its index (quotes name their source by index).
fn without(corpus: &Corpus, failing: &[usize]) -> Corpus {
    let mut rest = corpus.clone();
    for &i in failing {
        let a = &rest.articles[i];
        rest.articles[i] = Article::new(a.id.clone(), a.path.clone(), String::new());
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_unguarded;

    /// The real engine, made to panic on any article whose text says "BOOM"
    /// (a stand-in for an input that meets a bug).
    fn engine_failing_on_boom(corpus: &Corpus) -> Analysis {
        assert!(
            !corpus.articles.iter().any(|a| a.text.contains("BOOM")),
            "injected failure"
        );
        analyze_unguarded(corpus)
    }

    fn corpus(texts: &[&str]) -> Corpus {
        Corpus::from_articles(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Article::new(format!("a{i}"), format!("a{i}.txt"), t.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_corpus_the_engine_reads_is_analysed_as_usual() {
        let c = corpus(&[
            "Title\n\n\"We will win,\" Jane Doe said.",
            "Other\n\nNo quotes.",
        ]);
        let analysis = analyze_with(&c, engine_failing_on_boom);
        assert_eq!(analysis.quotes.len(), 1);
        assert!(analysis.set_aside.is_empty());
    }

    #[test]
    fn the_article_that_fails_is_set_aside_and_the_others_keep_their_quotes() {
        let c = corpus(&[
            "One\n\n\"We will win,\" Jane Doe said.",
            "Two\n\n\"BOOM goes the bug,\" John Roe said.",
            "Three\n\n\"We will win,\" Jane Doe told reporters.",
        ]);
        let analysis = analyze_with(&c, engine_failing_on_boom);
        assert_eq!(analysis.set_aside.len(), 1);
        assert_eq!(analysis.set_aside[0].path, "a1.txt");
        let sources: Vec<usize> = analysis.quotes.iter().map(|q| q.source.index()).collect();
        assert_eq!(
            sources,
            vec![0, 2],
            "the others keep their index and quotes"
        );
        assert_eq!(analysis.source_divergence.len(), 3);
        assert!(
            analysis.clusters.iter().any(|c| c.quotes.len() == 2),
            "the two renderings still group"
        );
    }

    #[test]
    fn a_failure_no_single_article_explains_keeps_every_article_without_quotes() {
        // Fails only when two particular articles meet.
        let engine = |c: &Corpus| {
            let n = c
                .articles
                .iter()
                .filter(|a| a.text.contains("half"))
                .count();
            assert!(n < 2, "injected failure");
            analyze_unguarded(c)
        };
        let c = corpus(&["A\n\n\"One half,\" X said.", "B\n\n\"Other half,\" Y said."]);
        let analysis = analyze_with(&c, engine);
        assert!(analysis.quotes.is_empty());
        assert_eq!(analysis.source_divergence, vec![0.0, 0.0]);
        assert_eq!(analysis.set_aside.len(), 1);
        assert_eq!(analysis.set_aside[0].path, "all articles");
    }
}
