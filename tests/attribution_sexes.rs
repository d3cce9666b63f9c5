//! A "she" or "he" never stands for a person the corpus shows to be of the
//! other sex, each on an invented text: a common given name, a title before
//! a name, and a pronoun taking a name up after "said".

use crate::attribution::{some, who};

/// "Maria Lopez met Tom Berg. Berg …. “…,” she said": the latest subject is
/// a man, so "she" is the woman named before him.
#[test]
fn she_passes_over_a_man_named_since() {
    assert_eq!(
        who(
            "Maria Lopez met Tom Berg in Lisbon on Monday. Berg praised the harbour. \
             “We will not sign it,” she said."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "Tom Berg met Maria Lopez in Lisbon on Monday. Lopez praised the harbour. \
             “We will not sign it,” he said."
        ),
        vec![some("Tom Berg")]
    );
}

/// A title before the name tells the sex of a given name no list holds.
#[test]
fn a_title_before_a_name_tells_the_sex() {
    assert_eq!(
        who(
            "Chairwoman Ilse Varga met Kofi Mensah in Accra. Mensah spoke first. \
             “The plan is dead,” she said."
        ),
        vec![some("Ilse Varga")]
    );
}

/// "Dana Okoro said she would resign": a pronoun taking the name up after
/// a reporting verb tells the sex too.
#[test]
fn a_pronoun_after_said_tells_the_sex() {
    assert_eq!(
        who(
            "Dana Okoro said she would resign. Tavi Renn said he would stay. Renn left early. \
             “I am done with this,” she told reporters."
        ),
        vec![some("Dana Okoro")]
    );
}

/// A regnal title kept in the name ("Pope Gregory XVII", "Queen Sofia")
/// tells the sex, and "the pontiff" still resolves to the pope.
#[test]
fn a_regnal_title_in_the_name_tells_the_sex() {
    assert_eq!(
        who(
            "Pope Gregory XVII received Queen Sofia of Valdoria at the Vatican. The queen \
             brought a gift. “Peace is a daily work,” he said."
        ),
        vec![some("Pope Gregory XVII")]
    );
    assert_eq!(
        who(
            "Queen Sofia of Valdoria visited Pope Gregory XVII at the Vatican. The pontiff \
             blessed the crowd. “We thank our hosts,” she said."
        ),
        vec![some("Queen Sofia")]
    );
}

/// A machine translation from a language that drops the subject writes
/// "he" for a woman: a "he" that fits nobody named (every candidate is a
/// woman) resolves as if sex-blind, while a man the subject before still
/// takes it.
#[test]
fn a_he_that_fits_no_man_is_a_translations_for_the_woman() {
    assert_eq!(
        who(
            "Prime Minister Carla Ventura addressed the chamber for an hour. She thanked the \
             voters. “Among the many burdens I feel today is this one,” he continues."
        ),
        vec![some("Carla Ventura")]
    );
    assert_eq!(
        who(
            "Carla Ventura met Piet Olsen in the chamber. Olsen praised the vote. \
             “Among the many burdens I feel today is this one,” he continues."
        ),
        vec![some("Piet Olsen")]
    );
}
