//! Two translations of one sentence that each outlet words its own way: a
//! translator picks among the general words a language offers for one
//! source word ("fully" / "completely", "price" / "cost", "home" / "house"),
//! so the two keep the sentence's frame and few of its other words in
//! order. Listed near-synonyms (`text::synonyms`) count nearly as the same
//! word (`quotes::group::substitutions`).

use verbatim::analysis::analyze;
use verbatim::corpus::{Article, Corpus};

/// An article quoting the mayor's one sentence `said`.
fn article(i: usize, said: &str) -> Article {
    let text = format!(
        "Elvenport mayor sets out harbour plans\n\n\
         Mayor Tomas Brand spoke to the city council on Monday evening.\n\n\
         \"{said}\" Brand said.\n\n"
    );
    Article::new(format!("a{i}"), format!("a{i}.txt"), text)
}

#[test]
fn a_translation_swapping_listed_words_joins_its_sentence() {
    let said = [
        // One sentence in two outlets' words: four of its words swapped
        // for listed near-synonyms, its clauses reordered.
        "The flood fully destroyed the homes of forty families, and the town will pay the price of every new roof.",
        "Forty family houses were completely demolished by the flood; the town shall cover the cost of each new roof.",
        // Other sentences of the speech.
        "The council will open the old school as a shelter for the winter months.",
        "Our engineers have already repaired the main bridge over the river.",
        "The mayor thanked the volunteers who carried sandbags through the night.",
        // Another sentence on the same flood, farms and town.
        "The flood cut the roads to forty farms, and the town will repair every one of them before the spring.",
    ];
    let corpus = Corpus::from_articles(
        said.iter()
            .enumerate()
            .map(|(i, s)| article(i, s))
            .collect(),
    );
    let analysis = analyze(&corpus);
    let cluster_of = |s: &str| {
        let q = analysis
            .quotes
            .iter()
            .find(|q| corpus.articles[q.source.index()].text[q.inner()].contains(&s[..20]))
            .expect("the sentence is quoted");
        q.cluster
    };
    let (first, second, other) = (
        cluster_of(said[0]),
        cluster_of(said[1]),
        cluster_of(said[5]),
    );
    assert!(first.is_some() && first == second, "{first:?} {second:?}");
    assert_ne!(first, other);
}
