//! People vouched for by the names beside them rather than by a given name
//! of the table (#11): a full name in a list with people, a son titled by
//! the relation. Names are invented.

use crate::people_support;

use people_support::{names, people_of};

#[test]
fn a_full_name_listed_with_people_is_a_person() {
    let people = people_of(&[
        "Guests included billionaires Mark Zuckerberg, Jeff Bezos and Orvel Quandt.",
        "By Anna Lee and Tomas Brenner, Kestrel Independent\n\nThe vote was close.",
        "Anna Lee and Quill Harbour met on Monday.",
    ]);
    let listed = names(&people);
    assert!(listed.contains(&"Orvel Quandt"), "{listed:?}");
    // A byline's outlet after a comma, one neighbour: no person.
    for thing in ["Kestrel Independent", "Quill Harbour"] {
        assert!(!listed.contains(&thing), "{thing} in {listed:?}");
    }
}

#[test]
fn a_son_titled_by_the_relation_is_a_person() {
    let people = people_of(&["Mark Hollis took the oath as son Baldric Hollis looked on."]);
    assert!(
        names(&people).contains(&"Baldric Hollis"),
        "{:?}",
        names(&people)
    );
}
