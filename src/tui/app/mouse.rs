//! Mouse input on the reader: a click focuses the pane under the pointer and
//! picks what it points at; a wheel step scrolls the pane or overlay under it.

use super::super::config::Mode;
use super::super::layout::Pane;
use super::App;

impl App {
    /// A left click: focus the pane under the pointer; on a source row, open
    /// it; on a listed rendering, show it.
    pub(super) fn click(&mut self, x: u16, y: u16) {
        if self.mode != Mode::Normal {
            return;
        }
        let panes = self.panes();
        let Some(pane) = panes.pane_at(x, y) else {
            return;
        };
        self.focus = pane;
        let shared = self.shared.as_ref();
        match pane {
            Pane::Sources => {
                if let Some(source) = self.sources.source_at(y, panes.sources_inner()) {
                    self.open_source(source);
                }
            }
            Pane::Diff => self
                .diff
                .click(shared, &self.config.theme, panes.diff_inner(), y),
            Pane::Article => {}
        }
    }

    /// A wheel step at (`x`, `y`): the open palette moves its selection; in
    /// normal mode the pane under the pointer takes focus and scrolls.
    pub(super) fn wheel(&mut self, x: u16, y: u16, down: bool) {
        match self.mode {
            Mode::Palette if down => self.palette.down(self.shared.as_ref()),
            Mode::Palette => self.palette.up(),
            Mode::Help => {}
            Mode::Groups => self.groups.move_by(if down { 3 } else { -3 }),
            Mode::Normal | Mode::Filter | Mode::Search => {
                if let Some(pane) = self.panes().pane_at(x, y) {
                    self.focus = pane;
                    self.move_by(if down { 3 } else { -3 });
                }
            }
        }
    }
}
