//! The reader in a real terminal: start `verbatim` in a detached tmux
//! session, drive it with keys and assert on captured screens, as a user would.

mod tmux;

use std::path::Path;

use tmux::{Tmux, have_tmux, quoted};

/// Parameters of the SGR sequences (`ESC [ params m`) at the very end of `s`,
/// i.e. the attributes in force for the text that follows.
fn trailing_sgr(mut s: &str) -> Vec<&str> {
    let mut params = Vec::new();
    while let Some(i) = s.rfind("\u{1b}[") {
        let seq = &s[i + 2..];
        match seq.strip_suffix('m') {
            Some(p) if p.chars().all(|c| c.is_ascii_digit() || c == ';') => params.push(p),
            _ => break,
        }
        s = &s[..i];
    }
    params
}

#[test]
fn reader_opens_jumps_helps_and_quits_cleanly() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (state, config) = (dir.path().join("state"), dir.path().join("config"));
    let tmux = Tmux {
        socket: dir.path().join("tmux.sock"),
    };
    // The shell reports the exit status after the reader leaves, and stays so it can be read.
    let command = format!(
        "env XDG_STATE_HOME={} XDG_CONFIG_HOME={} {}; echo \"reader exited with $?\"; sleep 30",
        quoted(&state),
        quoted(&config),
        quoted(Path::new(env!("CARGO_BIN_EXE_verbatim")))
    );
    tmux.start(160, 45, &command);

    // The first screen: every source listed once the corpus is analysed.
    // Waits for the comparison itself, not only the header: the check
    // below once failed on a loaded machine, most likely a capture landing
    // mid-frame (tmux 3.3 shows a frame as it arrives). If the comparison
    // never comes side by side, this times out showing the screen.
    let side_by_side = |s: &str| {
        s.lines()
            .any(|l| l.contains("very big power") && l.contains("very great"))
    };
    let screen = tmux.wait_for("the first screen, the comparison side by side", |s| {
        s.contains("5 sources") && s.contains("Renderings") && side_by_side(s)
    });
    assert!(screen.contains("Putin finally agrees"), "{screen}");
    assert!(screen.contains("Trump: Russia will"), "{screen}");
    // The user's first screen is the comparison that differs most across
    // outlets, the two renderings side by side on the same rows (waited for above).
    assert!(screen.contains("reworded"), "{screen}");

    tmux.keys(&["C-p"]);
    tmux.wait_for("the palette", |s| s.contains("Jump to a person"));
    tmux.literal("putin");
    tmux.wait_for("the query echoed", |s| s.contains("› putin"));
    tmux.keys(&["Enter"]);
    tmux.wait_for("the jump to Putin's first mention", |s| {
        !s.contains("Jump to a person") && s.contains("┌ 000_")
    });

    // A machine-translated spelling finds its person's variant entry, and the
    // jump opens that outlet's article with the spelling highlighted.
    tmux.keys(&["C-p"]);
    tmux.wait_for("the palette", |s| s.contains("Jump to a person"));
    tmux.literal("zelsky");
    let palette = tmux.wait_for("the query echoed", |s| s.contains("› zelsky"));
    let first_entry = palette
        .lines()
        .find(|l| l.contains('▶') && l.contains("variant"))
        .unwrap_or_else(|| panic!("no selected variant entry:\n{palette}"));
    assert!(first_entry.contains("Zelsky"), "{palette}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the article of source 002", |s| {
        !s.contains("Jump to a person") && s.contains("┌ 002_")
    });
    let styled = tmux.capture_styled();
    let line = styled
        .lines()
        .find(|l| l.contains("Zelsky"))
        .unwrap_or_else(|| panic!("Zelsky not visible:\n{styled}"));
    let at = line.find("Zelsky").unwrap();
    let at = line[..at]
        .rfind("Volodymyr ")
        .filter(|&i| i + 10 == at)
        .unwrap_or(at);
    assert!(
        trailing_sgr(&line[..at])
            .iter()
            .any(|p| p.split(';').any(|n| n == "7")),
        "Zelsky is not highlighted (reverse video): {line:?}"
    );

    tmux.keys(&["?"]);
    let help = tmux.wait_for("the help", |s| s.contains("esc closes"));
    assert!(
        help.contains("swap sides") && help.contains("previous rendering"),
        "{help}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_for("the help to close", |s| !s.contains("esc closes"));

    tmux.keys(&["q"]);
    let end = tmux.wait_for("the reader to exit", |s| s.contains("reader exited with"));
    assert!(end.contains("reader exited with 0"), "{end}");
    // The alternate screen is gone: the reader's panes are no longer shown.
    assert!(!end.contains("Renderings"), "{end}");
    let saved = std::fs::read_to_string(state.join("verbatim").join("state.json")).unwrap();
    assert!(saved.contains("\"source\""), "{saved}");
}

/// Debug builds panic right after the first frame when `VERBATIM_TEST_PANIC`
/// is set: the terminal must come back usable (main screen, cooked mode).
#[test]
#[cfg(debug_assertions)]
fn a_panic_restores_the_terminal() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = Tmux {
        socket: dir.path().join("tmux.sock"),
    };
    let command = format!(
        "env RUST_BACKTRACE=0 VERBATIM_TEST_PANIC=1 XDG_STATE_HOME={} XDG_CONFIG_HOME={} {}; \
         echo \"reader exited with $?\"; stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'; sleep 30",
        quoted(&dir.path().join("state")),
        quoted(&dir.path().join("config")),
        quoted(Path::new(env!("CARGO_BIN_EXE_verbatim")))
    );
    tmux.start(100, 30, &command);
    let end = tmux.wait_for("the reader to exit", |s| s.contains("icanon"));
    assert!(end.contains("injected panic"), "{end}");
    assert!(end.contains("reader exited with 101"), "{end}");
    assert!(
        !end.contains("Renderings"),
        "still on the reader's screen:\n{end}"
    );
    assert!(
        end.lines().any(|l| l.trim() == "icanon"),
        "raw mode left on:\n{end}"
    );
}
