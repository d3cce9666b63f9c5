//! A time written between an inverted reporting verb and its subject ("a
//! insisté ce lundi 12 mai X", "afirmó este martes el presidente"), each on
//! an invented text.

use crate::attribution::{some, who};

#[test]
fn a_time_between_the_verb_and_its_subject_is_passed_over() {
    for text in [
        "Les marchés ont réagi. « Nous gagnerons cette bataille », a insisté ce lundi 12 mai 2025 \
         Anna Berg.",
        "Los mercados reaccionaron. «Ganaremos esta batalla», afirmó este martes por la tarde \
         Anna Berg.",
        "I mercati hanno reagito. «Vinceremo questa battaglia», ha detto ieri sera Anna Berg.",
        "Os mercados reagiram. «Vamos vencer esta batalha», afirmou nesta quarta-feira Anna Berg.",
    ] {
        assert_eq!(who(text), vec![some("Anna Berg")], "{text}");
    }
}

/// A time that ends the sentence leaves the subject to the rules after: the
/// next sentence's name is not the speaker.
#[test]
fn a_time_ending_the_sentence_reaches_no_further() {
    assert_eq!(
        who("Le débat a duré. « Nous gagnerons », a-t-il déclaré lundi. Anna Berg est partie."),
        who("Le débat a duré. « Nous gagnerons », a-t-il déclaré. Anna Berg est partie.")
    );
}

/// American news puts the day between the subject and its verb ("Trump
/// Monday said"): the day is no part of the name, which stays the speaker.
#[test]
fn a_day_between_the_subject_and_its_verb_is_passed_over() {
    assert_eq!(
        who("The council met. Anna Berg Monday said the harbour plan was \"dead in the water\"."),
        vec![some("Anna Berg")]
    );
    assert_eq!(
        who(
            "The council met. Anna Berg Tuesday slammed Tomas Halvorsen as \"attention seeking\" after he left."
        ),
        vec![some("Anna Berg")]
    );
}
