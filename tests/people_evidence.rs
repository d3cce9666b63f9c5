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

/// The people of one article with its own headline.
fn people_under(headline: &str, body: &str) -> Vec<String> {
    use verbatim::corpus::{Article, Corpus};
    let text = format!("{headline}\n\n{body}\n");
    let article = Article::new("a0", "a0", text);
    let people = verbatim::people::find_people(&Corpus::from_articles(vec![article]));
    people.into_iter().map(|p| p.name).collect()
}

#[test]
fn places_and_clubs_whose_first_word_is_a_given_name_are_not_people() {
    for (body, place) in [
        // A state code after the name, in the run or in parentheses.
        (
            "Florence Heights NY - Officials opened the roads.",
            "Florence",
        ),
        ("Fans waited in Lucas do Norte (PE) all night.", "Lucas"),
        // A saint's hyphenated name after a given name: a club or a town.
        ("The fans of Martin Saint-Roche sang all night.", "Martin"),
        // A street noun in lower case before it.
        (
            "Crowds gathered on bulevardul Carol Davila at dusk.",
            "Carol",
        ),
    ] {
        let people = people_of(&[body]);
        assert!(
            !names(&people).iter().any(|n| n.contains(place)),
            "{body}: {:?}",
            names(&people)
        );
    }
    // Its particle makes a saint's name a surname.
    assert!(listed(
        "The pilot Antoine de Saint-Ravel flew south.",
        "Antoine de Saint-Ravel"
    ));
}

#[test]
fn a_name_before_a_modifier_suffix_is_the_person_not_a_new_one() {
    let people = people_of(&["He promised no Alec Dunmore-style comeback. Alec Dunmore said so."]);
    assert_eq!(names(&people), ["Alec Dunmore"]);
    assert_eq!(people[0].mentions.len(), 2);
}

#[test]
fn a_word_used_as_a_place_is_no_evidence() {
    // "Germania dichiarò": a country speaks only as a place does; "La" is
    // no given name, so nothing is left.
    let body = "La Germania aiuterà Kiev. Il governo di Germania dichiarò la fine. \
                Vive in Germania da anni.";
    let people = people_of(&[body]);
    assert!(
        !names(&people).iter().any(|n| n.contains("Germania")),
        "{:?}",
        names(&people)
    );
    // A given name the corpus uses as a place proves nothing either.
    let people = people_of(&["Fans of Paris Valmont sang. Tourists in Paris ate well."]);
    assert!(names(&people).is_empty(), "{:?}", names(&people));
    // A possessor after a preposition of place is a person, not a place.
    assert!(listed(
        "Marta Traventi arrived late. In Traventi's view, the talks failed.",
        "Marta Traventi"
    ));
}

#[test]
fn a_title_case_headline_gives_a_role_only_to_a_given_name_and_surname() {
    let body = "President Zorbek Traventi said the ruling was wrong.";
    for headline in [
        "President Traventi Reacts to Court Ruling",
        "A Judge Finally Faced Down Zorbek Traventi",
    ] {
        assert_eq!(
            people_under(headline, body),
            ["Zorbek Traventi"],
            "{headline}"
        );
    }
    assert_eq!(
        people_under("President Marta Traventi", "The ruling was wrong."),
        ["Marta Traventi"]
    );
}

#[test]
fn a_firm_named_after_its_founders_is_no_person() {
    // A given name and a speech verb make "Carla Wendt" look like a person;
    // its analysts, shareholders or legal form show it is a firm.
    let people = people_of(&[
        "Analysts at Carla Wendt said the deal was near. \"We expect no deal this week,\" \
         Carla Wendt said in a note to clients.",
        "Gordon Traventi strategists said markets were calm. \"The risk is limited,\" \
         Gordon Traventi said.",
        "\"We will keep the plants open,\" Marta Holloway, Inc. said.",
        "\"The audit is complete,\" said Marta Valmont, an economist at the bank.",
    ]);
    assert_eq!(names(&people), ["Marta Valmont"]);
}

#[test]
fn a_firm_told_by_an_apposition_or_what_it_owns_is_no_person() {
    // "Louis Vuitton said in a statement" reads as a person's words; the
    // firm's shares, or an apposition calling it a firm, show what it is.
    let people = people_of(&[
        "Carla Wendt said in a statement that sales rose. Carla Wendt's shares fell 3% on \
         Monday.",
        "\"We will open two stores,\" said Gordon Traventi, the Italian fashion house.",
        "Marta Holloway, which is owned by a holding, announced job cuts.",
        "\"The audit is complete,\" said Marta Valmont, the group's founder.",
    ]);
    assert_eq!(names(&people), ["Marta Valmont"]);
}
