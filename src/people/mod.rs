//! People mentioned in a corpus, with the spelling variants of one person merged.
//!
//! [`names`] finds name candidates per article (a role title and a name);
//! this file merges them into people by evidence:
//!
//! 1. Full names (first name + surname) are people. Two spellings with the
//!    same first name and surnames within a small edit distance are one person
//!    ("Volodymyr Zelenskiy" / "Volodymyr Zelensky" / "Volodymyr Zelsky").
//!    Comparisons are blocked by first name and the surname's first letters,
//!    so merging stays near-linear on large corpora.
//! 2. A one-word name is a person only when it is (or is one small edit away
//!    from) a known surname, or carries a role title ("President Putin",
//!    "Chancellor Merz"). Places and organisations never get a first name or a
//!    role, so they stay out.

mod lexicon;
mod merge;
mod names;

use crate::corpus::Corpus;
use crate::quotes::{QuoteId, SourceIdx};

/// Index of a person in [`crate::analysis::Analysis::people`].
pub type PersonId = usize;

/// One mention of a person: a byte span into an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub source: SourceIdx,
    pub start: usize,
    pub end: usize,
}

/// A person, with every way the corpus names them.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub id: PersonId,
    /// Canonical name: the most complete, most frequent full name.
    pub name: String,
    /// Every distinct spelling seen (full names and surnames), canonical first.
    pub variants: Vec<String>,
    /// Role titles seen with the name ("Italian Prime Minister").
    pub roles: Vec<String>,
    /// Mentions in corpus order (source, then position).
    pub mentions: Vec<Mention>,
    /// Quotes attributed to this person, in corpus order.
    pub quotes: Vec<QuoteId>,
}

/// People mentioned in the content paragraphs of `corpus`.
pub fn find_people(corpus: &Corpus) -> Vec<Person> {
    use rayon::prelude::*;
    let per_source: Vec<Vec<names::Candidate>> =
        corpus.articles.par_iter().map(names::candidates).collect();
    merge::merge(corpus, per_source)
}
