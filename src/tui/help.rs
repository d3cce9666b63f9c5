//! The help overlay: the keys generated from the keymap so they never go
//! stale, then the legend of symbols and relations.

use std::collections::BTreeMap;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::action::Action;
use super::config::{Config, Keymap, Mode};
use super::legend;
use super::text::{fit, pad};

/// The actions worth a hint while help is open.
pub const HINTS: &[Action] = &[Action::CloseOverlay];

const COLUMN: usize = 38;
const KEYS: usize = 16;

/// (section title, [(keys, description)]) for every mode, in help order.
pub fn entries(keys: &Keymap) -> Vec<(&'static str, Vec<(String, &'static str)>)> {
    [
        ("Reading", Mode::Normal),
        ("Search (/)", Mode::Search),
        ("Palette", Mode::Palette),
        ("Groups list", Mode::Groups),
        ("Sources filter", Mode::Filter),
        ("Help", Mode::Help),
    ]
    .into_iter()
    .map(|(title, mode)| {
        let mut by_action: BTreeMap<usize, (Vec<String>, &'static str)> = BTreeMap::new();
        for (key, action) in keys.table(mode) {
            if matches!(action, Action::Noop) {
                continue;
            }
            let e = by_action
                .entry(action.help_rank())
                .or_insert_with(|| (Vec::new(), action.describe()));
            e.0.push(key.to_string());
        }
        let rows = by_action
            .into_values()
            .map(|(keys, what)| (keys.join(" "), what))
            .collect();
        (title, rows)
    })
    .collect()
}

pub fn draw(frame: &mut Frame, full: Rect, config: &Config) {
    let theme = &config.theme;
    let mut lines: Vec<Line> = Vec::new();
    let legend = [
        ("Symbols", legend::SYMBOLS.to_vec()),
        ("Relations of B to A", legend::relations()),
    ];
    let keys = entries(&config.keys)
        .into_iter()
        .map(|(title, rows)| (title, rows, true));
    let legend = legend.into_iter().map(|(title, rows)| {
        let rows = rows.into_iter().map(|(s, w)| (s.to_string(), w)).collect();
        (title, rows, false)
    });
    for (title, rows, are_keys) in keys.chain(legend) {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(title, theme.header));
        for (keys, what) in rows {
            // The diff's change words are shown in the styles they name.
            let style = match keys.as_str() {
                _ if are_keys => theme.key,
                "deleted" => theme.deleted,
                "inserted" => theme.inserted,
                "replaced" => theme.replaced,
                _ => Style::default(),
            };
            lines.push(Line::from(vec![
                Span::styled(pad(&fit(&keys, KEYS - 1), KEYS), style),
                Span::raw(what),
            ]));
        }
    }
    // As tall as the content allows, then as many columns as that needs.
    let rows = lines
        .len()
        .min(usize::from(full.height.saturating_sub(4)).max(1));
    let columns = lines.len().div_ceil(rows);
    let want_width = u16::try_from(columns * COLUMN + 2).unwrap_or(u16::MAX);
    let width = full.width.saturating_sub(4).min(want_width);
    let height = u16::try_from(rows + 2).unwrap_or(u16::MAX).min(full.height);
    let area = Rect {
        x: full.x + (full.width - width) / 2,
        y: full.y + (full.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .title(" Keys ")
        .title_bottom(" esc closes ")
        .border_style(theme.border_focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height).max(1);
    // Fill each column top to bottom, then the next one to the right.
    for (i, chunk) in lines.chunks(height).enumerate() {
        let x = inner.x + u16::try_from(i * COLUMN).unwrap_or(u16::MAX);
        if x >= inner.right() {
            break;
        }
        let rect = Rect {
            x,
            y: inner.y,
            width: (inner.right() - x).min(COLUMN as u16),
            height: inner.height,
        };
        frame.render_widget(Paragraph::new(chunk.to_vec()), rect);
    }
}
