//! The reader's state machine: key sequences and mouse events driven
//! through the real key mapping and `update`, no terminal involved.

use crossterm::event::{Event, KeyEventKind};
use verbatim::search::Hit;

use verbatim::ids::SourceId;

use super::action::Action;
use super::app::{App, update};
use super::config::{Config, Mode};
use super::fixture::{app_at, fixture, key_event, press, render, screen, typed};
use super::layout::Pane;
use super::to_action;

#[test]
fn keys_move_focus_sources_quotes_and_renderings() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["tab"]);
    assert_eq!(app.focus(), Pane::Sources);
    press(&mut app, &["shift-tab", "shift-tab"]);
    assert_eq!(app.focus(), Pane::Article);
    press(&mut app, &["tab", "tab", "g", "j", "j", "j"]);
    assert_eq!((app.focus(), app.sources().cursor()), (Pane::Sources, 2));
    press(&mut app, &["k", "G"]);
    assert_eq!(app.sources().cursor(), 2);
    press(&mut app, &["g", "enter"]);
    assert_eq!(
        (app.article().source().index(), app.focus()),
        (0, Pane::Article)
    );
    assert!(app.sources().read()[0]);
    // n walks the article's quotes and the diff follows each one's group.
    press(&mut app, &["n"]);
    assert_eq!(app.article().selected_quote().map(|q| q.index()), Some(0));
    assert_eq!(app.diff().cluster().map(|c| c.index()), Some(0));
    press(&mut app, &["n"]);
    assert_eq!(
        (
            app.article().selected_quote().map(|q| q.index()),
            app.diff().cluster().map(|c| c.index())
        ),
        (Some(1), Some(1))
    );
    assert_eq!(app.notice(), None);
    press(&mut app, &["n"]);
    assert_eq!(
        app.article().selected_quote().map(|q| q.index()),
        Some(0),
        "wraps from the last quote to the first"
    );
    assert_eq!(app.notice(), Some("wrapped to the first quote"));
    press(&mut app, &["N"]);
    assert_eq!(app.article().selected_quote().map(|q| q.index()), Some(1));
    assert_eq!(app.notice(), Some("wrapped to the last quote"));
    press(&mut app, &["N"]);
    assert_eq!(app.article().selected_quote().map(|q| q.index()), Some(0));
    assert_eq!(
        app.notice(),
        None,
        "an ordinary step clears the wrap notice"
    );
    // ] and [ cycle the other renderings; s swaps the sides.
    let before = app.diff().pair();
    press(&mut app, &["]"]);
    assert_ne!(app.diff().pair(), before);
    press(&mut app, &["["]);
    assert_eq!(app.diff().pair(), before);
    press(&mut app, &["s"]);
    assert!(app.diff().swapped());
    press(&mut app, &["q"]);
    assert!(app.should_quit());
}

#[test]
fn palette_jumps_to_a_variant_and_n_walks_the_mentions() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["ctrl-p"]);
    assert_eq!(app.mode(), Mode::Palette);
    typed(&mut app, "zelsky");
    assert_eq!(app.palette().query(), "zelsky");
    press(&mut app, &["backspace"]);
    assert_eq!(app.palette().query(), "zelsk");
    // The search engine is built elsewhere; feed its hit as it would rank it.
    app.palette_mut().set_hits(vec![Hit {
        candidate: 0,
        score: 100,
        matched: vec![0, 1, 2, 3, 4],
    }]);
    let text = screen(render(&app, 160, 45).backend().buffer());
    assert!(text.contains("variant  Zelsky"), "{text}");
    press(&mut app, &["enter"]);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.article().source().index(), 1);
    let data = app.shared().unwrap();
    let (source, span) = app.article().highlight().cloned().unwrap();
    assert_eq!(&data.corpus.articles[source].text[span], "Zelsky");
    // n goes on through that person's mentions in every source.
    press(&mut app, &["n"]);
    let (source, span) = app.article().highlight().cloned().unwrap();
    assert_eq!(source.index(), 0, "wraps to the first source");
    assert!(app.shared().unwrap().corpus.articles[0].text[span].contains("Zelenskyy"));
    press(&mut app, &["esc"]);
    assert!(app.article().highlight().is_none() && app.article().mention_cycle().is_none());
}

#[test]
fn palette_closes_with_esc_and_types_letters_bound_elsewhere() {
    let mut app = app_at(80, 24, true);
    press(&mut app, &["ctrl-p"]);
    typed(&mut app, "qnj?");
    assert_eq!(app.palette().query(), "qnj?");
    assert!(!app.should_quit());
    press(&mut app, &["esc"]);
    assert_eq!(app.mode(), Mode::Normal);
    press(&mut app, &["ctrl-c"]);
    assert!(app.should_quit());
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
    assert_eq!(
        (app.focus(), app.article().source().index()),
        (Pane::Sources, 2)
    );
    update(&mut app, Action::Click(inner.x + 2, inner.y));
    assert_eq!(app.article().source().index(), 0);
    let article = app.panes().article_inner();
    update(&mut app, Action::Resize(160, 12));
    let article_small = app.panes().article_inner();
    assert!(article_small.height < article.height);
    update(
        &mut app,
        Action::Wheel(article_small.x + 1, article_small.y + 1, true),
    );
    assert_eq!(app.focus(), Pane::Article);
    assert!(
        app.article().scroll() > 0,
        "wheel scrolled a long article in a short pane"
    );
}

#[test]
fn clicking_a_listed_rendering_shows_it() {
    let mut app = app_at(160, 45, true);
    assert_eq!(app.diff().pair(), 1);
    let inner = app.panes().diff_inner();
    let lines = app
        .diff()
        .lines(app.shared(), &app.config().theme, inner.width);
    let row = lines
        .iter()
        .position(|l| l.to_string().contains("excerpt 80%"))
        .unwrap();
    update(&mut app, Action::Click(inner.x + 3, inner.y + row as u16));
    assert_eq!((app.focus(), app.diff().pair()), (Pane::Diff, 0));
}

#[test]
fn the_diff_model_is_built_once_per_selection_and_width() {
    let mut app = app_at(80, 24, true);
    assert_eq!(app.focus(), Pane::Diff);
    let first = app.diff().model_identity();
    assert!(
        first.is_some(),
        "update built the model before the first frame"
    );
    // Scrolling and drawing read the model; they do not rebuild it.
    press(&mut app, &["ctrl-d"]);
    assert!(app.diff().scroll() > 0, "the diff is longer than its pane");
    render(&app, 80, 24);
    assert_eq!(app.diff().model_identity(), first);
    // A new selection, a swap or a new width builds it again, once.
    let mut last = first;
    for step in [
        Action::NextRendering,
        Action::SwapSides,
        Action::Resize(100, 30),
    ] {
        update(&mut app, step.clone());
        let now = app.diff().model_identity();
        assert_ne!(now, last, "{step:?} rebuilt the model");
        press(&mut app, &["ctrl-d"]);
        assert_eq!(app.diff().model_identity(), now, "{step:?} then a page");
        last = now;
    }
}

#[test]
fn remembered_source_and_scroll_are_restored_beside_the_comparison() {
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (100, 16));
    update(&mut app, Action::Resize(100, 16));
    app.restore_on_load(Some(super::state::SavedState {
        version: 1,
        source: "000_wire".into(),
        scroll: 2,
        read: vec!["002_hostile".into()],
    }));
    update(&mut app, Action::Loaded(Box::new(fixture())));
    assert_eq!(
        (app.article().source().index(), app.article().scroll()),
        (0, 2)
    );
    assert_eq!(app.sources().read(), vec![true, false, true]);
    assert_eq!(
        app.diff().cluster().map(|c| c.index()),
        Some(0),
        "the comparison is still shown"
    );
    // A scroll beyond the article (it was longer last time) is clamped.
    app.restore_on_load(Some(super::state::SavedState {
        version: 1,
        source: "001_translated".into(),
        scroll: 500,
        read: vec![],
    }));
    update(&mut app, Action::Loaded(Box::new(fixture())));
    assert_eq!(app.article().source().index(), 1);
    assert!(app.article().scroll() < 10, "{}", app.article().scroll());
}

#[test]
fn enter_in_the_diff_opens_the_rendering_under_the_cursor() {
    let mut app = app_at(160, 45, true);
    press(&mut app, &["["]);
    assert_eq!(app.diff().pair(), 0);
    press(&mut app, &["enter"]);
    // Pair 0 is the excerpt in the hostile source, quote 4.
    assert_eq!(
        (
            app.article().source().index(),
            app.article().selected_quote().map(|q| q.index())
        ),
        (2, Some(4))
    );
    assert_eq!(
        (app.diff().cluster().map(|c| c.index()), app.diff().pair()),
        (Some(0), 0)
    );
    // The group lists quotes 0 (the reference), 2 and 4: up twice is the reference.
    press(&mut app, &["k", "k", "enter"]);
    assert_eq!(
        (
            app.article().source().index(),
            app.article().selected_quote().map(|q| q.index())
        ),
        (0, Some(0)),
        "then the reference"
    );
    assert_eq!(
        app.diff().pair(),
        1,
        "the garbled rendering passed on the way stays shown"
    );
    press(&mut app, &["j", "j", "enter"]);
    assert_eq!(
        app.article().selected_quote().map(|q| q.index()),
        Some(4),
        "and back"
    );
}

#[test]
fn terminal_events_map_to_actions() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let app = app_at(80, 24, true);
    let mouse = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: 3,
            row: 4,
            modifiers: crossterm::event::KeyModifiers::NONE,
        })
    };
    assert!(matches!(
        to_action(&app, &Event::Resize(100, 30)),
        Some(Action::Resize(100, 30))
    ));
    assert!(matches!(
        to_action(&app, &mouse(MouseEventKind::Down(MouseButton::Left))),
        Some(Action::Click(3, 4))
    ));
    assert!(matches!(
        to_action(&app, &mouse(MouseEventKind::ScrollDown)),
        Some(Action::Wheel(3, 4, true))
    ));
    assert!(to_action(&app, &mouse(MouseEventKind::Moved)).is_none());
    // Unbound keys do nothing in reading mode but type in the palette.
    assert!(to_action(&app, &Event::Key(key_event("z"))).is_none());
}

#[test]
fn the_first_comparison_prefers_changed_words_over_a_short_excerpt() {
    let mut loaded = fixture();
    // The excerpt is now the least similar pair, yet the rewording is shown.
    loaded.analysis.clusters[0].pairs[0].similarity = 0.1;
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (160, 45));
    update(&mut app, Action::Resize(160, 45));
    update(&mut app, Action::Loaded(Box::new(loaded)));
    assert_eq!(
        (app.diff().cluster().map(|c| c.index()), app.diff().pair()),
        (Some(0), 1)
    );
    // Without a rewording, the least similar pair is shown.
    let mut loaded = fixture();
    loaded.analysis.clusters[0].pairs[1].relation = verbatim::quotes::Relation::Excerpt;
    loaded.analysis.clusters[0].pairs[0].similarity = 0.1;
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (160, 45));
    update(&mut app, Action::Resize(160, 45));
    update(&mut app, Action::Loaded(Box::new(loaded)));
    assert_eq!(app.diff().pair(), 0);
}

#[test]
fn the_palette_ranks_a_page_at_a_time_and_the_next_when_scrolled_to() {
    use verbatim::search::{Candidate, CandidateKind, SearchIndex, Target};
    let mut loaded = fixture();
    let candidates: Vec<Candidate> = (0..250)
        .map(|n| Candidate {
            kind: CandidateKind::Sentence,
            text: format!("a matching sentence number {n}").into(),
            detail: String::new().into(),
            source: Some(SourceId::new(0)),
            start: 0,
            end: 0,
            target: Target::Sentence {
                source: SourceId::new(0),
                start: 0,
                end: 0,
            },
        })
        .collect();
    loaded.index = SearchIndex::from_candidates(candidates);
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (100, 30));
    update(&mut app, Action::Resize(100, 30));
    update(&mut app, Action::Loaded(Box::new(loaded)));
    press(&mut app, &["ctrl-p"]);
    typed(&mut app, "matching");
    let page = super::palette::PALETTE_PAGE;
    assert_eq!(app.palette().hits().len(), page);
    assert_eq!(app.palette().match_count(), 250);
    for _ in 0..page - 1 {
        press(&mut app, &["down"]);
    }
    assert_eq!(app.palette().selected(), page - 1);
    assert_eq!(
        app.palette().hits().len(),
        page,
        "nothing ranked before it is needed"
    );
    press(&mut app, &["down"]);
    assert_eq!(app.palette().selected(), page);
    assert_eq!(app.palette().hits().len(), 2 * page);
    for _ in 0..200 {
        press(&mut app, &["down"]);
    }
    assert_eq!(app.palette().hits().len(), 250);
    assert_eq!(app.palette().selected(), 249, "stops at the last match");
    // The ranking is the same as ranking everything at once.
    let all = app
        .shared()
        .unwrap()
        .index
        .search(&app.shared().unwrap().corpus, "matching");
    assert_eq!(app.palette().hits(), all);
}

/// Defect 1 of issue 13: opening another article never leaves the diff on
/// a group the article has no part in; an article without one says so.
#[test]
fn the_diff_follows_the_article_in_view() {
    let mut app = app_at(160, 45, true);
    // n on the wire's second quote shows the peace group (sources 0 and 1).
    press(&mut app, &["tab", "g", "enter", "n", "n"]);
    assert_eq!(app.diff().cluster().map(|c| c.index()), Some(1));
    // The third source has no part in the peace group: the diff moves to its group.
    press(&mut app, &["tab", "tab", "G", "enter"]);
    assert_eq!(app.article().source().index(), 2);
    assert_eq!(app.diff().cluster().map(|c| c.index()), Some(0));
    assert_eq!(
        app.diff().shown_quote(app.shared()).map(|q| q.index()),
        Some(4),
        "its own rendering is the one compared"
    );

    let mut loaded = fixture();
    loaded.corpus.articles.push(verbatim::corpus::Article::new(
        "003_plain",
        "003_plain.txt",
        "Plain\n\nNobody is quoted here.\n".to_string(),
    ));
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (160, 45));
    update(&mut app, Action::Resize(160, 45));
    update(&mut app, Action::Loaded(Box::new(loaded)));
    press(&mut app, &["tab", "G", "enter"]);
    assert_eq!(app.article().source().index(), 3);
    assert_eq!(app.diff().cluster(), None);
    let text = screen(render(&app, 160, 45).backend().buffer());
    assert!(
        text.contains("This article has no quote in a group."),
        "{text}"
    );
    assert!(!text.contains("Group 1/"), "{text}");
}

/// Defect 2 of issue 13: sides and renderings are named by outlet or title,
/// never by file id while a better name exists, and at 80 columns the
/// relation and similarity survive: the name is cut first.
#[test]
fn renderings_are_labelled_by_outlet_or_title_with_the_relation_intact() {
    let mut loaded = fixture();
    loaded.corpus.articles[1].meta.outlet =
        Some("Translated Daily News Service of the World".into());
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (80, 24));
    update(&mut app, Action::Resize(80, 24));
    update(&mut app, Action::Loaded(Box::new(loaded)));
    let text = screen(render(&app, 80, 24).backend().buffer());
    assert!(!text.contains("000_wire"), "{text}");
    assert!(!text.contains("001_translated"), "{text}");
    let b_line = line_with(&text, "B Translated");
    assert!(b_line.contains("reworded · similarity 45%"), "{b_line}");
    assert!(text.contains("A Trump says Russia"), "{text}");
}

/// A long speaker's name is cut too, after the outlet's, before the
/// relation and similarity.
#[test]
fn a_long_speaker_name_is_cut_before_the_relation() {
    let mut loaded = fixture();
    loaded.corpus.articles[1].meta.outlet = Some("Translated Daily".into());
    let speaker = loaded.analysis.quotes[2].speaker.unwrap();
    loaded.analysis.people[speaker.index()].name =
        "Donald John Trump, forty-fifth and forty-seventh president".into();
    for width in [70, 80, 100] {
        let mut app = App::new(Config::from_texts(None, true).unwrap(), (width, 24));
        update(&mut app, Action::Resize(width, 24));
        update(&mut app, Action::Loaded(Box::new(loaded.clone())));
        let text = screen(render(&app, width, 24).backend().buffer());
        let b_line = line_with(&text, "B Trans");
        assert!(
            b_line.contains("· reworded · similarity 45%"),
            "{width}: {b_line}"
        );
        assert!(
            b_line.contains("Donald"),
            "{width}: the speaker keeps a start: {b_line}"
        );
    }
}

/// #12: the diff's labels name the outlet and the day it published.
#[test]
fn the_labels_carry_the_publication_day() {
    let mut loaded = fixture();
    loaded.corpus.articles[1].meta.outlet = Some("Translated Daily".into());
    loaded.corpus.articles[1].meta.published = Some("2025-06-25T10:00:00Z".into());
    let mut app = App::new(Config::from_texts(None, true).unwrap(), (160, 45));
    update(&mut app, Action::Resize(160, 45));
    update(&mut app, Action::Loaded(Box::new(loaded)));
    let text = screen(render(&app, 160, 45).backend().buffer());
    let b_line = line_with(&text, "B Trans");
    // The day is kept whole; the outlet's name is what gets cut.
    assert!(b_line.contains(" 2025-06-25 · "), "{b_line}");
    assert!(b_line.contains("similarity 45%"), "{b_line}");
    assert!(!b_line.contains("T10:00"), "{b_line}");
}

/// The screen line holding `needle` (the test fails with the screen if none).
fn line_with<'t>(text: &'t str, needle: &str) -> &'t str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no {needle:?} in\n{text}"))
}
