//! The cache's articles as a list, without their text: what the reader's
//! sources pane shows before the corpus is built from the full rows.
//!
//! The list comes in the order [`Cache::articles_since`] loads the corpus
//! in, with the same URL de-duplication, so row `i` of the list is source
//! `i` of the corpus built from the same window.

use std::collections::{HashMap, HashSet};

use rusqlite::params;

use super::{Cache, FeedError, article_id};

/// Which rows a window holds and in which order, shared by the list and the
/// corpus so that both agree row for row: published (else fetched) at or
/// after `?1`, newest first, ties in subscription then arrival order.
pub(super) const WINDOW_ORDER: &str = "WHERE coalesce(a.published_at, a.fetched_at) >= ?1
     ORDER BY coalesce(a.published_at, a.fetched_at) DESC, a.feed, a.id";

/// One article as the list shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListedArticle {
    /// The corpus id the article will have ([`article_id`]).
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    /// RFC 3339, as stored.
    pub published: Option<String>,
    pub read: bool,
}

/// Keeps the first article of each URL (an article without one is always
/// kept): the same page reached through two feeds is one source.
pub(super) struct FirstPerUrl(HashSet<String>);

impl FirstPerUrl {
    pub(super) fn new() -> FirstPerUrl {
        FirstPerUrl(HashSet::new())
    }

    pub(super) fn keep(&mut self, url: Option<&String>) -> bool {
        url.is_none_or(|u| self.0.insert(u.clone()))
    }
}

impl Cache {
    /// The articles of the window starting at `since` (Unix seconds), as
    /// [`Cache::articles_since`] would load them but without their text.
    ///
    /// Only columns stored before `text` are read, through the date index:
    /// a column after it (such as `read`) makes SQLite walk each row's
    /// overflow pages, which took as long as reading the text itself (179
    /// against 163 ms for 7,791 rows). Read marks come from their own
    /// partial index instead, feed URLs from the small feeds table.
    pub fn listing_since(&self, since: i64) -> Result<Vec<ListedArticle>, FeedError> {
        let feeds: HashMap<i64, String> = {
            let mut stmt = self.conn.prepare("SELECT id, url FROM feeds")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let read: HashSet<i64> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM articles INDEXED BY articles_read WHERE read = 1")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let sql = format!(
            "SELECT a.id, a.feed, a.key, a.url, a.title, a.outlet, a.published
             FROM articles a {WINDOW_ORDER}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params![since])?;
        let mut first = FirstPerUrl::new();
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let url: Option<String> = row.get(3)?;
            if !first.keep(url.as_ref()) {
                continue;
            }
            let (row_id, feed): (i64, i64) = (row.get(0)?, row.get(1)?);
            let key: String = row.get(2)?;
            out.push(ListedArticle {
                id: article_id(feeds.get(&feed).map_or("", String::as_str), &key),
                title: row.get(4)?,
                outlet: row.get(5)?,
                published: row.get(6)?,
                read: read.contains(&row_id),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::cache::tests::stored;
    use crate::feeds::{CachedArticle, now_secs, to_article};

    fn store(cache: &mut Cache, feed: &str, items: &[(&str, &str, i64)]) {
        let articles: Vec<CachedArticle> = items
            .iter()
            .map(|&(key, url, at)| CachedArticle {
                key: key.into(),
                url: Some(url.into()),
                outlet: Some(format!("Outlet of {feed}")),
                published_at: Some(at),
                published: Some(format!("@{at}")),
                title: format!("Title {key}"),
                text: format!("Text of {key}."),
                ..CachedArticle::default()
            })
            .collect();
        stored(cache, feed, &articles, now_secs());
    }

    /// Row `i` of the list is article `i` of the corpus, through ties, a
    /// URL shared by two feeds and the window's edge.
    #[test]
    fn the_list_matches_the_corpus_row_for_row() {
        let dir = tempfile::tempdir().unwrap();
        let mut cache = Cache::open(&dir.path().join("c.db")).unwrap();
        let now = now_secs();
        let old = now - 30 * 86_400;
        store(
            &mut cache,
            "https://a.example/rss",
            &[
                ("a1", "https://a.example/1", now - 10),
                ("a2", "https://same.example/x", now - 20),
                ("a3", "https://a.example/3", now - 20),
                ("old", "https://a.example/old", old),
            ],
        );
        store(
            &mut cache,
            "https://b.example/rss",
            &[
                ("b1", "https://b.example/1", now - 20),
                ("b2", "https://same.example/x", now - 5),
            ],
        );
        cache.set_read("https://a.example/rss", "a3", true).unwrap();
        let since = now - 14 * 86_400;
        let listed = cache.listing_since(since).unwrap();
        let corpus: Vec<_> = cache
            .articles_since(since)
            .unwrap()
            .iter()
            .map(to_article)
            .collect();
        let ids = |l: &[ListedArticle]| l.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(&listed),
            corpus.iter().map(|a| a.id.clone()).collect::<Vec<_>>()
        );
        assert_eq!(listed.len(), 4, "the old one is out, the shared URL once");
        assert_eq!(listed[0].title, "Title b2", "newest first");
        let read: Vec<&str> = listed
            .iter()
            .filter(|a| a.read)
            .map(|a| a.title.as_str())
            .collect();
        assert_eq!(read, ["Title a3"]);
        assert_eq!(
            listed[0].outlet.as_deref(),
            Some("Outlet of https://b.example/rss")
        );
        assert!(cache.listing_since(now + 1).unwrap().is_empty());
    }
}
