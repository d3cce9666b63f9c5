//! The corpus: articles as read from disk, split into classified paragraphs.
//!
//! Everything downstream (quotes, people, the reader) refers back into an
//! [`Article`]'s `text` by byte ranges, so the text is kept exactly as read.

mod classify;
pub mod display;
mod load;
mod paragraphs;
mod title;

use std::ops::Range;

use serde::Serialize;

pub use load::{
    LoadError, LoadWarning, bundled_corpus, decode_bytes, load_paths, load_paths_with_progress,
};

/// What a paragraph is, as far as reading and quoting are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// The headline line at the top of the article.
    Title,
    /// A place/date/byline line such as "WASHINGTON, Aug 18 (Reuters) -".
    Dateline,
    /// Article prose: the only kind (with the title) the quote engine reads.
    Body,
    /// A photo caption or credit.
    Caption,
    /// Hashtag or keyword lines.
    Tags,
    /// Legal notices, comment forms, scraping artefacts and unrelated teasers.
    Boilerplate,
}

impl ParagraphKind {
    /// Whether quotes and people in paragraphs of this kind belong to the story.
    pub fn is_content(self) -> bool {
        matches!(self, ParagraphKind::Title | ParagraphKind::Body)
    }
}

/// A paragraph: a byte range into its article's text and what kind it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
}

impl Paragraph {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// One source: a news article from one outlet.
#[derive(Debug, Clone)]
pub struct Article {
    /// Stable identifier: the file stem, made unique within the corpus.
    pub id: String,
    /// The path as given (or `seeds/<file>` for the bundled corpus, `-` for stdin).
    pub path: String,
    /// The full text exactly as read (after lossy UTF-8 decoding, if needed).
    pub text: String,
    /// Display title: the title paragraph, or one derived from the first sentence.
    pub title: String,
    /// True when the article had no title line and `title` was derived.
    pub title_derived: bool,
    pub paragraphs: Vec<Paragraph>,
    /// Problems met while reading this article that did not stop it loading.
    pub warnings: Vec<String>,
}

impl Article {
    /// Builds an article from its text: splits and classifies paragraphs and finds the title.
    pub fn new(id: impl Into<String>, path: impl Into<String>, text: String) -> Self {
        let raw = paragraphs::split(&text);
        let paragraphs = classify::classify(&text, raw);
        let (title, title_derived) = title::title_of(&text, &paragraphs);
        Article {
            id: id.into(),
            path: path.into(),
            text,
            title,
            title_derived,
            paragraphs,
            warnings: Vec::new(),
        }
    }

    /// Paragraphs the quote engine and people finder should read.
    pub fn content_paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| p.kind.is_content())
    }

    /// The paragraph containing byte offset `at`, if any.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end < at);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= at).then_some(i)
    }

    /// Number of whitespace-separated words in the article.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

crate::ids::index_by!(crate::ids::SourceId => Article);

/// The articles of one story, in load order, plus what went wrong while loading.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    /// Files that were skipped or read with problems; one line each for stderr.
    pub warnings: Vec<LoadWarning>,
}

impl Corpus {
    pub fn from_articles(articles: Vec<Article>) -> Self {
        Corpus {
            articles,
            warnings: Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn total_bytes(&self) -> usize {
        self.articles.iter().map(|a| a.text.len()).sum()
    }
}
