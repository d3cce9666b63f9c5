//! A pronoun's reporting clause where more than that clause stands before
//! the quote: a dash glued between two words ("target—he calls them"), a
//! subjectless verb earlier in the sentence ("The speech underscored his
//! commitment to fighting what he calls “…”"); and the two-leader meeting
//! a summit story is written in. Invented sentences.

use crate::attribution::{some, who};

/// "Norway is another target—he calls them “…”": the dash glued to both
/// words sets them apart as a spaced one does, so "he" is read as the
/// subject of "calls".
#[test]
fn a_glued_dash_sets_a_pronoun_apart() {
    assert_eq!(
        who(
            "Tomas Varga spoke in Oslo on Friday. Norway is another target—he calls them \
             “great traders” and smiles."
        ),
        vec![some("Tomas Varga")]
    );
    assert_eq!(
        who(
            "Tomas Varga spoke in Oslo on Friday. Norway is another target–Varga calls them \
             “great traders”."
        ),
        vec![some("Tomas Varga")]
    );
}

/// A reporting verb with no person for its subject ("The speech
/// underscored") yields to the one right before the quote whose subject,
/// a pronoun or a name, stands right before it.
#[test]
fn a_subjectless_verb_yields_to_the_clause_before_the_quote() {
    assert_eq!(
        who(
            "Tomas Varga spoke in Oslo on Friday. The speech underscored his commitment to \
             fighting what he called “the forces of decline” in the country."
        ),
        vec![some("Tomas Varga")]
    );
    assert_eq!(
        who(
            "Tomas Varga spoke in Oslo on Friday. The crowd in Bergen underscored the mood, \
             cheering what Varga described as “a new dawn”."
        ),
        vec![some("Tomas Varga")]
    );
}

/// Two leaders meet and are quoted in turn: each "he said" goes to the
/// one whose clause came last, an object ("thanked Solberg", "asked about
/// Varga") never taking it.
#[test]
fn two_leaders_quoted_in_turn() {
    assert_eq!(
        who(
            "President Tomas Varga met Prime Minister Ivan Solberg in Oslo on Friday. \
             “We made real progress,” Varga said. Solberg, asked about Varga, said he trusted \
             him. “He is a man of his word,” he said. Asked whether he trusted Solberg, Varga \
             said: “I trust him completely.” He added: “There is more work to do.”"
        ),
        vec![
            some("Tomas Varga"),
            some("Ivan Solberg"),
            some("Tomas Varga"),
            some("Tomas Varga"),
        ]
    );
}

/// "She said thousands had left under X, …, but boasted: “…”": a name
/// after "under" (the leader of a time) is no subject, so the quote stays
/// with the pronoun's antecedent.
#[test]
fn a_name_after_under_is_no_subject() {
    assert_eq!(
        who(
            "Mayor Anna Holt spoke on Monday. She said thousands had left the town under \
             Peter Vance, including fishermen, but boasted: “Last month, we had new families \
             arrive.”"
        ),
        vec![some("Anna Holt")]
    );
}

/// "The unpredictable US president, standing beside the prime minister,
/// claimed …. He added: “…”": an adjective between the article and a
/// qualified role does not hide the role the pronoun refers back to.
#[test]
fn an_adjective_before_a_qualified_role_keeps_the_role_subject() {
    assert_eq!(
        who(
            "US President Tomas Varga met Prime Minister Ivan Solberg in Oslo. Solberg said he \
             was “pleased” with the talks. The unpredictable US president, standing beside the \
             prime minister, claimed to have ended three disputes. He added: “There is more \
             work to do.”"
        ),
        vec![some("Ivan Solberg"), some("Tomas Varga")]
    );
}

/// "«…», a declarat el presei": after "a" and a participle of saying, the
/// Romanian "el" is "he", not the Spanish article of a noun after it; it
/// stands for the subject named before.
#[test]
fn romanian_el_after_a_perfect_of_saying_is_he() {
    assert_eq!(
        who(
            "Fostul președinte Ion Marinescu a fost condamnat marți, la cererea procurorului \
             Mihai Dobre.\n\n„Voi merge la închisoare cu capul sus”, a declarat el presei după \
             verdict.\n\n„Nu am niciun fel de iluzii”, a spus el într-o discuție televizată."
        ),
        vec![some("Ion Marinescu"), some("Ion Marinescu")]
    );
}

/// A pronoun opening an object relative ("what he said were", "which he
/// claimed were") stands for the named subject of the clause it hangs on,
/// not the sentence's first name nor the other man quoted last: the
/// host's "he said" in a two-man scene.
#[test]
fn a_relative_pronoun_follows_its_clause_subject() {
    let host = "President Harlan Voss met Prime Minister Teodor Brink at the palace on \
                Tuesday. “We came to mend ties,” Brink said.";
    assert_eq!(
        who(&format!(
            "{host} A visibly tense Brink shifted in his seat as Voss waved what he said \
             were police reports of “farmers who were attacked last week” in the north."
        ))[1],
        some("Harlan Voss")
    );
    assert_eq!(
        who(&format!(
            "{host} Brink frowned when Voss handed his guest printed articles which he \
             said were proof of “a massacre” of farmers."
        ))[1],
        some("Harlan Voss")
    );
    // A name after a verb is an object: the clause's subject decides.
    assert_eq!(
        who(&format!(
            "{host} Voss later told Brink what he said were the “real numbers” from the \
             north."
        ))[1],
        some("Harlan Voss")
    );
}

/// "However, as the two met, there was a signal from the President that
/// … ‘…,’ he said": the role a message came from is whom the pronoun
/// names, not the role opening the sentence before.
#[test]
fn a_message_from_a_role_is_what_a_pronoun_refers_to() {
    assert_eq!(
        who(
            "Prime Minister Ole Dahl met President Tom Berg in Oslo. The Prime Minister said \
             the talks went well. However, as the two leaders met at the summit in Oslo, \
             Norway, there was a signal from the President that the steel deal could take \
             longer.\n\n“We will tell you more in a little while,” he said when asked."
        ),
        vec![some("Tom Berg")]
    );
}
