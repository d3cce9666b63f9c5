//! Short renderings that no link places: an excerpt of a sentence too short
//! to anchor a group.

use verbatim::quotes::Quote;
use verbatim::quotes::group::group;

use crate::common::corpus_of;

fn together(quotes: &[Quote], a: usize, b: usize) -> bool {
    quotes[a].cluster.is_some() && quotes[a].cluster == quotes[b].cluster
}

#[test]
fn a_short_excerpt_joins_the_short_sentence_it_is_cut_from() {
    // Both under the core length: no group's core takes either, so only
    // the unbroken run joins them.
    let (corpus, mut quotes) = corpus_of(&[
        "Diplomacy is the craft of patience,",
        "the craft of patience",
        "the craft of quiet patience",
        "Football is the game of patience,",
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    // An edited excerpt of four words, or a sentence on one word of it, is
    // not the same run.
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    assert!(!together(&quotes, 1, 3), "{clusters:#?}");
}
