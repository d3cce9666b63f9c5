//! The sources pane: one two-line row per article with its title, quote
//! count, divergence badge and read marker.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::app::{App, Pane};
use super::text::{fit, percent};

/// Screen rows per source.
pub const ROW_HEIGHT: u16 = 2;

/// A source's renderings are flagged when at least this share diverges.
const BADGE_AT: f64 = 0.34;

/// The first source row shown so that the cursor is visible (shared with mouse picking).
pub fn first_row(cursor: usize, inner_height: u16) -> usize {
    let visible = usize::from((inner_height / ROW_HEIGHT).max(1));
    (cursor + 1).saturating_sub(visible)
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.config.theme;
    let focused = app.focus == Pane::Sources;
    let mut block = Block::bordered()
        .title(" Sources ")
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        });
    let Some(data) = &app.data else {
        frame.render_widget(Paragraph::new("loading…").block(block), area);
        return;
    };
    let n = data.corpus.articles.len();
    block = block.title(Line::from(format!(" {n} ")).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let first = first_row(app.source_cursor, inner.height);
    let mut lines = Vec::new();
    for (i, article) in data.corpus.articles.iter().enumerate().skip(first) {
        if lines.len() + 2 > usize::from(inner.height) + 1 {
            break;
        }
        let open = if i == app.source.index() { "▶" } else { " " };
        let read = if app.read.get(i).copied().unwrap_or(false) {
            "✓"
        } else {
            "•"
        };
        let (mark, title_style) = if article.title_derived {
            ("~", theme.derived_title)
        } else {
            ("", theme.title)
        };
        let title = fit(&format!("{mark}{}", article.title), width.saturating_sub(3));
        let quotes = app.source_quotes.get(i).map_or(0, Vec::len);
        let divergence = data
            .analysis
            .source_divergence
            .get(i)
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
        second.push(Span::styled(
            fit(&article.id, width.saturating_sub(used)),
            theme.status,
        ));
        let mut first_line = Line::from(vec![
            Span::raw(format!("{open}{read} ")),
            Span::styled(title, title_style),
        ]);
        let mut second_line = Line::from(second);
        if i == app.source_cursor && focused {
            first_line = first_line.style(theme.cursor);
            second_line = second_line.style(theme.cursor);
        }
        lines.push(first_line);
        lines.push(second_line);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
