//! Headline labels before a quote: `Trump: ‘We will win’`, `Merz on the
//! talks: “…”`, and the topic a label may name after its speaker; role
//! nouns a headline writes without their article.

use std::ops::Range;

use super::Context;
use crate::corpus::{ParagraphKind, is_headline_shaped};
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

    /// "Utah governor calls the attack …", "… of France, justice minister
    /// says": a headline drops its articles, so a role noun opening a
    /// clause of a headline, after one qualifier at most, stands for its
    /// holder as "the governor" would.
    pub(super) fn opens_title_clause(&self, words: &[Word], k: usize) -> bool {
        let noun = &words[k];
        // The title, or a headline below a site's banner: a short
        // paragraph with no closing stop.
        let headline = self
            .article
            .paragraph_at(noun.range.start)
            .and_then(|i| self.article.paragraphs.get(i))
            .is_some_and(|p| {
                p.kind == ParagraphKind::Title || is_headline_shaped(&self.text[p.range()])
            });
        if !headline {
            return false;
        }
        let first = match k.checked_sub(1).map(|j| &words[j]) {
            Some(q)
                if !q.possessive
                    && !cues::is_speech_verb(q.text)
                    && !self.comma_before(words, k) =>
            {
                q
            }
            _ => noun,
        };
        let before = self.text[..first.range.start].trim_end_matches(' ');
        before.is_empty() || before.ends_with([',', '\n', ':', '-', '–', '—'])
    }
}
