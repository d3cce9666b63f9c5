//! Two translations of one sentence of a speech that share too few words in
//! order to link (`quotes::group::near_merge`): they merge when they come
//! near a link, one speaker says both, no article prints both, and they
//! stand in one place of the speech.

use verbatim::analysis::analyze;
use verbatim::corpus::{Article, Corpus};

const OPENING: &str = "The new harbour bridge will open to traffic in early spring next year.";
const CLOSING: &str = "Every family in Elvenport deserves a quiet street and a clean river.";
/// One sentence in two outlets' translations: the same nouns, other words
/// and another order.
const FIRST: &str = "We have asked the Kestrel shipyards to double the ferry crossings during the long winter months.";
const SECOND: &str =
    "The Kestrel yards were requested by us to run twice as many ferry crossings over the winter.";
/// Another sentence of the speech, on the same ferries.
const OTHER: &str =
    "The Kestrel ferry crews will get a new pay deal and warm shelters this winter, we promise.";
/// A sentence of the speech between the opening and the ferries, which
/// some outlets print and others skip.
const ASIDE: &str =
    "Our council has balanced its books for the third year running without new taxes.";

/// An article quoting the mayor's `middle` sentence between the speech's
/// opening and closing ones (or `before` and `after` in their place).
fn article(i: usize, before: &str, middle: &str, after: &str) -> Article {
    let text = format!(
        "Elvenport mayor sets out harbour plans\n\n\
         Mayor Tomas Brand spoke to the city council on Monday evening.\n\n\
         \"{before}\" Brand said.\n\n\"{middle}\" Brand said.\n\n\"{after}\" Brand said.\n"
    );
    Article::new(format!("a{i}"), format!("a{i}.txt"), text)
}

/// An article quoting the mayor's `said` sentences in their order.
fn article_of(i: usize, said: &[&str]) -> Article {
    let quoted: String = said
        .iter()
        .map(|s| format!("\"{s}\" Brand said.\n\n"))
        .collect();
    let text = format!(
        "Elvenport mayor sets out harbour plans\n\n\
         Mayor Tomas Brand spoke to the city council on Monday evening.\n\n{quoted}"
    );
    Article::new(format!("a{i}"), format!("a{i}.txt"), text)
}

/// Whether the quotes saying `a` and `b` are all in one group.
fn grouped_together(articles: Vec<Article>, a: &str, b: &str) -> bool {
    let corpus = Corpus::from_articles(articles);
    let analysis = analyze(&corpus);
    let clusters_of = |said: &str| {
        let mut c: Vec<_> = analysis
            .quotes
            .iter()
            .filter(|q| corpus.articles[q.source.index()].text[q.inner()].contains(said))
            .map(|q| q.cluster)
            .collect();
        c.dedup();
        c
    };
    let (x, y) = (clusters_of(a), clusters_of(b));
    assert!(!x.is_empty() && !y.is_empty(), "both quoted");
    x.len() == 1 && x == y && x[0].is_some()
}

#[test]
fn translations_in_one_place_of_the_speech_merge() {
    let articles = (0..4)
        .map(|i| {
            let middle = if i < 2 { FIRST } else { SECOND };
            article(i, OPENING, middle, CLOSING)
        })
        .collect();
    assert!(grouped_together(articles, FIRST, SECOND));
}

#[test]
fn translations_in_different_places_stay_apart() {
    // The same two wordings, but the second outlets print it elsewhere in
    // the speech (after the closing line, before another sentence).
    let articles = (0..4)
        .map(|i| {
            if i < 2 {
                article(i, OPENING, FIRST, CLOSING)
            } else {
                article(i, CLOSING, SECOND, OTHER)
            }
        })
        .collect();
    assert!(!grouped_together(articles, FIRST, SECOND));
}

#[test]
fn a_translation_after_a_skipped_sentence_stands_in_its_place() {
    // Two outlets print the aside between the opening and the ferries, two
    // skip it: the ferry sentence is the opening's next but one in the
    // first, its next in the others, and no slot of next sentences is shared.
    let articles = (0..4)
        .map(|i| {
            if i < 2 {
                article_of(i, &[OPENING, ASIDE, FIRST, CLOSING])
            } else {
                article_of(i, &[OPENING, SECOND])
            }
        })
        .collect();
    assert!(grouped_together(articles, FIRST, SECOND));
}
