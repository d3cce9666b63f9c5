//! Regnal and religious names (#11): "Pope Leo", "Leo XIV" and "Pope Leo
//! XIV" are one person shown as "Pope Leo XIV"; "King Charles III" and
//! "Prince William" keep their title in the name, and a titled given name
//! never joins a commoner who shares it.

use crate::people_support;

use people_support::{holders, names, people_of};

#[test]
fn a_pope_named_three_ways_is_one_person_with_his_numeral() {
    let people = people_of(&[
        "Pope Leo XIV spoke from the balcony. Leo XIV thanked the crowd.",
        "Pope Leo greeted the faithful in Rome.",
        "The new pontiff, Leo XIV, said peace be with you.",
    ]);
    assert_eq!(names(&people), ["Pope Leo XIV"], "{people:?}");
    assert_eq!(people[0].mentions.len(), 4);
    assert!(people[0].variants.iter().any(|v| v == "Leo XIV"));
}

#[test]
fn a_title_stays_in_a_regnal_name() {
    let people = people_of(&[
        "Pope Francis met King Charles III and Prince William on Monday. \
         Francis blessed them.",
    ]);
    assert_eq!(
        names(&people),
        ["King Charles III", "Pope Francis", "Prince William"],
        "{people:?}"
    );
}

#[test]
fn a_titled_given_name_never_joins_a_commoner_sharing_it() {
    let people = people_of(&[
        "William Ruto met Prince William in Nairobi. Later Pope Leo spoke to Leo Varadkar.",
    ]);
    assert_eq!(
        names(&people),
        ["Leo Varadkar", "Pope Leo", "Prince William", "William Ruto"],
        "{people:?}"
    );
}

/// A titled given name ("Pope Gregory") stays one person in every article
/// even when the corpus also names someone whose surname is that word
/// ("Saint Gregory"): each mention used to found a person of its own.
#[test]
fn a_titled_given_name_is_one_person_beside_a_commoner_of_that_surname() {
    let people = people_of(&[
        "The name honours Saint Gregory, and Saint Gregory is loved in Rome.",
        "Pope Gregory spoke from the balcony. Later Pope Gregory blessed the crowd.",
        "Pope Gregory thanked the cardinals.",
        "Pope Gregory asked for prayers.",
    ]);
    let popes: Vec<_> = people.iter().filter(|p| p.name == "Pope Gregory").collect();
    assert_eq!(popes.len(), 1, "{people:?}");
    assert_eq!(popes[0].mentions.len(), 4, "{people:?}");
}

/// The birth name a report gives beside the regnal one ("known as", "took
/// the name", "born") is the same person; a cue followed by other words
/// links nobody.
#[test]
fn a_birth_name_named_beside_the_regnal_name_joins_it() {
    let people = people_of(&[
        "Pope Gregory XVII, who until Tuesday was known as Cardinal Marco Bellini, \
         spoke from the balcony.",
        "Marco Bellini, who took the name Gregory XVII, is 70. Bellini was born in Turin.",
        "Pope Gregory XVII praised the former president Anna Ferri.",
    ]);
    assert_eq!(
        names(&people),
        ["Anna Ferri", "Pope Gregory XVII"],
        "{people:?}"
    );
    let pope = people
        .iter()
        .find(|p| p.name == "Pope Gregory XVII")
        .unwrap();
    assert!(
        pope.variants.iter().any(|v| v == "Marco Bellini"),
        "{pope:?}"
    );
}

/// "X, the new Pope Y" is an apposition naming one person twice; "X
/// congratulated the new Pope Y" names two.
#[test]
fn the_new_regnal_name_in_an_apposition_joins_the_birth_name() {
    let people = people_of(&[
        "Who is Marco Bellini, the new Pope Gregory XVII? He was born in Turin.",
        "President Anna Ferri congratulated the new Pope Gregory XVII on Friday.",
    ]);
    assert_eq!(
        names(&people),
        ["Anna Ferri", "Pope Gregory XVII"],
        "{people:?}"
    );
}

/// A lone given name means the pope its own article names, not a commoner
/// of that surname named in another article.
#[test]
fn a_lone_name_means_the_pope_of_its_article() {
    let people = people_of(&[
        "The name honours Saint Gregory, a bishop of Nyssa.",
        "Pope Gregory spoke from the balcony. Later Gregory blessed the crowd.",
    ]);
    let pope = people.iter().find(|p| p.name == "Pope Gregory").unwrap();
    assert_eq!(pope.mentions.len(), 2, "{people:?}");
}

/// A headline capitalises its verbs, so a title there may precede a verb
/// ("New Pope Elected"); a role in the plural names a group, and an
/// ecclesiastical office or a prayer's name is no person.
#[test]
fn a_headline_verb_a_plural_role_and_a_prayer_name_nobody() {
    let people = people_of(&[
        "Crowds Cheer As New Pope Elected In Rome\n\nPope Gregory spoke from the balcony.",
        "My brother Cardinals went far to find me, Pope Gregory said.",
        "He thanked his Cardinal Vicar and the crowd recited the Hail Mary.",
    ]);
    assert_eq!(names(&people), ["Pope Gregory"], "{people:?}");
}

/// A saint named by a place is not the pope who took his name.
#[test]
fn a_given_name_with_a_place_is_not_the_pope_of_that_name() {
    let people =
        people_of(&["Pope Gregory chose his name after St. Gregory of Nyssa. Gregory then spoke."]);
    let pope = people.iter().find(|p| p.name == "Pope Gregory").unwrap();
    assert_eq!(pope.mentions.len(), 2, "{people:?}");
}

/// Clergy titles at a sentence's head are roles in every language read, as
/// "Cardinal" and "Archbishop" are in English: the name is what follows. A
/// metropolitan, like a patriarch, is named by a religious name, which
/// keeps its title ("Митрополит Иларион", as "Patriarhul Daniel").
#[test]
fn a_clergy_title_abroad_is_a_role_not_part_of_the_name() {
    let people = people_of(&[
        "Kardinal Reinhard Keller sagte, der Tag sei historisch.",
        "Arcybiskup Tadeusz Wojda powiedział, że to wielki dzień.",
        "Mgr Éric Dupont a déclaré que c'était un signe.",
        "Митрополит Иларион заявил, что это знак надежды.",
    ]);
    let mut expected = [
        "Reinhard Keller",
        "Tadeusz Wojda",
        "Éric Dupont",
        "Митрополит Иларион",
    ];
    expected.sort();
    assert_eq!(names(&people), expected, "{people:?}");
}

/// A patriarch is named by his religious name, as a pope is, in the
/// languages whose title carries an article ("Patriarhul Daniel").
#[test]
fn a_patriarch_keeps_his_title_in_his_name() {
    let people = people_of(&[
        "Patriarhul Daniel a transmis un mesaj. Patriarhul Daniel a spus că este o zi mare.",
    ]);
    assert_eq!(names(&people), ["Patriarhul Daniel"], "{people:?}");
    assert_eq!(people[0].roles, ["Patriarhul"], "{people:?}");
}

/// A lower-case regnal title before a given name names a pope or a king
/// by his regnal name, in the languages that write titles in lower case.
#[test]
fn a_lower_case_regnal_title_names_by_the_given_name_after_it() {
    let people = people_of(&[
        "Dimanche, le pape Grégoire s'est adressé à la foule.",
        "Ayer el rey Felipe habló largo.",
    ]);
    assert_eq!(
        names(&people),
        ["Pape Grégoire", "Rey Felipe"],
        "{people:?}"
    );
    // After another role a given name is no surname.
    assert!(people_of(&["Ieri il presidente Sergio ha parlato."]).is_empty());
}

/// "Папа Римский" is the pope's whole title in Russian and Ukrainian: the
/// name is the given name after it.
#[test]
fn the_pope_of_rome_is_titled_by_both_words() {
    let people =
        people_of(&["Папа Римский Григорий обратился к верующим. Григорий поблагодарил их."]);
    assert_eq!(names(&people), ["Папа Григорий"], "{people:?}");
    assert_eq!(people[0].mentions.len(), 2, "{people:?}");
}

/// Two words that together stand for a role ("Heilige Vater", "Святіший
/// Отець", "Suveranul Pontif"), and a church a role governs ("liderul
/// Bisericii Catolice"), name nobody.
#[test]
fn a_pope_s_epithet_and_his_church_are_no_people() {
    for body in [
        "Der Heilige Vater dankte den Kardinälen am Sonntag.",
        "Святіший Отець подякував кардиналам у неділю.",
        "A vorbit apoi Suveranul Pontif în fața mulțimii.",
        "A vorbit apoi liderul Bisericii Catolice în fața mulțimii.",
        "Выступил глава Католической церкви перед верующими.",
    ] {
        assert!(
            people_of(&[body]).is_empty(),
            "{body}: {:?}",
            people_of(&[body])
        );
    }
}

/// "Holy" makes a see, a land or a pope's epithet, never a name: "the Holy
/// See press office" lists nobody.
#[test]
fn the_holy_see_is_no_person() {
    assert!(
        people_of(&["According to the Holy See press office, the mass is on Friday."]).is_empty()
    );
    assert!(people_of(&["Then the Holy Father greeted the crowd."]).is_empty());
}

/// Romanian writes a regnal numeral as an ordinal after its article
/// ("Papa Grigore al XVII-lea"): the same pope as "Pope Gregory XVII".
#[test]
fn a_romanian_regnal_ordinal_is_the_numeral() {
    let people = people_of(&[
        "Pope Gregory XVII spoke from the balcony on Thursday.",
        "Papa Grigore al XVII-lea a vorbit joi de la balcon.",
    ]);
    assert_eq!(names(&people), ["Pope Gregory XVII"], "{people:?}");
    assert_eq!(people[0].mentions.len(), 2, "{people:?}");
}

/// An Orthodox church's head is titled "Patriarch", styled "Ecumenical
/// Patriarch": the title and the style are no part of his name, and "the
/// patriarch" speaks for him.
#[test]
fn a_patriarch_is_titled_not_named_so() {
    let people = people_of(&[
        "Ecumenical Patriarch Elias III spoke on Thursday. Patriarch Elias III thanked the crowd.",
    ]);
    assert_eq!(names(&people), ["Patriarch Elias III"], "{people:?}");
    assert_eq!(
        crate::attribution::who(
            "Ecumenical Patriarch Elias III met Tom Berg on Thursday. “Peace be with you,” the \
             patriarch said."
        ),
        vec![crate::attribution::some("Patriarch Elias III")]
    );
}

/// A report of a new pope or patriarch often gives the birth name in an
/// apposition whose head is an epithet ("The 69-year-old, born …"): with
/// one regnal person in the article, that name is his, and the quotes that
/// follow are his, not a second person's. His mother's birth name is not.
#[test]
fn a_born_apposition_after_an_epithet_is_the_regnal_person() {
    let people = people_of(&["Patriarch Gregory XVII greeted the crowd on Sunday. \
         The 69-year-old, born Marco Bellini, spoke in Italian. \
         His mother, born Anna Ferri, was a teacher."]);
    assert_eq!(
        names(&people),
        ["Anna Ferri", "Patriarch Gregory XVII"],
        "{people:?}"
    );
}

/// A church head's title and regnal numeral carry his religious name even
/// when the given name is in no table and only the headline, which
/// capitalises its verbs, gives the title: "Catholicos Aram II Visits
/// Rome" ends the name at the numeral, and the body's "Aram II" is him.
#[test]
fn a_headline_title_and_numeral_name_a_church_head() {
    use verbatim::corpus::{Article, Corpus};
    let text = "Catholicos Zorvan II Visits Rome\n\n\
                Zorvan II met the mayor on Monday and the two discussed the river.\n";
    let corpus = Corpus::from_articles(vec![Article::new(
        "a".to_string(),
        "a".to_string(),
        text.to_string(),
    )]);
    let people = verbatim::people::find_people(&corpus);
    assert_eq!(names(&people), ["Catholicos Zorvan II"], "{people:?}");
    assert_eq!(people[0].mentions.len(), 2, "{people:?}");
}

/// A title that serves as a name ("the Panchen Lama") is one person with the
/// name the articles give beside it or after it, in another script and
/// case, or with two letters swapped: his quotes were split among four.
#[test]
fn a_title_used_as_a_name_is_one_person_with_the_name_beside_it() {
    let people = people_of(&[
        "The 12th Panchen Lama, Gedun Rinzen, said on Monday that the office would go on. \
         \"The line will not end,\" the Panchen Lama said at the temple.",
        "Gedun Rinzen, the 12th Panchen Lama, spoke to the monks for an hour. \
         \"We have waited for this day,\" Gedun Rinzen said.",
        "Panchen Lama Gedun Rinzen then prayed.",
        "Панчен-лама XII заявил, что институт сохранится. «Мы продолжим», — сказал Панчен-лама XII.",
        "The Pnachen Lama spoke on Tuesday. \"It is settled,\" said the Pnachen Lama.",
    ]);
    assert_eq!(people.len(), 1, "{people:?}");
    for form in ["Gedun Rinzen", "Панчен-лама XII", "Pnachen Lama"] {
        assert_eq!(holders(&people, form).len(), 1, "{form}: {people:?}");
    }
    assert!(!people[0].variants.iter().any(|v| v == "XII"), "{people:?}");
}

/// Two holders of a title told apart by the names after it stay apart.
#[test]
fn two_names_after_a_title_name_are_two_people() {
    let people = people_of(&[
        "Panchen Lama Gedun Rinzen said on Monday that the school would open.",
        "Panchen Lama Tashi Dorje said it would not. The Panchen Lama said nothing.",
    ]);
    let lamas = people.iter().filter(|p| p.name.contains("Lama")).count();
    assert_eq!(lamas, 2, "{people:?}");
}
