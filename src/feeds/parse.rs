//! Feed bytes to articles: `feed-rs` reads RSS 0.9x/1.0/2.0, Atom and JSON
//! Feed from the raw bytes (so a declared encoding such as windows-1251 is
//! honoured); each item becomes a [`CachedArticle`] with a stable key.

use feed_rs::model::{Entry, Feed};

use super::CachedArticle;
use super::html;

/// A parsed feed: its own title and language, and its items as articles.
#[derive(Debug, Clone, Default)]
pub struct ParsedFeed {
    pub title: Option<String>,
    pub language: Option<String>,
    /// The site the feed belongs to (its first alternate link).
    pub site: Option<String>,
    pub articles: Vec<CachedArticle>,
}

/// Parses a feed's bytes. A feed with an unescaped `&` (a common publishing
/// bug that strict XML rejects) is parsed again with the bare ampersands
/// escaped; the error, when even that fails, is one line.
pub fn parse_feed(bytes: &[u8], url: &str) -> Result<ParsedFeed, String> {
    let feed = match parse_raw(bytes, url) {
        Ok(feed) => feed,
        Err(first) => {
            let escaped = escape_bare_ampersands(bytes);
            if escaped.len() == bytes.len() {
                return Err(first);
            }
            parse_raw(&escaped, url).map_err(|_| first)?
        }
    };
    Ok(convert(feed, url))
}

fn parse_raw(bytes: &[u8], url: &str) -> Result<Feed, String> {
    // An empty id tells `convert` that the item had none: feed-rs would
    // otherwise invent a random one, and every fetch would look new.
    feed_rs::parser::Builder::new()
        .base_uri(Some(url))
        .id_generator(|_, _, _| String::new())
        .build()
        .parse(bytes)
        .map_err(|e| one_line(&format!("not a feed: {e}")))
}

/// `&` not starting a character reference becomes `&amp;`.
fn escape_bare_ampersands(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    for (i, &b) in bytes.iter().enumerate() {
        out.push(b);
        if b == b'&' && !starts_reference(&bytes[i + 1..]) {
            out.extend_from_slice(b"amp;");
        }
    }
    out
}

fn starts_reference(rest: &[u8]) -> bool {
    let name_len = rest
        .iter()
        .take(32)
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
        .count();
    name_len > 0 && rest.get(name_len) == Some(&b';')
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn convert(feed: Feed, url: &str) -> ParsedFeed {
    let title = feed
        .title
        .as_ref()
        .map(|t| html::to_text(&t.content))
        .filter(|t| !t.is_empty());
    let site = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone());
    let outlet = title
        .clone()
        .or_else(|| site.as_deref().and_then(crate::corpus::host_of))
        .or_else(|| crate::corpus::host_of(url));
    let language = feed.language.clone();
    let articles = feed
        .entries
        .iter()
        .filter_map(|e| article(e, outlet.as_deref(), language.as_deref()))
        .collect();
    ParsedFeed {
        title,
        language,
        site,
        articles,
    }
}

/// One item as an article; `None` when it has neither title nor text.
fn article(entry: &Entry, outlet: Option<&str>, language: Option<&str>) -> Option<CachedArticle> {
    let title = entry
        .title
        .as_ref()
        .map(|t| html::to_text(&t.content))
        .unwrap_or_default();
    let body = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .filter(|b| !b.trim().is_empty())
        .or(entry.summary.as_ref().map(|s| s.content.as_str()))
        .map(html::to_text)
        .unwrap_or_default();
    if title.is_empty() && body.is_empty() {
        return None;
    }
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone());
    let key = if !entry.id.is_empty() {
        entry.id.clone()
    } else if let Some(url) = &url {
        url.clone()
    } else {
        format!(
            "sha:{}",
            super::content_hash(format!("{title}\n{body}").as_bytes())
        )
    };
    let when = entry.published.or(entry.updated);
    let author = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref())
        .map(str::trim)
        .find(|n| !n.is_empty())
        .map(String::from);
    Some(CachedArticle {
        key,
        url,
        outlet: outlet.map(String::from),
        author,
        published: when.map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
        published_at: when.map(|t| t.timestamp()),
        language: entry.language.clone().or(language.map(String::from)),
        title,
        text: body,
        ..CachedArticle::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>A</title><link>https://w.example/a</link><description>Text A.</description></item>
        <item><title>B</title><description>Text B.</description></item>
        <item><guid>g-1</guid><title>C</title><link>https://w.example/c</link></item>
        </channel></rss>"#;

    #[test]
    fn keys_are_guid_else_link_else_a_content_hash_and_stable() {
        let first = parse_feed(RSS.as_bytes(), "https://w.example/feed").unwrap();
        let keys: Vec<_> = first.articles.iter().map(|a| a.key.clone()).collect();
        assert_eq!(keys[0], "https://w.example/a");
        assert!(keys[1].starts_with("sha:"), "{}", keys[1]);
        assert_eq!(keys[2], "g-1");
        let again = parse_feed(RSS.as_bytes(), "https://w.example/feed").unwrap();
        assert_eq!(again.articles[1].key, keys[1]);
        assert_eq!(first.articles[0].outlet.as_deref(), Some("Wire"));
    }

    #[test]
    fn an_unescaped_ampersand_still_yields_the_items() {
        let bad = RSS.replace("Text A.", "Tom & Jerry");
        let feed = parse_feed(bad.as_bytes(), "https://w.example/feed").unwrap();
        assert_eq!(feed.articles[0].text, "Tom & Jerry");
    }

    #[test]
    fn garbage_is_a_one_line_error() {
        let err = parse_feed(b"hello\nworld", "https://x.example/").unwrap_err();
        assert!(!err.contains('\n'));
        assert!(err.starts_with("not a feed"));
    }
}
