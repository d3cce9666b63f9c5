//! Credits standing away from the quote, each on an invented text: a
//! credit after the quote's sentence, an inverted clause whose verb no
//! table lists, a named report closing a long paraphrase, one opening
//! with its auxiliary past the verb window, and the narrative before a
//! quote-only paragraph across a photo caption.

use crate::attribution::{some, who};

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

/// "…» sont en cours après les faits, a ajouté la ministre.": past the
/// verb window the comma closing the quote's sentence may stand before the
/// verb's auxiliary, as in the Romance perfect.
#[test]
fn a_report_past_the_verb_window_may_open_with_its_auxiliary() {
    assert_eq!(
        who(
            "Claire Dupont a parlé lundi au musée de Lyon.\n\nDes « vérifications » sont en \
             cours après les faits, a ajouté Dupont. Le musée reste fermé."
        ),
        vec![some("Claire Dupont")]
    );
    assert_eq!(
        who(
            "Il ministro Marco Ferri ha parlato a Roma.\n\nLe « verifiche » sono in corso dopo \
             i fatti di lunedì, ha aggiunto il ministro."
        ),
        vec![some("Marco Ferri")]
    );
}

/// A quote-only paragraph takes the subject of the narrative before it,
/// and a photo caption standing between the two is passed over: it breaks
/// the page, not the story.
#[test]
fn a_caption_between_the_narrative_and_its_quote_is_passed_over() {
    assert_eq!(
        who(
            "President Ivan Volkov arrived in Oslo on Friday. Volkov met officials at the \
             port.\n\nChancellor Anna Berg greeted the delegation at the chancellery.\n\nThe \
             two leaders shake hands in Oslo, 28 May 2025. REUTERS/Tom Lee\n\n“We have a lot \
             to talk about.”"
        ),
        vec![some("Anna Berg")]
    );
}

/// "„…” ¶ – oświadczył.": a dash line opening with its reporting verb
/// after a quote ending its paragraph reports that quote, its dropped
/// subject the one a pronoun would name, past a paragraph naming only a
/// role; a dash line whose verb stands further in is a turn of dialogue.
#[test]
fn a_dash_line_after_a_quote_paragraph_reports_it() {
    let text = |line: &str| {
        format!(
            "Minister Tomasz Kowalczyk i posłanka Anna Wróbel spotkali się w czwartek.\n\nPrzyszły \
             premier otwarcie mówi o potrzebie szybkiej reformy podatków.\n\n„Jestem bardzo \
             ciekaw, jak opozycja zareaguje na nasze propozycje”\n\n{line}"
        )
    };
    assert_eq!(who(&text("– oświadczył.")), vec![some("Tomasz Kowalczyk")]);
    assert_eq!(
        who(&text("– dodała Anna Wróbel.")),
        vec![some("Anna Wróbel")]
    );
    assert_eq!(who(&text("– Nie wiem, co powiedział.")), vec![None]);
}

/// "“… DAY!!!” Marsh posted on social media ahead of the opening bell.": a
/// quote opening its paragraph as a sentence of its own, with no speaker
/// before it, is reported by the sentence after it opening with a person
/// and a reporting verb, however long that clause runs on.
#[test]
fn a_long_reporting_clause_after_an_exclaimed_quote_names_its_speaker() {
    assert_eq!(
        who(
            "Governor Lena Marsh signed the harbour deal on Friday.\n\nThe markets reacted \
             calmly on Thursday.\n\n“THE DEAL IS DONE! THE HARBOUR WILL BE STRONGER THAN EVER. \
             GREAT DAY!!!” Marsh posted on social media ahead of the opening bell."
        ),
        vec![some("Lena Marsh")]
    );
    // A sentence in between is narrative of its own: no credit.
    assert_eq!(
        who(
            "Governor Lena Marsh signed the harbour deal on Friday.\n\nThe markets reacted \
             calmly on Thursday.\n\nThe port was quiet. “THE DEAL IS DONE! GREAT DAY!!!” The \
             harbour master Tom Quill posted on social media ahead of the opening bell."
        ),
        vec![None]
    );
}
