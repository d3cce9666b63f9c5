//! The reader: a three-pane terminal UI over the analysis. This module owns
//! the terminal lifecycle and the event loop; state and update live in
//! [`app`], drawing in [`view`] and one file per pane or overlay.

mod action;
mod app;
mod article;
mod config;
mod diff;
mod help;
mod layout;
mod navigate;
mod palette;
mod sources;
mod state;
mod text;
mod view;
mod wrap;

#[cfg(test)]
mod fixture;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod update_tests;

use std::io::{Write, stdout};
use std::path::PathBuf;

use crossterm::event::{
    DisableMouseCapture, EnableMouseCapture, Event, EventStream, KeyEventKind, KeyModifiers,
    MouseButton, MouseEventKind,
};
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use futures::StreamExt;
use tokio::sync::mpsc::UnboundedSender;
use verbatim::corpus;
use verbatim::session::Session;

use action::Action;
use app::{App, Loaded, update};
use config::{Config, KeySpec, Mode};

/// Opens the reader on `paths` (the bundled corpus when empty) until the user quits.
pub fn run(paths: Vec<PathBuf>, colour: bool) -> anyhow::Result<()> {
    // Configuration errors are reported before the terminal is taken over.
    let config = Config::load(colour)?;
    let state_path = state::state_path();
    let (saved, warning) = state_path
        .as_deref()
        .map(state::load)
        .unwrap_or((None, None));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let mut app = App::new(config, (80, 24));
    app.restore = saved;
    app.notice = warning.clone();
    let result = runtime.block_on(event_loop(&mut app, paths));
    restore_terminal();
    if let Some(w) = warning {
        eprintln!("verbatim: warning: {w}");
    }
    if let Some(data) = &app.data {
        for w in &data.corpus.warnings {
            eprintln!(
                "verbatim: warning: {}",
                corpus::display::sanitize_line(&w.to_string())
            );
        }
        if let (Some(path), Some(article)) =
            (&state_path, data.corpus.articles.get(app.source.index()))
        {
            let saved = state::SavedState {
                version: 1,
                source: article.id.clone(),
                scroll: app.scroll,
                read: data
                    .corpus
                    .articles
                    .iter()
                    .zip(&app.read)
                    .filter(|(_, r)| **r)
                    .map(|(a, _)| a.id.clone())
                    .collect(),
            };
            if let Err(e) = state::save(path, &saved) {
                eprintln!("verbatim: warning: {}: {e}", path.display());
            }
        }
    }
    result?;
    match app.failure.take() {
        Some(message) => Err(anyhow::anyhow!(message)),
        None => Ok(()),
    }
}

fn restore_terminal() {
    let _ = crossterm::execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
}

async fn event_loop(app: &mut App, paths: Vec<PathBuf>) -> anyhow::Result<()> {
    // ratatui's panic hook restores the screen; ours also releases the mouse.
    let mut terminal = ratatui::try_init()?;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(stdout(), DisableMouseCapture);
        hook(info);
    }));
    crossterm::execute!(stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));

    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut loader = tokio::task::spawn_blocking(move || load(paths, &tx));
    let mut loading = true;

    draw(&mut terminal, app)?;
    // Test builds only: proves the panic hook restores the terminal (tests/e2e_tmux.rs).
    #[cfg(debug_assertions)]
    if std::env::var_os("VERBATIM_TEST_PANIC").is_some_and(|v| !v.is_empty()) {
        panic!("injected panic (VERBATIM_TEST_PANIC)");
    }
    let mut events = EventStream::new();
    loop {
        let first = tokio::select! {
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
            event = events.next() => match event {
                Some(Ok(event)) => to_action(app, &event),
                Some(Err(e)) => return Err(e.into()),
                None => break,
            },
        };
        let Some(first) = first else { continue };
        apply(app, first);
        // Coalesce whatever else is pending into one frame.
        while let Ok(action) = rx.try_recv() {
            apply(app, action);
        }
        if app.should_quit {
            break;
        }
        draw(&mut terminal, app)?;
    }
    Ok(())
}

/// Runs `action` and any follow-up actions it produces.
fn apply(app: &mut App, action: Action) {
    let mut next = Some(action);
    while let Some(action) = next {
        next = update(app, action);
    }
}

fn draw(terminal: &mut ratatui::DefaultTerminal, app: &App) -> anyhow::Result<()> {
    // A synchronized update keeps the terminal from showing half a frame.
    crossterm::queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| view::draw(frame, app))?;
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
            if let Some(action) = spec.and_then(|s| app.config.keys.lookup(app.mode, &s)) {
                return Some(action.clone());
            }
            match key.code {
                crossterm::event::KeyCode::Char(c)
                    if app.mode == Mode::Palette
                        && !key
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(Action::PaletteInput(c))
                }
                _ => None,
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
fn load(paths: Vec<PathBuf>, tx: &UnboundedSender<Action>) {
    let progress = |stage, done, total| {
        let _ = tx.send(Action::Progress(stage, done, total));
    };
    let session = match Session::open(&paths, progress) {
        Ok(session) => session,
        Err(e) => {
            let _ = tx.send(Action::LoadFailed(e.to_string()));
            return;
        }
    };
    session.prepare(progress);
    let (corpus, analysis, index) = session.into_parts();
    let _ = tx.send(Action::Loaded(Box::new(Loaded {
        corpus,
        analysis,
        index,
    })));
}
