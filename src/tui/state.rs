//! What the reader remembers between runs (last source, scroll, sources
//! read): for files in `$XDG_STATE_HOME/verbatim/state.json` (written
//! atomically), one entry per corpus keyed by article identity; for the
//! feeds cache in the cache itself.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use verbatim::corpus::Corpus;

use super::app::App;
#[cfg(feature = "feeds")]
use super::cache_state::CacheStore;
use super::config::xdg_dir;
use super::files;
use super::origin::{FileIdentity, Origin};

/// The largest state file read: read marks for 100,000 sources fit many
/// times over; anything larger is not ours.
const MAX_STATE_BYTES: u64 = 16 * 1024 * 1024;

/// The reader's state in its own terms: article ids of this run's corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SavedState {
    pub version: u32,
    /// Article id of the last source open.
    pub source: String,
    pub scroll: usize,
    /// Article ids of the sources opened.
    pub read: Vec<String>,
}

/// The state file's version: 2 keeps one entry per corpus, keyed by
/// article identity. A version 1 file (one entry, keyed by file stem, which
/// another folder's files shared) is read as empty.
const FILE_VERSION: u32 = 2;

/// `state.json`: what the reader remembers of each corpus it opened.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateFile {
    pub version: u32,
    /// By corpus key ([`FileIdentity::corpus`]).
    #[serde(default)]
    pub corpora: BTreeMap<String, CorpusState>,
}

/// One corpus's state, by article key ([`FileIdentity::article`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusState {
    /// The article open last.
    pub source: String,
    pub scroll: usize,
    /// The articles opened.
    #[serde(default)]
    pub read: Vec<String>,
}

/// `$XDG_STATE_HOME/verbatim/state.json`, else `~/.local/state/verbatim/state.json`.
pub fn state_path() -> Option<PathBuf> {
    xdg_dir("XDG_STATE_HOME", ".local/state").map(|d| d.join("verbatim").join("state.json"))
}

/// Where the state of the corpus in the reader is kept.
enum Store {
    /// `state.json`, under the corpus's key.
    File {
        path: Option<PathBuf>,
        identity: FileIdentity,
        /// What the file held for this corpus when the reader started.
        remembered: CorpusState,
        /// Each article's key, in corpus order, once the corpus is loaded.
        keys: Vec<String>,
    },
    /// The feeds cache, by article.
    #[cfg(feature = "feeds")]
    Cache(CacheStore),
}

/// Keeps the saved state in step with the reader: saved when the open
/// source or the read marks change (the scroll position rides along), and
/// once more on every way out.
pub struct Keeper {
    store: Store,
    /// What is saved, in this run's article ids, to skip writes that would
    /// change nothing.
    on_disk: Option<SavedState>,
    /// The last write's error, reported once the terminal is back.
    error: Option<String>,
}

impl Keeper {
    /// The keeper for the state of the corpus `origin` opens.
    pub fn for_origin(origin: &Origin) -> Keeper {
        match origin {
            Origin::Files(paths) => Keeper::for_files(state_path(), FileIdentity::of(paths)),
            #[cfg(feature = "feeds")]
            Origin::Cache { db, .. } => Keeper::with(Store::Cache(CacheStore::new(db.clone()))),
        }
    }

    /// Keeps the state of the files of `identity` in the state file `path`.
    pub fn for_files(path: Option<PathBuf>, identity: FileIdentity) -> Keeper {
        Keeper::with(Store::File {
            path,
            identity,
            remembered: CorpusState::default(),
            keys: Vec::new(),
        })
    }

    fn with(store: Store) -> Keeper {
        Keeper {
            store,
            on_disk: None,
            error: None,
        }
    }

    /// Reads what an earlier run left for this corpus; a warning if the
    /// state file was unusable.
    pub fn load(&mut self) -> Option<String> {
        let Store::File {
            path: Some(path),
            identity,
            remembered,
            ..
        } = &mut self.store
        else {
            return None;
        };
        let (file, warning) = load(path);
        if let Some(mine) = file.and_then(|mut f| f.corpora.remove(identity.corpus())) {
            *remembered = mine;
        }
        warning
    }

    /// The remembered state in this run's terms, once `corpus` is loaded:
    /// what the reader restores.
    pub fn restore_for(&mut self, corpus: &Corpus) -> Option<SavedState> {
        let saved = match &mut self.store {
            Store::File {
                identity,
                remembered,
                keys,
                ..
            } => {
                *keys = corpus
                    .articles
                    .iter()
                    .map(|a| identity.article(a))
                    .collect();
                to_ids(remembered, keys, corpus)
            }
            #[cfg(feature = "feeds")]
            Store::Cache(store) => match store.restore() {
                Ok(saved) => saved,
                Err(e) => {
                    self.error = Some(e);
                    None
                }
            },
        };
        // Only this corpus's marks are compared with the reader's: marks of
        // articles outside it are left as they are.
        self.on_disk = saved.clone().map(|mut s| {
            let ids: HashSet<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
            s.read.retain(|id| ids.contains(id.as_str()));
            s
        });
        saved
    }

    /// Saves if the open source or the read marks differ from what is
    /// saved. Nothing is saved until the corpus is loaded, so an empty
    /// reader never overwrites the last run's state.
    pub fn save_if_changed(&mut self, app: &App) {
        let Some(now) = app.saved_state() else { return };
        let changed = self
            .on_disk
            .as_ref()
            .is_none_or(|disk| disk.source != now.source || disk.read != now.read);
        if changed {
            self.write(now, app);
        }
    }

    /// Saves whatever changed, the scroll position included.
    pub fn save(&mut self, app: &App) {
        if let Some(now) = app
            .saved_state()
            .filter(|now| self.on_disk.as_ref() != Some(now))
        {
            self.write(now, app);
        }
    }

    /// The error of the last write that failed, if any, once.
    pub fn take_error(&mut self) -> Option<String> {
        self.error.take()
    }

    fn write(&mut self, state: SavedState, app: &App) {
        let Some(corpus) = app.shared().map(|s| &s.corpus) else {
            return;
        };
        let result = match &mut self.store {
            Store::File {
                path: Some(path),
                identity,
                remembered,
                keys,
            } => {
                if keys.len() != corpus.articles.len() {
                    *keys = corpus
                        .articles
                        .iter()
                        .map(|a| identity.article(a))
                        .collect();
                }
                let mine = to_keys(&state, remembered, keys, corpus);
                let written = write_corpus(path, identity.corpus(), &mine);
                written.map_err(|e| format!("{}: {e}", path.display()))
            }
            Store::File { path: None, .. } => Ok(()),
            #[cfg(feature = "feeds")]
            Store::Cache(store) => store.write(self.on_disk.as_ref(), &state),
        };
        match result {
            Ok(()) => self.on_disk = Some(state),
            Err(e) => self.error = Some(e),
        }
    }
}

/// The remembered keys as this run's article ids (`keys` in corpus order).
fn to_ids(remembered: &CorpusState, keys: &[String], corpus: &Corpus) -> Option<SavedState> {
    if remembered.source.is_empty() && remembered.read.is_empty() {
        return None;
    }
    let read: HashSet<&str> = remembered.read.iter().map(String::as_str).collect();
    let mut saved = SavedState {
        version: FILE_VERSION,
        scroll: remembered.scroll,
        ..SavedState::default()
    };
    for (article, key) in corpus.articles.iter().zip(keys) {
        if *key == remembered.source {
            saved.source.clone_from(&article.id);
        }
        if read.contains(key.as_str()) {
            saved.read.push(article.id.clone());
        }
    }
    Some(saved)
}

/// The reader's state as keys; marks of remembered articles this run did
/// not load (a file gone for now, or too large this time) are kept.
fn to_keys(
    state: &SavedState,
    remembered: &CorpusState,
    keys: &[String],
    corpus: &Corpus,
) -> CorpusState {
    let read: HashSet<&str> = state.read.iter().map(String::as_str).collect();
    let loaded: HashSet<&str> = keys.iter().map(String::as_str).collect();
    let mut out = CorpusState {
        scroll: state.scroll,
        read: remembered
            .read
            .iter()
            .filter(|k| !loaded.contains(k.as_str()))
            .cloned()
            .collect(),
        ..CorpusState::default()
    };
    for (article, key) in corpus.articles.iter().zip(keys) {
        if article.id == state.source {
            out.source.clone_from(key);
        }
        if read.contains(article.id.as_str()) {
            out.read.push(key.clone());
        }
    }
    out
}

/// Replaces the entry of `corpus` in the state file, keeping every other
/// corpus's (re-read first: another reader may have written since).
fn write_corpus(path: &Path, corpus: &str, state: &CorpusState) -> std::io::Result<()> {
    let mut file = load(path).0.unwrap_or_default();
    file.version = FILE_VERSION;
    file.corpora.insert(corpus.to_string(), state.clone());
    save(path, &file)
}

/// Reads the saved state. A file that cannot be parsed is moved aside to
/// `state.json.corrupt` (or `.corrupt.2`, ...: never silently lost) and a
/// warning returned; a device, FIFO or oversized file is left alone.
pub fn load(path: &Path) -> (Option<StateFile>, Option<String>) {
    let text = match files::read_small(path, MAX_STATE_BYTES) {
        Ok(Some(t)) => t,
        Ok(None) => return (None, None),
        Err(e) => return (None, Some(format!("state file {}: {e}", path.display()))),
    };
    match serde_json::from_str::<StateFile>(&text) {
        Ok(state) => (Some(state), None),
        Err(e) => {
            let warning = match files::move_aside(path) {
                Ok(aside) => format!(
                    "state file {} was unreadable ({e}); moved to {}",
                    path.display(),
                    aside.display()
                ),
                Err(m) => format!(
                    "state file {} was unreadable ({e}) and could not be moved aside: {m}",
                    path.display()
                ),
            };
            (None, Some(warning))
        }
    }
}

/// Writes `state` to `path` via a fresh temporary file and a rename, so a
/// crash mid-write never leaves a half-written file.
pub fn save(path: &Path, state: &StateFile) -> std::io::Result<()> {
    files::write_atomically(path, |f| {
        let mut out = std::io::BufWriter::new(f);
        serde_json::to_writer_pretty(&mut out, state)?;
        out.write_all(b"\n")?;
        out.flush()
    })
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
