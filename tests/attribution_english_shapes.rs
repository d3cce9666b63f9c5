//! English sentence shapes that gave a quote to nobody or to the wrong
//! person: a thing's passive reporting verb ahead of the clause's own, a
//! relative "to which" clause with its own subject, a headline's clause
//! after a colon, a birthplace epithet on a role, reporting verbs of an
//! order or a commentary, a headline telling a plural role, an opening
//! reporting gerund in "-ling", a headline that "mocks". Invented
//! sentences.

use crate::attribution::{some, speakers_under, who};

/// "Since a truce was declared, the leader boasted that “…”": the passive
/// "was declared" reports no one; the main clause's verb does.
#[test]
fn a_things_passive_is_no_reporting_verb() {
    assert_eq!(
        who(
            "Maria Lopez leads the party. Since a fragile truce was declared last week, the 70-year-old leader, in a video address, boasted that “we have won the war.”"
        ),
        vec![some("Maria Lopez")]
    );
}

/// "…,” to which Y responded on X, saying “…”": the relative clause after
/// "to which" has Y as its subject, not as an infinitive's object.
#[test]
fn to_which_opens_a_clause_with_its_own_subject() {
    assert_eq!(
        who(
            "Maria Lopez wrote on X that “the plan is dead,” to which Tom Holm quickly responded on X, saying “the plan is alive.”"
        ),
        vec![some("Maria Lopez"), some("Tom Holm")]
    );
}

/// "X warns Y ‘…’: Z says Y should …": the clause past the colon reports
/// other words; the headline's verb before the quote names its speaker,
/// not the name after "says" there.
#[test]
fn a_clause_past_a_colon_leaves_the_quote_to_the_verb_before_it() {
    let got = speakers_under(
        "Lopez warns Berg ‘the deal is off’: union boss says Berg should quit the talks",
        "Union leader Maria Lopez met Prime Minister Anna Berg on Monday. The talks ended early.",
    );
    let speakers: Vec<Option<String>> = got.into_iter().map(|(_, s)| s).collect();
    assert_eq!(speakers, vec![some("Maria Lopez")]);
}

/// "the Queens-born mayor": a role after a birthplace that no one here
/// holds by title re-describes the person named before, like "the
/// Moscow-born billionaire".
#[test]
fn a_birthplace_and_a_role_no_one_holds_describe_the_person_named() {
    assert_eq!(
        who(
            "Maria Lopez won the city vote on Tuesday, beating Tom Holm by ten points. The Queens-born mayor told supporters that “we did it together.”"
        ),
        vec![some("Maria Lopez")]
    );
}

/// An order, a commentary over pictures, a solemn line and a phrasal "pointed
/// out" report the words as "said" does.
#[test]
fn verbs_of_order_commentary_and_pointing_out_report() {
    for text in [
        "Maria Lopez met the mayor on Monday. “Open the windows,” Lopez reportedly commanded, \
         opening a short film on a screen.",
        "Maria Lopez showed a film to the mayor. “This is the old harbour,” Lopez narrated.",
        "Maria Lopez held up a letter. “Ruin. Ruin. Total ruin,” she intoned.",
        "Maria Lopez met the mayor on Monday. “These are the old docks,” Lopez pointed out to \
         the mayor, who had denied it.",
    ] {
        assert_eq!(who(text), vec![some("Maria Lopez")], "{text}");
    }
}

/// "Says X, claims Y ‘…’": a headline may open with its inverted report,
/// the verb before the name and both before the quote.
#[test]
fn a_headline_opening_says_and_a_name_is_that_persons_report() {
    let got = speakers_under(
        "Says Lindqvist, claims union ‘won the whole fight’",
        "Union leader Anna Lindqvist spoke on Monday. The strike ended early.",
    );
    let speakers: Vec<Option<String>> = got.into_iter().map(|(_, s)| s).collect();
    assert_eq!(speakers, vec![some("Anna Lindqvist")]);
}

/// "the president of that country said": "that" after "of" is no clause
/// link, and the role's holder is the one of the country named last
/// before it, not the other president in the room.
#[test]
fn a_role_of_that_country_is_the_latest_countrys_holder() {
    assert_eq!(
        who(
            "Kenyan President Amos Wekesa visited President John Miller on Monday. \
             Miller showed his guest a video of farms burning in Kenya. \
             “We need to find out where,” the president of that country said softly."
        ),
        vec![some("Amos Wekesa")]
    );
}

/// "X exhorts followers to “…”": exhorting reports the words urged as the
/// exhorter's, not those of the man who showed the video.
#[test]
fn exhorting_reports_the_words_urged() {
    assert_eq!(
        who(
            "Tom Berg had his staff play a video, which showed Piet Olsen, a party leader, \
             in which Olsen repeatedly exhorts followers at a rally to “burn the fields”."
        ),
        vec![some("Piet Olsen")]
    );
}

/// "Maria Lopez Tells Party Leaders: ‘…’": a title-case headline whose
/// verb's object is a role in the plural still names its speaker before
/// the verb, as "tells voters" does.
#[test]
fn a_headline_telling_a_plural_role_names_its_speaker() {
    assert_eq!(
        speakers_under(
            "Maria Lopez Tells Party Leaders: 'The State Is Not the Solution'",
            "Maria Lopez spoke on Monday. “The West is in danger,” Lopez said."
        ),
        vec![
            (
                "The State Is Not the Solution".to_string(),
                some("Maria Lopez")
            ),
            ("The West is in danger,".to_string(), some("Maria Lopez")),
        ]
    );
}

/// "… exhorts followers to “burn the fields” and “seize the barns”": a
/// quote joined to the one before by a bare "and" is the same speaker's,
/// not the person opening the sentence.
#[test]
fn a_quote_after_a_bare_and_shares_the_quote_before() {
    assert_eq!(
        who(
            "Tom Berg had his staff play a video, which showed Piet Olsen, a party leader, \
             in which Olsen repeatedly exhorts followers at a rally to “burn the fields” and \
             “seize the barns.”"
        ),
        vec![some("Piet Olsen"), some("Piet Olsen")]
    );
}

/// "an operation the minister labeled “…”": a naming verb reports
/// the words it names.
#[test]
fn a_naming_verb_reports_the_name_given() {
    assert_eq!(
        who(
            "Maria Lopez spoke first, and President Tom Berg spoke after her. Her rivals \
             lost ground in the strikes, an operation Berg labeled “a total success.”"
        ),
        vec![some("Tom Berg")]
    );
}

/// "Calling the tax a disgrace, Peter Varga outlined …": a reporting
/// gerund in "-ling" opens the sentence as "Speaking to reporters" does;
/// the subject after its phrase speaks the quote.
#[test]
fn an_opening_reporting_gerund_in_ling_sets_the_scene() {
    assert_eq!(
        who(
            "Finance Minister Peter Varga spoke in Budapest. Tom Bolt was there. Calling the \
             tax a disgrace, Peter Varga on Monday outlined a plan that ignores “market panic”."
        ),
        vec![some("Peter Varga")]
    );
}

/// A headline's "X mocks Y's “…” claims": "mocks" reports as "mocked" does.
#[test]
fn a_headline_that_mocks_reports() {
    let found = speakers_under(
        "Varga mocks Bolt's “fake” budget claims and declares victory",
        "Budapest - Prime Minister Peter Varga spoke on Monday. Varga said the budget was \
         balanced. His rival Tom Bolt disagreed.",
    );
    assert_eq!(found[0].0, "fake");
    assert_eq!(found[0].1.as_deref(), Some("Peter Varga"));
}
