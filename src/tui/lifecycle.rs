//! The terminal's lifecycle around the reader: taking it over, giving it
//! back on every way out (quit, error, panic, a fatal signal), and handing
//! it to the shell on Ctrl-Z until `fg`.
//!
//! Raw mode turns ISIG off, so Ctrl-Z and Ctrl-C arrive as keys; SIGTERM,
//! SIGHUP (the window closed), SIGQUIT and an INT sent with `kill` still
//! arrive as signals, and are turned into an orderly exit here; a TSTP
//! sent with `kill` suspends as Ctrl-Z does.

use std::io::stdout;
use std::sync::Mutex;

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};
use tokio::signal::unix::{Signal, SignalKind, signal};

/// Panic messages from threads other than the reader's, kept for the exit.
static BACKGROUND_PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Background panic messages kept at most (the first ones explain the rest).
const BACKGROUND_PANICS_KEPT: usize = 5;

/// Takes the terminal over: raw mode, the alternate screen (ratatui, whose
/// panic hook restores both), and mouse reporting (released by ours).
///
/// Only a panic on the reader's own thread gives the terminal back. One on
/// another thread is caught there (the engine sets aside the article that
/// caused it) or ends the reader through its join handle; either way the
/// screen stays the reader's until then, so the message is kept and shown
/// after the exit ([`take_background_panics`]) instead of being written
/// over the reader's screen.
pub fn take_over() -> anyhow::Result<ratatui::DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    let hook = std::panic::take_hook();
    let reader = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != reader {
            if let Ok(mut kept) = BACKGROUND_PANICS.lock()
                && kept.len() < BACKGROUND_PANICS_KEPT
            {
                kept.push(info.to_string());
            }
            return;
        }
        let _ = crossterm::execute!(stdout(), DisableMouseCapture);
        hook(info);
    }));
    crossterm::execute!(stdout(), EnableMouseCapture)?;
    Ok(terminal)
}

/// The messages of panics on other threads while the reader ran.
pub fn take_background_panics() -> Vec<String> {
    BACKGROUND_PANICS
        .lock()
        .map(|mut kept| std::mem::take(&mut *kept))
        .unwrap_or_default()
}

/// Gives the terminal back as it was found. Safe to call more than once,
/// and when the terminal is gone (after SIGHUP writes fail; they are ignored).
pub fn give_back() {
    // ratatui::restore leaves the cursor as the last frame set it: hidden.
    let _ = crossterm::execute!(stdout(), DisableMouseCapture, Show);
    ratatui::restore();
}

/// Takes the terminal again after the process was stopped and continued:
/// the shell reset the modes and drew over the screen, so everything is
/// entered again and the next draw repaints every cell.
pub fn resume(terminal: &mut ratatui::DefaultTerminal) -> anyhow::Result<()> {
    enable_raw_mode()?;
    crossterm::execute!(stdout(), EnterAlternateScreen, EnableMouseCapture, Hide)?;
    // Not `terminal.clear()`: it asks the terminal where the cursor is and
    // waits for the answer on crossterm's input, which tui/input.rs reads
    // instead (a two-second stall, then an error). A resize to the whole
    // screen clears it and forgets the last frame just the same.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    Ok(())
}

/// Ctrl-Z or a SIGTSTP: gives the terminal back and stops the process as
/// the default SIGTSTP would; returns once `fg` (SIGCONT) continues it.
pub fn suspend(terminal: &mut ratatui::DefaultTerminal) -> anyhow::Result<()> {
    give_back();
    // SAFETY: raise only sends a signal to this process. SIGTSTP itself is
    // caught (Signals), so the stop is SIGSTOP, which the shell reports
    // the same way; this returns when SIGCONT arrives.
    unsafe {
        libc::raise(libc::SIGSTOP);
    }
    resume(terminal)
}

/// What a caught signal asks of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caught {
    /// Restore the terminal, save state and exit with 128 + this number.
    Exit(i32),
    /// The process was continued after a stop from outside: take the terminal again.
    Continued,
    /// The terminal changed size (SIGWINCH).
    Resized,
    /// A stop was asked for from outside (SIGTSTP): suspend as on Ctrl-Z.
    Suspend,
}

/// The signals the reader handles, as one stream.
pub struct Signals {
    exits: Vec<(i32, Signal)>,
    cont: Signal,
    winch: Signal,
    tstp: Signal,
}

impl Signals {
    pub fn install() -> std::io::Result<Signals> {
        let mut exits = Vec::new();
        for number in [libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT, libc::SIGINT] {
            exits.push((number, signal(SignalKind::from_raw(number))?));
        }
        let cont = signal(SignalKind::from_raw(libc::SIGCONT))?;
        let winch = signal(SignalKind::window_change())?;
        let tstp = signal(SignalKind::from_raw(libc::SIGTSTP))?;
        Ok(Signals {
            exits,
            cont,
            winch,
            tstp,
        })
    }

    /// The next signal caught.
    pub async fn next(&mut self) -> Caught {
        let exits = self.exits.iter_mut().map(|(number, stream)| {
            let number = *number;
            Box::pin(async move {
                stream.recv().await;
                Caught::Exit(number)
            })
        });
        tokio::select! {
            (caught, _, _) = futures::future::select_all(exits) => caught,
            _ = self.cont.recv() => Caught::Continued,
            _ = self.winch.recv() => Caught::Resized,
            _ = self.tstp.recv() => Caught::Suspend,
        }
    }
}
