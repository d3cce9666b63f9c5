//! Turns printed after a speaker's label instead of quotation marks: a
//! transcript (`PRESIDENT TRUMP: Thank you very much.`, `Putin: We had a
//! good talk.`, `Q: Did you discuss sanctions?`) or a headline that gives a
//! person's words after their name (`Enrique: We Prepared Very Well`).
//!
//! Labels are everywhere in news ("Read more:", "Source:", "Washington:",
//! "Details:"), so a label counts only when it names a person ([`tails`]'s
//! test: a given name in it, or its surname written after a given name in
//! the article). An article is a transcript when it has two such turns, or
//! one and a question label; then the unlabelled paragraphs between two
//! turns continue the turn before them (a long answer). A lone label is a
//! headline's or a subheading's, and its words count only when they are
//! somebody speaking (a first- or second-person word: "Putin: No Talks
//! with Trump" is the editor's summary). Questions are the interviewer's:
//! they make a transcript but are not taken as statements.
//!
//! A live blog prints its entries the same way after the time of the post
//! (`12:04 Putin: We had a good talk.`, `09.15 – Merz: Wir stehen …`): the
//! time is read past, and such an entry never runs on over the paragraphs
//! after it, which are the blog's own later posts.
//!
//! [`tails`]: super::tails

use std::ops::Range;

use crate::corpus::{Article, ParagraphKind};
use crate::text::fold::with_lower;
use crate::text::function_words::is_function_word;
use crate::text::person::speaks;
use crate::text::roles::role_of_any_case;

use super::Span;
use super::full_names::FullNames;
use crate::text::words::{capitals_as_written, is_word_char};

/// Longest label, in words ("PRESIDENT VLADIMIR V. PUTIN").
const MAX_LABEL_WORDS: usize = 4;

/// The colon closing a label comes within this many characters of the
/// paragraph's start.
const MAX_LABEL_CHARS: usize = 60;

/// Labels of a question put to the speaker, upper case.
const QUESTION_LABELS: [&str; 7] = [
    "Q",
    "Q.",
    "QUESTION",
    "REPORTER",
    "JOURNALIST",
    "ВОПРОС",
    "PREGUNTA",
];

/// What opens a paragraph before its colon.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Label {
    /// A person's name, possibly titled, as a name is written: the words
    /// after it are theirs.
    Speaker(String),
    /// The interviewer's question.
    Question,
    /// An office (`THE PRESIDENT`): the record's turn, which
    /// [`records`](super::records) takes and resolves to its holder; here
    /// it is one more voice of the transcript, and ends the turn before it.
    Office,
}

/// One labelled paragraph: its index and the range of its words.
struct Turn {
    paragraph: usize,
    label: Label,
    words: Range<usize>,
    /// A live blog's entry, after the time it was posted.
    stamped: bool,
    /// In the body, not the headline: only body turns make a transcript
    /// and run on.
    in_body: bool,
}

/// The turns of `article` printed after a speaker's label, as spans marked
/// unquoted, in text order.
pub(super) fn labelled_turns(article: &Article, names: &FullNames) -> Vec<Span> {
    let text = article.text.as_str();
    let turns: Vec<Turn> = article
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind.is_content())
        .filter_map(|(pi, p)| {
            let slice = text.get(p.range())?;
            let stamp = clock_stamp(slice);
            let (label, words) = labelled(names, p.start() + stamp..p.end())?;
            Some(Turn {
                paragraph: pi,
                label,
                words,
                stamped: stamp > 0,
                in_body: p.kind == ParagraphKind::Body,
            })
        })
        .collect();
    // Two people, or a person and a question, in the body: a headline
    // repeated as a subheading is one person twice, and a headline's kicker
    // ("Live: …", "Liv" by a Slavic case ending) is no turn of the
    // interview below it.
    let body_turns = turns.iter().filter(|t| t.in_body);
    let mut speakers: Vec<&str> = body_turns
        .clone()
        .filter_map(|t| match &t.label {
            Label::Speaker(name) => Some(name.as_str()),
            Label::Office => Some("the office"),
            Label::Question => None,
        })
        .collect();
    let asked = body_turns
        .clone()
        .any(|t| matches!(t.label, Label::Question));
    speakers.sort_unstable();
    speakers.dedup();
    let transcript = speakers.len() >= 2 || (speakers.len() == 1 && asked);
    let mut spans = Vec::new();
    for (i, turn) in turns.iter().enumerate() {
        let words = &text[turn.words.clone()];
        // Words with a quotation in them frame it ("Putin: I invite them to
        // a \"duel\""): the quotation is taken, not its frame.
        let taken = matches!(turn.label, Label::Speaker(_))
            && ((transcript && turn.in_body) || speaks(words) || exclaims(words))
            && !super::has_quotation_mark(words);
        if !taken {
            continue;
        }
        spans.push(Span::unquoted(turn.words.clone(), turn.paragraph));
        // An answer runs on over unlabelled paragraphs up to the next turn.
        if transcript
            && turn.in_body
            && !turn.stamped
            && let Some(next) = turns.get(i + 1)
        {
            for pi in turn.paragraph + 1..next.paragraph {
                let p = &article.paragraphs[pi];
                if p.kind == ParagraphKind::Body
                    && let Some(words) = super::trimmed(text, p.range())
                    && !words.is_empty()
                    && !super::has_quotation_mark(&text[words.clone()])
                {
                    spans.push(Span::unquoted(words, pi));
                }
            }
        }
    }
    spans
}

/// A paragraph opening with `Label: words`: the label's kind and the words'
/// range, past an interpreter's note (`(As interpreted.)`).
fn labelled(names: &FullNames, range: Range<usize>) -> Option<(Label, Range<usize>)> {
    let text = names.text();
    let slice = text.get(range.clone())?;
    if let Some(from) = bare_question(slice) {
        let start = range.start + from;
        return Some((
            Label::Question,
            start..start + slice[from..].trim_end().len(),
        ));
    }
    let colon = label_colon(slice)?;
    let name = slice[..colon].trim();
    let words = name.split_whitespace().count();
    if words == 0 || words > MAX_LABEL_WORDS {
        return None;
    }
    let label = if QUESTION_LABELS.contains(&name.to_uppercase().as_str()) {
        Label::Question
    } else if super::records::is_office_label(name) {
        Label::Office
    } else {
        let as_written = capitals_as_written(name);
        if !names.is_person_name(&as_written) && !is_titled_surname(&as_written) {
            return None;
        }
        Label::Speaker(as_written)
    };
    let mut from = colon + 1;
    from += skip_space(&slice[from..]);
    if slice[from..].starts_with('(')
        && let Some(close) = slice[from..].find(')')
    {
        from += close + 1;
        from += skip_space(&slice[from..]);
    }
    let words = slice[from..].trim_end();
    let start = range.start + from;
    (words.split_whitespace().count() >= 2).then(|| (label, start..start + words.len()))
}

/// The offset of the words after a question's bare "Q" (`Q  Mr. President,
/// will you meet again?`): the White House prints its reporters' questions
/// so, without a colon. Without it, a question read as the run-on of the
/// answer before it, in that speaker's name. A capital must follow, as a
/// question opens; "Q" before a lower-case word is something else.
fn bare_question(slice: &str) -> Option<usize> {
    let rest = slice.strip_prefix('Q')?;
    let words = rest.trim_start();
    (words.len() < rest.len() && words.starts_with(char::is_uppercase))
        .then(|| slice.len() - words.len())
}

/// Courtesy titles a transcript writes before a surname ("MS. LEAVITT:").
const HONORIFICS: [&str; 5] = ["mr", "mrs", "ms", "dr", "mme"];

/// A title and then a surname, one or two capitalised words: "President
/// Harlow", "Prime Minister Berg", "Ms. Lund". Official transcripts label
/// their speakers so and never write the given name, and the title says a
/// person is meant where a bare word might be a place ("Washington:").
fn is_titled_surname(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let is_title = |w: &str| {
        role_of_any_case(w).is_some()
            || with_lower(w.trim_end_matches('.'), |l| HONORIFICS.contains(&l))
    };
    let titles = words.iter().take_while(|w| is_title(w)).count();
    let surname = &words[titles..];
    titles > 0
        && (1..=2).contains(&surname.len())
        && surname.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is_title(w)
                && !is_function_word(w)
        })
}

/// The byte offset of the colon closing a label at the start of `slice`:
/// its first colon, if within its first [`MAX_LABEL_CHARS`] characters. A
/// character has at most four bytes, so the colon is searched in that many
/// bytes and then counts only with fewer characters before it: asked of
/// every paragraph, this decodes none of them without a colon.
fn label_colon(slice: &str) -> Option<usize> {
    let head = &slice.as_bytes()[..slice.len().min(4 * MAX_LABEL_CHARS)];
    let colon = memchr::memchr(b':', head)?;
    (slice[..colon].chars().count() < MAX_LABEL_CHARS).then_some(colon)
}

/// Suffixes a live blog writes after the time of a post.
const CLOCK_SUFFIXES: [&str; 10] = [
    "am", "pm", "a.m.", "p.m.", "GMT", "BST", "UTC", "CET", "Uhr", "h",
];

/// The length of the time of day opening `line` as a live blog stamps its
/// entries (`12:04 `, `9.15 am – `, `18h30 | `, `14:02 Uhr: `) with the
/// separators after it; 0 when it opens with none.
fn clock_stamp(line: &str) -> usize {
    let bytes = line.as_bytes();
    let hours = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let separated = matches!(bytes.get(hours), Some(b':' | b'.' | b'h'));
    let minutes = bytes.get(hours + 1..).map_or(0, |rest| {
        rest.iter().take_while(|b| b.is_ascii_digit()).count()
    });
    if !(1..=2).contains(&hours) || !separated || minutes != 2 {
        return 0;
    }
    let mut at = hours + 3;
    let after_clock = line[at..].trim_start();
    if let Some(suffix) = CLOCK_SUFFIXES.iter().find(|s| {
        after_clock
            .strip_prefix(**s)
            .is_some_and(|rest| !rest.starts_with(is_word_char))
    }) {
        at = line.len() - after_clock.len() + suffix.len();
    }
    let rest = &line[at..];
    let label = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || crate::text::dashes::is_dash(c) || matches!(c, '|' | '·' | ':')
    });
    // A space or a separator must part the time from the label.
    if label.len() == rest.len() {
        return 0;
    }
    line.len() - label.len()
}

/// Whether `words` end with an exclamation mark: a cry is somebody's
/// (`Nowak: Ruszymy do przodu!`), an editor's summary is not written so.
fn exclaims(words: &str) -> bool {
    words.trim_end().ends_with('!')
}

/// The length of the whitespace opening `s`.
fn skip_space(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turns(body: &str) -> Vec<String> {
        super::super::span_texts("Leaders meet in Helsinki", body, |a| {
            labelled_turns(a, &FullNames::new(&a.text))
        })
    }

    #[test]
    fn a_transcript_gives_each_turn_and_its_continuation() {
        let body = "Donald Trump met Vladimir Putin.\n\n\
            PRESIDENT TRUMP: Thank you very much. It was a great meeting.\n\n\
            It went on for three hours.\n\n\
            PRESIDENT PUTIN: (As interpreted.) The talks were constructive.\n\n\
            Q: Did you discuss sanctions?\n\n\
            The two men left without more questions.";
        assert_eq!(
            turns(body),
            [
                "Thank you very much. It was a great meeting.",
                "It went on for three hours.",
                "The talks were constructive.",
            ]
        );
    }

    #[test]
    fn an_official_transcript_labels_speakers_by_title_and_surname() {
        // No given name anywhere: the titles say the labels are people.
        let body = "The leaders spoke in the Oval Office.\n\n\
            PRESIDENT HOLM: Thank you very much. It was a great meeting.\n\n\
            MS. LUND: Two more questions.\n\n\
            Q: Will there be a ceasefire?\n\n\
            PRIME MINISTER BERG: We are ready for a trilateral meeting.";
        assert_eq!(
            turns(body),
            [
                "Thank you very much. It was a great meeting.",
                "Two more questions.",
                "We are ready for a trilateral meeting.",
            ]
        );
        // A title alone, or a title before a common word, names nobody.
        assert!(turns("The leaders met.\n\nPRESIDENT: We will win.\n\nQ: Why?").is_empty());
        assert!(turns("The leaders met.\n\nPresident of the Council: We will win.").is_empty());
    }

    #[test]
    fn a_bare_q_is_a_question_that_ends_the_answer_before_it() {
        let body = "Ivan Kos met Mark Holm.\n\n\
            PRESIDENT HOLM: We had a productive meeting.\n\n\
            Q  Mr. President, will you meet again?\n\n\
            PRESIDENT HOLM: I could see it happening.";
        assert_eq!(
            turns(body),
            ["We had a productive meeting.", "I could see it happening."]
        );
        // One speaker and a bare question make a transcript, as with "Q:".
        let body = "Mark Holm spoke.\n\nQ  Will you sign?\n\nPRESIDENT HOLM: That is correct.";
        assert_eq!(turns(body), ["That is correct."]);
    }

    #[test]
    fn a_lone_label_needs_somebody_speaking() {
        assert_eq!(
            turns("Luis Enrique spoke.\n\nEnrique: We Prepared Very Well for Inter"),
            ["We Prepared Very Well for Inter"]
        );
        assert!(
            turns("Vladimir Putin spoke.\n\nPutin: No Conversation with Trump in Years").is_empty()
        );
        assert!(turns("Vladimir Putin spoke.\n\nPutin: I invite them to a \"duel\"").is_empty());
        // Polish says "we" on the verb alone.
        assert_eq!(
            turns("Rafał Nowak spoke.\n\nNowak: Zwyciężyliśmy, to był dobry wieczór"),
            ["Zwyciężyliśmy, to był dobry wieczór"]
        );
    }

    #[test]
    fn a_headline_repeated_as_a_subheading_is_no_transcript() {
        let body = "Putin: I invite them to a \"duel\"\n\nNga A2 CNN\n\n\
            Putin: I invite them to a \"duel\"\n\nVladimir Putin spoke on Thursday.";
        assert!(turns(body).is_empty());
    }

    #[test]
    fn a_label_is_measured_in_characters_not_bytes() {
        // 37 characters, 73 bytes: past a 60-byte cut.
        let body = "ПРЕЗИДЕНТ ВЛАДИМИР ВЛАДИМИРОВИЧ ПУТИН: Мы провели хорошие переговоры.\n\n\
            ВОПРОС: Когда следующая встреча?";
        assert_eq!(turns(body), ["Мы провели хорошие переговоры."]);
    }

    #[test]
    fn the_labels_colon_lies_within_its_room_of_characters() {
        // The room as first written: the bytes of the first 60 characters.
        let by_chars = |s: &str| {
            let room = s
                .char_indices()
                .nth(MAX_LABEL_CHARS)
                .map_or(s.len(), |(i, _)| i);
            memchr::memchr(b':', &s.as_bytes()[..room])
        };
        for (width, letter) in [(1, "a"), (2, "ж"), (3, "한"), (4, "𝔸")] {
            for before in [0, 1, 58, 59, 60, 61, 70] {
                let s = format!("{}: words after", letter.repeat(before));
                assert_eq!(label_colon(&s), by_chars(&s), "{before} × {width} bytes");
                let late = format!("{} x: y", letter.repeat(before));
                assert_eq!(
                    label_colon(&late),
                    by_chars(&late),
                    "{before} × {width} bytes"
                );
            }
        }
        assert_eq!(label_colon(&format!("{}:", "ж".repeat(59))), Some(118));
        assert_eq!(label_colon(&format!("{}:", "ж".repeat(60))), None);
        assert_eq!(label_colon("no colon here"), None);
    }

    #[test]
    fn a_live_blogs_entries_after_the_time_of_each_post() {
        let body = "Jane Doe and John Roe spoke in Geneva.\n\n\
            12:04 Jane Doe: We had a good talk this morning.\n\n\
            The two delegations then broke for lunch.\n\n\
            13.15 pm – John Roe: I expect a deal before the weekend.";
        assert_eq!(
            turns(body),
            [
                "We had a good talk this morning.",
                "I expect a deal before the weekend."
            ]
        );
        assert_eq!(clock_stamp("14:02 Uhr: Merz"), "14:02 Uhr: ".len());
        assert_eq!(clock_stamp("2024: a year"), 0);
        assert_eq!(clock_stamp("12:04Doe"), 0);
    }

    #[test]
    fn a_headlines_label_makes_no_transcript_of_the_body() {
        // "Live" reads as the given name "Liv" under a case ending.
        let text = "Live: Doe and Roe meet in Geneva\n\n\
            The two leaders met for three hours on Friday.\n\n\
            14:12 — Roe invites Doe to Oslo\n\n\
            Q: Will you meet Roe again?\n";
        let article = Article::new("a", "a.txt", text.to_string());
        assert!(labelled_turns(&article, &FullNames::new(text)).is_empty());
    }

    #[test]
    fn labels_that_name_no_person_are_not_turns() {
        let body = "Read more: Putin issues stark warning\n\n\
            Details: We know what happened there.\n\n\
            Source: our correspondent in Moscow";
        assert!(turns(body).is_empty());
    }
}
