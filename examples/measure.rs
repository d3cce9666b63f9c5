//! Times each stage of the pipeline on a folder, so regressions show where they are:
//! `cargo run --release --example measure -- DIR [RUNS]`
//! prints, per stage, the median wall time over RUNS runs (default 5).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use rayon::prelude::*;
use verbatim::analysis::{self, Analysis};
use verbatim::corpus::Article;
use verbatim::people;
use verbatim::quotes::{attribute, group};
use verbatim::report;
use verbatim::session::Session;

const STAGES: &[&str] = &[
    "load (read + split + classify)",
    "  of which split + classify",
    "extraction",
    "people",
    "attribution",
    "grouping + alignment",
    "source divergence",
    "JSON writing",
];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().context("usage: measure DIR [RUNS]")?);
    let runs: usize = match args.get(1) {
        Some(s) => s.parse().context("RUNS must be a number")?,
        None => 5,
    };
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); STAGES.len()];
    let mut bytes = 0;
    let mut articles = 0;
    let mut json_bytes = 0;
    // Peak resident memory after each stage of the first run.
    let mut peaks: Vec<Option<u64>> = Vec::new();
    for _ in 0..runs {
        let mut times = Vec::new();
        let mut hwm = Vec::new();
        let t = Instant::now();
        let corpus = Session::open(std::slice::from_ref(&dir), |_, _, _| {})?.corpus;
        times.push(t.elapsed());
        hwm.push(peak_rss_mb());
        bytes = corpus.total_bytes();
        articles = corpus.articles.len();

        // Re-running the article constructor isolates splitting and classifying from reading.
        let t = Instant::now();
        let rebuilt: Vec<Article> = corpus
            .articles
            .par_iter()
            .map(|a| Article::new(a.id.clone(), a.path.clone(), a.text.clone()))
            .collect();
        times.push(t.elapsed());
        hwm.push(peak_rss_mb());
        drop(rebuilt);

        let t = Instant::now();
        let mut quotes = analysis::extract_all(&corpus);
        times.push(t.elapsed());
        hwm.push(peak_rss_mb());

        let t = Instant::now();
        let mut people = people::find_people(&corpus);
        times.push(t.elapsed());
        hwm.push(peak_rss_mb());

        let t = Instant::now();
        attribute::attribute(&corpus, &mut quotes, &mut people);
        times.push(t.elapsed());
        hwm.push(peak_rss_mb());

        let t = Instant::now();
        let clusters = group::group(&corpus, &mut quotes);
        times.push(t.elapsed());
        hwm.push(peak_rss_mb());

        let t = Instant::now();
        let source_divergence = group::source_divergence(&corpus, &quotes, &clusters);
        times.push(t.elapsed());
        hwm.push(peak_rss_mb());

        let analysis = Analysis {
            quotes,
            people,
            clusters,
            source_divergence,
        };
        let t = Instant::now();
        let mut sink = Vec::new();
        report::quotes::write_json(&mut sink, &corpus, &analysis)?;
        times.push(t.elapsed());
        hwm.push(peak_rss_mb());
        json_bytes = sink.len();

        if peaks.is_empty() {
            peaks = hwm;
        }
        for (stage, time) in samples.iter_mut().zip(times) {
            stage.push(time);
        }
    }
    println!(
        "{articles} articles, {:.1} MB of text, {:.1} MB of JSON; medians of {runs} runs",
        bytes as f64 / 1e6,
        json_bytes as f64 / 1e6
    );
    let mut total = 0.0;
    for (i, (name, stage)) in STAGES.iter().zip(&mut samples).enumerate() {
        stage.sort();
        let ms = stage[stage.len() / 2].as_secs_f64() * 1e3;
        if i != 1 {
            total += ms;
        }
        let peak = peaks.get(i).copied().flatten();
        let peak = peak.map_or(String::new(), |mb| format!("   peak RSS so far {mb} MB"));
        println!("{name:<32} {ms:>9.1} ms{peak}");
    }
    println!("{:<32} {total:>9.1} ms", "total");
    Ok(())
}

/// The process's peak resident set so far (Linux `VmHWM`), in MB.
fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
