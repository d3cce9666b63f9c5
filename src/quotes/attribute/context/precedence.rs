//! Which clause names a quote's speaker when both the reporting clause
//! before it and the one after it name someone.

use super::{Context, Verdict};
use crate::quotes::Quote;
use crate::quotes::attribute::cues;

impl Context<'_> {
    /// Whether the clause before `q`, which names `before` as the speaker
    /// of its reporting verb, keeps the quote against the clause after it,
    /// whose verdict is `after`:
    /// - "X a mis en garde contre « … », qu'il considère …": a verb after
    ///   the quote that names nobody leaves the quote to its own subject;
    /// - "X warns Y ‘…’: Z says Y should …": past a colon after the quote a
    ///   new clause begins, reporting other words (a headline's summary).
    pub(super) fn before_keeps_quote(
        &self,
        q: &Quote,
        before: Option<Option<Verdict>>,
        after: Verdict,
    ) -> bool {
        if !matches!(before, Some(Some(Verdict::Speaker(_)))) {
            return false;
        }
        match after {
            Verdict::Unknown => true,
            Verdict::Speaker(_) => {
                self.text
                    .get(q.outer().end..)
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
                    || self.in_opening_subordinate(q, before)
            }
            Verdict::NoCue => false,
        }
    }

    /// "While X, head of …, accused Y of “…”, Z told …": a quote in the
    /// subordinate clause opening its sentence, whose subject reports it,
    /// is that subject's; the main clause after the comma reports other
    /// words.
    fn in_opening_subordinate(&self, q: &Quote, before: Option<Option<Verdict>>) -> bool {
        /// The subject follows its conjunction within a few words.
        const SUBJECT_WORDS: usize = 4;
        let Some(Some(Verdict::Speaker(speaker))) = before else {
            return false;
        };
        let words = self.first_words(q.sentence().start..q.outer().start, SUBJECT_WORDS + 1);
        let Some((conjunction, rest)) = words.split_first() else {
            return false;
        };
        let limit = rest.last().map_or(q.outer().start, |w| w.range.end);
        let closes_clause = self
            .text
            .get(q.outer().end..)
            .is_some_and(|after| after.starts_with(','))
            || self
                .text
                .get(q.inner())
                .is_some_and(|inner| inner.trim_end().ends_with(','));
        cues::is_opening_conjunction(conjunction.text)
            && closes_clause
            && self.first_subject(rest, limit) == Some(Verdict::Speaker(speaker))
    }
}
