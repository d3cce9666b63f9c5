//! Whose statement a quote is, on invented texts: the owner of a statement
//! that is the subject of the reporting verb speaks ("“…,” X's statement
//! said"), while a statement someone else names as an object is not its
//! owner's quote ("Y called X's statement as “…”": Y speaks).

use crate::attribution::{some, who};

/// "“…,” Tomas Vell's statement said": the statement's owner speaks, as
/// with "his statement added".
#[test]
fn a_named_owner_of_the_statement_that_reports_speaks() {
    assert_eq!(
        who(
            "Tomas Vell spoke in Oslo on Monday. “I am staying on as head of the order,” \
             Tomas Vell's statement said."
        ),
        vec![some("Tomas Vell")]
    );
}

/// "calling Y’s statement as “…”", "described Y’s remarks as “…”": the
/// statement is the object of the naming verb; its subject speaks, not
/// the statement's owner.
#[test]
fn a_statement_named_as_something_is_not_its_owners_quote() {
    assert_eq!(
        who(
            "In Oslo, Lena Holt, secretary of the order, countered the council in a post on X \
             calling Tomas Vell’s statement as “lies and more lies”."
        ),
        vec![some("Lena Holt")]
    );
    assert_eq!(
        who("Lena Holt described Tomas Vell’s remarks as “pure fiction” on Monday."),
        vec![some("Lena Holt")]
    );
}
