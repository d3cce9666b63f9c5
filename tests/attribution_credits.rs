//! Credits in the sentence after a quote, on invented texts: Italian "A
//! dirlo è X" ("the one to say it is X") and "E' quanto ha detto X" (with
//! "È" typed as "E'").

use crate::attribution::{some, who};

/// "«…». A dirlo è il ministro X.": the infinitive of a reporting verb with
/// its object glued on, after "a", credits the name after it.
#[test]
fn the_one_to_say_it_is_the_name_after_the_infinitive() {
    for credit in [
        "A dirlo è il ministro Maria Lopez, a margine del vertice.",
        "A dirlo il ministro Maria Lopez.",
        "Ad affermarlo è stata Maria Lopez in un'intervista.",
    ] {
        let body = format!(
            "Tom Berg è arrivato a Roma. «Il piano resta sul tavolo e lo difenderemo». {credit}"
        );
        assert_eq!(who(&body), vec![some("Maria Lopez")], "{credit}");
    }
}

/// "E' quanto ha ripetuto X": "È" typed as "E'" opens a credit as "È" does.
#[test]
fn an_e_with_an_apostrophe_opens_a_credit_as_its_accented_form() {
    assert_eq!(
        who("Tom Berg è arrivato a Roma. «Il piano resta sul tavolo». \
             E' quanto ha ripetuto il ministro Maria Lopez ai giornalisti."),
        vec![some("Maria Lopez")]
    );
}
