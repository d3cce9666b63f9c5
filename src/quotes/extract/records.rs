//! Transcripts in the style of the official record, which labels a turn
//! with the speaker's office and a full stop instead of a colon: `The
//! President. Thank you very much. Please sit down.` The paragraphs after
//! the label are the same turn, printed without marks, up to the next
//! label (`Q. Mr. President, …`, `The Vice President. …`, `NOTE: …`) or
//! the end of the article.
//!
//! Prose never opens a paragraph with an office and a stop: the label is
//! "The" and words written as a title (capitalised), the last of them a
//! role noun ("The President", "THE FIRST LADY"); "The president." in
//! lower case, a name ("Jane Doe.") or a sentence is none.

use std::ops::Range;

use crate::corpus::{Article, ParagraphKind};
use crate::text::floor_char_boundary;
use crate::text::roles::role_of_any_case;
use crate::text::words::{first_spaced_mark, more_words_than};

use super::Span;

/// Longest office in a label, in words after "The" ("Vice President").
const MAX_OFFICE_WORDS: usize = 3;

/// A label (of any kind, `NOTE:`, `Q:`) closes within this many words of
/// the paragraph's start: a turn runs on to it and no further.
const MAX_LABEL_WORDS: usize = 4;

/// The turns of `article` after an office's label with a stop, and the
/// paragraphs that continue them, as spans marked unquoted, in text order.
pub(super) fn record_turns(article: &Article) -> Vec<Span> {
    let mut spans = Vec::new();
    walk_turns(article, |turn| {
        spans.push(Span::unquoted(turn.words, turn.paragraph));
    });
    spans
}

/// Each paragraph of `article` that gives or continues a record's turn,
/// with the office's label (`The President`) speaking it, in paragraph
/// order: attribution resolves the label to the person holding that office.
pub(crate) fn record_offices(article: &Article) -> Vec<(usize, Range<usize>)> {
    let mut offices = Vec::new();
    walk_turns(article, |turn| offices.push((turn.paragraph, turn.office)));
    offices
}

/// One paragraph's words in a record's turn, and the label of the office
/// whose turn it is.
struct TurnWords {
    paragraph: usize,
    words: Range<usize>,
    office: Range<usize>,
}

/// Calls `visit` with each paragraph's words of a record's turn, in text
/// order.
fn walk_turns(article: &Article, mut visit: impl FnMut(TurnWords)) {
    let text = article.text.as_str();
    let lines = || {
        article
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind.is_content())
            .filter_map(|(pi, p)| Some((pi, p, super::trimmed(text, p.range())?)))
    };
    // A title and a name with a stop (`President Holm.`) labels turns only
    // in a record that gives two turns so: a lone one may be a caption.
    let named = lines()
        .filter(|(_, _, line)| named_turn(text, line.clone()).is_some())
        .nth(1)
        .is_some();
    let mut office: Option<Range<usize>> = None;
    for (pi, p, line) in lines() {
        let turn = office_turn(text, line.clone())
            .or_else(|| named.then(|| named_turn(text, line.clone())).flatten());
        if let Some((label, words)) = turn {
            office = Some(label.clone());
            visit(TurnWords {
                paragraph: pi,
                words,
                office: label,
            });
            continue;
        }
        let Some(label) = office.clone() else {
            continue;
        };
        // Another label (a question, a note) ends the turn.
        if opens_with_label(&text[line.clone()]) {
            office = None;
            continue;
        }
        // A paragraph quoting somebody is left to the marks; one with a
        // term in scare quotes is the speaker's still (the statement is cut
        // around the term, which stays a quote of its own).
        if p.kind == ParagraphKind::Body
            && !line.is_empty()
            && quotes_only_phrases(&text[line.clone()])
        {
            visit(TurnWords {
                paragraph: pi,
                words: line,
                office: label,
            });
        }
    }
}

/// Whether every quotation in `text` is a phrase (marks in pairs, at most
/// [`super::FRAGMENT_MAX_WORDS`] words between each pair): a speaker's own words
/// with a term in scare quotes (`this is "liberation day." Been waiting`),
/// not a passage quoting someone else. No marks at all counts too.
fn quotes_only_phrases(text: &str) -> bool {
    let mut marks = Vec::new();
    super::collect_marks(text, 0, text, &mut marks);
    marks.len() % 2 == 0
        && marks.chunks_exact(2).all(|pair| {
            let (open, close) = (&pair[0], &pair[1]);
            open.can_open
                && close.can_close
                && !more_words_than(&text[open.end()..close.at], super::FRAGMENT_MAX_WORDS)
        })
}

/// `The President. words`: the range of the label (`The President`) and
/// that of the words after it.
fn office_turn(text: &str, line: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let slice = &text[line.clone()];
    // Every paragraph comes here: most are told by their first word,
    // before any search for the stop.
    if !slice
        .get(..4)
        .is_some_and(|the| the.eq_ignore_ascii_case("the "))
    {
        return None;
    }
    // The record's stop, or a transcript's colon (`THE PRESIDENT: …`).
    let stop = first_spaced_mark(slice, b'.', b':')?;
    if !is_office_label(&slice[..stop]) {
        return None;
    }
    turn_after_label(text, line, stop)
}

/// `President Holm. words`, `Prime Minister Berg. words`: a title and a
/// name with a stop, as a record labels each speaker when it names them.
fn named_turn(text: &str, line: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    /// A title of three words and a name ("Vice Prime Minister Holm").
    const MAX_LABEL_WORDS: usize = 4;
    const MAX_LABEL_BYTES: usize = 48;
    let slice = &text[line.clone()];
    if !slice.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let head = &slice[..floor_char_boundary(slice, MAX_LABEL_BYTES.min(slice.len()))];
    let stop = first_spaced_mark(head, b'.', b'.')?;
    let label = &slice[..stop];
    if !label.split_whitespace().all(is_title_word) {
        return None;
    }
    let mut words = label.split_whitespace().rev();
    let (Some(name), Some(role)) = (words.next(), words.next()) else {
        return None;
    };
    if 2 + words.count() > MAX_LABEL_WORDS
        || role_of_any_case(role).is_none()
        || role_of_any_case(name).is_some()
    {
        return None;
    }
    turn_after_label(text, line, stop)
}

/// The label `line[..stop]` and the turn's words after its stop or colon,
/// when they are two words at least.
fn turn_after_label(
    text: &str,
    line: Range<usize>,
    stop: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    let slice = &text[line.clone()];
    let words = slice[stop + 1..].trim_start();
    let start = line.start + (slice.len() - words.len());
    (words.split_whitespace().count() >= 2)
        .then_some((line.start..line.start + stop, start..line.end))
}

/// A word written as a title: capitalised, letters only ("President").
fn is_title_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic)
}

/// Whether `label` is "The" and an office written as a title, the last
/// word a role noun: `The President`, `THE VICE PRESIDENT`.
pub(super) fn is_office_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let Some((the, office)) = words.split_first() else {
        return false;
    };
    the.eq_ignore_ascii_case("the")
        && (1..=MAX_OFFICE_WORDS).contains(&office.len())
        && office.iter().all(|w| is_title_word(w))
        && office.last().is_some_and(|w| role_of_any_case(w).is_some())
}

/// Whether `line` opens with a short label and a colon (`NOTE:`, `Q:`,
/// `Jane Doe:`) or a question's `Q.`.
fn opens_with_label(line: &str) -> bool {
    if line.starts_with("Q. ") {
        return true;
    }
    line.split_whitespace()
        .take(MAX_LABEL_WORDS)
        .any(|w| w.ends_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turns(body: &str) -> Vec<String> {
        super::super::span_texts("Remarks on the new bridge", body, record_turns)
    }

    #[test]
    fn an_office_label_with_a_stop_opens_a_turn_that_runs_to_the_next_label() {
        let body = "The President. Thank you. Please sit down.\n\n\
            Today we open a bridge that took ten years to build.\n\n\
            The mayor wrote to me: \"This bridge will change the valley for ever.\"\n\n\
            Q. Will it carry trains?\n\n\
            The Vice President. Not this year.\n\n\
            NOTE: The President spoke at 2 p.m. at the river bank.";
        assert_eq!(
            turns(body),
            [
                "Thank you. Please sit down.",
                "Today we open a bridge that took ten years to build.",
                "Not this year."
            ]
        );
    }

    #[test]
    fn a_turn_paragraph_with_a_term_in_scare_quotes_is_the_speakers_still() {
        let body = "The Governor. Good morning, everyone.\n\n\
            This is \"harvest day.\" We waited a long time for it.\n\n\
            She told me: \"I will not rest until every field is sown again.\"";
        assert_eq!(
            turns(body),
            [
                "Good morning, everyone.",
                "This is \"harvest day.\" We waited a long time for it."
            ]
        );
    }

    #[test]
    fn quotations_of_phrases_alone() {
        assert!(quotes_only_phrases("No marks at all here."));
        assert!(quotes_only_phrases(
            "Call it \"reciprocal\" and \"fair\" for once."
        ));
        assert!(!quotes_only_phrases(
            "He said: \"We will build it again next year.\""
        ));
        // An odd mark: whatever it quotes runs on, so it is left to the marks.
        assert!(!quotes_only_phrases("It is \"over, he said."));
    }

    #[test]
    fn a_transcript_writes_the_office_label_with_a_colon() {
        let body = "THE PRESIDENT: Thank you. It was a productive meeting.\n\n\
            We agreed on many points.\n\n\
            PRESIDENT HOLM: Next time in our capital.";
        assert_eq!(
            turns(body),
            [
                "Thank you. It was a productive meeting.",
                "We agreed on many points."
            ]
        );
    }

    #[test]
    fn a_record_labels_named_speakers_with_a_title_and_a_stop() {
        let body = "President Holm. Thank you very much.\n\n\
            We had a productive meeting today.\n\n\
            Prime Minister Berg. Thank you, Mr. President.\n\n\
            Q. Will there be a deal?";
        assert_eq!(
            turns(body),
            [
                "Thank you very much.",
                "We had a productive meeting today.",
                "Thank you, Mr. President."
            ]
        );
        // One such line alone may be a caption: no turn.
        assert!(
            turns("President Holm. Seen at the bridge on Monday.\n\nCrowds cheered.").is_empty()
        );
        // A name alone, or a title alone, labels nothing.
        assert!(turns("Jane Holm. She spoke.\n\nJane Holm. She left.").is_empty());
    }

    #[test]
    fn prose_opening_with_an_office_is_no_label() {
        assert!(turns("The president. He opened the bridge on Monday.").is_empty());
        assert!(turns("Jane Doe. She opened the bridge on Monday.").is_empty());
        assert!(turns("The President opened the bridge. Crowds cheered.").is_empty());
        assert!(turns("The Bridge. It was opened on Monday.").is_empty());
    }
}
