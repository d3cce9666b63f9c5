//! The diff pane: the reference rendering and one other side by side,
//! aligned word by word from the group's alignment ops, each side labelled,
//! then every rendering of the group with a `▶` cursor that `j`/`k` move.
//! It owns what is compared, its scroll and its model (the lines, see
//! [`DiffModel`]).

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use verbatim::quotes::{ClusterId, QuoteId, Relation, SourceId};

use super::action::Action;
use super::config::Theme;
use super::diff_model::{DiffModel, Selection};
use super::layout::pane_block;
use super::model::Shared;

/// The actions worth a hint when this pane has focus, most useful first.
pub const HINTS: &[Action] = &[
    Action::OpenHelp,
    Action::NextRendering,
    Action::SwapSides,
    Action::Open,
    Action::FocusNext,
    Action::OpenPalette,
    Action::ToggleStacked,
    Action::Quit,
];

/// What the diff compares, how far it is scrolled, and its lines for the
/// last selection and width.
#[derive(Debug, Default)]
pub struct DiffPane {
    selection: Selection,
    /// First content line shown.
    scroll: usize,
    /// A rendering was just chosen: the next sync scrolls to where it differs.
    reveal_change: bool,
    model: Option<DiffModel>,
}

/// Lines of the aligned renderings kept above their first change when a
/// rendering opens scrolled to it: the shared words that lead into it.
const CHANGE_CONTEXT: usize = 1;

impl DiffPane {
    #[cfg(test)]
    pub fn cluster(&self) -> Option<ClusterId> {
        self.selection.cluster
    }

    /// Index into the group's pairs of the rendering shown beside the reference.
    #[cfg(test)]
    pub fn pair(&self) -> usize {
        self.selection.pair
    }

    pub fn swapped(&self) -> bool {
        self.selection.swapped
    }

    /// The list's cursor is on the reference rather than the shown rendering.
    pub fn on_reference(&self) -> bool {
        self.selection.on_reference
    }

    /// Puts the cursor back on the reference (when a group is shown) and
    /// the sides as they were: a refresh keeps them.
    pub fn keep_view(&mut self, shared: Option<&Shared>, on_reference: bool, swapped: bool) {
        if on_reference && let Some(c) = self.selection.cluster.and_then(|c| shared?.cluster(c)) {
            self.put_cursor(shared, c.reference);
        }
        self.selection.swapped = swapped;
    }

    /// A new corpus: the model of the old one no longer applies.
    pub fn load(&mut self) {
        self.model = None;
    }

    /// Shows the group's `pair`, from the top.
    pub fn show_cluster(&mut self, cluster: ClusterId, pair: usize) {
        self.selection = Selection {
            cluster: Some(cluster),
            pair,
            ..Selection::default()
        };
        self.scroll = 0;
        self.reveal_change = true;
    }

    /// Follows the selection of quote `id`: its group with it as the other
    /// side, or the quote alone when it has no group.
    pub fn follow(&mut self, shared: Option<&Shared>, id: QuoteId) {
        let cluster = shared.and_then(|s| s.quote(id)).and_then(|q| q.cluster);
        let pair = cluster.and_then(|c| {
            let cl = shared?.cluster(c)?;
            Some(cl.pairs.iter().position(|p| p.b == id).unwrap_or(0))
        });
        match (cluster, pair) {
            (Some(c), Some(pair)) => self.show_cluster(c, pair),
            _ => {
                self.selection = Selection {
                    lone: Some(id),
                    ..Selection::default()
                };
                self.scroll = 0;
            }
        }
    }

    /// Follows the article `source` now in view: the group shown stays when
    /// one of its renderings is in `source`; else its first quote in a group
    /// spanning outlets (else in any group); else the pane says it has none.
    pub fn follow_source(&mut self, shared: Option<&Shared>, source: SourceId) {
        let Some(data) = shared else { return };
        let shows_source = self
            .selection
            .cluster
            .and_then(|c| data.cluster(c))
            .is_some_and(|c| c.sources.contains(&source));
        if shows_source {
            return;
        }
        let quotes = data.quotes_of(source);
        let spans = |min_sources: usize| {
            quotes.iter().copied().find(|&id| {
                data.quote(id)
                    .and_then(|q| q.cluster)
                    .and_then(|c| data.cluster(c))
                    .is_some_and(|c| c.sources.len() >= min_sources && !c.pairs.is_empty())
            })
        };
        match spans(2).or_else(|| spans(1)) {
            Some(id) => self.follow(shared, id),
            None => {
                self.selection = Selection {
                    article_without_group: Some(source),
                    ..Selection::default()
                };
                self.scroll = 0;
            }
        }
    }

    /// The quote on the "other" side (the reference when the group has no pairs).
    pub fn shown_quote(&self, shared: Option<&Shared>) -> Option<QuoteId> {
        let cluster = shared?.cluster(self.selection.cluster?)?;
        Some(
            cluster
                .pairs
                .get(self.selection.pair)
                .map_or(cluster.reference, |p| p.b),
        )
    }

    /// The rendering under the list's `▶` cursor.
    pub fn cursor_quote(&self, shared: Option<&Shared>) -> Option<QuoteId> {
        let cluster = shared?.cluster(self.selection.cluster?)?;
        if self.selection.on_reference {
            Some(cluster.reference)
        } else {
            self.shown_quote(shared)
        }
    }

    /// Enter: the rendering under the cursor, to open in its article.
    pub fn open_target(&self, shared: Option<&Shared>) -> Option<QuoteId> {
        self.cursor_quote(shared).or(self.selection.lone)
    }

    /// `j`/`k`: the cursor `by` renderings down the list (stopping at its
    /// ends); a rendering other than the reference is shown beside it.
    /// False when there is no list to move in.
    pub fn move_cursor(&mut self, shared: Option<&Shared>, by: isize) -> bool {
        let Some(cluster) = self.selection.cluster.and_then(|c| shared?.cluster(c)) else {
            return false;
        };
        let Some(at) = self
            .cursor_quote(shared)
            .and_then(|q| cluster.quotes.iter().position(|&x| x == q))
        else {
            return false;
        };
        let to = at
            .saturating_add_signed(by)
            .min(cluster.quotes.len().saturating_sub(1));
        if let Some(&q) = cluster.quotes.get(to) {
            self.put_cursor(shared, q);
        }
        true
    }

    /// Puts the cursor on rendering `q` of the group shown.
    fn put_cursor(&mut self, shared: Option<&Shared>, q: QuoteId) {
        let Some(cluster) = self.selection.cluster.and_then(|c| shared?.cluster(c)) else {
            return;
        };
        if q == cluster.reference {
            self.selection.on_reference = true;
        } else if let Some(pair) = cluster.pairs.iter().position(|p| p.b == q) {
            let changed = pair != self.selection.pair;
            self.selection.pair = pair;
            self.selection.on_reference = false;
            self.reveal_change |= changed;
        }
    }

    /// `]`/`[`: the next other rendering of the group.
    pub fn step_rendering(&mut self, shared: Option<&Shared>, forward: bool) {
        let Some(n) = self
            .selection
            .cluster
            .and_then(|c| shared?.cluster(c))
            .map(|c| c.pairs.len())
            .filter(|&n| n > 0)
        else {
            return;
        };
        let pair = self.selection.pair;
        self.selection.pair = if forward {
            (pair + 1) % n
        } else {
            (pair + n - 1) % n
        };
        self.selection.on_reference = false;
        self.reveal_change = true;
    }

    pub fn swap_sides(&mut self) {
        self.selection.swapped = !self.selection.swapped;
    }

    /// Builds the model for the current selection at the pane's `inner`
    /// width unless it is built; a rendering just chosen is scrolled to
    /// where it first differs.
    pub fn sync(&mut self, shared: Option<&Shared>, theme: &Theme, inner: Rect) {
        let width = inner.width;
        if shared.is_none() {
            self.model = None;
            return;
        }
        let fresh = self
            .model
            .as_ref()
            .is_some_and(|m| m.width == width && m.selection == self.selection);
        if !fresh {
            self.model = Some(DiffModel::build(shared, theme, &self.selection, width));
        }
        if std::mem::take(&mut self.reveal_change) {
            let first_change = self.model.as_ref().and_then(|m| m.first_change);
            self.scroll = scroll_to_change(first_change, usize::from(inner.height));
        }
    }

    /// The model for `width`: the cached one, or one built for this call
    /// (a frame of another size than the last update's).
    fn model(&self, shared: Option<&Shared>, theme: &Theme, width: u16) -> Cow<'_, DiffModel> {
        match &self.model {
            Some(m) if m.width == width && m.selection == self.selection => Cow::Borrowed(m),
            _ => Cow::Owned(DiffModel::build(shared, theme, &self.selection, width)),
        }
    }

    /// The first content line shown: the scroll, clamped to the content.
    fn first_line(&self, lines: usize, height: u16) -> usize {
        self.scroll.min(lines.saturating_sub(usize::from(height)))
    }

    /// Scrolls by `by` lines within the content at the pane's `inner` size.
    pub fn move_by(&mut self, shared: Option<&Shared>, theme: &Theme, inner: Rect, by: isize) {
        self.sync(shared, theme, inner);
        let lines = self.model(shared, theme, inner.width).lines.len();
        let max = lines.saturating_sub(usize::from(inner.height));
        self.scroll = self.scroll.saturating_add_signed(by).min(max);
    }

    /// A click on screen row `y`: the cursor goes to a listed rendering
    /// (shown beside the reference unless it is the reference).
    pub fn click(&mut self, shared: Option<&Shared>, theme: &Theme, inner: Rect, y: u16) {
        if y < inner.y || y >= inner.bottom() {
            return;
        }
        self.sync(shared, theme, inner);
        let model = self.model(shared, theme, inner.width);
        let line = self.first_line(model.lines.len(), inner.height) + usize::from(y - inner.y);
        if let Some(q) = model.rendering_on_line(line) {
            self.put_cursor(shared, q);
        }
    }

    pub fn draw(
        &self,
        frame: &mut Frame,
        area: Rect,
        shared: Option<&Shared>,
        theme: &Theme,
        focused: bool,
    ) {
        let mut block = pane_block(theme, focused).title(" Renderings ");
        let inner = block.inner(area);
        let model = self.model(shared, theme, inner.width);
        let scroll = self.first_line(model.lines.len(), inner.height);
        if let Some(position) = position(scroll, usize::from(inner.height), model.lines.len()) {
            block = block.title(Line::from(position).right_aligned());
        }
        frame.render_widget(block, area);
        let visible: Vec<Line> = model
            .lines
            .iter()
            .skip(scroll)
            .take(usize::from(inner.height))
            .cloned()
            .collect();
        frame.render_widget(Paragraph::new(visible), inner);
    }

    /// Where the cached model's lines live: equal across calls only while
    /// the model was not rebuilt (for tests of the cache).
    #[cfg(test)]
    pub fn model_identity(&self) -> Option<*const Line<'static>> {
        self.model.as_ref().map(|m| m.lines.as_ptr())
    }

    #[cfg(test)]
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// The pane's lines at `width`, as drawn (for tests that point at a line).
    #[cfg(test)]
    pub fn lines(&self, shared: Option<&Shared>, theme: &Theme, width: u16) -> Vec<Line<'static>> {
        self.model(shared, theme, width).lines.clone()
    }
}

/// The scroll that opens a rendering at its first change: from the top
/// while the change and a line after it fit, else with [`CHANGE_CONTEXT`]
/// lines of what leads into it above.
fn scroll_to_change(first_change: Option<usize>, height: usize) -> usize {
    match first_change {
        Some(line) if line + 2 > height => line.saturating_sub(CHANGE_CONTEXT),
        _ => 0,
    }
}

/// Where the view is in the pane's lines, as in the article's title
/// (` 1-9/27 `); `None` when everything fits.
fn position(scroll: usize, height: usize, total: usize) -> Option<String> {
    if total <= height || height == 0 {
        return None;
    }
    let last = (scroll + height).min(total);
    Some(format!(" {}-{last}/{total} ", scroll + 1))
}

/// The most divergent group spanning two or more sources (groups come most
/// divergent first), with its pair from another source that differs most.
/// A rewording beats a mere excerpt or extension, however short: changed
/// words are what the reader is for.
pub fn first_comparison(shared: &Shared) -> Option<(ClusterId, usize)> {
    let cluster = shared
        .analysis
        .clusters
        .iter()
        .find(|c| c.sources.len() >= 2 && !c.pairs.is_empty())
        .or_else(|| {
            shared
                .analysis
                .clusters
                .iter()
                .find(|c| !c.pairs.is_empty())
        })?;
    let source_of = |id: QuoteId| shared.quote(id).map(|q| q.source);
    let reference_source = source_of(cluster.reference);
    let pair = cluster
        .pairs
        .iter()
        .enumerate()
        .filter(|(_, p)| source_of(p.b) != reference_source)
        .min_by(|(_, a), (_, b)| {
            let changed = |r: Relation| matches!(r, Relation::Edited | Relation::Reworded);
            changed(b.relation)
                .cmp(&changed(a.relation))
                .then(a.similarity.total_cmp(&b.similarity))
        })
        .map_or(0, |(i, _)| i);
    Some((cluster.id, pair))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::config::Config;
    use crate::tui::fixture::fixture;

    #[test]
    fn renderings_wrap_round_and_the_cursor_picks_what_enter_opens() {
        let shared = Shared::new(fixture());
        let theme = Config::from_texts(None, true).unwrap().theme;
        let inner = Rect::new(0, 0, 40, 4);
        let mut pane = DiffPane::default();
        pane.show_cluster(ClusterId::new(0), 0);
        pane.sync(Some(&shared), &theme, inner);
        let first_change =
            |pane: &DiffPane| pane.model.as_ref().and_then(|m| m.first_change).unwrap();
        // Four lines show the header and labels; the change is further down.
        assert!(first_change(&pane) >= 4);
        assert_eq!(pane.scroll, first_change(&pane) - CHANGE_CONTEXT);
        pane.move_by(Some(&shared), &theme, inner, -1);
        let scrolled = pane.scroll;
        pane.step_rendering(Some(&shared), false);
        pane.sync(Some(&shared), &theme, inner);
        assert_eq!(pane.pair(), 1, "back from the first wraps");
        assert_eq!(
            pane.scroll,
            first_change(&pane) - CHANGE_CONTEXT,
            "not {scrolled}"
        );
        pane.step_rendering(Some(&shared), true);
        assert_eq!(pane.pair(), 0, "on from the last wraps");
        // Quote 3 is the other side of group 1's only pair; quote 4 of group 0's first.
        let q = QuoteId::new;
        pane.follow(Some(&shared), q(3));
        assert_eq!((pane.cluster(), pane.pair()), (Some(ClusterId::new(1)), 0));
        assert_eq!(pane.shown_quote(Some(&shared)), Some(q(3)));
        assert_eq!(pane.open_target(Some(&shared),), Some(q(3)));
        // Group 1 lists the reference, quote 1, first: k puts the cursor on it,
        // Enter would open it, and the shown rendering stays.
        assert!(pane.move_cursor(Some(&shared), -1));
        assert_eq!(pane.open_target(Some(&shared)), Some(q(1)));
        assert_eq!(pane.shown_quote(Some(&shared)), Some(q(3)));
        pane.move_cursor(Some(&shared), -1);
        assert_eq!(
            pane.open_target(Some(&shared)),
            Some(q(1)),
            "the list's top stops it"
        );
        pane.move_cursor(Some(&shared), 5);
        assert_eq!(
            pane.open_target(Some(&shared)),
            Some(q(3)),
            "and its bottom"
        );
    }
}
