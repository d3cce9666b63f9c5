//! Statements printed without quotation marks between a reporting clause
//! and its colon, or between a paragraph of their own and an attribution
//! paragraph after them — the layout of mirror sites and of translated copy
//! once the marks are stripped:
//!
//! - `Prime Minister Jane Doe also said: We will not give in.` (the words
//!   after the colon, in the same paragraph or the next one);
//! - `We will not give in.` ¶ `– stwierdził Merz.` / `a déclaré le chef de
//!   l'État.` (a paragraph that opens with a dash and a reporting verb, or
//!   with a reporting verb in lower case, attributes the one before it).
//!
//! A colon after a reporting verb also introduces lists and summaries ("He
//! announced three measures: a tax cut, …"), so the words after it count only
//! when they are somebody speaking (a first- or second-person word) or an
//! attribution paragraph follows them.

use crate::corpus::{Article, ParagraphKind};
use crate::text::person::speaks;
use crate::text::sentences::is_terminator;
use crate::text::speech::is_speech_verb;
use crate::text::words::{bare_words, has_words};

use super::{MIN_STATEMENT_WORDS, Span};
use crate::text::dashes::is_dash;

/// The reporting verb is among this many last words before the colon
/// ("Meloni said:", "Trump told reporters:", "ha detto ai giornalisti:").
const VERB_NEAR_COLON: usize = 3;

/// Longest reporting clause before a colon, in words: a clause that runs
/// on longer before its colon is narrative.
const MAX_INTRO_WORDS: usize = 10;

/// The reporting verb of an attribution paragraph is among its first this
/// many words ("– powiedział", "a déclaré", "said the minister").
const VERB_AT_OPENING: usize = 2;

/// The statements of `article` introduced by a reporting clause and a colon
/// or attributed by the paragraph after them, as spans marked unquoted, in
/// text order.
pub(super) fn introduced_statements(article: &Article) -> Vec<Span> {
    let text = article.text.as_str();
    let paragraphs = &article.paragraphs;
    let body = |pi: usize| {
        paragraphs
            .get(pi)
            .filter(|p| p.kind == ParagraphKind::Body)
            .and_then(|p| super::trimmed(text, p.range()))
            .filter(|r| !r.is_empty())
    };
    let attributes_previous = |pi: usize| body(pi).is_some_and(|r| is_attribution(&text[r]));
    let mut spans = Vec::new();
    for pi in 0..paragraphs.len() {
        let Some(paragraph) = body(pi) else { continue };
        let line = &text[paragraph.clone()];
        if let Some(colon) = introducing_colon(line) {
            let after = super::trimmed(text, paragraph.start + colon.at + 1..paragraph.end);
            match after.filter(|r| !r.is_empty()) {
                Some(words) => {
                    let said = &text[words.clone()];
                    let evidence =
                        attributes_previous(pi + 1) || (colon.verb_last && opens_sentence(said));
                    if is_statement(said, evidence) {
                        spans.push(Span::unquoted(words, pi));
                    }
                }
                None => {
                    if let Some(words) = body(pi + 1)
                        && is_statement(&text[words.clone()], attributes_previous(pi + 2))
                    {
                        spans.push(Span::unquoted(words, pi + 1));
                    }
                }
            }
        } else if attributes_previous(pi + 1) && is_statement(line, true) {
            let end = paragraph.start + line.trim_end_matches(',').len();
            spans.push(Span::unquoted(paragraph.start..end, pi));
        }
    }
    spans.dedup_by(|b, a| a.outer == b.outer);
    spans
}

/// Whether `words` read as a statement printed without marks: a few words,
/// no quotation mark (a quotation is taken by its marks), and somebody
/// speaking unless an attribution paragraph follows them.
fn is_statement(words: &str, attributed: bool) -> bool {
    has_words(words, MIN_STATEMENT_WORDS)
        && !super::has_quotation_mark(words)
        && (attributed || speaks(words))
}

/// A colon that closes a reporting clause.
struct IntroducingColon {
    /// Its byte offset in the line.
    at: usize,
    /// Whether the reporting verb is the last word before it ("Meloni
    /// said:", not "she announced three measures:").
    verb_last: bool,
}

/// The line's first colon, when it closes a short clause (from the last
/// comma or sentence end before it) whose reporting verb, after a subject,
/// is among the last words before it.
fn introducing_colon(line: &str) -> Option<IntroducingColon> {
    let at = memchr::memchr(b':', line.as_bytes())?;
    let clause_start = line[..at]
        .rfind(|c: char| is_terminator(c) || c == ',')
        .map_or(0, |i| {
            i + line[i..].chars().next().map_or(1, char::len_utf8)
        });
    let words: Vec<&str> = bare_words(&line[clause_start..at])
        .filter(|w| !w.is_empty())
        .collect();
    let from_end = words
        .iter()
        .rev()
        .take(VERB_NEAR_COLON)
        .position(|w| is_speech_verb(w))?;
    // A subject before the verb: a lone "Said:" or "Declaró:" is a label.
    let subject = from_end + 1 < words.len();
    (subject && words.len() <= MAX_INTRO_WORDS).then_some(IntroducingColon {
        at,
        verb_last: from_end == 0,
    })
}

/// Whether `words` open like a sentence of their own: a capital letter.
fn opens_sentence(words: &str) -> bool {
    words.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `line`, a paragraph of its own, attributes the paragraph before
/// it: a dash and a reporting verb first (`– powiedział Macron.`), or a
/// reporting verb among its first words in lower case (`a déclaré le chef
/// de l'État.`, `said the minister.`).
fn is_attribution(line: &str) -> bool {
    let (dashed, rest) = match line.chars().next() {
        Some(c) if is_dash(c) => (true, line[c.len_utf8()..].trim_start()),
        _ => (false, line),
    };
    let lower_case_start = rest.chars().next().is_some_and(char::is_lowercase);
    if !(dashed || lower_case_start) || super::has_quotation_mark(rest) {
        return false;
    }
    bare_words(rest).take(VERB_AT_OPENING).any(is_speech_verb)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(body: &str) -> Vec<String> {
        super::super::span_texts("Leaders meet in Helsinki", body, introduced_statements)
    }

    #[test]
    fn words_after_a_reporting_clause_and_its_colon() {
        assert_eq!(
            statements("The minister also said: We will not give in to any of this."),
            ["We will not give in to any of this."]
        );
        assert_eq!(
            statements(
                "Asked about the talks, Jane Doe told reporters:\n\nI think we made real progress today."
            ),
            ["I think we made real progress today."]
        );
        // No pronoun in a language that drops them: the verb closing the
        // clause and a sentence opening after the colon are enough.
        assert_eq!(
            statements(
                "Asked about the missiles, el líder francés respondió: Digamos lo menos posible."
            ),
            ["Digamos lo menos posible."]
        );
    }

    #[test]
    fn a_list_or_a_summary_after_a_colon_is_no_statement() {
        assert!(
            statements("The minister announced three measures: a tax cut, a freeze and a fund.")
                .is_empty()
        );
        assert!(statements("Said: we were there all day long.").is_empty());
        assert!(statements("The minister said: \"We will not give in.\"").is_empty());
        assert!(statements("Result: we lost the match in the last minute.").is_empty());
        assert!(statements("The ministry announced: the plan holds four points.").is_empty());
    }

    #[test]
    fn a_paragraph_attributed_by_the_next_one() {
        assert_eq!(
            statements("Razem chcemy odnowy relacji na rzecz Europy\n\n– stwierdził Merz."),
            ["Razem chcemy odnowy relacji na rzecz Europy"]
        );
        assert_eq!(
            statements(
                "Le président a parlé :\n\nIl faut agir vite et ensemble pour la paix.\n\na déclaré le chef de l'État."
            ),
            ["Il faut agir vite et ensemble pour la paix."]
        );
    }

    #[test]
    fn a_narrative_paragraph_after_a_statement_attributes_nothing() {
        assert!(statements("The talks went on for hours.\n\nThe minister said little.").is_empty());
        assert!(statements("The talks went on for hours.\n\n– a list item about talks").is_empty());
        assert!(statements("Talks.\n\n– stwierdził Merz.").is_empty());
    }
}
