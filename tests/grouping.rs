//! Grouping renderings: hand-written cases for the classic failures, the
//! seed corpus, and well-formed clusters on arbitrary text (generated corpora
//! with known truth are in `grouping_synthetic.rs`).

use std::time::Instant;

use proptest::prelude::*;

use verbatim::corpus::{Article, Corpus};
use verbatim::ids::{PersonId, QuoteId, SourceId};
use verbatim::quotes::group::{group, listing_tier, source_divergence};
use verbatim::quotes::{Cluster, Quote, Relation};

use crate::common;
use common::{corpus_of, quote, together};

#[test]
fn garbled_translation_groups_with_the_original_and_its_longer_form() {
    let (corpus, mut quotes) = corpus_of(&[
        "Russia is a very big power, and they’re not,",
        "Gotta make a deal. Look, Russia is a very big power, and they’re not.",
        "Russia is very great and not.",
        "Ukraine needs a lasting peace, not just another pause,",
        "I think we’re pretty close to a deal,",
        "The next step would be for a trilateral meeting, and that will be worked out,",
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    let c = &clusters[quotes[0].cluster.unwrap()];
    assert_eq!(
        c.quotes,
        [0, 1, 2].map(QuoteId::new),
        "nothing unrelated joins"
    );
    let garbled = c
        .pairs
        .iter()
        .find(|p| p.b.index() == 2 || p.a.index() == 2)
        .unwrap();
    assert_eq!(garbled.relation, Relation::Reworded);
    assert!(garbled.similarity > 0.3 && garbled.similarity < 0.9);
    assert!(c.divergence > 0.0);
}

#[test]
fn different_statements_sharing_topic_words_stay_apart() {
    let (corpus, mut quotes) = corpus_of(&[
        "In a very significant step, President Putin agreed that Russia would accept security guarantees for Ukraine, and this is one of the key points that we need to consider,",
        "As one of the security guarantees for Ukraine was proposed by the American side of Article 5, allegedly agreed with Putin,",
        "When we speak about security guarantees, we speak about the whole security of the European continent.",
        "whole security of the European continent",
        "We discussed security guarantees for Ukraine with our European partners at length today,",
        "Security guarantees for Ukraine",
    ]);
    let clusters = group(&corpus, &mut quotes);
    // The excerpt joins its full sentence ...
    assert!(together(&quotes, 2, 3), "{clusters:#?}");
    // ... and no two different statements merge, not even through the bare topic phrase.
    for (a, b) in [(0, 1), (0, 2), (0, 4), (1, 4), (2, 4), (1, 2)] {
        assert!(
            !together(&quotes, a, b),
            "{a} and {b} merged: {clusters:#?}"
        );
    }
    let c = &clusters[quotes[2].cluster.unwrap()];
    assert_eq!(
        c.reference.index(),
        2,
        "the complete rendering is the reference"
    );
    assert_eq!(c.pairs[0].relation, Relation::Excerpt);
}

#[test]
fn known_different_speakers_do_not_merge_but_agreeing_ones_may() {
    let texts = [
        "We are ready to work on a fair agreement for the whole region,",
        "We are ready to work on a fair agreement for the whole region,",
        "Our country is ready to work on a fair agreement for the region,",
    ];
    let (corpus, mut quotes) = corpus_of(&texts);
    quotes[1].speaker = Some(PersonId::new(1));
    quotes[2].speaker = Some(PersonId::new(2));
    group(&corpus, &mut quotes);
    // Identical words are one form whatever the attribution says.
    assert!(together(&quotes, 0, 1));
    assert!(!together(&quotes, 1, 2), "speakers 1 and 2 differ");
    quotes[2].speaker = Some(PersonId::new(1));
    group(&corpus, &mut quotes);
    assert!(together(&quotes, 1, 2));
}

/// Two translations of one short sentence by one speaker, one word apart,
/// join when the speaker's group is the only one the stray fits.
#[test]
fn a_short_rendering_one_word_apart_joins_its_speakers_only_fitting_group() {
    let texts = [
        "Let’s see what happens.",
        "Let's see what happens,",
        "We’ll see what happens.",
        "We will strike the target with the new missile,",
        "The talks in Istanbul were useful for both sides,",
    ];
    let (corpus, mut quotes) = corpus_of(&texts);
    for q in quotes.iter_mut().take(3) {
        q.speaker = Some(PersonId::new(1));
    }
    group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1));
    assert!(together(&quotes, 0, 2), "one word swapped, one speaker");
    // Another speaker's words, or none known: nothing places the stray.
    quotes[2].speaker = Some(PersonId::new(2));
    group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 2), "another speaker");
    quotes[2].speaker = None;
    group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 2), "no speaker");
    // A second group it fits as well leaves the stray alone.
    let texts = [
        texts[0],
        texts[1],
        texts[2],
        "We’ll see what follows.",
        "We'll see what follows",
    ];
    let (corpus, mut quotes) = corpus_of(&texts);
    for q in quotes.iter_mut() {
        q.speaker = Some(PersonId::new(1));
    }
    group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1) && together(&quotes, 3, 4));
    assert!(quotes[2].cluster.is_none(), "fits two groups");
}

#[test]
fn a_long_verbatim_excerpt_outweighs_a_speaker_disagreement() {
    let (corpus, mut quotes) = corpus_of(&[
        "In a very significant step, President Putin agreed that Russia would accept security guarantees for Ukraine, and this is one of the key points that we need to consider,",
        "agreed that Russia would accept security guarantees for Ukraine.",
        "agreed that Russia would accept guarantees for Ukraine, and this is one of the points",
    ]);
    // Attribution errs: the excerpt's speaker came out as the man it names.
    quotes[0].speaker = Some(PersonId::new(1));
    quotes[1].speaker = Some(PersonId::new(2));
    quotes[2].speaker = Some(PersonId::new(3));
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    // So does an edited one keeping all but two of the stretch's words.
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
}

/// A translated copy that gives a long sentence to the wrong speaker still
/// renders it: fourteen words and more in one order, covering most of both
/// renderings, outweigh the disagreement; a shorter echo does not (see
/// `known_different_speakers_do_not_merge_but_agreeing_ones_may`).
#[test]
fn a_long_close_rendering_outweighs_a_speaker_disagreement() {
    let (corpus, mut quotes) = corpus_of(&[
        "There will be no range limits, allowing the army to fully defend the country, even against military targets beyond its own borders,",
        "There will be no limits, which will allow the army to fully defend the country, even against military targets beyond its borders.",
        "The talks in the capital were useful and we will meet again next month,",
        "Prices for energy are far too high for families across the whole region,",
    ]);
    quotes[0].speaker = Some(PersonId::new(1));
    quotes[1].speaker = Some(PersonId::new(2));
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(quotes[2].cluster.is_none() && quotes[3].cluster.is_none());
}

#[test]
fn near_identical_short_fragments_join_their_rendering() {
    let (corpus, mut quotes) = corpus_of(&[
        "We got a very fair deal for the people of the region, and they know it,",
        "a fair deal",
        "We will make a deal with them at the summit, believe me,",
        "make the deal",
        "a bad deal",
        // Common words are common: "the" and "a" weigh little here too.
        "the talks were held in a calm and the mood was good for a change,",
        "the ministers met the press for a short briefing on the plan,",
        "the army says a new line of defence is ready on the border,",
    ]);
    let clusters = group(&corpus, &mut quotes);
    // One word added inside the phrase, or an article swapped: one phrase.
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 2, 3), "{clusters:#?}");
    // A content word swapped is another phrase.
    assert!(!together(&quotes, 0, 4), "{clusters:#?}");
    assert!(!together(&quotes, 1, 4), "{clusters:#?}");
}

#[test]
fn near_identical_fragments_group_with_each_other() {
    let (corpus, mut quotes) = corpus_of(&["a fair deal", "a very fair deal", "a bad deal"]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(
        !together(&quotes, 0, 2) && !together(&quotes, 1, 2),
        "{clusters:#?}"
    );
}

#[test]
fn an_ambiguous_fragment_echoed_by_one_speaker_groups_only_with_its_copies() {
    let (corpus, mut quotes) = corpus_of(&[
        "We propose a high-tech duel of the twenty-first century to the Western experts,",
        "Let them pick a target and we will see what a high-tech duel in Kyiv can show them,",
        "high-tech duel",
        "high-tech duel",
    ]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(1));
    }
    let clusters = group(&corpus, &mut quotes);
    // The phrase fits both statements: it joins neither, but its copies
    // render one phrase of one man.
    assert!(together(&quotes, 2, 3), "{clusters:#?}");
    assert!(
        !together(&quotes, 0, 2) && !together(&quotes, 1, 2),
        "{clusters:#?}"
    );
    // Given to two speakers, or to nobody, the copies say nothing about one
    // utterance.
    quotes[3].speaker = Some(PersonId::new(2));
    let clusters = group(&corpus, &mut quotes);
    assert!(!together(&quotes, 2, 3), "{clusters:#?}");
    for q in &mut quotes {
        q.speaker = None;
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(!together(&quotes, 2, 3), "{clusters:#?}");
}

#[test]
fn an_excerpt_of_an_excerpt_joins_the_full_rendering() {
    let (corpus, mut quotes) = corpus_of(&[
        "All the root causes of the crisis must be eliminated. Ukraine’s security must, of course, be ensured, and we are ready to work on this.",
        "Ukraine’s security must be ensured",
        "must be ensured",
        "The situation in Ukraine has to do with the fundamental threats to our security,",
    ]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(3));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(!together(&quotes, 0, 3), "{clusters:#?}");
}

#[test]
fn a_scare_quote_repeated_in_one_article_by_one_speaker_groups() {
    let (corpus, mut quotes) = corpus_of(&["ensured", "ensured"]);
    // Two outlets, or no speaker: nothing ties the two words to one utterance.
    group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 1));
    quotes[0].speaker = Some(PersonId::new(4));
    quotes[1].speaker = Some(PersonId::new(4));
    group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 1), "different articles");
    // The same article quoting the same word of the same man twice.
    quotes[1].source = SourceId::new(0);
    group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1));
    quotes[1].speaker = None;
    group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 1), "an unattributed repeat");
}

#[test]
fn the_reference_is_the_rendering_given_in_full_most_often() {
    let (corpus, mut quotes) = corpus_of(&[
        "Gotta make a deal. Look, Russia is a very big power, and they’re not.",
        "Russia is a very big power, and they’re not,",
        "Russia is very great and not.",
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert_eq!(clusters.len(), 1, "{clusters:#?}");
    assert_eq!(clusters[0].reference.index(), 1, "{clusters:#?}");
    let longer = clusters[0]
        .pairs
        .iter()
        .find(|p| p.b.index() == 0)
        .expect("pair");
    assert_eq!(longer.relation, Relation::Extended);
}

#[test]
fn machine_translated_rewording_groups_when_speaker_agrees() {
    let (corpus, mut quotes) = corpus_of(&[
        "I agree with President Trump that the security of Ukraine must be secured, and of course, we are ready to work on that,",
        "Ukraine’s security must, of course, be ensured, and we are ready to work on this.",
        "The situation in Ukraine has to do with the fundamental threats to our security,",
    ]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(7));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
}

/// 150,000 identical quotes grouped, and how long grouping took.
fn group_identical_quotes() -> (Vec<Cluster>, std::time::Duration) {
    let text = "“We will win this war, together,” she said.";
    let corpus = Corpus::from_articles(vec![Article::new("a", "a.txt", text.to_string())]);
    let start = text.find("We").unwrap();
    let end = text.find("together,").unwrap() + "together,".len();
    let mut quotes: Vec<Quote> = (0..150_000)
        .map(|i| quote(i, 0, start, end, None))
        .collect();
    let started = Instant::now();
    let clusters = group(&corpus, &mut quotes);
    (clusters, started.elapsed())
}

#[test]
fn identical_quotes_are_one_group_at_scale() {
    let (clusters, _) = group_identical_quotes();
    assert_eq!(clusters.len(), 1);
    assert_eq!(clusters[0].quotes.len(), 150_000);
    assert!(
        clusters[0]
            .pairs
            .iter()
            .all(|p| p.relation == Relation::Identical)
    );
}

/// Found by hashing, not pairwise: fast even in the debug build. A time
/// budget, so not in the default run: `cargo test -- --ignored`.
#[test]
#[ignore]
fn identical_quotes_are_grouped_by_hashing_quickly() {
    let (_, elapsed) = group_identical_quotes();
    println!("150,000 identical quotes grouped in {elapsed:?}");
    assert!(elapsed.as_secs_f64() < 10.0, "took {elapsed:?}");
}

#[test]
fn garbled_outlet_has_the_highest_source_divergence() {
    let (corpus, mut quotes) = corpus_of(&[
        "Russia is a very big power, and they’re not,",
        "Russia is a very big power, and they’re not,",
        "Russia is very great and not.",
    ]);
    let clusters = group(&corpus, &mut quotes);
    let d = source_divergence(&corpus, &quotes, &clusters);
    assert_eq!(d.len(), 3);
    assert_eq!(d[0], 0.0);
    assert_eq!(d[2], 1.0);
}

#[test]
fn unicode_and_empty_spans_do_not_panic() {
    let (corpus, mut quotes) =
        corpus_of(&["", "日本語 の 引用 です", "\u{202e}evil  \u{301}", "   "]);
    // An out-of-range span from a buggy upstream must not panic either.
    quotes.push(quote(4, 0, 3, 99, None));
    quotes.push(quote(5, 9, 0, 1, None));
    let clusters = group(&corpus, &mut quotes);
    assert!(clusters.is_empty());
}

/// Quotes of the bundled seeds in double curly marks, found by a plain scan
/// (a fixture, so this test does not depend on the extractor).
fn seed_quotes() -> (Corpus, Vec<Quote>) {
    let corpus = verbatim::corpus::bundled_corpus();
    let mut quotes = Vec::new();
    for (source, article) in corpus.articles.iter().enumerate() {
        let text = &article.text;
        let mut at = 0;
        while let Some(open) = text[at..].find('“') {
            let start = at + open + '“'.len_utf8();
            let Some(close) = text[start..].find('”') else {
                break;
            };
            let end = start + close;
            let id = quotes.len();
            quotes.push(quote(id, source, start, end, None));
            at = end;
        }
    }
    (corpus, quotes)
}

#[test]
fn seed_very_big_power_renderings_form_one_clean_group() {
    let (corpus, mut quotes) = seed_quotes();
    let clusters = group(&corpus, &mut quotes);
    let text = |q: &Quote| q.span().text(&corpus);
    let power: Vec<QuoteId> = quotes
        .iter()
        .filter(|q| text(q).contains("very big power") || text(q).contains("very great and not"))
        .map(|q| q.id)
        .collect();
    assert_eq!(power.len(), 3, "fixture scan found the three renderings");
    for c in &clusters {
        println!("group {} (divergence {:.2}):", c.id, c.divergence);
        for &q in &c.quotes {
            println!("  {}: {}", quotes[q].source, text(&quotes[q]));
        }
    }
    let cluster = quotes[power[0]].cluster.expect("grouped");
    let c = &clusters[cluster];
    assert_eq!(
        c.quotes,
        power,
        "exactly the three renderings: {:?}",
        c.quotes
            .iter()
            .map(|&q| text(&quotes[q]))
            .collect::<Vec<_>>()
    );
    // Three different statements about security guarantees stay apart.
    let security: Vec<&Quote> = [
        "In a very significant step",
        "As one of the security",
        "When we speak about",
    ]
    .iter()
    .map(|p| {
        quotes
            .iter()
            .find(|q| text(q).starts_with(p))
            .expect("fixture")
    })
    .collect();
    for (i, a) in security.iter().enumerate() {
        for b in &security[i + 1..] {
            assert!(
                a.cluster.is_none() || a.cluster != b.cluster,
                "merged: {:?} / {:?}",
                text(a),
                text(b)
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Arbitrary Unicode and arbitrary (char-boundary) spans: no panic, and
    /// every cluster is well formed.
    #[test]
    fn clusters_are_well_formed_on_arbitrary_text(
        texts in proptest::collection::vec("([a-cé日]{1,3}\u{301}?[ ,.’“”]{1,2}){0,12}\\PC{0,8}", 1..6),
        cuts in proptest::collection::vec((0usize..80, 0usize..80), 0..20),
    ) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (corpus, mut quotes) = corpus_of(&refs);
        // Duplicate some quotes and add sub-spans so groups form.
        for (i, &(x, y)) in cuts.iter().enumerate() {
            let source = i % texts.len();
            let t = &texts[source];
            let bounds: Vec<usize> = t.char_indices().map(|(b, _)| b).chain([t.len()]).collect();
            let (a, b) = (bounds[x % bounds.len()], bounds[y % bounds.len()]);
            let id = quotes.len();
            quotes.push(quote(id, source, a.min(b), a.max(b), None));
        }
        let clusters = group(&corpus, &mut quotes);
        for c in &clusters {
            prop_assert!(c.quotes.len() >= 2);
            prop_assert_eq!(c.pairs.len(), c.quotes.len() - 1);
            prop_assert!(c.quotes.contains(&c.reference));
            prop_assert!((0.0..=1.0).contains(&c.divergence));
            for p in &c.pairs {
                prop_assert_eq!(p.a, c.reference);
                prop_assert!((0.0..=1.0).contains(&p.similarity));
                // Ops are relative to the quote's text and cover the units
                // the pair aligns (a quote may hold several sentences).
                let ta = quotes[p.a].span().text(&corpus);
                let tb = quotes[p.b].span().text(&corpus);
                let rebuilt_a: String = p.ops.iter().map(|o| &ta[o.a()]).collect();
                let rebuilt_b: String = p.ops.iter().map(|o| &tb[o.b()]).collect();
                let source = |q: QuoteId| corpus.articles[quotes[q].source.index()].text.as_str();
                prop_assert_eq!(rebuilt_a.as_str(), &source(p.a)[p.a_unit()]);
                prop_assert_eq!(rebuilt_b.as_str(), &source(p.b)[p.b_unit()]);
            }
        }
        // Listed by tier (confident cross-outlet, doubtful, one source),
        // then by divergence, most divergent first.
        for w in clusters.windows(2) {
            let (ta, tb) = (listing_tier(&w[0]), listing_tier(&w[1]));
            prop_assert!(ta <= tb);
            prop_assert!(ta < tb || w[0].divergence >= w[1].divergence);
        }
    }
}

#[test]
fn a_translated_run_on_parts_but_not_where_its_sides_share_the_statements_words() {
    // Translators of one speech: one joins a pledge and the sentence after
    // it with a comma, two print them apart in other words.
    let texts = [
        "We will not leave them alone, the government will allocate two billion euros to repair the aqueducts,",
        "We will not leave them alone.",
        "We shall not abandon them.",
        "The government is setting aside two billion euros to fix the aqueducts.",
        "The government will allocate two billion euros to repair the aqueducts.",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    assert!(together(&quotes, 3, 4), "{clusters:#?}");
    assert!(!together(&quotes, 1, 4), "two sentences: {clusters:#?}");
    assert!(!together(&quotes, 2, 3), "two sentences: {clusters:#?}");

    // Two clauses that share three of their words may be one statement
    // that some outlets print in two: the group stays whole.
    let texts = [
        "The new dam will hold the water of the valley, the new dam will hold the water for every town,",
        "The new dam will hold the water of the valley.",
        "The new dam will hold the water of the valley.",
        "The new dam will hold the water for every town.",
        "The new dam will hold the water for every town.",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    assert!(together(&quotes, 1, 3), "{clusters:#?}");
}

/// `texts` as one quote each, in an article each, all said by one speaker,
/// grouped.
pub(crate) fn one_speaker_grouped(texts: &[&str]) -> (Vec<Quote>, Vec<Cluster>) {
    let (corpus, _) = corpus_of(texts);
    let mut quotes: Vec<Quote> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| quote(i, i, 0, t.len(), Some(0)))
        .collect();
    let clusters = group(&corpus, &mut quotes);
    (quotes, clusters)
}

#[test]
fn a_loose_link_to_an_excerpt_does_not_join_the_group_its_reference_refuses() {
    // An excerpt (1) of a long rendering (0) shares seven words in order
    // with a different statement (2, printed by two outlets): enough for the
    // two short forms to link, but the group's reference says the rest of
    // the statement, which the other does not. The reference check keeps a
    // chain of links from carrying a second statement into the group: with
    // it dropped, on the labelled news, pair precision fell on both halves
    // and tune lost true pairs as well.
    let (corpus, mut quotes) = corpus_of(&[
        "We will open twelve new hospitals in the northern provinces next spring, and every one of them will have a maternity ward,",
        "open twelve new hospitals in the northern provinces next spring",
        "The last government closed twelve new hospitals in the northern provinces,",
        "The last government closed twelve new hospitals in the northern provinces,",
        "Our harbour will welcome the tall ships again in August,",
        "The railway to the coast reopens after a decade of repairs,",
        "Farmers are asking for a fairer price on milk and grain,",
        "Nobody expected the vote to end in a tie,",
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 2, 3), "{clusters:#?}");
    for (a, b) in [(0, 2), (1, 2)] {
        assert!(!together(&quotes, a, b), "{a} and {b}: {clusters:#?}");
    }
}

#[test]
fn translations_of_one_sentence_join_a_rendering_that_runs_on() {
    // One sentence spoken in another language, rendered by four outlets:
    // two close wordings, a looser one, and one that runs on into the next
    // sentence of the speech (the group's longest rendering, its reference).
    let texts = [
        "We will not allow anyone to decide the future of our nation without us,",
        "We shall not let anyone determine the future of our nation without us,",
        "We will not permit anyone to decide the future of the nation without us,",
        "We will not allow anyone to decide the future of our nation without us, and we will defend our borders with every means we have,",
        "Our harbour will welcome the tall ships again in August,",
        "The railway to the coast reopens after a decade of repairs,",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    for (a, b) in [(0, 1), (0, 2), (0, 3), (1, 3), (2, 3)] {
        assert!(together(&quotes, a, b), "{a} and {b}: {clusters:#?}");
    }
    assert!(!together(&quotes, 0, 4), "{clusters:#?}");
}
