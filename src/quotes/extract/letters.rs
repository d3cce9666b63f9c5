//! Letters and speeches printed whole without an introduction or marks:
//! the text opens on its salutation (`Valued Customers and Partners, I want
//! to sincerely apologise…`, `My fellow Americans, …`, `Dearest brothers
//! and sisters, …`, `Liebe Mitbürgerinnen und Mitbürger, …`) and runs on,
//! paragraph after paragraph, in the first person. Each paragraph is the
//! writer's statement, printed unquoted; attribution finds the writer in
//! the narrative sentence before the salutation, as for [`transcripts`].
//!
//! A salutation only opens a letter when its paragraph is somebody
//! speaking (a first- or second-person word, or the salutation alone on
//! its line); the letter runs while its paragraphs speak, over one that
//! does not between two that do (a letter's plain statement of facts), and
//! ends at the first two narrative paragraphs in a row.
//!
//! [`transcripts`]: super::transcripts

use std::ops::Range;
use std::sync::LazyLock;

use crate::corpus::{Article, ParagraphKind};
use crate::fast_hash::FastSet;
use crate::text::fold::{lower, with_lower};
use crate::text::person::speaks;

use super::Span;

/// Words that open a salutation, lower case, each followed by the
/// addressees and a comma. Several-word openers first.
#[rustfmt::skip]
const SALUTATIONS: &[&str] = &[
    "ladies and gentlemen", "my fellow", "my dear", "dear", "dearest", "valued", "hello", "to all",
    "brothers and sisters", "sisters and brothers", "fratelli e sorelle", "hermanos y hermanas",
    "frères et sœurs", "irmãos e irmãs", "brüder und schwestern",
    "cari", "care", "caro", "carissimi", "queridos", "queridas", "querido", "estimados",
    "estimadas", "chers", "chères", "cher", "chère", "mes chers", "liebe", "lieber",
    "sehr geehrte", "drodzy", "szanowni", "дорогие", "уважаемые", "дорогі", "шановні",
    "dragi", "dragii", "stimați", "stimaţi", "caros", "caras", "prezados",
];

/// The first word of each salutation (up to its first space): a hash, as
/// every body paragraph's first word is looked up.
static SALUTATION_HEADS: LazyLock<FastSet<&str>> = LazyLock::new(|| {
    SALUTATIONS
        .iter()
        .map(|s| s.split(' ').next().unwrap_or(s))
        .collect()
});

/// Longest salutation before its comma, in words ("Valued Customers and
/// Partners of CrowdStrike").
const MAX_SALUTATION_WORDS: usize = 7;

/// A letter's paragraph needs a few words: shorter ones are sign-offs.
const MIN_WORDS: usize = 4;

/// The paragraphs of letters printed whole after their salutation, as spans
/// marked unquoted (one per paragraph), in text order.
pub(super) fn letter_paragraphs(article: &Article) -> Vec<Span> {
    let text = article.text.as_str();
    // Each body paragraph: its index, its words and where they are.
    let body: Vec<(usize, &str, Range<usize>)> = article
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == ParagraphKind::Body)
        .filter_map(|(pi, p)| {
            let words = super::trimmed(text, p.range())?;
            Some((pi, &text[words.clone()], words))
        })
        .collect();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < body.len() {
        if !opens_letter(body[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < body.len() {
            let (pi, words, ref range) = body[j];
            if is_stage_direction(words) {
                j += 1;
                continue;
            }
            let speech = speaks(words) || (j == i);
            let bridged = !speech && body.get(j + 1).is_some_and(|(_, next, _)| speaks(next));
            if !(speech || bridged) || super::opens_quotation(words) {
                break;
            }
            if words.split_whitespace().count() >= MIN_WORDS {
                spans.push(Span::unquoted(range.clone(), pi));
            }
            j += 1;
        }
        i = j.max(i + 1);
    }
    spans
}

/// A paragraph in brackets is the editor's note on what the speaker did
/// (`[He blesses the crowd.]`): not the speaker's words, and no end of them.
fn is_stage_direction(paragraph: &str) -> bool {
    let bracketed = |open, close| paragraph.starts_with(open) && paragraph.ends_with(close);
    bracketed('[', ']') || bracketed('(', ')')
}

/// Whether `paragraph` opens on a salutation and speaks: `Dear friends, I
/// write…`, or the salutation alone (`My fellow Americans,`).
fn opens_letter(paragraph: &str) -> bool {
    // Every body paragraph comes here: its first word (up to a comma) must
    // open a salutation before the paragraph is searched or lower-cased.
    let head = paragraph
        .split_whitespace()
        .next()
        .and_then(|w| w.split(',').next())
        .unwrap_or("");
    let may_open = with_lower(head, |w| SALUTATION_HEADS.contains(w));
    if !may_open {
        return false;
    }
    // A salutation may end with an exclamation instead (`Dear friends!`).
    let Some(comma) = paragraph.find([',', '!']) else {
        return false;
    };
    let salutation = &paragraph[..comma];
    let count = salutation.split_whitespace().count();
    if count == 0 || count > MAX_SALUTATION_WORDS {
        return false;
    }
    let first = salutation.chars().next().is_some_and(char::is_uppercase);
    let lowered = lower(salutation);
    let opener = SALUTATIONS.iter().any(|s| {
        lowered
            .strip_prefix(s)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    });
    let rest = paragraph[comma + 1..].trim();
    first && opener && (rest.is_empty() || speaks(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letters(body: &str) -> Vec<String> {
        super::super::span_texts("CEO apologises", body, letter_paragraphs)
    }

    #[test]
    fn a_letter_runs_from_its_salutation_while_it_speaks() {
        let body = "George Kurtz, the CEO, has apologised.\n\n\
            Valued Customers and Partners, I want to apologise for today's outage.\n\n\
            The outage was caused by a defect in an update. Mac hosts are not impacted.\n\n\
            We are working closely with customers.\n\n\
            Sincerely,\n\n\
            Shares fell 11% on Friday. Analysts expect losses.\n\n\
            The company did not comment further on the matter.";
        assert_eq!(
            letters(body),
            [
                "Valued Customers and Partners, I want to apologise for today's outage.",
                "The outage was caused by a defect in an update. Mac hosts are not impacted.",
                "We are working closely with customers.",
            ]
        );
    }

    #[test]
    fn a_salutation_alone_on_its_line_opens_a_speech() {
        let body = "My fellow Americans,\n\nI have decided to step down from the race.";
        assert_eq!(
            letters(body),
            ["I have decided to step down from the race."]
        );
    }

    /// A pope's or a preacher's greeting opens a speech printed whole.
    #[test]
    fn brothers_and_sisters_open_a_speech() {
        let body = "Brothers and sisters, I thank you for your welcome.\n\n\
            Let us pray for one another.";
        assert_eq!(
            letters(body),
            [
                "Brothers and sisters, I thank you for your welcome.",
                "Let us pray for one another."
            ]
        );
    }

    /// The editor's bracketed notes inside a speech are neither taken nor
    /// its end, and a stray closing mark does not end it either.
    #[test]
    fn a_speech_runs_past_bracketed_notes_and_stray_closers() {
        let body = "Dear neighbours!\n\n\
            You know why we came to this valley.\n\n\
            [The mayor then read out the names of the miners.]\n\n\
            We will remember them, and I thank you for coming.”\n\n\
            Let us keep silent for a minute.\n\n\
            The crowd dispersed after noon. Police closed the road.\n\n\
            Traffic resumed in the evening after the ceremony.";
        assert_eq!(
            letters(body),
            [
                "You know why we came to this valley.",
                "We will remember them, and I thank you for coming.”",
                "Let us keep silent for a minute.",
            ]
        );
        assert!(letters("Dear me! The weather turned cold in the north.").is_empty());
    }

    #[test]
    fn narrative_that_starts_like_a_salutation_is_no_letter() {
        assert!(letters("Dear Prudence, a song by the Beatles, was played twice.").is_empty());
        assert!(letters("Valued at $2bn, the company has 5,000 staff.").is_empty());
        assert!(letters("Dear friends, \"we will win,\" he wrote.").is_empty());
    }
}
