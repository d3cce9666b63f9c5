//! Where the reader's memory goes: opens a folder as the reader does, then
//! builds the analysis and the palette's index one after the other, printing
//! the live heap, its peak so far and the process's RSS after each stage.
//!
//! `cargo run --release --example reader_memory -- DIR`
//!
//! The heap figures come from a counting wrapper around the system
//! allocator, so they are exact bytes asked for, independent of how an
//! allocator keeps its arenas (the binary uses mimalloc; its RSS is
//! measured on the binary itself, see docs/performance.md).

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use anyhow::Context;
use verbatim::analysis::Analysis;
use verbatim::corpus::{Article, Corpus, LoadOptions, Paragraph};
use verbatim::ids::Span;
use verbatim::quotes::{AlignOp, Cluster, Quote, QuoteId, RenderingPair, SourceId, Unit};
use verbatim::session::Session;

#[path = "support/counting.rs"]
mod counting;
use counting::{LIVE, PEAK};

/// A line of `/proc/self/status` (`VmRSS`, `VmHWM`) in KiB, where Linux has it.
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn report(stage: &str, corpus_bytes: usize) {
    let mib = |b: usize| b as f64 / (1024.0 * 1024.0);
    let live = LIVE.load(Ordering::Relaxed);
    let peak = PEAK.load(Ordering::Relaxed);
    let rss = status_kib("VmRSS:").map_or("?".into(), |k| format!("{:.0}", k as f64 / 1024.0));
    println!(
        "{stage:<24} heap {:>8.1} MiB ({:.2}×)   peak {:>8.1} MiB ({:.2}×)   RSS {rss} MiB",
        mib(live),
        live as f64 / corpus_bytes.max(1) as f64,
        mib(peak),
        peak as f64 / corpus_bytes.max(1) as f64,
    );
}

/// The largest parts of the corpus and the analysis, from their capacities
/// (what a layout change would shrink), in MiB.
fn breakdown(corpus: &Corpus, analysis: &Analysis) {
    let vec = |cap: usize, each: usize| cap * each;
    let string = |s: &str| s.len();
    let articles = &corpus.articles;
    let parts: [(&str, usize); 7] = [
        (
            "articles (structs)",
            vec(articles.capacity(), size_of::<Article>()),
        ),
        (
            "paragraph tables",
            articles
                .iter()
                .map(|a| vec(a.paragraphs.capacity(), size_of::<Paragraph>()))
                .sum(),
        ),
        (
            "ids, paths, titles, meta",
            articles
                .iter()
                .map(|a| {
                    string(&a.id) + string(&a.path) + string(&a.title) + a.text.capacity()
                        - a.text.len()
                })
                .sum(),
        ),
        (
            "quotes (structs)",
            vec(analysis.quotes.capacity(), size_of::<Quote>()),
        ),
        (
            "quote units",
            analysis
                .quotes
                .iter()
                .map(|q| vec(q.units.len(), size_of::<Unit>()))
                .sum(),
        ),
        (
            "people's mentions",
            analysis
                .people
                .iter()
                .map(|p| {
                    vec(p.mentions.capacity(), size_of::<Span>())
                        + vec(p.quotes.capacity(), size_of::<QuoteId>())
                })
                .sum(),
        ),
        (
            "groups (with pairs, ops)",
            analysis
                .clusters
                .iter()
                .map(|c| {
                    size_of::<Cluster>()
                        + vec(c.quotes.capacity(), size_of::<QuoteId>())
                        + vec(c.sources.capacity(), size_of::<SourceId>())
                        + vec(c.pairs.capacity(), size_of::<RenderingPair>())
                        + c.pairs
                            .iter()
                            .map(|p| vec(p.ops.len(), size_of::<AlignOp>()))
                            .sum::<usize>()
                })
                .sum(),
        ),
    ];
    let pairs: usize = analysis.clusters.iter().map(|c| c.pairs.len()).sum();
    let ops: usize = analysis
        .clusters
        .iter()
        .flat_map(|c| &c.pairs)
        .map(|p| p.ops.len())
        .sum();
    let mentions: usize = analysis.people.iter().map(|p| p.mentions.len()).sum();
    let paragraphs: usize = articles.iter().map(|a| a.paragraphs.len()).sum();
    println!(
        "  {paragraphs} paragraphs, {mentions} mentions, {} groups, {pairs} pairs, {ops} alignment runs",
        analysis.clusters.len()
    );
    for (part, bytes) in parts {
        println!("  {part:<26} {:>8.1} MiB", bytes as f64 / (1024.0 * 1024.0));
    }
}

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .context("usage: reader_memory DIR")?,
    );
    let session = Session::open(&[dir], &LoadOptions::default(), |_, _, _| {})?;
    let bytes: usize = session.corpus.articles.iter().map(|a| a.text.len()).sum();
    println!(
        "{} articles, {bytes} bytes of text; ratios are to the text",
        session.corpus.articles.len()
    );
    report("corpus loaded", bytes);
    let analysis = session.analysis();
    report("analysis built", bytes);
    breakdown(&session.corpus, analysis);
    let before_index = LIVE.load(Ordering::Relaxed);
    let index = session.index();
    report("index built", bytes);
    let index_bytes = LIVE.load(Ordering::Relaxed).saturating_sub(before_index);
    println!(
        "{} candidates; the index holds {:.1} MiB = {:.0} B a candidate; {} quotes, {} people",
        index.len(),
        index_bytes as f64 / (1024.0 * 1024.0),
        index_bytes as f64 / index.len().max(1) as f64,
        analysis.quotes.len(),
        analysis.people.len(),
    );
    Ok(())
}
