//! Fetching every subscribed feed: politely (≤ 8 requests at once, ≤ 2 per
//! host, conditional GET, `Retry-After` honoured) and defensively (http and
//! https only, timeouts, ≤ 5 checked redirects, bodies capped after
//! decompression). A feed that fails is recorded with a one-line error and
//! the run goes on.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use reqwest::header::{
    CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, RETRY_AFTER,
};
use reqwest::{StatusCode, Url};
use tokio::sync::Semaphore;

use super::resolve::GuardedResolver;
use super::{Cache, CachedArticle, FeedError, FeedRecord, fulltext, now_secs, parse};

/// How fetching behaves; [`FetchConfig::default`] is what the CLI uses.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    pub connect_timeout: Duration,
    /// For the whole request, body included.
    pub total_timeout: Duration,
    pub max_redirects: usize,
    /// Largest body read, after decompression; larger ones are cut and refused.
    pub max_body_bytes: usize,
    pub max_in_flight: usize,
    pub max_per_host: usize,
    /// Whether links and redirects may lead to loopback, private or
    /// link-local addresses on another host than the feed's.
    pub allow_private: bool,
    /// Whether items that carry only a summary get their page's main text.
    pub full_text: bool,
    /// Fixed addresses for host names, looked up before the system's
    /// resolver (tests point public-looking names at loopback).
    pub hosts: HashMap<String, IpAddr>,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_redirects: 5,
            max_body_bytes: 10 * 1024 * 1024,
            max_in_flight: 8,
            max_per_host: 2,
            allow_private: false,
            full_text: true,
            hosts: HashMap::new(),
        }
    }
}

/// How one feed's fetch went.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct FetchOutcome {
    pub url: String,
    /// The HTTP status, when a response came.
    pub status: Option<u16>,
    /// Items in the feed as fetched (0 on 304 or error).
    pub items: usize,
    /// Items not in the cache before.
    pub new: usize,
    pub not_modified: bool,
    /// Skipped because the server asked to wait (`Retry-After`).
    pub deferred: bool,
    pub error: Option<String>,
}

/// A response body and the headers that matter to the cache.
pub(super) struct Fetched {
    pub(super) status: StatusCode,
    /// Where the body came from, after redirects.
    pub(super) url: Url,
    pub(super) content_type: Option<String>,
    etag: Option<String>,
    last_modified: Option<String>,
    retry_after: Option<i64>,
    pub(super) body: Vec<u8>,
}

/// The `User-Agent` every request carries.
pub fn user_agent() -> String {
    format!("verbatim/{}", env!("CARGO_PKG_VERSION"))
}

/// An HTTP client set up as `config` says. Names resolve through
/// [`GuardedResolver`]: only the `trusted` hosts (the subscriptions') may
/// lead to private addresses.
pub fn client(
    config: &FetchConfig,
    trusted: HashSet<String>,
) -> Result<reqwest::Client, FeedError> {
    // reqwest is built without a TLS provider of its own (see Cargo.toml);
    // installing ring twice is harmless, so the result is ignored.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let max_redirects = config.max_redirects;
    let allow_private = config.allow_private;
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() > max_redirects {
            return attempt.error(format!("more than {max_redirects} redirects"));
        }
        let origin = attempt
            .previous()
            .first()
            .and_then(|u| u.host_str().map(String::from));
        match refuse_reason(attempt.url(), origin.as_deref(), allow_private) {
            Some(reason) => attempt.error(format!("redirect refused: {reason}")),
            None => attempt.follow(),
        }
    });
    reqwest::Client::builder()
        .user_agent(user_agent())
        .connect_timeout(config.connect_timeout)
        .timeout(config.total_timeout)
        .redirect(policy)
        .dns_resolver(GuardedResolver {
            trusted,
            allow_private,
            hosts: config.hosts.clone(),
        })
        .no_proxy()
        .build()
        .map_err(|e| FeedError::Feed {
            url: String::new(),
            message: e.to_string(),
        })
}

/// Why `url` may not be fetched, if it may not: a scheme other than http(s),
/// or an address on the loopback, private or link-local ranges on a host
/// other than `same_host` (unless `allow_private`). Host names are judged
/// here by name (`localhost`), and by what they resolve to in
/// [`GuardedResolver`].
pub fn refuse_reason(url: &Url, same_host: Option<&str>, allow_private: bool) -> Option<String> {
    if !matches!(url.scheme(), "http" | "https") {
        return Some(format!("{url}: only http and https are fetched"));
    }
    let host = url.host_str().unwrap_or("");
    if allow_private || same_host == Some(host) {
        return None;
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let private = match bare.parse::<IpAddr>() {
        Ok(ip) => is_private(ip),
        Err(_) => bare.eq_ignore_ascii_case("localhost") || bare.ends_with(".localhost"),
    };
    private.then(|| format!("{url}: a loopback, private or link-local address"))
}

pub(super) fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || (v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_private(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

/// GETs `url`, sending the validators, reading at most `max_body_bytes`.
pub(super) async fn get(
    client: &reqwest::Client,
    url: &str,
    etag: Option<&str>,
    last_modified: Option<&str>,
    max_body_bytes: usize,
) -> Result<Fetched, String> {
    let mut request = client.get(url);
    if let Some(etag) = etag {
        request = request.header(IF_NONE_MATCH, etag);
    }
    if let Some(date) = last_modified {
        request = request.header(IF_MODIFIED_SINCE, date);
    }
    let mut response = request.send().await.map_err(|e| describe(&e))?;
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
            .map(String::from)
    };
    let (etag, last_modified) = (header(ETAG), header(LAST_MODIFIED));
    let content_type = header(CONTENT_TYPE);
    let final_url = response.url().clone();
    let retry_after = header(RETRY_AFTER).and_then(|v| retry_at(&v));
    let status = response.status();
    let mut body = Vec::new();
    if status.is_success() {
        while let Some(chunk) = response.chunk().await.map_err(|e| describe(&e))? {
            if body.len() + chunk.len() > max_body_bytes {
                return Err(format!(
                    "body larger than {} MB, not read",
                    max_body_bytes / (1024 * 1024)
                ));
            }
            body.extend_from_slice(&chunk);
        }
    }
    Ok(Fetched {
        status,
        url: final_url,
        content_type,
        etag,
        last_modified,
        retry_after,
        body,
    })
}

/// reqwest's error and its causes, on one line.
fn describe(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() {
        "timed out".to_string()
    } else {
        e.to_string()
    };
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
        source = cause_source(source);
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn cause_source<'a>(
    e: Option<&'a (dyn std::error::Error + 'static)>,
) -> Option<&'a (dyn std::error::Error + 'static)> {
    e.and_then(std::error::Error::source)
}

/// When a `Retry-After` value (seconds, or an HTTP date) allows the next request.
fn retry_at(value: &str) -> Option<i64> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<i64>() {
        return Some(now_secs() + seconds.clamp(0, 7 * 86_400));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    let secs = when.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some(secs as i64)
}

/// Fetches one feed and works out its new record and articles.
async fn fetch_feed(
    client: &reqwest::Client,
    config: &FetchConfig,
    feed: FeedRecord,
    host_slots: &Semaphore,
    with_pages: &HashSet<String>,
) -> (FeedRecord, Vec<super::CachedArticle>, FetchOutcome) {
    let mut outcome = FetchOutcome {
        url: feed.url.clone(),
        ..FetchOutcome::default()
    };
    let mut record = feed.clone();
    let now = now_secs();
    if feed.retry_after.is_some_and(|t| t > now) {
        outcome.deferred = true;
        return (record, Vec::new(), outcome);
    }
    record.fetched_at = Some(now);
    record.retry_after = None;
    let slot = host_slots.acquire().await;
    let fetched = get(
        client,
        &feed.url,
        feed.etag.as_deref(),
        feed.last_modified.as_deref(),
        config.max_body_bytes,
    )
    .await;
    drop(slot);
    let fetched = match fetched {
        Ok(f) => f,
        Err(message) => {
            record.status = Some(0);
            record.error = Some(message.clone());
            outcome.error = Some(message);
            return (record, Vec::new(), outcome);
        }
    };
    let status = fetched.status.as_u16();
    record.status = Some(i64::from(status));
    outcome.status = Some(status);
    record.error = None;
    if fetched.status == StatusCode::NOT_MODIFIED {
        outcome.not_modified = true;
        return (record, Vec::new(), outcome);
    }
    if !fetched.status.is_success() {
        let message = format!("HTTP {status}");
        if matches!(status, 429 | 503) {
            record.retry_after = fetched.retry_after;
        }
        record.error = Some(message.clone());
        outcome.error = Some(message);
        return (record, Vec::new(), outcome);
    }
    record.etag = fetched.etag;
    record.last_modified = fetched.last_modified;
    // Parsing (XML, then HTML to text) runs on the blocking pool: on the
    // task that drives every fetch it held up the storing of the others.
    let (body, url) = (fetched.body, feed.url.clone());
    let parsed = tokio::task::spawn_blocking(move || parse::parse_feed(&body, &url))
        .await
        .unwrap_or_else(|e| Err(format!("parsing failed: {e}")));
    match parsed {
        Ok(parsed) => {
            record.title = record.title.or(parsed.title);
            outcome.items = parsed.articles.len();
            let mut articles = parsed.articles;
            if config.full_text {
                full_text(client, config, &feed.url, &mut articles, with_pages).await;
            }
            (record, articles, outcome)
        }
        Err(message) => {
            record.error = Some(message.clone());
            outcome.error = Some(message);
            (record, Vec::new(), outcome)
        }
    }
}

/// Replaces summaries with the main text of the pages they link to, where
/// the page may be fetched (see [`refuse_reason`]) and extraction finds more
/// than the feed gave; items whose page was extracted before (`with_pages`)
/// keep that text without a new request.
async fn full_text(
    client: &reqwest::Client,
    config: &FetchConfig,
    feed_url: &str,
    articles: &mut [CachedArticle],
    with_pages: &HashSet<String>,
) {
    let feed_host = Url::parse(feed_url)
        .ok()
        .and_then(|u| u.host_str().map(String::from));
    for article in articles.iter_mut() {
        if with_pages.contains(&article.key) || !fulltext::is_summary(article) {
            continue;
        }
        let Some(url) = article.url.as_deref().and_then(|u| Url::parse(u).ok()) else {
            continue;
        };
        if refuse_reason(&url, feed_host.as_deref(), config.allow_private).is_some() {
            continue;
        }
        let Ok(page) = get(client, url.as_str(), None, None, config.max_body_bytes).await else {
            continue;
        };
        if !page.status.is_success() {
            continue;
        }
        let page_hash = super::content_hash(&page.body);
        let feed_text = article.text.clone();
        let extracted = tokio::task::spawn_blocking(move || {
            fulltext::extract(&page.body, url.as_str(), &feed_text)
        })
        .await;
        if let Ok(Some(text)) = extracted {
            article.text = text;
            article.page_hash = Some(page_hash);
            article.extractor = Some(fulltext::EXTRACTOR.to_string());
        }
    }
}

/// Fetches every subscribed feed and stores the results, calling
/// `progress(outcome, done, total)` after each feed is stored.
pub async fn fetch_all(
    cache: &mut Cache,
    config: &FetchConfig,
    mut progress: impl FnMut(&FetchOutcome, usize, usize),
) -> Result<Vec<FetchOutcome>, FeedError> {
    let feeds = cache.feeds()?;
    let trusted = feeds.iter().filter_map(|f| Url::parse(&f.url).ok());
    let trusted = trusted.filter_map(|u| u.host_str().map(String::from));
    let client = client(config, trusted.collect())?;
    let mut with_pages = cache.keys_with_pages()?;
    let total = feeds.len();
    let mut hosts: HashMap<String, Arc<Semaphore>> = HashMap::new();
    let jobs: Vec<_> = feeds
        .into_iter()
        .map(|feed| {
            let host = Url::parse(&feed.url)
                .ok()
                .and_then(|u| u.host_str().map(String::from))
                .unwrap_or_default();
            let slots = hosts
                .entry(host)
                .or_insert_with(|| Arc::new(Semaphore::new(config.max_per_host.max(1))))
                .clone();
            let pages = with_pages.remove(&feed.id).unwrap_or_default();
            (feed, slots, pages)
        })
        .collect();
    let mut results = futures::stream::iter(jobs)
        .map(|(feed, slots, pages)| {
            let client = &client;
            async move { fetch_feed(client, config, feed, &slots, &pages).await }
        })
        .buffer_unordered(config.max_in_flight.max(1));
    let mut outcomes = Vec::with_capacity(total);
    while let Some((record, articles, mut outcome)) = results.next().await {
        if !outcome.deferred {
            outcome.new = cache.record_fetch(&record, &articles)?;
        }
        progress(&outcome, outcomes.len() + 1, total);
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// [`fetch_all`] on a runtime of its own, for callers without one.
pub fn fetch_all_blocking(
    cache: &mut Cache,
    config: &FetchConfig,
    progress: impl FnMut(&FetchOutcome, usize, usize),
) -> Result<Vec<FetchOutcome>, FeedError> {
    runtime()?.block_on(fetch_all(cache, config, progress))
}

/// A runtime for the blocking entry points of the CLI.
pub(super) fn runtime() -> Result<tokio::runtime::Runtime, FeedError> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(url: &str, same: Option<&str>) -> bool {
        refuse_reason(&Url::parse(url).unwrap(), same, false).is_some()
    }

    #[test]
    fn only_http_and_public_addresses_unless_on_the_feeds_host() {
        assert!(refused("file:///etc/passwd", None));
        assert!(refused("ftp://example.com/x", None));
        assert!(refused("http://127.0.0.1/x", None));
        assert!(refused("http://10.1.2.3/x", None));
        assert!(refused("http://192.168.0.9/x", None));
        assert!(refused("http://169.254.169.254/latest", None));
        assert!(refused("http://[::1]/x", None));
        assert!(refused("http://[fe80::1]/x", None));
        assert!(refused("http://localhost:8080/x", None));
        assert!(!refused("https://93.184.216.34/x", None));
        assert!(!refused("https://news.example.com/x", None));
        assert!(!refused("http://127.0.0.1:9/x", Some("127.0.0.1")));
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let now = now_secs();
        let at = retry_at("120").unwrap();
        assert!((now + 119..=now + 121).contains(&at));
        assert_eq!(
            retry_at("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(1_445_412_480)
        );
        assert_eq!(retry_at("soon"), None);
    }
}
