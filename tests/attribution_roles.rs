//! Roles standing for people, each on an invented text: a role noun a
//! pronoun refers back to, a vice president who is no president, a role
//! phrase before its holder's name, ordinals before a role noun, the first
//! lady, a role after a fused "to the" as the addressee, an elect's
//! epithet, the head of an executive, the president named without a
//! country, a country's office after a verb with no article, the head
//! of state, a chancellor called prime minister, a country named
//! after its leader's name, a role titling a name past its body, a
//! cabinet secretary, diplomats, aides and prosecutors, the leader of a
//! smaller country among several leaders, a country's office that only
//! another outlet names, a name with dotted initials after its role, a
//! role opening its clause after a phrase of time, and a role sentence
//! before a quote standing alone.

use crate::attribution::{some, who};
use crate::common;

use verbatim::corpus::{Article, Corpus};
use verbatim::people::find_people;
use verbatim::quotes::attribute::attribute;

/// "The president appeared to be tracking the event. “…” he wrote": in
/// English, a sentence opening with a role noun names the person a
/// pronoun after it stands for, over a person named before it; a person
/// named after the role sentence still comes first.
#[test]
fn a_role_opening_the_sentence_before_is_what_a_pronoun_refers_to() {
    let story = "Maria Lopez won the race. Lopez thanked voters. President Tom Berg had \
                 attacked her for months. Lopez was cheered by a big crowd.";
    assert_eq!(
        who(&format!(
            "{story} The president appeared to be tracking the event in real time. “And so \
             it begins!” he wrote on his account as the speech unfolded."
        )),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(&format!(
            "{story} The president appeared to be tracking the event in real time. Then Lopez \
             turned to the crowd. “And so it begins!” she said as the speech unfolded."
        )),
        vec![some("Maria Lopez")]
    );
}

/// "Vice President Maria Lopez": second to a president, so "the
/// president" is the one named President.
#[test]
fn a_vice_president_is_not_the_president() {
    assert_eq!(
        who(
            "President Tom Berg arrived with Vice President Maria Lopez. The president said \
             the deal was “a great day for the country”."
        ),
        vec![some("Tom Berg")]
    );
}

/// "President Tom Berg … the Ruritanian president, Ivan Kos …": an
/// unqualified "the president" is the one the article titles without a
/// country, its own, though the foreign one was named last; a qualified
/// one still finds the foreigner.
#[test]
fn the_president_unqualified_is_the_one_titled_without_a_country() {
    let story = "President Tom Berg met Ruritanian President Ivan Kos on Friday. \
                 The Ruritanian president, Ivan Kos, left early.";
    assert_eq!(
        who(&format!(
            "{story} Speaking to reporters on the plane, the president said: “We will see.”"
        )),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(&format!(
            "{story} Speaking to reporters on the plane, the Ruritanian president said: “We \
             will see.”"
        )),
        vec![some("Ivan Kos")]
    );
}

/// "…,” said France’s chief prosecutor, Jean Dupont": the name after the
/// phrase's comma speaks, not a possessor inside the phrase; a phrase that
/// names its subject itself keeps it.
#[test]
fn a_name_after_an_inverted_role_phrase_speaks() {
    assert_eq!(
        who(
            "“We have nothing to hide, it is the law,” said Norway’s chief prosecutor for tax \
             fraud, Hans Keller, in an interview."
        ),
        vec![some("Hans Keller")]
    );
    assert_eq!(
        who(
            "Tom Walsh left the room. “The talks went well,” said Tom Walsh’s spokeswoman, \
             Anna Berg, on Monday."
        ),
        vec![some("Anna Berg")]
    );
    assert_eq!(
        who("“We will not give in,” said the minister Jan Berg, in Rome, before the vote."),
        vec![some("Jan Berg")]
    );
}

/// "the 45th and 47th president said": ordinals between the article and
/// the role noun leave the role the same.
#[test]
fn ordinals_before_a_role_noun_keep_its_holder() {
    assert_eq!(
        who(
            "President Tom Walsh was sworn in on Monday beside Maria Lopez. The 45th and 47th \
             president also declared that “the golden age begins now.”"
        ),
        vec![some("Tom Walsh")]
    );
}

/// "the first lady said", "dijo la primera dama": a two-word role noun
/// stands for whoever the article titles so ("First Lady Jane Doe", "la
/// primera dama, Jane Doe"), beside a president named too.
#[test]
fn the_first_lady_is_whoever_is_titled_so() {
    assert_eq!(
        who(
            "U.S. First Lady Melania Walsh visited the school on Monday with President Tom \
             Berg. “We love them,” the first lady said. “Thank you,” the president said."
        ),
        vec![some("Melania Walsh"), some("Tom Berg")]
    );
    assert_eq!(
        who(
            "La primera dama, Melania Walsh, visitó la escuela el lunes con Tom Berg. «Los \
             amamos», dijo la primera dama."
        ),
        vec![some("Melania Walsh")]
    );
}

/// "En un mensaje al presidente de X, afirmó: «…»": a role after a "to
/// the" fused into one word is whom the words were for; the verb's
/// dropped subject, the person the text was about, speaks.
#[test]
fn a_role_after_a_fused_to_the_is_the_addressee_not_the_speaker() {
    assert_eq!(
        who(
            "Cumbre en Lima\n\nEl presidente de Perú, Tom Berg, recibió a Maria Lopez en Lima. \
             Lopez habló con la prensa.\n\nEn un claro mensaje al actual presidente de Perú, \
             afirmó: «Seremos la luz en la oscuridad»."
        ),
        vec![some("Maria Lopez")]
    );
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

/// A pope named once and then by the other languages' words for him ("le
/// souverain pontife", "der Pontifex", "понтифік", "Suveranul Pontif") or
/// as the head of the Catholic Church: each stands for him.
#[test]
fn the_other_languages_words_for_a_pope_stand_for_the_one_named() {
    assert_eq!(
        who(
            "Le pape Grégoire s'est adressé dimanche à la foule. « Que la paix soit avec \
             vous », a déclaré le souverain pontife. « Nous voulons bâtir des ponts », a \
             ajouté le chef de l'Église catholique."
        ),
        vec![some("Pape Grégoire"), some("Pape Grégoire")]
    );
    assert_eq!(
        who(
            "Papst Gregor sprach am Sonntag. Der Pontifex dankte den Kardinälen. „Wir \
             wollen Brücken bauen“, sagte das Kirchenoberhaupt."
        ),
        vec![some("Papst Gregor")]
    );
    assert_eq!(
        who(
            "Папа Римський Григорій у неділю звернувся до вірян. «Мир вам усім», — сказав \
             понтифік. «Ми хочемо будувати мости», — додав глава Католицької церкви."
        ),
        vec![some("Папа Григорій"), some("Папа Григорій")]
    );
    assert_eq!(
        who(
            "Papa Grigore s-a adresat mulțimii. „Pacea să fie cu voi”, a spus Suveranul \
             Pontif."
        ),
        vec![some("Papa Grigore")]
    );
}

/// The head of the see a pope governs from is the pope: "the head of the
/// Vatican", "глава Ватикана", "șeful Vaticanului".
#[test]
fn the_head_of_the_vatican_is_its_pope() {
    assert_eq!(
        who(
            "Pope Gregory addressed the crowd. \"Peace be with you,\" the head of the Vatican said."
        ),
        vec![some("Pope Gregory")]
    );
    assert_eq!(
        who("Папа Римский Григорий обратился к верующим. «Мир вам всем», — заявил глава Ватикана."),
        vec![some("Папа Григорий")]
    );
    assert_eq!(
        who("Papa Grigore s-a adresat mulțimii. „Pacea să fie cu voi”, a spus șeful Vaticanului."),
        vec![some("Papa Grigore")]
    );
}

/// "“…”, said American president.": English machine-translated from a
/// language without articles drops "the"; a country between the verb and
/// the role noun still names the office, so the quote goes to its holder,
/// not to nobody.
#[test]
fn a_country_office_after_a_verb_needs_no_article() {
    let story = "U.S. President Tom Berg met Russian President Ivan Kos in Geneva.";
    assert_eq!(
        who(&format!(
            "{story} “We made progress, but we are not there yet”, said American president."
        )),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(&format!(
            "{story} “The talks were useful”, said Russian leader."
        )),
        vec![some("Ivan Kos")]
    );
}

/// "“…,” the head of state told reporters": "state" after "of" is a noun,
/// not the reporting verb "to state", so the head of state speaks.
#[test]
fn the_head_of_state_speaks_though_state_is_a_verb_too() {
    let story = "President Marco Bellini spoke in Rome on Sunday.";
    assert_eq!(
        who(&format!(
            "{story} “We will stay,” the head of state told reporters."
        )),
        vec![some("Marco Bellini")]
    );
    assert_eq!(
        who(&format!("{story} “We will fly,” the head of state added.")),
        vec![some("Marco Bellini")]
    );
}

/// "the Prime Minister said" where nobody is named prime minister: a
/// translation's name for the head of government, the chancellor named.
#[test]
fn the_prime_minister_is_the_chancellor_where_no_prime_minister_is_named() {
    assert_eq!(
        who(
            "German Chancellor Karl Weber met reporters in Berlin. \"Europe cannot replace \
             America,\" the Prime Minister said."
        ),
        vec![some("Karl Weber")]
    );
}

/// "President Ivan Kos of Russia": a paper that writes every foreign
/// leader so names the country after the name. "The American president"
/// is then not Kos, though he was named last, and "the Russian president"
/// is.
#[test]
fn a_country_after_the_name_qualifies_the_title() {
    let story = "President Tom Berg and President Ivan Kos of Russia met on Friday. \
                 Kos spoke first.";
    assert_eq!(
        who(&format!(
            "{story} The American president said: “We will see.”"
        )),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(&format!(
            "{story} The Russian president said: “We will see.”"
        )),
        vec![some("Ivan Kos")]
    );
}

/// "la ministre de la Culture, Claire Dupont": a role noun titles a name
/// past its body's complement ("de la Culture", "de la Vivienda"), so
/// "a ajouté la ministre" stands for her.
#[test]
fn a_role_titles_a_name_past_the_body_it_governs() {
    assert_eq!(
        who(
            "Un vol a eu lieu lundi au musée de Lyon, a indiqué la ministre de la Santé, Claire \
             Dupont. Des « vérifications » sont en cours, a ajouté la ministre."
        ),
        vec![some("Claire Dupont")]
    );
    assert_eq!(
        who(
            "La ministra de la Vivienda, Ana Ruiz, visitó el barrio el lunes. «No habrá \
             desalojos», dijo la ministra."
        ),
        vec![some("Ana Ruiz")]
    );
}

/// "Treasury Secretary X … the secretary said": a cabinet secretary is
/// named by the role noun as a minister is, over a nearer name without
/// the title.
#[test]
fn the_secretary_is_the_one_person_titled_secretary() {
    assert_eq!(
        who(
            "Treasury Secretary John Miller spoke about the debt on Monday. “We will not \
             default,” the secretary said."
        ),
        vec![some("John Miller")]
    );
    assert_eq!(
        who(
            "Treasury Secretary John Miller met the banker Tom Berg on Monday. “We will not \
             default,” the secretary said."
        ),
        vec![some("John Miller")]
    );
}

/// "Special Envoy X … the envoy said": diplomats, advisers and
/// prosecutors are named by their role noun as ministers are.
#[test]
fn an_envoy_an_ambassador_an_aide_and_a_prosecutor_are_their_holders() {
    for (title, noun) in [
        ("Special Envoy", "envoy"),
        ("Ambassador", "ambassador"),
        ("Kremlin aide", "aide"),
        ("Chief Prosecutor", "prosecutor"),
    ] {
        let body = format!(
            "{title} Steve Kellner arrived in Geneva on Monday. “We are close to a deal,” \
             the {noun} said."
        );
        assert_eq!(who(&body), vec![some("Steve Kellner")], "{body}");
    }
}

/// "the Estonian leader said" among several leaders: the one titled for
/// that country, as for the larger countries ("the Finnish president").
#[test]
fn the_leader_of_a_smaller_country_among_several() {
    assert_eq!(
        who(
            "Estonian President Alar Kask and Finnish President Tom Berg met Chancellor Anna \
             Lind in Oslo on Monday. “We stand together,” the veteran Estonian leader said."
        ),
        vec![some("Alar Kask")]
    );
}

/// The speakers of the last article's quotes, in a corpus of `texts`.
pub(crate) fn speakers_of_last(texts: &[&str]) -> Vec<Option<String>> {
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(format!("a{i}"), format!("a{i}"), t.to_string()))
        .collect();
    let corpus = Corpus::from_articles(articles);
    let mut quotes = common::extract_all(&corpus);
    let mut people = find_people(&corpus);
    attribute(&corpus, &mut quotes, &mut people);
    let last = corpus.articles.len() - 1;
    quotes
        .iter()
        .filter(|q| q.source.index() == last)
        .map(|q| q.speaker.map(|p| people[p.index()].name.clone()))
        .collect()
}

/// "The Russian president said" in a rewrite that names nobody for the
/// office: the one person another outlet's copy titles so. With two so
/// titled in the corpus, the role tells neither.
#[test]
fn a_countrys_office_named_by_role_alone_is_its_holder_elsewhere() {
    let wire = "Volkov and Hale meet in Oslo\n\nRussian President Ivan Volkov met U.S. \
                President Marcus Hale in Oslo on Monday for three hours of talks.\n";
    let rewrite = "Leaders meet in Oslo\n\nThe two leaders met for three hours on Monday.\n\n\
                   The Russian president said the talks had been “useful and frank”.\n";
    assert_eq!(
        speakers_of_last(&[wire, rewrite]),
        vec![some("Ivan Volkov")]
    );
    let another = "Petrov speaks\n\nRussian President Oleg Petrov spoke in Minsk on Monday.\n";
    assert_eq!(speakers_of_last(&[wire, another, rewrite]), vec![None]);
}

#[test]
fn a_clerics_title_stands_for_the_one_titled_so() {
    assert_eq!(
        who(
            "Supreme Leader Ayatollah Ali Kharovski spoke on Thursday. John Smith did not. \
             The Ayatollah went further, claiming his country had \"won the war\" outright."
        ),
        vec![some("Ali Kharovski")]
    );
}

/// "Lieutenant Governor A.B. Kowalczyk echoed …": a name written with
/// dotted initials after its role is the role's holder, not the one the
/// article titled governor before.
#[test]
fn a_role_before_a_name_with_initials_titles_that_name() {
    assert_eq!(
        who(
            "Former Governor Daniel Whitcombe urged followers to pray, calling Halvorsen \
             “a great guy from top to bottom.” Lieutenant Governor A.B. Kowalczyk echoed the \
             sentiment, describing Halvorsen as a “genuinely good guy and young father.”"
        ),
        vec![some("Daniel Whitcombe"), some("Kowalczyk")]
    );
}

/// "U.S. President X met Russian President Y. Ukrainian President Z was not
/// there. … X spoke after Y. “…,” the president said": every holder is
/// named for a country, so none is "the president" by name; the one the
/// narrative is about, the last sentence's subject, is meant, not the last
/// one titled.
#[test]
fn among_presidents_named_alike_the_president_is_the_narratives_subject() {
    let story = "U.S. President Tom Berg met Russian President Ivan Kos on Friday. Ukrainian \
                 President Olena Dovzhenko was not invited.";
    assert_eq!(
        who(&format!(
            "{story} Berg spoke after Kos. “He was tough,” the president said of his \
             counterpart."
        )),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(&format!(
            "{story} Kos spoke after Berg. “He was fair,” the president said of his \
             counterpart."
        )),
        vec![some("Ivan Kos")]
    );
}

/// A role noun in an apposition without an article describes the name
/// before it ("X, co-leader and candidate for mayor, said"), not the
/// person the article named in that role elsewhere. A pronoun after the
/// comma opens an aside, not an apposition.
#[test]
fn a_role_in_a_bare_apposition_describes_the_name_before_it() {
    assert_eq!(
        who(
            "Mayoral candidate Jan Kowalski conceded early. Anna Berg, co-leader of the Greens and candidate for the mayoralty, stressed that her party \"is now the second force\" in the city."
        ),
        vec![some("Anna Berg")]
    );
    assert_eq!(
        who(
            "Anna Berg, candidata a sindaco, ha sottolineato che il partito \"è la seconda forza\". Il candidato Luca Bianchi ha perso."
        ),
        vec![some("Anna Berg")]
    );
    assert_eq!(
        who(
            "Jan Kowalski spoke after the vote. Talks with Anna Berg, he said, would be \"long and hard\" for everyone."
        ),
        vec![some("Jan Kowalski")]
    );
}

/// "In July, the president posted a letter. He called it a “…”": a role
/// opening its clause after a phrase of time is the subject a pronoun
/// refers back to, over a person named as subject before it.
#[test]
fn a_role_after_an_opening_phrase_is_the_pronouns_referent() {
    assert_eq!(
        who(
            "President Tom Berg has long admired Jan Holm, the former mayor of the city. Holm \
             was arrested last spring on fraud charges.\n\nIn July, the president posted a \
             long letter on his website. He called the trial a “disgrace” and asked for it to \
             end."
        ),
        vec![some("Tom Berg")]
    );
}

/// "The president pledged that … “…”": a quote standing alone as its
/// sentence after a sentence opened by a role goes on that role's
/// holder, over a person named as subject before it.
#[test]
fn a_quote_alone_after_a_role_sentence_is_the_role_holders() {
    assert_eq!(
        who(
            "President Tom Berg visited the steel plant on Friday. Jan Holm, the union leader, \
             greeted the visitors at the gate.\n\nThe president pledged that the new tariffs \
             would bring back jobs. “Factories will come roaring back to every town.”"
        ),
        vec![some("Tom Berg")]
    );
}

/// German titles: "Ministerpräsident" heads a government, though it ends
/// in "präsident"; a compound title in the genitive or a weak noun's
/// oblique case ("des Ministerpräsidenten", "des Bundeskanzlers", "des
/// Kremlchefs") titles the name after it as its nominative does.
#[test]
fn german_titles_name_their_role_in_every_case() {
    use verbatim::text::roles::{role_of, role_of_any_case};
    assert_eq!(role_of("Ministerpräsident"), Some("prime"));
    assert_eq!(role_of_any_case("Ministerpräsidenten"), Some("prime"));
    assert_eq!(role_of_any_case("Bundeskanzlers"), Some("chancellor"));
    assert_eq!(role_of_any_case("Kremlchefs"), Some("head"));
    assert_eq!(
        role_of_any_case("Regierungssprechers"),
        Some("spokesperson")
    );
    assert_eq!(role_of_any_case("Bundesaußenministerin"), Some("minister"));
    // The nominative stays the subject's form: `role_of` reads no oblique.
    assert_eq!(role_of("Kremlchefs"), None);
    // Common words that end so are no titles.
    assert_eq!(role_of_any_case("Speakings"), None);
    assert_eq!(role_of_any_case("Geschichten"), None);
}

/// "Japan's President Ana Ruiz … Japan's president said": a possessive
/// country titles the name as its adjective would, so the role later
/// qualified by that country is hers, not the president named since.
#[test]
fn a_possessive_country_qualifies_the_role_it_titles() {
    assert_eq!(
        who(
            "Japan's President Ana Ruiz met President Tom Berg in Tokyo on Monday. Berg \
             praised the talks. Later, Japan's president said the deal was “a fair start”."
        ),
        vec![some("Ana Ruiz")]
    );
}

/// "Japan's Supreme Leader Ana Ruiz … the Japanese leader said": a country
/// before a capitalised title word ("Supreme", "Foreign") qualifies the
/// role, in the title and in the role phrase alike.
#[test]
fn a_country_before_a_title_word_qualifies_the_role() {
    let story = "Japan's Supreme Leader Ana Ruiz spoke on television on Thursday. President \
                 Tom Berg said the strikes had worked.";
    assert_eq!(
        who(&format!(
            "{story} The Japanese leader said the strikes “achieved nothing at all”."
        )),
        vec![some("Ana Ruiz")]
    );
    assert_eq!(
        who(&format!(
            "{story} Japan's Supreme Leader said the strikes “achieved nothing at all”."
        )),
        vec![some("Ana Ruiz")]
    );
}
