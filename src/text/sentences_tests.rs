use super::*;

fn split(text: &str) -> Vec<&str> {
    split_sentences(text, 0..text.len())
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn splits_at_terminators_before_capitals_digits_and_marks() {
    assert_eq!(
        split("He left. “Russia is great,” he said! Why? because 3.5 is not. Ok"),
        vec![
            "He left.",
            "“Russia is great,” he said!",
            "Why? because 3.5 is not.",
            "Ok"
        ]
    );
    assert_eq!(
        split("It ended… 2025 began."),
        vec!["It ended…", "2025 began."]
    );
    assert_eq!(
        split("So it goes. (Then more.)"),
        ["So it goes.", "(Then more.)"]
    );
    assert_eq!(
        split("So it goes. (then more.)"),
        ["So it goes. (then more.)"]
    );
    assert_eq!(
        split("Vale. ¡Viva Lugo! ¿Y ahora?"),
        ["Vale.", "¡Viva Lugo!", "¿Y ahora?"]
    );
}

#[test]
fn every_terminator_begins_with_a_byte_the_splitter_stops_at() {
    let mut buf = [0u8; 4];
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        if is_terminator(c) {
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(may_begin_terminator(first), "{c:?}");
        }
    }
}

#[test]
fn the_splitter_stops_at_the_first_byte_that_may_begin_a_terminator() {
    // Invented runs with stops, ellipses, other three-byte marks (“ ” —
    // share the ellipsis's lead byte) and none at all.
    for text in [
        "",
        "no stop here at all",
        "one. two",
        "why? because! yes.",
        "wait… then",
        "一句。另一句！",
        "全角，逗号？",
        "“quoted” — dashed. end",
        "—",
        "ünïcödé then a stop.",
    ] {
        let bytes = text.as_bytes();
        for start in 0..=bytes.len() {
            let want = (bytes[start..].iter())
                .position(|&b| may_begin_terminator(b))
                .unwrap_or(bytes.len() - start);
            assert_eq!(
                first_possible_terminator(&bytes[start..]),
                want,
                "{text:?}@{start}"
            );
        }
    }
}

#[test]
fn splits_sentences_glued_without_a_space() {
    assert_eq!(
        split("Er will bleiben.Ihre Antwort kam spät."),
        ["Er will bleiben.", "Ihre Antwort kam spät."]
    );
    assert_eq!(
        split("Sie sprach von „Mut“.Danach ging er."),
        ["Sie sprach von „Mut“.", "Danach ging er."]
    );
    assert_eq!(
        split("\"Wir bleiben.\"Danach ging er."),
        ["\"Wir bleiben.\"", "Danach ging er."]
    );
    // Abbreviations, acronyms, numbers and domains stay whole.
    for whole in [
        "Dr.Weber kam.",
        "Die U.S.Army kam.",
        "Es sind 3.5 Prozent.",
        "Siehe www.example.DE heute.",
        "Siehe Ph.D.Thesis heute.",
    ] {
        assert_eq!(split(whole), [whole]);
    }
}

#[test]
fn keeps_initials_and_abbreviations() {
    assert_eq!(
        split("Mr. Putin met J. D. Vance in the U.S. Capitol. Then he left."),
        vec![
            "Mr. Putin met J. D. Vance in the U.S. Capitol.",
            "Then he left."
        ]
    );
    assert_eq!(
        split("See fig. 3 and No. 10. Then go."),
        ["See fig. 3 and No. 10.", "Then go."]
    );
    assert_eq!(
        split("He said no. Then he left."),
        ["He said no.", "Then he left."]
    );
    assert!(is_abbreviation("the MR") && is_abbreviation("e.g") && !is_abbreviation("in 3"));
    // The longest abbreviation is still found; a letter more is a word,
    // in any case (an ASCII word longer than every abbreviation is not
    // looked up).
    assert_eq!(LONGEST_ABBREVIATION, "approx".len());
    assert!(is_abbreviation("about APPROX") && is_abbreviation("cost approx"));
    assert!(!is_abbreviation("many approxs") && is_abbreviation("in Sept"));
}

#[test]
fn a_dotted_day_before_its_month_ends_no_sentence() {
    assert_eq!(
        split("Am 7. März sprach Anna Berg in Kiel. Sie blieb bis zum 30. Juni dort."),
        [
            "Am 7. März sprach Anna Berg in Kiel.",
            "Sie blieb bis zum 30. Juni dort."
        ]
    );
    assert_eq!(
        split("Dnia 6. sierpnia (12. Mai) odszedł."),
        ["Dnia 6. sierpnia (12. Mai) odszedł."]
    );
    // A year, a number glued to a word or a word that is no month still
    // ends the sentence.
    assert_eq!(
        split("Das war 2020. Mai kam später."),
        ["Das war 2020.", "Mai kam später."]
    );
    assert_eq!(
        split("Sie kam auf Platz 3. Dann ging sie."),
        ["Sie kam auf Platz 3.", "Dann ging sie."]
    );
    assert_eq!(split("Es war A3. Mai kam."), ["Es war A3.", "Mai kam."]);
}

#[test]
fn closing_quotes_stay_with_their_sentence() {
    assert_eq!(
        split("He said: “It is over.” Élysée sources agreed."),
        vec!["He said: “It is over.”", "Élysée sources agreed."]
    );
}

#[test]
fn quotations_are_read_as_units() {
    let text = "“Stop. Now,” he said. “We are done.” Then he left.";
    let span = |q: &str| {
        let at = text.find(q).unwrap();
        at..at + q.len()
    };
    let quoted = [
        Quoted {
            outer: span("“Stop. Now,”"),
            ends_sentence: false,
        },
        Quoted {
            outer: span("“We are done.”"),
            ends_sentence: true,
        },
    ];
    let got: Vec<&str> = Splitter::new(text, &quoted)
        .split(0..text.len())
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(
        got,
        ["“Stop. Now,” he said.", "“We are done.”", "Then he left."]
    );
}

#[test]
fn ranges_are_relative_to_the_whole_text() {
    let text = "Head\n\nOne. Two.";
    let r = split_sentences(text, 6..text.len());
    assert_eq!(
        r.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
        ["One.", "Two."]
    );
    assert!(split_sentences("é", 1..2).is_empty());
}

#[test]
fn ideographic_stops_end_sentences_with_no_space_or_capital_after_them() {
    // Invented Chinese and Japanese text: the next sentence follows the
    // stop at once, and opens with no capital.
    assert_eq!(
        split("今天下雨了。我们明天再去公园！你来吗？"),
        ["今天下雨了。", "我们明天再去公园！", "你来吗？"]
    );
    assert_eq!(
        split("他说：“我们一定会赢。”随后离开了会场。"),
        ["他说：“我们一定会赢。”", "随后离开了会场。"]
    );
    assert_eq!(
        split("駅に着きました。 雨です。"),
        ["駅に着きました。", "雨です。"]
    );
    // The last stop ends the text: no empty sentence after it.
    assert_eq!(split("只有一句。"), ["只有一句。"]);
    // Full-width commas and enumeration marks end nothing.
    assert_eq!(split("一、二，三。"), ["一、二，三。"]);
}
