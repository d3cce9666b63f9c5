//! The reader on live news, in a real terminal: a feed served on 127.0.0.1
//! is subscribed and fetched, `verbatim` with no PATH opens the cache, and
//! what was read (and where the reader was) is kept in the cache.
#![cfg(all(feature = "feeds", feature = "tui"))]

use crate::server;
use crate::tmux;

use std::path::Path;
use std::process::Command;

use server::{Response, Server};
use tmux::{Tmux, have_tmux, quoted};
use verbatim::feeds::{Cache, article_id};

/// Three items an hour apart (newest first), each with a body of its own.
fn harbour_feed(base: &str) -> String {
    let now = std::time::SystemTime::now();
    let items: String = [
        (
            "alpha",
            "Harbour quay opens",
            "Alpha body: the quay opened at dawn.",
        ),
        (
            "bravo",
            "Ferry timetable changes",
            "Bravo body: ferries run later now.",
        ),
        (
            "charlie",
            "Council votes budget",
            "Charlie body: the budget passed.",
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, (guid, title, body))| {
        let when = now - std::time::Duration::from_secs(3600 * (i as u64 + 1));
        format!(
            "<item><guid>{guid}</guid><title>{title}</title><link>{base}/{guid}</link>\
             <pubDate>{}</pubDate><description>{body} {}</description></item>",
            httpdate::fmt_http_date(when),
            "The harbour master spoke to reporters at length about it. ".repeat(12)
        )
    })
    .collect();
    format!(r#"<rss version="2.0"><channel><title>Harbour News</title>{items}</channel></rss>"#)
}

/// Runs `verbatim ARGS` with the cache and configuration under `home`.
fn verbatim(home: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

/// Starts the reader with no PATH, everything under `home`.
fn start_reader(tmux: &Tmux, home: &Path) {
    let command = format!(
        "env XDG_DATA_HOME={} XDG_CONFIG_HOME={} XDG_STATE_HOME={} {}; echo \"reader exited with $?\"; sleep 30",
        quoted(&home.join("data")),
        quoted(&home.join("config")),
        quoted(&home.join("state")),
        quoted(Path::new(env!("CARGO_BIN_EXE_verbatim")))
    );
    tmux.start(120, 30, &command);
}

#[test]
fn the_reader_opens_the_cache_and_keeps_read_marks_there() {
    if !have_tmux() {
        return;
    }
    // No page is fetched for full text: the items are long enough.
    let server = Server::start(|r| {
        let base = format!("http://{}", r.header("host").unwrap_or("127.0.0.1"));
        Response::ok("application/rss+xml", harbour_feed(&base))
    });
    let home = tempfile::tempdir().unwrap();
    let feed = server.url("/rss");
    verbatim(home.path(), &["feed", "add", &feed]);
    verbatim(home.path(), &["fetch"]);

    let tmux = Tmux {
        socket: home.path().join("tmux.sock"),
    };
    start_reader(&tmux, home.path());
    let screen = tmux.wait_for("the cache's three articles", |s| {
        s.contains("3 sources") && s.contains("Alpha body")
    });
    assert!(screen.contains("Council votes budg"), "{screen}");
    // The newest article is open; the next one is opened from the list.
    tmux.keys(&["j", "Enter"]);
    tmux.wait_for("the second article", |s| s.contains("Bravo body"));
    tmux.keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| s.contains("reader exited with 0"));

    let db = home.path().join("data/verbatim/verbatim.db");
    let state = Cache::open(&db).unwrap().reader_state().unwrap();
    let mut read = state.read.clone();
    read.sort();
    let mut expected = vec![article_id(&feed, "alpha"), article_id(&feed, "bravo")];
    expected.sort();
    assert_eq!(read, expected, "read marks are in the cache");
    assert_eq!(
        state.last.map(|(id, _)| id),
        Some(article_id(&feed, "bravo"))
    );
    assert!(
        !home.path().join("state/verbatim/state.json").exists(),
        "nothing about the cache's articles goes to state.json"
    );

    // Started again, the reader is where it was left.
    tmux.run(&["kill-server"]);
    start_reader(&tmux, home.path());
    let screen = tmux.wait_for("the reader back on the second article", |s| {
        s.contains("3 sources") && s.contains("Bravo body")
    });
    assert!(!screen.contains("Alpha body"), "{screen}");
}

/// A stand-in for a terminal browser (webbrowser runs `w3m` in the
/// foreground): shows the URL, waits for Enter, then writes it down.
fn fake_terminal_browser(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = bin.join("w3m");
    let opened = dir.join("opened.txt");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf 'FAKE BROWSER %s\\n' \"$1\"\nread answer\nprintf '%s' \"$1\" > {}\n",
            quoted(&opened)
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

#[test]
fn refresh_adds_new_articles_and_a_terminal_browser_hands_the_reader_back() {
    if !have_tmux() {
        return;
    }
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let third = Arc::new(AtomicBool::new(false));
    let with_third = Arc::clone(&third);
    let server = Server::start(move |r| {
        let base = format!("http://{}", r.header("host").unwrap_or("127.0.0.1"));
        let feed = harbour_feed(&base);
        // Until the test says so, the feed has two items.
        let feed = if with_third.load(Ordering::SeqCst) {
            feed
        } else {
            let cut = feed.find("<item><guid>charlie").unwrap();
            format!("{}</channel></rss>", &feed[..cut])
        };
        Response::ok("application/rss+xml", feed)
    });
    let home = tempfile::tempdir().unwrap();
    verbatim(home.path(), &["feed", "add", &server.url("/rss")]);
    verbatim(home.path(), &["fetch"]);
    let browser = fake_terminal_browser(home.path());

    let tmux = Tmux {
        socket: home.path().join("tmux.sock"),
    };
    let command = format!(
        "env BROWSER={} XDG_DATA_HOME={} XDG_CONFIG_HOME={} XDG_STATE_HOME={} {}; echo \"reader exited with $?\"; sleep 30",
        quoted(&browser),
        quoted(&home.path().join("data")),
        quoted(&home.path().join("config")),
        quoted(&home.path().join("state")),
        quoted(Path::new(env!("CARGO_BIN_EXE_verbatim")))
    );
    tmux.start(120, 30, &command);
    tmux.wait_for("two articles", |s| {
        s.contains("2 sources") && s.contains("Alpha body")
    });

    third.store(true, Ordering::SeqCst);
    tmux.keys(&["R"]);
    let screen = tmux.wait_for("the new article joined", |s| {
        s.contains("3 sources") && s.contains("Council votes budg")
    });
    assert!(screen.contains("1 new article"), "{screen}");
    assert!(
        screen.contains("Alpha body"),
        "still on the article in view: {screen}"
    );

    tmux.keys(&["o"]);
    let url = server.url("/alpha");
    tmux.wait_for("the terminal browser", |s| {
        s.contains(&format!("FAKE BROWSER {url}"))
    });
    tmux.keys(&["Enter"]);
    tmux.wait_for("the reader back, intact", |s| {
        s.contains("3 sources") && s.contains("Alpha body") && !s.contains("FAKE BROWSER")
    });
    let opened = std::fs::read_to_string(home.path().join("opened.txt")).unwrap();
    assert_eq!(opened, url, "the browser had the keys, not the reader");
    // Keys reach the reader again.
    tmux.keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| s.contains("reader exited with 0"));
}
