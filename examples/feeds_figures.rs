//! Figures for docs/feeds.md, on loopback: 200 feeds × 50 items fetched,
//! parsed and stored; the cache's size against the text it stores; and a
//! 50,000-article cache opened and its last 14 days loaded.
//! `cargo run --release --example feeds_figures`

#[path = "../tests/feeds_support/server.rs"]
mod server;

use std::time::{Duration, Instant};

use server::{Response, Server};
use verbatim::feeds::fetch::{FetchConfig, fetch_all_blocking};
use verbatim::feeds::{Cache, CachedArticle, FeedRecord, now_secs, session_from_cache};

const FEEDS: usize = 200;
const ITEMS: usize = 50;
const BIG_CACHE: usize = 50_000;
/// Host names the fetch figure spreads the feeds over.
const HOSTS: usize = 8;

/// Fetches the FEEDS feeds at `url_of(f)` into a new cache at `path` and
/// prints the time; returns the cache.
fn fetch_figure(
    path: &std::path::Path,
    what: &str,
    url_of: impl Fn(usize) -> String,
) -> anyhow::Result<Cache> {
    let mut cache = Cache::open(path)?;
    for f in 0..FEEDS {
        cache.add_feed(&url_of(f), None, &[])?;
    }
    let loopback: std::net::IpAddr = "127.0.0.1".parse()?;
    let config = FetchConfig {
        hosts: (0..HOSTS)
            .map(|h| (format!("outlet{h}.example"), loopback))
            .collect(),
        ..FetchConfig::default()
    };
    let started = Instant::now();
    let outcomes = fetch_all_blocking(&mut cache, &config, |_, _, _| {})?;
    let fetch_time = started.elapsed();
    let new: usize = outcomes.iter().map(|o| o.new).sum();
    let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
    println!(
        "fetch: {FEEDS} feeds x {ITEMS} items on loopback, {what}: {:.2} s ({new} new, {failed} failed)",
        fetch_time.as_secs_f64()
    );
    Ok(cache)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// RSS 2.0 for feed `f`: 50 items from the synthetic corpus, as HTML paragraphs.
fn rss(f: usize, texts: &[(String, String)]) -> String {
    let mut out = format!("<rss version=\"2.0\"><channel><title>Outlet {f}</title>");
    for i in 0..ITEMS {
        let (_, text) = &texts[(f * ITEMS + i) % texts.len()];
        let html: String = text.split("\n\n").map(|p| format!("<p>{p}</p>")).collect();
        out.push_str(&format!(
            "<item><guid>f{f}-{i}</guid><title>Story {f}.{i}</title>\
             <link>https://outlet{f}.example/{i}</link><description>{}</description></item>",
            escape(&html)
        ));
    }
    out.push_str("</channel></rss>");
    out
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let texts = verbatim::synth::generate(FEEDS * ITEMS, 12).articles;
    let bodies: Vec<String> = (0..FEEDS).map(|f| rss(f, &texts)).collect();
    let server = Server::start(move |r| {
        let f: usize = r.path.trim_start_matches("/feed/").parse().unwrap_or(0);
        Response::ok("application/rss+xml", bodies[f % FEEDS].clone())
    });

    // Once with every feed on 127.0.0.1 (one host: 2 requests at a time),
    // once spread over HOSTS names that all resolve to it, as real feeds
    // spread over sites (8 requests at a time).
    let port = server.addr.port();
    fetch_figure(&dir.path().join("one-host.db"), "one host", |f| {
        format!("http://127.0.0.1:{port}/feed/{f}")
    })?;
    let path = dir.path().join("fetch.db");
    let cache = fetch_figure(&path, &format!("{HOSTS} host names"), |f| {
        format!("http://outlet{}.example:{port}/feed/{f}", f % HOSTS)
    })?;
    let stored: usize = cache
        .articles_since(0)?
        .iter()
        .map(|a| a.title.len() + a.text.len())
        .sum();
    drop(cache);
    let file = std::fs::metadata(&path)?.len()
        + std::fs::metadata(path.with_extension("db-wal")).map_or(0, |m| m.len());
    println!(
        "size: cache {:.1} MB for {:.1} MB of stored text: {:.2}x",
        mb(file),
        mb(stored as u64),
        file as f64 / stored as f64
    );

    big_cache(dir.path(), &texts)?;
    Ok(())
}

/// Fills a cache with 50,000 articles spread over 90 days, then times
/// opening it and loading the last 14 days, as `verbatim` with no PATH does.
fn big_cache(dir: &std::path::Path, texts: &[(String, String)]) -> anyhow::Result<()> {
    let path = dir.join("big.db");
    let mut cache = Cache::open(&path)?;
    let now = now_secs();
    let per_feed = 500;
    for f in 0..BIG_CACHE / per_feed {
        let url = format!("https://outlet{f}.example/feed");
        cache.add_feed(&url, None, &[])?;
        let record = FeedRecord {
            id: cache.feed_id(&url)?.unwrap_or_default(),
            url,
            fetched_at: Some(now),
            ..FeedRecord::default()
        };
        let articles: Vec<CachedArticle> = (0..per_feed)
            .map(|i| {
                let n = f * per_feed + i;
                let (_, text) = &texts[n % texts.len()];
                let at = now - (n as i64 * 7919 % (90 * 86_400));
                CachedArticle {
                    key: format!("k{n}"),
                    url: Some(format!("https://outlet{f}.example/{i}")),
                    outlet: Some(format!("Outlet {f}")),
                    published_at: Some(at),
                    published: Some(format!("@{at}")),
                    title: format!("Story {n}"),
                    text: text.clone(),
                    ..CachedArticle::default()
                }
            })
            .collect();
        cache.record_fetch(&record, &articles)?;
    }
    drop(cache);
    let mut best = (Duration::MAX, Duration::MAX, 0);
    for _ in 0..3 {
        let started = Instant::now();
        let cache = Cache::open_existing(&path)?.expect("just written");
        let rows = cache.articles_since(now - 14 * 86_400)?;
        let query = started.elapsed();
        let session = session_from_cache(&cache, 14)?;
        let total = started.elapsed();
        best = (best.0.min(query), best.1.min(total), rows.len());
        drop(session);
    }
    println!(
        "open: {BIG_CACHE}-article cache, last 14 days = {} articles: rows read in {:.0} ms, \
         corpus built in {:.0} ms (best of 3)",
        best.2,
        best.0.as_secs_f64() * 1000.0,
        best.1.as_secs_f64() * 1000.0
    );
    Ok(())
}
