//! Phrases that point back to the last person named, not to the sentence's
//! subject as a pronoun does ("The latter said", "Ce dernier a déclaré",
//! "Quest'ultimo ha detto", "Letzterer sagte", "Este último dijo"), and
//! "the former", the one named before; each on an invented text.

use crate::attribution::{some, who};

/// Tom Berg is the subject; Karl Weber, the object named last, is "the
/// latter" in every language, Berg "the former".
#[test]
fn the_latter_is_the_last_person_named() {
    let cases = [
        "President Tom Berg opened the summit on Monday. Berg later phoned Chancellor Karl \
         Weber. The latter said: “We are ready to help.”",
        "Le président Tom Berg a ouvert le sommet lundi. Berg a ensuite appelé le chancelier \
         Karl Weber. Ce dernier a déclaré : « Nous sommes prêts à aider. »",
        "Il presidente Tom Berg ha aperto il vertice lunedì. Berg ha poi telefonato al \
         cancelliere Karl Weber. Quest'ultimo ha detto: «Siamo pronti ad aiutare».",
        "Präsident Tom Berg eröffnete am Montag den Gipfel. Berg telefonierte danach mit Kanzler \
         Karl Weber. Letzterer sagte: „Wir sind bereit zu helfen.“",
        "El presidente Tom Berg abrió la cumbre el lunes. Berg llamó después al canciller Karl \
         Weber. Este último dijo: «Estamos listos para ayudar».",
    ];
    for text in cases {
        assert_eq!(who(text), vec![some("Karl Weber")], "{text}");
    }
}

/// "The former" is the person named before the last one; "the former
/// minister" is a role, not a back reference.
#[test]
fn the_former_is_the_person_named_before() {
    assert_eq!(
        who(
            "Tom Berg met Karl Weber in Oslo on Monday. The former said the talks had been \
             “very useful”."
        ),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(
            "Tom Berg met the former minister Karl Weber in Oslo on Monday. “The talks were very \
             useful,” the minister said."
        ),
        vec![some("Karl Weber")]
    );
}
