//! The jump palette overlay: the query, and the ranked candidates with
//! their kind, matched characters highlighted and context.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use verbatim::corpus::display::sanitize_line;
use verbatim::search::CandidateKind;

use super::app::App;
use super::text::fit;

fn kind_label(kind: CandidateKind) -> &'static str {
    match kind {
        CandidateKind::Person => "person",
        CandidateKind::Variant => "variant",
        CandidateKind::Quote => "quote",
        CandidateKind::Title => "title",
        CandidateKind::Sentence => "sentence",
    }
}

/// The overlay's rectangle: centred, most of the width, up to 20 rows.
pub fn area(full: Rect) -> Rect {
    let width = full.width.saturating_sub(4).min(100);
    let height = full.height.saturating_sub(4).min(20);
    Rect {
        x: full.x + (full.width - width) / 2,
        y: full.y + (full.height - height) / 3,
        width,
        height,
    }
}

pub fn draw(frame: &mut Frame, app: &App, full: Rect) {
    let theme = &app.config.theme;
    let area = area(full);
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .title(" Jump to a person, quote, title or sentence ")
        .border_style(theme.border_focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines = vec![Line::from(vec![
        Span::styled("› ", theme.key),
        Span::raw(fit(&app.palette.query, width.saturating_sub(3))),
        Span::styled("▏", theme.key),
    ])];
    let rows = usize::from(inner.height).saturating_sub(1);
    let Some(data) = &app.data else {
        lines.push(Line::raw("still loading…"));
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    };
    let hits = &app.palette.hits;
    if hits.is_empty() {
        lines.push(Line::styled(
            if app.palette.query.is_empty() {
                "type to search people, quotes, titles and sentences"
            } else {
                "no match"
            },
            theme.status,
        ));
    }
    let first = (app.palette.selected + 1).saturating_sub(rows);
    for (i, hit) in hits.iter().enumerate().skip(first).take(rows) {
        let Some(c) = data.index.candidates.get(hit.candidate) else {
            continue;
        };
        let selected = i == app.palette.selected;
        let mut spans = vec![Span::styled(
            format!(
                "{}{:<9}",
                if selected { "▶ " } else { "  " },
                kind_label(c.kind)
            ),
            theme.status,
        )];
        // Candidate text is display-safe by contract; sanitising again keeps
        // one char per char, so `matched` char indices still line up.
        let text = sanitize_line(&c.text);
        let mut matched = hit.matched.clone();
        matched.sort_unstable();
        let mut run = String::new();
        let mut run_matched = false;
        for (ci, ch) in text.chars().enumerate() {
            let m = matched.binary_search(&ci).is_ok();
            if m != run_matched && !run.is_empty() {
                let style = if run_matched {
                    theme.matched
                } else {
                    Default::default()
                };
                spans.push(Span::styled(std::mem::take(&mut run), style));
            }
            run_matched = m;
            run.push(ch);
        }
        if !run.is_empty() {
            let style = if run_matched {
                theme.matched
            } else {
                Default::default()
            };
            spans.push(Span::styled(run, style));
        }
        if !c.detail.is_empty() {
            spans.push(Span::styled(
                format!("  {}", sanitize_line(&c.detail)),
                theme.status,
            ));
        }
        let mut line = Line::from(spans);
        if selected {
            line = line.style(theme.cursor);
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
