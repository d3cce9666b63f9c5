//! Attribution in French and Spanish reports: the forms of the labelled
//! dissolution-night story (`ml-macron-dissolution-2024-06`), each on an
//! invented sentence of the same shape.

use crate::attribution::{some, who};

#[test]
fn asking_verbs_report_and_their_object_does_not_speak() {
    assert_eq!(
        who("« Nous sommes prêts à gouverner », a réclamé Marine Le Pen."),
        vec![some("Marine Le Pen")]
    );
    assert_eq!(
        who("“He escuchado vuestro mensaje”, ha proclamado Emmanuel Macron."),
        vec![some("Emmanuel Macron")]
    );
    // "à X" names whom the words were for; the speaker is an unnamed deputy.
    assert_eq!(
        who("« Revenez aux urnes », a lancé à Emmanuel Macron un député."),
        vec![None]
    );
}
