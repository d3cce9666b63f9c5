//! `verbatim sources`: one line (or JSON object) per article.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use crate::corpus::{Article, Corpus, ParagraphKind, display};

use super::JSON_VERSION;

#[derive(Debug, Serialize)]
pub struct ParagraphJson {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
}

/// An article as it appears in every `--json` document.
#[derive(Debug, Serialize)]
pub struct SourceJson<'a> {
    pub id: &'a str,
    pub path: &'a str,
    pub title: &'a str,
    pub title_derived: bool,
    pub bytes: usize,
    /// The outlet's name, from front matter or the article's address.
    pub outlet: Option<&'a str>,
    pub url: Option<&'a str>,
    /// RFC 3339.
    pub published: Option<&'a str>,
    pub author: Option<&'a str>,
    /// The feed's URL, for articles from the cache; absent for files, so
    /// file output is unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feed: Option<&'a str>,
    /// ISO 639-1: detected from the text, else as the source declares it.
    /// Only in `sources --json`: detection costs ~0.1 ms an article, which
    /// `quotes --json` at 10,000 articles cannot spare within its budget.
    /// `None`: not detected (absent); `Some(None)`: unknown (null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Option<String>>,
    pub paragraphs: Vec<ParagraphJson>,
    pub warnings: &'a [String],
}

impl<'a> SourceJson<'a> {
    pub fn new(article: &'a Article) -> Self {
        SourceJson {
            id: &article.id,
            path: &article.path,
            title: &article.title,
            title_derived: article.title_derived,
            bytes: article.text.len(),
            outlet: article.meta.outlet.as_deref(),
            url: article.meta.url.as_deref(),
            published: article.meta.published.as_deref(),
            author: article.meta.author.as_deref(),
            feed: article.meta.feed.as_deref(),
            language: None,
            paragraphs: article
                .paragraphs
                .iter()
                .map(|p| ParagraphJson {
                    start: p.start(),
                    end: p.end(),
                    kind: p.kind,
                })
                .collect(),
            warnings: &article.warnings,
        }
    }
}

/// The same objects with each article's language, detected in parallel.
fn sources_json_with_language(corpus: &Corpus) -> Vec<SourceJson<'_>> {
    corpus
        .articles
        .par_iter()
        .map(|a| SourceJson {
            language: Some(a.language()),
            ..SourceJson::new(a)
        })
        .collect()
}

#[derive(Serialize)]
struct SourcesDocument<'a> {
    version: u32,
    sources: Vec<SourceJson<'a>>,
}

pub fn write_json(out: &mut impl Write, corpus: &Corpus) -> io::Result<()> {
    let doc = SourcesDocument {
        version: JSON_VERSION,
        sources: sources_json_with_language(corpus),
    };
    super::json::write_document(out, &doc)
}

/// Human form: `id  paragraphs  words  title`, aligned; derived titles marked with `~`.
pub fn write_human(out: &mut impl Write, corpus: &Corpus) -> io::Result<()> {
    let id_width = corpus
        .articles
        .iter()
        .map(|a| a.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    writeln!(
        out,
        "{:id_width$}  {:>5}  {:>6}  TITLE",
        "ID", "PARAS", "WORDS"
    )?;
    for a in &corpus.articles {
        let id = display::sanitize_line(&a.id);
        let title = display::sanitize_line(&a.title);
        let mark = if a.title_derived { "~" } else { "" };
        writeln!(
            out,
            "{id:id_width$}  {:>5}  {:>6}  {mark}{title}",
            a.paragraphs.len(),
            a.word_count()
        )?;
    }
    Ok(())
}
