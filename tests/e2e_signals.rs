//! The reader's lifecycle in a real terminal (tmux): signals give the
//! terminal back and keep the read state, Ctrl-Z suspends and `fg`
//! redraws, `q` exits while the loader is still busy, and a terminal that
//! cannot draw is refused.

use crate::tmux;

use std::path::{Path, PathBuf};

use tmux::{Tmux, have_tmux, quoted};

/// A reader started through a script that first writes its pid, so the
/// test can signal the reader itself (not tmux or the shell).
struct Reader {
    dir: tempfile::TempDir,
    tmux: Tmux,
}

impl Reader {
    fn new() -> Reader {
        let dir = tempfile::tempdir().unwrap();
        let tmux = Tmux {
            socket: dir.path().join("tmux.sock"),
        };
        let script = format!(
            "echo $$ > {pid}\nexec env XDG_STATE_HOME={state} XDG_CONFIG_HOME={config} {bin} \"$@\"\n",
            pid = quoted(&dir.path().join("pid")),
            state = quoted(&dir.path().join("state")),
            config = quoted(&dir.path().join("config")),
            bin = quoted(Path::new(env!("CARGO_BIN_EXE_verbatim"))),
        );
        std::fs::write(dir.path().join("reader.sh"), script).unwrap();
        Reader { dir, tmux }
    }

    /// The command line that runs the reader on `args`.
    fn command(&self, args: &str) -> String {
        format!("sh {} {args}", quoted(&self.dir.path().join("reader.sh")))
    }

    /// Starts the reader alone in the pane; afterwards the shell shows
    /// its exit status and whether the terminal is back in cooked mode.
    fn start(&self, args: &str) {
        self.start_line(&self.command(args));
    }

    /// Like [`Reader::start`] with the whole command line given.
    fn start_line(&self, line: &str) {
        let command = format!(
            "{line}; echo \"reader exited with $?\"; stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'; sleep 30"
        );
        self.tmux.start(160, 45, &command);
    }

    /// Starts the reader on the bundled corpus and waits for its first screen.
    fn start_on_seeds(&self) {
        self.start("");
        self.tmux.wait_for("the first screen", first_screen);
    }

    /// Waits for the reader started by [`Reader::start`] to exit; returns
    /// the final screen (exit status and the `icanon` line included).
    fn wait_for_exit(&self) -> String {
        self.tmux
            .wait_for("the reader to exit", |s| s.contains("icanon"))
    }

    /// Presses `q` and expects a clean exit with the terminal given back.
    fn quit(&self) {
        self.tmux.keys(&["q"]);
        let end = self.wait_for_exit();
        assert!(end.contains("reader exited with 0"), "{end}");
        assert_eq!(self.tmux.modes(), "0 000 1");
    }

    /// The reader's config folder (`$XDG_CONFIG_HOME/verbatim`), created.
    fn config_dir(&self) -> PathBuf {
        let dir = self.dir.path().join("config").join("verbatim");
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn state_file(&self) -> PathBuf {
        self.dir
            .path()
            .join("state")
            .join("verbatim")
            .join("state.json")
    }

    fn signal(&self, name: &str) {
        let pid = std::fs::read_to_string(self.dir.path().join("pid")).unwrap();
        let sent = std::process::Command::new("kill")
            .args(["-s", name, pid.trim()])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    /// Waits until the saved state names `source`.
    fn wait_for_saved_source(&self, source: &str) -> String {
        let wanted = format!("\"source\": \"{source}\"");
        self.tmux
            .wait_for("the state file to name the source", |_| {
                std::fs::read_to_string(self.state_file()).is_ok_and(|s| s.contains(&wanted))
            });
        std::fs::read_to_string(self.state_file()).unwrap()
    }
}

fn first_screen(s: &str) -> bool {
    s.contains("5 sources") && s.contains("Renderings")
}

#[test]
fn term_hup_quit_and_int_give_the_terminal_back_and_keep_what_was_read() {
    if !have_tmux() {
        return;
    }
    for (signal, code) in [("TERM", 143), ("HUP", 129), ("QUIT", 131), ("INT", 130)] {
        let reader = Reader::new();
        reader.start_on_seeds();
        assert_eq!(reader.tmux.modes().split(' ').next(), Some("1"));
        // Open the next source from the list: saved at once, before any exit.
        reader.tmux.keys(&["Tab", "j", "Enter"]);
        let saved = reader.wait_for_saved_source("003_62210df4e4ee305d");
        assert!(saved.contains("002_f8be6ca9cb3afce6"), "{saved}");

        reader.signal(signal);
        let end = reader.wait_for_exit();
        assert!(
            end.contains(&format!("reader exited with {code}")),
            "{signal}: {end}"
        );
        assert!(
            end.lines().any(|l| l.trim() == "icanon"),
            "{signal}: raw mode left on:\n{end}"
        );
        assert!(
            !end.contains("Renderings"),
            "{signal}: still on the reader's screen:\n{end}"
        );
        assert_eq!(
            reader.tmux.modes(),
            "0 000 1",
            "{signal}: modes left behind"
        );
        let saved = std::fs::read_to_string(reader.state_file()).unwrap();
        assert!(saved.contains("003_62210df4e4ee305d"), "{signal}: {saved}");
    }
}

#[test]
fn ctrl_z_suspends_and_fg_redraws() {
    if !have_tmux() {
        return;
    }
    let reader = Reader::new();
    // Job control needs an interactive shell.
    reader
        .tmux
        .start(160, 45, "env PS1='$ ' bash --norc --noprofile -i");
    reader.tmux.wait_for("the prompt", |s| s.contains('$'));
    reader.tmux.literal(&reader.command(""));
    reader.tmux.keys(&["Enter"]);
    reader.tmux.wait_for("the first screen", first_screen);

    reader.tmux.keys(&["C-z"]);
    let stopped = reader
        .tmux
        .wait_for("the shell's stopped notice", |s| s.contains("Stopped"));
    assert!(!stopped.contains("Renderings"), "{stopped}");
    assert_eq!(reader.tmux.modes(), "0 000 1");

    reader.tmux.literal("fg");
    reader.tmux.keys(&["Enter"]);
    reader.tmux.wait_for("the reader redrawn", first_screen);
    assert_eq!(reader.tmux.modes().split(' ').next(), Some("1"));

    // A stop asked for from outside gives the terminal back the same way.
    reader.signal("TSTP");
    let stopped = reader.tmux.wait_for("stopped again", |s| {
        !s.contains("Renderings") && s.contains("Stopped")
    });
    assert_eq!(reader.tmux.modes(), "0 000 1", "{stopped}");
    reader.tmux.literal("fg");
    reader.tmux.keys(&["Enter"]);
    reader
        .tmux
        .wait_for("the reader redrawn again", first_screen);
    reader.tmux.keys(&["q"]);
    reader
        .tmux
        .wait_for("the prompt after quitting", |s| !s.contains("Renderings"));
    reader.tmux.literal("echo \"reader exited with $?\"");
    reader.tmux.keys(&["Enter"]);
    // The output line, not the command line typed above, which holds the same words.
    let end = reader.tmux.wait_for("the exit status", |s| {
        s.lines().any(|l| l.starts_with("reader exited with"))
    });
    assert!(end.lines().any(|l| l == "reader exited with 0"), "{end}");
}

/// A FIFO given as a path blocks the loader in `open` until a writer comes,
/// which is never: quitting must not wait for it.
#[test]
fn q_exits_while_the_loader_is_still_busy() {
    if !have_tmux() {
        return;
    }
    let reader = Reader::new();
    let fifo = reader.dir.path().join("never.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    reader.start(&quoted(&fifo));
    reader
        .tmux
        .wait_for("the loading screen", |s| s.contains("loading"));
    reader.quit();
}

#[test]
fn a_terminal_that_cannot_draw_is_refused() {
    if !have_tmux() {
        return;
    }
    for (wrap, why) in [
        ("env TERM=dumb {}", "TERM=dumb"),
        ("{} </dev/null", "standard input is not one"),
        ("{} | cat", "standard output is not one"),
    ] {
        let reader = Reader::new();
        reader.start_line(&wrap.replace("{}", &reader.command("")));
        let end = reader.wait_for_exit();
        assert!(end.contains("reader exited with"), "{end}");
        let said: Vec<&str> = end.lines().filter(|l| l.starts_with("verbatim:")).collect();
        assert_eq!(said.len(), 1, "{wrap}: {end}");
        assert!(
            said[0].contains(why) && said[0].contains("verbatim quotes"),
            "{end}"
        );
        assert!(!end.contains("Renderings"), "{wrap}: drew anyway:\n{end}");
        if !wrap.contains("cat") {
            // With `| cat` the shell reports cat's status, not the reader's.
            assert!(end.contains("reader exited with 1"), "{wrap}: {end}");
        }
    }
}

/// A config value holding escape sequences (OSC 52 writes the clipboard)
/// or running to a megabyte comes back in the error made safe and short.
#[test]
fn config_errors_echo_values_safely() {
    if !have_tmux() {
        return;
    }
    let reader = Reader::new();
    let config = reader.config_dir();
    let hostile = format!(
        "[keys.normal]\n\"x\" = \"\\u001b]52;c;aGVsbG8=\\u0007{}\"\n",
        "y".repeat(900_000)
    );
    std::fs::write(config.join("config.toml"), hostile).unwrap();
    reader.start("");
    let end = reader.wait_for_exit();
    assert!(end.contains("reader exited with 1"), "{end}");
    assert!(end.contains("␛]52"), "the escape is not shown as ␛:\n{end}");
    let error_rows = end.lines().filter(|l| l.contains('y')).count();
    assert!(error_rows < 10, "the long value was echoed whole:\n{end}");
}

/// A bracketed-paste start with no end (`ESC[200~`) once froze every key
/// after it, `q` included.
#[test]
fn an_unterminated_paste_does_not_freeze_the_keys() {
    if !have_tmux() {
        return;
    }
    let reader = Reader::new();
    reader.start_on_seeds();
    let start_of_paste = ["-H", "1b", "5b", "32", "30", "30", "7e"];
    let mut args = vec!["send-keys", "-t", "reader"];
    args.extend_from_slice(&start_of_paste);
    assert!(reader.tmux.run(&args).status.success());
    reader.tmux.literal("some pasted words");
    reader.tmux.keys(&["?"]);
    reader.tmux.wait_for("the help, still answering keys", |s| {
        s.contains("esc closes")
    });
    reader.tmux.keys(&["Escape"]);
    reader
        .tmux
        .wait_for("the help to close", |s| !s.contains("esc closes"));
    reader.quit();
}

/// Resizes reach the reader as SIGWINCH (its own input reader has no
/// crossterm event for them): the layout follows the new size.
#[test]
fn a_resized_window_is_redrawn_to_fit() {
    if !have_tmux() {
        return;
    }
    let reader = Reader::new();
    reader.start_on_seeds();
    let resized = reader
        .tmux
        .run(&["resize-window", "-t", "reader", "-x", "90", "-y", "30"]);
    assert!(resized.status.success(), "{resized:?}");
    let screen = reader.tmux.wait_for("the narrow layout", |s| {
        first_screen(s)
            && s.lines()
                .any(|l| l.trim_end().ends_with('┐') && l.chars().count() == 90)
    });
    assert!(screen.lines().count() <= 30, "{screen}");
    reader.quit();
}

/// A config linked to `/dev/zero` once grew the reader to 2 GB before any
/// error: a device is refused before a byte is read.
#[test]
fn a_config_that_is_a_device_is_refused_at_once() {
    if !have_tmux() {
        return;
    }
    let reader = Reader::new();
    let config = reader.config_dir();
    std::os::unix::fs::symlink("/dev/zero", config.join("config.toml")).unwrap();
    reader.start("");
    let end = reader.wait_for_exit();
    assert!(end.contains("reader exited with 1"), "{end}");
    assert!(end.contains("config.toml: not a regular file"), "{end}");
}

/// When nothing loads, the reader says why for each file, as the
/// subcommands do, after giving the terminal back.
#[test]
fn the_reader_names_each_reason_when_nothing_loads() {
    if !have_tmux() {
        return;
    }
    let reader = Reader::new();
    let folder = reader.dir.path().join("articles");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("empty.txt"), "").unwrap();
    std::fs::write(folder.join("nul.txt"), "a\0b").unwrap();
    reader.start(&quoted(&folder));
    let end = reader.wait_for_exit();
    assert!(end.contains("reader exited with 1"), "{end}");
    assert!(end.contains("empty.txt: skipped: empty file"), "{end}");
    assert!(end.contains("nul.txt: skipped: binary"), "{end}");
    assert!(end.contains("no readable articles"), "{end}");
    assert_eq!(reader.tmux.modes(), "0 000 1");
}
