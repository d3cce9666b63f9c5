//! Headlines signed at their end by the person they quote, each on an
//! invented text: `…: Doe` after a statement, and `“…”, the words of Doe`;
//! a headline quote with no cue, which the principal speaker said.

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

/// A headline quote with no cue at all ("‘We will not be bullied’" alone,
/// or after a topic label) is the words of the report's principal speaker,
/// who speaks most of the body's quotes; with no principal (two voices
/// quoted alike) it stays unattributed.
#[test]
fn a_headline_quote_with_no_cue_is_the_principal_speakers() {
    let body = "Prime Minister Anna Verdi spoke to the senate on Tuesday. “We will cut taxes \
                for families,” Verdi said. Her rival Marco Bianchi called the plan “a fantasy”. \
                “Our budget is balanced,” Verdi told reporters later.";
    for headline in [
        "“We will not be bullied”",
        "Budget fight: “We will not be bullied”",
    ] {
        let found = who(headline, body);
        assert_eq!(found[0].0, "We will not be bullied");
        assert_eq!(found[0].1.as_deref(), Some("Anna Verdi"), "{headline}");
    }
    let tied = "Prime Minister Anna Verdi spoke to the senate on Tuesday. “We will cut taxes,” \
                Verdi said. Her rival Marco Bianchi called the plan “a fantasy”. “Our budget \
                is balanced,” Verdi told reporters later. “It will fail,” Bianchi replied.";
    let found = who("“We will not be bullied”", tied);
    assert_eq!(found[0].1, None);
}

/// A headline naming someone else than the principal speaker ("Rival
/// Says ‘…’", read as a mention or not) may quote them: it is not given
/// to the principal.
#[test]
fn a_headline_naming_another_person_is_not_the_principals() {
    let body = "Prime Minister Anna Verdi spoke to the senate on Tuesday. “We will cut taxes \
                for families,” Verdi said. Her rival Marco Bianchi called the plan a fantasy. \
                “Our budget is balanced,” Verdi told reporters later.";
    let found = who("Verdi Cuts Taxes, But Bianchi Says “It Will Fail”", body);
    assert_ne!(found[0].1.as_deref(), Some("Anna Verdi"));
    // No cue gives this one to Bianchi: only the name keeps it from the
    // principal, as the same headline without it shows.
    let found = who("Budget Fight With Bianchi Looms: “It Will Fail”", body);
    assert_eq!(found[0].0, "It Will Fail");
    assert_eq!(found[0].1, None);
    let found = who("Budget Fight Looms: “It Will Fail”", body);
    assert_eq!(found[0].1.as_deref(), Some("Anna Verdi"));
}
