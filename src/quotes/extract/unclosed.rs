//! Where a quotation whose closer never comes ends, when it is kept: at the
//! end of its paragraph, but before a quotation opened later with its own
//! mark, and before the narrator's sentences that follow the speaker's.

use std::ops::Range;

use crate::text::person::speaks;
use crate::text::sentences::split_sentences;
use crate::text::speech::reporting_verb_at;
use crate::text::words::bare_words;

use super::{Open, Scanner};

impl Scanner {
    /// The end of the unclosed quotation `open`: the end of the last
    /// paragraph scanned, or the start of a quotation opened later with the
    /// same mark and closed (`„bez … rozejm „powinien … Zjednoczonych”`:
    /// nesting takes the other shape, so that opener starts a quotation of
    /// its own and `open`'s words end before it). Within one paragraph, and
    /// unless the text ends there (a page cut short mid-speech: its last
    /// sentences are the speaker's whatever their person), the sentences
    /// after the last one in the first or second person are the narrator's
    /// (`« Nous n'écartons aucune hypothèse. Pour rappel, le gouvernement
    /// a …`) when the first sentence is the speaker's.
    pub(super) fn unclosed_end(&self, text: &str, open: &Open, story_ends: bool) -> usize {
        let reopened = self
            .pairs
            .iter()
            .map(|(range, _, _)| range.start)
            .filter(|&start| start > open.mark.at && text[start..].starts_with(open.mark.ch))
            .min();
        let end = match reopened {
            Some(next) => before_attribution(text, open.mark.end()..next),
            None => self.bound,
        };
        if story_ends || open.paragraph != self.last_paragraph {
            return end;
        }
        let sentences = split_sentences(text, open.mark.end()..end);
        let speaking = |r: &Range<usize>| speaks(&text[r.clone()]);
        if sentences.len() < 2 || !sentences.first().is_some_and(speaking) {
            return end;
        }
        sentences
            .iter()
            .rev()
            .find(|r| speaking(r))
            .map_or(end, |r| r.end)
    }
}

impl Scanner {
    /// Where a straight double quote left open in its paragraph ends when
    /// its words run into their attribution after a comma (`"A regional
    /// conflict … a global character, Putin said in an address.`): the page
    /// lost the closer, and the comma before the reporting clause is where
    /// it stood. `None` when no such clause follows in the paragraph, and
    /// the quotation is dropped as before (a straight quote is often
    /// stray).
    pub(super) fn attributed_end(&self, text: &str, open: &Open) -> Option<usize> {
        if open.mark.ch != '"' || open.paragraph != self.last_paragraph {
            return None;
        }
        let words = open.mark.end()..self.bound;
        let end = before_attribution(text, words.clone());
        (end < words.end).then_some(end)
    }
}

/// The end of `words` without the reporting clause that leads into the
/// next quotation (`“I apologise for the outage, Kurtz began, adding
/// that “…”`): the words end with the comma before a short clause whose
/// reporting verb comes early, else with `words`.
fn before_attribution(text: &str, words: Range<usize>) -> usize {
    let slice = &text[words.clone()];
    slice
        .match_indices(',')
        .map(|(at, _)| at + 1)
        .find(|&cut| {
            let clause: Vec<&str> = bare_words(&slice[cut..])
                .filter(|w| !w.is_empty())
                .collect();
            reporting_verb_at(&clause).is_some()
        })
        .map_or(words.end, |cut| words.start + cut)
}

#[cfg(test)]
mod tests {
    use super::super::quoted_texts as quotes;

    #[test]
    fn a_later_quotation_in_the_same_mark_ends_an_unclosed_one() {
        assert_eq!(
            quotes(
                "Bez zaangażowania „USA, a przyszły rozejm „powinien być zagwarantowany” przez USA."
            ),
            ["USA, a przyszły rozejm", "powinien być zagwarantowany"]
        );
        assert_eq!(
            quotes(
                "“We are sorry for the outage, the chief executive began, adding that “we will fix it.”"
            ),
            ["We are sorry for the outage,", "we will fix it."]
        );
    }

    #[test]
    fn an_unclosed_quotation_ends_with_the_speakers_last_sentence() {
        assert_eq!(
            quotes(
                "Le ministre a prévenu : « Nous ne savons rien encore. Nous restons prudents. Pour mémoire, le réseau avait déjà cédé en hiver.\n\nLe vote « aura lieu » mardi."
            ),
            [
                "Nous ne savons rien encore. Nous restons prudents.",
                "aura lieu"
            ]
        );
        // A first sentence in the narrator's voice leaves the paragraph whole.
        assert_eq!(
            quotes(
                "Il a lancé : « La réforme passera. Nous ne céderons pas. Le vote aura lieu mardi.\n\nLe vote « aura lieu » mardi."
            ),
            [
                "La réforme passera. Nous ne céderons pas. Le vote aura lieu mardi.",
                "aura lieu"
            ]
        );
    }
}
