//! English sentence shapes that gave a quote to nobody or to the wrong
//! person: a thing's passive reporting verb ahead of the clause's own, a
//! relative "to which" clause with its own subject. Invented sentences.

use crate::attribution::{some, who};

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

