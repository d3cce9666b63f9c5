//! The jump palette overlay: the query, and the ranked candidates with
//! their kind, matched characters highlighted and context. It owns the
//! query, the ranked hits and the selection; the jump itself opens other
//! panes, so it hands the selected target to the app.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use std::sync::Arc;

use verbatim::search::{Hit, SearchIndex, Searcher, Target};

use super::action::Action;
use super::config::Theme;
use super::model::Shared;
use super::palette_row as row;
use super::ranker::{Corpora, Ranked, Ranker};
use super::text::fit;

/// The actions worth a hint while the palette is open, most useful first.
pub const HINTS: &[Action] = &[
    Action::PaletteJump,
    Action::PaletteDown,
    Action::CloseOverlay,
];

/// Palette rows ranked at a time: a screenful and then some. Moving past
/// them ranks the next page (the matches are remembered, so only ranking
/// runs again); ranking every match on each keystroke would cost up to ten
/// times as much on a large corpus.
pub const PALETTE_PAGE: usize = 100;

/// The jump palette's query and current results.
#[derive(Debug, Default)]
pub struct PalettePane {
    query: String,
    /// The results shown: the last ones ranked, until newer ones arrive.
    hits: Vec<Hit>,
    /// How many candidates match the query the hits answer.
    matches: usize,
    /// The query `hits` answer.
    hits_query: String,
    selected: usize,
    /// Remembers earlier queries' matches so each keystroke re-checks only
    /// those (ranking here, on the input path, when no ranker is connected).
    searcher: Searcher,
    /// Ranks in the background; results come back as [`Ranked`].
    ranker: Option<Ranker>,
    /// The newest request made of the ranker.
    generation: u64,
}

impl PalettePane {
    /// An empty query, ranked afresh (an opened palette); a connected
    /// ranker stays connected.
    pub fn reopen(&mut self, shared: Option<&Shared>) {
        *self = PalettePane {
            ranker: self.ranker.take(),
            generation: self.generation,
            ..PalettePane::default()
        };
        self.refresh(shared);
    }

    /// Ranks from now on in the background, through `ranker`.
    pub fn connect(&mut self, ranker: Ranker) {
        self.ranker = Some(ranker);
    }

    #[cfg(test)]
    pub fn query(&self) -> &str {
        &self.query
    }

    #[cfg(test)]
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    #[cfg(test)]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// How many candidates match the query (ranked or not yet).
    #[cfg(test)]
    pub fn match_count(&self) -> usize {
        self.matches
    }

    /// Feeds hits as the search engine would rank them (its tests live elsewhere).
    #[cfg(test)]
    pub fn set_hits(&mut self, hits: Vec<Hit>) {
        self.hits = hits;
    }

    pub fn input(&mut self, shared: Option<&Shared>, c: char) {
        self.query.push(c);
        self.refresh(shared);
    }

    pub fn backspace(&mut self, shared: Option<&Shared>) {
        self.query.pop();
        self.refresh(shared);
    }

    /// Re-ranks for the current query.
    fn refresh(&mut self, shared: Option<&Shared>) {
        self.rank(shared, PALETTE_PAGE);
    }

    /// Asks for the best `rows` results: of the ranker when one is
    /// connected (they arrive later, through [`PalettePane::receive`]), else
    /// ranked here and now.
    fn rank(&mut self, shared: Option<&Shared>, rows: usize) {
        let Some(data) = shared else {
            self.hits.clear();
            return;
        };
        if let Some(ranker) = &self.ranker {
            self.generation += 1;
            let corpora = Corpora {
                corpus: Arc::clone(&data.corpus),
                index: Arc::clone(&data.index),
            };
            ranker.request(self.generation, &self.query, rows, corpora);
            return;
        }
        let hits = self
            .searcher
            .search(&data.index, &data.corpus, &self.query, rows);
        let matches = self.searcher.match_count();
        self.show(self.query.clone(), hits, matches);
    }

    /// Results from the ranker: shown if they answer the newest request.
    pub fn receive(&mut self, ranked: Ranked) {
        if ranked.generation == self.generation {
            self.show(ranked.query, ranked.hits, ranked.matches);
        }
    }

    /// Shows `hits` for `query`; the selection starts over for a new query
    /// and stays put for the next page of the same one.
    fn show(&mut self, query: String, hits: Vec<Hit>, matches: usize) {
        if query != self.hits_query {
            self.selected = 0;
        }
        self.hits_query = query;
        self.hits = hits;
        self.matches = matches;
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
    }

    /// Down, ranking the next page when the selection reaches the last
    /// ranked row and more candidates match.
    pub fn down(&mut self, shared: Option<&Shared>) {
        if self.selected + 1 >= self.hits.len() && self.hits.len() < self.matches {
            let rows = self.hits.len() + PALETTE_PAGE;
            self.rank(shared, rows);
        }
        if self.selected + 1 < self.hits.len() {
            self.selected += 1;
        }
    }

    pub fn up(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    /// Where the selected entry points.
    pub fn target(&self, index: Option<&Arc<SearchIndex>>) -> Option<Target> {
        let hit = self.hits.get(self.selected)?;
        Some(index?.get(hit.candidate)?.target)
    }

    pub fn draw(&self, frame: &mut Frame, full: Rect, shared: Option<&Shared>, theme: &Theme) {
        let area = area(full);
        frame.render_widget(Clear, area);
        let block = Block::bordered()
            .title(" Jump to a person, quote, title or sentence ")
            .border_style(theme.border_focused);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let width = usize::from(inner.width);
        let count = shared.map_or(String::new(), |data| {
            // "…" while the results shown answer an earlier query.
            let pending = if self.hits_query == self.query {
                ""
            } else {
                "… "
            };
            format!("{pending}{}", row::count(self.matches, data.index.len()))
        });
        let query_width = width.saturating_sub(count.chars().count() + 4);
        let query = fit(&self.query, query_width);
        let gap = width.saturating_sub(query.chars().count() + 3 + count.chars().count());
        let mut lines = vec![Line::from(vec![
            Span::styled("› ", theme.key),
            Span::raw(query),
            Span::styled("▏", theme.key),
            Span::raw(" ".repeat(gap)),
            Span::styled(count, theme.status),
        ])];
        let rows = usize::from(inner.height).saturating_sub(1);
        let Some(data) = shared else {
            lines.push(Line::raw("still loading…"));
            frame.render_widget(Paragraph::new(lines), inner);
            return;
        };
        let hits = &self.hits;
        if hits.is_empty() {
            lines.push(Line::styled(
                if self.query.is_empty() {
                    "type to search people, quotes, titles and sentences"
                } else if self.hits_query != self.query {
                    "ranking…"
                } else {
                    "no match"
                },
                theme.status,
            ));
        }
        let first = (self.selected + 1).saturating_sub(rows);
        for (i, hit) in hits.iter().enumerate().skip(first).take(rows) {
            let Some(c) = data.index.get(hit.candidate) else {
                continue;
            };
            lines.push(row::hit_line(
                &c,
                data,
                hit,
                i == self.selected,
                theme,
                width,
            ));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// The overlay's rectangle: centred, most of the width, up to 20 rows.
fn area(full: Rect) -> Rect {
    let width = full.width.saturating_sub(4).min(100);
    let height = full.height.saturating_sub(4).min(20);
    Rect {
        x: full.x + (full.width - width) / 2,
        y: full.y + (full.height - height) / 3,
        width,
        height,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::channel;
    use std::time::Duration;

    use super::*;
    use crate::tui::fixture::fixture;

    fn hit(candidate: usize) -> Hit {
        Hit {
            candidate,
            score: 1,
            matched: Vec::new(),
        }
    }

    fn ranked(generation: u64, query: &str, hits: Vec<Hit>) -> Ranked {
        Ranked {
            generation,
            query: query.into(),
            matches: hits.len(),
            hits,
        }
    }

    #[test]
    fn results_of_an_older_query_are_dropped_and_the_last_shown_until_new_arrive() {
        let shared = Shared::new(fixture());
        let mut palette = PalettePane::default();
        palette.connect(Ranker::spawn(|_| {}).unwrap());
        palette.reopen(Some(&shared));
        let opened = palette.generation;
        palette.input(Some(&shared), 'z');
        palette.input(Some(&shared), 'e');
        assert_eq!(palette.generation, opened + 2, "one request a keystroke");
        assert!(palette.hits.is_empty(), "typing does not wait for ranking");
        palette.receive(ranked(opened + 1, "z", vec![hit(7)]));
        assert!(palette.hits.is_empty(), "\"z\" was typed over");
        palette.receive(ranked(opened + 2, "ze", vec![hit(3), hit(4)]));
        assert_eq!(palette.hits, vec![hit(3), hit(4)]);
        palette.down(Some(&shared));
        assert_eq!(palette.selected, 1);
        palette.input(Some(&shared), 'l');
        assert_eq!(
            palette.hits,
            vec![hit(3), hit(4)],
            "kept until \"zel\" arrives"
        );
        palette.receive(ranked(opened + 3, "zel", vec![hit(0)]));
        assert_eq!((palette.hits.clone(), palette.selected), (vec![hit(0)], 0));
    }

    #[test]
    fn typing_through_the_ranking_thread_ends_on_the_last_querys_results() {
        let shared = Shared::new(fixture());
        let (tx, rx) = channel();
        let mut palette = PalettePane::default();
        palette.connect(Ranker::spawn(move |r| tx.send(r).unwrap()).unwrap());
        palette.reopen(Some(&shared));
        for c in "zelsky".chars() {
            palette.input(Some(&shared), c);
        }
        while palette.hits_query != "zelsky" {
            let ranked = rx.recv_timeout(Duration::from_secs(10)).unwrap();
            palette.receive(ranked);
        }
        assert_eq!(palette.matches, 1);
        let c = shared.index.get(palette.hits[0].candidate).unwrap();
        assert_eq!(c.text(&shared.corpus), "Zelsky");
    }
}
