//! The local cache: one SQLite file holding subscriptions, fetched articles,
//! read marks and a full-text index.
//!
//! WAL with `synchronous=NORMAL` (a crash may lose the last commit, never
//! corrupt the file); every multi-row write is one transaction, so a kill
//! never leaves half an update. The schema version lives in `user_version`;
//! [`MIGRATIONS`] take any older file forward, and a newer file is refused.
//!
//! The full-text index keeps which column a word is in but not its
//! positions (`detail = 'column'`): words and prefixes are found, phrases
//! are not, and the cache stays under 1.5 times the text it stores (with
//! positions it was 1.7 times; docs/feeds.md).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::listing::{FirstPerUrl, WINDOW_ORDER};
use super::schema::{MIGRATIONS, SCHEMA_VERSION};
use super::{FeedError, now_secs};

/// A subscription and how its last fetch went.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct FeedRecord {
    #[serde(skip)]
    pub id: i64,
    pub url: String,
    pub title: Option<String>,
    /// Folder names from OPML, outermost first.
    pub tags: Vec<String>,
    #[serde(skip)]
    pub etag: Option<String>,
    #[serde(skip)]
    pub last_modified: Option<String>,
    /// Unix seconds of the last fetch attempt.
    pub fetched_at: Option<i64>,
    /// HTTP status of the last fetch (0 when no response came).
    pub status: Option<i64>,
    pub error: Option<String>,
    /// Unix seconds before which the server asked not to be fetched again.
    pub retry_after: Option<i64>,
    pub items: i64,
}

/// An article as stored: what the feed or page gave, and where it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CachedArticle {
    /// guid, else link, else a hash of the item's content.
    pub key: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    /// RFC 3339, as the feed gave it (normalised).
    pub published: Option<String>,
    pub published_at: Option<i64>,
    pub language: Option<String>,
    pub title: String,
    pub text: String,
    /// Hash of the fetched page the text was extracted from, if any.
    pub page_hash: Option<String>,
    /// Name and version of the code that derived `text` from a page.
    pub extractor: Option<String>,
    /// The feed's URL (filled when loading).
    pub feed: String,
    pub read: bool,
}

/// An open cache file.
pub struct Cache {
    pub(super) conn: Connection,
}

impl Cache {
    /// Opens (creating it and its folder if needed) the cache at `path`.
    pub fn open(path: &Path) -> Result<Cache, FeedError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let conn = Connection::open(path)?;
        Cache::setup(conn, path)
    }

    /// Opens an existing cache for reading; `None` when there is no file.
    pub fn open_existing(path: &Path) -> Result<Option<Cache>, FeedError> {
        if !path.exists() {
            return Ok(None);
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        Cache::setup(conn, path).map(Some)
    }

    fn setup(conn: Connection, path: &Path) -> Result<Cache, FeedError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut cache = Cache { conn };
        cache.migrate(path)?;
        Ok(cache)
    }

    fn migrate(&mut self, path: &Path) -> Result<(), FeedError> {
        let found: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(FeedError::NewerSchema {
                path: path.display().to_string(),
                found,
                known: SCHEMA_VERSION,
            });
        }
        let tx = self.conn.transaction()?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Subscribes to `url` with `title` and `tags`; an existing subscription
    /// keeps its state and gains the title and tags when it had none.
    /// Returns whether the feed is new.
    pub fn add_feed(
        &self,
        url: &str,
        title: Option<&str>,
        tags: &[String],
    ) -> Result<bool, FeedError> {
        let tags = tags.join("\n");
        let added = self.conn.execute(
            "INSERT INTO feeds (url, title, tags, added_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (url) DO NOTHING",
            params![url, title, tags, now_secs()],
        )?;
        if added == 0 {
            self.conn.execute(
                "UPDATE feeds SET title = coalesce(title, ?2),
                 tags = CASE WHEN tags = '' THEN ?3 ELSE tags END WHERE url = ?1",
                params![url, title, tags],
            )?;
        }
        Ok(added > 0)
    }

    /// Unsubscribes from `url`, dropping its articles; whether it was there.
    pub fn remove_feed(&self, url: &str) -> Result<bool, FeedError> {
        Ok(self
            .conn
            .execute("DELETE FROM feeds WHERE url = ?1", params![url])?
            > 0)
    }

    /// Every subscription, in the order added.
    pub fn feeds(&self) -> Result<Vec<FeedRecord>, FeedError> {
        let mut stmt = self.conn.prepare(
            "SELECT f.id, f.url, f.title, f.tags, f.etag, f.last_modified, f.fetched_at,
                    f.status, f.error, f.retry_after,
                    (SELECT count(*) FROM articles a WHERE a.feed = f.id)
             FROM feeds f ORDER BY f.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let tags: String = r.get(3)?;
            Ok(FeedRecord {
                id: r.get(0)?,
                url: r.get(1)?,
                title: r.get(2)?,
                tags: tags
                    .split('\n')
                    .filter(|t| !t.is_empty())
                    .map(String::from)
                    .collect(),
                etag: r.get(4)?,
                last_modified: r.get(5)?,
                fetched_at: r.get(6)?,
                status: r.get(7)?,
                error: r.get(8)?,
                retry_after: r.get(9)?,
                items: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Whether any feed is subscribed.
    pub fn has_feeds(&self) -> Result<bool, FeedError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM feeds", [], |r| r.get(0))?;
        Ok(n > 0)
    }

    /// Records a fetch of `feed`: its outcome, validators and new articles,
    /// in one transaction. Existing articles (same feed and key) are updated
    /// but keep their read mark. Returns how many articles were new.
    pub fn record_fetch(
        &mut self,
        feed: &FeedRecord,
        articles: &[CachedArticle],
    ) -> Result<usize, FeedError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE feeds SET title = coalesce(?2, title), etag = ?3, last_modified = ?4,
             fetched_at = ?5, status = ?6, error = ?7, retry_after = ?8 WHERE id = ?1",
            params![
                feed.id,
                feed.title,
                feed.etag,
                feed.last_modified,
                feed.fetched_at,
                feed.status,
                feed.error,
                feed.retry_after
            ],
        )?;
        let mut new = 0;
        {
            let mut exists =
                tx.prepare_cached("SELECT 1 FROM articles WHERE feed = ?1 AND key = ?2")?;
            let mut upsert = tx.prepare_cached(
                "INSERT INTO articles (feed, key, url, outlet, author, published, published_at,
                     language, title, text, page_hash, extractor, fetched_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                 ON CONFLICT (feed, key) DO UPDATE SET url = excluded.url,
                     outlet = excluded.outlet, author = excluded.author,
                     published = excluded.published, published_at = excluded.published_at,
                     language = excluded.language, title = excluded.title,
                     text = CASE WHEN excluded.page_hash IS NULL AND articles.page_hash IS NOT NULL
                                 THEN articles.text ELSE excluded.text END,
                     page_hash = coalesce(excluded.page_hash, articles.page_hash),
                     extractor = coalesce(excluded.extractor, articles.extractor)
                 WHERE articles.title IS NOT excluded.title
                     OR (articles.text IS NOT excluded.text
                         AND (excluded.page_hash IS NOT NULL OR articles.page_hash IS NULL))",
            )?;
            let fetched_at = feed.fetched_at.unwrap_or_else(now_secs);
            for a in articles {
                if !exists.exists(params![feed.id, a.key])? {
                    new += 1;
                }
                upsert.execute(params![
                    feed.id,
                    a.key,
                    a.url,
                    a.outlet,
                    a.author,
                    a.published,
                    a.published_at,
                    a.language,
                    a.title,
                    a.text,
                    a.page_hash,
                    a.extractor,
                    fetched_at
                ])?;
            }
        }
        tx.commit()?;
        Ok(new)
    }

    /// Per feed id, the keys of articles whose text was extracted from their
    /// page: a fetch keeps that text instead of fetching the page again.
    pub fn keys_with_pages(&self) -> Result<HashMap<i64, HashSet<String>>, FeedError> {
        let mut stmt = self
            .conn
            .prepare("SELECT feed, key FROM articles WHERE page_hash IS NOT NULL")?;
        let mut out: HashMap<i64, HashSet<String>> = HashMap::new();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        for row in rows {
            let (feed, key) = row?;
            out.entry(feed).or_default().insert(key);
        }
        Ok(out)
    }

    /// Articles published (or, undated, fetched) at or after `since`
    /// (Unix seconds), newest first; the same URL reached through two feeds
    /// is one article (the first subscription's).
    pub fn articles_since(&self, since: i64) -> Result<Vec<CachedArticle>, FeedError> {
        let sql = format!(
            "SELECT a.key, a.url, a.outlet, a.author, a.published, a.published_at, a.language,
                    a.title, a.text, a.page_hash, a.extractor, f.url, a.read
             FROM articles a JOIN feeds f ON f.id = a.feed {WINDOW_ORDER}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![since], |r| {
            Ok(CachedArticle {
                key: r.get(0)?,
                url: r.get(1)?,
                outlet: r.get(2)?,
                author: r.get(3)?,
                published: r.get(4)?,
                published_at: r.get(5)?,
                language: r.get(6)?,
                title: r.get(7)?,
                text: r.get(8)?,
                page_hash: r.get(9)?,
                extractor: r.get(10)?,
                feed: r.get(11)?,
                read: r.get(12)?,
            })
        })?;
        let mut first = FirstPerUrl::new();
        let mut out = Vec::new();
        for a in rows {
            let a = a?;
            if first.keep(a.url.as_ref()) {
                out.push(a);
            }
        }
        Ok(out)
    }

    /// Keys of articles whose text matches the FTS5 `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<String>, FeedError> {
        let mut stmt = self.conn.prepare(
            "SELECT a.key FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
             WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![query, limit as i64], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Sets the read mark of the article `key` of the feed `feed_url`.
    pub fn set_read(&self, feed_url: &str, key: &str, read: bool) -> Result<(), FeedError> {
        self.conn.execute(
            "UPDATE articles SET read = ?3
             WHERE key = ?2 AND feed = (SELECT id FROM feeds WHERE url = ?1)",
            params![feed_url, key, read],
        )?;
        Ok(())
    }

    /// Drops unread-or-read articles fetched more than `keep_days` ago;
    /// returns how many went.
    pub fn expire(&self, keep_days: u32) -> Result<usize, FeedError> {
        let cutoff = now_secs() - i64::from(keep_days) * 86_400;
        Ok(self.conn.execute(
            "DELETE FROM articles WHERE coalesce(published_at, fetched_at) < ?1
                 AND fetched_at < ?1",
            params![cutoff],
        )?)
    }

    /// Gives the space of deleted rows back to the file system and merges
    /// the full-text index's segments; the write-ahead log is emptied after,
    /// so the file's size is the cache's.
    pub fn compact(&self) -> Result<(), FeedError> {
        self.conn.execute_batch(
            "INSERT INTO articles_fts (articles_fts) VALUES ('optimize'); VACUUM;",
        )?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// The feed with this URL, if subscribed.
    pub fn feed(&self, url: &str) -> Result<Option<FeedRecord>, FeedError> {
        Ok(self.feeds()?.into_iter().find(|f| f.url == url))
    }

    /// The id of the feed with this URL (tests and tools).
    pub fn feed_id(&self, url: &str) -> Result<Option<i64>, FeedError> {
        Ok(self
            .conn
            .query_row("SELECT id FROM feeds WHERE url = ?1", params![url], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    fn article(key: &str, text: &str, published_at: i64) -> CachedArticle {
        CachedArticle {
            key: key.into(),
            url: Some(format!("https://n.example/{key}")),
            title: format!("Title {key}"),
            text: text.into(),
            published_at: Some(published_at),
            ..CachedArticle::default()
        }
    }

    /// Subscribes to `url` and records a fetch of it that brought `articles`.
    pub(in crate::feeds) fn stored(
        cache: &mut Cache,
        url: &str,
        articles: &[CachedArticle],
        fetched_at: i64,
    ) -> usize {
        cache.add_feed(url, None, &[]).unwrap();
        let record = FeedRecord {
            id: cache.feed_id(url).unwrap().unwrap(),
            url: url.into(),
            fetched_at: Some(fetched_at),
            ..FeedRecord::default()
        };
        cache.record_fetch(&record, articles).unwrap()
    }

    #[test]
    fn search_read_marks_retention_and_compaction() {
        let dir = tempfile::tempdir().unwrap();
        let mut cache = Cache::open(&dir.path().join("c.db")).unwrap();
        let now = now_secs();
        let old = now - 200 * 86_400;
        let fresh = [
            article("a", "The harbour quay opens in spring.", now),
            article("b", "Markets were calm on Tuesday.", now),
        ];
        assert_eq!(stored(&mut cache, "https://n.example/rss", &fresh, now), 2);
        assert_eq!(cache.search("harbour", 10).unwrap(), vec!["a"]);
        assert_eq!(cache.search("calm", 10).unwrap(), vec!["b"]);

        cache.set_read("https://n.example/rss", "a", true).unwrap();
        let edited = [article("a", "The harbour quay opens in summer.", now)];
        assert_eq!(stored(&mut cache, "https://n.example/rss", &edited, now), 0);
        let a = cache
            .articles_since(0)
            .unwrap()
            .into_iter()
            .find(|x| x.key == "a")
            .unwrap();
        assert!(a.read, "a re-fetched article keeps its read mark");
        assert_eq!(cache.search("summer", 10).unwrap(), vec!["a"]);
        assert!(
            cache.search("spring", 10).unwrap().is_empty(),
            "the index follows updates"
        );

        stored(
            &mut cache,
            "https://old.example/rss",
            &[article("z", "Old news.", old)],
            old,
        );
        assert_eq!(cache.articles_since(now - 14 * 86_400).unwrap().len(), 2);
        assert_eq!(cache.expire(90).unwrap(), 1);
        assert_eq!(cache.articles_since(0).unwrap().len(), 2);
        cache.compact().unwrap();
        assert!(cache.remove_feed("https://n.example/rss").unwrap());
        assert!(
            cache.articles_since(0).unwrap().is_empty(),
            "articles go with their feed"
        );
    }
}
