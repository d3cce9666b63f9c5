//! The moves of the lists that reach other panes: the groups list (open,
//! show a group, `}`/`{`), the sources filter prompt, and copying the
//! selected rendering as a citation.

use verbatim::quotes::{ClusterId, QuoteId};

use super::super::action::Action;
use super::super::clipboard;
use super::super::config::Mode;
use super::super::groups::{self, GroupsPane};
use super::super::layout::Pane;
use super::App;

impl App {
    /// The group the diff shows, if it shows one.
    fn group_in_view(&self) -> Option<ClusterId> {
        let shared = self.shared.as_ref()?;
        let quote = self.diff.shown_quote(Some(shared))?;
        shared.quote(quote)?.cluster
    }

    /// Opens the groups list with the cursor on the group in view.
    pub(super) fn open_groups(&mut self) {
        self.groups.point_at(self.group_in_view());
        self.mode = Mode::Groups;
    }

    /// Movement, the sort key and Enter while the groups list is open.
    pub(super) fn groups_key(&mut self, action: &Action) {
        let page = GroupsPane::page(self.panes().full);
        match action {
            Action::MoveDown => self.groups.move_by(1),
            Action::MoveUp => self.groups.move_by(-1),
            Action::PageDown => self.groups.move_by(page),
            Action::PageUp => self.groups.move_by(-page),
            Action::Top => self.groups.move_by(isize::MIN / 2),
            Action::Bottom => self.groups.move_by(isize::MAX / 2),
            Action::CycleSort => self.groups.cycle_order(self.shared.as_ref()),
            Action::Open => {
                self.mode = Mode::Normal;
                if let Some(cluster) = self.groups.selected() {
                    self.show_group(cluster);
                }
            }
            _ => {}
        }
    }

    /// `}`/`{`: the next or previous group in the list's order, from the one in view.
    pub(super) fn step_group(&mut self, forward: bool) {
        let Some(step) = self.groups.step(self.group_in_view(), forward) else {
            self.notice = Some("no groups: no quote has two renderings".into());
            return;
        };
        self.show_group(step.cluster);
        if step.wrapped {
            let end = if forward { "first" } else { "last" };
            let shown = self.notice.take().unwrap_or_default();
            self.notice = Some(format!("wrapped to the {end} group · {shown}"));
        }
    }

    /// Shows `cluster`: its most divergent rendering opens in the article
    /// and the diff compares it with the reference; the status line says which.
    fn show_group(&mut self, cluster: ClusterId) {
        let Some(quote) = self
            .shared
            .as_ref()
            .and_then(|s| groups::rendering_to_show(s, cluster))
        else {
            return;
        };
        self.article.set_mention_cycle(None);
        self.article.clear_highlight();
        self.select_quote(quote, true);
        self.groups.point_at(Some(cluster));
        self.focus = Pane::Diff;
        let total = self
            .shared
            .as_ref()
            .map_or(0, |s| s.analysis.clusters.len());
        self.notice = Some(format!(
            "group {} of {total} · {}",
            cluster.index() + 1,
            self.groups.order().label()
        ));
    }

    /// `/` in the sources pane (update routes it here by focus) and the keys
    /// of the sources filter prompt.
    pub(super) fn filter_key(&mut self, action: Action) {
        let shared = self.shared.as_ref();
        match action {
            Action::OpenSearch => {
                self.sources.start_filter();
                self.mode = Mode::Filter;
            }
            Action::FilterInput(c) => self.sources.filter_input(shared, c),
            Action::FilterBackspace => self.sources.filter_backspace(shared),
            Action::FilterDone => {
                self.sources.filter_done();
                self.mode = Mode::Normal;
            }
            _ => {}
        }
    }

    /// The rendering `y` copies: the diff's other side when the diff has
    /// focus, else the quote selected in the article, else the diff's.
    fn rendering_to_copy(&self) -> Option<QuoteId> {
        let shared = self.shared.as_ref();
        let in_diff = self.diff.shown_quote(shared);
        match self.focus {
            Pane::Diff => in_diff.or(self.article.selected_quote()),
            Pane::Article | Pane::Sources => self.article.selected_quote().or(in_diff),
        }
    }

    /// `y`: the citation goes out through the terminal (see [`clipboard`])
    /// once this update is done; the status line says what was copied.
    pub(super) fn copy_citation(&mut self) {
        let shared = self.shared.as_ref();
        let Some(q) = self.rendering_to_copy().and_then(|id| shared?.quote(id)) else {
            self.notice = Some("nothing to copy: select a quote first (n)".into());
            return;
        };
        let Some(shared) = shared else { return };
        let text = clipboard::citation(shared, q);
        let speaker = shared.speaker_of(q).unwrap_or("unknown speaker");
        // Short, so that at 80 columns the notice is read whole.
        self.notice = Some(format!(
            "citation copied ({}, {} chars)",
            super::super::text::fit(speaker, 20),
            text.chars().count()
        ));
        self.clipboard = Some(clipboard::osc52(&text));
    }

    /// The clipboard escape to write to the terminal, taken once.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }
}
