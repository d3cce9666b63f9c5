//! The reader: a three-pane terminal UI over the analysis. This module owns
//! the terminal lifecycle and the event loop; state and update live in
//! [`app`], drawing in [`view`] and one file per pane or overlay.

mod action;
mod app;
mod article;
mod article_search;
mod cache_listing;
#[cfg(feature = "feeds")]
mod cache_state;
mod clipboard;
mod config;
mod diff;
mod diff_columns;
mod diff_model;
mod feed_actions;
mod files;
mod groups;
mod help;
mod hyperlink;
mod input;
mod keyspec;
mod layout;
mod legend;
mod lifecycle;
mod list_cursor;
mod model;
mod origin;
mod palette;
mod palette_row;
mod ranker;
mod source_order;
mod sources;
mod state;
mod text;
mod view;
mod wrap;

#[cfg(test)]
mod fixture;
#[cfg(test)]
mod list_tests;
#[cfg(test)]
mod pane_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod update_tests;

use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use crossterm::event::{Event, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use tokio::sync::mpsc::UnboundedSender;
use verbatim::corpus::{LoadOptions, LoadWarning};
use verbatim::session::Session;

use action::Action;
use app::{App, update};
use config::{Config, KeySpec, Mode};
use lifecycle::Caught;
use model::Loaded;
pub use origin::Origin;

/// Opens the reader on `origin` until the user quits (exit 0) or a signal
/// ends it (exit 128 + the signal).
pub fn run(origin: Origin, options: LoadOptions, colour: bool) -> anyhow::Result<ExitCode> {
    // Configuration errors are reported before the terminal is taken over.
    let config = Config::load(colour)?;
    let mut keeper = state::Keeper::for_origin(&origin);
    let warning = keeper.load();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let mut app = App::new(config, (80, 24));
    app.set_notice(warning.clone());
    let cancel = Arc::clone(&options.cancel);
    let failed_loading = Arc::new(Mutex::new(Vec::new()));
    let loader = Loader {
        origin,
        options,
        failed: Arc::clone(&failed_loading),
    };
    let ended = runtime.block_on(event_loop(&mut app, loader, &mut keeper));
    lifecycle::give_back();
    // Quit means now: the loader is told to stop and not waited for (the
    // analysis of a large corpus runs for seconds; the process exit ends it).
    cancel.store(true, Ordering::Relaxed);
    runtime.shutdown_background();
    if let Some(w) = warning {
        crate::diag::warning(&w);
    }
    if let Ok(failed) = failed_loading.lock() {
        crate::diag::load_warnings(&failed);
    }
    if let Some(data) = app.shared() {
        crate::diag::load_warnings(&data.corpus.warnings);
        crate::diag::load_warnings(&data.analysis.set_aside);
    }
    for message in lifecycle::take_background_panics() {
        crate::diag::warning(&format!(
            "internal error (a bug: please report it): {message}"
        ));
    }
    keeper.save(&app);
    if let Some(e) = keeper.take_error() {
        crate::diag::warning(&e);
    }
    // Freeing a large analysis object by object took 1.4 s at 40,000
    // articles after the screen was already gone; the process is about to
    // exit, and the kernel takes the memory back at once.
    std::mem::forget(app.take_shared());
    let ended = ended?;
    if let Some(message) = app.take_failure() {
        anyhow::bail!(message);
    }
    Ok(match ended {
        Ended::Quit => ExitCode::SUCCESS,
        Ended::Signal(number) => ExitCode::from(128 + u8::try_from(number).unwrap_or(0)),
    })
}

/// How the event loop ended.
enum Ended {
    /// The user quit (or loading failed).
    Quit,
    /// A signal asked the reader to exit.
    Signal(i32),
}

/// What the background load reads, within which limits, and where it
/// leaves the skipped files' reasons when nothing loads.
struct Loader {
    origin: Origin,
    options: LoadOptions,
    failed: Arc<Mutex<Vec<LoadWarning>>>,
}

async fn event_loop(
    app: &mut App,
    loader: Loader,
    keeper: &mut state::Keeper,
) -> anyhow::Result<Ended> {
    // Installed first, so a signal from now on ends the reader in order.
    let mut signals = lifecycle::Signals::install()?;
    let mut terminal = lifecycle::take_over()?;
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));

    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let ranked = tx.clone();
    app.palette_mut().connect(ranker::Ranker::spawn(move |r| {
        let _ = ranked.send(Action::PaletteRanked(Box::new(r)));
    })?);
    let live = feed_actions::Live {
        origin: loader.origin.clone(),
        options: loader.options.clone(),
        tx: tx.clone(),
        refreshing: Arc::default(),
    };
    let mut loader = tokio::task::spawn_blocking(move || load(loader, &tx));
    let mut loading = true;

    draw(&mut terminal, app)?;
    // Test builds only: proves the panic hook restores the terminal (tests/e2e_tmux.rs).
    #[cfg(debug_assertions)]
    if std::env::var_os("VERBATIM_TEST_PANIC").is_some_and(|v| !v.is_empty()) {
        panic!("injected panic (VERBATIM_TEST_PANIC)");
    }
    let (event_tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    input::spawn_reader(event_tx);
    loop {
        let first = tokio::select! {
            caught = signals.next() => match caught {
                Caught::Exit(number) => return Ok(Ended::Signal(number)),
                Caught::Continued => {
                    lifecycle::resume(&mut terminal)?;
                    draw(&mut terminal, app)?;
                    continue;
                }
                Caught::Suspend => {
                    suspend(&mut terminal, app, keeper)?;
                    continue;
                }
                Caught::Resized => {
                    let (w, h) = crossterm::terminal::size()?;
                    Some(Action::Resize(w, h))
                }
            },
            Some(action) = rx.recv() => Some(action),
            // A panic in the engine must not leave a reader waiting forever
            // (the panic hook has already restored the terminal).
            joined = &mut loader, if loading => {
                loading = false;
                match joined {
                    Err(e) if e.is_panic() => {
                        anyhow::bail!("loading or analysing the corpus panicked")
                    }
                    _ => None,
                }
            }
            event = events.recv() => match event {
                Some(event) if is_suspend(app, &event) => {
                    suspend(&mut terminal, app, keeper)?;
                    continue;
                }
                Some(event) => to_action(app, &event),
                // The terminal's input ended: it hung up, whether or not
                // SIGHUP has arrived yet. Exit as for SIGHUP.
                None => return Ok(Ended::Signal(libc::SIGHUP)),
            },
        };
        let Some(first) = first else { continue };
        let Some(first) = feed_actions::handle(first, app, &live, &mut terminal)? else {
            draw(&mut terminal, app)?;
            continue;
        };
        apply(app, keeper, first);
        // Coalesce whatever else is pending into one frame.
        while let Ok(action) = rx.try_recv() {
            apply(app, keeper, action);
        }
        if let Some(sequence) = app.take_clipboard() {
            clipboard::send(terminal.backend_mut(), &sequence)?;
        }
        if app.should_quit() {
            break;
        }
        // Read marks and the open source are saved as they change, so a
        // closed window or a kill -9 loses at most the scroll position.
        keeper.save_if_changed(app);
        draw(&mut terminal, app)?;
    }
    Ok(Ended::Quit)
}

/// Saves the state, gives the terminal back until `fg`, then redraws.
fn suspend(
    terminal: &mut ratatui::DefaultTerminal,
    app: &App,
    keeper: &mut state::Keeper,
) -> anyhow::Result<()> {
    keeper.save(app);
    lifecycle::suspend(terminal)?;
    draw(terminal, app)
}

/// Ctrl-Z suspends unless the user bound it to something else.
fn is_suspend(app: &App, event: &Event) -> bool {
    let Event::Key(key) = event else { return false };
    key.kind == KeyEventKind::Press
        && key.code == crossterm::event::KeyCode::Char('z')
        && key.modifiers == KeyModifiers::CONTROL
        && KeySpec::from_event(key)
            .is_none_or(|k| app.config().keys.lookup(app.mode(), &k).is_none())
}

/// Runs `action` and any follow-up actions it produces. A corpus arriving
/// gets the state remembered for it (for a corpus loaded again, what the
/// reader shows now is saved first, so it stays where it is).
fn apply(app: &mut App, keeper: &mut state::Keeper, action: Action) {
    if let Action::Loaded(loaded) = &action {
        keeper.save(app);
        app.restore_on_load(keeper.restore_for(&loaded.corpus));
    }
    let mut next = Some(action);
    while let Some(action) = next {
        next = update(app, action);
    }
}

fn draw(terminal: &mut ratatui::DefaultTerminal, app: &App) -> anyhow::Result<()> {
    // A synchronized update keeps the terminal from showing half a frame.
    crossterm::queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    let frame = terminal.draw(|frame| view::draw(frame, app))?;
    if let Some((url, cells)) = hyperlink::article_heading(app, frame.buffer) {
        hyperlink::link(terminal.backend_mut(), &cells, &url)?;
    }
    crossterm::queue!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    terminal.backend_mut().flush()?;
    Ok(())
}

/// The action for a terminal event in the current mode, if any.
fn to_action(app: &App, event: &Event) -> Option<Action> {
    match event {
        // Windows reports releases and repeats too: act on presses only.
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            let spec = KeySpec::from_event(key);
            if let Some(action) = spec.and_then(|s| app.config().keys.lookup(app.mode(), &s)) {
                return Some(action.clone());
            }
            let typed = match key.code {
                crossterm::event::KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(c)
                }
                _ => return None,
            };
            match app.mode() {
                Mode::Palette => typed.map(Action::PaletteInput),
                Mode::Filter => typed.map(Action::FilterInput),
                Mode::Search => typed.map(Action::SearchInput),
                Mode::Normal | Mode::Help | Mode::Groups => None,
            }
        }
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::Wheel(m.column, m.row, true)),
            MouseEventKind::ScrollUp => Some(Action::Wheel(m.column, m.row, false)),
            _ => None,
        },
        _ => None,
    }
}

/// Opens the session in the blocking pool, reporting progress.
fn load(loader: Loader, tx: &UnboundedSender<Action>) {
    let progress = |stage, done, total| {
        let _ = tx.send(Action::Progress(stage, done, total));
    };
    let Loader {
        origin,
        options,
        failed,
    } = loader;
    let session = match origin {
        Origin::Files(paths) => Session::open(&paths, &options, progress),
        #[cfg(feature = "feeds")]
        Origin::Cache { db, days } => {
            progress(verbatim::session::Stage::Reading, 0, 1);
            // The list first, from the columns it shows: the first frame
            // does not wait for every article's text.
            if let Ok(listed) = crate::cli_feeds::reader_listing(&db, days) {
                let listing = cache_listing::Listing::of(days, listed);
                let _ = tx.send(Action::Listed(Box::new(listing)));
            }
            match crate::cli_feeds::reader_session(&db, days) {
                Ok(session) => Ok(session),
                Err(e) => {
                    let _ = tx.send(Action::LoadFailed(format!("{e:#}")));
                    return;
                }
            }
        }
    };
    let session = match session {
        Ok(session) => session,
        Err(e) => {
            if let Ok(mut failed) = failed.lock() {
                failed.extend_from_slice(e.warnings());
            }
            let _ = tx.send(Action::LoadFailed(e.to_string()));
            return;
        }
    };
    // Quitting while the files were read or analysed: the rest is not started.
    if !session.prepare(&options.cancel, progress) {
        return;
    }
    let (corpus, analysis, index) = session.into_parts();
    let _ = tx.send(Action::Loaded(Box::new(Loaded {
        corpus,
        analysis,
        index,
    })));
}
