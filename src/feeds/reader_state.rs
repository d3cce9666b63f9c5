//! The reader's state kept in the cache, keyed by article: read marks
//! (`articles.read`) and the position in each article opened (`positions`).
//!
//! The reader knows articles by their corpus id ([`super::article_id`], a
//! hash of the cache key); this file maps those ids to rows and back.

use std::collections::HashMap;

use rusqlite::params;

use super::{Cache, FeedError, article_id, now_secs};

/// What the reader left in the cache, by corpus id.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReaderState {
    /// Every cached article's row, by corpus id: how a change is written back.
    pub rows: HashMap<String, i64>,
    /// Corpus ids of the articles marked read.
    pub read: Vec<String>,
    /// The article opened last and its scroll position.
    pub last: Option<(String, usize)>,
}

impl Cache {
    /// The read marks and the last position, with the row of every article.
    pub fn reader_state(&self) -> Result<ReaderState, FeedError> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, f.url, a.key, a.read, p.scroll, p.opened_at
             FROM articles a JOIN feeds f ON f.id = a.feed
             LEFT JOIN positions p ON p.article = a.id",
        )?;
        let mut state = ReaderState::default();
        let mut last_opened = i64::MIN;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id = article_id(&row.get::<_, String>(1)?, &row.get::<_, String>(2)?);
            if row.get::<_, bool>(3)? {
                state.read.push(id.clone());
            }
            let position: Option<(i64, i64)> = row.get::<_, Option<i64>>(4)?.zip(row.get(5)?);
            if let Some((scroll, opened_at)) = position
                && opened_at >= last_opened
            {
                last_opened = opened_at;
                state.last = Some((id.clone(), usize::try_from(scroll).unwrap_or(0)));
            }
            state.rows.insert(id, row.get(0)?);
        }
        Ok(state)
    }

    /// Writes read marks (`(row, read)`) and the position in the article
    /// open now (`(row, scroll)`) in one transaction.
    pub fn save_reader_state(
        &mut self,
        marks: &[(i64, bool)],
        position: Option<(i64, usize)>,
    ) -> Result<(), FeedError> {
        let tx = self.conn.transaction()?;
        {
            let mut mark = tx.prepare("UPDATE articles SET read = ?2 WHERE id = ?1")?;
            for &(row, read) in marks {
                mark.execute(params![row, read])?;
            }
        }
        if let Some((row, scroll)) = position {
            // Strictly increasing, so the last article opened is found even
            // when two are opened within one second.
            let opened_at: i64 = tx.query_row(
                "SELECT max(?1, coalesce(max(opened_at) + 1, 0)) FROM positions",
                params![now_secs()],
                |r| r.get(0),
            )?;
            tx.execute(
                "INSERT INTO positions (article, scroll, opened_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (article) DO UPDATE SET scroll = ?2, opened_at = ?3",
                params![row, i64::try_from(scroll).unwrap_or(i64::MAX), opened_at],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::{CachedArticle, FeedRecord};

    fn item(key: &str) -> CachedArticle {
        CachedArticle {
            key: key.into(),
            title: format!("Title {key}"),
            text: "Body.".into(),
            ..CachedArticle::default()
        }
    }

    #[test]
    fn marks_and_the_last_position_round_trip_by_article() {
        let dir = tempfile::tempdir().unwrap();
        let mut cache = Cache::open(&dir.path().join("c.db")).unwrap();
        let feed = "https://n.example/rss";
        cache.add_feed(feed, None, &[]).unwrap();
        let record = FeedRecord {
            id: cache.feed_id(feed).unwrap().unwrap(),
            url: feed.into(),
            fetched_at: Some(now_secs()),
            ..FeedRecord::default()
        };
        cache
            .record_fetch(&record, &[item("a"), item("b")])
            .unwrap();
        let state = cache.reader_state().unwrap();
        assert_eq!((state.read.len(), state.last.clone()), (0, None));
        let (a, b) = (article_id(feed, "a"), article_id(feed, "b"));
        let row = |id: &str| state.rows[id];

        cache
            .save_reader_state(&[(row(&a), true)], Some((row(&a), 7)))
            .unwrap();
        cache.save_reader_state(&[], Some((row(&b), 3))).unwrap();
        let again = cache.reader_state().unwrap();
        assert_eq!(again.read, vec![a.clone()]);
        assert_eq!(again.last, Some((b.clone(), 3)), "the last one opened");

        cache
            .save_reader_state(&[(row(&a), false)], Some((row(&a), 9)))
            .unwrap();
        let last = cache.reader_state().unwrap();
        assert!(last.read.is_empty());
        assert_eq!(last.last, Some((a, 9)));
    }
}
