//! The article pane: the open source wrapped to the pane, quotes
//! highlighted, the selected quote emphasised with its speaker, boilerplate
//! dimmed, search matches marked, and where the view is in the article. It
//! owns the open source, the scroll, the selection, jump highlights, the
//! search and the wrapped-article cache.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use verbatim::corpus::ParagraphKind;
use verbatim::people::PersonId;
use verbatim::quotes::{QuoteId, SourceId};

use super::action::{Action, Stage};
use super::article_search::ArticleSearch;

mod search;
use super::config::Theme;
use super::layout::pane_block;
use super::model::Shared;
use super::text::fit;
use super::wrap::{ArticleLine, WrappedArticle};

/// The actions worth a hint when this pane has focus, most useful first.
pub const HINTS: &[Action] = &[
    Action::OpenHelp,
    Action::NextQuote,
    Action::PrevQuote,
    Action::FocusNext,
    Action::OpenPalette,
    Action::MoveDown,
    Action::Quit,
];

/// Lines kept between a jump target and the pane's top or bottom edge
/// (vim's `scrolloff`), at most a quarter of the pane's height.
const SCROLL_MARGIN: usize = 3;

/// Where `n`/`N` lead: the next mention of the person being walked, or the
/// next quote of the article. Both open things in other panes, so the app
/// carries them out. Each move says whether it wrapped round the end (the
/// app says so in the status line, as vim and less do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteStep {
    Mention(PersonId, usize, Wrapped),
    Quote(QuoteId, Wrapped),
    Stay,
}

/// Whether a step went round the end of its list, and to which end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrapped {
    No,
    ToFirst,
    ToLast,
}

impl Wrapped {
    /// `next` from `at` in a list of `count` (> 0), round the ends.
    pub fn step(at: usize, count: usize, forward: bool) -> (usize, Wrapped) {
        match (forward, at) {
            (true, i) if i + 1 >= count => (0, Wrapped::ToFirst),
            (true, i) => (i + 1, Wrapped::No),
            (false, 0) => (count - 1, Wrapped::ToLast),
            (false, i) => (i - 1, Wrapped::No),
        }
    }
}

/// The open article and the reader's place in it.
#[derive(Debug, Default)]
pub struct ArticlePane {
    /// The source shown.
    source: SourceId,
    /// First article line shown.
    scroll: usize,
    selected_quote: Option<QuoteId>,
    /// A mention or sentence to highlight after a jump.
    highlight: Option<(SourceId, Range<usize>)>,
    /// After a person jump, `n`/`N` walk this person's mentions: (person, current mention).
    mention_cycle: Option<(PersonId, usize)>,
    /// `/`: while it has a query, `n`/`N` go through its matches.
    search: ArticleSearch,
    wraps: HashMap<(SourceId, u16), WrappedArticle>,
}

impl ArticlePane {
    pub fn source(&self) -> SourceId {
        self.source
    }

    pub fn scroll(&self) -> usize {
        self.scroll
    }

    pub fn selected_quote(&self) -> Option<QuoteId> {
        self.selected_quote
    }

    #[cfg(test)]
    pub fn highlight(&self) -> Option<&(SourceId, Range<usize>)> {
        self.highlight.as_ref()
    }

    #[cfg(test)]
    pub fn mention_cycle(&self) -> Option<(PersonId, usize)> {
        self.mention_cycle
    }

    /// A new corpus: wraps, quote ids and spans of the old one no longer apply.
    pub fn load(&mut self) {
        self.wraps.clear();
        self.search = ArticleSearch::default();
        self.selected_quote = None;
        self.highlight = None;
        self.mention_cycle = None;
    }

    /// The open article wrapped to `width`, if it was wrapped for this width.
    pub fn wrapped(&self, width: u16) -> Option<&WrappedArticle> {
        self.wraps.get(&(self.source, width))
    }

    /// Wraps the open article for `width` unless already cached.
    pub fn ensure_wrapped(&mut self, shared: Option<&Shared>, width: u16) {
        let Some(article) = shared.and_then(|s| s.article(self.source)) else {
            return;
        };
        // Other widths are stale after a resize; keep only this one's.
        if self.wraps.keys().any(|(_, w)| *w != width) {
            self.wraps.retain(|(_, w), _| *w == width);
        }
        self.wraps
            .entry((self.source, width))
            .or_insert_with(|| WrappedArticle::new(article, width));
    }

    fn line_count(&self, width: u16) -> usize {
        self.wrapped(width).map_or(0, |w| w.lines.len())
    }

    fn max_scroll(&self, inner: Rect) -> usize {
        let height = usize::from(inner.height).max(1);
        self.line_count(inner.width).saturating_sub(height)
    }

    /// Keeps the scroll within the article wrapped for the pane's `inner` area.
    pub fn clamp_scroll(&mut self, inner: Rect) {
        self.scroll = self.scroll.min(self.max_scroll(inner));
    }

    /// Scrolls to `scroll` (a remembered position), clamped to the article.
    pub fn scroll_to(&mut self, shared: Option<&Shared>, inner: Rect, scroll: usize) {
        self.scroll = scroll;
        self.ensure_wrapped(shared, inner.width);
        self.clamp_scroll(inner);
    }

    /// Scrolls by `by` lines.
    pub fn move_by(&mut self, shared: Option<&Shared>, inner: Rect, by: isize) {
        self.ensure_wrapped(shared, inner.width);
        let max = self.max_scroll(inner);
        self.scroll = self.scroll.saturating_add_signed(by).min(max);
    }

    /// Shows `source` (from the top unless it is already open).
    pub fn open(&mut self, shared: Option<&Shared>, width: u16, source: SourceId) {
        if self.source != source {
            self.scroll = 0;
            self.selected_quote = None;
            // Matches are spans of the article searched.
            self.clear_search();
        }
        self.source = source;
        self.ensure_wrapped(shared, width);
    }

    /// Selects quote `id` of the open source and scrolls it into view.
    pub fn select(&mut self, shared: Option<&Shared>, inner: Rect, id: QuoteId, at: usize) {
        self.selected_quote = Some(id);
        self.reveal(shared, inner, at);
    }

    /// Highlights `span` of the open source and scrolls it into view.
    pub fn highlight_span(&mut self, shared: Option<&Shared>, inner: Rect, span: Range<usize>) {
        let start = span.start;
        self.highlight = Some((self.source, span));
        self.reveal(shared, inner, start);
    }

    pub fn clear_highlight(&mut self) {
        self.highlight = None;
    }

    pub fn set_mention_cycle(&mut self, cycle: Option<(PersonId, usize)>) {
        self.mention_cycle = cycle;
    }

    /// Scrolls so that byte `at` of the open article is on screen, a third down when it was not.
    fn reveal(&mut self, shared: Option<&Shared>, inner: Rect, at: usize) {
        self.ensure_wrapped(shared, inner.width);
        let Some(line) = self.wrapped(inner.width).map(|w| w.line_of(at)) else {
            return;
        };
        let height = usize::from(inner.height).max(1);
        // vim's `scrolloff`: a target inside the margin is as good as off screen.
        let margin = SCROLL_MARGIN.min(height / 4);
        let top = self.scroll + margin;
        let bottom = (self.scroll + height).saturating_sub(margin);
        if line < top.min(bottom) || line >= bottom {
            self.scroll = line.saturating_sub(height / 3);
        }
        self.clamp_scroll(inner);
    }

    /// After a resize: the selected quote, else the jump highlight, back in
    /// view (the rewrap moves every line).
    pub fn keep_in_view(&mut self, shared: Option<&Shared>, inner: Rect) {
        let at = match (&self.highlight, self.selected_quote) {
            (Some((source, span)), _) if *source == self.source => Some(span.start),
            (_, Some(id)) => shared.map(|s| s.quote_start(id)),
            _ => None,
        };
        if let Some(at) = at {
            self.reveal(shared, inner, at);
        }
    }

    /// `n`/`N`: the next mention of the person jumped to, else the next quote in the article.
    pub fn step(&mut self, shared: Option<&Shared>, inner: Rect, forward: bool) -> QuoteStep {
        if let Some((person, at)) = self.mention_cycle {
            let count = shared
                .and_then(|s| s.person(person))
                .map_or(0, |p| p.mentions.len());
            if count == 0 {
                self.mention_cycle = None;
                return QuoteStep::Stay;
            }
            let (next, wrapped) = Wrapped::step(at.min(count - 1), count, forward);
            return QuoteStep::Mention(person, next, wrapped);
        }
        let Some(shared) = shared else {
            return QuoteStep::Stay;
        };
        let list = shared.quotes_of(self.source);
        if list.is_empty() {
            return QuoteStep::Stay;
        }
        let current = self
            .selected_quote
            .and_then(|id| list.iter().position(|&q| q == id));
        let (next, wrapped) = match current {
            Some(i) => Wrapped::step(i, list.len(), forward),
            None => (self.first_on_screen(shared, inner, forward), Wrapped::No),
        };
        list.get(next)
            .map_or(QuoteStep::Stay, |&id| QuoteStep::Quote(id, wrapped))
    }

    /// With nothing selected yet: the index of the first quote on screen
    /// (forward) or the last (backward) among the open source's quotes.
    fn first_on_screen(&self, shared: &Shared, inner: Rect, forward: bool) -> usize {
        let list = shared.quotes_of(self.source);
        let lines = self
            .wrapped(inner.width)
            .map(|w| w.lines.as_slice())
            .unwrap_or_default();
        let height = usize::from(inner.height).max(1);
        let start_of = |id: &QuoteId| shared.quote_start(*id);
        if forward {
            let top = lines.get(self.scroll).map_or(0, |l| l.bytes.start);
            list.partition_point(|id| start_of(id) < top)
                .min(list.len() - 1)
        } else {
            let last = (self.scroll + height).min(lines.len()).saturating_sub(1);
            let bottom = lines.get(last).map_or(usize::MAX, |l| l.bytes.end);
            list.partition_point(|id| start_of(id) < bottom)
                .saturating_sub(1)
        }
    }

    pub fn draw(
        &self,
        frame: &mut Frame,
        area: Rect,
        shared: Option<&Shared>,
        progress: Option<(Stage, usize, usize)>,
        theme: &Theme,
        focused: bool,
    ) {
        let block = pane_block(theme, focused);
        let Some((shared, article)) = shared.and_then(|s| Some((s, s.article(self.source)?)))
        else {
            let text = match progress {
                Some((stage, done, total)) if total > 0 => {
                    format!("{} {done}/{total}…", stage.label())
                }
                Some((stage, _, _)) => format!("{}…", stage.label()),
                None => "no article".to_string(),
            };
            frame.render_widget(Paragraph::new(text).block(block.title(" Article ")), area);
            return;
        };
        let inner = block.inner(area);
        // The cache is filled by `update`; a frame at another size wraps afresh.
        let wrapped = match self.wrapped(inner.width) {
            Some(w) => Cow::Borrowed(w),
            None => Cow::Owned(WrappedArticle::new(article, inner.width)),
        };
        let height = usize::from(inner.height);
        let total = wrapped.lines.len();
        let scroll = self.scroll.min(total.saturating_sub(height));
        let title_width = usize::from(area.width).saturating_sub(16);
        let heading = match &article.meta.published {
            Some(date) => format!("{} · {}", article.label(), date),
            None => article.label().to_string(),
        };
        let mut block = block.title(format!(" {} ", fit(&heading, title_width)));
        if total > 0 {
            let last = (scroll + height).min(total);
            let pct = if total <= height {
                100
            } else {
                scroll * 100 / (total - height)
            };
            block = block.title(
                Line::from(format!(" {}-{last}/{total} {pct}% ", scroll + 1)).right_aligned(),
            );
        }
        let label = if self.search.is_typing() || self.search.is_active() {
            Some(self.search.label())
        } else {
            self.selection_label(shared)
        };
        if let Some(label) = label {
            block = block.title_bottom(Line::styled(
                fit(&label, usize::from(area.width).saturating_sub(4)),
                theme.speaker,
            ));
        }
        frame.render_widget(block, area);

        let visible = wrapped.lines.get(scroll..).unwrap_or_default();
        let visible = &visible[..visible.len().min(height)];
        // Most important first: search matches, the jump highlight, quotes.
        let mut marks = self.visible_matches(visible, theme);
        if let Some((_, span)) = self.highlight.as_ref().filter(|(s, _)| *s == self.source) {
            marks.push((span.clone(), theme.highlight));
        }
        marks.extend(self.visible_quotes(shared, visible, theme));
        let lines: Vec<Line> = visible
            .iter()
            .map(|line| styled_line(line, &article.text, &marks, theme))
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }

    /// Quote spans (marks included) overlapping the visible lines, styled
    /// selected or not, innermost first. A binary search keeps this independent
    /// of how many quotes the article has (scraped pages can hold thousands).
    fn visible_quotes(
        &self,
        shared: &Shared,
        visible: &[ArticleLine],
        theme: &Theme,
    ) -> Vec<(Range<usize>, Style)> {
        let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
            return Vec::new();
        };
        let (from, to) = (first.bytes.start, last.bytes.end);
        let list = shared.quotes_of(self.source);
        let quote = |id: QuoteId| shared.quote(id);
        let end = list.partition_point(|&id| quote(id).is_some_and(|q| q.outer().start < to));
        let mut out = Vec::new();
        // Scanning back from the view's end: a quote that ends before the view
        // means earlier ones mostly do too, but a quote nesting others can still
        // reach in, so give up only after a run of misses.
        let mut misses = 0;
        for &id in list[..end].iter().rev() {
            let Some(q) = quote(id) else { continue };
            if q.outer().end <= from {
                misses += 1;
                if misses > 64 {
                    break;
                }
                continue;
            }
            let style = if Some(id) == self.selected_quote {
                theme.quote_selected
            } else {
                theme.quote
            };
            out.push((q.outer(), style));
        }
        out
    }

    /// "quote 2/9 · Donald Trump" for the selected quote, or the mention being walked.
    fn selection_label(&self, data: &Shared) -> Option<String> {
        if let Some((person, at)) = self.mention_cycle {
            let p = data.person(person)?;
            return Some(format!(
                " {} · mention {}/{} · n/N next ",
                p.name,
                at + 1,
                p.mentions.len()
            ));
        }
        let id = self.selected_quote?;
        let list = data.quotes_of(self.source);
        let quote = data.quote(id)?;
        let i = list.partition_point(|&q| data.quote_start(q) < quote.inner().start);
        let i = list[i..].iter().position(|&q| q == id)? + i;
        let speaker = data.speaker_of(quote).unwrap_or("speaker unknown");
        Some(format!(" quote {}/{} · {speaker} ", i + 1, list.len()))
    }
}

/// One article line with each char styled by the first of `marks` (search
/// matches, the jump highlight, quotes: most important first) that covers
/// its bytes.
fn styled_line<'a>(
    line: &'a ArticleLine,
    source: &str,
    marks: &[(Range<usize>, Style)],
    theme: &Theme,
) -> Line<'a> {
    let base = match line.kind {
        Some(ParagraphKind::Title) => theme.title,
        Some(kind) if !kind.is_content() => theme.dimmed,
        _ => Style::default(),
    };
    let covering: Vec<&(Range<usize>, Style)> = marks
        .iter()
        .filter(|(r, _)| r.start < line.bytes.end && r.end > line.bytes.start)
        .collect();
    if covering.is_empty() {
        return Line::styled(line.text.as_str(), base);
    }
    let style_at = |b: usize| -> Style {
        covering
            .iter()
            .find(|(r, _)| r.contains(&b))
            .map_or(base, |(_, style)| base.patch(*style))
    };
    // Char i of the display text shows char i of the article's bytes; they
    // may differ in UTF-8 length (ESC is 1 byte, its placeholder ␛ is 3).
    let raw = source.get(line.bytes.clone()).unwrap_or("");
    let mut raw_starts = raw.char_indices().map(|(i, _)| line.bytes.start + i);
    let mut spans: Vec<Span> = Vec::new();
    let mut run_start = 0;
    let mut run_style = None;
    for (i, _) in line.text.char_indices() {
        let style = style_at(raw_starts.next().unwrap_or(line.bytes.end));
        if run_style != Some(style) {
            if let Some(s) = run_style {
                spans.push(Span::styled(&line.text[run_start..i], s));
            }
            run_start = i;
            run_style = Some(style);
        }
    }
    if let Some(s) = run_style {
        spans.push(Span::styled(&line.text[run_start..], s));
    }
    Line::from(spans)
}
