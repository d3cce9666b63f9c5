//! One person, one entry (#11): the forms of one name that are neither
//! identical nor a close spelling — a surname written first ("Orbán
//! Viktor"), a surname opening with its particle at a sentence start ("De
//! la Fuente", "Al Khelaifi"), a given name with or without its accent
//! ("Rúben Neves" / "Ruben Neves") — join the person named the usual way.

use crate::people_support;

use people_support::{holders, names, people_of};

fn one_person(bodies: &[&str], forms: &[&str]) {
    let people = people_of(bodies);
    let first = holders(&people, forms[0]);
    assert_eq!(first.len(), 1, "{}: {people:?}", forms[0]);
    for form in &forms[1..] {
        assert_eq!(holders(&people, form), first, "{form}: {people:?}");
    }
}

#[test]
fn a_surname_written_first_joins_the_usual_order() {
    one_person(
        &[
            "Viktor Orbán said he was pleased.",
            "The talks were useful. — Orbán Viktor",
        ],
        &["Viktor Orbán", "Orbán Viktor"],
    );
}

#[test]
fn two_given_names_in_either_order_stay_two_people() {
    let people = people_of(&["Paul Ryan met Ryan Paul. Paul Ryan said so. Ryan Paul said no."]);
    assert_ne!(holders(&people, "Paul Ryan"), holders(&people, "Ryan Paul"));
}

#[test]
fn a_surname_opening_with_its_particle_joins_the_full_name() {
    one_person(
        &[
            "Luis de la Fuente picked the side. The players thanked De la Fuente for it.",
            "Nasser Al Khelaifi, the PSG president, came in. Al Khelaifi said thanks.",
        ],
        &["Luis de la Fuente", "De la Fuente"],
    );
    one_person(
        &["Nasser Al Khelaifi, the PSG president, came in. Al Khelaifi said thanks."],
        &["Nasser Al Khelaifi", "Al Khelaifi"],
    );
}

#[test]
fn a_word_glued_before_a_full_name_leaves_its_particle_surname_one_persons() {
    // The Polish "w Lyonie Odile Le Gall" reads as one four-word name; it
    // must not make "Le Gall" a surname of two people.
    one_person(
        &[
            "Mayor Odile Le Gall said on Monday that she would appeal the ruling.",
            "Le Gall said the court was wrong. Le Gall will appeal.",
            "Premier wyraził swoje poparcie dla skazanej właśnie w Lyonie Odile Le Gall. Polityk to osoba.",
        ],
        &["Odile Le Gall", "Le Gall"],
    );
}

#[test]
fn a_given_name_with_or_without_its_accent_is_one_person() {
    one_person(
        &[
            "Rúben Neves scored. Álvaro Morata missed.",
            "Ruben Neves celebrated while Alvaro Morata cried.",
        ],
        &["Rúben Neves", "Ruben Neves"],
    );
}

#[test]
fn a_preposition_before_a_full_name_is_not_part_of_it() {
    let people = people_of(&["Foi a cobrança de Bruno Fernandes que decidiu o jogo."]);
    assert_eq!(holders(&people, "Bruno Fernandes").len(), 1, "{people:?}");
}

#[test]
fn a_compound_surname_joins_its_first_part_with_the_same_given_name() {
    one_person(
        &[
            "Carla Bruni said she was proud of her husband.",
            "The singer Carla Bruni-Sarkozy waved to the crowd.",
            "Carla Bruni Sarkozy left the court with him.",
        ],
        &["Carla Bruni", "Carla Bruni-Sarkozy", "Carla Bruni Sarkozy"],
    );
}

#[test]
fn a_son_named_for_his_father_stays_his_own_person() {
    let people = people_of(&[
        "Donald Trump said the vote was rigged.",
        "Donald Trump Jr said his father would win.",
    ]);
    let father = holders(&people, "Donald Trump");
    assert_eq!(father.len(), 1, "{people:?}");
    assert_ne!(holders(&people, "Donald Trump Jr"), father, "{people:?}");
}

#[test]
fn arabic_romanisations_of_one_surname_are_one_person() {
    one_person(
        &[
            "Libyan leader Muammar Gaddafi said the deal was done.",
            "Libyan leader Muamar Kadafi said the money was a gift.",
        ],
        &["Muammar Gaddafi", "Muamar Kadafi"],
    );
}

/// Spanish writes the Kh of a Persian or Russian name as J, German as Ch.
#[test]
fn spanish_and_german_spellings_of_kh_are_one_person() {
    one_person(
        &[
            "The supreme guide Ali Kharovski said the war was over.",
            "El líder supremo Ali Jarovski dijo que la guerra había terminado.",
            "Der iranische Staatschef Ali Charowski sagte, der Krieg sei vorbei.",
        ],
        &["Ali Kharovski", "Ali Jarovski", "Ali Charowski"],
    );
}

/// "Jr" and "Sr" are one letter apart but a son and his father: full names
/// that differ only in them are two people.
#[test]
fn a_son_and_his_father_stay_two_people() {
    let people = people_of(&[
        "Tobias Wrenfield Jr said the farm was sold.\n\nHis father Tobias Wrenfield Sr. said it was not.",
    ]);
    assert_eq!(
        names(&people),
        vec!["Tobias Wrenfield Jr", "Tobias Wrenfield Sr"]
    );
}
