//! Fuzzy ranking: Unicode smart case over skim v2 scoring, the tie-break
//! order, and the incremental [`Searcher`] the palette calls per keystroke.
//!
//! Smart case: a query with an uppercase char (`char::is_uppercase`, so "É"
//! counts) matches case-sensitively against the text as is. Otherwise the
//! query is folded and matched case-insensitively; skim's own case folding
//! knows only ASCII, so non-ASCII chars of both sides are lowercased first,
//! one char for one char (chars whose lowercase is several chars stay as
//! they are), which keeps matched char indices valid for the original text.
//! ASCII letters are left to skim so its camel-case bonus and case-mismatch
//! penalty still apply.

use std::cmp::Reverse;

use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

use super::{Candidate, Hit, SearchIndex};

/// Pools at least this large are scored on rayon's threads.
const PARALLEL_POOL: usize = 4096;
const CHUNK: usize = 1024;
/// The deepest query history a [`Searcher`] keeps for backspacing.
const MAX_LEVELS: usize = 64;

/// The case-folded forms of one candidate's text (`None`: same as the text).
#[derive(Debug, Clone)]
pub(super) struct MatchKey {
    /// Non-ASCII chars lowercased, ASCII kept: what skim scores, ignoring ASCII case.
    half: Option<Box<str>>,
    /// Every char lowercased: the cheap subsequence prefilter runs on it.
    full: Option<Box<str>>,
    chars: u32,
}

impl MatchKey {
    pub(super) fn new(text: &str) -> Self {
        let half: String = text
            .chars()
            .map(|c| if c.is_ascii() { c } else { fold(c) })
            .collect();
        let full: String = half.chars().map(|c| c.to_ascii_lowercase()).collect();
        let chars = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
        MatchKey {
            full: (full != text).then(|| full.into_boxed_str()),
            half: (half != text).then(|| half.into_boxed_str()),
            chars,
        }
    }
}

/// `c` lowercased when that is exactly one char, else `c` itself.
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// A query prepared for matching.
struct Pattern {
    sensitive: bool,
    /// The query, folded when matching ignores case.
    text: String,
    chars: Vec<char>,
}

impl Pattern {
    fn new(query: &str) -> Self {
        let sensitive = query.chars().any(char::is_uppercase);
        let text: String = if sensitive {
            query.to_owned()
        } else {
            query.chars().map(fold).collect()
        };
        // The prefilter runs on fully lowercased text, so it needs the fully lowercased query.
        let chars = if sensitive {
            text.chars().collect()
        } else {
            text.chars().map(|c| c.to_ascii_lowercase()).collect()
        };
        Pattern {
            sensitive,
            text,
            chars,
        }
    }
}

/// Whether `needle` occurs in `hay` in order; `str::find` on a char is a memchr.
fn is_subsequence(hay: &str, needle: &[char]) -> bool {
    let mut rest = hay;
    for &c in needle {
        match rest.find(c) {
            Some(i) => rest = &rest[i + c.len_utf8()..],
            None => return false,
        }
    }
    true
}

/// The two skim matchers smart case chooses between.
pub(super) struct Matchers {
    sensitive: SkimMatcherV2,
    insensitive: SkimMatcherV2,
}

impl Default for Matchers {
    fn default() -> Self {
        Matchers {
            sensitive: SkimMatcherV2::default().respect_case(),
            insensitive: SkimMatcherV2::default().ignore_case(),
        }
    }
}

impl Matchers {
    /// Skim's score of `text` for `pattern`, and the matched char indices if asked.
    fn score(
        &self,
        text: &str,
        key: &MatchKey,
        pattern: &Pattern,
        with_indices: bool,
    ) -> Option<(i64, Vec<usize>)> {
        if pattern.sensitive {
            if !is_subsequence(text, &pattern.chars) {
                return None;
            }
            self.sensitive.fuzzy(text, &pattern.text, with_indices)
        } else {
            if !is_subsequence(key.full.as_deref().unwrap_or(text), &pattern.chars) {
                return None;
            }
            let half = key.half.as_deref().unwrap_or(text);
            self.insensitive.fuzzy(half, &pattern.text, with_indices)
        }
    }
}

/// `(candidate, score)` for every candidate of `pool` that matches `query`,
/// in pool order. An empty query matches everything with score 0.
pub(super) fn score_pool(
    candidates: &[Candidate],
    keys: &[MatchKey],
    matchers: &Matchers,
    query: &str,
    pool: &[u32],
) -> Vec<(u32, i64)> {
    if query.is_empty() {
        return pool.iter().map(|&i| (i, 0)).collect();
    }
    let pattern = Pattern::new(query);
    let score = |&i: &u32| {
        let c = candidates.get(i as usize)?;
        let key = keys.get(i as usize)?;
        matchers
            .score(&c.text, key, &pattern, false)
            .map(|(s, _)| (i, s))
    };
    if pool.len() >= PARALLEL_POOL {
        pool.par_chunks(CHUNK)
            .flat_map_iter(|chunk| chunk.iter().filter_map(score))
            .collect()
    } else {
        pool.iter().filter_map(score).collect()
    }
}

/// The best `limit` of `scored`, ordered, with their matched char indices.
///
/// Order: higher score; at equal score people, variants and quotes, then
/// titles, then sentences; then shorter text; then candidate order.
pub(super) fn top_hits(
    candidates: &[Candidate],
    keys: &[MatchKey],
    matchers: &Matchers,
    query: &str,
    scored: &[(u32, i64)],
    limit: usize,
) -> Vec<Hit> {
    let sort_key = |&(i, score): &(u32, i64)| {
        let class = candidates
            .get(i as usize)
            .map_or(u8::MAX, |c| c.kind.tie_class());
        let chars = keys.get(i as usize).map_or(u32::MAX, |k| k.chars);
        (Reverse(score), class, chars, i)
    };
    let mut best: Vec<(u32, i64)> = if query.is_empty() {
        // Candidates are stored in default order already.
        scored.iter().take(limit).copied().collect()
    } else {
        let mut all = scored.to_vec();
        if limit < all.len() {
            all.select_nth_unstable_by_key(limit, sort_key);
            all.truncate(limit);
        }
        all.sort_unstable_by_key(sort_key);
        all
    };
    if query.is_empty() {
        return best
            .drain(..)
            .map(|(i, score)| Hit {
                candidate: i as usize,
                score,
                matched: Vec::new(),
            })
            .collect();
    }
    let pattern = Pattern::new(query);
    let hit = |&(i, score): &(u32, i64)| {
        let matched = match (candidates.get(i as usize), keys.get(i as usize)) {
            (Some(c), Some(key)) => matchers
                .score(&c.text, key, &pattern, true)
                .map(|(_, m)| m)
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        Hit {
            candidate: i as usize,
            score,
            matched,
        }
    };
    if best.len() >= PARALLEL_POOL {
        best.par_iter().map(hit).collect()
    } else {
        best.iter().map(hit).collect()
    }
}

/// The palette's per-keystroke search. It remembers each query typed and the
/// candidates that matched it: when the new query extends a remembered one
/// (typing), only that query's matches are re-scored; backspacing back to a
/// remembered query reuses its matches outright.
///
/// A searcher does not own the index; call [`Searcher::reset`] when the
/// corpus is reloaded.
#[derive(Default)]
pub struct Searcher {
    matchers: Matchers,
    /// Queries typed, each a prefix of the next, with their matches.
    levels: Vec<Level>,
    /// Size of the index the levels were computed on.
    index_len: usize,
    matches: usize,
}

struct Level {
    query: String,
    scored: Vec<(u32, i64)>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher")
            .field(
                "queries",
                &self.levels.iter().map(|l| &l.query).collect::<Vec<_>>(),
            )
            .field("matches", &self.matches)
            .finish()
    }
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
    /// same hits as `index.search(query)` truncated to `limit`.
    pub fn search(&mut self, index: &SearchIndex, query: &str, limit: usize) -> Vec<Hit> {
        if index.len() != self.index_len {
            self.reset();
            self.index_len = index.len();
        }
        let keys = index.keys_checked();
        if query.is_empty() {
            self.matches = index.len();
            let all: Vec<(u32, i64)> = (0..index.len().min(limit)).map(|i| (i as u32, 0)).collect();
            return top_hits(&index.candidates, &keys, &self.matchers, "", &all, limit);
        }
        while self
            .levels
            .last()
            .is_some_and(|l| !query.starts_with(l.query.as_str()))
        {
            self.levels.pop();
        }
        if self.levels.last().is_none_or(|l| l.query != query) {
            let scored = match self.levels.last() {
                Some(parent) => {
                    let pool: Vec<u32> = parent.scored.iter().map(|&(i, _)| i).collect();
                    score_pool(&index.candidates, &keys, &self.matchers, query, &pool)
                }
                None => {
                    let pool: Vec<u32> = (0..index.len() as u32).collect();
                    score_pool(&index.candidates, &keys, &self.matchers, query, &pool)
                }
            };
            if self.levels.len() == MAX_LEVELS {
                self.levels.remove(0);
            }
            self.levels.push(Level {
                query: query.to_owned(),
                scored,
            });
        }
        let Some(level) = self.levels.last() else {
            return Vec::new();
        };
        self.matches = level.scored.len();
        top_hits(
            &index.candidates,
            &keys,
            &self.matchers,
            query,
            &level.scored,
            limit,
        )
    }
}
