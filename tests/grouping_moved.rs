//! Renderings of one translated sentence whose clauses come in another
//! order (`quotes::group::moved`): translators move a condition or a time
//! to the other end of the sentence.

use verbatim::ids::PersonId;
use verbatim::quotes::group::group;

use crate::common::{corpus_of, together};

#[test]
fn a_rendering_with_its_condition_moved_joins_its_sentence() {
    // 0 and 1 render one sentence, the condition first in one and last in
    // the other, a few words swapped: in order they share only the main
    // clause, under the link bar. 2 is the speaker's other sentence on the
    // same condition: it shares that clause only, and stays apart.
    let (corpus, mut quotes) = corpus_of(&[
        "If the rains fail again this summer, the government will ration drinking water in every northern province,",
        "The government shall ration drinking water across all northern provinces should the rains fail once more this summer,",
        "If the rains fail again this summer, farmers will lose their whole harvest,",
        "The city council has approved a new tram line to the station,",
        "Fishermen will be paid for every day the harbour stays closed,",
        "We expect the first cruise ships to return next spring,",
    ]);
    for (i, q) in quotes.iter_mut().enumerate() {
        q.speaker = Some(PersonId::new(if i == 3 || i == 5 { 2 } else { 1 }));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    assert!(!together(&quotes, 1, 2), "{clusters:#?}");
}

#[test]
fn a_short_excerpt_with_one_word_moved_joins_its_sentence() {
    // 2 cuts 0 and 1 with its particle moved ("turn up the music" for
    // "turn the music up"): in order it keeps three words of four, under the
    // link bar. 4 cuts 3 with subject and object swapped: another statement.
    let (corpus, mut quotes) = corpus_of(&[
        "So since I know the council is listening, I have four words for them: turn the music up,",
        "Since I know the council is listening, I have four words for them: turn the music up.",
        "turn up the music",
        "The farmers accused the traders of hiding grain in the northern warehouses,",
        "the traders accused the farmers",
        "The city council has approved a new tram line to the station,",
        "Fishermen will be paid for every day the harbour stays closed,",
    ]);
    for q in quotes.iter_mut() {
        q.speaker = Some(PersonId::new(1));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(together(&quotes, 1, 2), "{clusters:#?}");
    assert!(!together(&quotes, 3, 4), "{clusters:#?}");
}
