//! A role whose body takes several words before the name (#11): "Sekretarz
//! Stanu USA", "sottosegretario di Stato", "secretário de Estado". The body
//! belongs to the role; the given name and surname after it are the person.
//! The surnames are invented, so only the role and the given name tell.

use crate::people_support;

use people_support::{names, people_of};

fn people_named(body: &str) -> Vec<String> {
    names(&people_of(&[body]))
        .into_iter()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_given_name_and_surname_after_a_role_and_its_body_are_the_person() {
    for (body, name) in [
        (
            "Ha ringraziato il sottosegretario di Stato Alfredo Quarvelli per il lavoro.",
            "Alfredo Quarvelli",
        ),
        (
            "O secretário de Estado Marco Drabmore disse que não.",
            "Marco Drabmore",
        ),
        (
            "Wczoraj Sekretarz Stanu USA Marco Drabmore powiedział, że nic.",
            "Marco Drabmore",
        ),
        (
            "Wiceminister Spraw Zagranicznych Anna Kowelska powiedziała, że nic.",
            "Anna Kowelska",
        ),
    ] {
        assert_eq!(people_named(body), vec![name.to_string()], "{body}");
    }
}

#[test]
fn a_body_word_that_reads_as_a_given_name_stays_in_the_name_without_an_acronym() {
    // "Anna Maria" are two given names, not a body and a name: with no
    // acronym closing the words before "Maria", the name keeps them.
    assert_eq!(
        people_named("Wiceminister Anna Maria Kowelska powiedziała, że nic."),
        vec!["Anna Maria Kowelska".to_string()]
    );
}
