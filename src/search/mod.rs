//! Palette candidates and fuzzy ranking, shared by the reader's jump palette
//! and `verbatim find`.
//!
//! [`SearchIndex::build`] turns a corpus and its analysis into candidates once
//! per load (`build.rs`, `sentences.rs`); [`SearchIndex::search`] ranks them
//! against a query with skim's v2 scoring (`rank.rs`, pruned by the score
//! bounds of `bound.rs`, scores computed by `score.rs`); a [`Searcher`]
//! does the same per keystroke, looking only for the added chars in the
//! previous query's matches when the query grows.
//! [`CandidateRef::highlight`] and [`CandidateRef::source_highlight`] map matched
//! chars back to byte ranges for drawing.

mod bound;
mod build;
mod highlight;
mod key;
mod names;
mod rank;
mod score;
mod searcher;
mod sentences;
mod store;
mod window;

use crate::analysis::Analysis;
use std::borrow::Cow;

use crate::corpus::Corpus;
use crate::corpus::display::sanitize_line;
use crate::ids::{PersonId, QuoteId, SourceId};

pub use highlight::{char_ranges, source_ranges};
pub use names::{MIN_TYPO_CHARS, within_one_edit};
pub use rank::Stop;
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
    /// A quote's speaker: shown as "speaker · source id".
    Speaker(Box<str>),
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

/// One entry of the palette, as built (and as hand-made candidates are
/// given to [`SearchIndex::from_candidates`]). The index keeps it compactly
/// and hands it back as a [`CandidateRef`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub kind: CandidateKind,
    /// What is matched against the query and shown: one line, display-safe.
    pub text: CandidateText,
    /// Context shown beside the text ("12 mentions · 3 quotes · also
    /// Zelensky").
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

/// Where a stored candidate's text or detail is: [`CandidateText`], borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextRef<'a> {
    Owned(&'a str),
    Span,
    SourceId,
    Speaker(&'a str),
}

impl<'a> TextRef<'a> {
    fn of(text: &'a CandidateText) -> Self {
        match text {
            CandidateText::Owned(s) => TextRef::Owned(s),
            CandidateText::Span => TextRef::Span,
            CandidateText::SourceId => TextRef::SourceId,
            CandidateText::Speaker(s) => TextRef::Speaker(s),
        }
    }
}

/// A candidate of an index ([`SearchIndex::get`]); its fields mean what
/// [`Candidate`]'s do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateRef<'a> {
    pub kind: CandidateKind,
    text: TextRef<'a>,
    detail: TextRef<'a>,
    pub source: Option<SourceId>,
    pub start: usize,
    pub end: usize,
    pub target: Target,
}

impl<'a> CandidateRef<'a> {
    /// The text matched and shown; `corpus` must be the one the candidate
    /// was built from ("" for a span that does not fit it).
    pub fn text<'c>(&self, corpus: &'c Corpus) -> Cow<'c, str>
    where
        'a: 'c,
    {
        self.resolve(self.text, corpus)
    }

    /// The context shown beside the text.
    pub fn detail<'c>(&self, corpus: &'c Corpus) -> Cow<'c, str>
    where
        'a: 'c,
    {
        self.resolve(self.detail, corpus)
    }

    /// Whether the text is its span of the article, not a copy.
    pub fn borrows_its_span(&self) -> bool {
        self.text == TextRef::Span
    }

    fn resolve<'c>(&self, text: TextRef<'c>, corpus: &'c Corpus) -> Cow<'c, str> {
        let article = || corpus.articles.get(self.source?.index());
        match text {
            TextRef::Owned(s) => Cow::Borrowed(s),
            TextRef::Span => Cow::Borrowed(
                article()
                    .and_then(|a| a.text.get(self.start..self.end))
                    .unwrap_or(""),
            ),
            TextRef::SourceId => article().map_or(Cow::Borrowed(""), |a| sanitize_line(&a.id)),
            TextRef::Speaker(speaker) => {
                let id = article().map_or("", |a| a.id.as_str());
                Cow::Owned(sanitize_line(&format!("{speaker} · {id}")).into_owned())
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
/// every search is given that corpus. An index is read-only: it keeps
/// derived forms of each text.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    store: store::Store,
    /// What ranking needs of each candidate's text, parallel to `store`.
    keys: Vec<key::MatchKey>,
    /// The folded copies of the few texts that need one (`key.rs`).
    folds: key::Folds,
    /// The people and spelling variants, for the name pass (`names.rs`).
    names: Vec<u32>,
}

/// What ranking reads: the candidates, the corpus their spans point into,
/// and the candidates' match keys.
#[derive(Clone, Copy)]
struct View<'a> {
    store: &'a store::Store,
    corpus: &'a Corpus,
    keys: &'a [key::MatchKey],
    folds: &'a key::Folds,
}

impl<'a> View<'a> {
    /// Candidate `i`'s text and key, if both exist.
    fn get(&self, i: u32) -> Option<(Cow<'a, str>, key::KeyRef<'a>)> {
        let text = self.store.text(i as usize, self.corpus)?;
        Some((text, self.keys.get(i as usize)?.with(i, self.folds)))
    }
}

impl SearchIndex {
    pub fn build(corpus: &Corpus, analysis: &Analysis) -> Self {
        let mut store = store::Store::default();
        build::candidates(corpus, analysis, &mut |c| store.push(c));
        Self::over(corpus, store)
    }

    /// An index over hand-made candidates with owned texts (tests,
    /// benchmarks, other front ends).
    pub fn from_candidates(candidates: Vec<Candidate>) -> Self {
        Self::with_corpus(&Corpus::default(), candidates)
    }

    /// An index over candidates whose spans point into `corpus`.
    pub fn with_corpus(corpus: &Corpus, candidates: Vec<Candidate>) -> Self {
        let mut store = store::Store::default();
        for c in candidates {
            store.push(c);
        }
        Self::over(corpus, store)
    }

    fn over(corpus: &Corpus, mut store: store::Store) -> Self {
        use rayon::prelude::*;
        store.shrink_to_fit();
        let text = |i: usize| store.text(i, corpus).unwrap_or_default();
        // Folded copies are rare: found first, so each key is made once.
        let (of, copies): (Vec<u32>, Vec<Box<str>>) = (0..store.len() as u32)
            .into_par_iter()
            .filter_map(|i| Some((i, key::folded_copy(&text(i as usize))?)))
            .collect::<Vec<_>>()
            .into_iter()
            .unzip();
        let folds = key::Folds::new(of, copies);
        let keys: Vec<key::MatchKey> = (0..store.len())
            .into_par_iter()
            .map(|i| {
                let fold = folds.get(i as u32);
                key::MatchKey::new(&text(i), fold, rank::text_fold)
            })
            .collect();
        let names = (0..store.len() as u32)
            .filter(|&i| store.kind(i as usize).is_some_and(names::is_name))
            .collect();
        SearchIndex {
            store,
            keys,
            folds,
            names,
        }
    }

    pub fn len(&self) -> usize {
        self.store.len()
    }

    pub fn is_empty(&self) -> bool {
        self.store.len() == 0
    }

    /// Candidate `i` (the `candidate` of a [`Hit`]).
    pub fn get(&self, i: usize) -> Option<CandidateRef<'_>> {
        self.store.get(i)
    }

    /// Every candidate, in index (default) order.
    pub fn iter(&self) -> impl Iterator<Item = CandidateRef<'_>> {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    /// Bytes the index holds on the heap, for measurements.
    pub fn heap_bytes(&self) -> usize {
        self.store.heap_bytes()
            + self.keys.capacity() * size_of::<key::MatchKey>()
            + self.folds.heap_bytes()
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
        keep: impl Fn(&CandidateRef<'_>) -> bool + Sync,
    ) -> Vec<Hit> {
        let kept = |i: usize| self.get(i).is_some_and(|c| keep(&c));
        if query.is_empty() {
            // Candidates are stored in default order already.
            return (0..self.len())
                .filter(|&i| kept(i))
                .take(limit)
                .map(|candidate| Hit {
                    candidate,
                    score: 0,
                    matched: Vec::new(),
                })
                .collect();
        }
        let view = self.view(corpus);
        // In index order: read one after the other (`rank::filter_all`).
        let pool: Vec<u32> = (0..self.len() as u32)
            .filter(|&i| kept(i as usize))
            .collect();
        let pattern = rank::Pattern::new(query);
        let mut survivors = rank::filter(view, &pattern, &pool);
        let names: Vec<u32> = self
            .names
            .iter()
            .copied()
            .filter(|&i| kept(i as usize))
            .collect();
        let named = names::name_hits(view, &names, query, limit);
        let ranked = rank::top_hits(
            view,
            &pattern,
            &mut survivors,
            limit.saturating_add(named.len()),
        );
        names_first(named, ranked, limit)
    }

    fn view<'a>(&'a self, corpus: &'a Corpus) -> View<'a> {
        View {
            store: &self.store,
            corpus,
            keys: &self.keys,
            folds: &self.folds,
        }
    }
}

/// The name pass's hits first, then the fuzzy ranking's without them:
/// `limit` hits in all.
fn names_first(named: Vec<Hit>, ranked: Vec<Hit>, limit: usize) -> Vec<Hit> {
    let first: std::collections::HashSet<usize> = named.iter().map(|h| h.candidate).collect();
    named
        .into_iter()
        .chain(ranked.into_iter().filter(|h| !first.contains(&h.candidate)))
        .take(limit)
        .collect()
}
