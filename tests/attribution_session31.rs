//! Attribution kinds of session 31, each on an invented text: an inverted
//! reporting clause after a quote whose verb no table lists; a named
//! report closing a paraphrase whose clause runs on past its verb; a role
//! after a fused "to the" ("al presidente") as the addressee.

use crate::attribution::{some, who};

/// "«…», retó X", "„…“, erzählte X", "«…», a tranché X": a comma after
/// the quote, one verb of manner (maybe with its auxiliary) and a name
/// right after it: that person speaks, whatever the verb.
#[test]
fn a_name_after_an_unlisted_verb_past_a_quote_and_comma_speaks() {
    assert_eq!(
        who(
            "Tom Berg visitó Lima con Maria Lopez. «Nadie nos va a detener», retó Maria Lopez \
             tras el recuento."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "Tom Berg traf Maria Lopez in Bern. „Wir bleiben hier und arbeiten weiter“, \
             schmunzelte Lopez."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "Tom Berg a reçu Maria Lopez à Lyon. « Rien ne sera plus comme avant », a tranché \
             Lopez."
        ),
        vec![some("Maria Lopez")]
    );
    // A preposition or comparison between the comma and the name makes
    // the name no subject: "«…», comme Lopez", "“…”, unlike Lopez".
    for text in [
        "Tom Berg a reçu Maria Lopez à Lyon. « Rien ne sera plus comme avant », comme Lopez \
         le pense.",
        "Tom Berg met Maria Lopez in Leeds. Crowds chanted “never again”, unlike Lopez.",
        "Tom Berg met Maria Lopez in Leeds. Crowds chanted “never again”, against Lopez.",
    ] {
        assert_ne!(who(text)[0], some("Maria Lopez"), "{text}");
    }
}

/// "…“new normal” in the fight against crime, Prime Minister Jane Roe said
/// on Monday in her first address …": a named subject after a comma,
/// right before its reporting verb, attributes the quote however long the
/// clause runs on past the verb.
#[test]
fn a_named_report_closing_a_paraphrase_attributes_it_however_long_it_runs() {
    assert_eq!(
        who(
            "Tom Berg met Maria Lopez in Leeds on Sunday.\n\nThe raid has set a “new normal” in \
             the fight against crime and the police will answer any fresh attack at once, \
             Prime Minister Maria Lopez said on Monday in her first address to the nation \
             after the raids."
        ),
        vec![some("Maria Lopez")]
    );
    // Any other word before the name makes it no subject of the report.
    assert_ne!(
        who(
            "Tom Berg met Maria Lopez in Leeds on Sunday.\n\nThe raid has set a “new normal” in \
             the fight against crime and the police will answer any fresh attack at once, the \
             crowd that cheered Maria Lopez said on Monday at the rally after the raids."
        )[0],
        some("Maria Lopez")
    );
}

/// "En un mensaje al presidente de X, afirmó: «…»": a role after a "to
/// the" fused into one word is whom the words were for; the verb's
/// dropped subject, the person the text was about, speaks.
#[test]
fn a_role_after_a_fused_to_the_is_the_addressee_not_the_speaker() {
    assert_eq!(
        who(
            "Cumbre en Lima\n\nEl presidente de Perú, Tom Berg, recibió a Maria Lopez en Lima. \
             Lopez habló con la prensa.\n\nEn un claro mensaje al actual presidente de Perú, \
             afirmó: «Seremos la luz en la oscuridad»."
        ),
        vec![some("Maria Lopez")]
    );
}
