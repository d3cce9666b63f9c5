//! Issue 13's remaining defects in a real terminal (tmux), as a user meets
//! them: where jumps land and what a resize keeps (6), read marks kept per
//! folder (8), the wording of counts and group numbers (9), titles that
//! skip a page's boilerplate (10), and one more case of punctuation (5).

use crate::screen;
use crate::tmux;

use std::path::{Path, PathBuf};
use std::process::Command;

use screen::{marks_of, pane_rows};
use tmux::{Tmux, have_tmux, quoted};

const BINARY: &str = env!("CARGO_BIN_EXE_verbatim");

/// A private tmux server under `home` (killed when the test ends).
fn tmux_in(home: &Path) -> Tmux {
    Tmux {
        socket: home.join("tmux.sock"),
    }
}

/// Starts the reader on `paths` (none: the bundled corpus) at `cols`×`rows`,
/// its state and configuration under `home`. The shell then says how the
/// reader exited and stays, so the screen can still be read.
fn start_reader(tmux: &Tmux, home: &Path, cols: u16, rows: u16, paths: &[&Path]) {
    let args: Vec<String> = paths.iter().map(|p| quoted(p)).collect();
    let command = format!(
        "env XDG_STATE_HOME={} XDG_CONFIG_HOME={} {} {}; echo \"reader exited with $?\"; sleep 30",
        quoted(&home.join("state")),
        quoted(&home.join("config")),
        quoted(Path::new(BINARY)),
        args.join(" ")
    );
    tmux.start(cols, rows, &command);
}

/// Quits the reader with `q` and ends its session, so the next one starts afresh.
fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    let end = tmux.wait_for("the reader to exit", |s| s.contains("reader exited with"));
    assert!(end.contains("reader exited with 0"), "{end}");
    tmux.run(&["kill-session", "-t", "reader"]);
}

/// Runs `verbatim ARGS` and returns its standard output.
fn cli(args: &[&str]) -> String {
    let out = Command::new(BINARY).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Writes `files` (name, text) into a new folder `name` under `home`.
fn folder(home: &Path, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = home.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

/// A long article (120 paragraphs, a few hundred wrapped lines): each
/// paragraph names its barge by a tag of its own (`K001`…`K120`) that the
/// palette finds, and its one quote, by Harriet Calloway, is three quarters
/// down, off screen at first.
fn long_article() -> String {
    // The lede repeats the headline's words, as news does: a first line
    // that shares none with the story is read as page furniture.
    let mut text = String::from(
        "Harbour works drag on through the winter\n\n\
         The works on the harbour wall dragged on through the winter.\n\n",
    );
    for day in 1..=120 {
        let paragraph = if day == 90 {
            "“Barnacles have eaten the gauges, so the tide tables are wrong,” \
             said Harriet Calloway, the harbour master."
                .to_string()
        } else {
            format!(
                "Barge K{day:03} brought {} tonnes of stone, and the crews repaired \
                 a further stretch of the eastern wall.",
                day * 3
            )
        };
        text.push_str(&paragraph);
        text.push_str("\n\n");
    }
    text
}

const LONG_TITLE: &str = "Harbour works drag on through the winter";

/// Jumps with the palette: types `query`, waits until the selected entry
/// reads `entry`, presses Enter, and returns the article pane's rows once
/// `target` is in them.
fn palette_jump(tmux: &Tmux, query: &str, entry: &str, target: &str) -> Vec<String> {
    tmux.keys(&["C-p"]);
    tmux.wait_for("the palette", |s| s.contains("Jump to a person"));
    tmux.literal(query);
    tmux.wait_for(&format!("{entry} selected for {query}"), |s| {
        pane_rows(s, "Jump to a person").is_some_and(|rows| {
            rows.iter().any(|r| r.contains(&format!("› {query}")))
                && rows.iter().any(|r| r.starts_with('▶') && r.contains(entry))
        })
    });
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for(&format!("the jump to {target}"), |s| {
        !s.contains("Jump to a person")
            && pane_rows(s, LONG_TITLE).is_some_and(|rows| rows.iter().any(|r| r.contains(target)))
    });
    pane_rows(&screen, LONG_TITLE).unwrap()
}

/// The barge tag (`K013`) of a paragraph whose first line is on one of
/// `rows` of the article pane.
fn barge_on(pane: &[String], rows: std::ops::Range<usize>) -> String {
    pane[rows.clone()]
        .iter()
        .find_map(|r| {
            Some(
                r.trim()
                    .strip_prefix("Barge ")?
                    .split(' ')
                    .next()?
                    .to_string(),
            )
        })
        .unwrap_or_else(|| panic!("no paragraph starts on rows {rows:?}:\n{}", pane.join("\n")))
}

/// Asserts that `target` is shown at least `margin` rows from both edges of `rows`.
fn assert_inside_margin(rows: &[String], target: &str, margin: usize) {
    let at = rows.iter().position(|r| r.contains(target)).unwrap();
    let shown = rows.join("\n");
    assert!(
        at >= margin && at + margin < rows.len(),
        "{target} on row {at} of {}, within {margin} of an edge:\n{shown}",
        rows.len()
    );
}

/// Issue 13 defect 6: a palette jump lands with a margin (vim's
/// `scrolloff`): a target already on the pane's last or first rows is
/// brought in, and one far off lands inside too. The quote selected by `n`
/// stays on screen when the terminal shrinks from 160×45 to 80×24.
#[test]
fn jumps_keep_a_margin_and_a_resize_keeps_the_selected_quote() {
    if !have_tmux() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let corpus = folder(home.path(), "corpus", &[("harbour.txt", &long_article())]);
    let tmux = tmux_in(home.path());
    start_reader(&tmux, home.path(), 160, 45, &[&corpus]);
    // Loaded, not only drawn: keys sent while loading would go nowhere.
    // And drawn to the pane's foot: on a loaded machine a capture may catch
    // the first frame half painted, its lower rows still blank.
    let screen = tmux.wait_for("the article loaded", |s| {
        s.contains(" group")
            && pane_rows(s, LONG_TITLE)
                .is_some_and(|rows| rows.iter().rev().take(3).any(|r| r.contains("Barge ")))
    });
    let rows = pane_rows(&screen, LONG_TITLE).unwrap();
    let height = rows.len();
    assert!(height > 30, "the article pane is tall:\n{screen}");
    assert!(
        !rows.iter().any(|r| r.contains("Calloway")),
        "the quote starts off screen:\n{screen}"
    );

    // A barge on the last rows: without a margin the jump would leave it there.
    let barge = barge_on(&rows, height - 3..height);
    let rows = palette_jump(&tmux, &barge.to_lowercase(), &barge, &barge);
    assert_inside_margin(&rows, &barge, 3);
    // Far down, then a barge on the first rows.
    let rows = palette_jump(&tmux, "calloway", "Harriet Calloway", "Calloway");
    assert_inside_margin(&rows, "Calloway", 3);
    let barge = barge_on(&rows, 0..3);
    let rows = palette_jump(&tmux, &barge.to_lowercase(), &barge, &barge);
    assert_inside_margin(&rows, &barge, 3);

    // `n` selects the article's one quote; the bottom edge names it.
    tmux.keys(&["n"]);
    let screen = tmux.wait_for("the quote selected", |s| {
        s.contains("quote 1/1 · Harriet Calloway")
    });
    assert_inside_margin(&pane_rows(&screen, LONG_TITLE).unwrap(), "Barnacles", 3);

    assert!(
        tmux.run(&["resize-window", "-t", "reader", "-x", "80", "-y", "24"])
            .status
            .success()
    );
    let screen = tmux.wait_for("the selected quote in the article at 80×24", |s| {
        s.lines().count() <= 24
            && s.lines().all(|l| l.chars().count() <= 80)
            && pane_rows(s, LONG_TITLE)
                .is_some_and(|rows| rows.iter().any(|r| r.contains("Barnacles")))
    });
    // The small pane keeps a smaller margin, but the quote is off its edges.
    assert_inside_margin(&pane_rows(&screen, LONG_TITLE).unwrap(), "Barnacles", 1);
}

/// A folder of three articles, `a.txt`, `b.txt` and `c.txt`, titled `titles`.
fn three_articles(home: &Path, name: &str, titles: [&str; 3]) -> PathBuf {
    let texts: Vec<String> = titles
        .iter()
        .map(|t| format!("{t}\n\nThe harbour board met on {t} business.\n"))
        .collect();
    let files: Vec<(&str, &str)> = ["a.txt", "b.txt", "c.txt"]
        .into_iter()
        .zip(texts.iter().map(String::as_str))
        .collect();
    folder(home, name, &files)
}

/// The marks of each of `titles` in the sources list ("" if not listed).
fn marks(screen: &str, titles: [&str; 3]) -> [String; 3] {
    titles.map(|title| marks_of(screen, title).unwrap_or_default())
}

/// Presses Tab until the sources pane has focus (its frame is the thick one).
fn focus_sources(tmux: &Tmux) {
    for _ in 0..3 {
        if tmux.capture().contains("┏ Sources") {
            return;
        }
        let before = tmux.capture();
        tmux.keys(&["Tab"]);
        tmux.wait_for("the focus to move", |s| s != before);
    }
    tmux.wait_for("the sources focused", |s| s.contains("┏ Sources"));
}

/// Opens the source `down` rows below the first and waits for its mark.
fn open_source(tmux: &Tmux, down: usize, title: &str) {
    focus_sources(tmux);
    tmux.keys(&["g"]);
    for _ in 0..down {
        tmux.keys(&["j"]);
    }
    tmux.keys(&["Enter"]);
    tmux.wait_for(&format!("{title} open and read"), |s| {
        marks_of(s, title).as_deref() == Some("▶✓")
    });
}

/// Issue 13 defect 8: read marks belong to a folder's articles, not to their
/// file stems. A mark made in folder A survives opening folder B (the same
/// stems, other articles) and the bundled corpus; B's marks stay in B.
#[test]
fn read_marks_stay_with_their_folder() {
    if !have_tmux() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let a_titles = ["Alpha pier", "Bravo pier", "Charlie pier"];
    let b_titles = ["Delta quay", "Echo quay", "Foxtrot quay"];
    let a = three_articles(home.path(), "a", a_titles);
    let b = three_articles(home.path(), "b", b_titles);
    let tmux = tmux_in(home.path());
    // Starts the reader on `folder`; the marks of `titles` once loaded.
    let open = |folder: &Path, titles: [&str; 3]| {
        start_reader(&tmux, home.path(), 120, 30, &[folder]);
        let screen = tmux.wait_for("the folder loaded", |s| {
            s.contains(" group") && s.contains("3 sources") && marks_of(s, titles[2]).is_some()
        });
        (marks(&screen, titles), screen)
    };

    // A: the first article opens at start; c is opened too.
    open(&a, a_titles);
    open_source(&tmux, 2, "Charlie pier");
    quit(&tmux);

    // B: nothing of A's marks shows on B's c; b is read here.
    let (marks_b, screen) = open(&b, b_titles);
    assert_eq!(marks_b, ["▶✓", " •", " •"], "{screen}");
    open_source(&tmux, 1, "Echo quay");
    quit(&tmux);

    start_reader(&tmux, home.path(), 120, 30, &[]);
    tmux.wait_for("the bundled corpus loaded", |s| s.contains("5 sources"));
    quit(&tmux);

    // A again: its marks, where it was left, and not B's read b.
    let (marks_a, screen) = open(&a, a_titles);
    assert_eq!(marks_a, [" ✓", " •", "▶✓"], "{screen}");
    assert!(
        home.path().join("state/verbatim/state.json").exists(),
        "the marks are under XDG_STATE_HOME"
    );
}

/// One article quoting its mayor twice, the second time with other
/// punctuation: one group of two renderings, from one source.
const COUNCIL: &str = "Council approves the new sea wall\n\n\
    The council voted on Monday to approve the sea wall after a long debate.\n\n\
    “We have waited ten years for this wall and the town deserves it,” said Mayor \
    Dana Whitcombe at the meeting.\n\n\
    Residents applauded. Later, the mayor repeated her point to reporters: “We have \
    waited ten years for this wall, and the town deserves it.”\n";

/// The reader at 160×45 on a folder under `home` holding [`COUNCIL`].
fn reader_on_council(home: &Path) -> (Tmux, PathBuf) {
    let council = folder(home, "council", &[("council.txt", COUNCIL)]);
    let tmux = tmux_in(home);
    start_reader(&tmux, home, 160, 45, &[&council]);
    (tmux, council)
}

/// The fields of a group heading, numbered as the CLI numbers groups:
/// the reader's "Group 1/1 · divergence 5% · 1 source · 2 renderings" and
/// the CLI's "Group 1 · 2 renderings · 1 source · divergence 5%" agree.
fn heading_fields(heading: &str) -> Vec<String> {
    let mut fields: Vec<String> = heading
        .trim()
        .split(" · ")
        .map(|f| match f.split_once('/') {
            Some((number, _of)) if f.starts_with("Group ") => number.to_string(),
            _ => f.to_string(),
        })
        .collect();
    fields.sort();
    fields
}

/// Issue 13 defect 9: counts of one read in the singular on screen, and the
/// reader's group heading says what `verbatim quotes` says (number from 1,
/// divergence as a percentage).
#[test]
fn counts_of_one_are_singular_and_groups_read_as_in_the_cli() {
    if !have_tmux() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (tmux, council) = reader_on_council(home.path());
    let group_heading = |s: &str| {
        pane_rows(s, "Renderings")?
            .into_iter()
            .find(|r| r.starts_with("Group "))
    };
    let screen = tmux.wait_for("the group shown", |s| group_heading(s).is_some());
    let header = screen.lines().next().unwrap_or_default().trim_end();
    assert_eq!(
        header, "verbatim · 1 source · 2 quotes · 1 group",
        "{screen}"
    );
    let shown = group_heading(&screen).unwrap();
    assert!(shown.contains("· 1 source ·"), "{shown}");

    let printed = cli(&["quotes", council.to_str().unwrap()]);
    let printed = printed
        .lines()
        .find(|l| l.starts_with("Group "))
        .unwrap_or_else(|| panic!("no group printed:\n{printed}"));
    assert_eq!(heading_fields(&shown), heading_fields(printed));
    assert!(heading_fields(printed).contains(&"Group 1".to_string()));
    quit(&tmux);

    // One quote: "1 quote", and the selection counts it as 1 of 1.
    let one = folder(
        home.path(),
        "one",
        &[("one.txt", COUNCIL.split("\n\nResidents").next().unwrap())],
    );
    start_reader(&tmux, home.path(), 160, 45, &[&one]);
    let screen = tmux.wait_for("the one-quote article", |s| s.contains(" group"));
    let header = screen.lines().next().unwrap_or_default().trim_end();
    assert_eq!(
        header, "verbatim · 1 source · 1 quote · 0 groups",
        "{screen}"
    );
    tmux.keys(&["n"]);
    tmux.wait_for("the quote selected, 1 of 1", |s| {
        s.contains("quote 1/1 · Dana Whitcombe")
    });
}

/// Issue 13 defect 5, a case e2e_diff's corpus misses: a comma that one
/// rendering inserts after a run of equal words wider than a column ends
/// that run's row in the diff; no row of either side starts with it.
#[test]
fn an_inserted_comma_after_a_long_equal_run_keeps_to_its_word() {
    if !have_tmux() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let (tmux, _) = reader_on_council(home.path());
    let screen = tmux.wait_for("the two renderings side by side", |s| {
        pane_rows(s, "Renderings").is_some_and(|rows| rows.iter().any(|r| r.contains("│")))
    });
    let rows = pane_rows(&screen, "Renderings").unwrap();
    let sides: Vec<&str> = rows
        .iter()
        .filter(|r| r.contains('│'))
        .flat_map(|r| r.split('│'))
        .map(str::trim_start)
        .collect();
    assert!(
        sides.iter().any(|s| s.starts_with("this wall,")),
        "{screen}"
    );
    for side in sides {
        assert!(!side.starts_with([',', '.']), "{side:?}:\n{screen}");
    }
}

/// Issue 13 defect 9, the CLI's part: every `--json` document, `find`'s
/// included, is one compact line.
#[test]
fn every_json_document_is_one_compact_line() {
    let home = tempfile::tempdir().unwrap();
    let council = folder(home.path(), "council", &[("council.txt", COUNCIL)]);
    let path = council.to_str().unwrap();
    for args in [
        vec!["find", "wall", path, "--json"],
        vec!["sources", path, "--json"],
        vec!["quotes", path, "--json"],
        vec!["quotes", path, "--format", "json"],
        vec!["people", path, "--json"],
    ] {
        let out = cli(&args);
        let document = out.strip_suffix('\n').unwrap_or(&out);
        assert!(!document.contains('\n'), "{args:?} spans lines:\n{out}");
        let value: serde_json::Value = serde_json::from_str(document).unwrap();
        assert!(value.is_object(), "{args:?}: {out}");
        assert_eq!(
            serde_json::to_string(&value).unwrap().len(),
            document.len(),
            "{args:?} is not compact: {out}"
        );
    }
}

/// What a page pasted from a news site can carry above its headline: the
/// time it was updated, an audio player's notice and a video placeholder.
const ABOVE_THE_HEADLINE: [&str; 3] = [
    "10.31 pm",
    "NEW You can now listen to Fox News articles!",
    "To view this video please enable JavaScript, and consider upgrading to a web \
     browser that supports HTML5 video",
];

/// Issue 13 defect 10: the headline under a page's time stamp and player
/// notices is the title, in `sources --json` and in the reader, whether the
/// lines are separated by blank lines or not.
#[test]
fn titles_skip_time_stamps_and_player_notices() {
    let home = tempfile::tempdir().unwrap();
    let spaced = format!(
        "{}\n\nHarbour council approves the new sea wall\n\n\
         The council voted on Monday to approve the sea wall after a long debate.\n\n\
         Residents said the vote was overdue.\n",
        ABOVE_THE_HEADLINE.join("\n\n")
    );
    let tight = format!(
        "{}\nFerry fares rise for the summer season\n\
         The ferry company raised fares on Tuesday after a long winter.\n\
         Passengers said the rise was steep.\n",
        ABOVE_THE_HEADLINE.join("\n")
    );
    let corpus = folder(
        home.path(),
        "pasted",
        &[("spaced.txt", &spaced), ("tight.txt", &tight)],
    );
    let json = cli(&["sources", corpus.to_str().unwrap(), "--json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let titles: Vec<(&str, bool)> = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let title = s["title"].as_str().unwrap();
            (title, s["title_derived"].as_bool().unwrap())
        })
        .collect();
    assert_eq!(
        titles,
        [
            ("Harbour council approves the new sea wall", false),
            ("Ferry fares rise for the summer season", false)
        ]
    );

    if !have_tmux() {
        return;
    }
    let tmux = tmux_in(home.path());
    start_reader(&tmux, home.path(), 160, 45, &[&corpus]);
    let screen = tmux.wait_for("the pasted articles listed", |s| {
        s.contains("2 sources") && pane_rows(s, "Sources").is_some()
    });
    let listed = pane_rows(&screen, "Sources").unwrap().join("\n");
    assert!(listed.contains("Harbour council approves"), "{screen}");
    assert!(listed.contains("Ferry fares rise"), "{screen}");
    for boilerplate in ["10.31", "listen to", "JavaScript"] {
        assert!(!listed.contains(boilerplate), "{boilerplate}:\n{screen}");
    }
    // The open article's frame is titled by its headline.
    assert!(
        pane_rows(&screen, "Harbour council approves the new sea wall").is_some(),
        "{screen}"
    );
}
