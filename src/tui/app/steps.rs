//! `n`/`N` in the reader: the next quote or mention, which may open
//! another source, and the status notice when a step went round the end.

use super::App;
use crate::tui::article::{QuoteStep, Wrapped};

/// How the status line begins when `n`/`N` went round the end.
const WRAP_NOTICE: &str = "wrapped to the";

impl App {
    /// `n`/`N`: the article decides where to go; the move may open another source.
    pub(super) fn step_quote(&mut self, forward: bool) {
        let inner = self.article_inner();
        let (wrapped, what) = match self.article.step(self.shared.as_ref(), inner, forward) {
            QuoteStep::Mention(person, index, wrapped) => {
                self.go_to_mention(person, index);
                (wrapped, "mention")
            }
            QuoteStep::Quote(id, wrapped) => {
                self.article.clear_highlight();
                self.select_quote(id, true);
                (wrapped, "quote")
            }
            QuoteStep::Stay => (Wrapped::No, ""),
        };
        let end = match wrapped {
            Wrapped::No => None,
            Wrapped::ToFirst => Some("first"),
            Wrapped::ToLast => Some("last"),
        };
        if let Some(end) = end {
            self.notice = Some(format!("{WRAP_NOTICE} {end} {what}"));
        } else if self
            .notice
            .as_deref()
            .is_some_and(|n| n.starts_with(WRAP_NOTICE))
        {
            // A wrap is news once: the next ordinary step clears it.
            self.notice = None;
        }
    }
}
