//! How a quotation left open at the end of a paragraph goes on: re-opened in
//! the next paragraph, run on to the paragraph that closes it, or not at all.

use crate::corpus::Paragraph;

use super::marks::{self, Family, Mark};
use super::{Scanner, collect_marks};

/// How many paragraphs a quotation may run through without a mark of its
/// family before the one that closes it: a long statement printed
/// „ … ¶ … ¶ … ” (Romanian, French, Italian copy does not re-open it). Past
/// this, an unclosed opener is more likely a stray than a speech.
const RUN_ON_MAX_PARAGRAPHS: usize = 8;

/// At the end of a text cut short, how many paragraphs a quotation that
/// opens a statement and is never closed may still run through.
const OPEN_AT_END_MAX_PARAGRAPHS: usize = 3;

/// How a quotation left open at a paragraph's end goes on in the next one.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) enum Carry {
    /// It does not: the next paragraph starts afresh.
    #[default]
    Nothing,
    /// The next paragraph re-opens it with a mark of its family (the English
    /// convention for a long quotation): each paragraph is a quotation of its
    /// own, as outlets that quote one of them print it.
    Reopened,
    /// It goes on into the next paragraph: a later paragraph closes it
    /// without re-opening it (« … ¶ … »), or the text ends first.
    Runs,
}

impl Scanner {
    /// How the quotation left open (the outermost one) goes on into the
    /// paragraphs that follow, `rest` (the article's, after the one scanned).
    pub(super) fn carry_into(&self, text: &str, rest: &[Paragraph]) -> Carry {
        let Some(bottom) = self.stack.first() else {
            return Carry::Nothing;
        };
        let family = bottom.mark.family;
        let run = rest.iter().take_while(|p| p.kind.is_content());
        let mut marks_of_next = Vec::new();
        let mut through = 0;
        for (k, paragraph) in run.enumerate() {
            let Some(next) = text.get(paragraph.range()) else {
                return Carry::Nothing;
            };
            if k == 0 && next.chars().next().and_then(marks::family) == Some(family) {
                return Carry::Reopened;
            }
            // The first mark of its family decides: a mark that can only
            // close ends the quotation there; anything else means it was left
            // open. Marks are classified with the paragraph's own characters
            // around them (a glued `word»` closes, a spaced one may open).
            marks_of_next.clear();
            collect_marks(text, paragraph.start(), next, &mut marks_of_next);
            match marks_of_next.iter().find(|m| m.family == family) {
                Some(m) if m.can_close && !m.can_open => return Carry::Runs,
                Some(_) => return Carry::Nothing,
                None if k + 1 >= RUN_ON_MAX_PARAGRAPHS => return Carry::Nothing,
                None => through = k + 1,
            }
        }
        // No closer before the story ends: a text cut short mid-statement
        // (`… he told television:¶„I am very happy. …¶…` and nothing more).
        let story_ends = !rest[through..].iter().any(|p| p.kind.is_content());
        let open_at_end = story_ends
            && through <= OPEN_AT_END_MAX_PARAGRAPHS
            && opens_statement(text, &bottom.mark);
        if through > 0 && open_at_end {
            Carry::Runs
        } else {
            Carry::Nothing
        }
    }
}

/// Whether the quotation mark `mark` opens a statement rather than a phrase
/// or an apostrophe: a double mark or a guillemet that starts its line or
/// follows the end of a sentence or a colon, with a capital letter or a
/// digit after it.
pub(super) fn opens_statement(text: &str, mark: &Mark) -> bool {
    if mark.family == Family::Single {
        return false;
    }
    let before = text[..mark.at].trim_end_matches([' ', '\t', '\u{a0}']);
    let after_boundary = before
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n' || matches!(c, '.' | '!' | '?' | ':' | '…'));
    let capital = text[mark.end()..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    after_boundary && capital
}
