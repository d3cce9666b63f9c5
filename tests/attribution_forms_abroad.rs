//! Attribution rules of the languages other than English, each on invented
//! sentences: scene-setting participles, words two languages spell alike,
//! role nouns read against the titles the article named people with, a
//! name ending where the script changes, "let it be known" in any tense,
//! a Portuguese subject phrase after its reporting verb and former holders
//! named in one word or in the genitive.

use crate::attribution::{some, who};

/// French "tout" is no English "to tout": a sentence opening "Tout en …"
/// still has its reporting verb later.
#[test]
fn french_tout_is_no_reporting_verb() {
    assert_eq!(
        who(
            "Le ministre Hans Albrecht a reçu le maire Paul Garnier. Tout en restant prudent, \
             Albrecht a déclaré que l'Allemagne offrirait des « garanties solides » à la ville."
        ),
        vec![some("Hans Albrecht")]
    );
}

/// "Interrogée sur …", "Preguntado por …", "Gefragt nach …": being asked
/// sets the scene; the speaker is the subject of the verb after it, and
/// nobody named inside the participle's phrase.
#[test]
fn an_opening_participle_of_asking_is_no_reporting_verb() {
    assert_eq!(
        who(
            "Interrogée sur les propos de Paul Garnier, la présidente de la région, Claire \
             Morel, a assuré jeudi que la région n'allait pas « céder aux pressions »."
        ),
        vec![some("Claire Morel")]
    );
    assert_eq!(
        who(
            "Preguntado por las palabras de Paul Garnier, Pedro Ramírez ha asegurado que \
             «no habrá recortes»."
        ),
        vec![some("Pedro Ramírez")]
    );
}

/// A role noun names whoever was titled with that very role before anyone
/// who only fills it: "der Kanzler" is the chancellor, not the head of
/// another government named since.
#[test]
fn a_role_noun_prefers_the_person_titled_with_it() {
    assert_eq!(
        who(
            "Bundeskanzler Peter Krause hat die italienische Regierungschefin Anna Rossi \
             empfangen. „Wir schaffen das“, erklärte der Kanzler."
        ),
        vec![some("Peter Krause")]
    );
    assert_eq!(
        who(
            "El presidente del Gobierno, Pedro Ramírez, recibió a la canciller Laura Gómez. \
             «Vamos a ganar», ha afirmado el presidente del Gobierno."
        ),
        vec![some("Pedro Ramírez")]
    );
}

/// "el presidente" where one was titled president of the government and
/// a chancellor was named since: the government's president.
#[test]
fn the_president_is_who_presides_over_the_government() {
    assert_eq!(
        who(
            "El presidente del Gobierno, Pedro Ramírez, recibió a la canciller Laura Gómez. \
             Según el presidente, «la economía crece»."
        ),
        vec![some("Pedro Ramírez")]
    );
}

/// Italian "così X" after a quote labels it as German "so X" does.
#[test]
fn italian_cosi_labels_the_quote_before_it() {
    assert_eq!(
        who(
            "Il sindaco Luca Neri ha incontrato Maria Bianchi. «È una svolta», così Neri al \
             termine dell'incontro."
        ),
        vec![some("Luca Neri")]
    );
}

/// "— powiedział po ogłoszeniu wyników sondażowych Jan Kowalski.": where the
/// subject follows its verb, a phrase of any length may stand between them;
/// the name closing the clause is the subject, unless a gerund or a
/// preposition takes it as its object.
#[test]
fn a_name_closing_the_clause_after_a_phrase_is_the_subject() {
    assert_eq!(
        who(
            "Anna Nowak wystąpiła pierwsza. „Mówiłem państwu, że będzie bardzo blisko” – \
             powiedział po ogłoszeniu wyników sondażowych Jan Kowalski."
        ),
        vec![some("Jan Kowalski")]
    );
    assert_eq!(
        who(
            "Mario Rossi ha parlato a lungo. «Il governo deve prepararsi al peggio», ha detto \
             ieri sera a Roma ringraziando Luca Bianchi."
        ),
        vec![some("Mario Rossi")]
    );
    assert_eq!(
        who(
            "Mario Rossi ha parlato a lungo. «Il governo deve prepararsi al peggio», ha detto \
             durante un incontro con Luca Bianchi."
        ),
        vec![some("Mario Rossi")]
    );
}

/// "ha detto alla folla": "to the" fused with an article names whom the
/// words were for, so the verb's subject is the one named before.
#[test]
fn to_the_audience_after_a_verb_is_no_subject() {
    assert_eq!(
        who(
            "Roma, 3 aprile. Mario Rossi ha parlato del futuro. «Il governo deve prepararsi al \
             peggio», ha detto alla folla, ricordando gli avvertimenti."
        ),
        vec![some("Mario Rossi")]
    );
}

/// Verbs of a sharp remark or an outcry report as "said" does, in every
/// language: "needled", "reagiu", "exclamou", "zakrzyknął", "reaccionado".
#[test]
fn verbs_of_retort_and_outcry_report() {
    for text in [
        "Karel Novak spoke on Monday. “We will never give up on this,” Novak needled.",
        "Karel Novak spoke on Monday. “Tonight I want to talk about hope,” Novak began.",
        "Karel Novak spoke on Monday. “The vote was stolen from us,” Novak fumed.",
        "Karel Novak spoke on Monday. “We all owe them a debt,” Novak echoed.",
        "Karel Novak falou ontem. \"A nossa posição não mudou\", reagiu Karel Novak.",
        "Karel Novak falou ontem. \"Eu sou Ana\", exclamou o seu aliado Karel Novak, numa \
         publicação.",
        "Karel Novak przemawiał w Pradze. „Jestem z tobą!” - zakrzyknął Karel Novak.",
        "Karel Novak habló ayer. «Es una vergüenza», había reaccionado previamente el \
         presidente Karel Novak.",
    ] {
        assert_eq!(who(text), vec![some("Karel Novak")], "{text}");
    }
}

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

/// Ukrainian and Polish news title a woman with a feminine role noun
/// ("міністерка", "premierka"): it stands for the woman titled with it, as
/// "міністр" does for a man, not for the last woman named.
#[test]
fn a_feminine_role_noun_names_the_woman_titled_with_it() {
    for (text, name) in [
        (
            "Міністерка культури Ганна Петренко прибула до музею. Олена Коваль зустріла \
             гостей біля входу. «Вони діяли без жодної паніки», — зазначила міністерка.",
            "Ганна Петренко",
        ),
        (
            "Premierka Anna Nowacka przyjechała do Sejmu. Maria Kowalska powitała gości przy \
             wejściu. „Nie oddamy tego kraju” – powiedziała premierka.",
            "Anna Nowacka",
        ),
    ] {
        assert_eq!(who(text), vec![some(name)], "{text}");
    }
}

/// "purtătorul de cuvânt al Guvernului Mihai Ionescu": the body after the
/// Romanian genitive article is the role's, and the full name after it
/// speaks, not the person named before.
#[test]
fn a_romanian_role_with_its_genitive_body_titles_the_speaker() {
    assert_eq!(
        who(
            "Instanța a pronunțat verdictul, iar Ana Popescu a anunțat că face apel. Ieri, \
             purtătorul de cuvânt al Guvernului Mihai Ionescu a descris cazul drept „o afacere \
             internă a țării”."
        ),
        vec![some("Mihai Ionescu")]
    );
}

/// A former holder written in one word ("el exministro") or governed in
/// the genitive ("по словам бывшего министра"), or with a Romanian noun
/// bare after "fostul": the one person named as a former minister, not the
/// president named last.
#[test]
fn a_former_minister_in_one_word_or_in_the_genitive_is_the_one_named_so() {
    assert_eq!(
        who(
            "El exministro Pedro Gil se reunió con el presidente Juan Ruiz. Ruiz habló primero. \
             «Bajaremos los impuestos», dijo el exministro."
        ),
        vec![some("Pedro Gil")]
    );
    assert_eq!(
        who(
            "Fostul ministru Ion Dinu s-a întâlnit marți cu președintele Dan Marin. Marin a \
             vorbit primul. „Vom reduce taxele”, a declarat fostul ministru."
        ),
        vec![some("Ion Dinu")]
    );
    assert_eq!(
        who(
            "Бывший министр финансов Иван Орлов встретился с президентом Петром Волковым. \
             Волков выступил первым. По словам бывшего министра, «налоги будут снижены»."
        ),
        vec![some("Иван Орлов")]
    );
}

/// "«…», міністр визнає, що …": a Ukrainian reporting verb in the present
/// after the role noun that stands for the speaker.
#[test]
fn a_ukrainian_present_admits_after_its_role_subject() {
    assert_eq!(
        who(
            "Міністр фінансів Ола Берг прибув до Вінниці у понеділок. Вважаючи, що «неможливо \
             передбачити все», міністр визнає, що бюджет дуже вразливий."
        ),
        vec![some("Ола Берг")]
    );
}

/// French "le PDG" is a chief executive, as "the CEO" is.
#[test]
fn a_french_pdg_is_the_chief_executive() {
    assert_eq!(
        who(
            "Le PDG d'Acme, Paul Girard, a rencontré la ministre Claire Morel. Interrogé sur la \
             fusion, le PDG a expliqué : « Nous sommes prêts. »"
        ),
        vec![some("Paul Girard")]
    );
}

/// French inverts a compound past's auxiliary with the pronoun, with no
/// "-t-" after an auxiliary in "t" ("avait-il ajouté"), and reports words
/// shouted in anger ("a-t-il tempêté"): the pronoun names the speaker.
#[test]
fn an_inverted_pluperfect_and_an_angry_verb_report_in_french() {
    assert_eq!(
        who(
            "Le maire Paul Durand a parlé mardi devant le conseil. « Le projet du port est une très \
             bonne chose », avait-il ajouté, en le jugeant seul capable de relancer la ville."
        ),
        vec![some("Paul Durand")]
    );
    assert_eq!(
        who(
            "Le maire Paul Durand a parlé mardi devant le conseil. « Cela n’a rien à voir avec le \
             port », a-t-il tempêté sur sa plateforme."
        ),
        vec![some("Paul Durand")]
    );
}

/// German news calls an autocrat "Machthaber": a title before his name
/// ("Machthaber Dmitri Orlow") and a role noun that stands for him ("der
/// russische Machthaber"), not part of a second person's name.
#[test]
fn machthaber_titles_and_stands_for_the_ruler() {
    assert_eq!(
        who(
            "Dmitri Orlow sprach am Abend. „Wir sind bereit“, sagte Machthaber Dmitri Orlow. Der russische Machthaber drohte dem Westen: „Wir antworten.“"
        ),
        vec![some("Dmitri Orlow"), some("Dmitri Orlow")]
    );
}
