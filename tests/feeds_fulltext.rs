//! Full text: items that carry only a summary get the main text of the page
//! they link to, served on 127.0.0.1; navigation, comments, related links
//! and cookie notices stay out; failures keep the feed's text.
#![cfg(feature = "feeds")]

use crate::server;

use server::{Response, Server};
use verbatim::feeds::fetch::{FetchConfig, fetch_all_blocking};
use verbatim::feeds::{Cache, CachedArticle, fulltext};

const BODY: &[&str] = &[
    "The harbour authority said on Tuesday that the new quay would open in the spring, two years later than planned, after a long dispute over the cost of dredging the channel.",
    "\u{201c}We have learned a great deal from the delays,\u{201d} the authority\u{2019}s chair, Maria Olsen, told reporters at the waterfront. \u{201c}The quay will serve the town for fifty years.\u{201d}",
    "Local fishermen, who had opposed the first design, welcomed the revised plans, which keep a separate berth for the fleet and move the container cranes further along the shore.",
    "The council will vote on the final budget next month. Opposition members have asked for an independent review of the contracts before any more money is spent on the project.",
];

fn page() -> String {
    let paragraphs: String = BODY.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html><html><head><title>Quay delayed | Harbour News</title></head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="share-bar"><a href="/share/fb">Share on Facebook</a> <a href="/share/x">Share on X</a></div>
<article><h1>Quay delayed</h1>
{paragraphs}</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/1">Ferry timetable changes announced for the winter season</a></li>
<li><a href="/2">Council approves new cycle lanes in the old town</a></li></ul></aside>
<section id="comments" class="comments"><h3>Leave a Reply</h3>
<form><textarea name="comment"></textarea><button>Post Comment</button></form></section>
<footer>Copyright Harbour News. All rights reserved.</footer>
</body></html>"#
    )
}

fn feed(server_base: &str) -> String {
    format!(
        r#"<rss version="2.0"><channel><title>Harbour News</title>
<item><guid>quay</guid><title>Quay delayed</title><link>{server_base}/article</link>
<description>The harbour authority said the new quay would open in the spring… Read more</description></item>
<item><guid>gone</guid><title>Missing page</title><link>{server_base}/missing</link>
<description>A summary whose page is gone…</description></item>
<item><guid>private</guid><title>Elsewhere</title><link>http://192.168.77.1/secret</link>
<description>A link to a private address…</description></item>
</channel></rss>"#
    )
}

fn fetch(cache: &mut Cache) -> Vec<CachedArticle> {
    let config = FetchConfig {
        total_timeout: std::time::Duration::from_secs(5),
        ..FetchConfig::default()
    };
    let outcomes = fetch_all_blocking(cache, &config, |_, _, _| {}).unwrap();
    assert!(outcomes.iter().all(|o| o.error.is_none()), "{outcomes:?}");
    cache.articles_since(0).unwrap()
}

#[test]
fn a_summary_gets_the_pages_main_text_without_its_surroundings() {
    let server = Server::start(|r| match r.path.as_str() {
        "/article" => Response::ok("text/html; charset=utf-8", page()),
        "/missing" => Response::status(404),
        _ => Response::status(404),
    });
    let base = format!("http://{}", server.addr);
    let feed_body = feed(&base);
    let feed_server = Server::start(move |_| Response::ok("text/xml", feed_body.clone()));
    let dir = tempfile::tempdir().unwrap();
    let mut cache = Cache::open(&dir.path().join("c.db")).unwrap();
    cache.add_feed(&feed_server.url("/rss"), None, &[]).unwrap();

    let articles = fetch(&mut cache);
    let quay = articles.iter().find(|a| a.key == "quay").unwrap();
    for p in BODY {
        assert!(quay.text.contains(p), "missing {p:?} in {:?}", quay.text);
    }
    for noise in [
        "cookies",
        "Politics",
        "Share on",
        "Related stories",
        "Ferry",
        "Leave a Reply",
        "Post Comment",
        "Copyright",
    ] {
        assert!(!quay.text.contains(noise), "{noise:?} in {:?}", quay.text);
    }
    assert_eq!(quay.extractor.as_deref(), Some(fulltext::EXTRACTOR));
    assert_eq!(quay.page_hash.as_ref().map(String::len), Some(16));

    let gone = articles.iter().find(|a| a.key == "gone").unwrap();
    assert_eq!(gone.text, "A summary whose page is gone…");
    assert_eq!(gone.page_hash, None);
    let private = articles.iter().find(|a| a.key == "private").unwrap();
    assert_eq!(private.text, "A link to a private address…");

    // Fetched again, the extracted text stays and the page is not requested again.
    let again = fetch(&mut cache);
    let quay_again = again.iter().find(|a| a.key == "quay").unwrap();
    assert_eq!(quay_again.text, quay.text);
    assert_eq!(server.hits("/article"), 1);
    assert_eq!(server.hits("/missing"), 2);
}

/// Issue 12, safety: a page link whose host *resolves* to loopback is
/// refused like a literal loopback address, unless `fetch.allow_private`.
/// The feed is on a public-looking name (pointed at loopback for the test,
/// and trusted because it is subscribed); the links are on other names.
#[test]
fn a_link_whose_name_resolves_to_loopback_is_refused() {
    let pages = Server::start(|r| match r.path.as_str() {
        "/article" | "/other" => Response::ok("text/html; charset=utf-8", page()),
        _ => Response::status(404),
    });
    let port = pages.addr.port();
    let feed_body = format!(
        r#"<rss version="2.0"><channel><title>Harbour News</title>
<item><guid>named</guid><title>Quay delayed</title><link>http://story.example:{port}/article</link>
<description>The harbour authority said the new quay would open… Read more</description></item>
<item><guid>local</guid><title>Quay again</title><link>http://localhost:{port}/other</link>
<description>The harbour authority said it again… Read more</description></item>
</channel></rss>"#
    );
    let feeds = Server::start(move |_| Response::ok("text/xml", feed_body.clone()));
    let loopback: std::net::IpAddr = "127.0.0.1".parse().unwrap();
    let run = |allow_private: bool| {
        let dir = tempfile::tempdir().unwrap();
        let mut cache = Cache::open(&dir.path().join("c.db")).unwrap();
        let feed_url = format!("http://news.example:{}/rss", feeds.addr.port());
        cache.add_feed(&feed_url, None, &[]).unwrap();
        let config = FetchConfig {
            total_timeout: std::time::Duration::from_secs(5),
            allow_private,
            hosts: [("news.example", loopback), ("story.example", loopback)]
                .into_iter()
                .map(|(name, ip)| (name.to_string(), ip))
                .collect(),
            ..FetchConfig::default()
        };
        let outcomes = fetch_all_blocking(&mut cache, &config, |_, _, _| {}).unwrap();
        assert!(outcomes.iter().all(|o| o.error.is_none()), "{outcomes:?}");
        cache.articles_since(0).unwrap()
    };

    let refused = run(false);
    assert_eq!(
        refused.len(),
        2,
        "the feed itself, on a subscribed name, is fetched"
    );
    assert!(refused.iter().all(|a| a.page_hash.is_none()), "{refused:?}");
    assert_eq!((pages.hits("/article"), pages.hits("/other")), (0, 0));

    let allowed = run(true);
    assert!(allowed.iter().all(|a| a.page_hash.is_some()), "{allowed:?}");
    assert_eq!((pages.hits("/article"), pages.hits("/other")), (1, 1));
}

/// Local web pages go through the same main-text extraction as fetched
/// ones, named on the command line or found in a folder.
#[test]
fn a_local_html_file_is_read_for_its_main_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("quay.html"), page()).unwrap();
    std::fs::write(dir.path().join("empty.htm"), "<html><body></body></html>").unwrap();
    let options = verbatim::corpus::LoadOptions::default();
    let corpus =
        verbatim::corpus::load_paths_with(&[dir.path().to_path_buf()], &options, |_, _| {})
            .unwrap();
    assert_eq!(corpus.articles.len(), 1, "{:?}", corpus.warnings);
    let quay = &corpus.articles[0];
    assert!(quay.title.contains("Quay delayed"), "{}", quay.title);
    for p in BODY {
        assert!(quay.text.contains(p), "missing {p:?} in {:?}", quay.text);
    }
    for noise in ["cookies", "Politics", "Share on", "Leave a Reply", "<p>"] {
        assert!(!quay.text.contains(noise), "{noise:?} in {:?}", quay.text);
    }
    let empty = &corpus.warnings[0];
    assert!(empty.path.ends_with("empty.htm"), "{empty:?}");
    assert!(empty.message.contains("no text"), "{empty:?}");
}
