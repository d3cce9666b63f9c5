//! A speech reported in turns, each on an invented text: quotes and
//! paragraphs of paraphrase between them about the speaker ("He called on
//! X and Y to …", "In his speech, the president thanked X …"). The people
//! the paraphrase names are what the speech spoke of; the quote-only
//! paragraph after it is still the speaker's, on a live page too.

use crate::attribution::{some, who};

/// A pronoun opening the paraphrase stands for the speaker: the leaders it
/// calls on do not take over the next quote.
#[test]
fn a_paraphrase_opening_with_a_pronoun_keeps_the_speaker() {
    assert_eq!(
        who(
            "President Ivan Volkov addressed parliament on Monday.\n\n“We will not bow to \
             pressure,” Volkov said.\n\nHe called on Chancellor Anna Berg and Prime Minister \
             Tom Lee to join the talks.\n\n“The door remains open to all of them.”"
        ),
        vec![some("Ivan Volkov"), some("Ivan Volkov")]
    );
}

/// A role past an opening phrase ("In his speech, the president thanked
/// X") does the same; a name opening a later sentence of the paraphrase
/// ("Berg then took the floor.") is its subject, who speaks next.
#[test]
fn a_paraphrase_opening_with_a_role_keeps_the_speaker_until_a_new_subject() {
    assert_eq!(
        who(
            "President Ivan Volkov addressed parliament on Monday.\n\n“We will not bow to \
             pressure,” Volkov said.\n\nIn his speech, the president thanked Chancellor Anna \
             Berg for her support.\n\n“Friends are known in hard times.”"
        ),
        vec![some("Ivan Volkov"), some("Ivan Volkov")]
    );
    assert_eq!(
        who(
            "President Ivan Volkov addressed parliament on Monday.\n\n“We will not bow to \
             pressure,” Volkov said.\n\nHe thanked Chancellor Anna Berg. Berg then took the \
             floor.\n\n“Friends are known in hard times.”"
        ),
        vec![some("Ivan Volkov"), some("Anna Berg")]
    );
}

/// The speech's opening paragraphs, then `rest`: the speakers of its quotes.
fn after_opening(rest: &str) -> Vec<Option<String>> {
    who(&format!(
        "President Ivan Volkov addressed parliament on Monday.\n\n“We will not bow to \
         pressure,” Volkov said.{rest}"
    ))
}

/// "…,” the speech went on": a spoken address goes on in its speaker's
/// voice, past a paragraph of paraphrase naming others and in the same
/// paragraph; a written statement's issuer is no quote's speaker here.
#[test]
fn a_speech_going_on_keeps_its_speaker_but_a_statement_does_not() {
    let volkov = || some("Ivan Volkov");
    assert_eq!(
        after_opening(
            "\n\nHe called on Chancellor Anna Berg and Prime Minister Tom Lee to join the \
             talks.\n\n“The door remains open to all of them,” the speech went on."
        ),
        vec![volkov(), volkov()]
    );
    assert_eq!(
        after_opening(" “Friends are known in hard times,” the address continued."),
        vec![volkov(), volkov()]
    );
    assert_eq!(
        after_opening("\n\n“Talks will resume in spring,” the statement said."),
        vec![volkov(), None]
    );
}

/// "…” the message continued": a written text said to go on is in the
/// voice of its last quote, past a paragraph of narrative naming others,
/// and so is the quote running on after it in its paragraph.
#[test]
fn a_written_message_going_on_keeps_its_writer() {
    let holm = || some("Tom Holm");
    assert_eq!(
        who(
            "In a post on Sunday, Tom Holm congratulated Anna Berg.\n\n“Our side has won the \
             vote,” Holm wrote.\n\nThe newly elected leader drew a parallel between his own \
             victory and Berg's.\n\n“This is a great day for the country” the message \
             continued. “Many more wins will follow!” The post was shared widely."
        ),
        vec![holm(), holm(), holm()]
    );
}

/// A live page stamps each post with its time ("18:06 “…”"): a quote after
/// the stamp stands alone as a post's quote, and a post of paraphrase
/// after its stamp ("18:09 The president turns to …") keeps the speaker.
#[test]
fn a_live_pages_time_stamps_do_not_cut_a_speech_off_its_speaker() {
    assert_eq!(
        who(
            "18:02 President Ivan Volkov has begun his address to the nation.\n\n18:04 “We \
             will endure this winter together,” he says.\n\n18:06 “No family will be left \
             without heat.”\n\n18:09 BST The president turns to the budget. He urges Anna \
             Berg and Tom Lee to reach a deal.\n\n18:10 “The time for quarrels is over.”"
        ),
        vec![
            some("Ivan Volkov"),
            some("Ivan Volkov"),
            some("Ivan Volkov")
        ]
    );
}

/// A promo line ("WATCH:") between the paragraphs of a speech is no part
/// of the story's text: the quotes standing alone after it run on the
/// speaker of the quote before it.
#[test]
fn a_promo_line_between_paragraphs_of_a_speech_is_passed_over() {
    assert_eq!(
        who(
            "Mayor Anna Holt presented the budget on Monday.\n“We will fix every road in the \
             city before winter,” Holt said.\nWATCH:\n“Our buses will run all night from next \
             year.”\n“Nobody will pay more tax for it.”"
        ),
        vec![some("Anna Holt"), some("Anna Holt"), some("Anna Holt")]
    );
}
