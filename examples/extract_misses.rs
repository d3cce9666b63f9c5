//! Lists the labelled quotations of the `tune` half of the news set that the
//! engine does not extract, each with the text around it, for tuning
//! extraction: `cargo run --release --example extract_misses [-- STORY]`.
//! With `--unlabelled-unquoted` it lists instead the statements the engine
//! takes without quotation marks that match no label (each one a false
//! quote in the reader), and counts them; on `check` stories it only
//! counts them, printing none of their text.
//!
//! Only `tune` stories are printed: `check` stories are for measuring, and
//! their texts stay unread while rules are tuned.

use std::ops::Range;
use std::path::Path;

use anyhow::anyhow;
use verbatim::analysis::{Analysis, analyze};
use verbatim::eval::{Located, Split, Story, locate};
use verbatim::quotes::Quote;

const ROOT: &str = "tests/fixtures/news";
/// Bytes of context shown on each side of a missed quotation.
const CONTEXT: usize = 90;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let unlabelled = args.iter().any(|a| a == "--unlabelled-unquoted");
    let only_story = args.into_iter().find(|a| !a.starts_with("--"));
    let (mut unlabelled_tune, mut unlabelled_check) = (0, 0);
    let split = Split::load(Path::new(ROOT))?;
    for dir in Story::dirs(Path::new(ROOT)) {
        let story = Story::load(&dir)?;
        let name = &story.labels.story;
        let tune = split.half_of(name) == Some("tune");
        if !(tune || unlabelled) || only_story.as_deref().is_some_and(|s| s != name) {
            continue;
        }
        let analysis = analyze(&story.corpus);
        let located = locate(&story, &analysis).map_err(|e| anyhow!(e))?;
        if unlabelled && !tune {
            unlabelled_check += unlabelled_unquoted(&analysis, &located).count();
            continue;
        }
        println!("=== {name}");
        if unlabelled {
            for quote in unlabelled_unquoted(&analysis, &located) {
                let source = quote.source.index();
                let text = &story.corpus.articles[source].text;
                println!(
                    "-- {}\n   ⟦{}⟧",
                    story.labels.articles[source].file,
                    text[quote.inner()].replace('\n', "¶")
                );
                unlabelled_tune += 1;
            }
            continue;
        }
        for missed in located.iter().filter(|l| l.engine.is_none()) {
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
    if unlabelled {
        println!(
            "unquoted statements matching no label: tune {unlabelled_tune}, check {unlabelled_check}"
        );
    }
    Ok(())
}

/// The engine's statements without quotation marks that cover no labelled
/// quotation (by the scorer's rule: half of the longer span shared).
fn unlabelled_unquoted<'a>(
    analysis: &'a Analysis,
    located: &'a [Located],
) -> impl Iterator<Item = &'a Quote> {
    analysis.quotes.iter().filter(move |q| {
        !q.quoted
            && !located
                .iter()
                .any(|l| l.source == q.source.index() && shares_half(&q.inner(), &l.span))
    })
}

/// Whether `a` and `b` share at least half of the longer of the two.
fn shares_half(a: &Range<usize>, b: &Range<usize>) -> bool {
    let shared = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    shared > 0 && shared * 2 >= a.len().max(b.len())
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
