//! Attribution kinds of session 31, each on an invented text: an inverted
//! reporting clause after a quote whose verb no table lists.

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
