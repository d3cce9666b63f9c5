//! Attribution kinds of session 28, each on an invented text: a
//! sentence opening with a phrase of place or medium, a role noun as the
//! subject a pronoun refers back to, a name after "about", and a vice
//! president who is no president.

use crate::attribution::{some, who};

/// "In a post on Truth Social, Trump questioned whether …": the subject
/// follows the opening phrase, however many words it holds; a longer
/// phrase is not passed over (its comma closes another clause).
#[test]
fn a_phrase_of_place_or_medium_opening_the_sentence_is_passed_over() {
    assert_eq!(
        who(
            "In a post on his own social network, Tom Berg questioned whether Maria Lopez \
             would “keep the promises she made to the voters.”"
        ),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(
            "Dans un long message publié sur son réseau social, Tom Berg a mis en doute la \
             volonté de Maria Lopez de « tenir ses promesses »."
        ),
        vec![some("Tom Berg")]
    );
}

/// "The president appeared to be tracking the event. “…” he wrote": in
/// English, a sentence opening with a role noun names the person a
/// pronoun after it stands for, over a person named before it; a person
/// named after the role sentence still comes first.
#[test]
fn a_role_opening_the_sentence_before_is_what_a_pronoun_refers_to() {
    let story = "Maria Lopez won the race. Lopez thanked voters. President Tom Berg had \
                 attacked her for months. Lopez was cheered by a big crowd.";
    assert_eq!(
        who(&format!(
            "{story} The president appeared to be tracking the event in real time. “And so \
             it begins!” he wrote on his account as the speech unfolded."
        )),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(&format!(
            "{story} The president appeared to be tracking the event in real time. Then Lopez \
             turned to the crowd. “And so it begins!” she said as the speech unfolded."
        )),
        vec![some("Maria Lopez")]
    );
}

/// "Sandwiched between warnings about Tom Berg and an appeal for unity,
/// Lopez paused": a name after "about" is spoken about, never the
/// sentence's subject a pronoun refers back to.
#[test]
fn a_name_after_about_is_no_subject() {
    assert_eq!(
        who(
            "Maria Lopez won the election on Monday. Sandwiched between warnings about Tom Berg \
             and an appeal for unity, Lopez paused to thank her voters.\n\n“It’s tough out \
             there,” she said."
        ),
        vec![some("Maria Lopez")]
    );
}

/// "Vice President Maria Lopez": second to a president, so "the
/// president" is the one named President.
#[test]
fn a_vice_president_is_not_the_president() {
    assert_eq!(
        who(
            "President Tom Berg arrived with Vice President Maria Lopez. The president said \
             the deal was “a great day for the country”."
        ),
        vec![some("Tom Berg")]
    );
}
