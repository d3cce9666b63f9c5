//! Attribution in French, Spanish and other reports: the forms of the labelled
//! dissolution-night story (`ml-macron-dissolution-2024-06`), each on an
//! invented sentence of the same shape.

use crate::attribution::{some, who};

#[test]
fn asking_verbs_report_and_their_object_does_not_speak() {
    assert_eq!(
        who("« Nous sommes prêts à gouverner », a réclamé Marine Le Pen."),
        vec![some("Marine Le Pen")]
    );
    assert_eq!(
        who("“He escuchado vuestro mensaje”, ha proclamado Emmanuel Macron."),
        vec![some("Emmanuel Macron")]
    );
    // "à X" names whom the words were for; the speaker is an unnamed deputy.
    assert_eq!(
        who("« Revenez aux urnes », a lancé à Emmanuel Macron un député."),
        vec![None]
    );
}

#[test]
fn a_role_qualified_at_length_titles_the_name_after_it() {
    assert_eq!(
        who(
            "« C'est une décision gaullienne », a estimé le ministre de l'Intérieur Gérald Darmanin."
        ),
        vec![some("Gérald Darmanin")]
    );
    assert_eq!(
        who(
            "« Nous sommes prêts », a déclaré la présidente du groupe du Rassemblement national Marine Le Pen."
        ),
        vec![some("Marine Le Pen")]
    );
    // A compound role ("vice-président") and its party before the name.
    assert_eq!(
        who("Le parti « se battra », a affirmé le vice-président du RN Louis Aliot."),
        vec![some("Louis Aliot")]
    );
    // A new clause ends the role phrase: the president is not Bardella.
    assert_ne!(
        who(
            "« Le pays est bloqué », a déclaré la présidente de la commission et Jordan Bardella a applaudi."
        ),
        vec![some("Jordan Bardella")]
    );
}

#[test]
fn an_epithet_after_the_verb_stands_for_the_person_last_quoted() {
    // Invented: the epithet re-describes the speaker, not the narrative
    // subject named in between.
    assert_eq!(
        who(
            "Marine Le Pen a parlé dimanche. « Nous sommes prêts », a-t-elle dit. \
             Emmanuel Macron a dissous l'Assemblée. « C'est une bonne décision », \
             a indiqué l'ancienne candidate à la présidence."
        ),
        vec![some("Marine Le Pen"), some("Marine Le Pen")]
    );
    assert_eq!(
        who(
            "Jordan Bardella s'est exprimé. « Nous avons gagné », a déclaré le candidat d'extrême droite."
        ),
        vec![some("Jordan Bardella")]
    );
    // A name after the epithet speaks, not the person last quoted.
    assert_eq!(
        who(
            "Jordan Bardella s'est exprimé. « Il se battra », a affirmé le vice-président du parti Louis Aliot."
        ),
        vec![some("Louis Aliot")]
    );
    // Two capitalised words the people list does not take for a name: no
    // guess either.
    assert_eq!(
        who(
            "Jordan Bardella s'est exprimé. « Il se battra », a affirmé la responsable du parti Aube Nouvelle."
        ),
        vec![None]
    );
}

#[test]
fn a_name_in_an_opening_phrase_of_time_or_place_is_not_the_subject() {
    // The pronoun stands for the sentence's subject, not for the agent
    // named in "Après …," or "Depuis …,".
    assert_eq!(
        who(
            "Après l'annonce de la dissolution par Emmanuel Macron, Marine Le Pen a parlé. \
             « Nous sommes prêts », a-t-elle dit."
        ),
        vec![some("Marine Le Pen")]
    );
    assert_eq!(
        who(
            "Tras el anuncio hecho por Emmanuel Macron, Marine Le Pen habló. «Estamos listos», dijo."
        ),
        vec![some("Marine Le Pen")]
    );
}

#[test]
fn a_verb_before_the_quote_that_dropped_its_subject_reports_the_previous_subject() {
    assert_eq!(
        who(
            "Emmanuel Macron habló desde el Elíseo. Y se justificó: «Estoy disolviendo la Asamblea»."
        ),
        vec![some("Emmanuel Macron")]
    );
}

#[test]
fn a_heading_that_lifts_words_from_an_attributed_quote_takes_its_speaker() {
    assert_eq!(
        who("« Prise de risque »\n\n« C'est une prise de risque », a estimé François Bayrou."),
        vec![some("François Bayrou"), some("François Bayrou")]
    );
    // A heading after someone else's quote does not carry on their speaker.
    assert_eq!(
        who(
            "« Nous avons gagné », a dit Jordan Bardella.\n\n« Prise de risque »\n\n\
             « C'est une prise de risque », a estimé François Bayrou."
        ),
        vec![
            some("Jordan Bardella"),
            some("François Bayrou"),
            some("François Bayrou")
        ]
    );
    // Two speakers say the words: no guess.
    assert_eq!(
        who(
            "« Une victoire »\n\n« C'est une victoire », a dit Marine Le Pen. \
             « Ce n'est pas une victoire », a répondu Gabriel Attal."
        ),
        vec![None, some("Marine Le Pen"), some("Gabriel Attal")]
    );
    // One word matches too much by chance.
    assert_eq!(
        who("« Prêt »\n\n« Je suis prêt », a dit Jordan Bardella."),
        vec![None, some("Jordan Bardella")]
    );
}

#[test]
fn a_heading_lifted_from_one_of_many_quotes_takes_its_speaker() {
    // An article of a hundred attributed quotes is searched by word, not
    // quote by quote: the heading still finds the one that holds it, and a
    // heading two speakers' quotes hold still gets no guess.
    let mut body = String::from("« Prise de risque »\n\n« Pas de doute »\n\n");
    for i in 0..100 {
        let who = if i % 2 == 0 {
            "Marine Le Pen"
        } else {
            "Gabriel Attal"
        };
        body.push_str(&format!(
            "« Le point {i} est réglé, pas de doute », a dit {who}.\n\n"
        ));
    }
    body.push_str("« C'est une prise de risque », a estimé François Bayrou.");
    let got = who(&body);
    assert_eq!(got.len(), 103);
    assert_eq!(got[0], some("François Bayrou"));
    assert_eq!(got[1], None);
    assert_eq!(got[102], some("François Bayrou"));
}

#[test]
fn a_reporting_word_after_an_article_is_a_noun() {
    // "l'annonce" names an announcement: "assure" reports the quote.
    assert_eq!(
        who(
            "Après l'annonce du scrutin par Paul Mercier lundi, Claire Dubois assure que son équipe est « prête à gagner »."
        ),
        vec![some("Claire Dubois")]
    );
    // After a named subject the same word is a verb with its object pronoun.
    assert_eq!(
        who("Claire Dubois l'annonce : « Nous serons candidats »."),
        vec![some("Claire Dubois")]
    );
}

#[test]
fn a_reporting_verb_of_several_words_reports() {
    assert_eq!(
        who("« Une crise arrive », a mis en garde Paul Mercier."),
        vec![some("Paul Mercier")]
    );
    assert_eq!(
        who("«Es un paso histórico», ha puesto de relieve Ana Robles."),
        vec![some("Ana Robles")]
    );
    // Its words apart are no verb: "la garde" reports nothing.
    assert_eq!(
        who("« Une crise arrive », dans la garde de Paul Mercier."),
        vec![None]
    );
}

#[test]
fn a_name_set_off_after_the_role_of_according_to_speaks() {
    // The role phrase closes with a comma; the name after it speaks, not
    // the subject of the statement.
    assert_eq!(
        who(
            "Selon le porte-parole du parti au Sénat, Paul Mercier, la ministre Claire Dubois a « trahi ses électeurs »."
        ),
        vec![some("Paul Mercier")]
    );
    assert_eq!(
        who(
            "Ana Robles habló el lunes. «Habrá acuerdo», según el portavoz del partido, Luis Ortega."
        ),
        vec![some("Luis Ortega")]
    );
}

#[test]
fn a_polish_epithet_without_article_stands_for_the_person_last_quoted() {
    assert_eq!(
        who(
            "„Wygramy” – powiedział Jan Kowalski. Sondaż wskazuje, że Piotr Nowak zdobył 51 proc. \
             „Dziękuję wam wszystkim” – stwierdził prezes fundacji."
        ),
        vec![some("Jan Kowalski"), some("Jan Kowalski")]
    );
}

#[test]
fn a_verb_after_the_quote_naming_nobody_leaves_it_to_the_subject_before() {
    assert_eq!(
        who("Paul Mercier a dénoncé « une crise sans fin », qu'il considère comme grave."),
        vec![some("Paul Mercier")]
    );
    // With no subject before, the verb after still leaves it unknown.
    assert_eq!(
        who("Le texte parle d'« une crise sans fin », a indiqué le parti."),
        vec![None]
    );
}

#[test]
fn for_a_role_closed_by_a_comma_is_according_to_it() {
    assert_eq!(
        who(
            "Paul Mercier a gagné dimanche. Pour le candidat du centre, cette victoire est « un désaveu pour le pouvoir »."
        ),
        vec![some("Paul Mercier")]
    );
}

/// "As X reported," names the report's source, not the subject a later
/// "he" stands for; an "as" clause of another verb is its subject's own.
#[test]
fn the_source_of_a_report_is_not_the_subject_after_it() {
    assert_eq!(
        who(
            "Mario Rossi waved to the crowd. As Radio 5's Tom Berg reported, the crowd cheered. \
             He said “we will win this one”."
        ),
        vec![some("Mario Rossi")]
    );
    assert_eq!(
        who(
            "Mario Rossi waved. Como informó Tom Berg, la multitud aplaudió. \
             Él dijo: «Ganaremos esta vez»."
        ),
        vec![some("Mario Rossi")]
    );
    assert_eq!(
        who("Mario Rossi waved. As Tom Berg arrived, he said “we will win this one”."),
        vec![some("Tom Berg")]
    );
}

/// "Et de conclure : « … »": a narrative infinitive after "et" goes on with
/// the sentence before's subject, as a reporting verb would.
#[test]
fn a_narrative_infinitive_continues_the_last_subject() {
    assert_eq!(
        who("Paul Mercier a parlé vingt minutes. Et de conclure : « La patrie a besoin de vous. »"),
        vec![some("Paul Mercier")]
    );
    assert_eq!(
        who("Paul Mercier a parlé vingt minutes. Et d'ajouter : « Nous ne céderons pas. »"),
        vec![some("Paul Mercier")]
    );
    // An infinitive after another word is no report: "de conclure un accord".
    assert_eq!(
        who("Paul Mercier a parlé. Il s'agit de conclure « un accord juste »."),
        vec![None]
    );
}

/// "Le cause … «sono ancora in studio». Lo ha detto il premier, X.": a
/// quote closing a sentence with no subject is credited by the next one.
#[test]
fn a_crediting_sentence_names_the_speaker_of_a_subjectless_quote() {
    assert_eq!(
        who(
            "Le cause del guasto \"sono ancora in fase di studio\". Lo ha detto il premier spagnolo, Paolo Rossi."
        ),
        vec![some("Paolo Rossi")]
    );
}

/// "« … ». C'est ce qu'a déclaré le Premier ministre, X.", "“…” That is what
/// X told reporters.": a sentence pointing back at the quote credits it.
#[test]
fn a_sentence_saying_whose_words_those_were_credits_the_quote() {
    assert_eq!(
        who("« Nous ne céderons jamais ». C'est ce qu'a déclaré la ministre, Claire Dubois."),
        vec![some("Claire Dubois")]
    );
    assert_eq!(
        who("\"We will never give in.\" That is what Claire Dubois told reporters."),
        vec![some("Claire Dubois")]
    );
    // A sentence about something else names no speaker.
    assert_eq!(
        who(
            "Claire Dubois arrived. « Nous ne céderons jamais ». C'est une phrase que Paul Martin a critiquée."
        ),
        vec![some("Claire Dubois")]
    );
}

/// "Interrogée sur …, X a assuré", "Tout en restant prudente, X a déclaré":
/// an opening "asked" sets the scene and "Tout" is no English verb; the
/// reporting verb after the comma has the subject.
#[test]
fn an_opening_question_or_tout_is_not_the_reporting_verb() {
    assert_eq!(
        who(
            "Anna Kowalska met Tom Berg in Rome on Monday. Interrogée sur le Groenland, Anna \
             Kowalska a assuré que les États-Unis n'allaient pas « annexer par la force » ces \
             territoires."
        ),
        vec![some("Anna Kowalska")]
    );
    assert_eq!(
        who(
            "Anna Kowalska met Tom Berg in Rome on Monday. Tout en restant prudente, Anna \
             Kowalska a déclaré que la France offrirait des « garanties de sécurité »."
        ),
        vec![some("Anna Kowalska")]
    );
}

/// "sagte sie": after a verb in the singular "sie" is she; after a plural
/// ("sagten sie") it is they, who are nobody named.
#[test]
fn german_sie_after_a_singular_verb_is_she() {
    assert_eq!(
        who("Anna Kowalska traf Tom Berg in Rom. „Die Idee entstand in Paris“, sagte sie."),
        vec![some("Anna Kowalska")]
    );
    assert_eq!(
        who("Anna Kowalska traf Tom Berg in Rom. „Die Idee entstand in Paris“, sagten sie."),
        vec![None]
    );
}

/// "Kowalska sur Berg : « … »": the name after "sur" is the topic.
#[test]
fn a_headline_label_names_its_topic_after_on() {
    assert_eq!(
        who("Anna Kowalska a rencontré Tom Berg à Rome.\n\nKowalska sur Berg : « Pire que tout »."),
        vec![some("Anna Kowalska")]
    );
}

/// A quote in a sentence naming nobody runs on the report before it; a
/// sentence naming someone else, or a new paragraph, stops it.
#[test]
fn a_sentence_naming_nobody_continues_the_report_before_it() {
    assert_eq!(
        who(
            "Anna Kowalska incontra Tom Berg a Roma. \"Siamo pronti\", ha detto Anna Kowalska. \
             Per quanto riguarda i trasporti \"il traffico non è interessato\" mentre \"il resto \
             funziona\". Molti bancomat \"sono stati colpiti\"."
        ),
        vec![
            some("Anna Kowalska"),
            some("Anna Kowalska"),
            some("Anna Kowalska"),
            some("Anna Kowalska")
        ]
    );
    assert_eq!(
        who(
            "Anna Kowalska incontra Tom Berg a Roma. \"Siamo pronti\", ha detto Anna Kowalska. \
             Tom Berg è arrivato in serata. I trasporti sono \"in difficoltà\"."
        ),
        vec![some("Anna Kowalska"), None]
    );
    assert_eq!(
        who(
            "Anna Kowalska incontra Tom Berg a Roma. \"Siamo pronti\", ha detto Anna \
             Kowalska.\n\nPer quanto riguarda i trasporti, la situazione è \"difficile\"."
        ),
        vec![some("Anna Kowalska"), None]
    );
}

/// "annunciato dall'inquilino dell'Eliseo": an article fused with "da"
/// determines the role noun as "l'" does, so the seat's occupant speaks,
/// not the last person named.
#[test]
fn a_role_after_an_article_fused_with_da_is_its_holder() {
    assert_eq!(
        who(
            "La presidente francese Anna Kowalska ha accolto il cancelliere tedesco, Tom Berg. \
             Un abbraccio dopo anni difficili con l'ex cancelliere Piet Hoorn.\n\nSecondo quanto \
             annunciato dall'inquilino dell'Eliseo, il piano è un \"consiglio di difesa\" comune."
        ),
        vec![some("Anna Kowalska")]
    );
}

#[test]
fn a_name_right_before_a_lower_case_quote_is_its_subject_not_its_speaker() {
    // The name before the quote is who the quoted words are about; the verb
    // after the quote drops its subject, who is the one named before.
    assert_eq!(
        who(
            "Ana Ribeiro falou em Lisboa. Carlos Mendes \"quer nos dividir, mas não vai conseguir\", declarou."
        ),
        vec![some("Ana Ribeiro")]
    );
    assert_eq!(
        who("Lucía Ortega habló en Madrid. Carlos Mendes «quiere dividirnos a todos», afirmó."),
        vec![some("Lucía Ortega")]
    );
}

/// "…, a indiqué sur X la ministre …, Claire Vasseur, affirmant qu'il
/// n'y avait « … »": the subject written after its verb may follow where
/// the words were posted, be a role in apposition to the name, or be a
/// name that runs past the words right after the verb; the participle
/// after it goes on with that subject.
#[test]
fn an_inverted_subject_past_a_medium_or_a_role_speaks_on_in_the_participle() {
    assert_eq!(
        who(
            "Un vol a eu lieu à Lyon, a indiqué la ministre Claire Vasseur, affirmant qu'il \
             n'y avait « pas de blessés à déplorer »."
        ),
        vec![some("Claire Vasseur")]
    );
    assert_eq!(
        who(
            "Un vol a eu lieu à Lyon, a indiqué sur X la ministre française de la Culture, \
             Claire Vasseur, affirmant qu'il n'y avait « pas de blessés à déplorer »."
        ),
        vec![some("Claire Vasseur")]
    );
}

#[test]
fn a_subject_after_an_opening_phrase_of_topic_introduces_the_quote_with_a_colon() {
    // "Sur la question de …, X s'est montré optimiste :": the opening
    // phrase, closed by its comma, is passed over; X opens the introduction.
    assert_eq!(
        who(
            "Sur la question d'un éventuel traité de libre-échange avec le Canada, Maria Lopez \
             s'est montrée prudente : « Rien n'est encore signé »."
        ),
        vec![some("Maria Lopez")]
    );
}

/// "aseguró que X «…»", "ha assicurato che X «…»": a name after "that"
/// is the subject of the clause reported; the verb's dropped subject is
/// the person speaking before.
#[test]
fn a_name_after_that_is_not_the_reporting_verbs_subject() {
    for (story, said, clause) in [
        (
            "El presidente de Francia, Marco Bellini, se reunió el lunes en Lisboa con el \
             primer ministro portugués, Luis Morales.",
            "\"Fue una reunión muy productiva\", afirmó Bellini ante la prensa.",
            "Consultado sobre la crisis, aseguró que Morales \"ha hecho un trabajo enorme\" por \
             la región.",
        ),
        (
            "Il presidente francese Marco Bellini ha incontrato lunedì a Lisbona il premier \
             portoghese Luca Morales.",
            "«È stato un incontro molto utile», ha detto Bellini ai giornalisti.",
            "Interpellato sulla crisi, ha assicurato che Morales «ha fatto un lavoro enorme» per \
             la regione.",
        ),
    ] {
        assert_eq!(
            who(&format!("{story}\n\n{said}\n\n{clause}")),
            vec![some("Marco Bellini"), some("Marco Bellini")],
            "{clause}"
        );
    }
}

/// "« … », a-t-il dit, lors d'un dîner chez le chancelier X": the inverted
/// pronoun is the sentence's subject, so X, named after it, is none, and a
/// later "a-t-il" goes on with the speaker.
#[test]
fn a_name_after_an_inverted_pronoun_is_no_subject() {
    assert_eq!(
        who(
            "Le président américain Marc Bellami a reçu mardi le chancelier allemand Paul \
             Weber.\n\n« Nous avons beaucoup travaillé », a-t-il dit, lors d’un dîner dans la \
             résidence du chancelier Paul Weber à Bonn.\n\nSur le commerce, le dirigeant \
             républicain a paru prudent. « Rien n’est encore signé », a-t-il ajouté."
        ),
        vec![some("Marc Bellami"), some("Marc Bellami")]
    );
}

/// "X, qui a lui réclamé « … »": a stressed pronoun after the auxiliary
/// sets the relative's antecedent against someone else; it is no object,
/// and the antecedent speaks.
#[test]
fn a_stressed_pronoun_after_a_relatives_auxiliary_keeps_the_antecedent() {
    assert_eq!(
        who(
            "Le président américain Marc Bellami a rencontré jeudi à Berlin le chancelier \
             allemand Paul Weber, qui a lui réclamé « davantage de patience » aux marchés."
        ),
        vec![some("Paul Weber")]
    );
}

/// "…, a redit X": "redire" (to say again) reports as "dire" does.
#[test]
fn saying_again_reports() {
    assert_eq!(
        who(
            "Tom Berg est arrivé à Paris. Nous devons «accentuer la pression» sur Piet Olsen, \
             a redit Maria Lopez, qui se pose en médiatrice."
        ),
        vec![some("Maria Lopez")]
    );
}

/// "«…», arengó el presidente X": "harangued", a reporting verb of
/// speeches to a crowd, reports as "dijo" does.
#[test]
fn a_harangue_reports_its_words() {
    assert_eq!(
        who(
            "«No se rindan ante nadie. Ustedes son los dueños del futuro», arengó el presidente \
             Tom Berg en la plaza de Lima."
        ),
        vec![some("Tom Berg")]
    );
}

/// "Negli ultimi anni, ha poi continuato il presidente argentino, «…»":
/// "continued" reports as "ha proseguito" does, its subject after it.
#[test]
fn continuing_reports_its_words() {
    assert_eq!(
        who(
            "Il presidente argentino Tom Berg ha parlato a Roma. «Sono qui oggi per parlare di \
             libertà», ha detto Berg. Negli ultimi anni, ha poi continuato il presidente \
             argentino, «i leader hanno abbandonato la libertà per il collettivismo»."
        ),
        vec![some("Tom Berg"), some("Tom Berg")]
    );
}
