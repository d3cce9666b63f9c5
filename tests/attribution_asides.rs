//! Translated copy, each on an invented text: an attribution between
//! dashes inside a quotation ("“… – she adds – …”"), and a credit in the
//! sentence after the quote that English renders from Italian "Così X"
//! ("So X, in her speech.").

use crate::attribution::{some, speakers_under};

fn speakers(body: &str) -> Vec<(String, Option<String>)> {
    speakers_under("Senate debate", body)
}

/// Inside one sentence the aside leaves the quotation whole, marks to
/// marks, and names its speaker.
#[test]
fn an_aside_inside_a_sentence_keeps_the_quotation_whole_and_names_its_speaker() {
    let body = "Senator Maria Lopez and Tom Berg spoke on Monday.\n\n“The harbour tariffs of \
                1990 – underlines Lopez – were the worst mistake of that decade and a burden \
                on every family.”";
    assert_eq!(
        speakers(body),
        vec![(
            "The harbour tariffs of 1990 – underlines Lopez – were the worst mistake of that \
             decade and a burden on every family."
                .to_string(),
            some("Maria Lopez")
        )]
    );
}

/// Between two sentences it parts two quotations, both the speaker's.
#[test]
fn an_aside_between_two_sentences_parts_two_quotations_of_its_speaker() {
    let body = "Senator Maria Lopez and Tom Berg spoke on Monday.\n\n«Il porto resta chiuso \
                – ha detto Lopez – Domani riapriremo il molo»";
    assert_eq!(
        speakers(body),
        vec![
            ("Il porto resta chiuso".to_string(), some("Maria Lopez")),
            ("Domani riapriremo il molo".to_string(), some("Maria Lopez")),
        ]
    );
}

/// "So X, in a passage of her speech.": the sentence after a quote that
/// stands alone credits it, as "Così X" does.
#[test]
fn so_and_a_name_after_a_quote_credit_it() {
    let body = "Tom Berg opened the session.\n\n“Nobody will be left behind by this \
                government.” So Maria Lopez, in a passage of her speech to the Senate.";
    assert_eq!(who_of(body), vec![some("Maria Lopez")]);
    let thus = "Tom Berg opened the session.\n\n“Nobody will be left behind by this \
                government.” Thus Senator Maria Lopez in her speech.";
    assert_eq!(who_of(thus), vec![some("Maria Lopez")]);
}

/// "So X ordered …" after a quote opens a sentence of its own: X did not
/// say the quote, which runs on from the speaker before it.
#[test]
fn so_opening_a_sentence_with_a_verb_credits_nobody() {
    let body = "Maria Lopez spoke first.\n\n“We are ready for this.” So Tom Berg \
                ordered the talks to resume on Monday.";
    assert_ne!(who_of(body), vec![some("Tom Berg")]);
}

fn who_of(body: &str) -> Vec<Option<String>> {
    speakers(body).into_iter().map(|(_, s)| s).collect()
}

/// Machine-translated copy closes with the opening shape glued to the
/// next sentence (`… forever. “So X, …`): that sentence is still the one
/// after the quote, and credits it.
#[test]
fn a_credit_glued_to_a_flipped_closing_mark_credits_the_quote() {
    let body = "Prime Minister Maria Lopez met Tom Berg.\n\n“Exactly as I have always said, \
                the harbour laws of 1938 were a shame that will mark our people forever. “So \
                Maria Lopez, in a passage of her speech in the Chamber.";
    assert_eq!(who_of(body), vec![some("Maria Lopez")]);
}
