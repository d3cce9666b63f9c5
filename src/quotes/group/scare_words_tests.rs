use crate::ids::PersonId;
use crate::quotes::group::echoes::tests::{articles_of, together};
use crate::quotes::group::group;

/// Outlets that quote one word of the mayor alone, each in its own words
/// around it; none quotes a statement that holds it.
const WORD: [(&str, &[&str]); 4] = [
    (
        "The mayor called the bridge plan \"reckless\" on Monday.",
        &["reckless"],
    ),
    (
        "She described the council vote as \"reckless\" and left early.",
        &["reckless"],
    ),
    (
        "In a short reply the mayor found the budget \"reckless\" again.",
        &["reckless"],
    ),
    (
        "Critics say the harbour tunnel is \"reckless\" spending.",
        &["reckless"],
    ),
];

/// The word's articles, all quotes given to the mayor.
fn the_mayors(articles: &[(&str, &[&str])]) -> (crate::corpus::Corpus, Vec<crate::quotes::Quote>) {
    let (corpus, mut quotes) = articles_of(articles);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(3));
    }
    (corpus, quotes)
}

#[test]
fn one_speakers_word_quoted_alone_by_three_articles_is_one_utterance() {
    let (corpus, mut quotes) = the_mayors(&WORD[..3]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    // Quoted alone by two outlets, one word may be the language's.
    let (corpus, mut quotes) = the_mayors(&WORD[..2]);
    let clusters = group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 1), "{clusters:#?}");
    // Given to two people about equally, the copies say no one's word.
    let (corpus, mut quotes) = the_mayors(&WORD);
    quotes[2].speaker = Some(PersonId::new(4));
    quotes[3].speaker = Some(PersonId::new(4));
    let clusters = group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 1), "{clusters:#?}");
}

#[test]
fn a_copy_given_to_nobody_stays_out_of_the_speakers_word() {
    let (corpus, mut quotes) = the_mayors(&WORD);
    // The outlet's own word, or a copy its attribution cannot place.
    quotes[3].speaker = None;
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(!together(&quotes, 0, 3), "{clusters:#?}");
}

#[test]
fn the_word_joins_its_speakers_one_group_of_phrases_that_say_it() {
    let phrase = [
        (
            "The mayor warned of a \"reckless gamble\" with public money.",
            &["reckless gamble"][..],
        ),
        (
            "Her words, a \"reckless gamble\", drew applause from the benches.",
            &["reckless gamble"][..],
        ),
    ];
    let all: Vec<(&str, &[&str])> = WORD.iter().chain(&phrase).copied().collect();
    let (corpus, mut quotes) = the_mayors(&all);
    // One copy given to the person she spoke of (an attribution slip):
    // three of four copies are still hers.
    quotes[3].speaker = Some(PersonId::new(4));
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 4, 5), "{clusters:#?}");
    assert!(together(&quotes, 0, 4), "{clusters:#?}");
    assert!(together(&quotes, 2, 5), "{clusters:#?}");
    assert!(!together(&quotes, 3, 4), "{clusters:#?}");
}

/// Outlets that quote the name of a new rocket alone, none saying who
/// coined it.
const NAME: [(&str, &[&str]); 4] = [
    (
        "The army fired its new \"Kestrava\" rocket at the depot.",
        &["Kestrava"],
    ),
    (
        "Analysts doubt the \"Kestrava\" can fly that far.",
        &["Kestrava"],
    ),
    (
        "A rocket dubbed \"Kestrava\" hit the plant at dawn.",
        &["Kestrava"],
    ),
    (
        "Officials would not say how many \"Kestrava\" units exist.",
        &["Kestrava"],
    ),
];

#[test]
fn a_name_quoted_alone_by_three_articles_is_one_term_whoever_is_given_it() {
    let (corpus, mut quotes) = articles_of(&NAME[..3]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    // One outlet gives it to the general who announced it: the others'
    // copies still print the same name.
    let (corpus, mut quotes) = articles_of(&NAME);
    quotes[0].speaker = Some(PersonId::new(3));
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 3), "{clusters:#?}");
    // Quoted by two outlets, it may be two things.
    let (corpus, mut quotes) = articles_of(&NAME[..2]);
    let clusters = group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 1), "{clusters:#?}");
}

#[test]
fn a_lower_case_word_nobody_is_given_stays_apart() {
    // Each outlet's own scare word, said of its own thing.
    let (corpus, mut quotes) = articles_of(&WORD);
    let clusters = group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 1), "{clusters:#?}");
}
