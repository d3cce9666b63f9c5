//! Which clause names a quote's speaker when both the reporting clause
//! before it and the one after it name someone.

use super::{Context, Verdict};
use crate::quotes::Quote;

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
            Verdict::Speaker(_) => self
                .text
                .get(q.outer().end..)
                .is_some_and(|rest| rest.trim_start().starts_with(':')),
            Verdict::NoCue => false,
        }
    }
}
