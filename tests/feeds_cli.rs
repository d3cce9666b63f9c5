//! `verbatim feed …` and `verbatim fetch` as a user runs them, with the
//! cache in a temporary folder and feeds served on 127.0.0.1.
#![cfg(feature = "feeds")]

use crate::server;

use std::path::Path;
use std::process::{Command, Output};

use server::{Response, Server};

/// Runs `verbatim ARGS --db DB` (global flags go after the subcommand: before
/// it, the top level reads every word as a PATH).
fn verbatim(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .arg("--db")
        .arg(db)
        .env("XDG_CONFIG_HOME", db.parent().unwrap())
        .env("XDG_DATA_HOME", db.parent().unwrap().join("data"))
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

const OPML: &str = r#"<?xml version="1.0"?>
<opml><head><title>mine</title></head><body>
  <outline text="World">
    <outline text="Wire" type="rss" xmlUrl="https://wire.example/rss"/>
    <outline text="Herald" xmlUrl="https://herald.example/atom"/>
  </outline>
  <outline text="Loose" xmlUrl="https://loose.example/feed.json"/>
</body></opml>"#;

#[test]
fn import_list_export_and_remove_keep_urls_titles_and_folders() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    let opml = dir.path().join("subs.opml");
    std::fs::write(&opml, OPML).unwrap();
    stdout(&verbatim(&db, &["feed", "import", opml.to_str().unwrap()]));
    let list: serde_json::Value =
        serde_json::from_str(&stdout(&verbatim(&db, &["feed", "list", "--json"]))).unwrap();
    let feeds = list["feeds"].as_array().unwrap();
    assert_eq!(feeds.len(), 3);
    assert_eq!(feeds[0]["url"], "https://wire.example/rss");
    assert_eq!(feeds[0]["title"], "Wire");
    assert_eq!(feeds[0]["tags"], serde_json::json!(["World"]));
    assert_eq!(feeds[2]["tags"], serde_json::json!([]));
    assert_eq!(feeds[0]["fetched_at"], serde_json::Value::Null);

    let exported = stdout(&verbatim(&db, &["feed", "export"]));
    assert!(
        exported.contains(r#"<outline text="World" title="World">"#),
        "{exported}"
    );
    assert!(exported.contains(r#"xmlUrl="https://herald.example/atom""#));

    stdout(&verbatim(
        &db,
        &["feed", "remove", "https://wire.example/rss"],
    ));
    let missing = verbatim(&db, &["feed", "remove", "https://wire.example/rss"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("not subscribed"));
    let text = stdout(&verbatim(&db, &["feed", "list"]));
    assert_eq!(text.lines().count(), 2, "{text}");
}

#[test]
fn add_refuses_what_is_not_an_http_url() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    let bad = verbatim(&db, &["feed", "add", "file:///etc/passwd"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("only http and https"));
    stdout(&verbatim(&db, &["feed", "add", "https://a.example/rss"]));
    let again = verbatim(&db, &["feed", "add", "https://a.example/rss"]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("already subscribed"));
}

/// `http://HOST` for the server that got `request`.
fn base_of(request: &server::Request) -> String {
    format!("http://{}", request.header("host").unwrap_or("127.0.0.1"))
}

/// A one-item feed; the item's link is on the serving host (`base`), so the
/// summary's page is fetched from loopback too (and is not found).
fn wire_feed(base: &str, date: &str) -> String {
    format!(
        r#"<rss version="2.0"><channel><title>Loopback Wire</title>
        <item><guid>a</guid><title>Minister speaks</title><link>{base}/a</link>
        <pubDate>{date}</pubDate>
        <description>&lt;p&gt;"We will not give up," the minister said on Monday.&lt;/p&gt;</description></item>
        </channel></rss>"#
    )
}

#[test]
fn fetched_articles_become_the_default_sources_and_a_failing_feed_does_not_fail_the_run() {
    let now = httpdate::fmt_http_date(std::time::SystemTime::now());
    let server = Server::start(move |r| match r.path.as_str() {
        "/rss" => Response::ok("text/xml", wire_feed(&base_of(r), &now)),
        _ => Response::status(500),
    });
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    // Before any subscription, no PATH still means the bundled corpus.
    let bundled: serde_json::Value =
        serde_json::from_str(&stdout(&verbatim(&db, &["sources", "--json"]))).unwrap();
    assert_eq!(bundled["sources"].as_array().unwrap().len(), 5);

    stdout(&verbatim(
        &db,
        &["feed", "add", &server.url("/rss"), &server.url("/broken")],
    ));
    let fetched = verbatim(&db, &["fetch", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&fetched)).unwrap();
    let outcomes = doc["feeds"].as_array().unwrap();
    assert_eq!(outcomes.len(), 2);
    assert!(outcomes.iter().any(|o| o["error"] == "HTTP 500"));

    let sources: serde_json::Value =
        serde_json::from_str(&stdout(&verbatim(&db, &["sources", "--json"]))).unwrap();
    let sources = sources["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0]["title"], "Minister speaks");
    assert_eq!(sources[0]["outlet"], "Loopback Wire");
    assert_eq!(sources[0]["url"], server.url("/a"));
    assert!(
        sources[0]["bytes"].as_u64().unwrap() > 40,
        "the feed's text is kept"
    );
    assert_eq!(sources[0]["feed"], server.url("/rss"));
    assert_eq!(sources[0]["published"].as_str().unwrap().len(), 20);

    let list: serde_json::Value =
        serde_json::from_str(&stdout(&verbatim(&db, &["feed", "list", "--json"]))).unwrap();
    assert_eq!(list["feeds"][0]["items"], 1);
    assert_eq!(list["feeds"][1]["status"], 500);
}

#[test]
fn since_limits_the_cache_to_recent_articles() {
    let server = Server::start(|r| {
        Response::ok(
            "text/xml",
            wire_feed(&base_of(r), "Mon, 01 Jan 2024 10:00:00 GMT"),
        )
    });
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    stdout(&verbatim(&db, &["feed", "add", &server.url("/rss")]));
    stdout(&verbatim(&db, &["fetch", "--keep-days", "100000"]));
    // Nothing in the last 14 days: the empty document, and exit 1 (an
    // empty window is reported as an empty folder is).
    let out = verbatim(&db, &["sources", "--json"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let recent: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(recent["sources"].as_array().unwrap().len(), 0);
    let all: serde_json::Value = serde_json::from_str(&stdout(&verbatim(
        &db,
        &["sources", "--json", "--since", "100000"],
    )))
    .unwrap();
    assert_eq!(all["sources"].as_array().unwrap().len(), 1);
}

#[test]
fn a_cache_from_a_newer_verbatim_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    stdout(&verbatim(&db, &["feed", "add", "https://a.example/rss"]));
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let out = verbatim(&db, &["feed", "list"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("schema version 99, newer than this verbatim"),
        "{err}"
    );
}

fn page_naming(feed_href: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html><head><title>Loopback Wire</title>
        <link rel="stylesheet" href="/site.css">
        <link rel="alternate" type="application/rss+xml" title="Wire" href="{feed_href}">
        </head><body><p>Front page.</p></body></html>"#
    )
}

#[test]
fn adding_a_web_page_subscribes_to_the_feed_it_names() {
    let now = httpdate::fmt_http_date(std::time::SystemTime::now());
    let server = Server::start(move |r| match r.path.as_str() {
        "/news/" => Response::ok("text/html; charset=utf-8", page_naming("../feeds/wire.xml")),
        "/feeds/wire.xml" => Response::ok("application/rss+xml", wire_feed(&base_of(r), &now)),
        "/about" => Response::ok(
            "text/html",
            "<html><body><p>No feeds here.</p></body></html>",
        ),
        _ => Response::status(404),
    });
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    let added = verbatim(&db, &["feed", "add", &server.url("/news/")]);
    stdout(&added);
    let said = String::from_utf8_lossy(&added.stderr);
    assert!(said.contains("/feeds/wire.xml"), "{said}");

    // A page that names no feed is not subscribed, and says why.
    let refused = verbatim(&db, &["feed", "add", &server.url("/about")]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("names no feed"), "{said}");

    // A feed URL is subscribed as it is; one that is down now, as given.
    stdout(&verbatim(
        &db,
        &["feed", "add", &server.url("/feeds/wire.xml")],
    ));
    let down = verbatim(&db, &["feed", "add", &server.url("/later.xml")]);
    assert!(String::from_utf8_lossy(&down.stderr).contains("HTTP 404"));
    let list: serde_json::Value =
        serde_json::from_str(&stdout(&verbatim(&db, &["feed", "list", "--json"]))).unwrap();
    let urls: Vec<&str> = list["feeds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["url"].as_str().unwrap())
        .collect();
    assert_eq!(
        urls,
        [server.url("/feeds/wire.xml"), server.url("/later.xml")],
        "the page's feed once (added twice), the page itself never"
    );
}

#[test]
fn compact_prints_the_size_before_and_after() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    stdout(&verbatim(&db, &["feed", "add", "https://a.example/rss"]));
    let out = stdout(&verbatim(&db, &["feed", "compact"]));
    assert!(
        out.contains("MB before") && out.contains("MB after"),
        "{out}"
    );
    assert!(out.contains("v.db"), "{out}");
}
