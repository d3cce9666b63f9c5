//! Fetching against a real HTTP server on 127.0.0.1 that each test starts:
//! the feed formats, encodings, conditional GET, politeness and the limits.
#![cfg(feature = "feeds")]

use crate::server;

use std::io::Write;
use std::time::Duration;

use server::{Response, Server};
use verbatim::feeds::fetch::{FetchConfig, FetchOutcome, fetch_all_blocking};
use verbatim::feeds::{Cache, now_secs};

const RSS2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Daily Wire Service</title><link>https://wire.example/</link>
<item><guid>w-1</guid><title>Talks resume</title><link>https://wire.example/1</link>
<author>desk@wire.example (Ann Lee)</author><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>
<description>&lt;p&gt;"We will talk," the minister said on Monday.&lt;/p&gt;</description></item>
<item><guid>w-2</guid><title>Markets calm</title><link>https://wire.example/2</link>
<description>Markets were calm.</description></item>
</channel></rss>"#;

const RSS1: &str = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://one.example/"><title>RDF Times</title><link>https://one.example/</link></channel>
<item rdf:about="https://one.example/a"><title>RDF item</title><link>https://one.example/a</link>
<description>An RDF description.</description></item>
</rdf:RDF>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Post</title><id>urn:atom</id>
<updated>2026-11-30T09:00:00Z</updated>
<entry><id>urn:atom:1</id><title>Atom entry</title><link href="https://atom.example/1"/>
<updated>2026-11-30T09:00:00Z</updated><author><name>Bo Park</name></author>
<content type="html">&lt;p&gt;Atom body text.&lt;/p&gt;</content></entry>
</feed>"#;

const JSON_FEED: &str = r#"{"version":"https://jsonfeed.org/version/1.1","title":"JSON Herald",
"items":[{"id":"j1","url":"https://json.example/1","title":"JSON item",
"content_text":"JSON body text.","date_published":"2026-11-30T08:00:00Z"}]}"#;

/// Short timeouts; no page fetches, since the items link to hosts that
/// must not be looked up (the full text has its own test).
fn config() -> FetchConfig {
    FetchConfig {
        full_text: false,
        connect_timeout: Duration::from_secs(2),
        total_timeout: Duration::from_secs(5),
        ..FetchConfig::default()
    }
}

/// A fresh cache subscribed to `urls`, in a temporary folder.
fn cache_with(urls: &[String]) -> (tempfile::TempDir, Cache) {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(&dir.path().join("cache.db")).unwrap();
    for url in urls {
        cache.add_feed(url, None, &[]).unwrap();
    }
    (dir, cache)
}

fn fetch(cache: &mut Cache, config: &FetchConfig) -> Vec<FetchOutcome> {
    let mut outcomes = fetch_all_blocking(cache, config, |_, _, _| {}).unwrap();
    outcomes.sort_by(|a, b| a.url.cmp(&b.url));
    outcomes
}

/// The outcome for the feed whose URL ends with `path`.
fn outcome<'a>(outcomes: &'a [FetchOutcome], path: &str) -> &'a FetchOutcome {
    outcomes.iter().find(|o| o.url.ends_with(path)).unwrap()
}

fn texts(cache: &Cache) -> Vec<(String, String)> {
    let mut all: Vec<_> = cache
        .articles_since(0)
        .unwrap()
        .into_iter()
        .map(|a| (a.title, a.text))
        .collect();
    all.sort();
    all
}

#[test]
fn rss2_rss1_atom_and_json_feed_are_read_with_their_metadata() {
    let server = Server::start(|r| match r.path.as_str() {
        "/rss2" => Response::ok("application/rss+xml", RSS2),
        "/rss1" => Response::ok("application/rdf+xml", RSS1),
        "/atom" => Response::ok("application/atom+xml", ATOM),
        "/json" => Response::ok("application/feed+json", JSON_FEED),
        _ => Response::status(404),
    });
    let urls: Vec<_> = ["/rss2", "/rss1", "/atom", "/json"]
        .iter()
        .map(|p| server.url(p))
        .collect();
    let (_dir, mut cache) = cache_with(&urls);
    let outcomes = fetch(&mut cache, &config());
    assert!(outcomes.iter().all(|o| o.error.is_none()), "{outcomes:?}");
    assert_eq!(outcomes.iter().map(|o| o.new).sum::<usize>(), 5);
    let articles = cache.articles_since(0).unwrap();
    let talks = articles.iter().find(|a| a.title == "Talks resume").unwrap();
    assert_eq!(talks.text, "\"We will talk,\" the minister said on Monday.");
    assert_eq!(talks.outlet.as_deref(), Some("Daily Wire Service"));
    assert_eq!(talks.published.as_deref(), Some("2026-11-30T10:00:00Z"));
    assert_eq!(talks.url.as_deref(), Some("https://wire.example/1"));
    let atom = articles.iter().find(|a| a.title == "Atom entry").unwrap();
    assert_eq!(atom.author.as_deref(), Some("Bo Park"));
    assert_eq!(atom.text, "Atom body text.");
    assert!(
        articles
            .iter()
            .any(|a| a.title == "RDF item" && a.text == "An RDF description.")
    );
    assert!(
        articles
            .iter()
            .any(|a| a.title == "JSON item" && a.text == "JSON body text.")
    );
    let ua = server.requests()[0]
        .header("user-agent")
        .unwrap()
        .to_string();
    assert_eq!(ua, format!("verbatim/{}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_unescaped_ampersand_and_a_windows_1251_feed_still_yield_their_items() {
    let mut cp1251 = b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>RU</title><item><guid>r1</guid><title>".to_vec();
    // "Привет" in windows-1251.
    cp1251.extend_from_slice(&[0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]);
    cp1251.extend_from_slice(b"</title><description>Text.</description></item></channel></rss>");
    let server = Server::start(move |r| match r.path.as_str() {
        "/amp" => Response::ok(
            "text/xml",
            RSS2.replace("Markets were calm.", "Stocks & bonds"),
        ),
        "/ru" => Response::ok("text/xml", cp1251.clone()),
        _ => Response::status(404),
    });
    let (_dir, mut cache) = cache_with(&[server.url("/amp"), server.url("/ru")]);
    let outcomes = fetch(&mut cache, &config());
    assert!(outcomes.iter().all(|o| o.error.is_none()), "{outcomes:?}");
    let all = texts(&cache);
    assert!(
        all.contains(&("Markets calm".into(), "Stocks & bonds".into())),
        "{all:?}"
    );
    assert!(all.contains(&("Привет".into(), "Text.".into())), "{all:?}");
}

#[test]
fn items_without_guid_keep_their_keys_across_fetches() {
    let feed = r#"<rss version="2.0"><channel><title>T</title>
        <item><title>Linked</title><link>https://n.example/x</link><description>A.</description></item>
        <item><title>Bare</title><description>No guid, no link.</description></item>
        </channel></rss>"#;
    let server = Server::start(move |_| Response::ok("text/xml", feed));
    let (_dir, mut cache) = cache_with(&[server.url("/f")]);
    assert_eq!(fetch(&mut cache, &config())[0].new, 2);
    let second = fetch(&mut cache, &config());
    assert_eq!((second[0].items, second[0].new), (2, 0));
    assert_eq!(cache.articles_since(0).unwrap().len(), 2);
}

#[test]
fn etag_and_last_modified_are_sent_back_exactly_and_304_keeps_the_items() {
    let server = Server::start(|r| match r.path.as_str() {
        "/etag" if r.header("if-none-match") == Some("W/\"v1\"") => Response::status(304),
        "/etag" => Response::ok("text/xml", RSS2).with("ETag", "W/\"v1\""),
        "/lm" if r.header("if-modified-since") == Some("Mon, 30 Nov 2026 10:00:00 GMT") => {
            Response::status(304)
        }
        "/lm" => {
            Response::ok("text/xml", ATOM).with("Last-Modified", "Mon, 30 Nov 2026 10:00:00 GMT")
        }
        _ => Response::status(404),
    });
    let (_dir, mut cache) = cache_with(&[server.url("/etag"), server.url("/lm")]);
    fetch(&mut cache, &config());
    let before = texts(&cache);
    assert_eq!(before.len(), 3);
    let second = fetch(&mut cache, &config());
    assert!(
        second
            .iter()
            .all(|o| o.not_modified && o.status == Some(304)),
        "{second:?}"
    );
    assert_eq!(texts(&cache), before);
    let feeds = cache.feeds().unwrap();
    assert!(feeds.iter().all(|f| f.items > 0 && f.error.is_none()));
}

#[test]
fn a_429_with_retry_after_defers_the_feed_until_then() {
    let server = Server::start(|_| Response::status(429).with("Retry-After", "3600"));
    let (_dir, mut cache) = cache_with(&[server.url("/busy")]);
    let first = fetch(&mut cache, &config());
    assert_eq!(first[0].status, Some(429));
    assert!(first[0].error.as_deref().unwrap().contains("429"));
    let retry = cache.feeds().unwrap()[0].retry_after.unwrap();
    assert!(retry > now_secs() + 3000, "{retry}");
    let second = fetch(&mut cache, &config());
    assert!(second[0].deferred);
    assert_eq!(server.hits("/busy"), 1, "a deferred feed is not requested");
}

#[test]
fn a_server_that_never_answers_times_out_and_the_others_are_stored() {
    let server = Server::start(|r| match r.path.as_str() {
        "/hang" => Response {
            hang: true,
            ..Response::default()
        },
        _ => Response::ok("text/xml", RSS2),
    });
    let (_dir, mut cache) = cache_with(&[server.url("/hang"), server.url("/ok")]);
    let config = FetchConfig {
        total_timeout: Duration::from_millis(300),
        ..config()
    };
    let outcomes = fetch(&mut cache, &config);
    let hang = outcome(&outcomes, "/hang");
    assert!(
        hang.error.as_deref().unwrap().contains("timed out"),
        "{hang:?}"
    );
    let ok = outcome(&outcomes, "/ok");
    assert_eq!(ok.new, 2);
}

#[test]
fn a_redirect_loop_and_a_redirect_to_a_private_address_are_stopped() {
    let server = Server::start(|r| match r.path.as_str() {
        "/loop" => Response::status(302).with("Location", "/loop"),
        "/away" => Response::status(302).with("Location", "http://10.255.255.1/feed"),
        _ => Response::status(404),
    });
    let (_dir, mut cache) = cache_with(&[server.url("/loop"), server.url("/away")]);
    let outcomes = fetch(&mut cache, &config());
    let looped = outcome(&outcomes, "/loop");
    assert!(
        looped.error.as_deref().unwrap().contains("redirects"),
        "{looped:?}"
    );
    assert_eq!(
        server.hits("/loop"),
        6,
        "the first request and five redirects"
    );
    let away = outcome(&outcomes, "/away");
    assert!(
        away.error.as_deref().unwrap().contains("private"),
        "{away:?}"
    );
    // One line each, naming what went wrong.
    assert!(
        outcomes
            .iter()
            .all(|o| !o.error.as_ref().unwrap().contains('\n'))
    );
}

#[test]
fn a_gzip_bomb_and_a_50_mb_page_are_cut_at_the_cap() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![b' '; 1024 * 1024];
    for _ in 0..64 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 1024 * 1024);
    let server = Server::start(move |r| match r.path.as_str() {
        "/bomb" => Response::ok("text/xml", bomb.clone()).with("Content-Encoding", "gzip"),
        "/huge" => Response {
            filler: 50 * 1024 * 1024,
            ..Response::ok("text/xml", "<rss version=\"2.0\"><channel>")
        },
        _ => Response::ok("text/xml", RSS2),
    });
    let (_dir, mut cache) =
        cache_with(&[server.url("/bomb"), server.url("/huge"), server.url("/ok")]);
    let outcomes = fetch(&mut cache, &config());
    for path in ["/bomb", "/huge"] {
        let o = outcome(&outcomes, path);
        assert!(
            o.error.as_deref().unwrap().contains("larger than 10 MB"),
            "{o:?}"
        );
    }
    assert_eq!(outcome(&outcomes, "/ok").new, 2);
}

#[test]
fn a_broken_feed_is_a_one_line_error_naming_nothing_else_and_the_run_goes_on() {
    let server = Server::start(|r| match r.path.as_str() {
        "/html" => Response::ok("text/html", "<html><body>Not a feed\n at all</body></html>"),
        "/gone" => Response::status(404),
        _ => Response::ok("text/xml", ATOM),
    });
    let (_dir, mut cache) =
        cache_with(&[server.url("/html"), server.url("/gone"), server.url("/ok")]);
    let outcomes = fetch(&mut cache, &config());
    let html = outcome(&outcomes, "/html");
    assert!(
        html.error.as_deref().unwrap().starts_with("not a feed"),
        "{html:?}"
    );
    let gone = outcome(&outcomes, "/gone");
    assert_eq!(gone.error.as_deref(), Some("HTTP 404"));
    assert_eq!(outcome(&outcomes, "/ok").new, 1);
    let listed = cache.feeds().unwrap();
    assert_eq!(listed.iter().filter(|f| f.error.is_some()).count(), 2);
}
