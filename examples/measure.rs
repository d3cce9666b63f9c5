//! Times each stage of the pipeline on a folder, so regressions show where they are:
//! `cargo run --release --example measure -- DIR [RUNS]`
//! prints, per stage, the median wall time over RUNS runs (default 5).

use std::path::{Path, PathBuf};
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
    let mut first: Option<Run> = None;
    for _ in 0..runs {
        let run = run_once(&dir)?;
        for (stage, time) in samples.iter_mut().zip(&run.times) {
            stage.push(*time);
        }
        first.get_or_insert(run);
    }
    let first = first.context("RUNS must be at least 1")?;
    println!(
        "{} articles, {:.1} MB of text, {:.1} MB of JSON; medians of {runs} runs",
        first.articles,
        first.bytes as f64 / 1e6,
        first.json_bytes as f64 / 1e6
    );
    let mut total = 0.0;
    for (i, (name, stage)) in STAGES.iter().zip(&mut samples).enumerate() {
        stage.sort();
        let ms = stage[stage.len() / 2].as_secs_f64() * 1e3;
        if i != 1 {
            total += ms;
        }
        let peak = first.peaks.get(i).copied().flatten();
        let peak = peak.map_or(String::new(), |mb| format!("   peak RSS so far {mb} MB"));
        println!("{name:<32} {ms:>9.1} ms{peak}");
    }
    println!("{:<32} {total:>9.1} ms", "total");
    Ok(())
}

/// One run of every stage: its times, the peak RSS after each, and sizes.
struct Run {
    times: Vec<Duration>,
    peaks: Vec<Option<u64>>,
    articles: usize,
    bytes: usize,
    json_bytes: usize,
}

impl Run {
    /// Runs `stage`, recording its time and the peak RSS after it.
    fn stage<T>(&mut self, stage: impl FnOnce() -> T) -> T {
        let t = Instant::now();
        let out = stage();
        self.times.push(t.elapsed());
        self.peaks.push(peak_rss_mb());
        out
    }
}

fn run_once(dir: &Path) -> anyhow::Result<Run> {
    let mut run = Run {
        times: Vec::new(),
        peaks: Vec::new(),
        articles: 0,
        bytes: 0,
        json_bytes: 0,
    };
    let paths = [dir.to_path_buf()];
    let corpus = run
        .stage(|| Session::open(&paths, &Default::default(), |_, _, _| {}))?
        .corpus;
    run.bytes = corpus.total_bytes();
    run.articles = corpus.articles.len();
    // Re-running the article constructor isolates splitting and classifying from reading.
    run.stage(|| {
        let rebuilt: Vec<Article> = corpus
            .articles
            .par_iter()
            .map(|a| Article::new(a.id.clone(), a.path.clone(), a.text.clone()))
            .collect();
        drop(rebuilt)
    });
    let mut quotes = run.stage(|| analysis::extract_all(&corpus));
    let mut people = run.stage(|| people::find_people(&corpus));
    run.stage(|| attribute::attribute(&corpus, &mut quotes, &mut people));
    let clusters = run.stage(|| group::group(&corpus, &mut quotes));
    let source_divergence = run.stage(|| group::source_divergence(&corpus, &quotes, &clusters));
    let analysis = Analysis {
        quotes,
        people,
        clusters,
        source_divergence,
        set_aside: Vec::new(),
    };
    let mut sink = Vec::new();
    run.stage(|| report::quotes::write_json(&mut sink, &corpus, &analysis))?;
    run.json_bytes = sink.len();
    Ok(run)
}

/// The process's peak resident set so far (Linux `VmHWM`), in MB.
fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
