//! Ids of sources, quotes, people and clusters, and the one span type.
//!
//! Ids are newtypes over an index into the analysis' vectors, so the compiler
//! catches a person id passed where a quote id belongs. They live here, below
//! both `quotes` and `people`, so neither imports the other for its ids.
//! They are 32-bit: hundreds of thousands of quotes, mentions and alignment
//! pairs each carry one or two, and at 40,000 articles 64-bit ids cost
//! about 20 MB of the reader's memory for nothing.

use std::ops::Range;

use serde::Serialize;

use crate::corpus::Corpus;

macro_rules! define_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
        #[serde(transparent)]
        pub struct $name(u32);

        impl $name {
            /// Panics past `u32::MAX`: four billion articles, quotes or
            /// people are far beyond any corpus the loader accepts.
            pub const fn new(index: usize) -> Self {
                assert!(index <= u32::MAX as usize, "id past u32::MAX");
                Self(index as u32)
            }

            /// The position in the vector this id indexes.
            pub const fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

define_id!(
    /// An article: index into [`crate::corpus::Corpus::articles`].
    SourceId
);
define_id!(
    /// A quote: index into [`crate::analysis::Analysis::quotes`].
    QuoteId
);
define_id!(
    /// A person: index into [`crate::analysis::Analysis::people`].
    PersonId
);
define_id!(
    /// A group of renderings: index into [`crate::analysis::Analysis::clusters`].
    ClusterId
);

/// Lets `Vec<$item>` and `[$item]` be indexed by `$id` directly, so call
/// sites write `quotes[id]` rather than unwrapping the index each time.
macro_rules! index_by {
    ($id:ty => $item:ty) => {
        impl std::ops::Index<$id> for [$item] {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self[id.index()]
            }
        }
        impl std::ops::IndexMut<$id> for [$item] {
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self[id.index()]
            }
        }
        impl std::ops::Index<$id> for Vec<$item> {
            type Output = $item;
            fn index(&self, id: $id) -> &$item {
                &self[id.index()]
            }
        }
        impl std::ops::IndexMut<$id> for Vec<$item> {
            fn index_mut(&mut self, id: $id) -> &mut $item {
                &mut self[id.index()]
            }
        }
    };
}
pub(crate) use index_by;

/// A byte offset into an article's text as the `u32` the engine keeps
/// (paragraphs hold two each, by the hundred thousand). The loader caps a
/// text below 4 GiB; an offset past it (a text built by hand) saturates, so
/// slicing with it finds nothing instead of something wrong.
pub fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A byte range of one article's text: a quote's words, a person's mention.
/// The range is kept as [`offset`]s: 12 bytes a span, not 24 (people's
/// 700,000 mentions at 40,000 articles).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    pub source: SourceId,
    start: u32,
    end: u32,
}

impl Span {
    pub fn new(source: SourceId, range: Range<usize>) -> Self {
        Span {
            source,
            start: offset(range.start),
            end: offset(range.end),
        }
    }

    /// The byte range in the source's text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The spanned text, or `None` when the span does not fit its article
    /// (a corpus other than the one the span was made from).
    pub fn get<'a>(&self, corpus: &'a Corpus) -> Option<&'a str> {
        corpus
            .articles
            .get(self.source.index())
            .and_then(|a| a.text.get(self.range()))
    }

    /// The spanned text, or "" when the span does not fit its article.
    pub fn text<'a>(&self, corpus: &'a Corpus) -> &'a str {
        self.get(corpus).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;

    #[test]
    fn offsets_past_4_gib_saturate_and_find_nothing() {
        assert_eq!(offset(7), 7);
        assert_eq!(offset(u32::MAX as usize + 1), u32::MAX);
        let corpus = Corpus::from_articles(vec![Article::new("a", "a.txt", "Hello".into())]);
        let far = Span::new(SourceId::new(0), 0..u32::MAX as usize + 9);
        assert_eq!(far.get(&corpus), None);
    }

    #[test]
    fn span_text_slices_its_article_and_is_empty_when_out_of_bounds() {
        let corpus = Corpus::from_articles(vec![Article::new("a", "a.txt", "Hello world.".into())]);
        let source = SourceId::new(0);
        assert_eq!(Span::new(source, 6..11).text(&corpus), "world");
        assert_eq!(Span::new(source, 6..99).text(&corpus), "");
        assert_eq!(Span::new(source, 6..99).get(&corpus), None);
        assert_eq!(Span::new(SourceId::new(1), 0..1).text(&corpus), "");
    }
}
