//! Role nouns and compound titles in the other languages: "le président
//! américain", "der Kremlchef", "президент США" stand for the person who
//! holds that role for that country, named elsewhere in the corpus. Every
//! name is invented.

use crate::common;

use verbatim::corpus::{Article, Corpus};
use verbatim::people::find_people;
use verbatim::quotes::attribute::attribute;

/// An English wire report naming both presidents with their countries.
const WIRE: &str = "Leaders meet\n\nU.S. President Mark Dalton met Russian President \
                    Igor Sadovsky on Friday. Dalton and Sadovsky spoke for three hours.\n";

/// The speaker of each quote of `body`, read beside [`WIRE`].
fn who_beside_wire(body: &str) -> Vec<Option<String>> {
    who_beside(WIRE, body)
}

/// The speaker of each quote of `body`, read beside the article `wire`.
fn who_beside(wire: &str, body: &str) -> Vec<Option<String>> {
    let corpus = Corpus::from_articles(vec![
        Article::new("wire", "wire", wire.to_string()),
        Article::new("t", "t", format!("Le sommet\n\n{body}\n")),
    ]);
    let mut quotes = common::extract_all(&corpus);
    let mut people = find_people(&corpus);
    attribute(&corpus, &mut quotes, &mut people);
    quotes
        .iter()
        .filter(|q| q.source.index() == 1)
        .map(|q| q.speaker.map(|p| people[p].name.clone()))
        .collect()
}

fn both() -> Vec<Option<String>> {
    vec![
        Some("Mark Dalton".to_string()),
        Some("Igor Sadovsky".to_string()),
    ]
}

#[test]
fn a_country_after_the_role_noun_picks_that_country_s_president() {
    assert_eq!(
        who_beside_wire(
            "Mark Dalton a rencontré Igor Sadovsky. « Nous avons avancé », a déclaré le \
             président américain. « Tout va bien », a déclaré le président russe."
        ),
        both()
    );
    assert_eq!(
        who_beside_wire(
            "Mark Dalton ha incontrato Igor Sadovsky. «Abbiamo fatto progressi», ha detto il \
             presidente statunitense. «Tutto bene», ha detto il presidente russo."
        ),
        both()
    );
    assert_eq!(
        who_beside_wire(
            "Марк Далтон зустрівся з Ігорем Садовським. «Ми досягли прогресу», — заявив \
             президент США. «Все добре», — сказав президент Росії."
        ),
        both()
    );
}

#[test]
fn a_country_adjective_in_lower_case_before_the_noun_qualifies_it() {
    assert_eq!(
        who_beside_wire(
            "Mark Dalton hat Igor Sadovsky getroffen. „Wir kommen voran“, sagte der \
             amerikanische Präsident. „Alles gut“, sagte der russische Präsident."
        ),
        both()
    );
}

#[test]
fn a_country_named_before_the_role_noun_after_the_verb_qualifies_it() {
    assert_eq!(
        who_beside_wire(
            "Mark Dalton hat Igor Sadovsky getroffen. „Wir kommen voran“, sagte Amerikas \
             Präsident. „Alles gut“, sagte Russlands Präsident."
        ),
        both()
    );
}

#[test]
fn a_head_of_a_country_or_its_seat_of_government_is_its_president() {
    assert_eq!(
        who_beside_wire(
            "Mark Dalton hat Igor Sadovsky getroffen. „Wir kommen voran“, sagte der \
             US-Präsident. Der Kremlchef erklärte: „Alles gut.“"
        ),
        both()
    );
    assert_eq!(
        who_beside_wire(
            "Mark Dalton a rencontré Igor Sadovsky. « Nous avons avancé », a déclaré le \
             président américain. « Tout va bien », a ajouté le chef du Kremlin."
        ),
        both()
    );
}

#[test]
fn a_german_compound_title_is_a_role_not_a_name() {
    let corpus = Corpus::from_articles(vec![Article::new(
        "t",
        "t",
        "Gipfel\n\n„Wir sind bereit“, sagte Regierungssprecher Jonas Feldmann. \
         Kremlchef Igor Sadovsky traf US-Präsident Mark Dalton. Ex-Kanzlerin Greta \
         Lorenz lachte.\n"
            .to_string(),
    )]);
    let people = find_people(&corpus);
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    for name in [
        "Jonas Feldmann",
        "Igor Sadovsky",
        "Mark Dalton",
        "Greta Lorenz",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    let roles: Vec<&str> = people
        .iter()
        .flat_map(|p| p.roles.iter().map(String::as_str))
        .collect();
    for role in [
        "Regierungssprecher",
        "Kremlchef",
        "US-Präsident",
        "Ex-Kanzlerin",
    ] {
        assert!(roles.contains(&role), "{role} missing from {roles:?}");
    }
}

#[test]
fn an_aside_between_the_verb_and_its_subject_is_passed_over() {
    assert_eq!(
        who_beside_wire(
            "« Nous avançons », a déclaré pour sa part Igor Sadovsky. « Bien », a \
             ajouté de son côté Mark Dalton."
        ),
        vec![
            Some("Igor Sadovsky".to_string()),
            Some("Mark Dalton".to_string())
        ]
    );
    assert_eq!(
        who_beside_wire("«Мы продвигаемся», — заявил в свою очередь Садовский."),
        vec![Some("Igor Sadovsky".to_string())]
    );
}

#[test]
fn a_leader_of_a_country_may_be_its_chancellor() {
    assert_eq!(
        who_beside(
            "Talks\n\nGerman Chancellor Paul Brandt met U.S. President Mark Dalton.\n",
            "Mark Dalton ha visto Paul Brandt. «Siamo d'accordo», ha detto il leader tedesco."
        ),
        vec![Some("Paul Brandt".to_string())]
    );
}

#[test]
fn a_seat_of_power_or_its_occupant_stands_for_that_country_s_leader() {
    assert_eq!(
        who_beside_wire(
            "Mark Dalton ha incontrato Igor Sadovsky. «Abbiamo fatto progressi», ha aggiunto \
             l'inquilino della Casa Bianca. «Tutto bene», ha detto il padrone del Cremlino."
        ),
        both()
    );
    assert_eq!(
        who_beside_wire(
            "Марк Далтон встретился с Игорем Садовским. «Мы продвинулись», — заявил глава \
             Белого дома. «Все хорошо», — сказал кремлёвский диктатор."
        ),
        both()
    );
    // An occupant of no seat is nobody's role.
    assert_eq!(
        who_beside_wire("Mark Dalton e Igor Sadovsky. «Tutto bene», ha detto l'inquilino."),
        vec![None]
    );
}

#[test]
fn a_role_noun_governed_by_according_to_is_read_in_its_case() {
    assert_eq!(
        who_beside_wire(
            "Марк Далтон встретился с Игорем Садовским. По словам американского президента, \
             «мы продвинулись». По словам российского президента, «все хорошо»."
        ),
        both()
    );
    assert_eq!(
        who_beside_wire(
            "Mark Dalton s-a întâlnit cu Igor Sadovsky la Geneva. Potrivit președintelui \
             american, „am avansat”. Potrivit președintelui rus, „totul e bine”."
        ),
        both()
    );
}

#[test]
fn a_capitalised_cyrillic_role_before_a_country_is_no_person() {
    let corpus = Corpus::from_articles(vec![
        Article::new("wire", "wire", WIRE.to_string()),
        Article::new(
            "t",
            "t",
            "Саміт\n\nПрезидент Росії наголосив: «Безпека понад усе».\n\nОчільник Кремля \
             додав: «Ми готові».\n"
                .to_string(),
        ),
    ]);
    let people = find_people(&corpus);
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("Росії") && !n.contains("Кремля")),
        "{names:?}"
    );
}

#[test]
fn german_reported_speech_carries_on_the_reported_speaker() {
    // The subjunctive ("werde", "habe") marks what Dalton said; the
    // sentence's subject (Sadovsky) is only named in the report.
    assert_eq!(
        who_beside_wire(
            "„Wir kommen voran“, sagte Mark Dalton. Dazu werde man „neue Gespräche“ führen. \
             Igor Sadovsky habe die volle Unterstützung, „wenn es um Frieden geht“. Die Lage \
             sei „sehr ernst“, aber die Gespräche würden weitergehen."
        ),
        vec![
            Some("Mark Dalton".to_string()),
            Some("Mark Dalton".to_string()),
            Some("Mark Dalton".to_string()),
            Some("Mark Dalton".to_string()),
        ]
    );
    // A subjunctive inside the quote is the speaker's own words: the
    // sentence's subject speaks.
    assert_eq!(
        who_beside_wire(
            "„Wir kommen voran“, sagte Mark Dalton. Igor Sadovsky lobte „die Ruhe, die ich \
             bewahren werde“ in Genf."
        ),
        vec![
            Some("Mark Dalton".to_string()),
            Some("Igor Sadovsky".to_string()),
        ]
    );
    // The plural reports in the subjunctive II ("hätten"): the names in
    // it are what the speaker spoke of.
    assert_eq!(
        who_beside_wire(
            "„Wir kommen voran“, sagte Mark Dalton. Igor Sadovsky und sein Stab hätten \
             „Dinge gefunden, die niemand sehen wollte“."
        ),
        vec![
            Some("Mark Dalton".to_string()),
            Some("Mark Dalton".to_string()),
        ]
    );
}

#[test]
fn a_german_report_may_close_the_sentence_past_the_verb_window() {
    assert_eq!(
        who_beside_wire(
            "Man sei bereit, sich „unter Führung der USA“ an der Überwachung zu beteiligen, so \
             Igor Sadovsky. Die Hilfe solle „noch besser“ zwischen den beiden Hauptstädten \
             abgestimmt werden, kündigte Mark Dalton an."
        ),
        vec![
            Some("Igor Sadovsky".to_string()),
            Some("Mark Dalton".to_string())
        ]
    );
    assert_eq!(
        who_beside_wire(
            "Mark Dalton traf Igor Sadovsky. „Alles gut“, sagte Igor Sadovsky. Und fügte hinzu: „Wir bleiben dran.“ \
             „Wir sind bereit“, so der US-Präsident."
        ),
        vec![
            Some("Igor Sadovsky".to_string()),
            Some("Igor Sadovsky".to_string()),
            Some("Mark Dalton".to_string())
        ]
    );
}

/// "„…“, so in der Pressekonferenz": a German `so` label naming only the
/// setting leaves the quote to the one a pronoun would name.
#[test]
fn a_german_so_label_naming_the_setting_keeps_the_running_speaker() {
    assert_eq!(
        who_alone(
            "Bundeskanzlerin Anna Berg traf am Mittwoch den Präsidenten Tom Walsh in Paris. Die \
             beiden sprachen über die Verteidigung Europas und die Hilfe für die Nachbarn.\n\n\
             „Wir werden gemeinsam Maßnahmen treffen, um die Verteidigung weiter auszubauen“, so \
             in der Pressekonferenz der beiden Regierungschefs."
        ),
        vec![Some("Anna Berg".to_string())]
    );
}

/// The speaker of each quote of one article `body`, read alone.
fn who_alone(body: &str) -> Vec<Option<String>> {
    let corpus = Corpus::from_articles(vec![Article::new(
        "t",
        "t",
        format!("Le sommet\n\n{body}\n"),
    )]);
    let mut quotes = common::extract_all(&corpus);
    let mut people = find_people(&corpus);
    attribute(&corpus, &mut quotes, &mut people);
    quotes
        .iter()
        .map(|q| q.speaker.map(|p| people[p].name.clone()))
        .collect()
}

/// "«…», detalhou.": a Portuguese verb of detail reports as "explicou"
/// does, the subject dropped.
#[test]
fn a_portuguese_verb_of_detail_reports_the_running_speaker() {
    assert_eq!(
        who_alone(
            "A ministra Ana Costa visitou o porto de Vila Nova na segunda-feira.\n\n\
             «Vamos abrir a nova ponte em maio e reduzir as portagens», detalhou."
        ),
        vec![Some("Ana Costa".to_string())]
    );
}

#[test]
fn a_country_adjective_of_any_country_qualifies_the_role_after_it() {
    // "Le" opening the sentence is no qualifier: the adjective after the
    // noun is, so the Chinese leader is not the North Korean one named
    // last.
    assert_eq!(
        who_alone(
            "Le président chinois Mark Dalton et le leader nord-coréen Igor Sadovsky ont \
             défilé mercredi. « Nous voulons la paix », a déclaré le dirigeant chinois."
        ),
        [Some("Mark Dalton".to_string())]
    );
    assert_eq!(
        who_alone(
            "Il premier spagnolo Mark Dalton ha incontrato il premier polacco Igor Sadovsky. \
             «Siamo pronti», ha detto il premier spagnolo."
        ),
        [Some("Mark Dalton".to_string())]
    );
}

#[test]
fn a_party_head_nobody_is_named_as_is_the_report_s_subject() {
    assert_eq!(
        who_alone(
            "Bundeskanzler Jonas Feldmann traf am Mittwoch Präsident Mark Dalton in Paris. \
             „Wir warten ab“, sagte der CDU-Chef danach vor der Presse."
        ),
        [Some("Jonas Feldmann".to_string())]
    );
}

#[test]
fn a_polish_verb_of_opinion_with_no_subject_is_the_last_subject_s() {
    assert_eq!(
        who_alone(
            "Mark Dalton odwiedził Warszawę w środę. Wyraził przekonanie, że wojna „nie \
             skończy się szybko”."
        ),
        [Some("Mark Dalton".to_string())]
    );
}

#[test]
fn a_president_elect_is_the_one_named_elected_not_the_one_in_office() {
    assert_eq!(
        who_alone(
            "Președintele ales Mark Dalton a vorbit marți seara. Președintele Igor Sadovsky \
             l-a felicitat. „Vom munci împreună”, a declarat președintele ales."
        ),
        [Some("Mark Dalton".to_string())]
    );
    assert_eq!(
        who_alone(
            "Le président élu Mark Dalton a parlé mardi soir. Le président Igor Sadovsky l'a \
             félicité. « Nous travaillerons ensemble », a déclaré le président élu."
        ),
        [Some("Mark Dalton".to_string())]
    );
}

/// "son homologue russe X", "il suo omologo russo X": a counterpart
/// qualified by a country holds that country's office, so "le maître du
/// Kremlin" is X, with no other article to name X's title.
#[test]
fn a_counterpart_of_a_country_holds_its_office() {
    let sadovsky = vec![Some("Igor Sadovsky".to_string())];
    assert_eq!(
        crate::attribution::who(
            "Le président américain Mark Dalton et son homologue russe Igor Sadovsky se sont \
             rencontrés. Le maître du Kremlin a évoqué une rencontre « constructive »."
        ),
        sadovsky
    );
    assert_eq!(
        crate::attribution::who(
            "Il presidente americano Mark Dalton e il suo omologo russo Igor Sadovsky si sono \
             incontrati. Il leader del Cremlino ha parlato di un incontro «costruttivo»."
        ),
        sadovsky
    );
}

#[test]
fn a_name_the_subject_stood_beside_is_no_subject() {
    // "an der Seite des …", "neben …": the one stood beside is an object,
    // as after "alongside"; the verb after it is the role's.
    for body in [
        "Der US-Präsident hatte am Montag bei einem Treffen an der Seite von Jan Berg \
         verkündet, die USA würden „helfen“.",
        "Der US-Präsident hatte am Montag bei einem Treffen neben Jan Berg verkündet, \
         die USA würden „helfen“.",
    ] {
        assert_eq!(
            who_beside_wire(body),
            vec![Some("Mark Dalton".to_string())],
            "{body}"
        );
    }
}

/// "an der Seite des französischen Ministerpräsidenten X": a name titled by
/// a role in the genitive after a phrase of company is the one stood
/// beside, an object as the untitled name is; the role opening the
/// sentence is the verb's subject.
#[test]
fn a_titled_name_the_subject_stood_beside_is_no_subject() {
    for title in ["Präsidenten", "Ministerpräsidenten"] {
        let body = format!(
            "Der Kanzler Hans Gruber besuchte am Montag Hamburg. Der Kanzler hatte am Vortag \
             bei einer Konferenz an der Seite des französischen {title} Paul Moreau verkündet, \
             die Stadt werde den Hafen „ausbauen“."
        );
        assert_eq!(
            crate::attribution::who(&body),
            vec![Some("Hans Gruber".to_string())],
            "{title}"
        );
    }
}

/// A president named for a country the lexicon did not know ("le président
/// sud-africain Teodor Brink", "el presidente sudafricano") was taken for
/// one named for no country, so "le président américain" fitted him.
#[test]
fn a_south_african_president_is_not_the_american_one() {
    let french = crate::attribution::who(
        "Harlan Voss a dit vouloir des « explications » du président sud-africain Teodor \
         Brink. « C'est une chose très triste », a déclaré le président américain, assis \
         aux côtés de son homologue.",
    );
    assert_ne!(french[1], Some("Teodor Brink".to_string()));
    let spanish = crate::attribution::who(
        "Harlan Voss recibió al presidente sudafricano Teodor Brink. «Es muy triste», dijo \
         el presidente estadounidense.",
    );
    assert_ne!(spanish[0], Some("Teodor Brink".to_string()));
}
