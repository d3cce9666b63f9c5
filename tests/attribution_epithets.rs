//! Speakers named by an English description with no title in it ("the
//! veteran Republican", "the American cleric", "the former bishop of
//! Springfield"), by a former role ("the former governor") or by a
//! Romance epithet opening its clause ("la nouvelle élue"), each on an
//! invented text.

use crate::attribution::{some, who};

/// Two politicians, each named once with a party family.
const RIVALS: &str = "Republican Senator Walter Brimley and Alice Fenwick, a Democrat from \
                      Ohio, clashed over the budget on Tuesday.";

/// A party family fits the one person named with it, before the verb or
/// after it, as a noun or with a noun after it.
#[test]
fn a_party_description_names_the_one_member_named_so() {
    for (clause, speaker) in [
        ("the veteran Republican said", "Walter Brimley"),
        ("said the veteran Republican", "Walter Brimley"),
        ("the Democrat told reporters", "Alice Fenwick"),
        ("the Democratic nominee said", "Alice Fenwick"),
    ] {
        assert_eq!(
            who(&format!("{RIVALS} \"We will not back down,\" {clause}.")),
            vec![some(speaker)],
            "{clause}"
        );
    }
    // "(R-Ohio)" names the family too.
    assert_eq!(
        who(
            "Walter Brimley (R-Ohio) met Alice Fenwick on Tuesday. \"We will not back down,\" \
             the veteran Republican said."
        ),
        vec![some("Walter Brimley")]
    );
    // A family nobody here is named with fits nobody known: the person
    // last named is not the one meant.
    assert_eq!(
        who(
            "Senator Walter Brimley met his adviser Tom Baxter on Friday. \"It was a good \
             day,\" the Republican said."
        ),
        vec![None]
    );
    // Nor is the subject of a clause after "after" the reporting one's.
    assert_eq!(
        who(&format!(
            "{RIVALS} Brimley answered after the Democrat spoke: \"We will not back down.\""
        )),
        vec![some("Walter Brimley")]
    );
}

/// A description with no party or title stands for the person a pronoun
/// there would name: the one the report is about.
#[test]
fn a_description_without_a_title_names_the_reports_subject() {
    let story = "Thomas Whitfield, born in Moscow and raised in Ohio, addressed a crowd in Rome \
                 on Sunday. Whitfield was bishop of Springfield for ten years.";
    for clause in [
        "the American cleric said",
        "said the American cleric",
        "the former bishop of Springfield said",
        "the Moscow-born billionaire told the crowd",
    ] {
        assert_eq!(
            who(&format!("{story} \"We must work for peace,\" {clause}.")),
            vec![some("Thomas Whitfield")],
            "{clause}"
        );
    }
}

/// A former holder is the one named as one ("former Governor X"), never
/// the holder today; with no one named so, nobody known.
#[test]
fn a_former_role_names_the_former_holder_not_todays() {
    let quote = "\"We will not back down,\" the former governor said.";
    assert_eq!(
        who(&format!(
            "Governor Alice Fenwick met former Governor Walter Brimley on Tuesday. {quote}"
        )),
        vec![some("Walter Brimley")]
    );
    assert_eq!(
        who(&format!(
            "Governor Alice Fenwick met Walter Brimley on Tuesday. {quote}"
        )),
        vec![None]
    );
    assert_eq!(
        who(
            "Il ministro Marco Bianchi ha incontrato l'ex ministro Luca Verdi a Roma. \
             «Siamo pronti», ha detto l'ex ministro."
        ),
        vec![some("Luca Verdi")]
    );
}

/// "X, a former finance minister, …": an apposition after the name says
/// who held the office before as well as a title before it, so "the former
/// minister" is X; a present holder named nearer is still not meant.
#[test]
fn a_former_holder_in_apposition_is_the_former_one_meant() {
    assert_eq!(
        who(
            "President Alice Fenwick met President Karl Holm on Friday. Walter Brimley, a \
             former president, was less impressed. \"This was a gift,\" the former president said."
        ),
        vec![some("Walter Brimley")]
    );
    assert_eq!(
        who(
            "Minister Karl Holm spoke first. Anna Lind, the former foreign minister, was in the \
             hall. \"Nothing was agreed,\" the former minister added."
        ),
        vec![some("Anna Lind")]
    );
}

/// "La nouvelle élue a adressé ses vœux à X, lui souhaitant « … »": an
/// epithet opening the clause is its subject, the person the report is
/// about, not the person named later in the clause.
#[test]
fn an_epithet_opening_its_clause_is_the_reports_subject() {
    assert_eq!(
        who(
            "Lucie Martin a remporté la mairie de Nantes dimanche. La nouvelle élue de 41 ans \
             a adressé ses vœux à son adversaire, Paul Girard, lui souhaitant « le meilleur \
             pour la suite »."
        ),
        vec![some("Lucie Martin")]
    );
}

/// "X, sottolinea il tycoon, «…»": a reporting verb set off by commas with
/// an epithet after it is an inserted clause; the epithet re-describes
/// someone named before, and the name the clause interrupts is the topic.
#[test]
fn an_epithet_in_an_inserted_clause_is_not_the_name_before_it() {
    assert_eq!(
        who(
            "Il presidente americano Marco Bellini si è detto deluso da Ivan Sokolov. \
             Sokolov, sottolinea il tycoon, \"sta distruggendo il suo paese e non se ne rende \
             conto\"."
        ),
        vec![some("Marco Bellini")]
    );
    assert_eq!(
        who(
            "La présidente Claire Dumas s'est dite déçue par Ivan Sokolov. Sokolov, souligne \
             la dirigeante, « détruit son propre pays »."
        ),
        vec![some("Claire Dumas")]
    );
    assert_eq!(
        who(
            "El presidente Marco Beltrán se mostró decepcionado con Iván Sokolov. Sokolov, \
             subrayó el magnate, \"está destruyendo su propio país\"."
        ),
        vec![some("Marco Beltrán")]
    );
}

/// "Tras saludar a X, el republicano dijo: «…»": a Romance epithet right
/// before its verb (an auxiliary may come between) is the verb's subject,
/// standing for the person the report is about, not for the name before.
#[test]
fn a_romance_epithet_right_before_its_verb_is_the_reports_subject() {
    for (story, said, clause) in [
        (
            "El presidente de Francia, Marco Bellini, se reunió el lunes en Lisboa con el \
             primer ministro portugués, Luis Morales.",
            "\"Fue una reunión muy productiva\", afirmó Bellini ante la prensa.",
            "Tras saludar a Morales, el republicano dijo: \"Hemos hecho un trabajo enorme\".",
        ),
        (
            "El presidente de Francia, Marco Bellini, se reunió el lunes en Lisboa con el \
             primer ministro portugués, Luis Morales.",
            "\"Fue una reunión muy productiva\", afirmó Bellini ante la prensa.",
            "Morales escuchaba mientras el republicano decía: \"Hemos hecho un trabajo enorme\".",
        ),
        (
            "Il presidente francese Marco Bellini ha incontrato lunedì a Lisbona il premier \
             portoghese Luca Morales.",
            "«È stato un incontro molto utile», ha detto Bellini ai giornalisti.",
            "Dopo aver salutato Morales, il repubblicano ha detto: «Abbiamo fatto un lavoro \
             enorme».",
        ),
    ] {
        assert_eq!(
            who(&format!("{story}\n\n{said}\n\n{clause}")),
            vec![some("Marco Bellini"), some("Marco Bellini")],
            "{clause}"
        );
    }
}

/// German describes the person a report is about with a compound noun for
/// a prize winner or a winner ("sagte der Friedensnobelpreisträger", "so
/// die Wahlsiegerin") or with "der Mann" / "die Frau" and a relative clause:
/// after its verb, it stands for that person, as "der CDU-Politiker" does.
#[test]
fn a_german_person_compound_after_its_verb_is_the_reports_subject() {
    let story = "Die Schriftstellerin Greta Lindqvist hat am Montag in Oslo eine Rede gehalten. \
                 Lindqvist sprach eine Stunde lang.";
    for clause in [
        "sagte die Literaturnobelpreisträgerin",
        "betonte die Wahlsiegerin am Abend",
        "sagte die Frau, die seit Jahren im Exil lebt",
    ] {
        assert_eq!(
            who(&format!("{story} „Wir geben nicht auf“, {clause}.")),
            vec![some("Greta Lindqvist")],
            "{clause}"
        );
    }
}
