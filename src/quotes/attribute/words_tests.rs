//! Tests of `words`: the byte-wise word and sentence rules against the
//! character-by-character rules they replaced.

use super::*;

/// The rule as first written, one character at a time.
fn ends_sentence_by_chars(between: &str) -> bool {
    let mut prev_stop = false;
    for (at, c) in between.char_indices() {
        if c == '\n' || (prev_stop && c.is_whitespace()) {
            return true;
        }
        prev_stop = ends_here(between, at, c) || (prev_stop && marks::trails_sentence(c));
    }
    false
}

/// `push_words` as first written: pieces by `split_inclusive`, their
/// cores by `trim_matches`.
fn words_by_chars(piece: &str, base: usize) -> Vec<(Range<usize>, String, bool)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in piece.split_inclusive(char::is_whitespace) {
        let start = base + offset;
        offset += raw.len();
        let lead = raw.len() - raw.trim_start_matches(|c: char| !is_word_char(c)).len();
        let mut core = raw[lead..].trim_end_matches(|c: char| !is_word_char(c));
        let mut possessive = false;
        for suffix in ["’s", "'s", "ʼs"] {
            if let Some(stem) = core.strip_suffix(suffix) {
                core = stem;
                possessive = true;
            }
        }
        if core.is_empty() {
            continue;
        }
        let mut from = start + lead;
        if let Some(cut) = elided_article(core) {
            out.push((from..from + cut, core[..cut].to_string(), false));
            let apostrophe = core[cut..].chars().next().map_or(0, char::len_utf8);
            from += cut + apostrophe;
            core = &core[cut + apostrophe..];
        }
        out.push((from..from + core.len(), core.to_string(), possessive));
    }
    out
}

#[test]
fn words_are_cut_as_the_plain_rules_cut_them() {
    let samples = [
        "",
        " ",
        "the minister’s  view, said\u{a0}l’État’s chief",
        "«Merz»\u{2003}dell'arte —\tqu’il\u{85}x\u{3000}y ",
        "Zelenskyy's.\r\n(ʼs) 's ’s",
        "Он сказал:\u{202f}«да»",
    ];
    for s in samples {
        let mut words = Vec::new();
        push_words(s, 7, &mut words);
        let words: Vec<_> = words
            .into_iter()
            .map(|w| (w.range, w.text.to_string(), w.possessive))
            .collect();
        assert_eq!(words, words_by_chars(s, 7), "{s:?}");
    }
    let mut words = Vec::new();
    push_words("said\u{a0}l’État’s chief", 0, &mut words);
    let texts: Vec<&str> = words.iter().map(|w| w.text).collect();
    assert_eq!(texts, ["said", "l", "État", "chief"]);
    assert!(words[2].possessive && !words[3].possessive);
}

/// Words read up to a count are the first words read in full: each piece
/// is read alone, and a piece of three words ("l'ex-président") may run past.
#[test]
fn words_read_up_to_a_count_open_the_full_list() {
    let text = "the mayor, l'ex-président of Vellmar’s port and its dell'arte board";
    let mut all = Vec::new();
    push_words(text, 3, &mut all);
    for max in 0..=all.len() + 1 {
        let mut some = Vec::new();
        push_words_upto(text, 3, &mut some, max);
        assert!(
            some.len() >= max.min(all.len()) && some.len() <= max + 2,
            "{max}"
        );
        let same = |w: &Word, v: &Word| {
            (&w.range, w.text, w.possessive) == (&v.range, v.text, v.possessive)
        };
        assert!(some.iter().zip(&all).all(|(w, v)| same(w, v)), "{max}");
        assert!(some.len() <= all.len());
    }
}

#[test]
fn sentence_ends_and_word_cores_agree_with_the_plain_rules() {
    let samples = [
        "",
        "said.",
        "said. Then",
        "he said.” Then",
        "U.S. officials",
        "what?\u{a0}Yes",
        "é. é",
        "said.’\u{2003}x",
        "no stop here",
        "line\nbreak",
        "“Quoted.”",
        "Ω!!",
        "x.\u{85}y",
        "end.é",
        "(Zelensky’s),",
        "—",
        "«Merz»",
        "x…",
        "x… then",
        "so.) Then",
        "he said.»\tNext",
        "Then SHE",
        "x. Он сказал",
        "él—dijo",
        "ÉL dijo",
        "and Aceasta",
        "aceastaa heh",
        "a-t-il",
        "x\u{2026}y",
        // Long runs the vectorised searches skip, with marks, dashes and
        // Cyrillic (0xA6 bytes that are no ellipsis) between the stops.
        "he met “them” — twice — in the long hall of the old palace, and left",
        "a long clause without a stop, then a line\nbreak and more words after it",
        "Цей Цар … Ця Цікава\tЦитата? Ще Ця Цифра — Цілком ціла ціна цвіту",
        "first. Second sentence has “marks” — and dashes… then more words here!",
        "U.S. and Mr. Smith said nothing at all for a very long while here.",
    ];
    assert!(ends_sentence("said. Then") && ends_sentence("so… And"));
    assert!(!ends_sentence("U.S. officials") && !ends_sentence("met Mr. "));
    for s in samples {
        assert_eq!(ends_sentence(s), ends_sentence_by_chars(s), "{s:?}");
        let tail = s.rfind(['.', '!', '?', '…', '\n']).map_or(s, |i| &s[i..]);
        // A French inverted pronoun ("a-t-il") leads too, hyphens and all.
        let inverted = tail.contains("-t-")
            && tail
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(cues::is_pronoun);
        let leads = inverted
            || tail
                .split(|c: char| !c.is_alphanumeric())
                .any(cues::is_pronoun);
        assert_eq!(pronoun_leads(s), leads, "{s:?}");
        let start = s
            .char_indices()
            .rev()
            .find(|&(_, c)| c == '\n' || is_terminator(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        assert_eq!(last_sentence_start(s), start, "{s:?}");
        let words: Vec<&str> = s.split(|c: char| !is_word_char(c)).collect();
        let words: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
        assert_eq!(words_in(s).collect::<Vec<_>>(), words, "{s:?}");
        let with_he = format!("{s} he");
        assert!(pronoun_leads(&with_he), "{with_he:?}");
        let lead = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let core = s[lead..].trim_end_matches(|c: char| !c.is_alphanumeric());
        assert_eq!(word_core(s), (lead, core), "{s:?}");
    }
}

#[test]
fn an_initials_stop_joins_a_phrase_where_another_stop_ends_it() {
    assert!(joins_phrase(". ", "J.D") && joins_phrase(". ", "A") && joins_phrase("’", "l"));
    assert!(
        !joins_phrase(". ", "Governor") && !joins_phrase(". ", "JD") && !joins_phrase(", ", "A")
    );
}
