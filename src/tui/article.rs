//! The article pane: the open source wrapped to the pane, quotes
//! highlighted, the selected quote emphasised with its speaker, boilerplate
//! dimmed, and where the view is in the article.

use std::borrow::Cow;
use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use verbatim::corpus::ParagraphKind;
use verbatim::quotes::QuoteId;

use super::app::{App, Pane};
use super::config::Theme;
use super::text::fit;
use super::wrap::{ArticleLine, WrappedArticle};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.config.theme;
    let focused = app.focus == Pane::Article;
    let block = Block::bordered().border_style(if focused {
        theme.border_focused
    } else {
        theme.border
    });
    let Some(article) = app
        .data
        .as_ref()
        .and_then(|d| d.corpus.articles.get(app.source.index()))
    else {
        let text = match app.progress {
            Some((stage, done, total)) if total > 0 => format!("{} {done}/{total}…", stage.label()),
            Some((stage, _, _)) => format!("{}…", stage.label()),
            None => "no article".to_string(),
        };
        frame.render_widget(Paragraph::new(text).block(block.title(" Article ")), area);
        return;
    };
    let inner = block.inner(area);
    // The cache is filled by `update`; a frame at another size wraps afresh.
    let wrapped = match app.wrapped() {
        Some(w) if w.width == inner.width => Cow::Borrowed(w),
        _ => Cow::Owned(WrappedArticle::new(article, inner.width)),
    };
    let height = usize::from(inner.height);
    let total = wrapped.lines.len();
    let scroll = app.scroll.min(total.saturating_sub(height));
    let title_width = usize::from(area.width).saturating_sub(16);
    let mut block = block.title(format!(" {} ", fit(&article.id, title_width)));
    if total > 0 {
        let last = (scroll + height).min(total);
        let pct = if total <= height {
            100
        } else {
            scroll * 100 / (total - height)
        };
        block = block
            .title(Line::from(format!(" {}-{last}/{total} {pct}% ", scroll + 1)).right_aligned());
    }
    if let Some(label) = selection_label(app) {
        block = block.title_bottom(Line::styled(
            fit(&label, usize::from(area.width).saturating_sub(4)),
            theme.speaker,
        ));
    }
    frame.render_widget(block, area);

    let visible = wrapped.lines.get(scroll..).unwrap_or_default();
    let visible = &visible[..visible.len().min(height)];
    let quotes = visible_quotes(app, visible);
    let highlight = app
        .highlight
        .as_ref()
        .filter(|(s, _)| *s == app.source)
        .map(|(_, r)| r.clone());
    let lines: Vec<Line> = visible
        .iter()
        .map(|line| styled_line(line, &article.text, &quotes, highlight.as_ref(), theme))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Quote spans (marks included) overlapping the visible lines, and whether
/// each is selected, innermost first. A binary search keeps this independent
/// of how many quotes the article has (scraped pages can hold thousands).
fn visible_quotes(app: &App, visible: &[ArticleLine]) -> Vec<(Range<usize>, bool)> {
    let (Some(data), Some(first), Some(last)) = (&app.data, visible.first(), visible.last()) else {
        return Vec::new();
    };
    let (from, to) = (first.bytes.start, last.bytes.end);
    let Some(list) = app.source_quotes.get(app.source.index()) else {
        return Vec::new();
    };
    let quote = |id: QuoteId| data.analysis.quotes.get(id.index());
    let end = list.partition_point(|&id| quote(id).is_some_and(|q| q.outer.start < to));
    let mut out = Vec::new();
    // Scanning back from the view's end: a quote that ends before the view
    // means earlier ones mostly do too, but a quote nesting others can still
    // reach in, so give up only after a run of misses.
    let mut misses = 0;
    for &id in list[..end].iter().rev() {
        let Some(q) = quote(id) else { continue };
        if q.outer.end <= from {
            misses += 1;
            if misses > 64 {
                break;
            }
            continue;
        }
        out.push((q.outer.clone(), Some(id) == app.selected_quote));
    }
    out
}

/// "quote 2/9 · Donald Trump" for the selected quote, or the mention being walked.
fn selection_label(app: &App) -> Option<String> {
    let data = app.data.as_ref()?;
    if let Some((person, at)) = app.mention_cycle {
        let p = data.analysis.people.get(person.index())?;
        return Some(format!(
            " {} · mention {}/{} · n/N next ",
            p.name,
            at + 1,
            p.mentions.len()
        ));
    }
    let id = app.selected_quote?;
    let list = app.source_quotes.get(app.source.index())?;
    let start = data.analysis.quotes.get(id.index())?.inner.start;
    let quote_start = |q: &QuoteId| {
        data.analysis
            .quotes
            .get(q.index())
            .map_or(0, |q| q.inner.start)
    };
    let i = list.partition_point(|q| quote_start(q) < start);
    let i = list[i..].iter().position(|&q| q == id)? + i;
    let speaker = data
        .analysis
        .quotes
        .get(id.index())
        .and_then(|q| q.speaker)
        .and_then(|s| data.analysis.people.get(s.index()))
        .map_or("speaker unknown", |p| p.name.as_str());
    Some(format!(" quote {}/{} · {speaker} ", i + 1, list.len()))
}

/// One article line with each char styled by what covers its bytes.
fn styled_line<'a>(
    line: &'a ArticleLine,
    source: &str,
    quotes: &[(Range<usize>, bool)],
    highlight: Option<&Range<usize>>,
    theme: &Theme,
) -> Line<'a> {
    let base = match line.kind {
        Some(ParagraphKind::Title) => theme.title,
        Some(kind) if !kind.is_content() => theme.dimmed,
        _ => Style::default(),
    };
    let covering: Vec<&(Range<usize>, bool)> = quotes
        .iter()
        .filter(|(r, _)| r.start < line.bytes.end && r.end > line.bytes.start)
        .collect();
    if covering.is_empty()
        && highlight.is_none_or(|h| h.end <= line.bytes.start || h.start >= line.bytes.end)
    {
        return Line::styled(line.text.as_str(), base);
    }
    let style_at = |b: usize| -> Style {
        if highlight.is_some_and(|h| h.contains(&b)) {
            return theme.highlight;
        }
        match covering.iter().find(|(r, _)| r.contains(&b)) {
            Some((_, true)) => theme.quote_selected,
            Some((_, false)) => base.patch(theme.quote),
            None => base,
        }
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
