//! Attribution kinds of session 30, each on an invented text: a quote
//! opening a headline, labelled after a colon by its speaker or by the
//! possessor of a speech; ordinals before a role noun; "these claims"; a
//! contrasting clause after a quote with its own subject; the first lady.

use crate::attribution::{some, who};

/// "‘…’: Jane Doe vows …": the person opening the label after a headline
/// quote's colon speaks, a title before the name or not.
#[test]
fn the_person_opening_a_headline_label_speaks() {
    assert_eq!(
        who(
            "“We will fight on”: Senator Tom Walsh sworn in for a third term\n\nTom Walsh met \
             Maria Lopez in the capital on Monday. Lopez praised the vote."
        )[0],
        some("Tom Walsh")
    );
}

/// "‘…’: Key points of Jane Doe’s victory speech", "‘…’, Doe’s address
/// …": the possessor of a speech the label names speaks.
#[test]
fn the_possessor_of_a_speech_in_a_headline_label_speaks() {
    assert_eq!(
        who(
            "“Turn the lights on”: Key points from Maria Lopez’s fiery victory speech\n\nTom \
             Walsh met Maria Lopez in the capital on Monday. Walsh praised the vote."
        )[0],
        some("Maria Lopez")
    );
    assert_eq!(
        who(
            "“Only peace will do”, Maria Lopez’s address to the nation covers the war\n\nTom \
             Walsh met Maria Lopez in the capital on Monday. Walsh praised the vote."
        )[0],
        some("Maria Lopez")
    );
}

/// A possessor of anything but speech ("Doe’s killer"), or a name after a
/// preposition ("Tributes for Doe"), is not the label's speaker.
#[test]
fn a_possessor_or_object_in_a_headline_label_does_not_speak() {
    assert_ne!(
        who(
            "“A dark day for all of us”: Tom Walsh’s attacker charged in court\n\nMaria Lopez \
             met Tom Walsh in the capital on Monday. Lopez praised the police."
        )[0],
        some("Tom Walsh")
    );
    assert_ne!(
        who(
            "“A great man”: Tributes for Tom Walsh pour in\n\nMaria Lopez met Tom Walsh in \
             the capital on Monday. Lopez praised the police."
        )[0],
        some("Tom Walsh")
    );
}

/// "the 45th and 47th president said": ordinals between the article and
/// the role noun leave the role the same.
#[test]
fn ordinals_before_a_role_noun_keep_its_holder() {
    assert_eq!(
        who(
            "President Tom Walsh was sworn in on Monday beside Maria Lopez. The 45th and 47th \
             president also declared that “the golden age begins now.”"
        ),
        vec![some("Tom Walsh")]
    );
}

/// "Y refuted these claims, but X stated that …": a reporting word after
/// "these" or "those" is a noun, not the sentence's reporting verb.
#[test]
fn a_reporting_word_after_these_is_a_noun() {
    assert_eq!(
        who(
            "Prime Minister Tom Walsh spoke on Monday. Lopez refuted these claims, but Walsh \
             stated that Lopez chose to “attack” the country."
        ),
        vec![some("Tom Walsh")]
    );
}

/// "X called it “…”, while Y labeled the attack “…”": a clause set against
/// an earlier quote's clause, opening with its own subject, is that
/// subject's; one opening with a verb is not.
#[test]
fn a_contrasting_clause_with_its_own_subject_speaks_for_itself() {
    assert_eq!(
        who(
            "Speaker Tom Walsh called it “a great heartbreak,” while Governor Maria Lopez \
             labeled the attack “disgusting and vile.”"
        ),
        vec![some("Tom Walsh"), some("Maria Lopez")]
    );
    assert_ne!(
        who(
            "Speaker Tom Walsh called it “a great heartbreak,” while calling Maria Lopez “a \
             true friend.”"
        )[1],
        some("Maria Lopez")
    );
}

/// "the first lady said", "dijo la primera dama": a two-word role noun
/// stands for whoever the article titles so ("First Lady Jane Doe", "la
/// primera dama, Jane Doe"), beside a president named too.
#[test]
fn the_first_lady_is_whoever_is_titled_so() {
    assert_eq!(
        who(
            "U.S. First Lady Melania Walsh visited the school on Monday with President Tom \
             Berg. “We love them,” the first lady said. “Thank you,” the president said."
        ),
        vec![some("Melania Walsh"), some("Tom Berg")]
    );
    assert_eq!(
        who(
            "La primera dama, Melania Walsh, visitó la escuela el lunes con Tom Berg. «Los \
             amamos», dijo la primera dama."
        ),
        vec![some("Melania Walsh")]
    );
}
