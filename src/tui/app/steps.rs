//! `n`/`N` in the reader: the next quote, mention or search match, which
//! may open another source, and the status notice when a step went round
//! the end.

use super::App;
use crate::tui::action::Action;
use crate::tui::article::{QuoteStep, Wrapped};
use crate::tui::config::Mode;
use crate::tui::layout::Pane;

/// How the status line begins when `n`/`N` went round the end.
const WRAP_NOTICE: &str = "wrapped to the";

impl App {
    /// `n`/`N`: the article decides where to go; the move may open another source.
    pub(super) fn step_quote(&mut self, forward: bool) {
        let inner = self.article_inner();
        if self.article.search().is_active() {
            let wrapped = self
                .article
                .step_match(self.shared.as_ref(), inner, forward);
            self.wrap_notice(wrapped.unwrap_or(Wrapped::No), "match");
            return;
        }
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
        self.wrap_notice(wrapped, what);
    }

    /// Says in the status line that a step to the next `what` went round
    /// the end; the next ordinary step clears it.
    fn wrap_notice(&mut self, wrapped: Wrapped, what: &str) {
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

    /// `/` and the keys of search mode: the query is typed into the article
    /// pane, which highlights the matches as they change.
    pub(super) fn search(&mut self, action: Action) {
        let inner = self.article_inner();
        let shared = self.shared.as_ref();
        match action {
            Action::OpenSearch => {
                self.mode = Mode::Search;
                self.focus = Pane::Article;
                self.article.start_search(shared, inner);
            }
            Action::SearchInput(c) => self.article.edit_search(shared, inner, Some(c)),
            Action::SearchBackspace => self.article.edit_search(shared, inner, None),
            Action::SearchAccept => {
                self.mode = Mode::Normal;
                self.article.accept_search();
            }
            _ => {}
        }
    }
}
