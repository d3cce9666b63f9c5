//! The reader's state when it reads the feeds cache: read marks and
//! positions go to the cache, keyed by article (`feeds::reader_state`),
//! not to `state.json`.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use verbatim::feeds::Cache;

use super::state::SavedState;

/// The cache the reader reads, and each article's row in it.
pub struct CacheStore {
    db: PathBuf,
    cache: Option<Cache>,
    /// Row by article id: how a change is written back.
    rows: HashMap<String, i64>,
}

impl CacheStore {
    pub fn new(db: PathBuf) -> CacheStore {
        CacheStore {
            db,
            cache: None,
            rows: HashMap::new(),
        }
    }

    /// The read marks and last position the cache holds.
    pub fn restore(&mut self) -> Result<Option<SavedState>, String> {
        let failed = |e: verbatim::feeds::FeedError| format!("{}: {e}", self.db.display());
        let cache = match Cache::open_existing(&self.db) {
            Ok(Some(cache)) => cache,
            Ok(None) => return Ok(None),
            Err(e) => return Err(failed(e)),
        };
        let state = cache.reader_state().map_err(failed)?;
        self.rows = state.rows;
        self.cache = Some(cache);
        let (source, scroll) = state.last.unwrap_or_default();
        Ok(Some(SavedState {
            version: 1,
            source,
            scroll,
            read: state.read,
        }))
    }

    /// Writes what changed since `before`: marks set or cleared, and the
    /// position when the source or its scroll moved.
    pub fn write(&mut self, before: Option<&SavedState>, now: &SavedState) -> Result<(), String> {
        let Some(cache) = &mut self.cache else {
            return Ok(());
        };
        let was: HashSet<&str> = before
            .map(|b| b.read.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let is: HashSet<&str> = now.read.iter().map(String::as_str).collect();
        let row = |id: &str| self.rows.get(id).copied();
        let mut marks: Vec<(i64, bool)> = Vec::new();
        marks.extend(is.difference(&was).filter_map(|id| Some((row(id)?, true))));
        marks.extend(was.difference(&is).filter_map(|id| Some((row(id)?, false))));
        let moved = before.is_none_or(|b| b.source != now.source || b.scroll != now.scroll);
        let position = row(&now.source).filter(|_| moved).map(|r| (r, now.scroll));
        cache
            .save_reader_state(&marks, position)
            .map_err(|e| format!("{}: {e}", self.db.display()))
    }
}
