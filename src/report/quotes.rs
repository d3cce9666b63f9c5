//! `verbatim quotes`: groups of renderings with word diffs, as text or JSON.
//!
//! The JSON schema is documented field by field in `docs/json.md`.

use std::io::{self, BufWriter, Write};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::corpus::{Corpus, display::sanitize_line};
use crate::ids::{ClusterId, QuoteId, SourceId};
use crate::quotes::{AlignOp, Cluster, OpKind, Quote, Relation};

use super::JSON_VERSION;
use super::json::{LazySeq, ObjectWriter};
use super::sources::SourceJson;
use super::wording::{count, percent};

#[derive(Serialize)]
struct QuoteJson<'a> {
    id: QuoteId,
    /// The article's id, as in `sources[].id`.
    source: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    fragment: bool,
    cluster: Option<ClusterId>,
    /// `UnitJson`s.
    units: Vec<UnitJson>,
    quoted: bool,
}

/// One sentence-level unit of a quote and its group.
#[derive(Serialize)]
struct UnitJson {
    start: usize,
    end: usize,
    cluster: Option<ClusterId>,
}

#[derive(Serialize)]
struct ClusterJson<'a, P: Serialize> {
    id: ClusterId,
    quotes: &'a [QuoteId],
    reference: QuoteId,
    reference_unit: [usize; 2],
    sources: Vec<&'a str>,
    divergence: f64,
    /// `PairJson`s.
    pairs: P,
}

#[derive(Serialize)]
struct PairJson<O: Serialize> {
    a: QuoteId,
    b: QuoteId,
    a_unit: [usize; 2],
    b_unit: [usize; 2],
    relation: Relation,
    similarity: f64,
    /// `OpJson`s.
    ops: O,
}

/// One alignment run; `a` and `b` are byte ranges into the two quotes'
/// articles (absolute, like the quotes' own `start`/`end`).
#[derive(Serialize)]
struct OpJson {
    op: OpKind,
    a: [usize; 2],
    b: [usize; 2],
}

pub(crate) fn source_id(corpus: &Corpus, source: SourceId) -> &str {
    corpus
        .articles
        .get(source.index())
        .map_or("", |a| a.id.as_str())
}

/// The quote's text, or "" if its span does not fit its article.
pub fn quote_text<'a>(corpus: &'a Corpus, q: &Quote) -> &'a str {
    q.span().text(corpus)
}

pub(crate) fn speaker_name<'a>(analysis: &'a Analysis, q: &Quote) -> Option<&'a str> {
    q.speaker
        .and_then(|p| analysis.people.get(p.index()))
        .map(|p| p.name.as_str())
}

fn cluster_json<'a>(
    corpus: &'a Corpus,
    analysis: &'a Analysis,
    c: &'a Cluster,
) -> ClusterJson<'a, impl Serialize + 'a> {
    let start = |q: QuoteId| {
        analysis
            .quotes
            .get(q.index())
            .map_or(0, |q| q.inner().start)
    };
    ClusterJson {
        id: c.id,
        quotes: &c.quotes,
        reference: c.reference,
        reference_unit: [c.reference_unit.start, c.reference_unit.end],
        sources: c.sources.iter().map(|&s| source_id(corpus, s)).collect(),
        divergence: c.divergence,
        pairs: LazySeq(move || {
            c.pairs.iter().map(move |p| {
                let (oa, ob) = (start(p.a), start(p.b));
                PairJson {
                    a: p.a,
                    b: p.b,
                    a_unit: [p.a_unit().start, p.a_unit().end],
                    b_unit: [p.b_unit().start, p.b_unit().end],
                    relation: p.relation,
                    similarity: p.similarity,
                    ops: LazySeq(move || {
                        p.ops.iter().map(move |op| OpJson {
                            op: op.kind,
                            a: [oa + op.a().start, oa + op.a().end],
                            b: [ob + op.b().start, ob + op.b().end],
                        })
                    }),
                }
            })
        }),
    }
}

pub fn write_json(out: &mut impl Write, corpus: &Corpus, analysis: &Analysis) -> io::Result<()> {
    // `{"version", "sources", "quotes", "clusters"}`, field by field: the
    // three long arrays, all but a few bytes of the document, are
    // serialised on all cores.
    let mut doc = ObjectWriter::new(out)?;
    doc.field("version", &JSON_VERSION)?;
    doc.array_field("sources", &corpus.articles, SOURCES_WINDOW, SourceJson::new)?;
    doc.array_field("quotes", &analysis.quotes, QUOTES_WINDOW, |q| {
        quote_json(corpus, analysis, q)
    })?;
    doc.array_field("clusters", &analysis.clusters, CLUSTERS_WINDOW, |c| {
        cluster_json(corpus, analysis, c)
    })?;
    doc.finish()
}

/// Sources serialised per window of [`write_json`]: each carries its
/// paragraphs' spans, a few hundred bytes to kilobytes.
const SOURCES_WINDOW: usize = 4_096;
/// Quotes serialised per window of [`write_json`]: a few MB of JSON at once.
const QUOTES_WINDOW: usize = 8_192;
/// Clusters per window: each carries its pairs and their alignments.
const CLUSTERS_WINDOW: usize = 1_024;

fn quote_json<'a>(corpus: &'a Corpus, analysis: &'a Analysis, q: &'a Quote) -> QuoteJson<'a> {
    QuoteJson {
        id: q.id,
        source: source_id(corpus, q.source),
        start: q.inner().start,
        end: q.inner().end,
        text: quote_text(corpus, q),
        speaker: speaker_name(analysis, q),
        fragment: q.fragment,
        cluster: q.cluster,
        units: q
            .units
            .iter()
            .map(|u| UnitJson {
                start: u.range().start,
                end: u.range().end,
                cluster: u.cluster,
            })
            .collect(),
        quoted: q.quoted,
    }
}

const RED_STRIKE: &str = "\x1b[9;31m";
const GREEN_UNDERLINE: &str = "\x1b[4;32m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// `text` split into its words and the whitespace after them, so change
/// markers wrap words and leave the spacing outside.
fn piece<'a>(s: &'a str, r: &std::ops::Range<usize>) -> &'a str {
    s.get(r.clone()).unwrap_or("")
}

fn split_trailing(text: &str) -> (&str, &str) {
    let core = text.trim_end();
    (core, &text[core.len()..])
}

/// The word diff of `b` against `a`: `[-old-]{+new+}` markers, or ANSI
/// colours when `colour` is set. Every piece of article text is sanitised.
pub fn word_diff(a: &str, b: &str, ops: &[AlignOp], colour: bool) -> String {
    let mut out = String::new();
    let deleted = |out: &mut String, s: &str| {
        if colour {
            out.push_str(&format!("{RED_STRIKE}{}{RESET}", sanitize_line(s)));
        } else {
            out.push_str(&format!("[-{}-]", sanitize_line(s)));
        }
    };
    let inserted = |out: &mut String, s: &str| {
        if colour {
            out.push_str(&format!("{GREEN_UNDERLINE}{}{RESET}", sanitize_line(s)));
        } else {
            out.push_str(&format!("{{+{}+}}", sanitize_line(s)));
        }
    };
    for op in ops {
        let (old, old_ws) = split_trailing(piece(a, &op.a()));
        let (new, new_ws) = split_trailing(piece(b, &op.b()));
        match op.kind {
            OpKind::Equal => {
                out.push_str(&sanitize_line(new));
                out.push_str(&sanitize_line(new_ws));
            }
            OpKind::Delete => {
                deleted(&mut out, old);
                out.push_str(&sanitize_line(old_ws));
            }
            OpKind::Insert => {
                inserted(&mut out, new);
                out.push_str(&sanitize_line(new_ws));
            }
            OpKind::Replace => {
                deleted(&mut out, old);
                inserted(&mut out, new);
                out.push_str(&sanitize_line(new_ws));
            }
        }
    }
    // Markers for a change at the very end can leave doubled spacing inside.
    out.trim_end().to_string()
}

pub fn write_human(
    out: &mut impl Write,
    corpus: &Corpus,
    analysis: &Analysis,
    all: bool,
    colour: bool,
) -> io::Result<()> {
    let mut w = BufWriter::with_capacity(1 << 16, out);
    let (bold, dim, reset) = if colour {
        (BOLD, DIM, RESET)
    } else {
        ("", "", "")
    };
    let who = |q: &Quote| {
        sanitize_line(speaker_name(analysis, q).unwrap_or("unknown speaker")).into_owned()
    };
    let src = |q: &Quote| sanitize_line(source_id(corpus, q.source)).into_owned();
    for c in &analysis.clusters {
        let Some(reference) = analysis.quotes.get(c.reference.index()) else {
            continue;
        };
        writeln!(
            w,
            "{bold}Group {} · {} · {} · divergence {}{reset}",
            c.id.index() + 1,
            count(c.quotes.len(), "rendering"),
            count(c.sources.len(), "source"),
            percent(c.divergence)
        )?;
        writeln!(w, "  reference  {}  {}", src(reference), who(reference))?;
        writeln!(w, "    “{}”", sanitize_line(quote_text(corpus, reference)))?;
        for p in &c.pairs {
            let Some(q) = analysis.quotes.get(p.b.index()) else {
                continue;
            };
            writeln!(
                w,
                "  {:<11} {:>4}  {}  {}",
                p.relation.as_str(),
                percent(p.similarity),
                src(q),
                who(q)
            )?;
            let diff = word_diff(
                quote_text(corpus, reference),
                quote_text(corpus, q),
                &p.ops,
                colour,
            );
            writeln!(w, "    {diff}")?;
        }
        writeln!(w)?;
    }
    if all {
        let singles: Vec<&Quote> = analysis
            .quotes
            .iter()
            .filter(|q| q.cluster.is_none())
            .collect();
        if !singles.is_empty() {
            writeln!(w, "{bold}Single quotes · {}{reset}", singles.len())?;
        }
        for q in singles {
            writeln!(w, "  {}  {dim}{}{reset}", src(q), who(q))?;
            writeln!(w, "    “{}”", sanitize_line(quote_text(corpus, q)))?;
        }
    }
    w.flush()
}
