//! The palette's per-keystroke search: remembers the queries typed and what
//! matched them, so that typing only re-checks the previous matches and
//! backspacing reuses them.

use super::rank::{self, Pattern, Stop, Survivor};
use super::{Hit, SearchIndex, names};
use crate::corpus::Corpus;

/// The deepest query history kept for backspacing.
const MAX_LEVELS: usize = 64;

/// Incremental search over one [`SearchIndex`].
///
/// When the new query extends a remembered one (typing), only that query's
/// matches are checked: every match of the longer query also matches the
/// shorter one, whatever smart case decides, because matching a query means
/// its chars occur in order. A searcher does not own the index; call
/// [`Searcher::reset`] when the corpus is reloaded.
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    /// Queries typed, each a prefix of the next, with their matches.
    levels: Vec<Level>,
    /// Size of the index the levels were computed on.
    index_len: usize,
    matches: usize,
}

#[derive(Debug, Clone)]
struct Level {
    query: String,
    /// Matches in index order, with their score bounds.
    survivors: Vec<Survivor>,
}

impl Searcher {
    pub fn new() -> Self {
        Self::default()
    }

    /// Forgets every remembered query (after a reload).
    pub fn reset(&mut self) {
        self.levels.clear();
        self.matches = 0;
    }

    /// How many candidates matched the last query.
    pub fn match_count(&self) -> usize {
        self.matches
    }

    /// The best `limit` candidates of `index` for `query`, best first: the
    /// same hits as `index.search(corpus, query)` truncated to `limit`.
    pub fn search(
        &mut self,
        index: &SearchIndex,
        corpus: &Corpus,
        query: &str,
        limit: usize,
    ) -> Vec<Hit> {
        self.search_until(index, corpus, query, limit, None)
            .unwrap_or_default()
    }

    /// [`Searcher::search`], given up as soon as `stop` says its results
    /// are no longer wanted (`None` then). What was learned before that
    /// is kept only where it is whole: the next search picks up from it.
    pub fn search_until(
        &mut self,
        index: &SearchIndex,
        corpus: &Corpus,
        query: &str,
        limit: usize,
        stop: Option<Stop>,
    ) -> Option<Vec<Hit>> {
        if index.len() != self.index_len {
            self.reset();
            self.index_len = index.len();
        }
        if query.is_empty() {
            self.matches = index.len();
            return Some(index.search_where(corpus, "", limit, |_| true));
        }
        let view = index.view(corpus);
        let pattern = Pattern::new(query).stopping(stop);
        while self
            .levels
            .last()
            .is_some_and(|l| !query.starts_with(l.query.as_str()))
        {
            self.levels.pop();
        }
        if self.levels.last().is_none_or(|l| l.query != query) {
            let survivors = match self.levels.last() {
                // Smart case can switch on a capital: then the prefix's
                // matches are re-checked from scratch.
                Some(parent)
                    if rank::is_case_sensitive(&parent.query) == rank::is_case_sensitive(query) =>
                {
                    let prefix_chars = parent.query.chars().count();
                    rank::filter_extending(view, &pattern, &parent.survivors, prefix_chars)
                }
                Some(parent) => {
                    let pool: Vec<u32> = parent.survivors.iter().map(|s| s.index).collect();
                    rank::filter(view, &pattern, &pool)
                }
                None => rank::filter_all(view, &pattern, index.len()),
            };
            if pattern.stopped() {
                // Some chunks may have been skipped: not a level to keep.
                return None;
            }
            if self.levels.len() == MAX_LEVELS {
                self.levels.remove(0);
            }
            self.levels.push(Level {
                query: query.to_owned(),
                survivors,
            });
        }
        let level = self.levels.last_mut()?;
        // All of them counted (as `SearchIndex::search` would list them), a page shown.
        let mut named = names::name_hits(view, &index.names, query, usize::MAX);
        self.matches = level.survivors.len() + names::unmatched(&named, &level.survivors);
        named.truncate(limit);
        let ranked = rank::top_hits(
            view,
            &pattern,
            &mut level.survivors,
            limit.saturating_add(named.len()),
        );
        if pattern.stopped() {
            return None;
        }
        Some(super::names_first(named, ranked, limit))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::ids::SourceId;
    use crate::search::{Candidate, CandidateKind, Target};

    fn index(texts: &[&str]) -> SearchIndex {
        SearchIndex::from_candidates(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Candidate {
                    kind: CandidateKind::Sentence,
                    text: (*t).into(),
                    detail: "".into(),
                    source: None,
                    start: 0,
                    end: 0,
                    target: Target::Title {
                        source: SourceId::new(i),
                    },
                })
                .collect(),
        )
    }

    #[test]
    fn a_stopped_search_gives_nothing_and_keeps_no_half_level() {
        // Enough candidates for the parallel, chunked passes.
        let texts: Vec<String> = (0..20_000)
            .map(|i| format!("the ceasefire talks, day {i}"))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let index = index(&refs);
        let corpus = Corpus::default();
        let mut searcher = Searcher::new();
        let always: Stop = Arc::new(|| true);
        assert_eq!(
            searcher.search_until(&index, &corpus, "cease", 10, Some(always)),
            None
        );
        assert!(searcher.levels.is_empty(), "a stopped filter is not kept");
        let hits = searcher.search(&index, &corpus, "ceasef", 10);
        assert_eq!(hits, index.search(&corpus, "ceasef")[..10].to_vec());
        assert_eq!(searcher.match_count(), 20_000);
    }
}
