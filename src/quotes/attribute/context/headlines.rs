//! Headline labels before a quote: `Trump: ‘We will win’`, `Merz on the
//! talks: “…”`, and the topic a label may name after its speaker.

use std::ops::Range;

use super::Context;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;

impl Context<'_> {
    /// Headline style `Trump: ‘We will win’`: nothing but a (titled) name
    /// and a colon before the quote.
    pub(super) fn name_then_colon(&self, range: Range<usize>, words: &[Word]) -> Option<PersonId> {
        let raw = self.text.get(range)?.trim_end();
        if !raw.ends_with(':') || words.is_empty() || words.len() > 5 {
            return None;
        }
        let last = words.last()?;
        let (at, p) = self.last_mention_in(last.range.clone())?;
        // "Meloni sur Musk : « … »": the name after "on" is the topic; the
        // one opening the words speaks (see `subject_then_colon`).
        let topic = words
            .iter()
            .rev()
            .find(|w| w.range.end <= at)
            .is_some_and(|w| cues::is_topic_preposition(w.text));
        (!topic).then_some(p)
    }

    /// `Trump was blunt: “…”`, `Merz on the talks: “…”`: a short colon
    /// introduction with no reporting verb, opened by a person, who speaks.
    pub(super) fn subject_then_colon(
        &self,
        range: Range<usize>,
        words: &[Word],
    ) -> Option<PersonId> {
        const MAX_WORDS: usize = 8;
        let raw = self.text.get(range)?.trim_end();
        if !raw.ends_with(':') || words.len() > MAX_WORDS {
            return None;
        }
        let opening = words.get(..words.len().min(3))?;
        let (start, end) = (opening.first()?.range.start, opening.last()?.range.end);
        // The name must open the segment: a title may precede it.
        self.mention_in(start..end)
    }
}
