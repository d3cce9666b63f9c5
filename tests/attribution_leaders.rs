//! Several leaders in one story, each named by name, role and pronoun:
//! which clause a participle, a quote in a "while" clause or a "he" after
//! a role belongs to. Invented sentences.

use crate::attribution::{some, who};

/// "Varga laughed, while Solberg bent down, adding, “…”": the participle
/// goes on the clause right before it, whose subject is its own, not on
/// the sentence's first.
#[test]
fn a_participle_after_a_while_clause_is_that_clauses() {
    assert_eq!(
        who(
            "President Tomas Varga met Prime Minister Ivan Solberg in Oslo. “Oops, sorry,” \
             Varga said with a laugh, while Solberg bent down, adding, “It is a very important \
             paper.”"
        ),
        vec![some("Tomas Varga"), some("Ivan Solberg")]
    );
}

/// "While X, head of …, accused Y of “…”, Z told …": the quote in the
/// opening subordinate clause is its subject's; the main clause after it
/// reports other words.
#[test]
fn a_quote_in_an_opening_while_clause_stays_with_its_subject() {
    assert_eq!(
        who(
            "While Anna Holt, head of the Left party, accused the chancellor of “breaking the \
             law,” Peter Vance told broadcasters the words were “clumsy.”"
        ),
        vec![some("Anna Holt"), some("Peter Vance")]
    );
}

/// "While doubts remain …, the US president claimed …. He told reporters:
/// “…”": a role opens the main clause after the subordinate one, and the
/// pronoun after it is that role's holder, not the leader named before.
#[test]
fn a_role_after_an_opening_while_clause_is_the_pronouns_antecedent() {
    assert_eq!(
        who(
            "US President Tomas Varga met Prime Minister Ivan Solberg in Oslo. Solberg spoke \
             of a good day for both countries. While doubts remain about steel, the US president \
             claimed Norway was safe. He told reporters: “Norway is very well protected.”"
        ),
        vec![some("Tomas Varga")]
    );
}

/// "While X condemns him as …, the widely admired Y describes himself as
/// “…”": an article and its modifiers before a name open the main clause
/// as a bare name does, so the verb of the opening "while" clause (whose
/// subject is no person) does not report the quote.
#[test]
fn a_described_name_after_an_opening_while_clause_is_the_subject() {
    assert_eq!(
        who(
            "Writer Tomas Varga returned to Oslo on Monday. While the government condemns him \
             as a traitor, the widely admired Tomas Varga describes himself as a “humble \
             storyteller.”"
        ),
        vec![some("Tomas Varga")]
    );
}

/// "X slammed his “…” rival Y in a post, saying “…”": the participle after
/// a scare quote inside the clause reports the clause's subject, not the
/// object named after that quote.
#[test]
fn a_participle_after_a_scare_quote_is_the_clause_subjects() {
    assert_eq!(
        who(
            "President Tomas Varga met Prime Minister Ivan Solberg in Oslo. Varga slammed his \
             “reckless” rival Ivan Solberg in a late post, saying “Ivan always gets it wrong.”"
        ),
        vec![some("Tomas Varga"), some("Tomas Varga")]
    );
}

/// A summary's bullets share their subject: "- Varga says …" and then "-
/// Calls Solberg “…”" (a verb opening the line) is Varga's, not unknown.
#[test]
fn a_bullet_opening_with_a_verb_shares_the_subject_before() {
    assert_eq!(
        who(
            "- President Tomas Varga says Prime Minister Ivan Solberg misread the talks.\n\
             - Calls Solberg “a showman” in a late post.\n\
             - Denies any contact with Oslo, slams the reports as “made up.”\n\
             Varga wrote on Monday that the talks had ended."
        ),
        vec![some("Tomas Varga"), some("Tomas Varga")]
    );
}
