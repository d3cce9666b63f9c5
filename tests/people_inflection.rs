//! People under case endings: Russian, Ukrainian and Polish articles inflect
//! names, and every form of one name is one person.

use crate::people_support;

use people_support::{holders, people_of};

#[test]
fn case_forms_of_a_cyrillic_name_are_one_person() {
    let people = people_of(&[
        "Иван Петров приехал в Берлин. Канцлер встретил Ивана Петрова в понедельник, \
         потом Петрову вручили награду, а Петрова поблагодарили.",
    ]);
    let with_full = holders(&people, "Иван Петров");
    assert_eq!(with_full.len(), 1, "{people:?}");
    for form in ["Ивана Петрова", "Петрову", "Петрова"] {
        assert_eq!(holders(&people, form), with_full, "{form}: {people:?}");
    }
}

#[test]
fn adjectival_surnames_in_oblique_cases_join_their_nominative() {
    let people = people_of(&[
        "Иван Зеленский выступил. Журналисты спросили Зеленского о планах.",
        "Jan Kowalski przemawiał. Tłum czekał na Kowalskiego i świętował z Kowalskim.",
    ]);
    assert_eq!(
        holders(&people, "Зеленского"),
        holders(&people, "Иван Зеленский")
    );
    assert_eq!(
        holders(&people, "Kowalskiego"),
        holders(&people, "Jan Kowalski")
    );
    assert_eq!(
        holders(&people, "Kowalskim"),
        holders(&people, "Jan Kowalski")
    );
}

#[test]
fn different_names_with_one_stem_length_stay_apart() {
    // Short names keep their endings: "Ли" and "Лу" are not one person.
    let people = people_of(&["Анна Ли и Олег Лу встретились. Ли сказала, что Лу прав."]);
    assert_ne!(holders(&people, "Анна Ли"), holders(&people, "Олег Лу"));
}

#[test]
fn a_polish_full_name_in_the_genitive_joins_its_nominative() {
    let people = people_of(&[
        "Karol Nawrocki wygrał wybory. Rafał Trzaskowski przegrał.",
        "Kibice cieszą się z wygranej Karola Nawrockiego, nie Rafała Trzaskowskiego.",
        "Spotkanie z Donaldem Tuskiem. Donald Tusk milczał.",
    ]);
    for (oblique, nominative) in [
        ("Karola Nawrockiego", "Karol Nawrocki"),
        ("Rafała Trzaskowskiego", "Rafał Trzaskowski"),
        ("Donaldem Tuskiem", "Donald Tusk"),
    ] {
        let holder = holders(&people, nominative);
        assert_eq!(holder.len(), 1, "{nominative}: {people:?}");
        assert_eq!(holders(&people, oblique), holder, "{oblique}: {people:?}");
    }
}

#[test]
fn an_oblique_name_without_its_nominative_and_a_different_person_stay_apart() {
    let people = people_of(&[
        "Paul Smith met Paula Smith. Kibice cieszą się z wygranej Karola Nawrockiego.",
    ]);
    assert_ne!(
        holders(&people, "Paul Smith"),
        holders(&people, "Paula Smith")
    );
    assert_eq!(
        holders(&people, "Karola Nawrockiego").len(),
        1,
        "{people:?}"
    );
}

#[test]
fn a_polish_case_ending_after_an_apostrophe_declines_a_foreign_name() {
    // Polish declines a foreign name whose last letter is mute after an
    // apostrophe: "Claude’a" is Claude in the genitive, no elision.
    let people = people_of(&[
        "Wysłał wtedy swojego doradcę Claude’a Quarvanta na spotkanie.",
        "Rozmawiał z Pierre’em Drabmorem o planie.",
    ]);
    let found = people_support::names(&people);
    assert!(found.contains(&"Claude’a Quarvanta"), "{found:?}");
    assert!(found.contains(&"Pierre’em Drabmorem"), "{found:?}");
}

#[test]
fn a_polish_genitive_given_name_in_ii_joins_its_nominative() {
    // "Marii" is the genitive of "Maria" (a stem in "-i" keeps it): the
    // oblique full name is the same woman, not a second entry.
    let people = people_of(&[
        "Maria Drabina przemawiała w Sejmie.",
        "Według Marii Drabiny reforma jest gotowa.",
    ]);
    assert_eq!(
        holders(&people, "Marii Drabiny"),
        holders(&people, "Maria Drabina"),
        "{people:?}"
    );
    assert_eq!(holders(&people, "Maria Drabina").len(), 1, "{people:?}");
}
