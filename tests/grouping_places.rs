//! Grouping by place: loose translations of one sentence that share too few
//! words in order to link, placed by where they stand in the speaker's
//! sequence of quoted sentences (`quotes::group::slots`).

use verbatim::ids::{ClusterId, PersonId};
use verbatim::quotes::Quote;
use verbatim::quotes::group::group;

use crate::common::corpus_of;

/// The group of unit `u` of quote `q`.
fn unit_group(quotes: &[Quote], q: usize, u: usize) -> Option<ClusterId> {
    quotes[q].units[u].cluster
}

#[test]
fn a_loose_translation_groups_with_the_rendering_in_its_place() {
    let bridge = "The new bridge over the river will open to traffic in the spring of next year.";
    let bridge_b =
        "The new bridge over the river is going to open to traffic in the spring of next year.";
    let tolls = "The tolls for all residents of the northern valley will be cut by half.";
    let tolls_b = "The tolls for residents of the northern valley will be cut by half.";
    // Too few words in order to link: only their place says they are one.
    let (thanks, thanks_b) = (
        "Let us thank the workers together.",
        "Together we thank every worker.",
    );
    let grouped = |b: &str| {
        let a = format!("{bridge} {thanks} {tolls}");
        let (corpus, mut quotes) = corpus_of(&[&a, b]);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(4));
        }
        let clusters = group(&corpus, &mut quotes);
        assert_eq!(quotes[0].units.len(), 3, "{clusters:#?}");
        assert_eq!(quotes[1].units.len(), 3, "{clusters:#?}");
        quotes
    };
    // Right after (and before) the same statements in both articles.
    let quotes = grouped(&format!("{bridge_b} {thanks_b} {tolls_b}"));
    assert!(unit_group(&quotes, 0, 0).is_some());
    assert_eq!(unit_group(&quotes, 0, 0), unit_group(&quotes, 1, 0));
    assert_eq!(unit_group(&quotes, 0, 2), unit_group(&quotes, 1, 2));
    assert!(unit_group(&quotes, 0, 1).is_some(), "in the same place");
    assert_eq!(unit_group(&quotes, 0, 1), unit_group(&quotes, 1, 1));
    // Elsewhere in the speech, the shared words say nothing of which sentence.
    let quotes = grouped(&format!("{bridge_b} {tolls_b} {thanks_b}"));
    assert_eq!(unit_group(&quotes, 0, 0), unit_group(&quotes, 1, 0));
    assert!(unit_group(&quotes, 0, 1).is_none(), "in another place");
    assert!(unit_group(&quotes, 1, 2).is_none(), "in another place");
}

#[test]
fn a_sentence_in_the_same_place_with_other_words_stays_apart() {
    let bridge = "The new bridge over the river will open to traffic in the spring of next year.";
    let bridge_b =
        "The new bridge over the river is going to open to traffic in the spring of next year.";
    // The next sentence in each article, but two different ones.
    let a = format!("{bridge} Let us thank the workers together.");
    let b = format!("{bridge_b} Fares on the ferry will stay as they are.");
    let (corpus, mut quotes) = corpus_of(&[&a, &b]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(4));
    }
    group(&corpus, &mut quotes);
    assert_eq!(unit_group(&quotes, 0, 0), unit_group(&quotes, 1, 0));
    assert!(unit_group(&quotes, 0, 1).is_none());
    assert!(unit_group(&quotes, 1, 1).is_none());
}
