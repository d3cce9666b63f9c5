//! Palette candidates and fuzzy ranking, shared by the reader's jump palette
//! and `verbatim find`. (To be written by the palette work.)

use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::people::PersonId;
use crate::quotes::{QuoteId, SourceIdx};

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
        source: SourceIdx,
    },
    /// A sentence: a byte range into the source's text.
    Sentence {
        source: SourceIdx,
        start: usize,
        end: usize,
    },
}

/// One entry of the palette.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub kind: CandidateKind,
    /// What is matched against the query and shown: one line, display-safe.
    pub text: String,
    /// Context shown beside the text ("Volodymyr Zelenskyy · 12 mentions · 3 quotes").
    pub detail: String,
    /// The source and byte span the candidate points at, when it has one.
    pub source: Option<SourceIdx>,
    pub start: usize,
    pub end: usize,
    pub target: Target,
}

/// A ranked match: the candidate, its score and the matched *char* indices into `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub candidate: usize,
    pub score: i64,
    pub matched: Vec<usize>,
}

/// All candidates of a corpus, built once per load.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub candidates: Vec<Candidate>,
}

impl SearchIndex {
    pub fn build(_corpus: &Corpus, _analysis: &Analysis) -> Self {
        SearchIndex::default()
    }

    /// Candidates matching `query`, best first.
    pub fn search(&self, _query: &str) -> Vec<Hit> {
        Vec::new()
    }
}
