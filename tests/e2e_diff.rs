//! The reader in tmux as a user drives it, for issue 13's diff pane and
//! article pane: the renderings cursor (defect 3), the diff's position and
//! where a rendering opens (defect 4), punctuation at line starts (defect 5),
//! search in the article (missing 1) and the legend in `?` (missing 4).

#![cfg(feature = "tui")]

use crate::tmux;

use std::path::Path;

use tmux::{Tmux, have_tmux, quoted};

/// Starts the reader at `cols`×`rows` with fresh state on `paths` (the
/// bundled corpus when empty).
fn reader_at(dir: &Path, cols: u16, rows: u16, paths: &[&Path]) -> Tmux {
    let tmux = Tmux {
        socket: dir.join("tmux.sock"),
    };
    let args: Vec<String> = paths.iter().map(|p| quoted(p)).collect();
    let command = format!(
        "env XDG_STATE_HOME={} XDG_CONFIG_HOME={} {} {}; sleep 30",
        quoted(&dir.join("state")),
        quoted(&dir.join("config")),
        quoted(Path::new(env!("CARGO_BIN_EXE_verbatim"))),
        args.join(" ")
    );
    tmux.start(cols, rows, &command);
    tmux
}

/// The rightmost pane's text on each screen line (the diff at 160 columns).
fn right_pane(screen: &str) -> Vec<&str> {
    screen
        .lines()
        .filter_map(|l| l.rsplit(['│', '┃']).nth(1))
        .collect()
}

/// The diff's `▶` row and its B label.
fn cursor_and_b(screen: &str) -> (String, String) {
    let pane = right_pane(screen);
    let find = |prefix: &str| {
        pane.iter()
            .find(|l| l.starts_with(prefix))
            .map_or(String::new(), |l| l.to_string())
    };
    (find("▶ "), find("B "))
}

/// Issue 13 defect 3: in the diff, `j`/`k` move the `▶` cursor through the
/// renderings (the diff follows it; the view does not scroll), and Enter
/// opens the rendering under it, the reference included.
#[test]
fn j_and_k_move_the_renderings_cursor_and_enter_opens_its_rendering() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = reader_at(dir.path(), 160, 45, &[]);
    let screen = tmux.wait_for("the first comparison", |s| s.contains("All renderings"));
    let (cursor, b) = cursor_and_b(&screen);
    assert!(cursor.contains("reworded"), "{screen}");
    assert!(b.contains("reworded"), "{screen}");
    // The group in view ("Group 2/8 · …"): moving the cursor must not change it.
    let group = screen
        .split("Group ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .map(|n| format!("Group {n}"))
        .expect("the diff names its group");

    tmux.keys(&["k"]);
    let screen = tmux.wait_for("the cursor on the extended rendering", |s| {
        cursor_and_b(s).0.contains("extended")
    });
    assert!(
        cursor_and_b(&screen).1.contains("extended"),
        "the diff follows:\n{screen}"
    );
    assert!(screen.contains(&group), "j/k do not scroll:\n{screen}");

    tmux.keys(&["k"]);
    let screen = tmux.wait_for("the cursor on the reference", |s| {
        cursor_and_b(s).0.contains("reference")
    });
    assert!(cursor_and_b(&screen).1.contains("extended"), "{screen}");
    tmux.keys(&["k"]);

    // The reference is in the first source, which is not open yet.
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the reference's article", |s| {
        s.contains("┌ Putin finally agrees") || s.contains("┏ Putin finally agrees")
    });
    assert!(
        screen.contains("quote "),
        "the rendering is selected:\n{screen}"
    );
    tmux.keys(&["j", "j"]);
    tmux.wait_for("the cursor back on the reworded rendering", |s| {
        cursor_and_b(s).0.contains("reworded")
    });
}

/// One long quote rendered by two outlets that differ only in its last
/// words, with spaces before commas as scraped text has them.
fn long_quote_corpus(dir: &Path) -> Vec<std::path::PathBuf> {
    let body = "We have worked for many long months with all of our partners , and we have \
                built the strongest coalition this country has ever seen , and we are ready \
                to defend every town , every village and every family that lives along the \
                border , and";
    let texts = [
        (
            "a.txt",
            "Minister vows to fight on",
            "we will never give up",
        ),
        (
            "b.txt",
            "Coalition is ready, minister says",
            "we shall never surrender",
        ),
    ];
    texts
        .iter()
        .map(|(name, title, end)| {
            let path = dir.join(name);
            let text = format!(
                "{title}\n\nThe minister spoke on Monday , after the talks.\n\n\
                 “{body} {end},” the minister said.\n\nNothing else happened , for now.\n"
            );
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// Issue 13 defects 4 and 5: at 80×24 a long rendering opens at its first
/// difference with the shared words before it in view, the diff says where
/// it is (`13-22/30`), and no wrapped line, in the article or the diff,
/// starts with a comma or a full stop.
#[test]
fn a_long_diff_opens_at_its_difference_and_punctuation_never_starts_a_line() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let paths = long_quote_corpus(&corpus);
    let paths: Vec<&Path> = paths.iter().map(|p| p.as_path()).collect();
    let tmux = reader_at(dir.path(), 80, 24, &paths);
    let screen = tmux.wait_for("the comparison", |s| s.contains(" group"));
    let border = screen
        .lines()
        .find(|l| l.contains(" Renderings "))
        .unwrap_or_default();
    let position = border
        .split_whitespace()
        .find(|w| w.contains('/') && w.contains('-'))
        .unwrap_or_else(|| panic!("no position in the diff's border:\n{screen}"));
    assert!(!position.starts_with("1-"), "opened at the top:\n{screen}");
    assert!(
        screen.contains("shall") || screen.contains("surrender"),
        "the changed words are in view:\n{screen}"
    );
    assert!(
        screen.contains("border"),
        "the shared words before them too:\n{screen}"
    );
    for line in screen.lines() {
        for part in line.split(['│', '┃']).skip(1) {
            assert!(
                !part.trim_start().starts_with([',', '.']),
                "a line starts with punctuation: {line:?}\n{screen}"
            );
        }
    }
}

/// Issue 13 missing 1 and 4: `/` searches the article as it is typed,
/// Enter keeps it, `n` goes through the matches and says when it wraps,
/// Esc clears it (and `n` is back on quotes); `?` explains the symbols
/// and relations and says `n` also goes through matches.
#[test]
fn slash_searches_the_article_and_help_has_a_legend() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmux = reader_at(dir.path(), 160, 45, &[]);
    tmux.wait_for("the first screen", |s| s.contains("All renderings"));
    tmux.keys(&["/"]);
    tmux.literal("putin");
    let screen = tmux.wait_for("the matches counted", |s| s.contains("/putin▏ · "));
    let count: usize = screen
        .split("/putin▏ · ")
        .nth(1)
        .and_then(|rest| rest.split('/').nth(1))
        .and_then(|n| n.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no match count:\n{screen}"));
    assert!(count > 1, "{screen}");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the search kept", |s| s.contains(" /putin · "));
    let at: usize = screen
        .split(" /putin · ")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no current match:\n{screen}"));
    // From match `at`, the step past the last one wraps to the first.
    let presses = vec!["n"; count - at + 1];
    tmux.keys(&presses);
    tmux.wait_for("the wrap to the first match", |s| {
        s.contains("wrapped to the first match") && s.contains(&format!(" /putin · 1/{count} "))
    });

    tmux.keys(&["Escape"]);
    tmux.wait_for("the search cleared", |s| !s.contains(" /putin"));
    tmux.keys(&["n"]);
    tmux.wait_for("n on quotes again", |s| s.contains(" quote "));

    tmux.keys(&["?"]);
    let screen = tmux.wait_for("the legend", |s| s.contains("Relations of B to A"));
    for needle in [
        "mostly other words",
        "Δ33%",
        "14q",
        "next quote / match",
        "/",
    ] {
        assert!(screen.contains(needle), "{needle} missing:\n{screen}");
    }
}
