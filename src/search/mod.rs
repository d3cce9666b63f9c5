//! Palette candidates and fuzzy ranking, shared by the reader's jump palette
//! and `verbatim find`.
//!
//! [`SearchIndex::build`] turns a corpus and its analysis into candidates once
//! per load (`build.rs`, `sentences.rs`); [`SearchIndex::search`] ranks them
//! against a query with skim's v2 scoring (`rank.rs`, pruned by the score
//! bounds of `bound.rs`, scores computed by `score.rs`); a [`Searcher`]
//! does the same per keystroke, looking only for the added chars in the
//! previous query's matches when the query grows.
//! [`Candidate::highlight`] and [`Candidate::source_highlight`] map matched
//! chars back to byte ranges for drawing.

mod bound;
mod build;
mod highlight;
mod rank;
mod score;
mod searcher;
mod sentences;

use crate::analysis::Analysis;
use std::borrow::Cow;

use crate::corpus::Corpus;
use crate::corpus::display::sanitize_line;
use crate::ids::{PersonId, QuoteId, SourceId};

pub use highlight::{char_ranges, source_ranges};
pub use searcher::Searcher;
pub use sentences::{MAX_SENTENCE_CHARS, split_sentences};

/// What a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CandidateKind {
    Person,
    /// One spelling of a person ("Zelsky — variant of Volodymyr Zelenskyy").
    Variant,
    Quote,
    Title,
    Sentence,
}

impl CandidateKind {
    /// The name used in `verbatim find` output and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            CandidateKind::Person => "person",
            CandidateKind::Variant => "variant",
            CandidateKind::Quote => "quote",
            CandidateKind::Title => "title",
            CandidateKind::Sentence => "sentence",
        }
    }

    /// Tie-break class at equal score: who the user is most likely looking for
    /// (people and what they said) comes before headlines, headlines before prose.
    fn tie_class(self) -> u8 {
        match self {
            CandidateKind::Person | CandidateKind::Variant | CandidateKind::Quote => 0,
            CandidateKind::Title => 1,
            CandidateKind::Sentence => 2,
        }
    }
}

/// Where jumping to a candidate goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The person's first mention.
    Person {
        person: PersonId,
    },
    /// The first mention spelled `variant` (an index into `Person::variants`).
    Variant {
        person: PersonId,
        variant: usize,
    },
    Quote {
        quote: QuoteId,
    },
    Title {
        source: SourceId,
    },
    /// A sentence: a byte range into the source's text.
    Sentence {
        source: SourceId,
        start: usize,
        end: usize,
    },
}

/// Where a candidate's text (or context) lives: most point into their
/// article's text rather than copying it, so the index of a large corpus
/// stays small. `"…".into()` makes an owned one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CandidateText {
    /// A display-safe copy of its own (names, details, hand-made candidates,
    /// and texts that display sanitising changed).
    Owned(Box<str>),
    /// The candidate's span (`start..end` of its source's text), which is
    /// display-safe as written.
    Span,
    /// The id of the candidate's source article.
    SourceId,
}

impl From<&str> for CandidateText {
    fn from(text: &str) -> Self {
        CandidateText::Owned(text.into())
    }
}

impl From<String> for CandidateText {
    fn from(text: String) -> Self {
        CandidateText::Owned(text.into_boxed_str())
    }
}

/// One entry of the palette.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub kind: CandidateKind,
    /// What is matched against the query and shown: one line, display-safe.
    /// Read it with [`Candidate::text`].
    pub text: CandidateText,
    /// Context shown beside the text ("12 mentions · 3 quotes · also
    /// Zelensky"). Read it with [`Candidate::detail`].
    pub detail: CandidateText,
    /// The source and byte span the candidate points at, when it has one.
    /// When `source` is set and the span is not empty, `text` has exactly one
    /// char per char of the span (display sanitising is char-for-char) —
    /// except for a person, whose text is the canonical name and whose span
    /// is the first mention.
    pub source: Option<SourceId>,
    pub start: usize,
    pub end: usize,
    pub target: Target,
}

impl Candidate {
    /// The text matched and shown; `corpus` must be the one the candidate
    /// was built from ("" for a span that does not fit it).
    pub fn text<'a>(&'a self, corpus: &'a Corpus) -> Cow<'a, str> {
        self.resolve(&self.text, corpus)
    }

    /// The context shown beside the text.
    pub fn detail<'a>(&'a self, corpus: &'a Corpus) -> Cow<'a, str> {
        self.resolve(&self.detail, corpus)
    }

    fn resolve<'a>(&'a self, text: &'a CandidateText, corpus: &'a Corpus) -> Cow<'a, str> {
        let article = || corpus.articles.get(self.source?.index());
        match text {
            CandidateText::Owned(s) => Cow::Borrowed(s),
            CandidateText::Span => Cow::Borrowed(
                article()
                    .and_then(|a| a.text.get(self.start..self.end))
                    .unwrap_or(""),
            ),
            CandidateText::SourceId => {
                article().map_or(Cow::Borrowed(""), |a| sanitize_line(&a.id))
            }
        }
    }

    /// Byte ranges of `text` covered by the matched char indices of a [`Hit`].
    pub fn highlight(&self, corpus: &Corpus, matched: &[usize]) -> Vec<std::ops::Range<usize>> {
        char_ranges(&self.text(corpus), matched)
    }

    /// Byte ranges of the source text (`article.text`) covered by the matched
    /// chars, or nothing when the candidate has no span that mirrors its text.
    pub fn source_highlight(
        &self,
        source_text: &str,
        matched: &[usize],
    ) -> Vec<std::ops::Range<usize>> {
        if self.source.is_none() || self.start >= self.end || self.kind == CandidateKind::Person {
            return Vec::new();
        }
        source_ranges(source_text, self.start, self.end, matched)
    }
}

/// A ranked match: the candidate, its score and the matched *char* indices into `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub candidate: usize,
    pub score: i64,
    pub matched: Vec<usize>,
}

/// All candidates of a corpus, built once per load.
///
/// Candidates are stored in the default (empty-query) order: people by
/// mention count, their spelling variants, quotes, titles, then sentences.
/// Most candidates' texts are spans of the corpus they were built from, so
/// every search is given that corpus. Treat `candidates` as read-only: the
/// index keeps derived forms of each text; build a new index to change them.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub candidates: Vec<Candidate>,
    /// Case-folded forms of each candidate's text, parallel to `candidates`.
    keys: Vec<rank::MatchKey>,
    /// Candidate indices in tie-break order (kind class, length, index).
    order: Vec<u32>,
}

/// What ranking reads: the candidates, the corpus their spans point into,
/// and the candidates' match keys.
#[derive(Clone, Copy)]
struct View<'a> {
    candidates: &'a [Candidate],
    corpus: &'a Corpus,
    keys: &'a [rank::MatchKey],
}

impl<'a> View<'a> {
    /// Candidate `i`'s text and key, if both exist.
    fn get(&self, i: u32) -> Option<(Cow<'a, str>, &'a rank::MatchKey)> {
        let c = self.candidates.get(i as usize)?;
        Some((c.text(self.corpus), self.keys.get(i as usize)?))
    }
}

impl SearchIndex {
    pub fn build(corpus: &Corpus, analysis: &Analysis) -> Self {
        Self::with_corpus(corpus, build::candidates(corpus, analysis))
    }

    /// An index over hand-made candidates with owned texts (tests,
    /// benchmarks, other front ends).
    pub fn from_candidates(candidates: Vec<Candidate>) -> Self {
        Self::with_corpus(&Corpus::default(), candidates)
    }

    /// An index over candidates whose spans point into `corpus`.
    pub fn with_corpus(corpus: &Corpus, candidates: Vec<Candidate>) -> Self {
        use rayon::prelude::*;
        let keys = candidates
            .par_iter()
            .map(|c| rank::MatchKey::new(&c.text(corpus)))
            .collect();
        let mut index = SearchIndex {
            candidates,
            keys,
            order: Vec::new(),
        };
        index.order = index.tie_order(&index.keys);
        index
    }

    fn tie_order(&self, keys: &[rank::MatchKey]) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.candidates.len() as u32).collect();
        order.sort_by_key(|&i| rank::tie_key(&self.candidates, keys, i));
        order
    }

    /// Candidate indices in tie-break order, rebuilt if `candidates` was edited.
    fn order(&self, keys: &[rank::MatchKey]) -> Cow<'_, [u32]> {
        if self.order.len() == self.candidates.len() {
            Cow::Borrowed(&self.order)
        } else {
            Cow::Owned(self.tie_order(keys))
        }
    }

    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// Candidates matching `query`, best first (all of them, in default
    /// order, for an empty query). This scores every match; per keystroke,
    /// use a [`Searcher`] with the number of rows shown.
    pub fn search(&self, corpus: &Corpus, query: &str) -> Vec<Hit> {
        self.search_where(corpus, query, usize::MAX, |_| true)
    }

    /// The best `limit` candidates matching `query` among those `keep` accepts.
    pub fn search_where(
        &self,
        corpus: &Corpus,
        query: &str,
        limit: usize,
        keep: impl Fn(&Candidate) -> bool + Sync,
    ) -> Vec<Hit> {
        if query.is_empty() {
            // Candidates are stored in default order already.
            return (0..self.candidates.len())
                .filter(|&i| keep(&self.candidates[i]))
                .take(limit)
                .map(|candidate| Hit {
                    candidate,
                    score: 0,
                    matched: Vec::new(),
                })
                .collect();
        }
        let keys = self.keys_checked(corpus);
        let view = self.view(corpus, &keys);
        let pool: Vec<u32> = self
            .order(&keys)
            .iter()
            .copied()
            .filter(|&i| keep(&self.candidates[i as usize]))
            .collect();
        let pattern = rank::Pattern::new(query);
        let mut survivors = rank::filter(view, &pattern, &pool);
        rank::top_hits(view, &pattern, &mut survivors, limit)
    }

    fn view<'a>(&'a self, corpus: &'a Corpus, keys: &'a [rank::MatchKey]) -> View<'a> {
        View {
            candidates: &self.candidates,
            corpus,
            keys,
        }
    }

    /// The match keys, rebuilt if someone edited `candidates` directly.
    fn keys_checked(&self, corpus: &Corpus) -> Cow<'_, [rank::MatchKey]> {
        if self.keys.len() == self.candidates.len() {
            Cow::Borrowed(&self.keys)
        } else {
            Cow::Owned(
                self.candidates
                    .iter()
                    .map(|c| rank::MatchKey::new(&c.text(corpus)))
                    .collect(),
            )
        }
    }
}
