//! Tests of titles before names and their bodies ([`super`]).

use super::super::run::emit;
use super::*;

/// The (role, name) of the candidates of `run` after the lower-case
/// role `role`, as the scanner hands them over.
fn after_role(role: &str, run: &str) -> Vec<(Option<String>, String)> {
    let text = format!("{role} {run}");
    let words = lexicon::run_at(role.len() + 1, run);
    let mut out = Vec::new();
    emit(&text, &words, Some(0..role.len()), false, false, &mut out);
    out.iter()
        .map(|c| {
            let role = c.role().map(|r| text[r].to_string());
            (role, text[c.span()].to_string())
        })
        .collect()
}

/// The (role, name) of the candidates of the run that ends `text` and
/// starts at `run`, with no lower-case role before it.
fn run_at_end(text: &str, run: &str) -> Vec<(Option<String>, String)> {
    let words = lexicon::run_at(text.len() - run.len(), run);
    let mut out = Vec::new();
    emit(text, &words, None, false, false, &mut out);
    out.iter()
        .map(|c| {
            (
                c.role().map(|r| text[r].to_string()),
                text[c.span()].to_string(),
            )
        })
        .collect()
}

#[test]
fn a_body_of_several_words_after_a_title_is_no_name() {
    assert_eq!(
        run_at_end(
            "Sekretarz Stanu USA Anna Wolnik",
            "Sekretarz Stanu USA Anna Wolnik"
        ),
        one(Some("Sekretarz"), "Anna Wolnik")
    );
    assert_eq!(
        run_at_end(
            "Minister Spraw Zagranicznych Anna Wolnik",
            "Minister Spraw Zagranicznych Anna Wolnik"
        ),
        one(Some("Minister"), "Anna Wolnik")
    );
    // Two given names with no acronym before the second are one name.
    assert_eq!(
        run_at_end("Minister Anna Maria Wolnik", "Minister Anna Maria Wolnik"),
        one(Some("Minister"), "Anna Maria Wolnik")
    );
}

#[test]
fn what_a_title_governs_after_a_preposition_is_no_name() {
    assert_eq!(
        run_at_end("le ministre des Armées Anna Wolnik", "Armées Anna Wolnik"),
        one(Some("ministre des Armées"), "Anna Wolnik")
    );
    assert_eq!(
        run_at_end(
            "the Minister for Foreign Affairs Anna Wolnik",
            "Foreign Affairs Anna Wolnik"
        ),
        one(Some("Minister for Foreign Affairs"), "Anna Wolnik")
    );
    // No role before the preposition: the run is left as it is.
    assert_eq!(
        run_at_end(
            "the fund for Foreign Affairs Anna Wolnik",
            "Foreign Affairs Anna Wolnik"
        ),
        one(None, "Foreign Affairs Anna Wolnik")
    );
}

#[test]
fn what_a_title_with_of_governs_is_no_name() {
    assert_eq!(
        run_at_end("the Chief of Staff Ann Lee", "Staff Ann Lee"),
        one(Some("Chief of Staff"), "Ann Lee")
    );
    assert_eq!(
        run_at_end("Secretary of State Anna Nowak", "State Anna Nowak"),
        one(Some("Secretary of State"), "Anna Nowak")
    );
    // No title before "of", or no given name in the run: as before.
    assert_eq!(
        run_at_end("the city of Lyon Ann Lee", "Lyon Ann Lee"),
        one(None, "Lyon Ann Lee")
    );
    assert_eq!(
        run_at_end("Chief of Staff Lee", "Staff Lee"),
        one(None, "Staff Lee")
    );
}

#[test]
fn a_title_governing_two_bodies_is_no_name() {
    assert_eq!(
        run_at_end(
            "the Secretary of State for Health Anna Nowak",
            "Health Anna Nowak"
        ),
        one(Some("Secretary of State for Health"), "Anna Nowak")
    );
    assert_eq!(
        run_at_end(
            "the Minister of Foreign Affairs of Norway Anna Nowak",
            "Norway Anna Nowak"
        ),
        one(Some("Minister of Foreign Affairs of Norway"), "Anna Nowak")
    );
    // No title before the first body: as before. (A body that is no
    // country: a country's name is dropped before a name anyway.)
    assert_eq!(
        run_at_end(
            "the fund of Foreign Affairs for Nordland Anna Nowak",
            "Nordland Anna Nowak"
        ),
        one(None, "Nordland Anna Nowak")
    );
}

#[test]
fn a_capitalised_preposition_before_a_full_name_is_not_its_particle() {
    for (text, name) in [
        ("Von Jonas Berger", "Jonas Berger"),
        ("Von der Leyen", "Von der Leyen"),
        ("De Gaulle", "De Gaulle"),
    ] {
        assert_eq!(run_at_end(text, text), one(None, name), "{text}");
    }
}

/// The one candidate `after_role` should give: its role and name.
fn one(role: Option<&str>, name: &str) -> Vec<(Option<String>, String)> {
    vec![(role.map(str::to_string), name.to_string())]
}

#[test]
fn a_government_a_role_heads_is_never_a_given_name() {
    assert_eq!(
        after_role("presidente", "del Consiglio Maria Bianchi"),
        one(Some("presidente del Consiglio"), "Maria Bianchi")
    );
}

#[test]
fn a_lower_case_role_hands_the_body_it_governs_to_the_role() {
    assert_eq!(
        after_role("prezydent", "Warszawy Rafał Trzaskowski"),
        one(Some("prezydent Warszawy"), "Rafał Trzaskowski")
    );
    assert_eq!(
        after_role("sindaco", "di Varsavia Rafał Trzaskowski"),
        one(Some("sindaco di Varsavia"), "Rafał Trzaskowski")
    );
    assert_eq!(
        after_role("presidente", "Sergio Mattarella"),
        one(Some("presidente"), "Sergio Mattarella")
    );
    assert_eq!(
        after_role("presidente", "della Repubblica"),
        one(None, "della Repubblica")
    );
    assert_eq!(after_role("kandydat", "KO"), one(None, "KO"));
}

#[test]
fn a_body_of_two_or_three_words_before_a_full_name_joins_the_role() {
    assert_eq!(
        after_role("reporterul", "CBS News Jennifer Wolnik"),
        one(Some("reporterul CBS News"), "Jennifer Wolnik")
    );
    // A body word the table gives as a name: the name is read from the end.
    assert_eq!(
        after_role("portavoce", "della Casa Bianca Karoline Wolnik"),
        one(Some("portavoce della Casa Bianca"), "Karoline Wolnik")
    );
    // A given name opening the words is a person's, not a body's.
    assert_eq!(
        after_role("presidente", "Anna Maria Rosa Wolnik"),
        one(Some("presidente"), "Anna Maria Rosa Wolnik")
    );
}

#[test]
fn the_body_after_a_romanian_genitive_article_is_no_name() {
    // "Casei" keys as the given name "Casey", "Albe" as "Alba" declined:
    // the name is read from the end, as after a role.
    assert_eq!(
        run_at_end(
            "purtătoarea de cuvânt a Casei Albe Maria Wolnik",
            "Casei Albe Maria Wolnik"
        ),
        one(None, "Maria Wolnik")
    );
    assert_eq!(
        run_at_end(
            "purtătorul de cuvânt al Consiliului Suprem Ion Wolnik",
            "Consiliului Suprem Ion Wolnik"
        ),
        one(None, "Ion Wolnik")
    );
    // Without the article the run is left as it is.
    assert_eq!(
        run_at_end("spune Casei Albe Maria Wolnik", "Casei Albe Maria Wolnik"),
        one(None, "Casei Albe Maria Wolnik")
    );
}

#[test]
fn one_word_after_the_body_a_role_governs_is_a_surname() {
    // Untitled after a preposition: "della Repubblica Italiana" has the
    // same shape, and an untitled word names only a known surname.
    assert_eq!(
        after_role("portavoce", "del Cremlino Dalmatov"),
        one(None, "Dalmatov")
    );
    assert_eq!(
        after_role("portavoz", "del Kremlin Dalmatov"),
        one(None, "Dalmatov")
    );
    // A Slavic genitive body keeps its role; a given name is no body.
    assert_eq!(
        after_role("пресс-секретарь", "Кремля Далматов"),
        one(Some("пресс-секретарь Кремля"), "Далматов")
    );
    assert_eq!(
        after_role("президент", "Украины Далматов"),
        one(Some("президент Украины"), "Далматов")
    );
    assert_eq!(
        after_role("президент", "Владимир Далматов"),
        one(Some("президент"), "Владимир Далматов")
    );
}
