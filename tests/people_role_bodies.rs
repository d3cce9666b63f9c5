//! A role whose body takes several words before the name (#11): "Sekretarz
//! Stanu USA", "sottosegretario di Stato", "secretário de Estado". The body
//! belongs to the role; the given name and surname after it are the person.
//! The surnames are invented, so only the role and the given name tell.

use crate::people_support;

use people_support::{names, people_named, people_of};

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

#[test]
fn a_romance_role_titles_a_lone_surname() {
    // Italian, French, Spanish and Portuguese join a governed body with a
    // preposition, so one capitalised word right after the role is the
    // person's surname. The surnames are invented and named once.
    for (body, name) in [
        (
            "Poi il portavoce Quarvelli ha parlato ai giornalisti.",
            "Quarvelli",
        ),
        ("Puis le sélectionneur Drabmoret a parlé.", "Drabmoret"),
        (
            "Luego el técnico Ancelvotti habló con la prensa.",
            "Ancelvotti",
        ),
        (
            "Comme le milliardaire Orvak Tellmuss, ils ont suivi.",
            "Orvak Tellmuss",
        ),
    ] {
        assert_eq!(people_named(body), vec![name.to_string()], "{body}");
    }
}

#[test]
fn a_romance_role_titles_no_body_acronym_or_given_name_alone() {
    for body in [
        // The head of a body the role governs, a preposition after it.
        "Habló el secretario General de la ONU en la sesión.",
        // A short party acronym.
        "Lo ha detto il segretario Pd in conferenza.",
        // A country.
        "Il presidente Francia non ha parlato.",
    ] {
        assert_eq!(people_named(body), Vec::<String>::new(), "{body}");
    }
}

#[test]
fn a_role_that_governs_a_genitive_titles_a_lone_nominative_surname() {
    // Romanian, Polish, Russian and Ukrainian put the body a role governs
    // in the genitive right after it; a nominative surname's shape (a
    // consonant or an adjectival ending) tells the person from the body.
    for (body, name) in [
        ("Apoi președintele Quarvenis a vorbit.", "Quarvenis"),
        ("Wczoraj prezydent Drabmowski przemawiał.", "Drabmowski"),
        ("Вчера министр Кварвенов выступил.", "Кварвенов"),
    ] {
        assert_eq!(people_named(body), vec![name.to_string()], "{body}");
    }
    for body in [
        "Wczoraj prezydent Warszawy przemawiał do tłumu.",
        "Apoi președintele Senatului a vorbit.",
        "Вчера пресс-секретарь Кремля выступил.",
    ] {
        assert_eq!(people_named(body), Vec::<String>::new(), "{body}");
    }
}

/// Romanian joins a role to the body it governs with a genitive article
/// ("purtătorul de cuvânt *al* Guvernului", "purtătoarea de cuvânt *a*
/// Primăriei"): the body after the article is no part of the name, so the
/// given name and surname after it are the person.
#[test]
fn a_body_after_a_romanian_genitive_article_is_no_part_of_the_name() {
    for (body, name) in [
        (
            "Ieri, purtătorul de cuvânt al Guvernului Mihai Drabmore a spus că nu.",
            "Mihai Drabmore",
        ),
        (
            "Ieri, ministrul de externe al Rusiei Vasile Quarvelli a spus că nu.",
            "Vasile Quarvelli",
        ),
    ] {
        assert_eq!(people_named(body), vec![name.to_string()], "{body}");
    }
}

/// English puts an article inside the title ("Secretary of the Treasury",
/// "Minister of the Interior"): the body after it belongs to the title, and
/// the person is the given name and surname after it.
#[test]
fn an_english_title_with_an_article_before_its_body_titles_the_name_after_it() {
    for (body, name) in [
        (
            "The Secretary of the Treasury John Quarvell spoke on Monday.",
            "John Quarvell",
        ),
        (
            "The Minister for the Economy Anna Kowelska said no.",
            "Anna Kowelska",
        ),
    ] {
        assert_eq!(people_named(body), vec![name.to_string()], "{body}");
    }
}

/// A czar or tsar of a policy field is an official's role before the name
/// ("Border Czar …", "energy tsar …"), not a word of the name nor a
/// monarch's title.
#[test]
fn a_policy_czar_is_a_role_before_the_name() {
    for (body, name) in [
        (
            "Border Czar Tomas Quarvell told reporters the work goes on.",
            "Tomas Quarvell",
        ),
        (
            "The energy tsar Mira Kowelska said prices will fall.",
            "Mira Kowelska",
        ),
    ] {
        assert_eq!(people_named(body), vec![name.to_string()], "{body}");
    }
}

/// A role word before "Jr"/"Sr" is the surname it qualifies: "Martin Luther
/// King Jr" is one person's whole name, the suffix kept with it.
#[test]
fn a_role_word_before_a_generational_suffix_is_a_surname() {
    let people = people_of(&["Aldo Benedek King Jr. once said he had a plan."]);
    assert_eq!(names(&people), vec!["Aldo Benedek King Jr"]);
    assert!(people[0].roles.is_empty(), "{:?}", people[0].roles);
}

/// "Per" is a given name inside a sentence, where Italian writes its "per"
/// in lower case; opening an Italian sentence it is still "for".
#[test]
fn a_given_name_that_is_a_function_word_elsewhere_opens_a_name_inside_a_sentence() {
    for body in [
        "Talks ended on Monday, said Per Quarnstedt.",
        "The Swedish minister Per Quarnstedt said no.",
    ] {
        assert_eq!(
            people_named(body),
            vec!["Per Quarnstedt".to_string()],
            "{body}"
        );
    }
    assert!(people_named("Per Draghetti, la crisi è finita.").is_empty());
    // Opening a quotation or a clause, or before a given name, it is "for".
    for body in [
        "Il ministro ha detto: «Per Draghetti la riforma è giusta».",
        "Secondo il ministro, Per Draghetti era diverso.",
        "Il ministro ha detto che Per Giorgia Draghetti la riforma è giusta.",
    ] {
        let people = people_named(body);
        assert!(
            people.iter().all(|p| !p.starts_with("Per ")),
            "{body}: {people:?}"
        );
    }
}

#[test]
fn a_country_closing_a_roles_body_is_not_listed_as_the_role() {
    // The body's last word, a country in the genitive, stands right before
    // the name; it is where the person works, not their title.
    for body in [
        "Министр внутренних дел Франции Пьер Дюваль заявил, что это не так.",
        "Міністр внутрішніх справ України Петро Дюваль заявив, що це не так.",
    ] {
        let people = people_of(&[body]);
        let person = people.iter().find(|p| p.name.ends_with("Дюваль"));
        let roles = person.map(|p| p.roles.clone()).unwrap_or_default();
        assert!(
            !roles.iter().any(|r| r == "Франции" || r == "України"),
            "{body}: {roles:?}"
        );
    }
}

#[test]
fn the_noun_after_an_article_is_a_body_even_where_it_spells_a_given_name() {
    // "Santé" keys as the given name Sante, "Salute" as Salute: after "la"
    // or "della" each is a body the role governs, and the name starts at
    // the given name after it, a middle initial or a son's suffix and all.
    for (body, name) in [
        (
            "Étaient là le secrétaire à la Santé Pablo Quarvelle Jr., et d’autres.",
            "Pablo Quarvelle Jr",
        ),
        (
            "Étaient là le secrétaire à la Santé Pablo T. Quarvelle et d’autres.",
            "Pablo T. Quarvelle",
        ),
        (
            "Étaient là le ministre de la Santé Pablo Quarvelle et d’autres.",
            "Pablo Quarvelle",
        ),
        (
            "Étaient là l’ancien attaché de presse de la Maison-Blanche Pablo Quarvelle et d’autres.",
            "Pablo Quarvelle",
        ),
    ] {
        assert_eq!(people_named(body), vec![name.to_string()], "{body}");
    }
    // An acronym after the run shows it spells out a body's name.
    let party = "Ganó la Alianza Cristiano Quarvela (ACQ) en las elecciones.";
    assert!(people_named(party).is_empty(), "{party}");
}

#[test]
fn a_country_adjective_after_a_lower_case_role_keeps_the_role_titling_the_name() {
    // Romance languages put the nationality after the role: the role still
    // titles the lone surname or the initials after it.
    for (body, name, role) in [
        (
            "Ieri il ministro russo Dalmatov è arrivato a Roma.",
            "Dalmatov",
            "ministro russo",
        ),
        (
            "Ayer el vicepresidente estadounidense KT Drabmore habló en Madrid.",
            "KT Drabmore",
            "vicepresidente estadounidense",
        ),
        (
            "Hier, le président ukrainien Quarvelko est arrivé à Paris.",
            "Quarvelko",
            "président ukrainien",
        ),
    ] {
        let people = people_of(&[body]);
        assert_eq!(names(&people), vec![name], "{body}");
        assert!(
            people[0].roles.iter().any(|r| r.ends_with(role)),
            "{body}: {:?}",
            people[0].roles
        );
    }
}

#[test]
fn a_capitalised_particle_after_a_given_name_opens_the_surname() {
    // Italian "Lo Russo", "Lo Bianco": "Lo" is the surname's particle, as
    // "La" is in "La Russa", also after the city a mayor governs.
    assert_eq!(
        people_named("«Siamo pronti», ha detto il sindaco di Roma Ugo Lo Vetro."),
        vec!["Ugo Lo Vetro".to_string()]
    );
    // The article "Lo" opening a sentence opens no name.
    assert_eq!(
        people_named("Lo ha detto Ugo Vetrani. Lo Stato Islamico ha risposto."),
        vec!["Ugo Vetrani".to_string()]
    );
}

#[test]
fn a_title_of_role_words_joined_by_hyphens_is_no_part_of_the_name() {
    for body in [
        "The adviser told Editor-in-Chief Ben Farrow that prices would fall.",
        "The adviser told Courier Editor-in-Chief Ben Farrow that prices would fall.",
        "Yesterday Commander-in-Chief Ben Farrow inspected the troops.",
    ] {
        assert_eq!(people_named(body), vec!["Ben Farrow".to_string()], "{body}");
    }
}
