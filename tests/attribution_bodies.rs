//! The head of a named body, on invented texts: "the Commission chief",
//! "the NATO chief", "the head of the Commission" stand for the one person
//! titled with that body, whatever their title's noun; a ministry's head is
//! its minister.

use crate::attribution::{some, who};

/// "European Commission President Ilse Berger … the Commission chief
/// said": English names a body's head "the X chief" whatever the title,
/// so the one person titled with that body is meant.
#[test]
fn the_chief_of_a_body_is_the_one_titled_with_it() {
    let story = "European Commission President Ilse Berger told reporters in Rome on Monday \
                 that talks would go on. Tom Hale, the mayor, was there too.";
    for phrase in [
        "the Commission chief said",
        "the European Commission chief said",
        "the EU chief said",
        "the head of the Commission said",
    ] {
        assert_eq!(
            who(&format!(
                "{story} “Every single child must go back,” {phrase}."
            )),
            vec![some("Ilse Berger")],
            "{phrase}"
        );
    }
    let nato = "NATO Secretary-General Carl Dorn met Tom Hale in Oslo on Monday.";
    assert_eq!(
        who(&format!(
            "{nato} “We stand ready,” the NATO chief told reporters."
        )),
        vec![some("Carl Dorn")]
    );
}

/// Two people titled with one body ("Commission President X",
/// "Commission Vice-President Y"): "the Commission chief" tells neither.
#[test]
fn the_chief_of_a_body_with_two_holders_is_nobody() {
    let story = "European Commission President Ilse Berger and European Commission \
                 Vice-President Tom Hale spoke in Rome on Monday.";
    assert_eq!(
        who(&format!(
            "{story} “Every single child must go back,” the Commission chief said."
        )),
        vec![None]
    );
}

/// "the White House chief of staff": a longer role than the body's head,
/// so not the one titled with that body ("White House Press Secretary").
#[test]
fn a_chief_of_something_is_no_head_of_the_body() {
    let story = "White House Press Secretary Jane Roe spoke in Washington on Monday.";
    assert_eq!(
        who(&format!(
            "{story} “We are done,” the White House chief of staff said."
        )),
        vec![None]
    );
}

/// "глава норвезького МЗС", "le chef de la diplomatie": a ministry's head
/// is its minister, named by title elsewhere, not the person named last.
#[test]
fn the_head_of_a_ministry_is_its_minister() {
    let uk = "Міністр закордонних справ Ола Берг прибув до Києва у понеділок. Мер Києва \
              Іван Шевчук зустрів гостя на вокзалі. За словами глави норвезького МЗС, це \
              була «дуже важлива зустріч для обох країн».";
    assert_eq!(who(uk), vec![some("Ола Берг")]);
    let fr = "La ministre des Affaires étrangères, Ola Berg, est arrivée lundi. Le maire \
              Ivan Petit l'a reçue à la gare. « Nous avancerons ensemble sur ce dossier », a \
              déclaré la cheffe de la diplomatie norvégienne.";
    assert_eq!(who(fr), vec![some("Ola Berg")]);
}
