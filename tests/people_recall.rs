//! People named in ways the engine used to miss (#11): two full names run
//! together with nothing between them, given names from outside the
//! European census lists, and a prefect titled by rank. The surnames are
//! invented, so only the given name or the role tells.

use crate::people_support;

use people_support::people_named;

#[test]
fn two_full_names_side_by_side_are_two_people() {
    // A caption or a title lost to a line break leaves two names in one
    // run of capitals: a given name after a surname opens the second.
    assert_eq!(
        people_named("An aide to Daniel Quarvell Sarah Tindmore joined the firm."),
        vec!["Daniel Quarvell".to_string(), "Sarah Tindmore".to_string()]
    );
}

#[test]
fn given_names_from_beyond_the_census_lists_open_a_name() {
    for (body, name) in [
        (
            "Yesterday Geert Tindmore joined the meeting.",
            "Geert Tindmore",
        ),
        (
            "Yesterday Elon Quarvell joined the meeting.",
            "Elon Quarvell",
        ),
        (
            "Yesterday Masoud Drabmore joined the meeting.",
            "Masoud Drabmore",
        ),
    ] {
        assert_eq!(people_named(body), vec![name.to_string()], "{body}");
    }
}

#[test]
fn a_capitalised_prefect_titles_a_lone_surname() {
    assert_eq!(
        people_named("The cabinet named Prefect Quarvelli the new head of the service."),
        vec!["Quarvelli".to_string()]
    );
}

#[test]
fn a_portuguese_given_name_in_ao_is_the_name_in_on() {
    // "Leão" is "Leon" as Portuguese writes it; the table lists "Leon".
    assert_eq!(
        people_named("Paulo Tindmore falou de Leão Quarvell na reunião."),
        vec!["Leão Quarvell".to_string(), "Paulo Tindmore".to_string()]
    );
}

#[test]
fn a_name_broken_by_a_hard_wrap_is_one_name() {
    // Hard-wrapped prose with no blank line between paragraphs: a short
    // line ends each, so the block is not one paragraph, and the wrap
    // falls between a given name and its surname.
    let body = "The council met on Monday to hear from the mayor and\n\
                her deputies, who had asked for the vote to be held\n\
                before the summer recess.\n\
                Among the speakers were:\n\
                the harbour master of the eastern district, Tomas\n\
                Orlen, who warned of the cost of dredging; and the\n\
                head of the ferry union and its treasurer, Marta\n\
                Velcani Dorsetti, who spoke last.\n\
                Copyright 2024";
    let people = people_named(body);
    for name in ["Tomas Orlen", "Marta Velcani Dorsetti"] {
        assert!(people.contains(&name.to_string()), "{name}: {people:?}");
    }
}

#[test]
fn a_name_glued_to_the_stop_before_it_is_found() {
    // Scraping drops the space after a full stop or a closing quote mark.
    for body in [
        "The talks ended on Monday.Marta Velcani clarified that nothing was agreed.",
        "“Nothing was agreed.”Marta Velcani said later that the talks would go on.",
    ] {
        assert_eq!(
            people_named(body),
            vec!["Marta Velcani".to_string()],
            "{body}"
        );
    }
}
