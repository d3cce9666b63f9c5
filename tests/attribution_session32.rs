//! Attribution kinds of session 32, each on an invented text: a Cyrillic
//! name read apart from the Latin outlet after it; "let it be known" in
//! any tense; "l'heureux élu", "le nouvel élu"; the head of an executive;
//! a Portuguese subject phrase after a reporting verb.

use crate::attribution::{some, who};

/// "«…», — цитирует Мерца Deutsche Welle": a name is written in one script;
/// the Latin outlet after the Cyrillic name is no part of it, so the name
/// stays a mention and the person quoted speaks.
#[test]
fn a_name_ends_where_the_script_changes() {
    assert_eq!(
        who(
            "Мария Лопес выступила в Берлине. «Для нас главное — сильная Европа», — цитирует \
             Лопес Deutsche Welle."
        ),
        vec![some("Мария Лопес")]
    );
    assert_eq!(
        who(
            "Марія Лопес виступила в Берліні. «Для нас головне — сильна Європа», - цитує Лопес \
             Deutsche Welle."
        ),
        vec![some("Марія Лопес")]
    );
}

/// "«…», fa sapere X", "si limita a far sapere il ministro X", "hizo
/// saber X": "let it be known" reports in the present and the infinitive
/// as in the perfect ("ha fatto sapere").
#[test]
fn let_it_be_known_reports_in_any_tense() {
    for text in [
        "Tom Berg ha visto Maria Lopez a Roma. «Niente sarà come prima», fa sapere Maria Lopez.",
        "Tom Berg ha visto Maria Lopez a Roma. «Niente sarà come prima», si limita a far \
         sapere la ministra Maria Lopez.",
        "Tom Berg visitó Lima con Maria Lopez. «Nada será como antes», hizo saber Maria Lopez.",
    ] {
        assert_eq!(who(text), vec![some("Maria Lopez")], "{text}");
    }
}

/// "«…», a déclaré l'heureux élu", "le nouvel élu": adjectives before an
/// epithet, which then stands for the person the report is about.
#[test]
fn the_happy_or_new_elect_is_the_reports_subject() {
    for text in [
        "Maria Lopez a battu Tom Berg à Lyon. « Rien ne sera plus comme avant », a déclaré \
         l'heureux élu.",
        "Maria Lopez a battu Tom Berg à Lyon. « Rien ne sera plus comme avant », a déclaré le \
         nouvel élu.",
    ] {
        assert_eq!(who(text), vec![some("Maria Lopez")], "{text}");
    }
}

/// "«…», a ajouté le chef de l'exécutif américain": an executive is
/// headed by its prime minister where one is named, else by the president
/// of a presidential system.
#[test]
fn the_head_of_the_executive_is_a_president_where_no_prime_minister_is() {
    assert_eq!(
        who(
            "Le président américain Maria Lopez a reçu Tom Berg à Lyon. « Nous resterons unis », \
             a ajouté le chef de l'exécutif américain."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "Le président Tom Berg a reçu le Premier ministre Maria Lopez à Lyon. « Nous \
             resterons unis », a ajouté le chef de l'exécutif."
        ),
        vec![some("Maria Lopez")]
    );
}

/// "«…», exclamou o seu aliado e primeiro-ministro húngaro, X, numa
/// publicação": after a reporting verb "o" is the Portuguese article
/// opening the subject phrase, and the name after its comma speaks.
#[test]
fn a_portuguese_subject_phrase_names_its_holder_after_a_comma() {
    assert_eq!(
        who(
            "Tom Berg recebeu Jean Roe em Lisboa. «Nada será como antes», exclamou o seu aliado \
             e primeiro-ministro húngaro, Maria Lopez, numa publicação."
        ),
        vec![some("Maria Lopez")]
    );
}
