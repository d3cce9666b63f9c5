//! Attribution in headlines and labels, each on an invented text: a
//! possessive label ("the words of X were: …"), a quote opening a headline
//! labelled after its colon by its speaker or by the possessor of a speech,
//! a role noun or a surname in a title-case headline.

use crate::attribution::{some, speakers_under, who};

/// "Le parole di X sono state: «…»", "Les mots directs de X étaient :
/// « … »": the words' owner speaks, an adjective may follow the noun; a
/// subject whose verb answers someone's words still speaks.
#[test]
fn a_possessive_label_names_the_owner_of_the_words() {
    assert_eq!(
        who(
            "Tom Berg parlò per primo. Le parole di Maria Lopez sono state: «Non ci fermeremo mai»."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "Tom Berg a parlé. Les mots directs de Maria Lopez étaient : « Nous ne céderons pas »."
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who("Tom Berg answered the words of Maria Lopez: “We will not back down.”"),
        vec![some("Tom Berg")]
    );
}

/// "‘…’: Jane Doe vows …": the person opening the label after a headline
/// quote's colon speaks, a title before the name or not.
#[test]
fn the_person_opening_a_headline_label_speaks() {
    assert_eq!(
        who(
            "“We will fight on”: Senator Tom Walsh sworn in for a third term\n\nTom Walsh met \
             Maria Lopez in the capital on Monday. Lopez praised the vote."
        )[0],
        some("Tom Walsh")
    );
}

/// "‘…’: Key points of Jane Doe’s victory speech", "‘…’, Doe’s address
/// …": the possessor of a speech the label names speaks.
#[test]
fn the_possessor_of_a_speech_in_a_headline_label_speaks() {
    assert_eq!(
        who(
            "“Turn the lights on”: Key points from Maria Lopez’s fiery victory speech\n\nTom \
             Walsh met Maria Lopez in the capital on Monday. Walsh praised the vote."
        )[0],
        some("Maria Lopez")
    );
    assert_eq!(
        who(
            "“Only peace will do”, Maria Lopez’s address to the nation covers the war\n\nTom \
             Walsh met Maria Lopez in the capital on Monday. Walsh praised the vote."
        )[0],
        some("Maria Lopez")
    );
}

/// A possessor of anything but speech ("Doe’s killer"), or a name after a
/// preposition ("Tributes for Doe"), is not the label's speaker.
#[test]
fn a_possessor_or_object_in_a_headline_label_does_not_speak() {
    assert_ne!(
        who(
            "“A dark day for all of us”: Tom Walsh’s attacker charged in court\n\nMaria Lopez \
             met Tom Walsh in the capital on Monday. Lopez praised the police."
        )[0],
        some("Tom Walsh")
    );
    assert_ne!(
        who(
            "“A great man”: Tributes for Tom Walsh pour in\n\nMaria Lopez met Tom Walsh in \
             the capital on Monday. Lopez praised the police."
        )[0],
        some("Tom Walsh")
    );
}

/// "Utah governor calls the attack …": a headline drops its article, so a
/// role noun opening a clause of a headline (the title, or a short line
/// with no closing stop below a site's banner) stands for its holder.
#[test]
fn a_role_noun_opening_a_headline_clause_stands_for_its_holder() {
    assert_eq!(
        who(
            "Utah governor calls the attack a ‘political assassination’\n\nUtah Governor Tom \
             Walsh spoke on Monday."
        ),
        vec![some("Tom Walsh")]
    );
    assert_eq!(
        who(
            "Heist creates ‘terrible image’ of Utah, governor says\n\nMaria Berg spoke first. \
             Utah Governor Tom Walsh spoke on Monday. Berg left."
        ),
        vec![some("Tom Walsh")]
    );
}

/// "Iran supreme leader claims ‘victory’": two words may qualify the role
/// noun of a headline, a country and a modifier of the role.
#[test]
fn a_headline_role_noun_may_follow_two_qualifiers() {
    assert_eq!(
        who(
            "Norway supreme leader claims ‘victory’ in first comments\n\nNorway’s Supreme \
             Leader Tom Walsh spoke on Monday."
        ),
        vec![some("Tom Walsh")]
    );
    assert_eq!(
        who(
            "Norwegian foreign minister claims ‘victory’ in first comments\n\nNorway’s Foreign \
             Minister Tom Walsh spoke on Monday."
        ),
        vec![some("Tom Walsh")]
    );
}

/// "‘…’: Walsh Says Race Is Over": a headline capitalises its function
/// words too, and the surname among them is still the known person's.
#[test]
fn a_surname_in_a_title_case_headline_with_function_words_speaks() {
    use verbatim::corpus::{Article, Corpus};
    let text = "‘We must go on’: Walsh Says Race Is Over\n\n\
                Senator Tom Walsh spoke on Sunday in Boston about the campaign.\n";
    let corpus = Corpus::from_articles(vec![Article::new("t", "t", text.to_string())]);
    let mut quotes = crate::common::extract_all(&corpus);
    let mut people = verbatim::people::find_people(&corpus);
    verbatim::quotes::attribute::attribute(&corpus, &mut quotes, &mut people);
    let speakers: Vec<_> = quotes
        .iter()
        .map(|q| q.speaker.map(|p| people[p].name.as_str()))
        .collect();
    assert_eq!(speakers, [Some("Tom Walsh")]);
}

/// "The President. Thank you …": a transcript in the record's style labels
/// each turn with an office and a stop; the turn and the paragraphs going
/// on with it are the office holder's, not the person named most, up to
/// the next label (a question's "Q." here).
#[test]
fn a_record_turn_is_spoken_by_the_holder_of_its_office() {
    assert_eq!(
        who(
            "Mayor Tom Berg introduced President Maria Lopez, and Tom Berg thanked the builders.\n\n\
             The President. Thank you very much. Please sit down, everybody.\n\n\
             Today we open a bridge that took ten long years to build.\n\n\
             Q. Madam President, will it carry trains one day?\n\n\
             Tom Berg spoke after her."
        ),
        vec![some("Maria Lopez"), some("Maria Lopez")]
    );
}

/// "President Lopez. Thank you …", "Mayor Berg. …": a record that names its
/// speakers labels each turn with a title, a name and a stop; the turn and
/// the paragraphs going on with it are the named person's.
#[test]
fn a_record_turn_labelled_by_name_is_spoken_by_that_person() {
    assert_eq!(
        who(
            "Mayor Tom Berg welcomed President Maria Lopez to the bridge.\n\n\
             President Lopez. Thank you very much. Please sit down, everybody.\n\n\
             Today we open a bridge that took ten long years to build.\n\n\
             Mayor Berg. Thank you, Madam President, for coming.\n\n\
             Q. Will it carry trains one day?"
        ),
        vec![some("Maria Lopez"), some("Maria Lopez"), some("Tom Berg")]
    );
}

/// "THE PRESIDENT: …" beside "PRESIDENT HOLM: …": a transcript that labels
/// its guest by name labels its host by office alone, so the office is the
/// president with no turn of his own, not the guest the label follows; a
/// paragraph after a turn goes on with it, up to the next label.
#[test]
fn an_office_label_beside_a_named_one_is_the_unlabelled_holder() {
    assert_eq!(
        who(
            "President Tom Berg welcomed President Karl Holm to the summit.\n\n\
             PRESIDENT HOLM: (As interpreted.) Dear Mr. President, our talks were useful.\n\n\
             We expect this to be the starting point of a settlement.\n\n\
             THE PRESIDENT: Thank you very much. That was a very productive meeting.\n\n\
             PRESIDENT HOLM: Next time in our capital, then."
        ),
        vec![
            some("Karl Holm"),
            some("Karl Holm"),
            some("Tom Berg"),
            some("Karl Holm")
        ]
    );
}

/// "Le parole di Lopez sono state: «…»": after a speech noun's "of", a
/// surname alone is the owner of the words, though "di Lopez" reads as a
/// name with its particle ("de Gaulle") that names nobody.
#[test]
fn a_surname_alone_after_the_words_of_names_their_owner() {
    assert_eq!(
        who(
            "La presidente Maria Lopez ha parlato a lungo. Le parole di Lopez sono state: \
             \"Non ci fermeremo mai.\""
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "La présidente Maria Lopez a parlé longtemps. Les mots de Lopez étaient : « Nous \
             ne céderons pas. »"
        ),
        vec![some("Maria Lopez")]
    );
}

/// "PM Hits Holm Hard In Victory Speech Lesson On ‘…’": a title-case
/// headline capitalises its verb, which is no qualifier of the role
/// before it ("President of Nordland Jan Holm" is one), so the name after
/// the verb is its object and the role's holder speaks.
#[test]
fn a_title_case_verb_after_a_headline_role_ends_the_role_phrase() {
    assert_eq!(
        speakers_under(
            "PM Hits Holm Hard In Victory Speech Lesson On “Southern Betrayal”",
            "Prime Minister Maria Lopez spoke after her win. President Karl Holm did not react."
        )[0]
        .1,
        some("Maria Lopez")
    );
    assert_eq!(
        who("Tom Berg spoke. The President of Nordland Karl Holm called it “a betrayal”."),
        vec![some("Karl Holm")]
    );
}

/// "Ready to meet Holm ‘anytime’ to talk peace": the name after an English
/// infinitive is its object, not the headline's speaker (whose subject the
/// headline drops).
#[test]
fn the_object_of_an_infinitive_is_no_speaker() {
    let got = speakers_under(
        "Ready to meet Holm “anytime” to talk peace deal",
        "President Maria Lopez said on Thursday she was ready to meet President Karl Holm.",
    );
    assert_ne!(got[0].1, some("Karl Holm"));
}

/// "Grief over Tom Becket turns to rage at ‘…’": a title-case headline may
/// give a name as two mentions ("Tom", "Becket"); as one, the name is the
/// object of the preposition before it and no speaker.
#[test]
fn a_name_after_a_preposition_in_a_headline_is_no_speaker() {
    let got = speakers_under(
        "Grief over Tom Becket turns to rage at “radical” rhetoric",
        "President Karl Holm spoke on Wednesday about the killing of Tom Becket.",
    );
    assert_ne!(got[0].1, some("Tom Becket"));
}

/// "‘…AND SO IT BEGINS!’ Holm reacts to Lopez victory", "he deflected
/// with a joke: ‘…’", "she instructed reporters": a reply is reported
/// speech like "said".
#[test]
fn a_reaction_or_a_deflection_reports_speech() {
    assert_eq!(
        speakers_under(
            "“…AND SO IT BEGINS!” Holm reacts to Lopez victory",
            "Maria Lopez won the mayoral race. President Karl Holm posted late at night."
        )[0]
        .1,
        some("Karl Holm")
    );
    assert_eq!(
        who(
            "Maria Lopez met Tom Berg on Monday.\n\n“I was nowhere near the harbour,” Berg \
             deflected when asked about the bruise."
        ),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who("Tom Berg met Maria Lopez on Monday.\n\n“Go home now,” Lopez instructed reporters."),
        vec![some("Maria Lopez")]
    );
}

/// "“…,” Holm contends in a letter", "Holm dismisses …": the present tense
/// of the reporting verbs, as headlines and analyses write them.
#[test]
fn the_present_tense_of_a_reporting_verb_reports() {
    assert_eq!(
        who(
            "Maria Lopez met Karl Holm.\n\n“We never saw the papers,” Holm contends in a new letter."
        ),
        vec![some("Karl Holm")]
    );
    assert_eq!(
        who("Maria Lopez met Karl Holm.\n\n“It will pass,” Holm scoffs."),
        vec![some("Karl Holm")]
    );
}

/// "E su Luca Moretti: «…»", "And on Doe:": a topic label before a colon
/// names whom the words are about; the person the report is about speaks,
/// with or without a coordinator opening the label.
#[test]
fn a_topic_label_before_a_colon_names_the_topic_not_the_speaker() {
    for (story, label, quote, speaker) in [
        (
            "The American president Mark Bellamy met the British prime minister Peter Ford in \
             London.",
            "And on Luke Morton:",
            "\"He was an extraordinary young man with a great future ahead of him.\"",
            "Mark Bellamy",
        ),
        (
            "Il presidente americano Marco Bellini ha incontrato a Londra il premier Pietro Ferri.",
            "E su Luca Moretti:",
            "\"Era un ragazzo straordinario con un grande futuro davanti a sé\".",
            "Marco Bellini",
        ),
        (
            "Le président américain Marc Bellami a rencontré le premier ministre britannique \
             Pierre Ferrand à Londres.",
            "Et sur Luc Morin :",
            "« C'était un jeune homme extraordinaire avec un grand avenir devant lui ».",
            "Marc Bellami",
        ),
    ] {
        assert_eq!(
            who(&format!("{story}\n\n{label} {quote}")),
            vec![some(speaker)],
            "{label}"
        );
    }
}

/// "Ed su X:", "Poi su X:", "Et puis sur X :": up to two linking words (a
/// coordinator, an adverb of sequence) may open a topic label; the person
/// the report is about still speaks.
#[test]
fn a_topic_label_may_open_with_two_linking_words() {
    for (story, label, quote, speaker) in [
        (
            "Il presidente americano Marco Bellini ha incontrato a Londra il premier Pietro Ferri.",
            "Ed su Luca Moretti:",
            "\"Era un ragazzo straordinario, con un grande futuro\".",
            "Marco Bellini",
        ),
        (
            "Il presidente americano Marco Bellini ha incontrato a Londra il premier Pietro Ferri.",
            "Poi su Luca Moretti:",
            "\"Era un ragazzo straordinario, con un grande futuro\".",
            "Marco Bellini",
        ),
        (
            "Le président américain Marc Bellami a rencontré le premier ministre Pierre Ferrand \
             à Londres.",
            "Et puis sur Luc Morin :",
            "« C'était un jeune homme extraordinaire ».",
            "Marc Bellami",
        ),
        (
            "El presidente estadounidense Marcos Beltrán se reunió en Londres con el primer \
             ministro Pedro Ferrer.",
            "Y luego sobre Lucas Moreno:",
            "\"Era un joven extraordinario\".",
            "Marcos Beltrán",
        ),
        (
            "Der amerikanische Präsident Markus Bell traf in London den Premierminister Peter \
             Fehr.",
            "Und dann über Lukas Mohr:",
            "„Er war ein außergewöhnlicher junger Mann“.",
            "Markus Bell",
        ),
    ] {
        assert_eq!(
            who(&format!("{story}\n\n{label} {quote}")),
            vec![some(speaker)],
            "{label}"
        );
    }
}
