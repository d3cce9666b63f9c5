//! Tests of the saved state: when it is written, the file's shape, and that
//! each corpus keeps its own marks.

use std::path::PathBuf;

use verbatim::corpus::LoadOptions;
use verbatim::session::Session;

use super::*;
use crate::tui::action::Action;
use crate::tui::app::{App, update};
use crate::tui::config::Config;
use crate::tui::fixture::app_at;
use crate::tui::layout::Pane;
use crate::tui::model::Loaded;

fn focus(app: &mut App, pane: Pane) {
    for _ in 0..3 {
        if app.focus() == pane {
            return;
        }
        update(app, Action::FocusNext);
    }
    assert_eq!(app.focus(), pane);
}

/// Scrolls the article one line, down if it can, else up.
fn scroll_one_line(app: &mut App) {
    focus(app, Pane::Article);
    let before = app.article().scroll();
    update(app, Action::MoveDown);
    if app.article().scroll() == before {
        update(app, Action::MoveUp);
    }
}

/// The bundled corpus's entry in the state file at `path`.
fn bundled_entry(path: &Path) -> CorpusState {
    load(path).0.expect("a state file").corpora["bundled"].clone()
}

/// Opening a source is written at once; scrolling alone waits for the
/// save on the way out, which writes it.
#[test]
fn the_keeper_writes_when_the_source_or_read_marks_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut keeper = Keeper::for_files(Some(path.clone()), FileIdentity::of(&[]));
    // Short enough that every fixture article scrolls.
    let mut app = app_at(100, 10, false);
    keeper.save_if_changed(&app);
    let first = bundled_entry(&path);

    scroll_one_line(&mut app);
    assert_ne!(app.article().scroll(), first.scroll);
    keeper.save_if_changed(&app);
    assert_eq!(bundled_entry(&path), first, "a scroll alone is not written");

    focus(&mut app, Pane::Sources);
    update(&mut app, Action::MoveDown);
    update(&mut app, Action::Open);
    keeper.save_if_changed(&app);
    let opened = bundled_entry(&path);
    assert_ne!(opened.source, first.source);
    assert_eq!(opened.read.len(), first.read.len() + 1);

    scroll_one_line(&mut app);
    assert_ne!(app.article().scroll(), opened.scroll);
    keeper.save(&app);
    assert_eq!(bundled_entry(&path).scroll, app.article().scroll());
    assert_eq!(keeper.take_error(), None);
}

#[test]
fn round_trips_and_moves_corrupt_files_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("verbatim").join("state.json");
    assert_eq!(load(&path), (None, None));
    let mut state = StateFile {
        version: FILE_VERSION,
        ..StateFile::default()
    };
    state.corpora.insert(
        "files:/news".into(),
        CorpusState {
            source: "/news/b.txt".into(),
            scroll: 7,
            read: vec!["/news/a.txt".into()],
        },
    );
    save(&path, &state).unwrap();
    assert_eq!(load(&path), (Some(state), None));
    assert_eq!(
        std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
        1
    );

    std::fs::write(&path, "{not json").unwrap();
    let (loaded, warning) = load(&path);
    assert!(loaded.is_none());
    assert!(warning.unwrap().contains("state.json.corrupt"));
    assert!(!path.exists());
    let aside = path.with_extension("json.corrupt");
    assert_eq!(std::fs::read_to_string(aside).unwrap(), "{not json");
}

/// A state file of version 1 (keyed by file stem alone) restores nothing,
/// and is not reported as corrupt.
#[test]
fn a_version_1_file_restores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    std::fs::write(
        &path,
        r#"{"version":1,"source":"000_a","scroll":3,"read":["000_a"]}"#,
    )
    .unwrap();
    let mut keeper = Keeper::for_files(Some(path), FileIdentity::of(&[]));
    assert_eq!(keeper.load(), None);
    let corpus = verbatim::corpus::bundled_corpus();
    assert_eq!(keeper.restore_for(&corpus), None);
}

/// A reader on `paths` as the event loop builds it: the keeper loads, the
/// corpus arrives, the remembered state is restored and saved.
fn reader_on(paths: &[PathBuf], state: &Path) -> (App, Keeper) {
    let mut keeper = Keeper::for_files(Some(state.to_path_buf()), FileIdentity::of(paths));
    assert_eq!(keeper.load(), None);
    let session = Session::open(paths, &LoadOptions::default(), |_, _, _| {}).unwrap();
    let (corpus, analysis, index) = session.into_parts();
    let mut app = App::new(Config::from_texts(None, false).unwrap(), (100, 30));
    update(&mut app, Action::Resize(100, 30));
    app.restore_on_load(keeper.restore_for(&corpus));
    let loaded = Loaded {
        corpus,
        analysis,
        index,
    };
    update(&mut app, Action::Loaded(Box::new(loaded)));
    keeper.save_if_changed(&app);
    (app, keeper)
}

/// Issue 13, defect 8: two folders with files of the same names, and the
/// bundled corpus in between, each keep their own read marks and position.
#[test]
fn opening_another_folder_or_the_bundled_corpus_keeps_the_first_ones_marks() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let folders: Vec<PathBuf> = ["one", "two"]
        .iter()
        .map(|name| {
            let folder = dir.path().join(name);
            std::fs::create_dir_all(&folder).unwrap();
            for (i, stem) in ["a", "b", "c"].iter().enumerate() {
                let text = format!("Story {name} {i}\n\nThe harbour opened on day {i}.\n");
                std::fs::write(folder.join(format!("{stem}.txt")), text).unwrap();
            }
            folder
        })
        .collect();

    let (mut first, mut keeper) = reader_on(&folders[..1], &state);
    assert_eq!(first.sources().read(), [true, false, false]);
    focus(&mut first, Pane::Sources);
    update(&mut first, Action::MoveDown);
    update(&mut first, Action::MoveDown);
    update(&mut first, Action::Open);
    keeper.save(&first);
    assert_eq!(first.sources().read(), [true, false, true]);

    let (bundled, mut keeper) = reader_on(&[], &state);
    keeper.save(&bundled);
    let (second, mut keeper) = reader_on(&folders[1..], &state);
    keeper.save(&second);
    assert_eq!(
        second.sources().read(),
        [true, false, false],
        "the same stems in another folder are other articles"
    );

    let (again, _) = reader_on(&folders[..1], &state);
    assert_eq!(again.sources().read(), [true, false, true]);
    assert_eq!(again.article().source().index(), 2, "where it was left");
    let file = load(&state).0.unwrap();
    assert_eq!(file.corpora.len(), 3, "{:?}", file.corpora.keys());
}
