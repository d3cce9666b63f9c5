//! Tests of the name scan ([`super`]).

use super::*;

#[test]
fn a_sentence_starts_after_a_stop_and_its_trailing_marks() {
    let at = |text: &str| starts_sentence(text, 0, text.rfind(' ').unwrap() + 1);
    assert!(starts_sentence("Merz", 0, 0));
    for text in ["He left. Merz", "He left.” Merz", "He left…) Merz"] {
        assert!(at(text), "{text}");
    }
    for text in ["He met Merz", "He left, Merz", "in the U.S Merz"] {
        assert!(!at(text), "{text}");
    }
}

#[test]
fn trims_agree_with_the_standard_ones() {
    for raw in [
        "“Putin’s",
        "(Zelensky),",
        "said.”",
        "é",
        "—",
        "",
        "Ω!",
        "«Merz»",
        "x…",
        "ab",
    ] {
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        assert_eq!(lead_len(raw), lead, "{raw}");
        let tail = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        assert_eq!(trim_tail(raw), tail, "{raw}");
    }
}

/// Each candidate's name and role, as written, in a one-paragraph article
/// of `text`.
fn names_and_roles(text: &str) -> Vec<(String, Option<String>)> {
    let article = Article::new("a", "a", format!("Talks\n\n{text}\n"));
    let t = &article.text;
    candidates(&article)
        .iter()
        .map(|c| (t[c.span()].to_string(), c.role().map(|r| t[r].to_string())))
        .collect()
}

#[test]
fn names_keep_their_words_roles_and_possessives_apart() {
    let text = "Kremlin aide Yuri Ushakov’s remarks. Later, Prime Minister Giorgia Meloni \
                met Ursula von der Leyen/Zelensky in Rome.";
    let found = names_and_roles(text);
    let want = |n: &str, r: Option<&str>| (n.to_string(), r.map(str::to_string));
    assert!(
        found.contains(&want("Yuri Ushakov", Some("Kremlin aide"))),
        "{found:?}"
    );
    assert!(found.contains(&want("Giorgia Meloni", Some("Prime Minister"))));
    assert!(found.contains(&want("Ursula von der Leyen", None)));
    assert!(found.contains(&want("Zelensky", None)));
}

#[test]
fn dotted_initials_keep_a_title_on_the_surname_after_them() {
    let text = "Vice President J.R. Holm said it. U.S. Senator Ann Reyes agreed.";
    let found = names_and_roles(text);
    let want = |n: &str, r: &str| (n.to_string(), Some(r.to_string()));
    assert!(found.contains(&want("Holm", "Vice President")), "{found:?}");
    assert!(
        found.contains(&want("Ann Reyes", "U.S. Senator")),
        "{found:?}"
    );
}

#[test]
fn an_abbreviated_title_keeps_the_surname_after_its_stop() {
    let found = names_and_roles("The vote was close. Sen. Reyes said it. Ms. Lund agreed.");
    assert!(
        found
            .iter()
            .any(|(n, r)| n == "Reyes" && r.as_deref() == Some("Sen")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(n, r)| n == "Lund" && r.as_deref() == Some("Ms")),
        "{found:?}"
    );
    // A saint's town is no title.
    let found = names_and_roles("The vote was close in St. Albans on Monday.");
    assert!(found.iter().all(|(_, r)| r.is_none()), "{found:?}");
}

#[test]
fn a_compound_or_foreign_role_titles_the_full_name_after_its_body() {
    for (text, name, role) in [
        (
            "a affirmé le vice-président du RN Louis Aliot.",
            "Louis Aliot",
            "le vice-président du RN",
        ),
        (
            "dijo la vicepresidenta Ana López.",
            "Ana López",
            "la vicepresidenta",
        ),
        (
            "ha detto il deputato del Pd Marco Rossi.",
            "Marco Rossi",
            "deputato del Pd",
        ),
    ] {
        let article = Article::new("a", "a", format!("Talks\n\n{text}\n"));
        let found: Vec<(&str, Option<&str>)> = candidates(&article)
            .iter()
            .map(|c| (&article.text[c.span()], c.role().map(|r| &article.text[r])))
            .collect();
        assert_eq!(found, [(name, Some(role))], "{text}");
    }
}

#[test]
fn an_en_dash_after_a_given_name_joins_a_double_surname() {
    let text = "Marszałek Senatu Anna Nowak–Kowalska powitała gości wraz z Małżonką \
                Ewą Lis–Kotą. Rozmowy Merz–Macron trwały.";
    let article = Article::new("a", "a", format!("Sejm\n\n{text}\n"));
    let found: Vec<&str> = candidates(&article)
        .iter()
        .map(|c| &article.text[c.span()])
        .collect();
    assert!(found.contains(&"Anna Nowak–Kowalska"), "{found:?}");
    assert!(found.contains(&"Ewą Lis–Kotą"), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("Merz–")), "{found:?}");
}

#[test]
fn a_place_after_a_preposition_is_no_part_of_the_full_name_after_it() {
    let text = "Parmi eux se trouvaient le sénateur de Floride Rick Scott et Ana Ruiz. \
                Ha parlato il sindaco di Verona Ugo Lanza.";
    let article = Article::new("a", "a", format!("Talks\n\n{text}\n"));
    let t = &article.text;
    let found: Vec<&str> = candidates(&article).iter().map(|c| &t[c.span()]).collect();
    assert!(found.contains(&"Rick Scott"), "{found:?}");
    assert!(found.contains(&"Ugo Lanza"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|n| n.contains("Floride") || n.contains("Verona"))
    );
}

#[test]
fn the_city_a_mayor_governs_is_no_given_name() {
    let name_of = |text: &str, want: &str| {
        let found = names_and_roles(text);
        assert!(
            found.iter().any(|(n, r)| n == want && r.is_some()),
            "{text}: {found:?}"
        );
    };
    // Roma, Paris and Milano are given names of the table too.
    name_of(
        "Il sindaco di Roma Roberto Pellanda ha detto.",
        "Roberto Pellanda",
    );
    name_of(
        "Le maire de Paris Anne Morvelle a déclaré.",
        "Anne Morvelle",
    );
    name_of(
        "Ieri il sindaco di Milano Giuseppe Arvedi ha detto.",
        "Giuseppe Arvedi",
    );
    name_of("La alcaldesa de Madrid Ana Sorbal dijo.", "Ana Sorbal");
    name_of(
        "O prefeito de São Paulo Ricardo Tavenes disse.",
        "Ricardo Tavenes",
    );
    // A spokesperson may be a person's, whose name opens with two given names.
    let found = names_and_roles("Ieri la portavoce di Anna Maria Pellanda ha detto.");
    assert!(
        found.iter().any(|(n, _)| n == "Anna Maria Pellanda"),
        "{found:?}"
    );
}

#[test]
fn a_capitalised_particle_opens_the_surname_after_a_given_name() {
    // Italian "Lo" as in "Lo Russo": a particle, not the article "lo".
    for (text, want) in [
        ("Ieri Ugo Lo Vetro ha detto.", "Ugo Lo Vetro"),
        (
            "Il sindaco di Verona Ugo Lo Vetro ha detto.",
            "Ugo Lo Vetro",
        ),
        ("Il sindaco di Roma Ugo Lo Vetro ha detto.", "Ugo Lo Vetro"),
    ] {
        let found = names_and_roles(text);
        assert!(found.iter().any(|(n, _)| n == want), "{text}: {found:?}");
    }
}

/// The names found in `text`, roles aside.
fn names_only(text: &str) -> Vec<String> {
    names_and_roles(text).into_iter().map(|(n, _)| n).collect()
}

#[test]
fn a_capitalised_cyrillic_secretary_general_titles_the_name_after_its_body() {
    for (text, name) in [
        (
            "Генсекретар ООН Олена Ковальчук заявила журналістам, що все готово.",
            "Олена Ковальчук",
        ),
        (
            "Генсек ООН Елена Ковальчук заявила журналистам, что все готово.",
            "Елена Ковальчук",
        ),
        (
            "Госсекретарь США Елена Ковальчук заявила журналистам, что все готово.",
            "Елена Ковальчук",
        ),
    ] {
        assert_eq!(names_only(text), [name], "{text}");
    }
}

#[test]
fn a_ukrainian_apostrophe_inside_a_title_is_no_elision() {
    // "Прем'єр-міністр" read as an elided article left the role out of the
    // run and the body in the name ("Індії Олена Ковальчук").
    let text = "Прем'єр-міністр Індії Олена Ковальчук заявила, що все готово.";
    assert_eq!(names_only(text), ["Олена Ковальчук"]);
}

#[test]
fn germanic_particles_in_cyrillic_stay_in_the_name() {
    let text = "Голова Єврокомісії Анна фон дер Берг заявила, що все готово.";
    assert_eq!(names_only(text), ["Анна фон дер Берг"]);
}

#[test]
fn a_secretary_general_governing_a_listed_body_titles_the_name() {
    for (text, name) in [
        (
            "Ieri il segretario generale della Nato Anna Berti ha detto che tutto è pronto.",
            "Anna Berti",
        ),
        (
            "Ontem o secretário-geral da Aliança Ana Lima disse que tudo está pronto.",
            "Ana Lima",
        ),
        (
            "Ontem o presidente da NATO Ana Lima disse que tudo está pronto.",
            "Ana Lima",
        ),
    ] {
        assert_eq!(names_only(text), [name], "{text}");
    }
}

#[test]
fn a_title_with_two_bodies_joined_by_and_keeps_them_out_of_the_name() {
    let text = "Minister of Health and Social Affairs Wes Dunmore said the plan was ready.";
    let found = names_and_roles(text);
    let want = (
        "Wes Dunmore".to_string(),
        Some("Minister of Health and Social Affairs".to_string()),
    );
    assert!(found.contains(&want), "{found:?}");
    assert!(
        !found.iter().any(|(n, _)| n.contains("Affairs")),
        "{found:?}"
    );
}

#[test]
fn a_students_year_before_the_name_is_a_role() {
    let found = names_and_roles("Sophomore Ana Wexley said the vigil was moving.");
    assert_eq!(
        found,
        [("Ana Wexley".to_string(), Some("Sophomore".to_string()))]
    );
    let found = names_and_roles("The vigil moved sophomore Ana Wexley to tears.");
    assert_eq!(
        found,
        [("Ana Wexley".to_string(), Some("sophomore".to_string()))]
    );
}

#[test]
fn a_cyrillic_genitive_body_leaves_a_full_name_of_unknown_words() {
    for (text, name) in [
        (
            "Прем'єрка Ісландії Гвюдрун Ейнарсдоттір заявила, що все готово.",
            "Гвюдрун Ейнарсдоттір",
        ),
        (
            "Премьер-министр Исландии Гвюдрун Эйнарсдоуттир заявила, что все готово.",
            "Гвюдрун Эйнарсдоуттир",
        ),
    ] {
        assert_eq!(names_only(text), [name], "{text}");
    }
}
