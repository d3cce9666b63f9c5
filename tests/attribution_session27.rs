//! Attribution kinds of session 27, each on an invented sentence: a
//! possessive label ("the words of X were: …"), a credit that reaches past
//! the quote's sentence, and a name glued to a modifier.

use crate::attribution::{some, who};

/// "Le parole di X sono state: «…»", "Les mots directs de X étaient :
/// « … »": the words' owner speaks, an adjective may follow the noun; a
/// subject whose verb answers someone's words still speaks.
#[test]
fn a_possessive_label_names_the_owner_of_the_words() {
    assert_eq!(
        who(
            "Tom Berg parlò per primo. Le parole di Maria Lopez sono state: «Non ci fermeremo mai»."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "Tom Berg a parlé. Les mots directs de Maria Lopez étaient : « Nous ne céderons pas »."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who("Tom Berg answered the words of Maria Lopez: “We will not back down.”"),
        vec![some("Tom Berg")]
    );
}

/// "È quanto scrive in un post … il presidente X": the credit's speaker
/// may stand past a long adverbial; Ukrainian "Про це …" credits a quote
/// that opens the sentence before it, across a line break; a pronoun
/// subject in a credit keeps the names after it from speaking.
#[test]
fn a_credit_after_the_quote_reaches_its_speaker() {
    assert_eq!(
        who(
            "Roma – “Abbiamo vinto una battaglia difficile”. È quanto scrive in un post sul \
             suo profilo social il presidente del club Maria Lopez."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "Олена Коваль приїхала до Києва.\n\"Штаб\" операції знаходився поруч із \
             вокзалом.\nПро це президент Олена Коваль повідомила у зверненні."
        ),
        vec![some("Олена Коваль")]
    );
    assert_ne!(
        who("Maria Lopez spoke. “We lost.” That is what he told the court before Judge Tom Berg."),
        vec![some("Tom Berg")]
    );
}

/// "Trump-era tariffs": a name glued to a modifier is no subject of its
/// sentence, so it does not speak the sentence's quote.
#[test]
fn a_name_glued_to_a_modifier_does_not_speak() {
    assert_ne!(
        who(
            "Maria Lopez met Tom Berg on Monday. Berg-era rules left the city “in ruins” for years."
        ),
        vec![some("Tom Berg")]
    );
}
