//! Speeches printed in full: "Here is the full text of the president's
//! address:", "Testo integrale del discorso", "Полный текст обращения", then
//! the speech itself, paragraph after paragraph, without quotation marks.
//! Each paragraph after such an introduction, to the end of the story, is
//! the speaker's statement, printed unquoted; the introduction names the
//! speaker, so attribution reads it as the narrative sentence before them.

use crate::corpus::full_text::MAX_INTRO_WORDS;
use crate::corpus::{Article, ParagraphKind};
use crate::text::words::{has_words, more_words_than};

use super::Span;

/// A speech paragraph needs a few words: shorter ones are stage directions
/// ("(Applause.)") and sign-offs.
const MIN_SPEECH_WORDS: usize = 4;

/// The paragraphs of a speech printed in full after its introduction, as
/// spans marked unquoted (one per paragraph), in text order.
pub(super) fn transcript_paragraphs(article: &Article) -> Vec<Span> {
    let text = article.text.as_str();
    let paragraphs = &article.paragraphs;
    // The classifier read the phrases on its lower-case copy of the paragraph.
    let Some(intro) = paragraphs.iter().position(|p| {
        p.kind == ParagraphKind::Body
            && p.announces_full_text
            && text.get(p.range()).is_some_and(introduces_full_text)
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

/// Whether `paragraph`, which announces a speech's full text
/// ([`crate::corpus::full_text`]), introduces it right here: one short
/// paragraph, no quotation in it.
fn introduces_full_text(paragraph: &str) -> bool {
    let paragraph = paragraph.trim();
    !more_words_than(paragraph, MAX_INTRO_WORDS) && !super::has_quotation_mark(paragraph)
}

#[cfg(test)]
mod tests {
    use crate::corpus::full_text::announces_full_text;

    fn introduces_full_text(paragraph: &str) -> bool {
        announces_full_text(paragraph, &mut String::new(), false)
            && super::introduces_full_text(paragraph)
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
