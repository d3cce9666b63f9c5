//! The tail rules' tests (kept apart to keep `tails.rs` short).
use super::*;

fn tails(body: &str) -> Vec<String> {
    super::super::span_texts("Leaders meet in Helsinki", body, |a| {
        attributed_tails(a, &FullNames::new(&a.text))
    })
}

#[test]
fn a_statement_closed_by_a_dash_and_a_persons_name() {
    assert_eq!(
        tails("Vladimir Putin arrived.\n\nThe talks were useful and frank. — Putin."),
        ["The talks were useful and frank."]
    );
    assert_eq!(
        tails("The talks were useful and frank. — Donald Trump"),
        ["The talks were useful and frank."]
    );
}

#[test]
fn a_reporting_clause_after_the_dash_credits_the_statement() {
    assert_eq!(
        tails("Now it is up to others to form a government - he said."),
        ["Now it is up to others to form a government"]
    );
    assert_eq!(
        tails(
            "This is a bitter result for the party, it is also a defeat. — Jane Doe said in her first reaction at the party's office."
        ),
        ["This is a bitter result for the party, it is also a defeat."]
    );
    assert_eq!(
        tails("Переговоры были полезными и откровенными, — сказал Путин."),
        ["Переговоры были полезными и откровенными"]
    );
    // No verb, no subject, a sentence end or a long story after the
    // dash, or more than a few words after the verb where no sentence
    // end comes before the dash: no credit.
    assert!(tails("The talks were useful and frank. — the summit in Oslo").is_empty());
    assert!(tails("The talks were useful and frank. — said.").is_empty());
    assert!(tails("The talks were useful and frank. — he said. Then he left").is_empty());
    assert!(tails("Prices rose sharply in May — he said the data were preliminary.").is_empty());
    // Where and when may follow the verb at some length; a clause may not.
    assert_eq!(
        tails("This is a bitter result for the party — Jane Doe said in her first reaction."),
        ["This is a bitter result for the party"]
    );
    assert!(
        tails("Prices rose sharply in May — Jane Doe said in a statement that the data were late.")
            .is_empty()
    );
    assert!(
        tails("Prices rose sharply in May — he said on Friday prices were falling.").is_empty()
    );
    assert!(
        tails("The talks were useful and frank. — Jane Doe said in the hall of the old palace on the river after the long dinner with the guests.")
            .is_empty()
    );
}

#[test]
fn a_name_after_a_dash_on_the_next_line_credits_the_paragraph() {
    assert_eq!(
        tails("Free debate was what he lived for, and we must keep it…\n\n— Ohio Gov. Jane Doe"),
        ["Free debate was what he lived for, and we must keep it…"]
    );
    // An agency, a long line or an unfinished sentence is no credit.
    assert!(tails("The leaders shook hands in the hall.\n\n— Reuters").is_empty());
    assert!(tails("Free debate was what he lived for and\n\n— Jane Doe").is_empty());
    assert!(
        tails("The leaders shook hands in the hall.\n\n— Photos taken on Monday by Jane Doe in the hall of the palace")
            .is_empty()
    );
}

#[test]
fn a_credit_or_a_short_line_after_a_dash_is_no_statement() {
    assert!(tails("The leaders shook hands in the hall. — Reuters").is_empty());
    assert!(tails("Vladimir Putin arrived.\n\nHelsinki talks. — Putin").is_empty());
    assert!(tails("The talks were long - and they were useful.").is_empty());
    assert!(tails("The talks were useful and frank — Donald Trump").is_empty());
}

#[test]
fn speech_closed_by_a_reporting_clause_on_a_line_of_its_own() {
    assert_eq!(
        tails("We will meet again soon, we agreed on that, the Russian president said."),
        ["We will meet again soon, we agreed on that"]
    );
    assert_eq!(
        tails("The two met for hours. I think it went well, Trump told reporters later."),
        ["I think it went well"]
    );
    assert_eq!(
        tails("Мы обязательно встретимся снова, сказал Путин."),
        ["Мы обязательно встретимся снова"]
    );
}

#[test]
fn a_reporting_clause_is_at_most_its_word_limit_long() {
    // Eight words after the comma: a reporting clause; nine: not one.
    let eight = "We will rebuild it, the minister said to reporters in the hall.";
    assert_eq!(
        bare_words(eight.split_once(", ").unwrap().1).count(),
        MAX_CLAUSE_WORDS
    );
    assert_eq!(tails(eight), ["We will rebuild it"]);
    let nine = "We will rebuild it, the minister said to reporters in the old hall.";
    assert!(tails(nine).is_empty());
}

#[test]
fn a_short_aside_may_follow_the_reporting_clause() {
    assert_eq!(
        tails("We must rebuild the bridge first, Jane Doe said, addressing the council."),
        ["We must rebuild the bridge first"]
    );
    assert_eq!(
        tails("Our turnout was a record, Doe said in Leeds, at the party's office."),
        ["Our turnout was a record"]
    );
    assert_eq!(
        tails("This is a great day for the town, said the mayor, Jane Doe, who runs the fair."),
        ["This is a great day for the town"]
    );
    // Still a reporting clause: wire paraphrase keeps its subject first.
    assert!(tails("Talks will resume in June, a spokesman said, citing the calendar.").is_empty());
    // An aside that speaks carries the statement on; a long one is narrative.
    assert!(tails("We will win, he said, and we will govern.").is_empty());
    assert!(
        tails("We will win, he said, before the crowd left the square and the lights in the hall went out.")
            .is_empty()
    );
}

#[test]
fn a_lone_verb_of_a_pro_drop_language_is_a_reporting_clause() {
    assert_eq!(
        tails("Tengo curiosidad por ver si nos pondremos de acuerdo, subrayó."),
        ["Tengo curiosidad por ver si nos pondremos de acuerdo"]
    );
    assert_eq!(
        tails("Noi non ci fermeremo adesso, ha detto."),
        ["Noi non ci fermeremo adesso"]
    );
    // Still somebody speaking; an English verb alone names nobody.
    assert!(tails("Los precios subirán en junio, subrayó.").is_empty());
    assert!(tails("We will not stop now, said.").is_empty());
}

#[test]
fn earlier_sentences_join_while_they_are_speech_too() {
    assert_eq!(
        tails("We talked for hours. Our teams will meet, he said."),
        ["We talked for hours. Our teams will meet"]
    );
}

#[test]
fn an_inverted_clause_naming_a_person_or_a_role_needs_no_first_person_word() {
    assert_eq!(
        tails("The recovery will take months, not weeks, said the agency chief."),
        ["The recovery will take months, not weeks"]
    );
    assert_eq!(
        tails("Jane Doe arrived.\n\nThe recovery will take months, said Doe."),
        ["The recovery will take months"]
    );
    assert!(tails("The recovery will take months, said the ministry.").is_empty());
    assert!(tails("The recovery will take months, said Reuters.").is_empty());
    assert!(tails("Восстановление займет месяцы, сообщил министр.").is_empty());
    assert!(tails("The recovery will take months, a spokesman said.").is_empty());
    assert!(tails("The recovery will take months, said a spokesman.").is_empty());
}

#[test]
fn a_captions_credit_after_the_clause_is_read_past() {
    assert_eq!(
        tails("We will rebuild every house here, the minister said. AFP"),
        ["We will rebuild every house here"]
    );
    assert!(tails("The minister visited the flooded town. AFP").is_empty());
}

#[test]
fn the_credit_is_cut_at_the_last_stop_followed_by_a_space() {
    let cut = |line: &str| {
        let text = format!("x\n{line}");
        let r = without_credit(&text, 2..text.len());
        text[r].to_string()
    };
    // The last ". " decides, not an earlier one nor a stop glued to a word.
    assert_eq!(
        cut("It rained. We left.. Then it cleared. (Reuters)"),
        "It rained. We left.. Then it cleared."
    );
    assert_eq!(cut("Talks ended. Europa Press"), "Talks ended.");
    assert_eq!(cut("Talks ended. A.F.P."), "Talks ended. A.F.P.");
    assert_eq!(
        cut("Talks ended in St. Petersburg late"),
        "Talks ended in St. Petersburg late"
    );
    assert_eq!(cut("No stop here"), "No stop here");
    assert_eq!(cut("Ends with a stop. "), "Ends with a stop. ");
}

#[test]
fn wire_paraphrase_and_quoted_paragraphs_are_left_alone() {
    assert!(tails("Talks will resume next week in Geneva, a spokesman said.").is_empty());
    assert!(tails("The US will act on tariffs soon, officials said.").is_empty());
    assert!(tails("\"We will meet again soon,\" the president said.").is_empty());
    assert!(tails("We will meet, they agreed, and then went home.").is_empty());
}

/// An inverted reporting clause may run past its length with where the
/// speaker is from or spoke, right after the name; a participle's object
/// and a clause after it are no scene.
#[test]
fn a_scene_after_the_speakers_name_lengthens_the_clause() {
    assert_eq!(
        tails(
            "I had hoped for a few more votes, says party member Ana Ruiz from a village near Lyon."
        ),
        ["I had hoped for a few more votes"]
    );
    assert!(
        tails("Jane Doe dismissed the claims on Monday, saying Ana Ruiz's remarks on the issue were aimed at the press.")
            .is_empty()
    );
}
