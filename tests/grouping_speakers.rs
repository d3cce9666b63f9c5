//! Speakers as evidence for a link (`quotes::group::link`): a disagreement
//! weighs against the words, it does not veto them.

use crate::common::{corpus_of, together};
use verbatim::ids::PersonId;
use verbatim::quotes::group::group;

/// `texts` as one quote each, in an article each, said by `speakers`, grouped.
fn grouped(texts: &[&str], speakers: &[usize]) -> (Vec<verbatim::quotes::Quote>, String) {
    let (corpus, mut quotes) = corpus_of(texts);
    for (q, &s) in quotes.iter_mut().zip(speakers) {
        q.speaker = Some(PersonId::new(s));
    }
    let clusters = group(&corpus, &mut quotes);
    (quotes, format!("{clusters:#?}"))
}

#[test]
fn a_close_rendering_given_to_another_speaker_still_groups() {
    let texts = [
        "The Arlen bridge will open to traffic next spring,",
        // One outlet adds a word and gives it to the minister's deputy
        // (a pronoun read the wrong way): nine words of ten in order.
        "The Arlen bridge will open to all traffic next spring.",
        "Our farmers deserve a fair price for their grain this year.",
        "Nobody in Velmora wants another winter without heating.",
    ];
    let (quotes, clusters) = grouped(&texts, &[0, 1, 2, 3]);
    assert!(together(&quotes, 0, 1), "{clusters}");
    assert!(!together(&quotes, 0, 2), "{clusters}");
}

/// Another speaker's echo in words of their own stays apart (see also
/// `grouping::known_different_speakers_do_not_merge_but_agreeing_ones_may`).
#[test]
fn a_loose_excerpt_given_to_another_speaker_stays_apart() {
    let texts = [
        "The Arlen bridge will open to traffic next spring, and the tolls will stay low for every driver,",
        // Another speaker's statement on the same bridge, some words shared.
        "The Arlen bridge tolls will rise for every truck driver after the spring.",
        "Our farmers deserve a fair price for their grain this year.",
        "Nobody in Velmora wants another winter without heating.",
    ];
    let (quotes, clusters) = grouped(&texts, &[0, 1, 2, 3]);
    assert!(!together(&quotes, 0, 1), "{clusters}");
}
