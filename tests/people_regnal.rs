//! Regnal and religious names (#11): "Pope Leo", "Leo XIV" and "Pope Leo
//! XIV" are one person shown as "Pope Leo XIV"; "King Charles III" and
//! "Prince William" keep their title in the name, and a titled given name
//! never joins a commoner who shares it.

use crate::people_support;

use people_support::{names, people_of};

#[test]
fn a_pope_named_three_ways_is_one_person_with_his_numeral() {
    let people = people_of(&[
        "Pope Leo XIV spoke from the balcony. Leo XIV thanked the crowd.",
        "Pope Leo greeted the faithful in Rome.",
        "The new pontiff, Leo XIV, said peace be with you.",
    ]);
    assert_eq!(names(&people), ["Pope Leo XIV"], "{people:?}");
    assert_eq!(people[0].mentions.len(), 4);
    assert!(people[0].variants.iter().any(|v| v == "Leo XIV"));
}

#[test]
fn a_title_stays_in_a_regnal_name() {
    let people = people_of(&[
        "Pope Francis met King Charles III and Prince William on Monday. \
         Francis blessed them.",
    ]);
    assert_eq!(
        names(&people),
        ["King Charles III", "Pope Francis", "Prince William"],
        "{people:?}"
    );
}

#[test]
fn a_titled_given_name_never_joins_a_commoner_sharing_it() {
    let people = people_of(&[
        "William Ruto met Prince William in Nairobi. Later Pope Leo spoke to Leo Varadkar.",
    ]);
    assert_eq!(
        names(&people),
        ["Leo Varadkar", "Pope Leo", "Prince William", "William Ruto"],
        "{people:?}"
    );
}
