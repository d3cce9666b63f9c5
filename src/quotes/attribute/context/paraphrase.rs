//! A speech reported in turns: quotes and paragraphs of paraphrase in
//! between ("He called on Kell and Renn to settle the budget." ¶ "“…”").
//! The paraphrase is about the speaker, named by a pronoun or a role; the
//! people it names are what the speech spoke of, not who speaks next.
//! And the narrative sentence before a quote, whose subject speaks it.

use super::Context;
use super::further::time_stamp_len;
use crate::ids::PersonId;
use crate::quotes::Quote;
use crate::text::sentences::{is_terminator, split_sentences};
use crate::text::{floor_char_boundary, marks};

/// Bytes of the paragraph's opening read for its subject (past an
/// opening phrase: "In his address to the nation on Sunday, he …").
const OPENING_BYTES: usize = 120;

impl Context<'_> {
    /// The person the paragraph before `q` ([`Context::paragraph_before`])
    /// is about, when that paragraph is narrative only (no quotation)
    /// opening with a pronoun or a role phrase rather than a name: whom the
    /// pronoun resolves to, or the role's holder. Also gives where the
    /// paragraph's first sentence ends: a name before that is the verb's
    /// object.
    pub(in crate::quotes::attribute) fn paraphrase_subject(
        &self,
        q: &Quote,
    ) -> Option<(usize, PersonId)> {
        // A quote standing as a subheading ("‘A nation that stays a
        // nation’") heads a section rather than running on the speech.
        let own = self.article.paragraphs.get(q.paragraph())?;
        let own = self.text.get(own.range())?.trim_end();
        if !own
            .trim_end_matches(marks::is_quote_mark)
            .ends_with(is_terminator)
        {
            return None;
        }
        let range = self.paragraph_before(q)?.range();
        let i = self.outers.partition_point(|o| o.end <= range.start);
        if self.outers.get(i).is_some_and(|o| o.start < range.end) {
            return None;
        }
        let end = floor_char_boundary(self.text, (range.start + OPENING_BYTES).min(range.end));
        // A live page's post opens with its time ("18:09 The president …").
        let start = range.start + time_stamp_len(&self.text[range.start..end]);
        let words = self.words(start..end);
        // "In his address, the president turned to …": the subject follows
        // a scene-setting opening phrase.
        let words = words.get(self.past_opening_phrase(&words)..)?;
        let first = words.first()?;
        let person = if self.is_pronoun_at(words, 0) {
            self.resolve_pronoun(first.range.start).speaker()
        } else {
            self.opening_role(words)
        }?;
        let first = split_sentences(self.text, range.clone()).into_iter().next();
        Some((first.map_or(range.end, |s| s.end), person))
    }

    /// The subject of the sentence before a quote, when it is in the quote's
    /// paragraph or the one before ([`Self::paragraph_before`]): position
    /// and person.
    pub(in crate::quotes::attribute) fn narrative_subject(
        &self,
        q: &Quote,
    ) -> Option<(usize, PersonId)> {
        let i = self
            .subjects
            .partition_point(|(at, _)| *at < q.outer().start);
        let from = self.paragraph_before(q).map_or(0, |p| p.start());
        let named = i
            .checked_sub(1)
            .and_then(|i| self.subjects.get(i))
            .filter(|(at, _)| *at >= from)
            .copied();
        // "The president pledged that … “…”": in English a sentence opening
        // with a role since names the subject as a name would (as for
        // pronouns, see `resolve_pronoun`). Read from just before the
        // paragraph's start, so that its first sentence counts.
        let role = (self.language() == Some("en"))
            .then(|| {
                let since = named.map_or(from.saturating_sub(1), |(at, _)| at);
                self.role_subject_between(since, q.outer().start)
            })
            .flatten();
        role.or(named)
    }

    /// How many paragraphs between paragraphs `from` and `to` (neither
    /// counted) are the story's text: a caption or a promo line ("WATCH:")
    /// between two paragraphs of a speech is no part of it.
    pub(in crate::quotes::attribute) fn text_paragraphs_between(
        &self,
        from: usize,
        to: usize,
    ) -> usize {
        self.article
            .paragraphs
            .get(from + 1..to)
            .map_or(0, |between| {
                between.iter().filter(|p| p.kind.is_content()).count()
            })
    }
}
