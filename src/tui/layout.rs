//! Where each pane goes for a terminal size: one pure function shared by
//! drawing, scrolling and mouse hit-testing so they always agree.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, BorderType};

use super::config::Theme;

/// The panes that take focus, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sources,
    Article,
    Diff,
}

impl Pane {
    const ORDER: [Pane; 3] = [Pane::Sources, Pane::Article, Pane::Diff];

    /// The pane after this one in Tab order, wrapping round.
    pub fn next(self) -> Pane {
        self.step(1)
    }

    /// The pane before this one in Tab order, wrapping round.
    pub fn prev(self) -> Pane {
        self.step(Self::ORDER.len() - 1)
    }

    fn step(self, by: usize) -> Pane {
        let i = Self::ORDER.iter().position(|p| *p == self).unwrap_or(0);
        Self::ORDER[(i + by) % Self::ORDER.len()]
    }
}

/// Below this width the diff goes under the article.
pub const NARROW_COLS: u16 = 120;
/// Smallest terminal that gets the full layout; smaller shows a notice.
pub const MIN_SIZE: (u16, u16) = (40, 10);

/// The rectangles of one frame (borders included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub full: Rect,
    pub header: Rect,
    pub sources: Rect,
    pub article: Rect,
    pub diff: Rect,
    pub status: Rect,
    /// Diff below the article rather than beside it.
    pub stacked: bool,
    /// Too small for the layout: only a notice is drawn.
    pub too_small: bool,
}

fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

impl Panes {
    pub fn sources_inner(&self) -> Rect {
        inner(self.sources)
    }
    pub fn article_inner(&self) -> Rect {
        inner(self.article)
    }
    pub fn diff_inner(&self) -> Rect {
        inner(self.diff)
    }

    pub fn pane_at(&self, x: u16, y: u16) -> Option<Pane> {
        if self.too_small {
            return None;
        }
        let hit = |r: Rect| x >= r.x && x < r.right() && y >= r.y && y < r.bottom();
        [
            (self.sources, Pane::Sources),
            (self.article, Pane::Article),
            (self.diff, Pane::Diff),
        ]
        .into_iter()
        .find(|(r, _)| hit(*r))
        .map(|(_, p)| p)
    }
}

/// The layout for a `(columns, rows)` terminal; `toggled` flips beside/below.
pub fn panes(size: (u16, u16), toggled: bool) -> Panes {
    let full = Rect::new(0, 0, size.0, size.1);
    let stacked = (size.0 < NARROW_COLS) != toggled;
    let too_small = size.0 < MIN_SIZE.0 || size.1 < MIN_SIZE.1;
    if too_small {
        return Panes {
            full,
            header: Rect::default(),
            sources: Rect::default(),
            article: Rect::default(),
            diff: Rect::default(),
            status: Rect::default(),
            stacked,
            too_small,
        };
    }
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(full);
    let sources_width = (size.0 / 5).clamp(18, 38);
    let [sources, rest] =
        Layout::horizontal([Constraint::Length(sources_width), Constraint::Min(1)]).areas(body);
    let [article, diff] = if stacked {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(rest)
    } else {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(rest)
    };
    Panes {
        full,
        header,
        sources,
        article,
        diff,
        status,
        stacked,
        too_small,
    }
}

/// A pane's frame. The focused pane's is thick as well as styled: under
/// `NO_COLOR` the style is bold at most, and the shape still shows focus.
pub fn pane_block(theme: &Theme, focused: bool) -> Block<'static> {
    if focused {
        Block::bordered()
            .border_type(BorderType::Thick)
            .border_style(theme.border_focused)
    } else {
        Block::bordered().border_style(theme.border)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_cycles_through_the_panes_both_ways() {
        let mut pane = Pane::Sources;
        for expected in [Pane::Article, Pane::Diff, Pane::Sources] {
            pane = pane.next();
            assert_eq!(pane, expected);
        }
        for expected in [Pane::Diff, Pane::Article, Pane::Sources] {
            pane = pane.prev();
            assert_eq!(pane, expected);
        }
    }
}
