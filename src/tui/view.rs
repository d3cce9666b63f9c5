//! Drawing a frame: a pure function of the app state. Header, the three
//! panes, the status line with the focused pane's key hints, and overlays.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::app::App;
use super::cache_listing::ListingPane;
use super::config::Mode;
use super::layout::{self, MIN_SIZE, Pane};
use super::text::{count, fit};
use super::{article, article_search, diff, groups, help, palette, sources};

pub fn draw(frame: &mut Frame, app: &App) {
    let full = frame.area();
    let panes = layout::panes((full.width, full.height), app.stack_toggled());
    if panes.too_small {
        let msg = format!(
            "Terminal too small: need {}×{} (q quits)",
            MIN_SIZE.0, MIN_SIZE.1
        );
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), full);
        return;
    }
    let shared = app.shared();
    let theme = &app.config().theme;
    let focus = app.focus();
    header(frame, app, panes.header);
    // On the feeds cache, the list comes from the cache's rows until the
    // corpus exists, and says why when the window holds no article.
    match app
        .listing()
        .filter(|_| shared.is_none_or(|s| s.source_count() == 0))
    {
        Some(listing) => {
            let refresh_key = app
                .config()
                .keys
                .keys_for(Mode::Normal, &Action::RefreshFeeds)
                .first()
                .map(ToString::to_string);
            let pane = ListingPane {
                theme,
                focused: focus == Pane::Sources,
                analysed: shared.is_some(),
                refresh_key: refresh_key.as_deref(),
            };
            listing.draw(frame, panes.sources, pane);
        }
        None => app.sources().draw(
            frame,
            panes.sources,
            shared,
            app.article().source(),
            theme,
            focus == Pane::Sources,
        ),
    }
    app.article().draw(
        frame,
        panes.article,
        shared,
        app.progress(),
        theme,
        focus == Pane::Article,
    );
    app.diff()
        .draw(frame, panes.diff, shared, theme, focus == Pane::Diff);
    status(frame, app, panes.status);
    match app.mode() {
        Mode::Normal | Mode::Filter | Mode::Search => {}
        Mode::Palette => app.palette().draw(frame, full, shared, theme),
        Mode::Groups => app.groups().draw(frame, full, shared, theme),
        Mode::Help => help::draw(frame, full, app.config()),
    }
}

fn header(frame: &mut Frame, app: &App, area: ratatui::layout::Rect) {
    let theme = &app.config().theme;
    let mut spans = vec![Span::styled("verbatim", theme.header)];
    if let Some(data) = app.shared() {
        spans.push(Span::raw(format!(
            " · {} · {} · {}",
            count(data.corpus.articles.len(), "source"),
            count(data.analysis.quotes.len(), "quote"),
            count(data.analysis.clusters.len(), "group")
        )));
    }
    if let Some((stage, done, total)) = app.progress() {
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

/// The actions worth a hint for the focused pane, most useful first:
/// hints that do not fit are dropped from the end.
fn hints(focus: Pane) -> &'static [Action] {
    match focus {
        Pane::Sources => sources::HINTS,
        Pane::Article => article::HINTS,
        Pane::Diff => diff::HINTS,
    }
}

/// Hints no width drops while anything else is shown: how to leave, and
/// where every other key is explained.
fn essential(action: &Action) -> bool {
    matches!(
        action,
        Action::Quit | Action::OpenHelp | Action::CloseOverlay
    )
}

/// (key, description) of the hints that fit in `room` columns, in order;
/// room for the essential ones is kept before any other is added.
fn fitted_hints(app: &App, actions: &[Action], room: usize) -> Vec<(String, String)> {
    let hints: Vec<(String, String, bool)> = actions
        .iter()
        .filter_map(|action| {
            let key = app
                .config()
                .keys
                .keys_for(app.mode(), action)
                .into_iter()
                .next()?;
            let key = fit(&key.to_string(), 12);
            let what = format!(" {}  ", action.describe());
            Some((key, what, essential(action)))
        })
        .collect();
    let width = |(k, w, _): &(String, String, bool)| k.width() + w.width();
    // The last hint's two trailing spaces may fall off the edge.
    let room = room + 2;
    let mut reserved: usize = hints.iter().filter(|h| h.2).map(width).sum();
    let mut used = 0;
    let mut out = Vec::new();
    for hint in hints {
        let w = width(&hint);
        if hint.2 {
            reserved -= w;
        } else if used + w + reserved > room {
            continue;
        }
        if used + w > room {
            break;
        }
        used += w;
        out.push((hint.0, hint.1));
    }
    out
}

fn status(frame: &mut Frame, app: &App, area: ratatui::layout::Rect) {
    let theme = &app.config().theme;
    let width = usize::from(area.width);
    let mut spans = Vec::new();
    let mut used = 0;
    if let Some(notice) = app.notice() {
        let notice = fit(notice, width / 2);
        used += notice.width() + 2;
        spans.push(Span::styled(notice, theme.warning));
        spans.push(Span::raw("  "));
    }
    let actions: &[Action] = match app.mode() {
        Mode::Normal => hints(app.focus()),
        Mode::Palette => palette::HINTS,
        Mode::Help => help::HINTS,
        Mode::Groups => groups::HINTS,
        Mode::Filter => sources::FILTER_HINTS,
        Mode::Search => article_search::HINTS,
    };
    for (key, what) in fitted_hints(app, actions, width.saturating_sub(used)) {
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(what, theme.status));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
