//! The groups overlay: every group of renderings, numbered as `verbatim
//! quotes` numbers them, with its divergence, strongest relation, sources,
//! renderings and reference words; sortable, and the order `}`/`{` walk
//! the groups in. It owns the rows, the cursor and the order; showing a
//! group opens panes, so it hands the rendering to show to the app.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use verbatim::quotes::{Cluster, ClusterId, QuoteId, RenderingPair};

use super::action::Action;
use super::config::Theme;
use super::list_cursor::ListCursor;
use super::model::Shared;
use super::text::{fit, pad, percent};

/// The actions worth a hint while the list is open, most useful first.
pub const HINTS: &[Action] = &[
    Action::Open,
    Action::CycleSort,
    Action::MoveDown,
    Action::CloseOverlay,
];

/// The order of the list; `cycle_sort` steps through them in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupOrder {
    /// Most divergent first: the order `verbatim quotes` prints, by number.
    #[default]
    Divergence,
    /// Most sources first.
    Sources,
    /// Most renderings first.
    Renderings,
}

impl GroupOrder {
    fn next(self) -> GroupOrder {
        match self {
            GroupOrder::Divergence => GroupOrder::Sources,
            GroupOrder::Sources => GroupOrder::Renderings,
            GroupOrder::Renderings => GroupOrder::Divergence,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            GroupOrder::Divergence => "by divergence",
            GroupOrder::Sources => "by sources",
            GroupOrder::Renderings => "by renderings",
        }
    }
}

/// Where `}`/`{` landed: the group, and whether the walk went round an end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupStep {
    pub cluster: ClusterId,
    pub wrapped: bool,
}

/// The list's rows in the chosen order, and its cursor.
#[derive(Debug, Default)]
pub struct GroupsPane {
    list: ListCursor<ClusterId>,
    order: GroupOrder,
}

impl GroupsPane {
    /// A new corpus: every group, in the current order, the cursor on the first.
    pub fn load(&mut self, shared: &Shared) {
        self.list = ListCursor::default();
        self.arrange(shared);
    }

    #[cfg(test)]
    pub fn rows(&self) -> &[ClusterId] {
        self.list.rows()
    }

    pub fn order(&self) -> GroupOrder {
        self.order
    }

    /// The group under the cursor.
    pub fn selected(&self) -> Option<ClusterId> {
        self.list.selected()
    }

    /// Puts the cursor on `cluster` (the group in view) when it is listed.
    pub fn point_at(&mut self, cluster: Option<ClusterId>) {
        if let Some(cluster) = cluster {
            self.list.point_at(cluster);
        }
    }

    pub fn move_by(&mut self, by: isize) {
        self.list.move_by(by);
    }

    /// The next order; the group under the cursor stays under it.
    pub fn cycle_order(&mut self, shared: Option<&Shared>) {
        self.order = self.order.next();
        if let Some(shared) = shared {
            self.arrange(shared);
        }
    }

    /// Sorts the rows for the order: ties by number, as the CLI lists them.
    fn arrange(&mut self, shared: &Shared) {
        let order = self.order;
        let key = |id: ClusterId| -> (usize, usize) {
            let Some(c) = shared.cluster(id) else {
                return (0, 0);
            };
            match order {
                GroupOrder::Divergence => (0, 0),
                GroupOrder::Sources => (c.sources.len(), c.quotes.len()),
                GroupOrder::Renderings => (c.quotes.len(), c.sources.len()),
            }
        };
        let mut rows: Vec<ClusterId> = shared.analysis.clusters.iter().map(|c| c.id).collect();
        rows.sort_by_key(|&id| id.index());
        match order {
            // Groups are numbered most divergent first: number order is this order.
            GroupOrder::Divergence => {}
            _ => rows.sort_by_key(|&id| std::cmp::Reverse(key(id))),
        }
        self.list.replace(rows);
    }

    /// `}`/`{` from the group in view (`current`): the next or previous
    /// group in the list's order; from none, the first or the last.
    pub fn step(&self, current: Option<ClusterId>, forward: bool) -> Option<GroupStep> {
        let rows = self.list.rows();
        let n = rows.len();
        if n == 0 {
            return None;
        }
        let at = current.and_then(|c| rows.iter().position(|&r| r == c));
        let (row, wrapped) = match (at, forward) {
            (Some(i), true) => ((i + 1) % n, i + 1 == n),
            (Some(i), false) => ((i + n - 1) % n, i == 0),
            (None, true) => (0, false),
            (None, false) => (n - 1, false),
        };
        Some(GroupStep {
            cluster: rows[row],
            wrapped,
        })
    }

    /// Rows a page key moves with the overlay drawn over `full`.
    pub fn page(full: Rect) -> isize {
        let rows = area(full).height.saturating_sub(4).max(1);
        isize::from(i16::try_from(rows).unwrap_or(i16::MAX))
    }

    pub fn draw(&self, frame: &mut Frame, full: Rect, shared: Option<&Shared>, theme: &Theme) {
        let area = area(full);
        frame.render_widget(Clear, area);
        let n = self.list.rows().len();
        let block = Block::bordered()
            .title(format!(" Groups · {} ", self.order.label()))
            .title(Line::from(format!(" {n} ")).right_aligned())
            .border_style(theme.border_focused);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let width = usize::from(inner.width);
        let Some(shared) = shared else {
            frame.render_widget(Paragraph::new("still loading…"), inner);
            return;
        };
        let mut lines = vec![Line::styled(
            fit(
                &format!(
                    "  {:>4}  {:>4}  {:<11}  {:>3}  {:>4}  {}",
                    "#", "Δ", "relation", "src", "rend", "reference"
                ),
                width,
            ),
            theme.header,
        )];
        if n == 0 {
            lines.push(Line::styled(
                "no group: no quote has two renderings",
                theme.status,
            ));
        }
        let visible = usize::from(inner.height).saturating_sub(1).max(1);
        let first = (self.list.row() + 1).saturating_sub(visible);
        for (i, &id) in self
            .list
            .rows()
            .iter()
            .enumerate()
            .skip(first)
            .take(visible)
        {
            let Some(cluster) = shared.cluster(id) else {
                continue;
            };
            let line = row_line(shared, cluster, i == self.list.row(), width, theme);
            lines.push(line);
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// One group's row: number, divergence, strongest relation, sources,
/// renderings, then the reference's words in what room is left.
fn row_line(
    shared: &Shared,
    cluster: &Cluster,
    selected: bool,
    width: usize,
    theme: &Theme,
) -> Line<'static> {
    let relation = most_divergent(shared, cluster).map_or("—", |p| p.relation.as_str());
    let numbers = format!(
        "{}{:>4}  {:>4}  {}  {:>3}  {:>4}  ",
        if selected { "▶ " } else { "  " },
        cluster.id.index() + 1,
        percent(cluster.divergence),
        pad(relation, 11),
        cluster.sources.len(),
        cluster.quotes.len(),
    );
    let text = shared
        .quote(cluster.reference)
        .map_or("", |q| shared.quote_text(q));
    let room = width.saturating_sub(numbers.chars().count() + 2);
    let mut spans = vec![Span::raw(numbers)];
    if room > 1 {
        spans.push(Span::styled(format!("“{}”", fit(text, room)), theme.quote));
    }
    let line = Line::from(spans);
    if selected {
        line.style(theme.cursor)
    } else {
        line
    }
}

/// The pair that gives the group its divergence: the most divergent
/// rendering from another source than the reference's, else from any.
fn most_divergent<'a>(shared: &Shared, cluster: &'a Cluster) -> Option<&'a RenderingPair> {
    let source = |q: QuoteId| shared.quote(q).map(|q| q.source);
    let reference = source(cluster.reference);
    let score = |p: &RenderingPair| p.divergence;
    let best = |cross: bool| {
        cluster
            .pairs
            .iter()
            .filter(|p| !cross || source(p.b) != reference)
            .max_by(|a, b| score(a).total_cmp(&score(b)))
    };
    best(true).or_else(|| best(false))
}

/// The rendering to open when the group is shown: the other side of its
/// most divergent pair, else the reference (the diff then shows the group).
pub fn rendering_to_show(shared: &Shared, cluster: ClusterId) -> Option<QuoteId> {
    let c = shared.cluster(cluster)?;
    Some(most_divergent(shared, c).map_or(c.reference, |p| p.b))
}

/// The overlay's rectangle: centred, most of the screen.
fn area(full: Rect) -> Rect {
    let width = full.width.saturating_sub(4).min(120);
    let height = full.height.saturating_sub(2);
    Rect {
        x: full.x + (full.width - width) / 2,
        y: full.y + (full.height - height) / 2,
        width,
        height,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture::fixture;

    fn ids(rows: &[ClusterId]) -> Vec<usize> {
        rows.iter().map(|c| c.index()).collect()
    }

    #[test]
    fn orders_sort_by_their_count_with_ties_by_number() {
        let mut loaded = fixture();
        // A third group with one source and three renderings.
        let mut extra = loaded.analysis.clusters[1].clone();
        extra.id = ClusterId::new(2);
        extra.sources.truncate(1);
        extra.quotes = vec![QuoteId::new(1), QuoteId::new(3), QuoteId::new(4)];
        loaded.analysis.clusters.push(extra);
        let shared = Shared::new(loaded);
        let mut pane = GroupsPane::default();
        pane.load(&shared);
        assert_eq!(ids(pane.rows()), [0, 1, 2], "numbered order");
        pane.move_by(1);
        pane.cycle_order(Some(&shared));
        assert_eq!(pane.order(), GroupOrder::Sources);
        assert_eq!(ids(pane.rows()), [0, 1, 2]);
        assert_eq!(pane.selected(), Some(ClusterId::new(1)), "the cursor stays");
        pane.cycle_order(Some(&shared));
        assert_eq!(pane.order(), GroupOrder::Renderings);
        // Groups 0 and 2 have three renderings; 0 has more sources.
        assert_eq!(ids(pane.rows()), [0, 2, 1]);
        assert_eq!(pane.selected(), Some(ClusterId::new(1)));
        pane.cycle_order(Some(&shared));
        assert_eq!(ids(pane.rows()), [0, 1, 2], "round to divergence");
    }

    #[test]
    fn steps_walk_the_list_and_wrap_at_its_ends() {
        let shared = Shared::new(fixture());
        let mut pane = GroupsPane::default();
        pane.load(&shared);
        let c = ClusterId::new;
        let step = |from, forward| pane.step(from, forward).map(|s| (s.cluster, s.wrapped));
        assert_eq!(step(None, true), Some((c(0), false)));
        assert_eq!(step(None, false), Some((c(1), false)));
        assert_eq!(step(Some(c(0)), true), Some((c(1), false)));
        assert_eq!(step(Some(c(1)), true), Some((c(0), true)));
        assert_eq!(step(Some(c(0)), false), Some((c(1), true)));
        assert_eq!(GroupsPane::default().step(None, true), None);
    }

    #[test]
    fn a_group_shows_its_most_divergent_rendering_from_another_source() {
        let shared = Shared::new(fixture());
        // Group 0: the garbled translation (quote 2), not the excerpt (quote 4).
        assert_eq!(
            rendering_to_show(&shared, ClusterId::new(0)),
            Some(QuoteId::new(2))
        );
        assert_eq!(
            rendering_to_show(&shared, ClusterId::new(1)),
            Some(QuoteId::new(3))
        );
        assert_eq!(rendering_to_show(&shared, ClusterId::new(9)), None);
    }

    #[test]
    fn a_group_opens_the_rendering_that_sets_its_divergence() {
        // The grouping measured the excerpt (quote 4) as the farther
        // rendering (as it does a fragment against the stretch it stands
        // for): the reader opens it, though the translation's relation and
        // similarity alone read as more divergent.
        let mut shared = Shared::new(fixture());
        for p in &mut shared.analysis.clusters[0].pairs {
            p.divergence = if p.b == QuoteId::new(4) { 0.9 } else { 0.5 };
        }
        assert_eq!(
            rendering_to_show(&shared, ClusterId::new(0)),
            Some(QuoteId::new(4))
        );
    }
}
