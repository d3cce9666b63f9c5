//! Opening a session: the one way every front end (the CLI, the reader, the
//! examples) goes from paths to a corpus, its analysis and its search index.
//!
//! The analysis and the index are computed on first use and kept: `sources`
//! needs neither, `quotes` and `people` need the analysis, and only `find`
//! and the reader pay for the index (the largest of the three).

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::analysis::{self, Analysis};
use crate::corpus::{self, Corpus, LoadError, LoadOptions};
use crate::search::SearchIndex;

/// What opening a session is doing, in the order it happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Nothing read yet.
    Starting,
    /// Reading and splitting files (`done` of `total` inputs).
    Reading,
    /// Extracting, attributing and grouping quotations.
    Analysing,
    /// Building the palette's candidates.
    Indexing,
}

impl Stage {
    /// A lower-case word for a status line.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Starting => "starting",
            Stage::Reading => "reading",
            Stage::Analysing => "analysing",
            Stage::Indexing => "indexing",
        }
    }
}

/// A loaded corpus and, once asked for, its analysis and search index.
#[derive(Debug, Default)]
pub struct Session {
    pub corpus: Corpus,
    analysis: OnceLock<Analysis>,
    index: OnceLock<SearchIndex>,
}

impl Session {
    /// Reads `paths`, or the bundled corpus when there are none, calling
    /// `progress(stage, done, total)` as it goes (from any thread; at most
    /// about a hundred calls whatever the folder's size).
    pub fn open(
        paths: &[PathBuf],
        options: &LoadOptions,
        progress: impl Fn(Stage, usize, usize) + Sync,
    ) -> Result<Session, LoadError> {
        let corpus = if paths.is_empty() {
            corpus::bundled_corpus()
        } else {
            corpus::load_paths_with(paths, options, |done, total| {
                if done == total || done.is_multiple_of((total / 100).max(1)) {
                    progress(Stage::Reading, done, total);
                }
            })?
        };
        Ok(Session::from_corpus(corpus))
    }

    /// A session over an already loaded corpus (tests, generated corpora).
    pub fn from_corpus(corpus: Corpus) -> Session {
        Session {
            corpus,
            ..Session::default()
        }
    }

    /// The analysis, computed on first use.
    pub fn analysis(&self) -> &Analysis {
        self.analysis
            .get_or_init(|| analysis::analyze(&self.corpus))
    }

    /// The palette's search index, computed (with the analysis) on first use.
    pub fn index(&self) -> &SearchIndex {
        self.index
            .get_or_init(|| SearchIndex::build(&self.corpus, self.analysis()))
    }

    /// Computes the analysis and the index now, reporting each stage: a front
    /// end that shows progress calls this in the background after
    /// [`Session::open`]. Returns false, with the rest left undone, when
    /// `cancel` is set before a stage starts (a stage itself runs to its end).
    pub fn prepare(&self, cancel: &AtomicBool, progress: impl Fn(Stage, usize, usize)) -> bool {
        let n = self.corpus.articles.len();
        if cancel.load(Ordering::Relaxed) {
            return false;
        }
        progress(Stage::Analysing, 0, n);
        self.analysis();
        if cancel.load(Ordering::Relaxed) {
            return false;
        }
        progress(Stage::Indexing, n, n);
        self.index();
        true
    }

    /// The corpus, its analysis and its index, computing what is missing.
    pub fn into_parts(self) -> (Corpus, Analysis, SearchIndex) {
        self.index();
        let analysis = self.analysis.into_inner().unwrap_or_default();
        let index = self.index.into_inner().unwrap_or_default();
        (self.corpus, analysis, index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_paths_opens_the_bundled_corpus() {
        let session = Session::open(&[], &LoadOptions::default(), |_, _, _| {}).unwrap();
        assert_eq!(session.corpus.articles.len(), 5);
    }

    #[test]
    fn the_analysis_and_index_are_built_once_and_only_when_asked() {
        let session = Session::open(&[], &LoadOptions::default(), |_, _, _| {}).unwrap();
        assert!(session.analysis.get().is_none());
        assert!(session.index.get().is_none());
        let quotes = session.analysis().quotes.len();
        assert!(quotes > 0);
        assert!(
            session.index.get().is_none(),
            "the analysis alone needs no index"
        );
        assert!(std::ptr::eq(session.analysis(), session.analysis()));
        assert!(!session.index().is_empty());
    }

    #[test]
    fn prepare_reports_the_stages_in_order() {
        let session = Session::open(&[], &LoadOptions::default(), |_, _, _| {}).unwrap();
        let seen = std::sync::Mutex::new(Vec::new());
        assert!(session.prepare(&AtomicBool::new(false), |stage, _, _| {
            seen.lock().unwrap().push(stage)
        }));
        assert_eq!(
            *seen.lock().unwrap(),
            vec![Stage::Analysing, Stage::Indexing]
        );
        let (corpus, analysis, index) = session.into_parts();
        assert_eq!(corpus.articles.len(), 5);
        assert!(!analysis.quotes.is_empty());
        assert!(!index.is_empty());
    }

    #[test]
    fn a_cancelled_prepare_stops_before_the_next_stage() {
        let session = Session::open(&[], &LoadOptions::default(), |_, _, _| {}).unwrap();
        assert!(!session.prepare(&AtomicBool::new(true), |_, _, _| {}));
        assert!(session.analysis.get().is_none());
        assert!(session.index.get().is_none());
    }

    #[test]
    fn reading_progress_ends_with_every_input_done() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..3 {
            let text = "Title\n\nBody text here.";
            std::fs::write(dir.path().join(format!("{i}.txt")), text).unwrap();
        }
        let last = std::sync::Mutex::new(None);
        let options = LoadOptions::default();
        let session = Session::open(
            &[dir.path().to_path_buf()],
            &options,
            |stage, done, total| {
                *last.lock().unwrap() = Some((stage, done, total));
            },
        )
        .unwrap();
        assert_eq!(session.corpus.articles.len(), 3);
        assert_eq!(*last.lock().unwrap(), Some((Stage::Reading, 3, 3)));
    }
}
