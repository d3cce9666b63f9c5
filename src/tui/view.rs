//! Drawing a frame: a pure function of the app state. Header, the three
//! panes, the status line with the focused pane's key hints, and overlays.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::app::{App, Pane};
use super::config::Mode;
use super::layout::{self, MIN_SIZE};
use super::text::fit;
use super::{article, diff, help, palette, sources};

pub fn draw(frame: &mut Frame, app: &App) {
    let full = frame.area();
    let panes = layout::panes((full.width, full.height), app.stack_toggled);
    if panes.too_small {
        let msg = format!(
            "Terminal too small: need {}×{} (q quits)",
            MIN_SIZE.0, MIN_SIZE.1
        );
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), full);
        return;
    }
    header(frame, app, panes.header);
    sources::draw(frame, app, panes.sources);
    article::draw(frame, app, panes.article);
    diff::draw(frame, app, panes.diff);
    status(frame, app, panes.status);
    match app.mode {
        Mode::Normal => {}
        Mode::Palette => palette::draw(frame, app, full),
        Mode::Help => help::draw(frame, app, full),
    }
}

fn header(frame: &mut Frame, app: &App, area: ratatui::layout::Rect) {
    let theme = &app.config.theme;
    let mut spans = vec![Span::styled("verbatim", theme.header)];
    if let Some(data) = &app.data {
        spans.push(Span::raw(format!(
            " · {} sources · {} quotes · {} groups",
            data.corpus.articles.len(),
            data.analysis.quotes.len(),
            data.analysis.clusters.len()
        )));
    }
    if let Some((stage, done, total)) = app.progress {
        let bar = (done.min(total) * 10)
            .checked_div(total)
            .map_or_else(String::new, |filled| {
                format!(
                    " {}{} {done}/{total}",
                    "▰".repeat(filled),
                    "▱".repeat(10 - filled)
                )
            });
        spans.push(Span::styled(
            format!(" · {}…{bar}", stage.label()),
            theme.warning,
        ));
    }
    let line = Line::from(spans);
    frame.render_widget(Paragraph::new(line), area);
}

/// The actions worth a hint for each focused pane, most useful first:
/// hints that do not fit are dropped from the end.
fn hints(focus: Pane) -> &'static [Action] {
    match focus {
        Pane::Sources => &[
            Action::OpenHelp,
            Action::MoveDown,
            Action::Open,
            Action::FocusNext,
            Action::OpenPalette,
            Action::Quit,
        ],
        Pane::Article => &[
            Action::OpenHelp,
            Action::NextQuote,
            Action::PrevQuote,
            Action::FocusNext,
            Action::OpenPalette,
            Action::MoveDown,
            Action::Quit,
        ],
        Pane::Diff => &[
            Action::OpenHelp,
            Action::NextRendering,
            Action::SwapSides,
            Action::Open,
            Action::FocusNext,
            Action::OpenPalette,
            Action::ToggleStacked,
            Action::Quit,
        ],
    }
}

fn status(frame: &mut Frame, app: &App, area: ratatui::layout::Rect) {
    let theme = &app.config.theme;
    let width = usize::from(area.width);
    let mut spans = Vec::new();
    let mut used = 0;
    if let Some(notice) = &app.notice {
        let notice = fit(notice, width / 2);
        used += notice.width() + 2;
        spans.push(Span::styled(notice, theme.warning));
        spans.push(Span::raw("  "));
    }
    let actions: &[Action] = match app.mode {
        Mode::Normal => hints(app.focus),
        Mode::Palette => &[
            Action::PaletteJump,
            Action::PaletteDown,
            Action::CloseOverlay,
        ],
        Mode::Help => &[Action::CloseOverlay],
    };
    for action in actions {
        let Some(key) = app
            .config
            .keys
            .keys_for(app.mode, action)
            .into_iter()
            .next()
        else {
            continue;
        };
        let key = fit(&key.to_string(), 12);
        let what = format!(" {}  ", action.describe());
        used += key.width() + what.width();
        if used > width + 2 {
            break;
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(what, theme.status));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
