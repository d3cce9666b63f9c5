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

/// "Ada Moretti, leader of the Sons of Liguria, …": a role with its body
/// set off after a name is hers, so "the leader of the Sons of Liguria"
/// later is she, not nobody.
#[test]
fn a_leader_apposed_with_her_body_is_that_bodys_leader() {
    let story = "Ada Moretti, leader of the Sons of Liguria, spoke to the chamber on Tuesday \
                 for an hour. Moretti was applauded.";
    assert_eq!(
        who(&format!(
            "{story} “Nobody will watch over us,” added the leader of the Sons of Liguria, \
             to more applause."
        )),
        vec![some("Ada Moretti")]
    );
}

/// "Green Dawn leader Piero Sala … “…,” added the leader of the Sons of
/// Liguria": a leader of another body is not the one asked for, and with
/// no holder of that body anywhere, nobody is.
#[test]
fn the_leader_of_one_body_is_no_leader_of_another() {
    let story = "Green Dawn leader Piero Sala met Luca Neri in Turin on Monday to discuss the \
                 budget.";
    assert_eq!(
        who(&format!(
            "{story} “The budget will pass before Christmas,” added the leader of the Sons of \
             Liguria, before leaving the hall."
        )),
        vec![None]
    );
}

/// A body's leader named in another outlet's copy ("the leader of Civic
/// Front, Piero Sala,", "Civic Front leader Piero Sala") is "the leader of
/// Civic Front" or "the Civic Front leader" in a copy that names him not.
#[test]
fn a_bodys_leader_named_elsewhere_is_its_leader_here() {
    let apposed = "Sala speaks\n\nThe leader of Civic Front, Piero Sala, spoke in Turin on \
                   Monday.\n";
    let titled = "Sala speaks\n\nCivic Front leader Piero Sala spoke in Turin on Monday.\n";
    let rewrite = "Talks in Turin\n\nAda Moretti and Luca Neri met in Turin on Monday.\n\n\
                   Moretti spoke first. “The coalition is solid,” said the Civic Front leader.\n\n\
                   “We agree,” added the leader of Civic Front.\n";
    for other in [apposed, titled] {
        assert_eq!(
            crate::attribution_roles::speakers_of_last(&[other, rewrite]),
            vec![some("Piero Sala"), some("Piero Sala")]
        );
    }
}
