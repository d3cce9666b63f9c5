//! The palette at scale: builds the reader's index over a folder, then types
//! queries letter by letter as the reader's ranking thread sees them (one
//! [`Searcher`] kept across keystrokes, a page of 100 rows ranked) and
//! prints p50/p95/max of the time each keystroke's results take.
//!
//! `cargo run --release --example palette_keys -- DIR [QUERY...]`
//!
//! In the reader this time is spent off the input path: a keystroke only
//! sends the query to the ranking thread, and the palette shows the last
//! results until these arrive.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use verbatim::corpus::LoadOptions;
use verbatim::search::Searcher;
use verbatim::session::Session;

/// Rows the reader ranks per keystroke (`tui::palette::PALETTE_PAGE`).
const PAGE: usize = 100;

const QUERIES: &[&str] = &[
    "putin",
    "zelensky",
    "zelenksy",
    "ceasefire",
    "very grt",
    "we will not surrender",
    "kremlin",
    "biden said",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().context("usage: palette_keys DIR [QUERY...]")?);
    let given: Vec<String> = args.collect();
    let queries: Vec<&str> = if given.is_empty() {
        QUERIES.to_vec()
    } else {
        given.iter().map(String::as_str).collect()
    };
    let session = Session::open(&[dir], &LoadOptions::default(), |_, _, _| {})?;
    let started = Instant::now();
    let index = session.index();
    println!(
        "{} articles, {} candidates; analysis + index in {:.1} s",
        session.corpus.articles.len(),
        index.len(),
        started.elapsed().as_secs_f64()
    );
    let mut all = Vec::new();
    for query in &queries {
        let mut searcher = Searcher::new();
        let mut times = Vec::new();
        let mut top = String::new();
        for (at, c) in query.char_indices() {
            let typed = &query[..at + c.len_utf8()];
            let t = Instant::now();
            let hits = searcher.search(index, &session.corpus, typed, PAGE);
            times.push(t.elapsed());
            top = hits
                .first()
                .and_then(|h| index.get(h.candidate))
                .map_or("-".into(), |c| {
                    format!("{} {:?}", c.kind.as_str(), c.text(&session.corpus))
                });
        }
        let worst = times.iter().max().copied().unwrap_or_default();
        println!(
            "{query:<24} {} keys, slowest {:>6.1} ms, {} matches; first: {}",
            times.len(),
            worst.as_secs_f64() * 1e3,
            searcher.match_count(),
            top.chars().take(70).collect::<String>()
        );
        all.extend(times);
    }
    all.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{} keystrokes: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        all.len(),
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.95)),
        ms(all.last().copied().unwrap_or_default())
    );
    Ok(())
}
