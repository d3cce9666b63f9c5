//! Lists the labelled quotations of the `tune` half of the news set that the
//! engine does not extract, each with the text around it, for tuning
//! extraction: `cargo run --release --example extract_misses [-- STORY]`.
//!
//! Only `tune` stories are printed: `check` stories are for measuring, and
//! their texts stay unread while rules are tuned.

use std::path::Path;

use anyhow::anyhow;
use verbatim::analysis::analyze;
use verbatim::eval::{Split, Story, locate};

const ROOT: &str = "tests/fixtures/news";
/// Bytes of context shown on each side of a missed quotation.
const CONTEXT: usize = 90;

fn main() -> anyhow::Result<()> {
    let only_story = std::env::args().nth(1);
    let split = Split::load(Path::new(ROOT))?;
    for dir in Story::dirs(Path::new(ROOT)) {
        let story = Story::load(&dir)?;
        let name = &story.labels.story;
        if split.half_of(name) != Some("tune") || only_story.as_deref().is_some_and(|s| s != name) {
            continue;
        }
        let analysis = analyze(&story.corpus);
        println!("=== {name}");
        for missed in locate(&story, &analysis)
            .map_err(|e| anyhow!(e))?
            .iter()
            .filter(|l| l.engine.is_none())
        {
            let text = &story.corpus.articles[missed.source].text;
            let span = missed.span.clone();
            let before = floor(text, span.start.saturating_sub(CONTEXT));
            let after = ceil(text, (span.end + CONTEXT).min(text.len()));
            println!(
                "-- {} [{}{}]\n   …{}⟦{}⟧{}…",
                missed.file,
                missed.language,
                if missed.gold.quoted { "" } else { ", unquoted" },
                text[before..span.start].replace('\n', "¶"),
                &text[span.clone()],
                text[span.end..after].replace('\n', "¶"),
            );
        }
    }
    Ok(())
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
