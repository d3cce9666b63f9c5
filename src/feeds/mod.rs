//! Feeds and the local cache (feature `feeds`): subscriptions, fetching,
//! parsing feed bytes into articles, and the SQLite cache they live in.
//!
//! Fetching is I/O on tokio ([`fetch`]); parsing ([`parse`], [`html`],
//! [`opml`]) is plain functions over bytes, so it is tested without a network
//! and can re-run from the cache.

pub mod cache;
pub mod discover;
pub mod fetch;
pub mod fulltext;
pub mod html;
pub mod listing;
pub mod opml;
pub mod parse;
pub mod reader_state;
pub mod resolve;
mod schema;

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

pub use cache::{Cache, CachedArticle, FeedRecord};
pub use listing::ListedArticle;

/// Everything that can go wrong in the feeds layer, one line each.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error("cache: {0}")]
    Db(#[from] rusqlite::Error),
    #[error(
        "cache {path} has schema version {found}, newer than this verbatim knows ({known}); \
         use a newer verbatim or another --db"
    )]
    NewerSchema {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{path}: not OPML: {message}")]
    Opml { path: String, message: String },
    #[error("{url}: {message}")]
    Feed { url: String, message: String },
}

/// The cache's default place: `$XDG_DATA_HOME/verbatim/verbatim.db`, else
/// `~/.local/share/verbatim/verbatim.db` (the XDG base directory default).
pub fn default_db_path() -> PathBuf {
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    data.join("verbatim").join("verbatim.db")
}

/// Seconds since the Unix epoch: every time in the cache is one of these.
pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A short stable hash of some bytes, in hex (FNV-1a, 64 bits): article keys
/// for items with neither guid nor link, and page hashes. Not for security.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The corpus id of the cached article `key` of the feed `feed_url`: a hash
/// of its cache key, so it is the same in every run and for every window.
pub fn article_id(feed_url: &str, key: &str) -> String {
    format!("f{}", content_hash(format!("{feed_url}\n{key}").as_bytes()))
}

/// A cached article as a corpus article: the title on the first line, the
/// text below, and the metadata the feed gave. Its id is derived from the
/// feed and key, so it is stable across runs.
pub fn to_article(cached: &CachedArticle) -> crate::corpus::Article {
    let id = article_id(&cached.feed, &cached.key);
    let path = cached.url.clone().unwrap_or_else(|| cached.feed.clone());
    let text = if cached.title.is_empty() {
        cached.text.clone()
    } else {
        format!("{}\n\n{}", cached.title, cached.text)
    };
    let mut article = crate::corpus::Article::new(id, path, text);
    let meta = &mut article.meta;
    let keep = |ours: &Option<String>, theirs: &mut Option<String>| {
        if ours.is_some() {
            theirs.clone_from(ours);
        }
    };
    keep(&cached.outlet, &mut meta.outlet);
    keep(&cached.url, &mut meta.url);
    keep(&cached.published, &mut meta.published);
    keep(&cached.author, &mut meta.author);
    meta.feed = Some(cached.feed.clone());
    meta.language = cached
        .language
        .as_deref()
        .and_then(crate::text::language::declared);
    article
}

/// Where a window of the last `days` days starts, in Unix seconds.
pub fn window_start(days: u32) -> i64 {
    now_secs() - i64::from(days) * 86_400
}

/// A session over the cache's articles of the last `days` days, newest first.
pub fn session_from_cache(cache: &Cache, days: u32) -> Result<crate::session::Session, FeedError> {
    let articles = cache.articles_since(window_start(days))?;
    let articles = articles.iter().map(to_article).collect();
    Ok(crate::session::Session::from_corpus(
        crate::corpus::Corpus::from_articles(articles),
    ))
}
