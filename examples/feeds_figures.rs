//! Figures for docs/feeds.md, on loopback: 200 feeds × 50 items fetched,
//! parsed and stored; the cache's size against the text it stores; and a
//! 50,000-article cache opened, its last 14 days loaded, and the reader's
//! time to a first frame on it (the release binary in tmux).
//! `cargo build --release && cargo run --release --example feeds_figures [-- fetch|first-frame]`

#[path = "support/first_frame.rs"]
mod first_frame;
#[path = "../tests/feeds_support/server.rs"]
mod server;
#[path = "../tests/tmux/mod.rs"]
mod tmux;

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
    let (started, cpu_before) = (Instant::now(), cpu_seconds());
    let outcomes = fetch_all_blocking(&mut cache, &config, |_, _, _| {})?;
    let fetch_time = started.elapsed();
    let cpu = cpu_seconds() - cpu_before;
    let new: usize = outcomes.iter().map(|o| o.new).sum();
    let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
    println!(
        "fetch: {FEEDS} feeds x {ITEMS} items on loopback, {what}: {:.2} s, {cpu:.2} s of CPU \
         with the server ({new} new, {failed} failed)",
        fetch_time.as_secs_f64()
    );
    Ok(cache)
}

/// CPU time this process has used (user + system, every thread), from
/// /proc/self/stat: what the figure costs whatever else the machine runs.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses: utime and
    // stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    let after = stat.rsplit(')').next().unwrap_or("");
    let ticks: Vec<f64> = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|t| t.parse().ok())
        .collect();
    ticks.iter().sum::<f64>() / 100.0
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
    let only = std::env::args().nth(1);
    let wanted = |what: &str| only.as_deref().is_none_or(|o| o == what);
    let dir = tempfile::tempdir()?;
    let texts = verbatim::synth::generate(FEEDS * ITEMS, 12).articles;
    if wanted("fetch") {
        fetch_and_size(dir.path(), &texts)?;
    }
    if wanted("first-frame") {
        big_cache(dir.path(), &texts)?;
    }
    Ok(())
}

/// The fetch figures, then the cache's size against the text it stores.
fn fetch_and_size(dir: &std::path::Path, texts: &[(String, String)]) -> anyhow::Result<()> {
    let bodies: Vec<String> = (0..FEEDS).map(|f| rss(f, texts)).collect();
    let server = Server::start(move |r| {
        let f: usize = r.path.trim_start_matches("/feed/").parse().unwrap_or(0);
        Response::ok("application/rss+xml", bodies[f % FEEDS].clone())
    });

    // Once with every feed on 127.0.0.1 (one host: 2 requests at a time),
    // once spread over HOSTS names that all resolve to it, as real feeds
    // spread over sites (8 requests at a time).
    let port = server.addr.port();
    fetch_figure(&dir.join("one-host.db"), "one host", |f| {
        format!("http://127.0.0.1:{port}/feed/{f}")
    })?;
    let path = dir.join("fetch.db");
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
    Ok(())
}

/// Fills a cache with 50,000 articles spread over 90 days (or takes the
/// one at the path after `first-frame`, kept from an earlier run), then
/// times opening it and loading the last 14 days, as `verbatim` with no
/// PATH does, and the reader's first frame on it.
fn big_cache(dir: &std::path::Path, texts: &[(String, String)]) -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(2)
        .map_or_else(|| dir.join("big.db"), std::path::PathBuf::from);
    if !path.exists() {
        fill_big_cache(&path, texts)?;
    }
    open_figures(&path)
}

/// 50,000 articles over 90 days in 100 feeds, into a new cache at `path`.
fn fill_big_cache(path: &std::path::Path, texts: &[(String, String)]) -> anyhow::Result<()> {
    let mut cache = Cache::open(path)?;
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
    Ok(())
}

/// Times reading a 14-day window of the cache at `path`, as rows and as a
/// corpus, then as the list the reader draws first, and its first frame.
fn open_figures(path: &std::path::Path) -> anyhow::Result<()> {
    let now = now_secs();
    let mut best = (Duration::MAX, Duration::MAX, 0);
    for _ in 0..3 {
        let started = Instant::now();
        let cache = Cache::open_existing(path)?.expect("just written");
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
    // What the reader's first frame waits for instead: the list, no text.
    let mut listed = Vec::new();
    let mut fastest = Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        let cache = Cache::open_existing(path)?.expect("just written");
        listed = cache.listing_since(now - 14 * 86_400)?;
        fastest = fastest.min(started.elapsed());
    }
    println!(
        "list: the same {} articles without their text read in {:.0} ms (best of 3)",
        listed.len(),
        fastest.as_secs_f64() * 1000.0
    );
    let newest = listed.first().map(|a| a.title.clone()).unwrap_or_default();
    first_frame::measure(path, &newest, BIG_CACHE)
}
