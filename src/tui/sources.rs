//! The sources pane: one two-line row per article with its title, quote
//! count, divergence badge and read marker; its cursor, the read marks, and
//! the order and filter the list is shown in (see [`source_order`]).
//!
//! [`source_order`]: super::source_order

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use verbatim::corpus::display::sanitize_line;
use verbatim::quotes::SourceId;

use super::action::Action;
use super::config::Theme;
use super::layout::pane_block;
use super::list_cursor::ListCursor;
use super::model::Shared;
use super::source_order::{SourceOrder, arrange};
use super::text::{fit, percent};

/// Screen rows per source.
pub const ROW_HEIGHT: u16 = 2;

/// A source's renderings are flagged when at least this share diverges.
const BADGE_AT: f64 = 0.34;

/// The longest filter kept, in chars: more narrows nothing further.
const MAX_FILTER_CHARS: usize = 200;

/// The actions worth a hint when this pane has focus, most useful first.
pub const HINTS: &[Action] = &[
    Action::OpenHelp,
    Action::MoveDown,
    Action::Open,
    Action::OpenSearch,
    Action::CycleSort,
    Action::FocusNext,
    Action::OpenPalette,
    Action::Quit,
];

/// The actions worth a hint while the filter is typed.
pub const FILTER_HINTS: &[Action] = &[Action::FilterDone, Action::CloseOverlay];

/// The first source row shown so that the cursor is visible (shared with mouse picking).
fn first_row(cursor: usize, inner_height: u16) -> usize {
    let visible = usize::from((inner_height / ROW_HEIGHT).max(1));
    (cursor + 1).saturating_sub(visible)
}

/// The list as shown (order and filter applied), its cursor and which
/// sources have been opened.
///
/// The list is arranged again only when the order or the filter changes,
/// not when a source is opened: with "unread first" the row just read
/// stays where it is until the user asks for the order again.
#[derive(Debug, Default)]
pub struct SourcesPane {
    /// The sources listed, top to bottom, and the cursor.
    list: ListCursor<SourceId>,
    read: Vec<bool>,
    order: SourceOrder,
    filter: String,
    /// The filter prompt has the keys.
    editing: bool,
}

impl SourcesPane {
    /// The source under the cursor, if the list shows any.
    pub fn selected(&self) -> Option<SourceId> {
        self.list.selected()
    }

    /// The index of the source under the cursor (0 when the list is empty).
    #[cfg(test)]
    pub fn cursor(&self) -> usize {
        self.selected().map_or(0, SourceId::index)
    }

    /// The sources listed, top to bottom.
    #[cfg(test)]
    pub fn rows(&self) -> &[SourceId] {
        self.list.rows()
    }

    /// One flag per source: opened at some point.
    pub fn read(&self) -> &[bool] {
        &self.read
    }

    #[cfg(test)]
    pub fn order(&self) -> SourceOrder {
        self.order
    }

    #[cfg(test)]
    pub fn filter(&self) -> &str {
        &self.filter
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
        self.list = ListCursor::default();
        self.rearrange(shared);
    }

    /// `source` was opened in the article pane: it is read, and the cursor
    /// follows it when the list shows it.
    pub fn opened(&mut self, source: SourceId) {
        self.list.point_at(source);
        if let Some(r) = self.read.get_mut(source.index()) {
            *r = true;
        }
    }

    /// Moves the cursor by `by` rows, within the list.
    pub fn move_by(&mut self, by: isize) {
        self.list.move_by(by);
    }

    /// The next order; the source under the cursor stays under it.
    pub fn cycle_order(&mut self, shared: Option<&Shared>) {
        self.order = self.order.next();
        if let Some(shared) = shared {
            self.rearrange(shared);
        }
    }

    /// Opens the filter prompt (the current filter is kept, to refine it).
    pub fn start_filter(&mut self) {
        self.editing = true;
    }

    /// A character typed into the filter: the list narrows as it is typed.
    pub fn filter_input(&mut self, shared: Option<&Shared>, c: char) {
        if self.filter.chars().count() < MAX_FILTER_CHARS && !c.is_control() {
            self.filter.push(c);
            self.refilter(shared);
        }
    }

    pub fn filter_backspace(&mut self, shared: Option<&Shared>) {
        self.filter.pop();
        self.refilter(shared);
    }

    /// Enter: the prompt closes and the list stays narrowed.
    pub fn filter_done(&mut self) {
        self.editing = false;
    }

    /// Esc: the prompt closes and the whole list shows again. Returns
    /// whether there was a filter to clear.
    pub fn clear_filter(&mut self, shared: Option<&Shared>) -> bool {
        self.editing = false;
        if self.filter.is_empty() {
            return false;
        }
        self.filter.clear();
        self.refilter(shared);
        true
    }

    fn refilter(&mut self, shared: Option<&Shared>) {
        if let Some(shared) = shared {
            self.rearrange(shared);
        }
    }

    /// Rows for the current order and filter, the cursor kept on its source
    /// (on the first row when the filter hides it).
    fn rearrange(&mut self, shared: &Shared) {
        let rows = arrange(shared, self.order, &self.filter, &self.read);
        self.list.replace(rows);
    }

    /// Rows a page key moves: half the rows shown, as each source takes two lines.
    pub fn page(inner: Rect) -> u16 {
        inner.height / 2
    }

    /// The source listed at screen row `y` of the pane's `inner` area, if any.
    pub fn source_at(&self, y: u16, inner: Rect) -> Option<SourceId> {
        if y < inner.y || y >= inner.bottom() {
            return None;
        }
        let row =
            first_row(self.list.row(), inner.height) + usize::from((y - inner.y) / ROW_HEIGHT);
        self.list.rows().get(row).copied()
    }

    /// The pane's title in `width` columns: the order unless it is the file
    /// order, and the filter when there is one; "Sources" goes first when
    /// room is short, then the filter's start.
    fn title(&self, width: usize) -> String {
        let mut state = String::new();
        if self.order != SourceOrder::File {
            state.push_str(self.order.label());
        }
        if self.editing || !self.filter.is_empty() {
            let cursor = if self.editing { "▏" } else { "" };
            if !state.is_empty() {
                state.push(' ');
            }
            // Typed text, pasted too: made display-safe like any other.
            state.push_str(&format!("/{}{cursor}", sanitize_line(&self.filter)));
        }
        let full = if state.is_empty() {
            " Sources ".to_string()
        } else {
            format!(" Sources · {state} ")
        };
        if full.width() <= width {
            return full;
        }
        let short = format!(" {state} ");
        if short.width() <= width {
            return short;
        }
        // The filter's end, where typing happens, stays in view.
        let keep = width.saturating_sub(3);
        let skip = state.chars().count().saturating_sub(keep);
        format!(" …{} ", state.chars().skip(skip).collect::<String>())
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
        let Some(shared) = shared else {
            let block = pane_block(theme, focused).title(" Sources ");
            frame.render_widget(Paragraph::new("loading…").block(block), area);
            return;
        };
        let n = shared.source_count();
        let count = if self.list.rows().len() == n {
            format!(" {n} ")
        } else {
            format!(" {}/{n} ", self.list.rows().len())
        };
        // Borders, the count and a column between them.
        let room = usize::from(area.width).saturating_sub(3 + count.chars().count());
        let block = pane_block(theme, focused)
            .title(self.title(room))
            .title(Line::from(count).right_aligned());
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if self.list.rows().is_empty() {
            frame.render_widget(
                Paragraph::new("no source matches").style(theme.status),
                inner,
            );
            return;
        }
        let first = first_row(self.list.row(), inner.height);
        let mut lines = Vec::new();
        for (i, &source) in self.list.rows().iter().enumerate().skip(first) {
            if lines.len() + 2 > usize::from(inner.height) + 1 {
                break;
            }
            let row = Row {
                source,
                open: source == open,
                read: self.read.get(source.index()).copied().unwrap_or(false),
                under_cursor: i == self.list.row() && focused,
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
    use crate::tui::fixture::fixture;

    #[test]
    fn a_click_picks_the_row_under_it_when_the_list_is_scrolled() {
        // Five rows of two lines fit; the cursor on source 7 scrolls the list by three.
        let inner = Rect::new(1, 2, 20, 10);
        let mut pane = SourcesPane::default();
        pane.list.replace((0..20).map(SourceId::new).collect());
        pane.move_by(7);
        assert_eq!(pane.cursor(), 7);
        assert_eq!(pane.source_at(2, inner), Some(SourceId::new(3)));
        assert_eq!(
            pane.source_at(3, inner),
            Some(SourceId::new(3)),
            "a row is two lines"
        );
        assert_eq!(pane.source_at(11, inner), Some(SourceId::new(7)));
        assert_eq!(pane.source_at(12, inner), None, "below the list");
        assert_eq!(pane.source_at(1, inner), None, "on the border");
        // Three sources fill the top three rows; below them is nothing.
        pane.list.replace((0..3).map(SourceId::new).collect());
        assert_eq!(pane.source_at(7, inner), Some(SourceId::new(2)));
        assert_eq!(pane.source_at(8, inner), None, "past the last source");
        pane.move_by(100);
        assert_eq!(pane.cursor(), 2, "the cursor stops at the last source");
    }

    #[test]
    fn the_selection_survives_sorting_and_a_filter_that_keeps_it() {
        let shared = Shared::new(fixture());
        let mut pane = SourcesPane::default();
        pane.load(&shared, None);
        pane.move_by(2);
        let picked = pane.selected();
        for _ in 0..5 {
            pane.cycle_order(Some(&shared));
            assert_eq!(pane.selected(), picked, "{:?}", pane.order());
        }
        assert_eq!(pane.order(), SourceOrder::File, "five steps go round");
        pane.start_filter();
        for c in "hostile".chars() {
            pane.filter_input(Some(&shared), c);
        }
        assert_eq!(pane.rows(), [SourceId::new(2)]);
        assert_eq!(pane.selected(), picked);
        pane.filter_done();
        assert_eq!(pane.title(80), " Sources · /hostile ");
        assert_eq!(pane.title(12), " /hostile ", "the name goes first");
        assert_eq!(pane.title(8), " …stile ", "then the filter's start");
        assert!(pane.clear_filter(Some(&shared)));
        assert_eq!(pane.rows().len(), 3);
        assert_eq!(
            pane.selected(),
            picked,
            "clearing keeps the cursor's source"
        );
        assert!(!pane.clear_filter(Some(&shared)), "nothing left to clear");
    }

    #[test]
    fn a_filter_that_matches_nothing_leaves_nothing_to_open() {
        let shared = Shared::new(fixture());
        let mut pane = SourcesPane::default();
        pane.load(&shared, None);
        pane.filter_input(Some(&shared), '#');
        assert_eq!(pane.selected(), None);
        pane.move_by(1);
        assert_eq!(pane.selected(), None);
        pane.filter_backspace(Some(&shared));
        assert_eq!(pane.selected(), Some(SourceId::new(0)));
    }
}
