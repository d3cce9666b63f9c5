//! Frames of the reader over the fixture: insta snapshots, tiny terminals,
//! hostile text, NO_COLOR and the bytes a terminal receives.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::action::Action;
use super::app::{App, update};
use super::config::{Config, Mode};
use super::fixture::{app_at, press, render, screen};
use super::layout::Pane;
use super::view;

#[test]
fn first_screen_is_the_most_divergent_cross_source_comparison() {
    let app = app_at(160, 45, true);
    // Cluster 0 spans three sources; its least similar pair is the garbled translation.
    assert_eq!(app.diff().cluster().map(|c| c.index()), Some(0));
    assert_eq!(app.diff().pair(), 1);
    assert_eq!(app.article().source().index(), 1);
    assert_eq!(app.article().selected_quote().map(|q| q.index()), Some(2));
    assert_eq!(app.focus(), Pane::Diff);
    let text = screen(render(&app, 160, 45).backend().buffer());
    assert!(text.contains("Russia is very great and not"), "{text}");
    assert!(text.contains("reworded · similarity 45%"), "{text}");
    assert!(text.contains("quote 1/2 · Donald Trump"), "{text}");
    insta::assert_snapshot!("first_screen_160x45", text);
}

#[test]
fn first_screen_at_80x24_stacks_the_diff() {
    let app = app_at(80, 24, true);
    assert!(app.panes().stacked);
    let text = screen(render(&app, 80, 24).backend().buffer());
    assert!(text.contains("Russia is very great"), "{text}");
    insta::assert_snapshot!("first_screen_80x24", text);
}

#[test]
fn help_overlay_lists_every_bound_key() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["?"]);
    assert_eq!(app.mode(), Mode::Help);
    let text = screen(render(&app, 160, 45).backend().buffer());
    for needle in [
        "ctrl-p",
        "jump palette",
        "swap sides",
        "next rendering",
        "quit",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
    insta::assert_snapshot!("help_160x45", text);
    press(&mut app, &["esc"]);
    assert_eq!(app.mode(), Mode::Normal);
}

#[test]
fn v_stacks_the_diff_on_a_wide_terminal() {
    let mut app = app_at(160, 45, true);
    assert!(!app.panes().stacked);
    press(&mut app, &["v"]);
    assert!(app.panes().stacked);
    let text = screen(render(&app, 160, 45).backend().buffer());
    insta::assert_snapshot!("stacked_160x45", text);
    press(&mut app, &["v"]);
    assert!(!app.panes().stacked);
}

#[test]
fn swapped_sides_exchange_deleted_and_inserted() {
    let mut app = app_at(160, 45, false);
    let before = screen(render(&app, 160, 45).backend().buffer());
    let a_first = before.find("A Trump says").unwrap() < before.find("B Trump: Russia").unwrap();
    assert!(a_first);
    press(&mut app, &["s"]);
    let after = screen(render(&app, 160, 45).backend().buffer());
    assert!(after.find("B Trump: Russia").unwrap() < after.find("A Trump says").unwrap());
}

#[test]
fn article_wrap_is_cached_for_the_pane_width() {
    let mut app = app_at(160, 45, true);
    let width = app.panes().article_inner().width;
    assert_eq!(app.article().wrapped(width).map(|w| w.width), Some(width));
    update(&mut app, Action::Resize(100, 30));
    let width = app.panes().article_inner().width;
    assert_eq!(app.article().wrapped(width).map(|w| w.width), Some(width));
}

#[test]
fn tiny_terminals_and_resize_loops_never_panic() {
    let mut app = app_at(160, 45, true);
    for (w, h) in [
        (1, 1),
        (20, 5),
        (1, 60),
        (300, 1),
        (39, 9),
        (40, 10),
        (0, 0),
    ] {
        update(&mut app, Action::Resize(w, h));
        render(&app, w.max(1), h.max(1));
    }
    let text = screen(render(&app, 20, 5).backend().buffer());
    assert!(text.contains("Terminal"), "{text}");
    for mode_keys in [&["ctrl-p"][..], &["esc", "?"], &["esc", "v", "s", "n"]] {
        press(&mut app, mode_keys);
        for i in 0..60u16 {
            let (w, h) = (1 + (i * 37) % 200, 1 + (i * 11) % 70);
            update(&mut app, Action::Resize(w, h));
            press(&mut app, &["j", "G", "n", "]"]);
            render(&app, w, h);
        }
    }
}

#[test]
fn hostile_text_never_reaches_the_buffer() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["tab", "G", "enter"]);
    assert_eq!(app.article().source().index(), 2);
    for (w, h) in [(160, 45), (80, 24), (45, 12)] {
        update(&mut app, Action::Resize(w, h));
        let terminal = render(&app, w, h);
        let text = screen(terminal.backend().buffer());
        if w >= 80 {
            assert!(text.contains("pwned"), "the text itself is shown: {text}");
            assert!(text.contains('␛'), "escapes are made visible");
        }
        for c in text.chars() {
            assert!(
                !verbatim::corpus::display::is_unsafe(c) || c == '\n',
                "unsafe {c:?} in buffer"
            );
        }
    }
}

#[test]
fn no_color_leaves_only_attributes() {
    let app = app_at(160, 45, false);
    let terminal = render(&app, 160, 45);
    let buffer = terminal.backend().buffer();
    let mut styled = 0;
    for cell in &buffer.content {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
        styled += usize::from(!cell.modifier.is_empty());
    }
    assert!(styled > 0, "changed words still carry attributes");
}

/// Issue 13 defect 11: without colour the focused pane is still told apart
/// by its frame's shape, and focus moving moves the thick frame.
#[test]
fn no_color_marks_the_focused_pane_by_its_frame() {
    let mut app = app_at(160, 45, false);
    let thick_corners = |app: &App| {
        let text = screen(render(app, 160, 45).backend().buffer());
        let top = text.lines().nth(1).unwrap_or_default().to_string();
        (top.matches('┏').count(), top)
    };
    let (count, top) = thick_corners(&app);
    assert_eq!(count, 1, "{top}");
    assert!(top.contains("┏ Renderings"), "the diff has focus: {top}");
    press(&mut app, &["tab"]);
    let (count, top) = thick_corners(&app);
    assert_eq!(count, 1, "{top}");
    assert!(top.starts_with("┏ Sources"), "{top}");
}

#[test]
fn first_frame_shows_progress_before_the_analysis() {
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (100, 30));
    update(
        &mut app,
        Action::Progress(super::action::Stage::Reading, 3, 10),
    );
    let text = screen(render(&app, 100, 30).backend().buffer());
    assert!(text.contains("reading…"), "{text}");
    assert!(text.contains("3/10"), "{text}");
}

/// The bytes a real terminal would receive for a hostile article.
fn terminal_bytes(app: &App, w: u16, h: u16) -> Vec<u8> {
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::{TerminalOptions, Viewport};
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
    };
    let sink = Sink::default();
    let mut terminal =
        Terminal::with_options(CrosstermBackend::new(sink.clone()), options).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    sink.0.lock().unwrap().clone()
}

/// The parameters of every SGR (`ESC [ … m`) sequence in `text`.
fn sgr_params(text: &str) -> Vec<String> {
    text.split("\u{1b}[")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find(|c: char| ('@'..='~').contains(&c))?;
            (rest[end..].starts_with('m')).then(|| rest[..end].to_string())
        })
        .collect()
}

/// A writer the test keeps a handle on.
#[derive(Clone, Default)]
struct Sink(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn no_escape_sequence_from_the_text_reaches_the_terminal() {
    for colour in [false, true] {
        let mut app = app_at(160, 45, colour);
        press(&mut app, &["tab", "G", "enter"]);
        let bytes = terminal_bytes(&app, 160, 45);
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("pwned"), "the article is drawn");
        // The only escapes are ratatui's own CSI sequences: no OSC, no BEL,
        // no C1 CSI, no bidi override, no "[31m" from the article.
        assert!(!text.contains("\u{1b}]"), "OSC reached the terminal");
        assert!(!bytes.contains(&0x07), "BEL reached the terminal");
        assert!(!text.contains('\u{9b}') && !text.contains('\u{202e}'));
        assert!(
            !text.contains("\u{1b}[31mred"),
            "the article's SGR reached the terminal"
        );
        let colours = sgr_params(&text)
            .into_iter()
            .filter(|p| {
                let first: u32 = p
                    .split(';')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                matches!(first, 30..=38 | 40..=48 | 90..=97 | 100..=107)
            })
            .count();
        // NO_COLOR: attributes only; with colour the same frame does set colours.
        assert_eq!(colours > 0, colour, "{colours} colour sequences");
    }
}

/// Frame cost at 200×60; run with
/// `cargo test --bin verbatim frame_time -- --ignored --nocapture` (add `--release` for real figures).
#[test]
#[ignore]
fn frame_time_at_200x60() {
    let median = |app: &App| {
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let mut times: Vec<_> = (0..200)
            .map(|_| {
                let t = std::time::Instant::now();
                terminal.draw(|f| view::draw(f, app)).unwrap();
                t.elapsed()
            })
            .collect();
        times.sort();
        times[times.len() / 2]
    };
    let app = app_at(200, 60, true);
    eprintln!("median frame at 200x60, fixture: {:?}", median(&app));
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (200, 60));
    update(&mut app, Action::Resize(200, 60));
    let t = std::time::Instant::now();
    update(&mut app, Action::Loaded(Box::new(huge_article(15_000))));
    eprintln!("open + wrap a 15,000-quote article: {:?}", t.elapsed());
    press(&mut app, &["tab", "G"]);
    eprintln!(
        "median frame at 200x60, 15,000 quotes, at the end: {:?}",
        median(&app)
    );
}

/// An article of `n` paragraphs, each with one quote, and its analysis.
fn huge_article(n: usize) -> super::model::Loaded {
    use verbatim::analysis::Analysis;
    use verbatim::corpus::{Article, Corpus};
    use verbatim::quotes::Quote;
    let text: String = (0..n)
        .map(|i| format!("Reporters said \"this is quote number {i}\" on the day.\n\n"))
        .collect();
    let article = Article::new("huge", "huge.txt", text);
    let quotes = article
        .text
        .match_indices("\"this")
        .enumerate()
        .map(|(id, (open, _))| {
            let close = open + 1 + article.text[open + 1..].find('"').unwrap();
            Quote::new(
                verbatim::ids::QuoteId::new(id),
                verbatim::ids::SourceId::new(0),
                open + 1..close,
                open..close + 1,
                open..close + 1,
                article.paragraph_at(open).unwrap(),
            )
        })
        .collect();
    super::model::Loaded {
        corpus: Corpus::from_articles(vec![article]),
        analysis: Analysis {
            quotes,
            source_divergence: vec![0.0],
            ..Analysis::default()
        },
        index: Default::default(),
    }
}

#[test]
fn an_article_with_thousands_of_quotes_highlights_what_is_on_screen() {
    let mut app = App::new(Config::from_texts(None, false).unwrap(), (120, 40));
    update(&mut app, Action::Resize(120, 40));
    update(&mut app, Action::Loaded(Box::new(huge_article(15_000))));
    assert_eq!(
        app.focus(),
        Pane::Sources,
        "no groups: the sources come first"
    );
    press(&mut app, &["tab", "G"]);
    assert_eq!(app.focus(), Pane::Article);
    let terminal = render(&app, 120, 40);
    let buffer = terminal.backend().buffer();
    let text = screen(buffer);
    assert!(text.contains("quote number 14999"), "{text}");
    // Every visible quote char carries the quote style (italic without colour).
    let inner = app.panes().article_inner();
    let row = (inner.y..inner.bottom())
        .find(|&y| {
            (inner.x..inner.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .contains("number 14999")
        })
        .unwrap();
    let italic = (inner.x..inner.right())
        .filter(|&x| {
            buffer[(x, row)]
                .modifier
                .contains(ratatui::style::Modifier::ITALIC)
        })
        .count();
    assert_eq!(italic, "\"this is quote number 14999\"".len());
    press(&mut app, &["N"]);
    assert_eq!(
        app.article().selected_quote().map(|q| q.index()),
        Some(14_999)
    );
}

/// Issue 13 defect 6: `n` keeps the selected quote off the pane's edges
/// (vim's `scrolloff`), and a resize keeps it on screen.
#[test]
fn selected_quotes_keep_a_margin_and_survive_a_resize() {
    let mut app = App::new(Config::from_texts(None, false).unwrap(), (160, 45));
    update(&mut app, Action::Resize(160, 45));
    update(&mut app, Action::Loaded(Box::new(huge_article(200))));
    press(&mut app, &["tab"]);
    assert_eq!(app.focus(), Pane::Article);
    // The screen row of the selected quote, if shown.
    let row_of_selected = |app: &App, w: u16, h: u16| {
        let k = app.article().selected_quote().unwrap().index();
        let text = screen(render(app, w, h).backend().buffer());
        text.lines()
            .position(|l| l.contains(&format!("number {k}\"")))
    };
    for _ in 0..40 {
        press(&mut app, &["n"]);
        let row = row_of_selected(&app, 160, 45).expect("the selected quote is shown");
        // Content rows are 2..=42: three rows of margin below.
        assert!(row <= 42 - 3, "row {row} is in the bottom margin");
    }
    update(&mut app, Action::Resize(80, 24));
    assert!(
        row_of_selected(&app, 80, 24).is_some(),
        "the selection left the screen on a resize"
    );
}
