//! Writes a synthetic corpus with known truth:
//! `cargo run --release --example gen_corpus -- OUT_DIR N [SEED]`
//! gives N articles `NNNNN.txt` (about 4 KB each) and `truth.json`
//! (per quote: file, byte span of the inner text, utterance id, speaker).

use std::path::PathBuf;

use anyhow::{Context, bail};
use serde::Serialize;
use verbatim::synth::{self, TruthQuote};

#[derive(Serialize)]
struct Truth<'a> {
    version: u32,
    seed: u64,
    articles: usize,
    quotes: &'a [TruthQuote],
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (args.first(), args.get(1)) else {
        bail!("usage: gen_corpus OUT_DIR N [SEED]");
    };
    let n: usize = n.parse().context("N must be a number")?;
    let seed: u64 = match args.get(2) {
        Some(s) => s.parse().context("SEED must be a number")?,
        None => 1,
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let corpus = synth::generate(n, seed);
    for (name, text) in &corpus.articles {
        std::fs::write(dir.join(name), text)?;
    }
    let truth = Truth {
        version: 1,
        seed,
        articles: n,
        quotes: &corpus.truth,
    };
    std::fs::write(dir.join("truth.json"), serde_json::to_vec_pretty(&truth)?)?;
    eprintln!(
        "wrote {} articles, {} quotes to {}",
        n,
        corpus.truth.len(),
        dir.display()
    );
    Ok(())
}
