//! Stance frames opening a sentence, with no verb reporting the quote
//! after them: "For him, …", "A juicio de X, …", "Seiner Ansicht nach …",
//! "À ses yeux, …". The frame names whose view the sentence gives, as
//! "according to" does. Invented sentences.

use crate::attribution::{some, who};

/// "For him, X, Y and Z are “…”": the view of the person the pronoun
/// stands for, the subject of the sentence before.
#[test]
fn for_him_and_a_comma_frame_the_speakers_view() {
    assert_eq!(
        who(
            "Tom Bolt introduced Peter Varga at the forum in Geneva. Varga spoke for an hour.\n\n\
             For him, taxes, fees and levies are “a burden on families”."
        ),
        vec![some("Peter Varga")]
    );
}

/// "A juicio de Varga, «…»": the frame names its holder after "de", which
/// the names read as a particle ("de Gaulle"): the surname alone counts.
#[test]
fn a_spanish_frame_names_its_holder_after_de() {
    assert_eq!(
        who(
            "Tom Bolt presentó a Peter Varga en Ginebra. Bolt habló primero.\n\n\
             A juicio de Varga, «el problema esencial es el gasto público»."
        ),
        vec![some("Peter Varga")]
    );
}

/// "Seiner Ansicht nach sind …", "À ses yeux, …": a possessive in the
/// frame stands for the person a pronoun would name.
#[test]
fn a_possessive_frame_is_the_view_of_the_pronouns_person() {
    assert_eq!(
        who(
            "Tom Bolt stellte Peter Varga in Genf vor. Varga sprach eine Stunde.\n\n\
             Seiner Ansicht nach sind Steuern „eine Last für Familien“."
        ),
        vec![some("Peter Varga")]
    );
    assert_eq!(
        who(
            "Tom Bolt a présenté Peter Varga à Genève. Varga a parlé une heure.\n\n\
             À ses yeux, les impôts sont « un fardeau pour les familles »."
        ),
        vec![some("Peter Varga")]
    );
}
