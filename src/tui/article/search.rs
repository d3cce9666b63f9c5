//! The article pane's side of `/`: starting, editing and stepping the
//! search of the open article, and which of its matches are in view.

use std::ops::Range;

use ratatui::layout::Rect;
use ratatui::style::Style;

use super::{ArticlePane, Wrapped};
use crate::tui::article_search::ArticleSearch;
use crate::tui::config::Theme;
use crate::tui::model::Shared;
use crate::tui::wrap::ArticleLine;

impl ArticlePane {
    pub fn search(&self) -> &ArticleSearch {
        &self.search
    }

    /// `/`: a new search of the open article from the top of the view.
    pub fn start_search(&mut self, shared: Option<&Shared>, inner: Rect) {
        self.ensure_wrapped(shared, inner.width);
        let origin = self
            .wrapped(inner.width)
            .and_then(|w| w.lines.get(self.scroll))
            .map_or(0, |l| l.bytes.start);
        self.search = ArticleSearch::start(self.source, origin);
    }

    /// A char typed into the query (`None`: one deleted); the current match
    /// comes into view as it changes.
    pub fn edit_search(&mut self, shared: Option<&Shared>, inner: Rect, edit: Option<char>) {
        let Some(article) = shared.and_then(|s| s.article(self.source)) else {
            return;
        };
        self.search.edit(article, edit);
        if let Some(at) = self.search.current().map(|r| r.start) {
            self.reveal(shared, inner, at);
        }
    }

    /// Enter: the query stays for `n`/`N`; an empty one ends the search.
    pub fn accept_search(&mut self) {
        self.search.accept();
        if !self.search.is_active() {
            self.clear_search();
        }
    }

    pub fn clear_search(&mut self) {
        self.search = ArticleSearch::default();
    }

    /// `n`/`N` during a search: the next match, brought into view; whether
    /// the step went round the end (`None`: no match to go to).
    pub fn step_match(
        &mut self,
        shared: Option<&Shared>,
        inner: Rect,
        forward: bool,
    ) -> Option<Wrapped> {
        let (span, wrapped) = self.search.step(forward)?;
        self.reveal(shared, inner, span.start);
        Some(wrapped)
    }

    /// Search matches overlapping the visible lines with their style, the
    /// current one first.
    pub(super) fn visible_matches(
        &self,
        visible: &[ArticleLine],
        theme: &Theme,
    ) -> Vec<(Range<usize>, Style)> {
        let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
            return Vec::new();
        };
        if self.search.source() != self.source {
            return Vec::new();
        }
        let matches = self.search.matches();
        let from = matches.partition_point(|m| m.end <= first.bytes.start);
        let to = matches.partition_point(|m| m.start < last.bytes.end);
        let current = self.search.current();
        let mut out: Vec<(Range<usize>, Style)> = matches[from..to.max(from)]
            .iter()
            .map(|m| (m.clone(), theme.matched))
            .collect();
        if let Some(c) = current.filter(|c| c.start < last.bytes.end && c.end > first.bytes.start) {
            out.insert(0, (c.clone(), theme.highlight));
        }
        out
    }
}
