//! What grouping alone costs on a folder: wall time, and the heap it needs
//! beyond what exists before it (corpus, quotes, people), measured by a
//! counting allocator rather than RSS, whose high-water mark earlier
//! stages may already have set.
//! `cargo run --release --example group_cost -- DIR [RUNS]`

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use anyhow::Context;
use verbatim::analysis;
use verbatim::people;
use verbatim::quotes::{attribute, group};
use verbatim::session::Session;

#[path = "support/counting.rs"]
mod counting;
use counting::{LIVE, PEAK};

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().context("usage: group_cost DIR [RUNS]")?);
    let runs: usize = match args.get(1) {
        Some(s) => s.parse().context("RUNS must be a number")?,
        None => 5,
    };
    let corpus = Session::open(
        std::slice::from_ref(&dir),
        &Default::default(),
        |_, _, _| {},
    )?
    .corpus;
    let mut quotes = analysis::extract_all(&corpus);
    let mut people = people::find_people(&corpus);
    attribute::attribute(&corpus, &mut quotes, &mut people);
    let mut times: Vec<Duration> = Vec::new();
    let mut extra = 0;
    let mut kept = 0;
    let before = LIVE.load(Ordering::Relaxed);
    for _ in 0..runs {
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let t = Instant::now();
        let clusters = group::group(&corpus, &mut quotes);
        times.push(t.elapsed());
        extra = PEAK.load(Ordering::Relaxed) - before;
        kept = LIVE.load(Ordering::Relaxed).saturating_sub(before);
        drop(clusters);
    }
    times.sort();
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    println!(
        "{} articles, {} quotes; heap before grouping {:.1} MB",
        corpus.articles.len(),
        quotes.len(),
        mb(before)
    );
    println!(
        "grouping + alignment: median {:.1} ms over {runs} runs; peak extra heap {:.1} MB, of which the result (clusters) {:.1} MB",
        median.as_secs_f64() * 1e3,
        mb(extra),
        mb(kept)
    );
    Ok(())
}
