//! Feed discovery for `feed add`: a URL that turns out to be a web page is
//! subscribed through the feed its `<link rel="alternate">` names.

use reqwest::Url;

use super::fetch::{self, FetchConfig};
use super::{FeedError, parse};

/// What `feed add` learned about a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Discovery {
    /// The URL is a feed.
    Feed(Url),
    /// The URL is a page naming this feed (the first of those it names).
    Named(Url),
    /// The URL is a page that names no feed, or neither page nor feed.
    NoFeed(String),
    /// The URL could not be checked now (network error, HTTP error).
    Unchecked(String),
}

/// The media types of feeds a page may name (RSS, Atom, RDF/RSS 1.0, JSON Feed).
const FEED_TYPES: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/json",
];

/// The feeds `html` names in `<link rel="alternate" type="…">` with a
/// feed's media type, in page order, with relative hrefs resolved against
/// `base` (or the page's `<base href>`); http and https only.
pub fn feed_links(html: &str, base: &Url) -> Vec<Url> {
    let doc = dom_query::Document::from(html);
    let base = doc
        .select("base[href]")
        .attr("href")
        .and_then(|href| base.join(href.trim()).ok())
        .unwrap_or_else(|| base.clone());
    let mut found: Vec<Url> = Vec::new();
    for link in doc.select("link[rel][href]").nodes() {
        let attr = |name| link.attr(name).map(|v| v.to_ascii_lowercase());
        let alternate =
            attr("rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "alternate"));
        let media = attr("type").unwrap_or_default();
        let is_feed = FEED_TYPES.contains(&media.split(';').next().unwrap_or("").trim());
        if !(alternate && is_feed) {
            continue;
        }
        let Some(url) = link.attr("href").and_then(|h| base.join(h.trim()).ok()) else {
            continue;
        };
        if matches!(url.scheme(), "http" | "https") && !found.contains(&url) {
            found.push(url);
        }
    }
    found
}

/// Fetches `url` and tells a feed from a page that names one.
pub async fn discover(client: &reqwest::Client, config: &FetchConfig, url: &Url) -> Discovery {
    let fetched = match fetch::get(client, url.as_str(), None, None, config.max_body_bytes).await {
        Ok(f) if f.status.is_success() => f,
        Ok(f) => return Discovery::Unchecked(format!("HTTP {}", f.status.as_u16())),
        Err(message) => return Discovery::Unchecked(message),
    };
    if looks_like_html(fetched.content_type.as_deref(), &fetched.body) {
        let html = String::from_utf8_lossy(&fetched.body);
        return match feed_links(&html, &fetched.url).into_iter().next() {
            Some(feed) => Discovery::Named(feed),
            None => Discovery::NoFeed(
                "a web page that names no feed (no <link rel=\"alternate\"> of a feed type)"
                    .to_string(),
            ),
        };
    }
    match parse::parse_feed(&fetched.body, url.as_str()) {
        Ok(_) => Discovery::Feed(url.clone()),
        Err(message) => Discovery::NoFeed(message),
    }
}

/// [`discover`] for each of `urls`, on a runtime of its own, one at a time.
pub fn discover_blocking(config: &FetchConfig, urls: &[Url]) -> Result<Vec<Discovery>, FeedError> {
    let hosts = urls.iter().filter_map(|u| u.host_str().map(String::from));
    let client = fetch::client(config, hosts.collect())?;
    let runtime = fetch::runtime()?;
    Ok(urls
        .iter()
        .map(|url| runtime.block_on(discover(&client, config, url)))
        .collect())
}

/// Whether `bytes` look like an HTML page rather than a feed: what the
/// server says, else the first tag.
pub fn looks_like_html(content_type: Option<&str>, bytes: &[u8]) -> bool {
    if let Some(media) = content_type {
        let media = media.to_ascii_lowercase();
        if media.contains("html") {
            return true;
        }
        if media.contains("xml") || media.contains("json") {
            return false;
        }
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    head.contains("<!doctype html") || head.contains("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternate_links_of_feed_types_resolved_against_the_page() {
        let page = r#"<!doctype html><html><head>
            <link rel="stylesheet" href="/style.css">
            <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
            <link rel="Alternate" type="application/rss+xml" title="News" href="feed.xml">
            <link rel="alternate nofollow" type="application/atom+xml; charset=utf-8"
                  href="//cdn.example/atom">
            <link rel="alternate" type="application/feed+json" href="https://n.example/f.json">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="application/rss+xml" href="feed.xml">
            </head><body><p>Hello</p></body></html>"#;
        let base = Url::parse("https://n.example/news/index.html").unwrap();
        let found: Vec<String> = feed_links(page, &base).iter().map(Url::to_string).collect();
        assert_eq!(
            found,
            [
                "https://n.example/news/feed.xml",
                "https://cdn.example/atom",
                "https://n.example/f.json"
            ]
        );
    }

    #[test]
    fn a_base_element_moves_relative_links() {
        let page = r#"<html><head><base href="https://other.example/blog/">
            <link rel="alternate" type="application/atom+xml" href="atom.xml"></head></html>"#;
        let base = Url::parse("https://n.example/").unwrap();
        assert_eq!(
            feed_links(page, &base),
            [Url::parse("https://other.example/blog/atom.xml").unwrap()]
        );
    }

    #[test]
    fn html_is_told_from_feeds() {
        assert!(looks_like_html(Some("text/html; charset=utf-8"), b"<rss>"));
        assert!(!looks_like_html(Some("application/rss+xml"), b"<html>"));
        assert!(looks_like_html(None, b"\n<!DOCTYPE html><html>"));
        assert!(!looks_like_html(
            Some("text/plain"),
            b"<?xml version='1.0'?><rss>"
        ));
    }
}
