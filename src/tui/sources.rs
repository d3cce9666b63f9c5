//! The sources pane: one two-line row per article with its title, quote
//! count, divergence badge and read marker; its cursor and the read marks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use verbatim::quotes::SourceId;

use super::action::Action;
use super::config::Theme;
use super::layout::pane_block;
use super::model::Shared;
use super::text::{fit, percent};

/// Screen rows per source.
pub const ROW_HEIGHT: u16 = 2;

/// A source's renderings are flagged when at least this share diverges.
const BADGE_AT: f64 = 0.34;

/// The actions worth a hint when this pane has focus, most useful first.
pub const HINTS: &[Action] = &[
    Action::OpenHelp,
    Action::MoveDown,
    Action::Open,
    Action::FocusNext,
    Action::OpenPalette,
    Action::Quit,
];

/// The first source row shown so that the cursor is visible (shared with mouse picking).
fn first_row(cursor: usize, inner_height: u16) -> usize {
    let visible = usize::from((inner_height / ROW_HEIGHT).max(1));
    (cursor + 1).saturating_sub(visible)
}

/// The list's cursor and which sources have been opened.
#[derive(Debug, Default)]
pub struct SourcesPane {
    cursor: usize,
    read: Vec<bool>,
}

impl SourcesPane {
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// One flag per source: opened at some point.
    pub fn read(&self) -> &[bool] {
        &self.read
    }

    /// A new corpus: nothing read yet, except the ids remembered as read.
    pub fn load(&mut self, shared: &Shared, remembered_read: Option<&[String]>) {
        self.read = vec![false; shared.source_count()];
        if let Some(ids) = remembered_read {
            let ids: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
            for (flag, a) in self.read.iter_mut().zip(&shared.corpus.articles) {
                *flag = ids.contains(a.id.as_str());
            }
        }
    }

    /// `source` was opened in the article pane: the cursor follows and it is read.
    pub fn opened(&mut self, source: SourceId) {
        self.cursor = source.index();
        if let Some(r) = self.read.get_mut(source.index()) {
            *r = true;
        }
    }

    /// Moves the cursor by `by` rows, within the `count` sources.
    pub fn move_by(&mut self, by: isize, count: usize) {
        self.cursor = self
            .cursor
            .saturating_add_signed(by)
            .min(count.saturating_sub(1));
    }

    /// Rows a page key moves: half the rows shown, as each source takes two lines.
    pub fn page(inner: Rect) -> u16 {
        inner.height / 2
    }

    /// The source listed at screen row `y` of the pane's `inner` area, if any.
    pub fn source_at(&self, y: u16, inner: Rect, count: usize) -> Option<SourceId> {
        if y < inner.y || y >= inner.bottom() {
            return None;
        }
        let row = first_row(self.cursor, inner.height) + usize::from((y - inner.y) / ROW_HEIGHT);
        (row < count).then_some(SourceId::new(row))
    }

    /// Draws the list; `open` is the source shown in the article pane.
    pub fn draw(
        &self,
        frame: &mut Frame,
        area: Rect,
        shared: Option<&Shared>,
        open: SourceId,
        theme: &Theme,
        focused: bool,
    ) {
        let mut block = pane_block(theme, focused).title(" Sources ");
        let Some(shared) = shared else {
            frame.render_widget(Paragraph::new("loading…").block(block), area);
            return;
        };
        let n = shared.source_count();
        block = block.title(Line::from(format!(" {n} ")).right_aligned());
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let first = first_row(self.cursor, inner.height);
        let mut lines = Vec::new();
        for i in first..n {
            if lines.len() + 2 > usize::from(inner.height) + 1 {
                break;
            }
            let row = Row {
                source: SourceId::new(i),
                open: i == open.index(),
                read: self.read.get(i).copied().unwrap_or(false),
                under_cursor: i == self.cursor && focused,
            };
            lines.extend(row.lines(shared, theme, usize::from(inner.width)));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// One source's entry in the list.
struct Row {
    source: SourceId,
    open: bool,
    read: bool,
    under_cursor: bool,
}

impl Row {
    /// The title line, then the counts, divergence badge and origin (outlet, date, else id).
    fn lines(&self, shared: &Shared, theme: &Theme, width: usize) -> [Line<'static>; 2] {
        let i = self.source;
        let Some(article) = shared.article(i) else {
            return [Line::default(), Line::default()];
        };
        let open = if self.open { "▶" } else { " " };
        let read = if self.read { "✓" } else { "•" };
        let (mark, title_style) = if article.title_derived {
            ("~", theme.derived_title)
        } else {
            ("", theme.title)
        };
        let title = fit(&format!("{mark}{}", article.title), width.saturating_sub(3));
        let quotes = shared.quotes_of(i).len();
        let divergence = shared
            .analysis
            .source_divergence
            .get(i.index())
            .copied()
            .unwrap_or(0.0);
        // Counts first: they must survive a narrow pane; the id is cut instead.
        let mut second = vec![Span::raw(format!("   {quotes}q "))];
        let mut used = 5 + quotes.to_string().len();
        if divergence > 0.0 {
            let style = if divergence >= BADGE_AT {
                theme.badge
            } else {
                theme.status
            };
            let badge = format!("Δ{}", percent(divergence));
            used += badge.chars().count() + 1;
            second.push(Span::styled(badge, style));
            second.push(Span::raw(" "));
        }
        // The outlet and date where the file says them; the file id only as a last resort.
        let origin = [
            article.meta.outlet.as_deref(),
            article.meta.published.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
        let origin = if origin.is_empty() {
            article.id.as_str()
        } else {
            origin.as_str()
        };
        second.push(Span::styled(
            fit(origin, width.saturating_sub(used)),
            theme.status,
        ));
        let mut first_line = Line::from(vec![
            Span::raw(format!("{open}{read} ")),
            Span::styled(title, title_style),
        ]);
        let mut second_line = Line::from(second);
        if self.under_cursor {
            first_line = first_line.style(theme.cursor);
            second_line = second_line.style(theme.cursor);
        }
        [first_line, second_line]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_picks_the_row_under_it_when_the_list_is_scrolled() {
        // Five rows of two lines fit; the cursor on source 7 scrolls the list by three.
        let inner = Rect::new(1, 2, 20, 10);
        let mut pane = SourcesPane::default();
        pane.move_by(7, 20);
        assert_eq!(pane.cursor(), 7);
        assert_eq!(pane.source_at(2, inner, 20), Some(SourceId::new(3)));
        assert_eq!(
            pane.source_at(3, inner, 20),
            Some(SourceId::new(3)),
            "a row is two lines"
        );
        assert_eq!(pane.source_at(11, inner, 20), Some(SourceId::new(7)));
        assert_eq!(pane.source_at(12, inner, 20), None, "below the list");
        assert_eq!(pane.source_at(1, inner, 20), None, "on the border");
        assert_eq!(pane.source_at(11, inner, 6), None, "past the last source");
        pane.move_by(100, 20);
        assert_eq!(pane.cursor(), 19, "the cursor stops at the last source");
    }
}
