//! Reader tests over a hand-built analysis: snapshots of whole frames,
//! key sequences driven through `update`, tiny terminals and hostile text.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use verbatim::analysis::Analysis;
use verbatim::corpus::{Article, Corpus};
use verbatim::people::{Mention, Person};
use verbatim::quotes::{AlignOp, Cluster, OpKind, Quote, Relation, RenderingPair};
use verbatim::search::{Candidate, CandidateKind, Hit, SearchIndex, Target};

use super::action::Action;
use super::app::{App, Loaded, Pane, update};
use super::config::{Config, Mode};
use super::{to_action, view};

const WIRE: &str = "Trump says Russia is a big power\n\n\
WASHINGTON (Wire) - President Donald Trump said on Monday: \"Russia is a very big power, and they're not,\" \
adding that talks with Moscow would go on for weeks. Volodymyr Zelenskyy said \"we need a lasting peace\" \
after the meeting in the White House, where European leaders also spoke.\n\n\
Zelenskyy later thanked the hosts and said the talks were constructive.\n";
const TRANSLATED: &str = "Trump: Russia very great\n\n\
Trump said \"Russia is very great and not\" to the reporters. Zelsky said \"we need lasting peace\" and left.\n";
const HOSTILE: &str = "Hostile \u{1b}[31mred\u{1b}[0m title\n\n\
Body with \u{1b}]0;pwned\u{7} OSC and \u{202e}reversed\u{202c} text and C1 \u{9b}31m here. \
Trump said \"Russia is a very big power\" again.\n";

/// Builds the quote at the first occurrence of `words` (in ASCII double quotes) after `from`.
fn quote(corpus: &Corpus, id: usize, source: usize, words: &str, speaker: usize) -> Quote {
    let article = &corpus.articles[source];
    let start = article.text.find(&format!("\"{words}")).unwrap() + 1;
    let end = start + words.len();
    let paragraph = article.paragraph_at(start).unwrap();
    Quote {
        id,
        source,
        start,
        end,
        outer: start - 1..end + 1,
        sentence: article.paragraphs[paragraph].range(),
        paragraph,
        fragment: false,
        speaker: Some(speaker),
        cluster: None,
    }
}

/// Alignment ops from (kind, a text, b text) runs, as byte ranges.
fn ops(runs: &[(OpKind, &str, &str)]) -> Vec<AlignOp> {
    let (mut a, mut b) = (0, 0);
    runs.iter()
        .map(|(kind, ta, tb)| {
            let op = AlignOp {
                kind: *kind,
                a: a..a + ta.len(),
                b: b..b + tb.len(),
            };
            (a, b) = (a + ta.len(), b + tb.len());
            op
        })
        .collect()
}

fn mentions(corpus: &Corpus, names: &[&str]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (source, a) in corpus.articles.iter().enumerate() {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for name in names {
            for (start, _) in a.text.match_indices(name) {
                let end = start + name.len();
                if !found.iter().any(|&(s, e)| s < end && start < e) {
                    found.push((start, end));
                }
            }
        }
        found.sort();
        out.extend(
            found
                .into_iter()
                .map(|(start, end)| Mention { source, start, end }),
        );
    }
    out
}

pub(super) fn fixture() -> Loaded {
    let corpus = Corpus::from_articles(vec![
        Article::new("000_wire", "000_wire.txt", WIRE.to_string()),
        Article::new(
            "001_translated",
            "001_translated.txt",
            TRANSLATED.to_string(),
        ),
        Article::new("002_hostile", "002_hostile.txt", HOSTILE.to_string()),
    ]);
    let long = "Russia is a very big power, and they're not";
    let mut quotes = vec![
        quote(&corpus, 0, 0, long, 0),
        quote(&corpus, 1, 0, "we need a lasting peace", 1),
        quote(&corpus, 2, 1, "Russia is very great and not", 0),
        quote(&corpus, 3, 1, "we need lasting peace", 1),
        quote(&corpus, 4, 2, "Russia is a very big power", 0),
    ];
    for (q, c) in quotes.iter_mut().zip([0, 1, 0, 1, 0]) {
        q.cluster = Some(c);
    }
    let garbled = RenderingPair {
        a: 0,
        b: 2,
        relation: Relation::Reworded,
        similarity: 0.45,
        ops: ops(&[
            (OpKind::Equal, "Russia is ", "Russia is "),
            (OpKind::Delete, "a ", ""),
            (OpKind::Equal, "very ", "very "),
            (OpKind::Replace, "big power, ", "great "),
            (OpKind::Equal, "and ", "and "),
            (OpKind::Delete, "they're ", ""),
            (OpKind::Equal, "not", "not"),
        ]),
    };
    let excerpt = RenderingPair {
        a: 0,
        b: 4,
        relation: Relation::Excerpt,
        similarity: 0.8,
        ops: ops(&[
            (
                OpKind::Equal,
                "Russia is a very big power",
                "Russia is a very big power",
            ),
            (OpKind::Delete, ", and they're not", ""),
        ]),
    };
    let peace = RenderingPair {
        a: 1,
        b: 3,
        relation: Relation::Edited,
        similarity: 0.8,
        ops: ops(&[
            (OpKind::Equal, "we need ", "we need "),
            (OpKind::Delete, "a ", ""),
            (OpKind::Equal, "lasting peace", "lasting peace"),
        ]),
    };
    let clusters = vec![
        Cluster {
            id: 0,
            quotes: vec![0, 2, 4],
            reference: 0,
            sources: vec![0, 1, 2],
            divergence: 0.6,
            pairs: vec![excerpt, garbled],
        },
        Cluster {
            id: 1,
            quotes: vec![1, 3],
            reference: 1,
            sources: vec![0, 1],
            divergence: 0.2,
            pairs: vec![peace],
        },
    ];
    let people = vec![
        Person {
            id: 0,
            name: "Donald Trump".into(),
            variants: vec!["Donald Trump".into(), "Trump".into()],
            roles: vec!["President".into()],
            mentions: mentions(&corpus, &["Donald Trump", "Trump"]),
            quotes: vec![0, 2, 4],
        },
        Person {
            id: 1,
            name: "Volodymyr Zelenskyy".into(),
            variants: vec![
                "Volodymyr Zelenskyy".into(),
                "Zelenskyy".into(),
                "Zelsky".into(),
            ],
            roles: vec![],
            mentions: mentions(&corpus, &["Volodymyr Zelenskyy", "Zelenskyy", "Zelsky"]),
            quotes: vec![1, 3],
        },
    ];
    let analysis = Analysis {
        quotes,
        people,
        clusters,
        source_divergence: vec![0.5, 1.0, 0.0],
    };
    let index = SearchIndex {
        candidates: vec![Candidate {
            kind: CandidateKind::Variant,
            text: "Zelsky".into(),
            detail: "variant of Volodymyr Zelenskyy · 1 mention".into(),
            source: Some(1),
            start: 0,
            end: 0,
            target: Target::Variant {
                person: 1,
                variant: 2,
            },
        }],
    };
    Loaded {
        corpus,
        analysis,
        index,
    }
}

pub(super) fn app_at(w: u16, h: u16, colour: bool) -> App {
    let mut app = App::new(Config::from_texts(None, colour).unwrap(), (w, h));
    update(&mut app, Action::Resize(w, h));
    update(&mut app, Action::Loaded(Box::new(fixture())));
    app
}

pub(super) fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    terminal
}

pub(super) fn screen(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// A key as the terminal reports it: "j", "G", "tab", "shift-tab", "ctrl-p", "enter"…
fn key_event(s: &str) -> KeyEvent {
    let (mods, name) = match s.strip_prefix("ctrl-") {
        Some(rest) => (KeyModifiers::CONTROL, rest),
        None => (KeyModifiers::NONE, s),
    };
    let code = match name {
        "tab" => KeyCode::Tab,
        "shift-tab" => return KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "down" => KeyCode::Down,
        "up" => KeyCode::Up,
        "backspace" => KeyCode::Backspace,
        "pgdn" => KeyCode::PageDown,
        "end" => KeyCode::End,
        c => {
            let ch = c.chars().next().unwrap();
            let shift = if ch.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            return KeyEvent::new(KeyCode::Char(ch), mods | shift);
        }
    };
    KeyEvent::new(code, mods)
}

/// Presses keys through the real key → action mapping and `update`.
pub(super) fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        if let Some(action) = to_action(app, &Event::Key(key_event(k))) {
            update(app, action);
        }
    }
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, &[&c.to_string()]);
    }
}

#[test]
fn first_screen_is_the_most_divergent_cross_source_comparison() {
    let app = app_at(160, 45, true);
    // Cluster 0 spans three sources; its least similar pair is the garbled translation.
    assert_eq!(app.diff.cluster, Some(0));
    assert_eq!(app.diff.pair, 1);
    assert_eq!(app.source, 1);
    assert_eq!(app.selected_quote, Some(2));
    assert_eq!(app.focus, Pane::Diff);
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
    assert_eq!(app.mode, Mode::Help);
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
    assert_eq!(app.mode, Mode::Normal);
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
fn keys_move_focus_sources_quotes_and_renderings() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["tab"]);
    assert_eq!(app.focus, Pane::Sources);
    press(&mut app, &["shift-tab", "shift-tab"]);
    assert_eq!(app.focus, Pane::Article);
    press(&mut app, &["tab", "tab", "g", "j", "j", "j"]);
    assert_eq!((app.focus, app.source_cursor), (Pane::Sources, 2));
    press(&mut app, &["k", "G"]);
    assert_eq!(app.source_cursor, 2);
    press(&mut app, &["g", "enter"]);
    assert_eq!((app.source, app.focus), (0, Pane::Article));
    assert!(app.read[0]);
    // n walks the article's quotes and the diff follows each one's group.
    press(&mut app, &["n"]);
    assert_eq!(app.selected_quote, Some(0));
    assert_eq!(app.diff.cluster, Some(0));
    press(&mut app, &["n"]);
    assert_eq!((app.selected_quote, app.diff.cluster), (Some(1), Some(1)));
    press(&mut app, &["n"]);
    assert_eq!(app.selected_quote, Some(1), "stops at the last quote");
    press(&mut app, &["N"]);
    assert_eq!(app.selected_quote, Some(0));
    // ] and [ cycle the other renderings; s swaps the sides.
    let before = app.diff.pair;
    press(&mut app, &["]"]);
    assert_ne!(app.diff.pair, before);
    press(&mut app, &["["]);
    assert_eq!(app.diff.pair, before);
    press(&mut app, &["s"]);
    assert!(app.diff.swapped);
    press(&mut app, &["q"]);
    assert!(app.should_quit);
}

#[test]
fn swapped_sides_exchange_deleted_and_inserted() {
    let mut app = app_at(160, 45, false);
    let before = screen(render(&app, 160, 45).backend().buffer());
    let a_first = before.find("A 000_wire").unwrap() < before.find("B 001_translated").unwrap();
    assert!(a_first);
    press(&mut app, &["s"]);
    let after = screen(render(&app, 160, 45).backend().buffer());
    assert!(after.find("B 001_translated").unwrap() < after.find("A 000_wire").unwrap());
}

#[test]
fn palette_jumps_to_a_variant_and_n_walks_the_mentions() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["ctrl-p"]);
    assert_eq!(app.mode, Mode::Palette);
    typed(&mut app, "zelsky");
    assert_eq!(app.palette.query, "zelsky");
    press(&mut app, &["backspace"]);
    assert_eq!(app.palette.query, "zelsk");
    // The search engine is built elsewhere; feed its hit as it would rank it.
    app.palette.hits = vec![Hit {
        candidate: 0,
        score: 100,
        matched: vec![0, 1, 2, 3, 4],
    }];
    let text = screen(render(&app, 160, 45).backend().buffer());
    assert!(text.contains("variant  Zelsky"), "{text}");
    press(&mut app, &["enter"]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.source, 1);
    let data = app.data.as_ref().unwrap();
    let (source, span) = app.highlight.clone().unwrap();
    assert_eq!(&data.corpus.articles[source].text[span], "Zelsky");
    // n goes on through that person's mentions in every source.
    press(&mut app, &["n"]);
    let (source, span) = app.highlight.clone().unwrap();
    assert_eq!(source, 0, "wraps to the first source");
    assert!(app.data.as_ref().unwrap().corpus.articles[0].text[span].contains("Zelenskyy"));
    press(&mut app, &["esc"]);
    assert!(app.highlight.is_none() && app.mention_cycle.is_none());
}

#[test]
fn palette_closes_with_esc_and_types_letters_bound_elsewhere() {
    let mut app = app_at(80, 24, true);
    press(&mut app, &["ctrl-p"]);
    typed(&mut app, "qnj?");
    assert_eq!(app.palette.query, "qnj?");
    assert!(!app.should_quit);
    press(&mut app, &["esc"]);
    assert_eq!(app.mode, Mode::Normal);
    press(&mut app, &["ctrl-c"]);
    assert!(app.should_quit);
}

#[test]
fn only_key_presses_act() {
    let app = app_at(80, 24, true);
    let mut ev = key_event("q");
    ev.kind = KeyEventKind::Release;
    assert!(to_action(&app, &Event::Key(ev)).is_none());
    ev.kind = KeyEventKind::Repeat;
    assert!(to_action(&app, &Event::Key(ev)).is_none());
}

#[test]
fn clicking_a_source_row_opens_it_and_wheel_scrolls() {
    let mut app = app_at(160, 45, true);
    let inner = app.panes().sources_inner();
    update(&mut app, Action::Click(inner.x + 2, inner.y + 4));
    assert_eq!((app.focus, app.source), (Pane::Sources, 2));
    update(&mut app, Action::Click(inner.x + 2, inner.y));
    assert_eq!(app.source, 0);
    let article = app.panes().article_inner();
    update(&mut app, Action::Resize(160, 12));
    let article_small = app.panes().article_inner();
    assert!(article_small.height < article.height);
    update(
        &mut app,
        Action::Wheel(article_small.x + 1, article_small.y + 1, true),
    );
    assert_eq!(app.focus, Pane::Article);
    assert!(
        app.scroll > 0,
        "wheel scrolled a long article in a short pane"
    );
}

#[test]
fn article_wrap_is_cached_for_the_pane_width() {
    let mut app = app_at(160, 45, true);
    let width = app.panes().article_inner().width;
    assert_eq!(app.wrapped().map(|w| w.width), Some(width));
    update(&mut app, Action::Resize(100, 30));
    let width = app.panes().article_inner().width;
    assert_eq!(app.wrapped().map(|w| w.width), Some(width));
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
    assert_eq!(app.source, 2);
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

#[test]
fn clicking_a_listed_rendering_shows_it() {
    let mut app = app_at(160, 45, true);
    assert_eq!(app.diff.pair, 1);
    let inner = app.panes().diff_inner();
    let lines = super::diff::lines(&app, inner.width);
    let row = lines
        .iter()
        .position(|l| l.to_string().contains("excerpt 80%"))
        .unwrap();
    update(&mut app, Action::Click(inner.x + 3, inner.y + row as u16));
    assert_eq!((app.focus, app.diff.pair), (Pane::Diff, 0));
}

#[test]
fn remembered_source_and_scroll_are_restored_beside_the_comparison() {
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (100, 16));
    update(&mut app, Action::Resize(100, 16));
    app.restore = Some(super::state::SavedState {
        version: 1,
        source: "000_wire".into(),
        scroll: 2,
        read: vec!["002_hostile".into()],
    });
    update(&mut app, Action::Loaded(Box::new(fixture())));
    assert_eq!((app.source, app.scroll), (0, 2));
    assert_eq!(app.read, vec![true, false, true]);
    assert_eq!(app.diff.cluster, Some(0), "the comparison is still shown");
    // A scroll beyond the article (it was longer last time) is clamped.
    app.restore = Some(super::state::SavedState {
        version: 1,
        source: "001_translated".into(),
        scroll: 500,
        read: vec![],
    });
    update(&mut app, Action::Loaded(Box::new(fixture())));
    assert_eq!(app.source, 1);
    assert!(app.scroll < 10, "{}", app.scroll);
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

/// Frame cost at 200×60; run with `cargo test --release --bin verbatim frame_time -- --ignored --nocapture`.
#[test]
#[ignore]
fn frame_time_at_200x60() {
    let app = app_at(200, 60, true);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let mut times = Vec::new();
    for _ in 0..200 {
        let t = std::time::Instant::now();
        terminal.draw(|f| view::draw(f, &app)).unwrap();
        times.push(t.elapsed());
    }
    times.sort();
    eprintln!("median frame at 200x60: {:?}", times[times.len() / 2]);
}
