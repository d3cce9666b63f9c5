//! The lists driven through the real key mapping and `update` over the
//! fixture: the groups list and `}`/`{`, the sources' order and filter,
//! and `y` handing a citation to the event loop.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use super::config::Mode;
use super::fixture::{app_at, press, render, screen, typed};
use super::layout::Pane;

#[test]
fn the_groups_list_opens_on_the_group_in_view_and_enter_shows_another() {
    let mut app = app_at(160, 45, true);
    // The first screen shows group 1 (index 0).
    press(&mut app, &["l"]);
    assert_eq!(app.mode(), Mode::Groups);
    assert_eq!(app.groups().selected().map(|c| c.index()), Some(0));
    let text = screen(render(&app, 160, 45).backend().buffer());
    assert!(text.contains("Groups · by divergence"), "{text}");
    assert!(text.contains("▶    1   60%  reworded"), "{text}");
    assert!(text.contains("     2   20%  edited"), "{text}");
    // Movement belongs to the list while it is open, not to the panes.
    let scroll_before = app.article().scroll();
    press(&mut app, &["j", "enter"]);
    assert_eq!(app.article().scroll(), scroll_before);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.focus(), Pane::Diff);
    assert_eq!(app.diff().cluster().map(|c| c.index()), Some(1));
    // The peace quote's other rendering, in its article.
    assert_eq!(app.article().selected_quote().map(|q| q.index()), Some(3));
    assert_eq!(app.article().source().index(), 1);
    assert_eq!(app.notice(), Some("group 2 of 2 · by divergence"));
}

#[test]
fn braces_walk_the_groups_from_anywhere_and_wrap() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["tab"]);
    press(&mut app, &["}"]);
    assert_eq!(app.diff().cluster().map(|c| c.index()), Some(1));
    assert_eq!(app.notice(), Some("group 2 of 2 · by divergence"));
    press(&mut app, &["}"]);
    assert_eq!(app.diff().cluster().map(|c| c.index()), Some(0));
    assert_eq!(
        app.notice(),
        Some("wrapped to the first group · group 1 of 2 · by divergence")
    );
    press(&mut app, &["{"]);
    assert!(
        app.notice()
            .is_some_and(|n| n.starts_with("wrapped to the last group")),
        "{:?}",
        app.notice()
    );
}

#[test]
fn s_sorts_the_sources_and_slash_filters_them_as_typed() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["tab", "G"]);
    assert_eq!(app.sources().cursor(), 2);
    // By date, then by Δ: source 1 diverges most, source 2 least.
    press(&mut app, &["S", "S"]);
    let order: Vec<usize> = app.sources().rows().iter().map(|s| s.index()).collect();
    assert_eq!(order, [1, 0, 2]);
    assert_eq!(app.sources().cursor(), 2, "the selection survives the sort");
    let text = screen(render(&app, 160, 45).backend().buffer());
    assert!(text.contains("┏ Sources · by Δ "), "{text}");

    press(&mut app, &["/"]);
    assert_eq!(app.mode(), Mode::Filter);
    typed(&mut app, "trump");
    assert_eq!(app.sources().filter(), "trump");
    let text = screen(render(&app, 160, 45).backend().buffer());
    assert!(text.contains("Sources · by Δ /trump▏"), "{text}");
    assert!(text.contains(" 2/3 "), "{text}");
    // q is typed, not quit; Enter keeps the filter and the list keys return.
    typed(&mut app, "q");
    assert!(!app.should_quit());
    press(&mut app, &["backspace", "enter"]);
    assert_eq!((app.mode(), app.sources().rows().len()), (Mode::Normal, 2));
    press(&mut app, &["g", "enter"]);
    assert_eq!(app.article().source().index(), 1, "the first row shown");
    press(&mut app, &["shift-tab", "esc"]);
    assert_eq!(app.sources().filter(), "");
    assert_eq!(app.sources().rows().len(), 3);
}

#[test]
fn y_hands_the_shown_rendering_to_the_terminal_as_osc52() {
    let mut app = app_at(160, 45, true);
    assert_eq!(app.take_clipboard(), None);
    press(&mut app, &["y"]);
    let sequence = app.take_clipboard().expect("an escape to write");
    let payload = sequence
        .strip_prefix("\u{1b}]52;c;")
        .and_then(|s| s.strip_suffix('\u{7}'))
        .unwrap();
    let text = String::from_utf8(STANDARD.decode(payload).unwrap()).unwrap();
    // The diff's other side on the first screen: the garbled translation.
    assert_eq!(
        text,
        "“Russia is very great and not” — Donald Trump, Trump: Russia very great"
    );
    assert_eq!(app.take_clipboard(), None, "written once");
    assert!(
        app.notice()
            .is_some_and(|n| n.starts_with("citation copied (Donald Trump, ")),
        "{:?}",
        app.notice()
    );
}
