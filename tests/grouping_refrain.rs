//! A statement that repeats one phrase in several of its sentences ("the
//! charter of the river guild … endure"), quoted sentence by sentence by
//! several outlets (`quotes::group::excerpt_bridges`): an outlet that quotes
//! only the phrase prints an excerpt of every one of those sentences, and
//! must not bridge their groups; each sentence keeps its own renderings.

use crate::common::together;
use crate::grouping::one_speaker_grouped;

/// The affirmation of an invented statement, whole and cut.
const AFFIRMED: [&str; 2] = [
    "Heeding all these requests, I am declaring today that the charter of the river guild will endure.",
    "I am declaring that the charter of the river guild will endure,",
];

/// The promise to consult, which ends on the phrase, in two wordings.
const PROMISED: [&str; 2] = [
    "When I turn seventy, I will ask the elders of the valley towns, the boatmen, and other interested people whether or not the charter of the river guild should endure.",
    "When I turn seventy I will ask the elders of the valley towns, the boatmen and other interested people, to judge whether or not the charter of the river guild should endure.",
];

#[test]
fn the_repeated_phrase_alone_does_not_join_two_sentences() {
    let texts = [
        AFFIRMED[0],
        AFFIRMED[1],
        // 2-3: the phrase alone, as two outlets print it.
        "The charter of the river guild will endure",
        "charter of the river guild will endure.",
        // 4-5: the promise to consult, which ends on the phrase.
        PROMISED[0],
        PROMISED[1],
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 4, 5), "{clusters:#?}");
    assert!(!together(&quotes, 0, 4), "{clusters:#?}");
}

#[test]
fn a_cut_printed_whole_in_one_sentence_stays_with_it() {
    let texts = [
        AFFIRMED[0],
        AFFIRMED[1],
        // 2: the letters received, whole; 3-4: its last words, as two
        // outlets cut them, sharing the phrase and a stem ("request") with
        // the affirmation.
        "Over the last twelve years captains of the northern fleet, ferrymen, merchants of the delta, members of the harbour council, teachers from the hill schools and friends abroad have written to me, fervently requesting that the charter of the river guild endure.",
        "fervently requesting that the charter of the river guild endure",
        "fervently requesting that the charter of the river guild endure",
        // 5: an outlet printing the letters and the affirmation in turn.
        "Over the last twelve years captains of the northern fleet, ferrymen, merchants of the delta, members of the harbour council, teachers from the hill schools and friends abroad have written to me, fervently requesting that the charter of the river guild endure. Heeding all these requests, I am declaring today that the charter of the river guild will endure.",
        // 6-7, 8-9: two other sentences of the statement, as two outlets print them.
        PROMISED[0],
        PROMISED[1],
        "The boatmen have kept the locks open through every flood since my youth.",
        "The boatmen kept the locks open through every flood since my youth,",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 2, 3), "{clusters:#?}");
    assert!(!together(&quotes, 0, 3), "{clusters:#?}");
    assert!(!together(&quotes, 3, 6), "{clusters:#?}");
}
