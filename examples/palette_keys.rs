//! The palette at scale, typed as a person types: builds the reader's index
//! over a folder, then types each query a key every 80 ms through the
//! reader's own ranking thread (`src/tui/ranker.rs`, compiled in here), backspaces
//! half of it away, and prints two things:
//!
//! - **input**: key → frame drawn, the work the reader's input path does
//!   per key (send the query to the ranker, draw the rows it has), measured
//!   from the moment the key is due, so a UI thread starved of a core by
//!   the ranking shows up here;
//! - **shown**: key → that query's ranked results shown (keys typed over
//!   before their results came are counted apart: their results are never
//!   shown, by design), and **settle**: the last key of a burst → its
//!   results shown.
//!
//! `cargo run --release --example palette_keys -- DIR [QUERY...]`
//!
//! "Drawing" here resolves the visible rows as the palette does (text,
//! detail, highlighted ranges); the terminal write itself is `frame_time`'s
//! figure (docs/performance.md).

#[path = "../src/tui/ranker.rs"]
mod ranker;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use anyhow::Context;
use verbatim::corpus::LoadOptions;
use verbatim::session::Session;

use ranker::{Corpora, Ranked, Ranker};

/// Rows the reader ranks per keystroke (`tui::palette::PALETTE_PAGE`).
const PAGE: usize = 100;
/// Rows visible in the palette at 60 terminal rows.
const VISIBLE: usize = 18;
/// A person typing at a steady pace.
const KEY_GAP: Duration = Duration::from_millis(80);
/// How long the last query's results may take before the run gives up on them.
const SETTLE_LIMIT: Duration = Duration::from_secs(60);

const QUERIES: &[&str] = &[
    "putin",
    "zelensky",
    "zelenksy",
    "ceasefire",
    "very grt",
    "kremlin",
    "biden said",
    "peace talks",
];

/// What one run of typing measured.
#[derive(Default)]
struct Figures {
    /// Key → frame drawn, per key.
    input: Vec<Duration>,
    /// Key → its results shown, per key whose results were shown.
    shown: Vec<Duration>,
    /// Keys typed over before their results were shown.
    typed_over: usize,
    /// Last key of a burst → its results shown.
    settle: Vec<Duration>,
}

/// The palette as the example keeps it: the query typed, the newest
/// request and when each request was made, the rows shown.
struct Typist<'a> {
    data: &'a Corpora,
    ranker: Ranker,
    results: Receiver<Ranked>,
    query: String,
    generation: u64,
    /// When each generation's key was due.
    due: Vec<Instant>,
    shown_generation: u64,
    hits: Vec<verbatim::search::Hit>,
    matches: usize,
    figures: Figures,
}

impl<'a> Typist<'a> {
    fn new(data: &'a Corpora) -> anyhow::Result<Self> {
        let (tx, results) = mpsc::channel();
        let ranker = Ranker::spawn(move |r| {
            let _ = tx.send(r);
        })?;
        Ok(Typist {
            data,
            ranker,
            results,
            query: String::new(),
            generation: 0,
            due: vec![Instant::now()],
            shown_generation: 0,
            hits: Vec::new(),
            matches: 0,
            figures: Figures::default(),
        })
    }

    /// The key `key` (None: backspace), due at `due`: what the reader's
    /// input path does, timed from the moment the key was due.
    fn press(&mut self, key: Option<char>, due: Instant) {
        match key {
            Some(c) => self.query.push(c),
            None => {
                self.query.pop();
            }
        }
        self.generation += 1;
        self.due.push(due);
        self.ranker
            .request(self.generation, &self.query, PAGE, self.data.clone());
        self.draw();
        self.figures.input.push(due.elapsed());
    }

    /// Resolves the visible rows as the palette's drawing does.
    fn draw(&self) -> usize {
        let corpus = &self.data.corpus;
        let mut bytes = 0;
        for hit in self.hits.iter().take(VISIBLE) {
            if let Some(c) = self.data.index.get(hit.candidate) {
                bytes += c.text(corpus).len() + c.detail(corpus).len();
                bytes += c.highlight(corpus, &hit.matched).len();
            }
        }
        std::hint::black_box(bytes)
    }

    /// Takes results until `until`, showing those that answer the newest key.
    fn wait(&mut self, until: Instant) {
        while let Some(left) = until.checked_duration_since(Instant::now()) {
            let Ok(ranked) = self.results.recv_timeout(left) else {
                return;
            };
            self.receive(ranked);
        }
    }

    fn receive(&mut self, ranked: Ranked) {
        if ranked.generation != self.generation || ranked.query != self.query {
            return;
        }
        let due = self.due[ranked.generation as usize];
        self.hits = ranked.hits;
        self.matches = ranked.matches;
        self.draw();
        self.figures.shown.push(due.elapsed());
        self.shown_generation = ranked.generation;
    }

    /// The palette opened: the empty query's rows, not timed.
    fn open(&mut self) {
        self.press(None, Instant::now());
        self.settle();
        self.figures = Figures::default();
    }

    /// Waits for the newest key's results (or gives up after [`SETTLE_LIMIT`]).
    fn settle(&mut self) {
        let limit = Instant::now() + SETTLE_LIMIT;
        while self.shown_generation != self.generation && Instant::now() < limit {
            self.wait(Instant::now() + Duration::from_millis(20));
        }
    }

    /// Types `keys` a key every [`KEY_GAP`], then waits for the last one's results.
    fn burst(&mut self, keys: &[Option<char>]) {
        let shown_before = self.figures.shown.len();
        let start = Instant::now();
        for (k, &key) in keys.iter().enumerate() {
            let due = start + KEY_GAP * k as u32;
            self.wait(due);
            self.press(key, due);
        }
        let last_due = self.due[self.generation as usize];
        self.settle();
        self.figures.settle.push(last_due.elapsed());
        let shown = self.figures.shown.len() - shown_before;
        self.figures.typed_over += keys.len().saturating_sub(shown);
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

fn summary(name: &str, times: &mut [Duration]) -> String {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    format!(
        "{name}: {} keys, p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        times.len(),
        ms(percentile(times, 0.5)),
        ms(percentile(times, 0.95)),
        ms(times.last().copied().unwrap_or_default())
    )
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
    let started = Instant::now();
    let session = Session::open(&[dir], &LoadOptions::default(), |_, _, _| {})?;
    session.index();
    let (corpus, _, index) = session.into_parts();
    let data = Corpora {
        corpus: Arc::new(corpus),
        index: Arc::new(index),
    };
    println!(
        "{} articles, {} candidates; analysis + index in {:.1} s",
        data.corpus.articles.len(),
        data.index.len(),
        started.elapsed().as_secs_f64()
    );
    let mut all = Figures::default();
    for query in &queries {
        // A palette opened afresh for each query, as the reader does.
        let mut typist = Typist::new(&data)?;
        typist.open();
        let typed: Vec<Option<char>> = query.chars().map(Some).collect();
        let back = vec![None; query.chars().count() / 2];
        typist.burst(&typed);
        let typed_settle = typist.figures.settle.last().copied().unwrap_or_default();
        typist.burst(&back);
        let f = typist.figures;
        println!(
            "{query:<14} input max {:>5.1} ms, shown {:>2}/{:>2} keys, settle {:>6.1} ms typed, {:>6.1} ms backspaced; {} matches",
            f.input
                .iter()
                .max()
                .copied()
                .unwrap_or_default()
                .as_secs_f64()
                * 1e3,
            f.shown.len(),
            f.input.len(),
            typed_settle.as_secs_f64() * 1e3,
            f.settle.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
            typist.matches,
        );
        all.input.extend(f.input);
        all.shown.extend(f.shown);
        all.typed_over += f.typed_over;
        all.settle.extend(f.settle);
    }
    println!("{}", summary("input (key → frame)", &mut all.input));
    println!(
        "{} ({} keys typed over)",
        summary("shown (key → its results)", &mut all.shown),
        all.typed_over
    );
    println!(
        "{}",
        summary("settle (last key → results)", &mut all.settle)
    );
    Ok(())
}
