//! The diff pane: the reference rendering and one other side by side,
//! aligned word by word from the group's alignment ops, each side labelled,
//! then every rendering of the group with the shown one marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;
use verbatim::analysis::Analysis;
use verbatim::corpus::Corpus;
use verbatim::corpus::display::sanitize_line;
use verbatim::quotes::{OpKind, Quote, QuoteId};

use super::app::{App, Pane};
use super::config::Theme;
use super::text::{fit, pad, percent};

/// Renderings listed at most, around the shown one (a group can be huge).
const LIST_LIMIT: usize = 200;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.config.theme;
    let focused = app.focus == Pane::Diff;
    let block = Block::bordered()
        .title(" Renderings ")
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        });
    let inner = block.inner(area);
    let lines = lines(app, inner.width);
    let scroll = scroll_of(app, lines.len(), inner.height);
    frame.render_widget(block, area);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

/// The first content line shown: the diff's scroll, clamped to its content.
pub fn scroll_of(app: &App, lines: usize, height: u16) -> usize {
    app.diff
        .scroll
        .min(lines.saturating_sub(usize::from(height)))
}

/// Number of content lines at the diff pane's current width (for scrolling).
pub fn line_count(app: &App) -> usize {
    lines(app, app.panes().diff_inner().width).len()
}

fn quote_text<'a>(corpus: &'a Corpus, q: &Quote) -> &'a str {
    q.span().text(corpus)
}

fn speaker(analysis: &Analysis, q: &Quote) -> String {
    q.speaker
        .and_then(|s| analysis.people.get(s.index()))
        .map_or_else(|| "speaker unknown".to_string(), |p| p.name.clone())
}

fn source_id(corpus: &Corpus, q: &Quote) -> String {
    corpus
        .articles
        .get(q.source.index())
        .map_or_else(|| "?".to_string(), |a| a.id.clone())
}

/// Everything the pane shows, for `width` columns.
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    content(app, width).0
}

/// The rendering listed on content line `line`, if any (for mouse picks).
pub fn rendering_on_line(app: &App, line: usize) -> Option<QuoteId> {
    let (_, rows) = content(app, app.panes().diff_inner().width);
    rows.into_iter().find(|(l, _)| *l == line).map(|(_, q)| q)
}

/// The pane's lines, and which line lists which rendering.
fn content(app: &App, width: u16) -> (Vec<Line<'static>>, Vec<(usize, QuoteId)>) {
    let theme = &app.config.theme;
    let width = usize::from(width);
    let Some(data) = &app.data else {
        return (vec![Line::raw("loading…")], Vec::new());
    };
    let (corpus, analysis) = (&data.corpus, &data.analysis);
    let Some(cluster) = app
        .diff
        .cluster
        .and_then(|c| analysis.clusters.get(c.index()))
    else {
        let mut out = Vec::new();
        if let Some(q) = app.diff.lone.and_then(|id| analysis.quotes.get(id.index())) {
            out.push(Line::styled(
                fit("This quote has no other rendering.", width),
                theme.header,
            ));
            out.push(Line::raw(fit(
                &format!("{} · {}", source_id(corpus, q), speaker(analysis, q)),
                width,
            )));
            out.extend(wrap_plain(quote_text(corpus, q), width, theme.quote));
        } else {
            out.push(Line::raw(fit(
                "No quote has more than one rendering.",
                width,
            )));
            out.push(Line::raw(fit("n/N select quotes in the article.", width)));
        }
        return (out, Vec::new());
    };
    let reference = analysis.quotes.get(cluster.reference.index());
    let pair = cluster.pairs.get(app.diff.pair);
    let other = pair.and_then(|p| analysis.quotes.get(p.b.index()));
    let mut out = vec![Line::styled(
        fit(
            &format!(
                "Group {}/{} · divergence {} · {} sources · {} renderings",
                cluster.id.index() + 1,
                analysis.clusters.len(),
                percent(cluster.divergence),
                cluster.sources.len(),
                cluster.quotes.len()
            ),
            width,
        ),
        theme.header,
    )];
    let (Some(reference), Some(pair), Some(other)) = (reference, pair, other) else {
        if let Some(r) = reference {
            out.extend(wrap_plain(quote_text(corpus, r), width, theme.quote));
        }
        return (out, Vec::new());
    };
    let label_a = format!(
        "{} · {} · reference",
        source_id(corpus, reference),
        speaker(analysis, reference)
    );
    let label_b = format!(
        "{} · {} · {} · similarity {}",
        source_id(corpus, other),
        speaker(analysis, other),
        pair.relation.as_str(),
        percent(pair.similarity)
    );
    let (left, right) = if app.diff.swapped {
        (("B", label_b), ("A", label_a))
    } else {
        (("A", label_a), ("B", label_b))
    };
    for (tag, label) in [left, right] {
        out.push(Line::from(vec![
            Span::styled(format!("{tag} "), theme.key),
            Span::raw(fit(&label, width.saturating_sub(2))),
        ]));
    }
    out.push(Line::raw(""));
    let text_a = quote_text(corpus, reference);
    let text_b = quote_text(corpus, other);
    let cells: Vec<(OpKind, &str, &str)> = pair
        .ops
        .iter()
        .map(|op| {
            let a = text_a.get(op.a.clone()).unwrap_or("");
            let b = text_b.get(op.b.clone()).unwrap_or("");
            if app.diff.swapped {
                let kind = match op.kind {
                    OpKind::Delete => OpKind::Insert,
                    OpKind::Insert => OpKind::Delete,
                    k => k,
                };
                (kind, b, a)
            } else {
                (op.kind, a, b)
            }
        })
        .collect();
    out.extend(side_by_side(&cells, width, theme));
    out.push(Line::raw(""));
    out.push(Line::from(vec![
        Span::styled("deleted", theme.deleted),
        Span::raw("  "),
        Span::styled("inserted", theme.inserted),
        Span::raw("  "),
        Span::styled("replaced", theme.replaced),
    ]));
    out.push(Line::raw(""));
    out.push(Line::styled(
        format!("All renderings ({})", cluster.quotes.len()),
        theme.header,
    ));
    let shown_at = cluster
        .quotes
        .iter()
        .position(|&q| q == other.id)
        .unwrap_or(0);
    let first = shown_at.saturating_sub(LIST_LIMIT / 2);
    let listed = cluster.quotes.get(first..).unwrap_or_default();
    let listed = &listed[..listed.len().min(LIST_LIMIT)];
    // One pass over the pairs for the listed rows, not one per row: a group can be huge.
    let wanted: std::collections::HashSet<QuoteId> = listed.iter().copied().collect();
    let relations: std::collections::HashMap<QuoteId, String> = cluster
        .pairs
        .iter()
        .filter(|p| wanted.contains(&p.b))
        .map(|p| {
            let label = format!("{} {}", p.relation.as_str(), percent(p.similarity));
            (p.b, label)
        })
        .collect();
    let mut rows = Vec::new();
    for &id in listed {
        let Some(q) = analysis.quotes.get(id.index()) else {
            continue;
        };
        let relation = if id == cluster.reference {
            "reference"
        } else {
            relations.get(&id).map_or("", String::as_str)
        };
        rows.push((out.len(), id));
        out.push(rendering_row(app, relation, other.id, q, width));
    }
    if cluster.quotes.len() > first + LIST_LIMIT {
        out.push(Line::raw(format!(
            "… {} more",
            cluster.quotes.len() - first - LIST_LIMIT
        )));
    }
    (out, rows)
}

fn rendering_row(
    app: &App,
    relation: &str,
    shown: QuoteId,
    q: &Quote,
    width: usize,
) -> Line<'static> {
    let Some(data) = &app.data else {
        return Line::raw("");
    };
    let theme = &app.config.theme;
    let marker = if q.id == shown { "▶ " } else { "  " };
    let head = format!(
        "{marker}{} {} ",
        pad(&fit(&source_id(&data.corpus, q), 12), 12),
        pad(relation, 16)
    );
    let rest = width.saturating_sub(head.width());
    let text = fit(&format!("“{}”", quote_text(&data.corpus, q)), rest);
    let style = if q.id == shown {
        theme.quote_selected
    } else if relation == "reference" {
        theme.title
    } else {
        Style::default()
    };
    Line::from(vec![
        Span::styled(head, style),
        Span::styled(text, theme.quote),
    ])
}

fn wrap_plain(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    let safe = sanitize_line(text);
    textwrap::wrap(&safe, width.max(1))
        .into_iter()
        .map(|l| Line::styled(l.into_owned(), style))
        .collect()
}

/// A cell's text split into leading space, words and trailing space, so
/// that only the words carry the change style.
fn split_space(s: &str) -> (&str, &str, &str) {
    let core = s.trim();
    let lead = s.len() - s.trim_start().len();
    (&s[..lead], core, &s[lead + core.len()..])
}

/// Renders ops as two columns in which each op starts at the same column
/// on both sides: the word-by-word alignment.
fn side_by_side(cells: &[(OpKind, &str, &str)], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let col = width.saturating_sub(3) / 2;
    if col < 4 {
        return Vec::new();
    }
    let styles = |kind: OpKind| -> (Style, Style) {
        match kind {
            OpKind::Equal => (Style::default(), Style::default()),
            OpKind::Delete => (theme.deleted, theme.deleted),
            OpKind::Insert => (theme.inserted, theme.inserted),
            OpKind::Replace => (theme.replaced, theme.replaced),
        }
    };
    let mut rows: Vec<(Vec<Span<'static>>, Vec<Span<'static>>)> = Vec::new();
    let mut row: (Vec<Span<'static>>, Vec<Span<'static>>) = (Vec::new(), Vec::new());
    let mut used = 0;
    let push_side = |spans: &mut Vec<Span<'static>>, text: &str, style: Style, w: usize| {
        let (lead, core, _) = split_space(text);
        if !lead.is_empty() {
            spans.push(Span::raw(lead.to_string()));
        }
        spans.push(Span::styled(core.to_string(), style));
        let pad_to = w.saturating_sub(lead.width() + core.width());
        spans.push(Span::raw(" ".repeat(pad_to)));
    };
    for &(kind, a, b) in cells {
        let (a, b) = (sanitize_line(a), sanitize_line(b));
        let (sa, sb) = styles(kind);
        let w = a.width().max(b.width());
        if w <= col {
            if used + w > col {
                rows.push(std::mem::take(&mut row));
                used = 0;
            }
            // Words at the start of a row lose their separating space.
            let (a, b) = if used == 0 {
                (a.trim_start().to_string(), b.trim_start().to_string())
            } else {
                (a.into_owned(), b.into_owned())
            };
            let w = a.width().max(b.width());
            push_side(&mut row.0, &a, sa, w);
            push_side(&mut row.1, &b, sb, w);
            used += w;
        } else {
            if used > 0 {
                rows.push(std::mem::take(&mut row));
                used = 0;
            }
            let opts = textwrap::Options::new(col).break_words(true);
            let la = textwrap::wrap(a.trim(), &opts);
            let lb = textwrap::wrap(b.trim(), &opts);
            for i in 0..la.len().max(lb.len()) {
                let mut r = (Vec::new(), Vec::new());
                push_side(&mut r.0, la.get(i).map_or("", |s| s), sa, col);
                push_side(&mut r.1, lb.get(i).map_or("", |s| s), sb, col);
                rows.push(r);
            }
        }
    }
    if used > 0 {
        rows.push(row);
    }
    rows.into_iter()
        .map(|(left, right)| {
            let lw: usize = left.iter().map(|s| s.content.width()).sum();
            let mut spans = left;
            spans.push(Span::raw(" ".repeat(col.saturating_sub(lw))));
            spans.push(Span::styled(" │ ", theme.border));
            spans.extend(right);
            Line::from(spans)
        })
        .collect()
}
