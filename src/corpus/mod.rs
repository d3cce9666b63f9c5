//! The corpus: articles as read from disk, split into classified paragraphs.
//!
//! Everything downstream (quotes, people, the reader) refers back into an
//! [`Article`]'s `text` by byte ranges, so the text is kept exactly as read.

mod article_ids;
mod byline;
mod classify;
mod credit;
mod dateline;
pub mod display;
pub(crate) mod full_text;
mod headline;
mod html_file;
pub(crate) mod keywords;
mod languages;
mod load;
mod meta;
mod paragraphs;
mod read;
mod title;

use std::ops::Range;

use serde::Serialize;

pub(crate) use byline::BYLINE_OPENERS;
pub(crate) use classify::teaser_headline;
pub(crate) use dateline::is_clock_time;
pub use headline::is_headline_shaped;
pub use languages::Languages;
pub use load::{
    LoadError, LoadOptions, LoadWarning, bundled_corpus, decode_bytes, load_paths, load_paths_with,
};
pub use meta::{Meta, MetaFields, host_of};
pub use read::{DEFAULT_MAX_FILE_SIZE, format_size};

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
    /// A front matter block or a line giving the article's address: read
    /// into [`Article::meta`], never shown as text.
    Metadata,
}

impl ParagraphKind {
    /// Whether quotes and people in paragraphs of this kind belong to the story.
    pub fn is_content(self) -> bool {
        matches!(self, ParagraphKind::Title | ParagraphKind::Body)
    }
}

/// A paragraph: a byte range into its article's text and what kind it is.
///
/// The range is kept as `u32`s (12 bytes a paragraph, not 24): a file is
/// capped far below 4 GiB, and 40,000 articles hold 870,000 paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    start: u32,
    end: u32,
    pub kind: ParagraphKind,
    /// Whether the paragraph says a speech's full text follows
    /// ([`full_text`]): set by the classifier, which has the paragraph
    /// lower-cased; in the 12 bytes' padding.
    #[serde(skip)]
    pub announces_full_text: bool,
}

impl Paragraph {
    /// Offsets past 4 GiB saturate (see [`crate::ids::offset`]).
    pub fn new(range: Range<usize>, kind: ParagraphKind) -> Self {
        Paragraph {
            start: crate::ids::offset(range.start),
            end: crate::ids::offset(range.end),
            kind,
            announces_full_text: false,
        }
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
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
    /// Outlet, address, date and author, where the file says them.
    pub meta: Meta,
    /// Problems met while reading this article that did not stop it loading.
    pub warnings: Vec<String>,
}

impl Article {
    /// Builds an article from its text: splits and classifies paragraphs and finds the title.
    pub fn new(id: impl Into<String>, path: impl Into<String>, text: String) -> Self {
        let front = meta::front_matter(&text);
        let body_start = front.as_ref().map_or(0, |f| f.range.end);
        let raw = paragraphs::split(&text[body_start..])
            .into_iter()
            .map(|r| body_start + r.start..body_start + r.end)
            .collect();
        let mut paragraphs = classify::classify(&text, raw);
        let (mut meta, mut warnings, front_title) = match front {
            Some(f) => {
                paragraphs.insert(0, Paragraph::new(f.range.clone(), ParagraphKind::Metadata));
                (f.meta, f.warnings, f.title)
            }
            None => (Meta::default(), Vec::new(), None),
        };
        read_url_lines(&text, &mut paragraphs, &mut meta);
        // Written only when there is a host: a write makes `meta`'s box.
        if meta.outlet.is_none()
            && let Some(host) = meta.url.as_deref().and_then(host_of)
        {
            meta.outlet = Some(host);
        }
        let (title, title_derived) = match front_title {
            Some(title) => (title, false),
            None => title::title_of(&text, &paragraphs),
        };
        warnings.shrink_to_fit();
        Article {
            id: id.into(),
            path: path.into(),
            text,
            title,
            title_derived,
            paragraphs,
            meta,
            warnings,
        }
    }

    /// How the reader and reports name this article: its outlet, else its
    /// title, else its file id.
    pub fn label(&self) -> &str {
        [self.meta.outlet.as_deref(), Some(self.title.as_str())]
            .into_iter()
            .flatten()
            .find(|s| !s.is_empty())
            .unwrap_or(&self.id)
    }

    /// Paragraphs the quote engine and people finder should read.
    pub fn content_paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| p.kind.is_content())
    }

    /// The paragraph containing byte offset `at`, if any.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end() < at);
        (i < self.paragraphs.len() && self.paragraphs[i].start() <= at).then_some(i)
    }

    /// The article's language as an ISO 639-1 code: detected from its
    /// content when the detector is confident (feeds often declare one
    /// language for every item), else the one its source declares.
    pub fn language(&self) -> Option<String> {
        let mut sample = String::new();
        for p in self.content_paragraphs() {
            if sample.len() >= crate::text::language::SAMPLE_BYTES {
                break;
            }
            sample.push_str(&self.text[p.range()]);
            sample.push('\n');
        }
        crate::text::language::detect(&sample)
            .map(str::to_string)
            .or_else(|| self.meta.language.clone())
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

/// A paragraph that is only an address (`https://…`, `Source: https://…`) is
/// metadata: the first one is the article's URL unless front matter gave one.
fn read_url_lines(text: &str, paragraphs: &mut [Paragraph], meta: &mut Meta) {
    for p in paragraphs
        .iter_mut()
        .filter(|p| p.kind != ParagraphKind::Metadata)
    {
        let Some(url) = meta::url_line(&text[p.range()]) else {
            continue;
        };
        if meta.url.is_none() {
            meta.url = Some(display::sanitize_line(url).into_owned());
        }
        p.kind = ParagraphKind::Metadata;
    }
}
