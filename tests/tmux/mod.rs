//! A private tmux server for end-to-end tests of the reader: start a
//! command in a detached session, send keys, capture the screen.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A private tmux server (own socket) that is killed however the test ends.
pub struct Tmux {
    pub socket: std::path::PathBuf,
}

impl Tmux {
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    pub fn capture(&self) -> String {
        let out = self.run(&["capture-pane", "-p", "-t", "reader"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen with its SGR attributes as escape sequences (`capture-pane -e`).
    pub fn capture_styled(&self) -> String {
        let out = self.run(&["capture-pane", "-p", "-e", "-t", "reader"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "reader"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    pub fn literal(&self, text: &str) {
        assert!(
            self.run(&["send-keys", "-t", "reader", "-l", text])
                .status
                .success()
        );
    }

    /// Starts `command` in a detached session named "reader" of `cols`×`rows`.
    /// After a `kill-server` the old server may still be going away, and a
    /// session started at that moment fails ("server exited unexpectedly"):
    /// it is tried again for a few seconds.
    pub fn start(&self, cols: u16, rows: u16, command: &str) {
        let (cols, rows) = (cols.to_string(), rows.to_string());
        let args = [
            "new-session",
            "-d",
            "-s",
            "reader",
            "-x",
            &cols,
            "-y",
            &rows,
            command,
        ];
        let mut started = self.run(&args);
        for _ in 0..25 {
            if started.status.success() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
            started = self.run(&args);
        }
        assert!(started.status.success(), "{started:?}");
    }

    /// The pane's terminal modes as `alternate mouse(any, button, standard)
    /// cursor`: `0 000 1` once a program gave the terminal back (main
    /// screen, no mouse reporting, cursor shown).
    pub fn modes(&self) -> String {
        let format = "#{alternate_on} #{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag} #{cursor_flag}";
        let out = self.run(&["display-message", "-p", "-t", "reader", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Polls the screen until `ok` holds on a settled screen, or fails with
    /// what was on screen. A capture taken while the reader was drawing
    /// shows parts of two frames (a closing palette's rows over the jumped-to
    /// text): only a screen that reads the same a moment later counts.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.capture();
            if ok(&screen) {
                std::thread::sleep(Duration::from_millis(30));
                if self.capture() == screen {
                    return screen;
                }
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

pub fn quoted(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

pub fn have_tmux() -> bool {
    let found = Command::new("tmux").arg("-V").output().is_ok();
    if !found {
        eprintln!("note: tmux is not installed; skipping the end-to-end reader test");
    }
    found
}
