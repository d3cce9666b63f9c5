//! Speakers named by a description rather than a name, each on an invented
//! text: a role noun after an adjective that carries the article, a head
//! of a church, a long description before its reporting verb, an article
//! four words before its role noun, a speaker described by age (in German
//! in three words too), a holder in waiting, a past career or an age in
//! decades, a church named before its leader, a senator, a pope named
//! only by his regnal name, and a faith's minister by title or style alone.

use crate::attribution::{some, who};

/// Romanian writes the article onto an adjective before its noun ("noul
/// papă", "primul papă american"), and German heads a church with an
/// "Oberhaupt": each stands for the one pope named, not for the cardinal
/// named last.
#[test]
fn a_pope_described_after_an_articled_adjective_or_as_a_church_head() {
    let ro = "Papa Grigore al XVII-lea a apărut în balcon. Cardinalul Petru Braun a anunțat \
              numele.";
    for pope in ["noul papă", "primul papă american"] {
        assert_eq!(
            who(&format!("{ro} „Construim poduri”, a declarat {pope}.")),
            vec![some("Papa Grigore al XVII-lea")],
            "{pope}"
        );
    }
    assert_eq!(
        who(
            "Papst Gregor XVII. trat auf die Loggia. Kardinal Peter Braun verkündete den Namen. \
             „Wir bauen Brücken“, sagte das Oberhaupt der katholischen Kirche."
        ),
        vec![some("Papst Gregor XVII")]
    );
}

/// A leader or head of a church, or of its members past a count, is its
/// pope: "the leader of the Catholic Church", "the new leader of the
/// world's 1.4 billion Catholics"; before its verb such a description runs
/// past the words a verb is looked for in, and still names the speaker.
#[test]
fn a_pope_described_as_the_leader_of_a_church_or_its_members() {
    let story = "Pope Gregory XVII, born John Smith, greeted the crowd. Cardinal Peter Brown \
                 announced the name.";
    for clause in [
        "said the leader of the Catholic Church",
        "the head of the Catholic Church said",
        "the new leader of the world's 1.4 billion Catholics said",
    ] {
        assert_eq!(
            who(&format!("{story} \"Peace be with you,\" {clause}.")),
            vec![some("Pope Gregory XVII")],
            "{clause}"
        );
    }
    // A clause in the phrase makes it no description of the speaker.
    assert_eq!(
        who(&format!(
            "{story} \"Peace be with you,\" the lawyer for the man who met the pope said."
        )),
        vec![None]
    );
}

/// "the first Latin American pope": the article may stand four words
/// before the role noun, past an ordinal and a two-word qualifier.
#[test]
fn an_article_four_words_before_a_role_noun_determines_it() {
    assert_eq!(
        after_a_pope_and_a_cardinal("the first Latin American pope said"),
        vec![some("Pope Gregory XVII")]
    );
}

/// The speakers of a quote and `clause` after a pope and then a cardinal
/// are named.
fn after_a_pope_and_a_cardinal(clause: &str) -> Vec<Option<String>> {
    who(&format!(
        "Pope Gregory XVII greeted the crowd. Cardinal Peter Brown announced the name. \
         \"We must build bridges,\" {clause}."
    ))
}

/// "the 69-year-old said": the one person the article gives that age
/// ("Smith, 69,", "69-year-old Smith"), not the person named last.
#[test]
fn a_speaker_described_by_age_is_the_person_of_that_age() {
    let story = "Pope Gregory XVII, born John Smith, greeted the crowd.";
    assert_eq!(
        who(&format!(
            "{story} Smith, 69, was elected on Thursday. Cardinal Peter Brown, 71, announced \
             the name. \"We must build bridges,\" the 69-year-old said."
        )),
        vec![some("Pope Gregory XVII")]
    );
    assert_eq!(
        who(&format!(
            "{story} The 69-year-old Smith was elected on Thursday. Cardinal Peter Brown \
             announced the name. \"We must build bridges,\" the 69-year-old said."
        )),
        vec![some("Pope Gregory XVII")]
    );
}

/// "der 70 Jahre alte Konservative": German may spell an age out in three
/// words before the noun; like "der 70-Jährige" it stands for the person
/// last named.
#[test]
fn a_speaker_described_by_an_age_in_three_words_is_the_person_last_named() {
    assert_eq!(
        who(
            "Der frühere Präsident Paul Brenner wurde am Donnerstag verurteilt. Seine Anwältin \
             sprach vor dem Gericht. Brenner kündigte Berufung an. „Ich werde bis zum Ende \
             kämpfen“, sagte der 70 Jahre alte Konservative."
        ),
        vec![some("Paul Brenner")]
    );
}

/// "the chancellor-in-waiting": a role its holder has yet to take is no
/// title of today's holder (the chancellor named), but a description of
/// the person last named, as "the veteran politician" would be.
#[test]
fn a_holder_in_waiting_is_the_person_last_named_not_the_holder() {
    assert_eq!(
        who(
            "Chancellor Olga Lind conceded defeat. Karl Weber, the conservative leader, thanked \
             his voters. \"Europe must stand on its own feet,\" the chancellor-in-waiting told \
             reporters."
        ),
        vec![some("Karl Weber")]
    );
}

/// "the former magistrate", "the octogenarian": a past career or an age in
/// decades describes the person last named, as "the veteran politician"
/// does, not the prime minister named before.
#[test]
fn a_past_career_or_an_age_in_decades_is_the_person_last_named() {
    for description in ["the former magistrate", "the octogenarian"] {
        assert_eq!(
            who(&format!(
                "Prime Minister Laura Bianchi opened the session. President Marco Ferrante \
                 spoke next. \"Justice cannot wait,\" {description} said."
            )),
            vec![some("Marco Ferrante")],
            "{description}"
        );
    }
}

/// "the Catholic leader", "the church leader": a body named before a head
/// or leader is what it heads, so the pope leads a church.
#[test]
fn a_church_named_before_its_leader_stands_for_its_pope() {
    for leader in ["the Catholic leader", "the church leader"] {
        assert_eq!(
            after_a_pope_and_a_cardinal(&format!("said {leader}")),
            vec![some("Pope Gregory XVII")],
            "{leader}"
        );
    }
}

/// "the senator said": a senator is a role its holder is named with
/// ("Senator Mark Doe"), which a role noun later stands for.
#[test]
fn the_senator_is_the_senator_named() {
    assert_eq!(
        who(
            "Senator Mark Doe criticised the talks. Russian President Ivan Petrov met envoys. \
             \"This is a betrayal of our allies,\" the senator said."
        ),
        vec![some("Mark Doe")]
    );
}

/// "the pope said" where the pope is never titled so, only named by his
/// regnal name after his birth name: the one person named with a regnal
/// numeral is the pope, not the cardinal titled after him.
#[test]
fn a_pope_named_only_by_his_regnal_name_is_the_pope() {
    assert_eq!(
        who(
            "The former Cardinal John Smith, who took the name Gregory XVII, appeared on the \
             balcony. Cardinal Peter Brown announced the name. \"Peace be with you,\" the pope \
             said."
        ),
        vec![some("Gregory XVII")]
    );
}

/// "the cleric" after "Archbishop X", "the veteran diplomat" after "X, a
/// veteran diplomat,": a description naming the calling someone here is
/// titled or described with is that person, not the subject named last.
#[test]
fn a_description_is_the_one_named_with_its_calling() {
    assert_eq!(
        who(
            "Archbishop Tomas Verhoef, born in Utrecht, was installed on Sunday. Mayor Lena \
             Diaz attended the service.\n\nDiaz greeted the crowd before the mass began. \
             “We must build bridges,” the Utrecht-born cleric said in his homily."
        ),
        vec![some("Tomas Verhoef")]
    );
    assert_eq!(
        who(
            "Karl Brandt, a veteran diplomat, arrived in Vienna on Tuesday. Foreign Minister \
             Ines Vogel joined him later.\n\nVogel spoke first at the press conference. “The \
             talks are at a delicate point,” the veteran diplomat said afterwards."
        ),
        vec![some("Karl Brandt")]
    );
}

/// "le septuagénaire", "el sexagenario": a person named by the decade of
/// the age the article gives them ("X, 72 ans,", "X, de 64 años,"), not
/// the subject named last.
#[test]
fn a_decade_of_age_names_the_one_given_such_an_age() {
    assert_eq!(
        who(
            "Paul Mercier, 72 ans, ancien ministre, a rencontré la maire Odile Brun lundi à \
             Nantes.\n\nOdile Brun a salué les habitants. « Nous devons rester unis », a \
             déclaré le septuagénaire devant la presse."
        ),
        vec![some("Paul Mercier")]
    );
    assert_eq!(
        who(
            "El senador Luis Ortega, de 64 años, se reunió con la alcaldesa Marta Vidal el \
             lunes en Sevilla.\n\nMarta Vidal saludó a los vecinos. «Debemos seguir unidos», \
             dijo el sexagenario a la prensa."
        ),
        vec![some("Luis Ortega")]
    );
}

/// A faith's minister named by title alone ("the imam said", "the rabbi
/// told") and a church's head by his style ("His Holiness said") stand
/// for the one person the article titles so, not for the official named
/// last.
#[test]
fn a_religious_title_or_style_stands_for_the_one_so_titled() {
    for (title, noun) in [
        ("Imam", "the imam"),
        ("Rabbi", "the rabbi"),
        ("Mufti", "the mufti"),
    ] {
        assert_eq!(
            who(&format!(
                "{title} Karim Dossa met Mayor Tom Berg in Leeds on Monday. The two men spoke \
                 for an hour. “The city must be a home for every family,” {noun} said."
            )),
            vec![some("Karim Dossa")],
            "{noun}"
        );
    }
    for (title, name) in [
        ("Patriarch Ilias Moravec", "Ilias Moravec"),
        ("Pope Gregory XVII", "Pope Gregory XVII"),
    ] {
        assert_eq!(
            who(&format!(
                "{title} met Prime Minister Tom Berg in Lisbon on Monday. The two men spoke for \
                 an hour. His Holiness said the world needs “more compassion, not more walls”."
            )),
            vec![some(name)],
            "{title}"
        );
    }
}
