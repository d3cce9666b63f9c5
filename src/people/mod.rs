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

mod fast_hash;
mod lexicon;
mod merge;
mod names;

use rayon::prelude::*;

use crate::corpus::Corpus;
use crate::quotes::{QuoteId, SourceIdx};
use fast_hash::FastSet;

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
    let mut per_source: Vec<Vec<names::Candidate>> =
        corpus.articles.par_iter().map(names::candidates).collect();
    drop_common_first_words(corpus, &mut per_source);
    merge::merge(corpus, per_source)
}

/// A capitalised word opening a sentence is a first name only if the corpus
/// never writes it in lower case ("Later", "Meanwhile", "Pressed" all occur
/// lower-case somewhere, "Volodymyr" does not). Only the few words in that
/// position are looked up, in one parallel pass.
fn drop_common_first_words(corpus: &Corpus, per_source: &mut [Vec<names::Candidate>]) {
    let doubtful = |c: &names::Candidate, text: &str| {
        c.sentence_initial && c.role.is_none() && c.name_words(text) >= 2
    };
    let mut queries: FastSet<String> = FastSet::default();
    for (cands, article) in per_source.iter().zip(&corpus.articles) {
        for c in cands.iter().filter(|c| doubtful(c, &article.text)) {
            queries.insert(article.text[c.words[0].clone()].to_lowercase());
        }
    }
    if queries.is_empty() {
        return;
    }
    let common: FastSet<String> = corpus
        .articles
        .par_iter()
        .map(|a| {
            a.text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .filter(|w| queries.contains(*w))
                .map(str::to_string)
                .collect::<FastSet<String>>()
        })
        .reduce(FastSet::default, |mut a, b| {
            a.extend(b);
            a
        });
    for (cands, article) in per_source.iter_mut().zip(&corpus.articles) {
        for c in cands.iter_mut() {
            let text = &article.text;
            if doubtful(c, text) && common.contains(&text[c.words[0].clone()].to_lowercase()) {
                c.drop_first_word(&article.text);
            }
        }
    }
}
