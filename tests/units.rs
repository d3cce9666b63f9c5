//! Sentence-level units: a quotation holding several statements takes part
//! in one group per statement, its JSON lists its units, and groups from one
//! source are listed after cross-outlet ones.

use verbatim::analysis::analyze;
use verbatim::corpus::{Article, Corpus};
use verbatim::quotes::group::group;
use verbatim::quotes::{Quote, Relation};
use verbatim::report;

use crate::common;
use common::corpus_of;

const LONG: &str = "We have agreed on a ceasefire along the whole northern border. \
     The talks in Geneva will resume on Monday morning with both delegations. \
     Prices for grain have risen far too high this winter.";

#[test]
fn each_sentence_of_a_long_quote_joins_its_own_group() {
    let (corpus, mut quotes) = corpus_of(&[
        LONG,
        "We have agreed on a ceasefire along the whole northern border.",
        "the talks in Geneva will resume on Monday morning with both delegations",
        "Prices for grain have risen far too high this winter,",
    ]);
    let clusters = group(&corpus, &mut quotes);
    let long = &quotes[0];
    assert_eq!(long.units.len(), 3, "{:?}", long.units);
    let groups: Vec<_> = long.units.iter().map(|u| u.cluster).collect();
    assert!(groups.iter().all(Option::is_some), "{clusters:#?}");
    assert!(groups[0] != groups[1] && groups[1] != groups[2] && groups[0] != groups[2]);
    for (i, g) in groups.iter().enumerate() {
        let c = &clusters[g.unwrap()];
        // The long quote and the one outlet printing that sentence, nothing else.
        assert_eq!(c.quotes.len(), 2, "{c:#?}");
        assert!(c.quotes.iter().any(|q| q.index() == i + 1), "{c:#?}");
        for p in &c.pairs {
            assert_ne!(p.relation, Relation::Reworded, "{p:?}");
        }
    }
    // The main unit is the longest one.
    assert_eq!(long.cluster, groups[1]);
    // The short quotes stay apart from each other: different statements.
    assert_ne!(quotes[1].cluster, quotes[2].cluster);
}

#[test]
fn alignment_ops_rebuild_the_units_compared() {
    let (corpus, mut quotes) = corpus_of(&[
        LONG,
        "The talks in Geneva will resume on Monday with both delegations.",
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert_eq!(clusters.len(), 1, "{clusters:#?}");
    let c = &clusters[0];
    let p = &c.pairs[0];
    let text = |q: &Quote| q.span().text(&corpus);
    let (qa, qb) = (&quotes[p.a.index()], &quotes[p.b.index()]);
    let rebuilt_a: String = p.ops.iter().map(|o| &text(qa)[o.a()]).collect();
    let rebuilt_b: String = p.ops.iter().map(|o| &text(qb)[o.b()]).collect();
    let source = |q: &Quote| corpus.articles[q.source.index()].text.as_str();
    assert_eq!(rebuilt_a, &source(qa)[p.a_unit()]);
    assert_eq!(rebuilt_b, &source(qb)[p.b_unit()]);
    assert_eq!(c.reference_unit, p.a_unit());
}

/// Two outlets quote one statement; one article repeats another of its own
/// statements in its headline. The cross-outlet group comes first whatever
/// the divergence.
#[test]
fn single_source_groups_come_after_cross_outlet_ones() {
    let a = "Minister repeats: “the harbour will never be sold to anyone”\n\n\
             The minister said “the harbour will never, ever be sold to anyone at all.” \
             She also said “our schools will get new funding for teachers in the spring.”\n";
    let b = "Funding pledge\n\n\
             The minister said “our schools will get new funding for teachers in the spring.”\n";
    let corpus = Corpus::from_articles(vec![
        Article::new("a", "a.txt", a.into()),
        Article::new("b", "b.txt", b.into()),
    ]);
    let analysis = analyze(&corpus);
    assert!(analysis.clusters.len() >= 2, "{:#?}", analysis.clusters);
    let first_single = analysis
        .clusters
        .iter()
        .position(|c| c.sources.len() < 2)
        .expect("the headline group");
    assert!(
        analysis.clusters[first_single..]
            .iter()
            .all(|c| c.sources.len() < 2),
        "{:#?}",
        analysis.clusters
    );
    assert_eq!(analysis.clusters[0].sources.len(), 2);
    // The single-source group diverges more, yet comes second.
    assert!(analysis.clusters[first_single].divergence > analysis.clusters[0].divergence);
}

#[test]
fn quotes_json_lists_units_with_their_groups() {
    let (corpus, quotes) = corpus_of(&[
        LONG,
        "Prices for grain have risen far too high this winter.",
    ]);
    let mut analysis = analyze(&corpus);
    // The whole articles as the quotes, so the units are known.
    analysis.quotes = quotes;
    analysis.clusters = group(&corpus, &mut analysis.quotes);
    let mut out = Vec::new();
    report::quotes::write_json(&mut out, &corpus, &analysis).unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(doc["version"], 1);
    let long = &doc["quotes"][0];
    assert_eq!(long["quoted"], true);
    let units = long["units"].as_array().unwrap();
    assert_eq!(units.len(), 3);
    let text = corpus.articles[0].text.as_str();
    let span = |u: &serde_json::Value| {
        &text[u["start"].as_u64().unwrap() as usize..u["end"].as_u64().unwrap() as usize]
    };
    assert_eq!(
        span(&units[2]),
        "Prices for grain have risen far too high this winter."
    );
    assert_eq!(units[2]["cluster"], 0);
    assert!(units[0]["cluster"].is_null() && units[1]["cluster"].is_null());
    // The quote's own group is its main unit's, and the group lists it.
    assert_eq!(long["cluster"], 0);
    let members = doc["clusters"][0]["quotes"].as_array().unwrap();
    assert_eq!(members.len(), 2);
}

/// One outlet runs two statements into one sentence with a comma.
const RUN_ON: &str = "We will rebuild every school that the storm destroyed before the \
     winter comes, and the farmers who lost their whole harvest will receive full \
     compensation from the state";

#[test]
fn a_run_on_sentence_that_one_group_holds_stays_whole() {
    // Only the first statement is printed apart: nothing says the second
    // half is a statement of its own, so the comma does not cut.
    let (corpus, mut quotes) = corpus_of(&[
        RUN_ON,
        "We will rebuild every school that the storm destroyed before the winter comes.",
        "we will rebuild every school the storm destroyed before winter comes",
    ]);
    group(&corpus, &mut quotes);
    assert_eq!(quotes[0].units.len(), 1, "{:?}", quotes[0].units);
    assert!(quotes[0].cluster.is_some());
    assert_eq!(quotes[0].cluster, quotes[1].cluster);
}

/// Other sentences of the speech that name "floods": the word is common in
/// the story, as a speech's theme words are.
const FLOODS: [&str; 5] = [
    "Calm needs patience, more patience than floods,",
    "It takes more patience to make calm than to make floods,",
    "Calm requires patience, more patience than floods does,",
    "Calm takes patience, more patience than floods,",
    "Making calm needs more patience than making floods,",
];
const TWO_SENTENCES: &str =
    "The town is weary of floods. The town is weary of promises with no dams behind them.";
const FIRST_ALONE: &str = "The town is weary of floods,";

#[test]
fn a_sentence_joins_the_group_of_its_word_for_word_copy_not_its_neighbour() {
    // The two sentences of one quote open alike: they are two statements,
    // and the outlet printing the first alone renders the first.
    let mut texts = vec![TWO_SENTENCES, FIRST_ALONE];
    texts.extend(FLOODS);
    let (corpus, mut quotes) = corpus_of(&texts);
    group(&corpus, &mut quotes);
    let units: Vec<_> = quotes[0].units.iter().map(|u| u.cluster).collect();
    assert_eq!(units.len(), 2, "{units:?}");
    assert!(units[0].is_some(), "{units:?}");
    assert_eq!(quotes[1].cluster, units[0]);
    assert_ne!(units[1], units[0]);
}

#[test]
fn a_speech_sentence_printed_as_two_joins_the_outlets_printing_it_as_one() {
    let mut texts = vec![
        TWO_SENTENCES,
        FIRST_ALONE,
        "The town is weary of floods, and the town is weary of promises without dams,",
        "The town is weary of floods and weary of promises that are not followed by dams,",
        "The town is weary of floods and of promises that are never followed by dams,",
    ];
    texts.extend(FLOODS);
    let (corpus, mut quotes) = corpus_of(&texts);
    group(&corpus, &mut quotes);
    let joined = quotes[2].cluster;
    assert!(joined.is_some());
    for (i, q) in quotes[..5].iter().enumerate() {
        assert_eq!(q.cluster, joined, "{i}: {:?}", q.units);
    }
}
