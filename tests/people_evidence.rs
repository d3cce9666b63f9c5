//! Evidence for a person whose given name is in no table (#11): a role noun
//! in lower case before the name in any language, an apposition after it
//! (a role, an age, "who"), a speech verb after an auxiliary, a signature
//! line, and the evidence of another mention of the same person. The names
//! are invented, so no first-name table can know them.

use crate::people_support;

use people_support::{names, people_of};

fn listed(body: &str, name: &str) -> bool {
    names(&people_of(&[body])).contains(&name)
}

#[test]
fn a_lower_case_role_noun_before_the_name_is_evidence_in_every_language() {
    for (body, name) in [
        (
            "The development coach Zorbek Traventi held the cup.",
            "Zorbek Traventi",
        ),
        (
            "The money went to porn star Quilla Drabmore last year.",
            "Quilla Drabmore",
        ),
        (
            "Ieri il presidente Zorbek Traventi ha firmato.",
            "Zorbek Traventi",
        ),
        (
            "Hier, le président Zorbek Traventi a signé.",
            "Zorbek Traventi",
        ),
        (
            "Wczoraj prezydent Zorbek Traventi podpisał.",
            "Zorbek Traventi",
        ),
        (
            "Вчера президент Зорбек Травенти подписал.",
            "Зорбек Травенти",
        ),
    ] {
        assert!(
            listed(body, name),
            "{body}: {:?}",
            names(&people_of(&[body]))
        );
    }
}

#[test]
fn an_apposition_after_the_name_is_evidence() {
    for (body, name) in [
        (
            "Zorbek Traventi, the club president, left early.",
            "Zorbek Traventi",
        ),
        (
            "Entró en escena Zorbek Traventi, el presidente del PSG, para hablar.",
            "Zorbek Traventi",
        ),
        ("Zorbek Traventi, 45, left early.", "Zorbek Traventi"),
        (
            "Zorbek Traventi, who paid the bill, left early.",
            "Zorbek Traventi",
        ),
    ] {
        assert!(
            listed(body, name),
            "{body}: {:?}",
            names(&people_of(&[body]))
        );
    }
    // A clause that goes on after the role noun describes no one.
    let body = "On Capitol Hill, the president signed it.";
    assert!(
        !listed(body, "Capitol Hill"),
        "{:?}",
        names(&people_of(&[body]))
    );
    let body = "Lap Dogs, 2024, a film.";
    assert!(!listed(body, "Lap Dogs"), "a year is no age");
}

#[test]
fn a_speech_verb_after_an_auxiliary_or_a_signature_is_evidence() {
    assert!(listed(
        "Zorbek Traventi has also said it was over.",
        "Zorbek Traventi"
    ));
    assert!(listed(
        "Le chef du parti, Zorbek Traventi, a également déclaré sa joie.",
        "Zorbek Traventi"
    ));
    assert!(listed(
        "The talks were useful and we hope for more. — Zorbek Traventi",
        "Zorbek Traventi"
    ));
    assert!(!listed(
        "Zorbek Traventi has also won. Said the rest nothing.",
        "Zorbek Traventi"
    ));
}

#[test]
fn evidence_on_one_mention_carries_every_mention_of_the_person() {
    // A bare surname next to a speech verb, the full name in the article.
    let people = people_of(&["Zorbek Traventi arrived late. Traventi said it was over."]);
    assert_eq!(names(&people), ["Zorbek Traventi"]);
    assert_eq!(people[0].mentions.len(), 2);
    // The full name with evidence in another article.
    let people = people_of(&[
        "Zorbek Traventi arrived late on Monday.",
        "Zorbek Traventi said it was over.",
    ]);
    assert_eq!(names(&people), ["Zorbek Traventi"]);
    assert_eq!(people[0].mentions.len(), 2);
}

#[test]
fn a_particle_inside_the_name_is_evidence() {
    for name in [
        "Zorbek van der Traven",
        "Zorbek bin Traventi",
        "Zorbek Al-Traventi",
    ] {
        let body = format!("The night belonged to {name} and the fans.");
        assert!(
            listed(&body, name),
            "{body}: {:?}",
            names(&people_of(&[&body]))
        );
    }
}
