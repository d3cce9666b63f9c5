//! Quote extraction: every rule on small fixtures, the hand-annotated seed
//! corpus (recall and exact boundaries), robustness and linear time.

use crate::common;

use std::time::Instant;

use proptest::prelude::*;
use verbatim::corpus::{Article, Corpus, ParagraphKind, bundled_corpus};
use verbatim::ids::SourceId;
use verbatim::people::find_people;
use verbatim::quotes::Quote;
use verbatim::quotes::attribute::attribute;
use verbatim::quotes::extract::extract;

fn article(text: &str) -> Article {
    Article::new("t", "t", text.to_string())
}

fn quotes(text: &str) -> Vec<String> {
    let a = article(text);
    extract(&a, SourceId::new(0), 0)
        .iter()
        .map(|q| a.text[q.inner()].to_string())
        .collect()
}

/// Titled article so the fixture line under test is a body paragraph.
fn body(line: &str) -> String {
    format!("A headline about talks\n\n{line}\n")
}

#[test]
fn every_style_of_mark_is_read() {
    let cases = [
        ("He said “we will win” today.", "we will win"),
        ("He said \"we will win\" today.", "we will win"),
        ("He said ‘we will win’ today.", "we will win"),
        ("He said 'we will win' today.", "we will win"),
        (
            "Er sagte „wir werden gewinnen“ heute.",
            "wir werden gewinnen",
        ),
        (
            "Il a dit « nous allons gagner » hier.",
            "nous allons gagner",
        ),
        (
            "Er sagte »wir werden gewinnen« heute.",
            "wir werden gewinnen",
        ),
    ];
    for (line, want) in cases {
        assert_eq!(quotes(&body(line)), vec![want], "{line}");
    }
}

#[test]
fn apostrophes_are_not_closing_marks() {
    let title = "‘Ukraine’s security must be ensured’, says Putin, but only if Russia’s concerns are addressed\n\nBody text here.";
    assert_eq!(quotes(title), vec!["Ukraine’s security must be ensured"]);
    let cases = [
        (
            "She said ‘they’re ready and it’s time’ on Monday.",
            "they’re ready and it’s time",
        ),
        (
            "He said ‘back in the ’90s we did this’ to them.",
            "back in the ’90s we did this",
        ),
        (
            "He said ‘I love rock ’n’ roll music’ loudly.",
            "I love rock ’n’ roll music",
        ),
        (
            "He said ‘the leaders’ summit went well’ again.",
            "the leaders’ summit went well",
        ),
        (
            "He said 'Ukraine's future is at stake' again.",
            "Ukraine's future is at stake",
        ),
    ];
    for (line, want) in cases {
        assert_eq!(quotes(&body(line)), vec![want], "{line}");
    }
    assert!(quotes(&body("The leaders’ summit and Ukraine’s army in the ’90s.")).is_empty());
}

#[test]
fn nested_quotes_stay_inside_the_outer_quote() {
    let text = body("He added: “Ukraine has to agree to it. Maybe they’ll say ‘no’.”");
    assert_eq!(
        quotes(&text),
        vec!["Ukraine has to agree to it. Maybe they’ll say ‘no’."]
    );
    let text = body("She said \"he told me 'never again' and left\" then went.");
    assert_eq!(quotes(&text), vec!["he told me 'never again' and left"]);
}

#[test]
fn a_reopened_paragraph_is_a_quotation_of_its_own() {
    // The English convention: a long quotation reopens each paragraph and
    // closes only in the last; outlets quote the paragraphs one at a time.
    let text = "A headline about talks\n\nHe said: “The first part goes on.\n\n\
                “And the second part ends here,” he added.\n";
    let a = article(text);
    let qs = extract(&a, SourceId::new(0), 0);
    let inners: Vec<&str> = qs.iter().map(|q| &a.text[q.inner()]).collect();
    assert_eq!(
        inners,
        ["The first part goes on.", "And the second part ends here,"]
    );
    assert_ne!(qs[0].paragraph(), qs[1].paragraph());
}

#[test]
fn a_quote_runs_over_paragraphs_when_the_next_one_only_closes_it() {
    let text = "Titre\n\nIl a déclaré : « Nous avons gagné ce soir.\n\n\
                Et nous allons continuer demain. »\n\nAutre chose.\n";
    let a = article(text);
    let qs = extract(&a, SourceId::new(0), 0);
    assert_eq!(qs.len(), 1, "{qs:?}");
    let inner = &a.text[qs[0].inner()];
    assert_eq!(
        inner,
        "Nous avons gagné ce soir.\n\nEt nous allons continuer demain."
    );
    let opens = a.paragraph_at(qs[0].outer().start).unwrap();
    assert_eq!(qs[0].paragraph(), opens);
    assert!(a.paragraph_at(qs[0].outer().end - 1).unwrap() > opens);
}

#[test]
fn a_quote_runs_through_unmarked_paragraphs_to_the_one_that_closes_it() {
    let text = "Titlu\n\n„Ce bucurie! Prima parte.\n\nA doua parte.\n\n\
                A treia parte” – Cristiano Ronaldo, la Sport TV.\n\nAlt paragraf.\n";
    let a = article(text);
    let qs = extract(&a, SourceId::new(0), 0);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(
        &a.text[qs[0].inner()],
        "Ce bucurie! Prima parte.\n\nA doua parte.\n\nA treia parte"
    );
    // Too many unmarked paragraphs: a stray opener, bounded by its paragraph.
    let middle = "Un paragraf fără ghilimele.\n\n".repeat(9);
    let text = format!("Titlu\n\n„Început fără sfârșit.\n\n{middle}Final” – X.\n");
    assert_eq!(quotes(&text), vec!["Început fără sfârșit."]);
}

#[test]
fn a_statement_left_open_where_the_text_ends_is_kept() {
    // A text cut short: the quotation runs to the end of the story.
    let text = "Titlu\n\nEl a declarat:\n\n„Sunt foarte fericit.\n\nEste un lucru special.\n";
    assert_eq!(
        quotes(text),
        vec!["Sunt foarte fericit.\n\nEste un lucru special."]
    );
    let text = body("Lo ha detto il cancelliere. \"I nostri ministri firmeranno oggi.");
    assert_eq!(quotes(&text), vec!["I nostri ministri firmeranno oggi."]);
    // Mid-sentence or lower case, an unclosed straight quote is a stray.
    assert!(quotes(&body("He said. \"oops and nothing more.")).is_empty());
    let text = "Title\n\nHe said: \"We will win.\n\nThen the match began.\n\nMore text.\n\nEnd.\n\nLast.\n";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn glued_and_mixed_marks_still_pair() {
    let text = body("Putin said at his conference.\"I assure you it is not,\" he said.");
    assert_eq!(quotes(&text), vec!["I assure you it is not,"]);
    let text = body(
        "\"Abbiamo vinto, anche sul filo del rasoio», ha affermato. Poi: «Vedrete che vinceremo», ha replicato.",
    );
    assert_eq!(
        quotes(&text),
        vec![
            "Abbiamo vinto, anche sul filo del rasoio",
            "Vedrete che vinceremo"
        ]
    );
}

/// Wire copy closes a straight double quote with two apostrophes; the
/// apostrophes are no part of the words, and the quote after it still pairs.
#[test]
fn two_apostrophes_close_a_straight_double_quote() {
    let text = body(
        "The coach said the side had gone \"to the very last minute'' to win. \
         Fans chanted \"We are the champions!'' outside.",
    );
    assert_eq!(
        quotes(&text),
        vec!["to the very last minute", "We are the champions!"]
    );
}

#[test]
fn unbalanced_marks_stay_in_their_paragraph() {
    let text = "A headline about talks\n\nHe said “this never closes in the text.\n\nThen came “a real quote” from her.\n";
    let a = article(text);
    let qs = extract(&a, SourceId::new(0), 0);
    let texts: Vec<&str> = qs.iter().map(|q| &a.text[q.inner()]).collect();
    assert_eq!(
        texts,
        vec!["this never closes in the text.", "a real quote"]
    );
    assert_eq!(
        a.paragraph_at(qs[0].outer().end - 1),
        Some(qs[0].paragraph())
    );
    // A stray straight quote produces nothing.
    assert!(quotes(&body("He said \"oops and then nothing happened.")).is_empty());
    assert!(quotes(&body("” ’ » ‘ “")).len() <= 1);
}

#[test]
fn quotes_in_titles_count_and_in_boilerplate_do_not() {
    let text = "Minister says ‘we are ready’\n\nThe minister spoke on Monday.\n\nLeave a Reply “not a quote”\n\nYour email address will not be published. Required fields are marked *\n";
    let a = article(text);
    let kinds: Vec<ParagraphKind> = a.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(kinds[0], ParagraphKind::Title);
    assert!(kinds[2..].iter().all(|k| !k.is_content()), "{kinds:?}");
    assert_eq!(quotes(text), vec!["we are ready"]);
}

#[test]
fn inner_span_excludes_marks_and_padding_and_keeps_punctuation() {
    assert_eq!(
        quotes(&body("He said “  padded words  ” here.")),
        vec!["padded words"]
    );
    assert_eq!(
        quotes(&body("“Russia is a big power, and they’re not,” he said.")),
        vec!["Russia is a big power, and they’re not,"]
    );
    assert!(quotes(&body("Marks around nothing: “ ” and “…” here.")).is_empty());
}

#[test]
fn sentence_spans_cover_the_reporting_clause() {
    let text = body("First sentence here. “I think we are close,” he said. Another one follows.");
    let a = article(&text);
    let q = &extract(&a, SourceId::new(0), 0)[0];
    assert_eq!(&a.text[q.sentence()], "“I think we are close,” he said.");
    let text = body("The U.S. President said “it was good” on Monday. Next.");
    let a = article(&text);
    let q = &extract(&a, SourceId::new(0), 0)[0];
    assert_eq!(
        &a.text[q.sentence()],
        "The U.S. President said “it was good” on Monday."
    );
}

#[test]
fn short_scare_quotes_are_fragments() {
    let text = body(
        "Both spoke of “progress”, and he said “We will keep talking to all our partners until the war ends.”",
    );
    let a = article(&text);
    let qs = extract(&a, SourceId::new(0), 0);
    let flags: Vec<bool> = qs.iter().map(|q| q.fragment).collect();
    assert_eq!(flags, vec![true, false]);
    assert!(!extract(&article(&body("He said: “No.”")), SourceId::new(0), 0)[0].fragment);
    assert!(!extract(&article(&body("He said: “Wait…”")), SourceId::new(0), 0)[0].fragment);
    assert!(
        !extract(
            &article(&body("“Sanctions have failed,” he said.")),
            SourceId::new(0),
            0
        )[0]
        .fragment
    );
    assert!(
        extract(
            &article(&body("He called it “Frankly odd” twice.")),
            SourceId::new(0),
            0
        )[0]
        .fragment
    );
}

#[test]
fn ids_number_from_first_id_in_text_order() {
    let a = article(&body("“One,” he said. “Two,” she said."));
    let qs = extract(&a, SourceId::new(3), 10);
    assert_eq!(
        qs.iter().map(|q| q.id.index()).collect::<Vec<_>>(),
        vec![10, 11]
    );
    assert!(
        qs.iter()
            .all(|q| q.source == SourceId::new(3) && q.speaker.is_none())
    );
}

fn check_spans(a: &Article, qs: &[Quote]) {
    let mut last = 0;
    for q in qs {
        assert!(q.outer().start >= last, "overlapping quotes");
        last = q.outer().end;
        assert!(
            a.text.get(q.inner()).is_some(),
            "inner not on char boundaries"
        );
        assert!(a.text.get(q.outer()).is_some());
        assert!(a.text.get(q.sentence()).is_some());
        assert!(q.outer().start <= q.inner().start && q.inner().end <= q.outer().end);
        assert!(q.sentence().start <= q.outer().start && q.outer().end <= q.sentence().end);
        assert!(q.inner().start < q.inner().end);
        assert!(a.paragraphs[q.paragraph()].kind.is_content());
    }
}

fn marky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just(" ".to_string()),
        "[a-zA-Zé日本 ]{0,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn arbitrary_text_never_panics_and_spans_slice(text in marky_text()) {
        let a = article(&text);
        let qs = extract(&a, SourceId::new(0), 0);
        check_spans(&a, &qs);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let a = article(&text);
        check_spans(&a, &extract(&a, SourceId::new(0), 0));
    }
}

/// One paragraph of 300,000 random marks.
fn many_marks_article() -> Article {
    let mut text = String::from("Headline\n\n");
    let marks = ['“', '”', '‘', '’', '"', '\'', '«', '»', '„'];
    let mut seed: u64 = 7;
    for i in 0..300_000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push(marks[(seed >> 33) as usize % marks.len()]);
        text.push_str(if i % 3 == 0 { "a " } else { "b" });
    }
    article(&text)
}

#[test]
fn many_marks_in_one_paragraph_give_well_formed_spans() {
    let a = many_marks_article();
    check_spans(&a, &extract(&a, SourceId::new(0), 0));
}

/// Linear time means even the debug build handles 300,000 marks quickly. A
/// time budget, so not in the default run: `cargo test -- --ignored`.
#[test]
#[ignore]
fn many_marks_in_one_paragraph_take_linear_time() {
    let a = many_marks_article();
    let started = Instant::now();
    let qs = extract(&a, SourceId::new(0), 0);
    let took = started.elapsed();
    check_spans(&a, &qs);
    assert!(
        took.as_secs_f64() < 5.0,
        "300,000 random marks took {took:?}"
    );
}

/// The scale target from the issue; run with `cargo test --release -- --ignored`.
#[test]
#[ignore]
fn twenty_megabytes_of_quotes_in_well_under_a_second() {
    let mut text = String::from("Headline\n\nIt began. ");
    while text.len() < 20_000_000 {
        text.push_str("He said “we will keep going, and we won’t stop,” and “then some” later. ");
    }
    let a = article(&text);
    let started = Instant::now();
    let qs = extract(&a, SourceId::new(0), 0);
    let took = started.elapsed();
    println!("{} quotes in {:?}", qs.len(), took);
    assert!(qs.len() >= 150_000);
    assert!(took.as_secs_f64() < 1.0, "took {took:?}");
}

#[test]
fn seed_extraction_meets_the_targets() {
    let corpus = bundled_corpus();
    let annotation = common::annotation();
    let report = common::match_quotes(&corpus, &annotation, common::extract_all(&corpus));
    let total = annotation.len();
    let exact = report.exact.iter().filter(|m| m.is_some()).count();
    let found = report.found;
    let extracted: usize = report.extracted;
    println!(
        "seed extraction: {total} annotated, {found} found ({:.1}%), {exact} with exact boundaries ({:.1}%), {extracted} extracted, precision {:.1}%",
        100.0 * found as f64 / total as f64,
        100.0 * exact as f64 / total as f64,
        100.0 * report.true_positive as f64 / extracted.max(1) as f64,
    );
    for (i, m) in report.exact.iter().enumerate() {
        if m.is_none() {
            println!(
                "  missed: {} {:?}",
                annotation[i].source, annotation[i].text
            );
        }
    }
    assert!(exact as f64 >= 0.97 * total as f64);
    assert!(report.true_positive as f64 >= 0.95 * extracted as f64);
    let fragments_agree = report
        .exact
        .iter()
        .enumerate()
        .filter(|(i, m)| m.is_some_and(|q| report.quotes[q].fragment == annotation[*i].fragment))
        .count();
    println!("fragment flag agrees on {fragments_agree}/{exact}");
    assert!(fragments_agree as f64 >= 0.85 * exact as f64);
}

/// Speech introduced by a dash (#11, "other languages"): extracted and
/// marked unquoted; a phrase in marks inside it stays a quote of its own.
#[test]
fn dash_introduced_speech_is_an_unquoted_statement() {
    let text = body(
        "- Drodzy Państwo, zwyciężyliśmy. To wejdzie na zawsze - \"na żyletki\"- powiedział Rafał Trzaskowski.",
    );
    let a = article(&text);
    let found: Vec<(&str, bool)> = extract(&a, SourceId::new(0), 0)
        .iter()
        .map(|q| (&a.text[q.inner()], q.quoted))
        .collect();
    assert_eq!(
        found,
        [
            ("Drodzy Państwo, zwyciężyliśmy. To wejdzie na zawsze", false),
            ("na żyletki", true)
        ]
    );
    for q in extract(&a, SourceId::new(0), 0) {
        assert!(q.outer().start <= q.inner().start && q.inner().end <= q.outer().end);
    }
    // The same dashes in English prose are not speech.
    assert!(quotes(&body("The plan - said to be final - was dropped.")).is_empty());
}

#[test]
fn a_post_embedded_from_a_social_network_is_an_unquoted_statement() {
    let text = "Biden quits\n\nJoe Biden announced it on Sunday.\n\n\
                My fellow Democrats, I have decided not to accept the nomination. \
                pic.twitter.com/x8DnvuImJV — Joe Biden (@JoeBiden) July 21, 2024\n";
    let a = article(text);
    let qs = extract(&a, SourceId::new(0), 0);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(!qs[0].quoted);
    assert_eq!(
        &a.text[qs[0].inner()],
        "My fellow Democrats, I have decided not to accept the nomination."
    );
    // The credit alone in the next paragraph names the post before it.
    let text = "Outage\n\nWe are working with customers on a fix for Windows hosts.\n\n\
                — George Kurtz (@George_Kurtz) July 19, 2024\n";
    assert_eq!(
        quotes(text),
        vec!["We are working with customers on a fix for Windows hosts."]
    );
    // An organisation's account is not somebody's words.
    let text = "Klopp\n\nA message to Liverpool supporters from the manager. \
                pic.twitter.com/l7rtmxgOzt — Liverpool FC (@LFC) January 26, 2024\n";
    assert!(quotes(text).is_empty());
}

#[test]
fn a_speech_printed_in_full_is_its_speakers_unquoted_statement() {
    let text = "Farewell address\n\n\
                President Maria Lopez spoke to the nation on Sunday evening.\n\n\
                Here is the full text of President Maria Lopez's address:\n\n\
                My fellow citizens, I speak to you tonight from the capital.\n\n\
                (Applause.)\n\n\
                We have built roads, schools and hospitals together. The work is not done.\n";
    let corpus = Corpus::from_articles(vec![article(text)]);
    let mut found_quotes = common::extract_all(&corpus);
    let found: Vec<(&str, bool)> = found_quotes
        .iter()
        .map(|q| (&corpus.articles[0].text[q.inner()], q.quoted))
        .collect();
    assert_eq!(
        found,
        [
            (
                "My fellow citizens, I speak to you tonight from the capital.",
                false
            ),
            (
                "We have built roads, schools and hospitals together. The work is not done.",
                false
            ),
        ]
    );
    let mut people = find_people(&corpus);
    attribute(&corpus, &mut found_quotes, &mut people);
    for q in &found_quotes {
        let speaker = q.speaker.map(|p| people[p].name.as_str());
        assert_eq!(speaker, Some("Maria Lopez"), "{:?}", &text[q.inner()]);
    }
    // The full text of a law is no speech.
    let law = "Law\n\nHere is the full text of the new law:\n\nArticle one sets the rates for next year.\n";
    assert!(quotes(law).is_empty());
}

/// The statements of `text` with the speaker attribution gives each.
fn attributed(text: &str) -> Vec<(String, Option<String>)> {
    let corpus = Corpus::from_articles(vec![article(text)]);
    let mut found = common::extract_all(&corpus);
    let mut people = find_people(&corpus);
    attribute(&corpus, &mut found, &mut people);
    found
        .iter()
        .map(|q| {
            let speaker = q.speaker.map(|p| people[p].name.clone());
            (text[q.inner()].to_string(), speaker)
        })
        .collect()
}

#[test]
fn statements_without_marks_attributed_at_their_lines_end_get_that_speaker() {
    let text = "Putin and Trump meet\n\n\
        Russian President Vladimir Putin and US President Donald Trump met on Monday.\n\n\
        The talks were useful and frank. — Putin.\n\n\
        Relations between our countries have never been worse, Trump told reporters.\n";
    let found = attributed(text);
    let expected = [
        ("The talks were useful and frank.", "Vladimir Putin"),
        (
            "Relations between our countries have never been worse",
            "Donald Trump",
        ),
    ];
    assert_eq!(found.len(), expected.len(), "{found:?}");
    for ((quote, speaker), (want, who)) in found.iter().zip(expected) {
        assert_eq!((quote.as_str(), speaker.as_deref()), (want, Some(who)));
    }
}

#[test]
fn a_transcripts_turns_are_their_labels_speakers() {
    let text = "Trump and Putin speak\n\n\
        Donald Trump and Vladimir Putin spoke to reporters.\n\n\
        PRESIDENT TRUMP: Thank you very much. It was a great meeting.\n\n\
        We will meet again very soon.\n\n\
        PRESIDENT PUTIN: (As interpreted.) The talks were constructive.\n\n\
        Q: Did you discuss sanctions?\n";
    let found = attributed(text);
    let expected = [
        (
            "Thank you very much. It was a great meeting.",
            "Donald Trump",
        ),
        ("We will meet again very soon.", "Donald Trump"),
        ("The talks were constructive.", "Vladimir Putin"),
    ];
    assert_eq!(found.len(), expected.len(), "{found:?}");
    for ((quote, speaker), (want, who)) in found.iter().zip(expected) {
        assert_eq!((quote.as_str(), speaker.as_deref()), (want, Some(who)));
    }
}

#[test]
fn a_headline_quoting_a_person_before_or_after_their_name() {
    let said = "We will not leave Europe alone";
    for headline in [
        format!("‘{said}’: Jane Doe"),
        format!("Jane Doe: ‘{said}’"),
        format!("'{said}': Jane Doe"),
        format!("Jane Doe: '{said}'"),
        format!("“{said}”: Jane Doe"),
    ] {
        let text = format!("{headline}\n\nJane Doe spoke in Rome on Monday.\n");
        assert_eq!(quotes(&text), [said], "{headline}");
    }
}
