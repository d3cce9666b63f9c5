//! The cache with nothing inside `--since`, end to end on a feed served on
//! 127.0.0.1: the reports print their empty form, say why on stderr and
//! exit 1 (as for a folder with no article); the reader opens anyway,
//! says why and what to do, and `R` fills it.
#![cfg(all(feature = "feeds", feature = "tui"))]

use crate::server;
use crate::tmux;

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use server::{Response, Server};
use tmux::{Tmux, have_tmux, quoted};

/// Two items published `age` ago, long enough that no page is fetched;
/// `edition` makes them other items than another edition's.
fn ferry_feed(base: &str, age: Duration, edition: &str) -> String {
    let when = httpdate::fmt_http_date(SystemTime::now() - age);
    let items: String = [("one", "Ferry strike ends"), ("two", "Harbour reopens")]
        .iter()
        .map(|(guid, title)| {
            let guid = format!("{guid}-{edition}");
            format!(
                "<item><guid>{guid}</guid><title>{title}</title><link>{base}/{guid}</link>\
                 <pubDate>{when}</pubDate><description>{title} today. {}</description></item>",
                "The harbour master spoke to reporters at length about it. ".repeat(12)
            )
        })
        .collect();
    format!(r#"<rss version="2.0"><channel><title>Ferry News</title>{items}</channel></rss>"#)
}

/// A feed whose items are a month old until `fresh` is set, then new
/// items of the last hour.
fn serve(fresh: &Arc<AtomicBool>) -> Server {
    let fresh = Arc::clone(fresh);
    Server::start(move |r| {
        let base = format!("http://{}", r.header("host").unwrap_or("127.0.0.1"));
        let feed = if fresh.load(Ordering::SeqCst) {
            ferry_feed(&base, Duration::from_secs(3600), "today")
        } else {
            ferry_feed(&base, Duration::from_secs(30 * 86_400), "last-month")
        };
        Response::ok("application/rss+xml", feed)
    })
}

/// Runs `verbatim ARGS` with the cache and configuration under `home`.
fn verbatim(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// A cache subscribed to one feed whose items are all older than 14 days.
fn stale_cache(server: &Server, home: &Path) {
    for args in [&["feed", "add", &server.url("/rss")][..], &["fetch"]] {
        let out = verbatim(home, args);
        assert!(out.status.success(), "{out:?}");
    }
}

#[test]
fn reports_on_an_empty_window_print_their_empty_form_and_exit_1() {
    let server = serve(&Arc::new(AtomicBool::new(false)));
    let home = tempfile::tempdir().unwrap();
    stale_cache(&server, home.path());
    let lists = [
        (&["sources", "--json"][..], "sources"),
        (&["quotes", "--json"], "clusters"),
        (&["people", "--json"], "people"),
        (&["find", "ferry", "--json"], "results"),
    ];
    for (args, list) in lists {
        let out = verbatim(home.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {out:?}"));
        let items = doc[list]
            .as_array()
            .unwrap_or_else(|| panic!("{args:?}: no {list} list in {doc}"));
        assert!(items.is_empty(), "{args:?}: {doc}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.contains("no articles in the cache from the last 14 days"),
            "{args:?}: {stderr}"
        );
    }
    // A wider window holds the articles: no complaint, exit 0.
    let out = verbatim(home.path(), &["sources", "--json", "--since", "60"]);
    assert!(out.status.success(), "{out:?}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["sources"].as_array().map(Vec::len), Some(2), "{doc}");
    // Text output says it on stderr too, with the window asked for.
    let out = verbatim(home.path(), &["quotes", "--since", "3"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("from the last 3 days"), "{stderr}");
}

/// The sources pane's text (the first box's inside), its lines joined with
/// spaces: a note wraps at the pane's width.
fn sources_pane(screen: &str) -> String {
    let lines: Vec<&str> = screen
        .lines()
        .filter_map(|l| l.split(['│', '┃']).nth(1))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(" ")
}

#[test]
fn the_reader_opens_on_an_empty_window_and_a_refresh_fills_it() {
    if !have_tmux() {
        return;
    }
    let fresh = Arc::new(AtomicBool::new(false));
    let server = serve(&fresh);
    let home = tempfile::tempdir().unwrap();
    stale_cache(&server, home.path());

    let tmux = Tmux {
        socket: home.path().join("tmux.sock"),
    };
    let command = format!(
        "env XDG_DATA_HOME={} XDG_CONFIG_HOME={} XDG_STATE_HOME={} {}; echo \"reader exited with $?\"; sleep 30",
        quoted(&home.path().join("data")),
        quoted(&home.path().join("config")),
        quoted(&home.path().join("state")),
        quoted(Path::new(env!("CARGO_BIN_EXE_verbatim")))
    );
    tmux.start(120, 30, &command);
    let note = "no articles in the last 14 days — R fetches, --since N widens";
    let screen = tmux.wait_for("the reader saying why it is empty", |s| {
        s.contains("0 sources") && sources_pane(s).contains(note)
    });
    assert!(!screen.contains("reader exited"), "{screen}");

    fresh.store(true, Ordering::SeqCst);
    tmux.keys(&["R"]);
    let screen = tmux.wait_for("the refreshed articles", |s| {
        s.contains("2 sources") && s.contains("Ferry strike ends")
    });
    assert!(!sources_pane(&screen).contains(note), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| s.contains("reader exited with 0"));
}
