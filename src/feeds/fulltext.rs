//! Full text for items that carry only a summary: the linked page is
//! fetched (by `fetch`) and its main text extracted here with `dom_smoothie`
//! (a port of Mozilla's Readability), which drops navigation, comment forms,
//! share bars, related links and cookie notices.
//!
//! The page's hash and [`EXTRACTOR`] are stored with the text, so a better
//! extractor can re-run over the same page without fetching it again.

use super::{CachedArticle, html};

/// The code that derives article text from a page, stored with each text.
pub const EXTRACTOR: &str = concat!("dom_smoothie-0.19/verbatim-", env!("CARGO_PKG_VERSION"));

/// Feed text shorter than this (in chars) is taken for a summary.
const SUMMARY_CHARS: usize = 500;

/// Endings that mark a truncated item.
const TRUNCATION_MARKS: &[&str] = &[
    "…",
    "...",
    "[…]",
    "[...]",
    "read more",
    "continue reading",
    "read the full story",
    "read the full article",
];

/// Whether `article`'s text looks like a summary of a page it links to:
/// short, or ending in an ellipsis, "Read more", or a bare link.
pub fn is_summary(article: &CachedArticle) -> bool {
    if article.url.is_none() {
        return false;
    }
    let text = article.text.trim_end();
    let last = text.rsplit("\n\n").next().unwrap_or("");
    text.chars().count() < SUMMARY_CHARS
        || ends_with_mark(text.trim_end_matches(['.', ' ', '»', '→', '>']))
        || ends_with_mark(text)
        || last.starts_with("http://")
        || last.starts_with("https://")
}

/// Chars of an item's end that can hold a truncation mark (the longest
/// is 21): only they are lowercased, not the whole text (lowercasing
/// every 4 KB item was 5% of a fetch's time).
const MARK_ROOM: usize = 32;

fn ends_with_mark(text: &str) -> bool {
    let start = text
        .char_indices()
        .rev()
        .nth(MARK_ROOM - 1)
        .map_or(0, |(i, _)| i);
    let tail = text[start..].to_lowercase();
    TRUNCATION_MARKS.iter().any(|mark| tail.ends_with(mark))
}

/// The main text of the page `bytes` fetched from `url`, as paragraphs;
/// `None` when extraction fails or finds less than `feed_text` already has.
pub fn extract(bytes: &[u8], url: &str, feed_text: &str) -> Option<String> {
    let page = String::from_utf8_lossy(bytes);
    let mut readability = dom_smoothie::Readability::new(page.as_ref(), Some(url), None).ok()?;
    let article = readability.parse().ok()?;
    let text = html::to_text(&article.content);
    (text.chars().count() > feed_text.trim().chars().count()).then_some(text)
}

/// A saved web page as article text: its title on the first line, then the
/// main text the extractor finds (every text block of the page when it finds
/// none). `None` when the page has no text at all.
pub fn page_text(bytes: &[u8], url: &str) -> Option<String> {
    let page = String::from_utf8_lossy(bytes);
    let extracted = dom_smoothie::Readability::new(page.as_ref(), Some(url), None)
        .ok()
        .and_then(|mut r| r.parse().ok());
    let (title, body) = match extracted {
        Some(article) => (article.title, html::to_text(&article.content)),
        None => (String::new(), String::new()),
    };
    let body = if body.trim().is_empty() {
        html::to_text(&page)
    } else {
        body
    };
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    match (title.is_empty(), body.trim().is_empty()) {
        (_, true) => None,
        (true, false) => Some(body),
        (false, false) => Some(format!("{title}\n\n{body}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(text: &str) -> CachedArticle {
        CachedArticle {
            url: Some("https://n.example/a".into()),
            text: text.into(),
            ..CachedArticle::default()
        }
    }

    #[test]
    fn short_truncated_or_link_ended_items_are_summaries() {
        assert!(is_summary(&item("The minister spoke.")));
        let long = "word ".repeat(200);
        assert!(!is_summary(&item(&long)));
        assert!(is_summary(&item(&format!("{long}and then…"))));
        assert!(is_summary(&item(&format!("{long}Read more »"))));
        assert!(is_summary(&item(&format!(
            "{long}CONTINUE READING ... > . "
        ))));
        assert!(is_summary(&item(&format!(
            "{long}Ünïcödé Read The Full Article"
        ))));
        assert!(!is_summary(&item(&format!("{long}read more of it"))));
        assert!(is_summary(&item(&format!("{long}\n\nhttps://n.example/a"))));
        let mut no_link = item("Short.");
        no_link.url = None;
        assert!(!is_summary(&no_link));
    }
}
