//! Speeches printed in full: "Here is the full text of the president's
//! address:", "Testo integrale del discorso", "Полный текст обращения", then
//! the speech itself, paragraph after paragraph, without quotation marks.
//! Each paragraph after such an introduction, to the end of the story, is
//! the speaker's statement, printed unquoted; the introduction names the
//! speaker, so attribution reads it as the narrative sentence before them.

use std::sync::LazyLock;

use crate::corpus::keywords::Keywords;
use crate::corpus::{Article, ParagraphKind};
use crate::text::fold::lower_into;
use crate::text::words::{has_words, more_words_than};

use super::Span;

/// English phrases that announce the full text of something, lower case:
/// a speech only with a [`SPEECH_NOUNS`] word too ("the text of the law" is
/// no speech).
const FULL_TEXT_EN: [&str; 5] = [
    "full text",
    "full transcript",
    "text of",
    "transcript of",
    "as prepared for delivery",
];

/// Phrases that announce a speech printed in full in the other languages
/// the engine reads, lower case; each names a speech or is only used of one.
const FULL_TEXT_OTHER: [&str; 17] = [
    "testo integrale",
    "il testo del discorso",
    "texto íntegro",
    "texto completo del discurso",
    "texto integral",
    "na íntegra",
    "texte intégral",
    "l'intégralité du discours",
    "im wortlaut",
    "pełny tekst",
    "pełna treść",
    "полный текст",
    "текст выступления",
    "текст обращения",
    "повний текст",
    "текст звернення",
    "textul integral",
];

/// What a full text is of: a speech, not a law or a contract.
const SPEECH_NOUNS: [&str; 12] = [
    "speech",
    "address",
    "remarks",
    "homily",
    "sermon",
    "message",
    "statement",
    "lecture",
    "testimony",
    "eulogy",
    "letter",
    "blessing",
];

/// Words saying the text follows right here (an introduction may also just
/// end with a colon), lower case. An editor's note pointing further down
/// ("For the full text, see below") does not introduce what follows it.
const FOLLOWS_HERE: [&str; 14] = [
    "here is",
    "here are",
    "here's",
    "below is",
    "the following is",
    "as follows",
    "di seguito",
    "a continuación",
    "ci-dessous",
    "nachfolgend",
    "poniżej",
    "ниже",
    "нижче",
    "mai jos",
];

static FOLLOWS_HERE_KEYWORDS: LazyLock<Keywords> =
    LazyLock::new(|| Keywords::new(FOLLOWS_HERE.to_vec()));

/// An introduction is one short paragraph.
const MAX_INTRO_WORDS: usize = 45;

/// A speech paragraph needs a few words: shorter ones are stage directions
/// ("(Applause.)") and sign-offs.
const MIN_SPEECH_WORDS: usize = 4;

/// The paragraphs of a speech printed in full after its introduction, as
/// spans marked unquoted (one per paragraph), in text order.
pub(super) fn transcript_paragraphs(article: &Article) -> Vec<Span> {
    let text = article.text.as_str();
    let paragraphs = &article.paragraphs;
    // One lower-casing buffer per article rather than one allocation per paragraph.
    let mut lower = String::new();
    let Some(intro) = paragraphs.iter().position(|p| {
        p.kind == ParagraphKind::Body
            && text
                .get(p.range())
                .is_some_and(|p| introduces_full_text(p, &mut lower))
    }) else {
        return Vec::new();
    };
    let mut spans = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate().skip(intro + 1) {
        if p.kind != ParagraphKind::Body {
            continue;
        }
        let Some(range) = super::trimmed(text, p.range()) else {
            continue;
        };
        if has_words(&text[range.clone()], MIN_SPEECH_WORDS) {
            spans.push(Span::unquoted(range, pi));
        }
    }
    spans
}

/// Whether `paragraph` announces a speech printed in full right after it:
/// short, no quotation in it, a full-text phrase (the English ones with a
/// speech noun, as they also introduce documents), and a colon at its end
/// or words saying the text follows here. `lower` is a scratch buffer.
fn introduces_full_text(paragraph: &str, lower: &mut String) -> bool {
    let paragraph = paragraph.trim();
    // Every body paragraph of every article comes here: the cheap tests
    // first (an introduction's words fit in this many bytes).
    if paragraph.is_empty() || paragraph.len() > MAX_INTRO_WORDS * 12 {
        return false;
    }
    // The fold differs from `str::to_lowercase` only in a final sigma, which
    // no phrase here holds.
    lower_into(paragraph, lower);
    let has = |phrases: &[&str]| phrases.iter().any(|p| lower.contains(p));
    // "Follows here" first, its 14 phrases in one pass, and few paragraphs
    // pass it.
    (paragraph.ends_with(':') || FOLLOWS_HERE_KEYWORDS.found_in(lower, !0) != 0)
        && (has(&FULL_TEXT_OTHER) || (has(&FULL_TEXT_EN) && has(&SPEECH_NOUNS)))
        && !more_words_than(paragraph, MAX_INTRO_WORDS)
        && !super::has_quotation_mark(paragraph)
}

#[cfg(test)]
mod tests {
    fn introduces_full_text(paragraph: &str) -> bool {
        super::introduces_full_text(paragraph, &mut String::new())
    }

    #[test]
    fn an_introduction_names_a_full_text_of_a_speech() {
        assert!(introduces_full_text(
            "Here is the full text of President Obama's speech in Hanoi on May 24."
        ));
        assert!(introduces_full_text(
            "Editor's Note: Here is the text of the speech as prepared for delivery:"
        ));
        assert!(introduces_full_text(
            "Testo integrale del discorso del Papa:"
        ));
        assert!(introduces_full_text(
            "Full transcript of the governor's remarks:"
        ));
        assert!(introduces_full_text("Полный текст обращения президента:"));
    }

    #[test]
    fn documents_quotes_and_long_paragraphs_are_not_introductions() {
        assert!(!introduces_full_text(
            "The full text of the law was published on Monday."
        ));
        // An editor's pointer further down: the text is not what follows.
        assert!(!introduces_full_text(
            "[For the full text of the judge's statement, see below -- moderator]"
        ));
        assert!(!introduces_full_text(
            "The full text of her speech was released on Monday."
        ));
        assert!(!introduces_full_text(
            "He read the full text of his speech, saying “we will win”."
        ));
        let long = format!(
            "Here is the full text of the speech. {}",
            "word ".repeat(50)
        );
        assert!(!introduces_full_text(&long));
    }
}
