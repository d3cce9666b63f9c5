//! The diff's and the article's keys driven through `update` over the
//! fixture, and the diff's colours kept in a snapshot: each run of cells
//! is written with the role of its style, since the styles carry meaning.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::config::{Mode, Theme};
use super::fixture::{app_at, press, render, typed};
use super::layout::Pane;

/// The role of a style in the theme, for the snapshot (`None`: plain).
fn role(theme: &Theme, fg: Color, modifier: Modifier) -> Option<&'static str> {
    let roles = [
        (theme.deleted, "deleted"),
        (theme.inserted, "inserted"),
        (theme.replaced, "replaced"),
        (theme.quote_selected, "cursor"),
        (theme.quote, "quote"),
        // Group headings and the A/B tags share one style.
        (theme.header, "heading"),
        (theme.title, "title"),
    ];
    let same = |s: &Style| s.fg.unwrap_or(Color::Reset) == fg && s.add_modifier == modifier;
    roles.iter().find(|(s, _)| same(s)).map(|(_, name)| *name)
}

/// The text of `area` with each styled run written `[role:text]`.
fn styled_text(buffer: &Buffer, area: Rect, theme: &Theme) -> String {
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut run: Option<&str> = None;
        let mut line = String::new();
        for x in area.left()..area.right() {
            let cell = &buffer[(x, y)];
            let now = role(theme, cell.fg, cell.modifier);
            if now != run {
                if run.is_some() {
                    line.push(']');
                }
                if let Some(name) = now {
                    line.push_str(&format!("[{name}:"));
                }
                run = now;
            }
            line.push_str(cell.symbol());
        }
        if run.is_some() {
            line.push(']');
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn the_diff_colours_its_deleted_inserted_and_replaced_words() {
    let app = app_at(160, 45, true);
    let terminal = render(&app, 160, 45);
    let inner = app.panes().diff_inner();
    let text = styled_text(terminal.backend().buffer(), inner, &app.config().theme);
    for role in ["[deleted:", "[inserted:", "[replaced:", "[cursor:"] {
        assert!(text.contains(role), "{role} missing:\n{text}");
    }
    insta::assert_snapshot!("diff_styles_160x45", text);
}

#[test]
fn j_and_k_in_the_diff_move_the_cursor_not_the_view() {
    let mut app = app_at(160, 45, true);
    assert_eq!((app.focus(), app.diff().pair()), (Pane::Diff, 1));
    let shared = app.shared();
    let cluster = app
        .diff()
        .cluster()
        .and_then(|c| shared?.cluster(c))
        .cloned();
    let cluster = cluster.expect("the first screen shows a group");
    // The list is quotes 0 (the reference), 2 (shown: pair 1) and 4 (pair 0).
    press(&mut app, &["k"]);
    let cursor = app.diff().cursor_quote(app.shared());
    assert_eq!(cursor, Some(cluster.reference));
    assert_eq!(
        app.diff().pair(),
        1,
        "the reference is not shown beside itself"
    );
    press(&mut app, &["k"]);
    assert_eq!(
        app.diff().cursor_quote(app.shared()),
        cursor,
        "the top stops it"
    );
    press(&mut app, &["enter"]);
    assert_eq!(app.article().selected_quote(), Some(cluster.reference));
    press(&mut app, &["j", "j", "j"]);
    assert_eq!(
        app.diff().cursor_quote(app.shared()).map(|q| q.index()),
        Some(4)
    );
    assert_eq!(
        (app.diff().pair(), app.diff().scroll()),
        (0, 0),
        "shown, from its change"
    );
    press(&mut app, &["enter"]);
    assert_eq!(
        (
            app.article().source().index(),
            app.article().selected_quote().map(|q| q.index())
        ),
        (2, Some(4))
    );
}

#[test]
fn slash_searches_the_open_article_and_n_walks_the_matches() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["/"]);
    assert_eq!((app.mode(), app.focus()), (Mode::Search, Pane::Article));
    typed(&mut app, "russia");
    let found = app.article().search().matches().len();
    assert!(found > 0, "the fixture's open article names Russia");
    press(&mut app, &["backspace"]);
    assert!(app.article().search().matches().len() >= found);
    typed(&mut app, "a");
    press(&mut app, &["enter"]);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.article().search().matches().len(), found);
    let quote = app.article().selected_quote();
    // n goes through the matches, not the quotes, and round the end.
    let mut wrapped_after = None;
    for step in 1..=found {
        press(&mut app, &["n"]);
        if app.notice() == Some("wrapped to the first match") {
            wrapped_after = Some(step);
            break;
        }
    }
    assert!(wrapped_after.is_some(), "n went round the end once");
    assert_eq!(app.article().selected_quote(), quote);
    press(&mut app, &["esc"]);
    assert!(!app.article().search().is_active());
    press(&mut app, &["n"]);
    assert_ne!(
        app.article().selected_quote(),
        quote,
        "n is on quotes again"
    );
}
