//! `verbatim find`: the palette's candidates and ranking, non-interactive.
//!
//! Human form: one line per result, `kind  score  source:line:col  text`
//! (line and column 1-based, the column counted in chars). JSON: see `docs/find.md`.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use crate::corpus::Corpus;
use crate::search::{CandidateKind, CandidateRef, Hit, SearchIndex, char_ranges};

use super::JSON_VERSION;

/// What `verbatim find` was asked.
pub struct FindQuery<'a> {
    pub query: &'a str,
    pub limit: usize,
    pub kind: Option<CandidateKind>,
}

/// The ranked hits for `query`; `--kind person` includes spelling variants.
pub fn find(corpus: &Corpus, index: &SearchIndex, query: &FindQuery<'_>) -> Vec<Hit> {
    let wanted = query.kind;
    index.search_where(
        corpus,
        query.query,
        query.limit,
        |c: &CandidateRef<'_>| match wanted {
            None => true,
            Some(CandidateKind::Person) => {
                matches!(c.kind, CandidateKind::Person | CandidateKind::Variant)
            }
            Some(k) => c.kind == k,
        },
    )
}

#[derive(Serialize)]
struct ResultJson<'a> {
    kind: CandidateKind,
    score: i64,
    text: Cow<'a, str>,
    detail: Cow<'a, str>,
    /// Article id, or null for a candidate with no place in the text.
    source: Option<&'a str>,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct FindDocument<'a> {
    version: u32,
    query: &'a str,
    results: Vec<ResultJson<'a>>,
}

pub fn write_json(
    out: &mut impl Write,
    corpus: &Corpus,
    index: &SearchIndex,
    query: &FindQuery<'_>,
) -> io::Result<()> {
    let hits = find(corpus, index, query);
    let results = hits
        .iter()
        .filter_map(|h| index.get(h.candidate).map(|c| (h, c)))
        .map(|(h, c)| {
            let source = c
                .source
                .and_then(|s| corpus.articles.get(s.index()))
                .map(|a| a.id.as_str());
            ResultJson {
                kind: c.kind,
                score: h.score,
                text: c.text(corpus),
                detail: c.detail(corpus),
                source,
                start: if source.is_some() { c.start } else { 0 },
                end: if source.is_some() { c.end } else { 0 },
            }
        })
        .collect();
    let doc = FindDocument {
        version: JSON_VERSION,
        query: query.query,
        results,
    };
    super::json::write_document(out, &doc)
}

pub fn write_human(
    out: &mut impl Write,
    corpus: &Corpus,
    index: &SearchIndex,
    query: &FindQuery<'_>,
    colour: bool,
) -> io::Result<()> {
    let hits = find(corpus, index, query);
    let rows: Vec<(&Hit, CandidateRef<'_>, String)> = hits
        .iter()
        .filter_map(|h| index.get(h.candidate).map(|c| (h, c)))
        .map(|(h, c)| {
            let place = location(corpus, &c);
            (h, c, place)
        })
        .collect();
    let score_width = rows
        .iter()
        .map(|(h, _, _)| h.score.to_string().len())
        .max()
        .unwrap_or(1);
    let place_width = rows
        .iter()
        .map(|(_, _, p)| p.chars().count())
        .max()
        .unwrap_or(1);
    for (hit, candidate, place) in &rows {
        write!(
            out,
            "{:8}  {:>score_width$}  {place:place_width$}  ",
            candidate.kind.as_str(),
            hit.score
        )?;
        if colour {
            write_marked(out, &candidate.text(corpus), &hit.matched)?;
        } else {
            out.write_all(candidate.text(corpus).as_bytes())?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// `source:line:col` of the candidate's start, or `-` when it has no place.
fn location(corpus: &Corpus, candidate: &CandidateRef<'_>) -> String {
    let Some(article) = candidate
        .source
        .and_then(|s| corpus.articles.get(s.index()))
    else {
        return "-".to_owned();
    };
    let id = crate::corpus::display::sanitize_line(&article.id);
    let Some(before) = article.text.get(..candidate.start) else {
        return format!("{id}:?:?");
    };
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    format!("{id}:{line}:{col}")
}

/// A candidate's text with matched chars in bold yellow.
fn write_marked(out: &mut impl Write, text: &str, matched: &[usize]) -> io::Result<()> {
    let mut at = 0;
    for r in char_ranges(text, matched) {
        write!(out, "{}", &text[at..r.start])?;
        write!(out, "\x1b[1;33m{}\x1b[0m", &text[r.clone()])?;
        at = r.end;
    }
    write!(out, "{}", &text[at..])
}
