//! A quotation that runs two sentences of a speech together with a comma or
//! a semicolon, where other outlets print each apart (`quotes::group::parting`,
//! `quotes::group::cut_sides`):
//! it must not bridge the two sentences' groups, and each sentence keeps a
//! group of its own, the joined rendering taking part in both.

use verbatim::analysis::analyze;

use crate::common::{corpus_of, together};
use crate::grouping::one_speaker_grouped;

#[test]
fn a_rendering_joining_two_sentences_keeps_their_groups_apart() {
    let texts = [
        // One outlet joins the two sentences with ", and".
        "We cannot build the future on the ruins of trust between nations, and I ask the leaders gathered here to choose dialogue over weapons,",
        "We cannot build the future on the ruins of trust between nations.",
        "I ask the leaders gathered here to choose dialogue over weapons.",
        // Another prints both as two sentences of one quotation.
        "We cannot build the future on the ruins of trust between nations. I ask the leaders gathered here to choose dialogue over weapons.",
        // A translator's other words for the first.
        "We cannot build tomorrow on the ruins of trust among nations,",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    assert!(!together(&quotes, 1, 2), "two sentences: {clusters:#?}");
    assert!(together(&quotes, 1, 4), "{clusters:#?}");
    // The two-sentence quotation takes part in both groups, one per unit.
    let groups_of = |q: usize| -> Vec<_> { quotes[q].units.iter().map(|u| u.cluster).collect() };
    assert_eq!(
        groups_of(3),
        vec![quotes[1].cluster, quotes[2].cluster],
        "{clusters:#?}"
    );
    // So does the joined one, cut at its comma.
    assert_eq!(
        groups_of(0),
        vec![quotes[1].cluster, quotes[2].cluster],
        "{clusters:#?}"
    );
}

/// Articles of a speech's parallel sentences, each quoted before its
/// attribution ('"…," she said'), one outlet joining two with a semicolon.
const PARALLEL: [&str; 6] = [
    "President lists the wars the world forgets\n\
     \n\
     In a speech delivered in Italian, President Anna Volpe named the conflicts he said the world had forgotten.\n\
     \n\
     \"We want bread for the miners of the north, who have worked in the dark for too long,\" the president said.\n\
     \n\
     \"We want bread for the farmers of the south, who have known nothing but drought,\" he said.\n\
     \n\
     \"We want bread for the fishermen of the coast, who wait for their sons to come home,\" Volpe said.\n",
    "Italian president: bread for the north, the south and the coast\n\
     \n\
     President Anna Volpe, speaking in Italian, made an appeal for bread.\n\
     \n\
     \"We desire bread for the miners of the north, who have been working in the dark for far too long,\" the head of state said.\n\
     \n\
     \"We desire bread for the fishermen of the coast, waiting for their sons to return home,\" he said.\n",
    "Volpe calls for bread in forgotten wars\n\
     \n\
     Italy's president said on Monday that the world had forgotten many wars.\n\
     \n\
     \"We wish for bread for the south's farmers, who have known only drought,\" Volpe said, in remarks translated from Italian.\n\
     \n\
     \"We wish for bread for the northern miners, who have worked in darkness for too long,\" he said.\n",
    "President's appeal for the coast's fishermen\n\
     \n\
     The Italian president on Monday called for \"bread for the fishermen of the coast\".\n\
     \n\
     \"We want bread for the fishermen in the coast, who are waiting for their sons to come back home,\" the president said.\n\
     \n\
     \"We want bread for the farmers in the south, who have known nothing except drought,\" he said.\n",
    "Volpe: the world has forgotten the north\n\
     \n\
     Italy's head of state said the world had forgotten the north.\n\
     \n\
     \"We want bread for the north's miners, who have worked in the dark for too long; we want bread for the farmers of the south, who know nothing but drought,\" Volpe said.\n",
    "A president's list of forgotten wars\n\
     \n\
     Italian president Anna Volpe spoke of \"bread\" for the north, the south and the coast.\n\
     \n\
     \"We want bread for the coast's fishermen who are waiting for their sons to come home,\" he said.\n\
     \n\
     \"We want bread for the northern miners,\" he said.\n",
];

#[test]
fn parallel_sentences_joined_by_a_semicolon_keep_their_groups_apart() {
    let (corpus, _) = corpus_of(&PARALLEL);
    let analysis = analyze(&corpus);
    let group_of = |words: &str| {
        let q = analysis
            .quotes
            .iter()
            .find(|q| q.span().text(&corpus).contains(words))
            .unwrap_or_else(|| panic!("no quote of {words:?}"));
        q.cluster
    };
    let north = group_of("miners of the north, who have worked");
    let south = group_of("farmers of the south, who have known");
    assert!(
        north.is_some() && south.is_some(),
        "{:#?}",
        analysis.clusters
    );
    // The frame the sentences share ("we want bread for the … of the …,
    // who have …") does not make them one statement.
    assert_ne!(north, south, "{:#?}", analysis.clusters);
    assert_eq!(group_of("northern miners"), north);
    assert_eq!(group_of("south's farmers"), south);
}

#[test]
fn a_copy_of_the_second_sentence_leaves_with_its_piece() {
    // Outlets print one sentence each word for word, and one joins the two
    // with a semicolon: the copy of the second shares the first's frame
    // ("we want bread for the … of the …, who have …") and was left in its
    // group when the joined one was cut between the two.
    let texts = [
        "We want bread for the workers of the north, who have waited in the cold for too long; we want bread for the farmers of the south, who have seen nothing but drought,",
        "We want bread for the workers of the north, who have waited in the cold for too long,",
        "We wish for bread for the northern workers, who have been waiting in the cold for far too long,",
        "We want bread for the farmers of the south, who have seen nothing but drought,",
        "We wish for bread for the south's farmers, who have seen only drought,",
        "We want bread for the farmers in the south, who have known nothing except drought,",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    for (a, b) in [(1, 3), (2, 3), (1, 4)] {
        assert!(!together(&quotes, a, b), "{a} and {b}: {clusters:#?}");
    }
    assert!(together(&quotes, 3, 4), "{clusters:#?}");
    assert!(together(&quotes, 1, 2), "{clusters:#?}");
}

#[test]
fn one_rendering_of_another_statement_does_not_take_a_piece() {
    // One outlet runs two sentences together; two print the first apart.
    // The second half shares its topic words with another statement
    // ("closed to grain ships"), printed by one outlet in full and by one
    // as a short excerpt that says too little of it to link the half.
    let texts = [
        "We will open the northern crossings of Dravenia to aid convoys next week, and the port of Velmora will welcome grain ships again by the spring,",
        "We will open the northern crossings of Dravenia to aid convoys next week.",
        "We will open the northern crossings of Dravenia to the aid convoys next week,",
        "The port of Velmora will stay closed to grain ships until the spring,",
        "stay closed to foreign grain ships",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    assert!(together(&quotes, 1, 2), "{clusters:#?}");
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    // The run-on quotation takes no part in the other statement's group.
    let other = quotes[3].cluster;
    assert!(
        other.is_none() || quotes[0].units.iter().all(|u| u.cluster != other),
        "{clusters:#?}"
    );
}
