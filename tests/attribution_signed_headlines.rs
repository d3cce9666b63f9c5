//! Headlines signed at their end by the person they quote, each on an
//! invented text: `…: Doe` after a statement, and `“…”, the words of Doe`.

use crate::attribution::speakers_under as who;

const BODY: &str = "Prime Minister Anna Verdi spoke to the senate on Tuesday. Her ally \
                    Marco Bianchi stayed away. Verdi promised lower taxes for families.";

/// A headline that ends `: Verdi` names who said the words quoted in it,
/// however the words before the colon run; one that ends with
/// anything but a name signs nothing.
#[test]
fn a_headline_ending_with_a_colon_and_a_name_is_that_persons() {
    let found = who(
        "Farmers will not pay for the “green madness” of Brussels: Verdi",
        BODY,
    );
    assert_eq!(found[0].0, "green madness");
    assert_eq!(found[0].1.as_deref(), Some("Anna Verdi"));
    let found = who(
        "Farmers will not pay for the “green madness”: a new tax",
        BODY,
    );
    assert_eq!(found[0].0, "green madness");
    assert_eq!(found[0].1, None);
}

/// `“…”, the words of Verdi`: the headline's quote is the words' owner's.
#[test]
fn a_headline_ending_with_the_words_of_a_person_is_theirs() {
    let found = who(
        "“Farmers will never pay for the green madness”, the words of Verdi",
        BODY,
    );
    assert_eq!(found[0].0, "Farmers will never pay for the green madness");
    assert_eq!(found[0].1.as_deref(), Some("Anna Verdi"));
}
