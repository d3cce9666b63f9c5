//! People mentioned in a corpus, with the spelling variants of one person merged.
//! (To be written by the quote-engine work.)

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
pub fn find_people(_corpus: &Corpus) -> Vec<Person> {
    Vec::new()
}
