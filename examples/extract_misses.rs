//! Lists the labelled quotations of the `tune` half of the news set that the
//! engine does not extract, each with the text around it, for tuning
//! extraction: `cargo run --release --example extract_misses [-- STORY]`.
//! With `--unlabelled-unquoted` it lists instead the statements the engine
//! takes without quotation marks that match no label (each one a false
//! quote in the reader), and counts them; on `check` stories it only
//! counts them, printing none of their text.
//!
//! With `--shapes` it counts the missed statements without quotation
//! marks of each half by the layout around them (a colon before, a dash or
//! a reporting clause after, a paragraph of their own…), printing no text:
//! which unquoted forms the rules miss on stories they were not tuned on.
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
    let shapes = args.iter().any(|a| a == "--shapes");
    let mut shape_counts: std::collections::BTreeMap<(&str, &str, String), usize> =
        Default::default();
    let only_story = args.into_iter().find(|a| !a.starts_with("--"));
    let (mut unlabelled_tune, mut unlabelled_check) = (0, 0);
    let split = Split::load(Path::new(ROOT))?;
    for dir in Story::dirs(Path::new(ROOT)) {
        let story = Story::load(&dir)?;
        let name = &story.labels.story;
        let tune = split.half_of(name) == Some("tune");
        if !(tune || unlabelled || shapes) || only_story.as_deref().is_some_and(|s| s != name) {
            continue;
        }
        let analysis = analyze(&story.corpus);
        let located = locate(&story, &analysis).map_err(|e| anyhow!(e))?;
        if shapes {
            let half = if tune { "tune" } else { "check" };
            for missed in located
                .iter()
                .filter(|l| l.engine.is_none() && !l.gold.quoted)
            {
                let text = &story.corpus.articles[missed.source].text;
                let key = (
                    half,
                    shape(text, missed.span.clone()),
                    missed.language.to_string(),
                );
                *shape_counts.entry(key).or_default() += 1;
            }
            continue;
        }
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
    for ((half, shape, language), n) in &shape_counts {
        println!("{half:<6} {shape:<34} {language:<3} {n}");
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

/// The layout around a statement printed without marks at `span`: what
/// stands right before it in its paragraph and right after it.
fn shape(text: &str, span: Range<usize>) -> &'static str {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let before = text[line_start..span.start].trim_end();
    let after = text[span.end..line_end].trim_start();
    let next_line = text[line_end..].trim_start().lines().next().unwrap_or("");
    let dash = |s: &str| s.starts_with(['-', '–', '—']);
    let first_word_lower = |s: &str| s.chars().next().is_some_and(char::is_lowercase);
    if before.ends_with(':') {
        if before.split_whitespace().count() <= 3 {
            "label 'Name:' before"
        } else {
            "clause and colon before"
        }
    } else if dash(after.trim_start_matches([',', '.'])) {
        "dash after"
    } else if after.starts_with(',') || text[span.clone()].ends_with(',') {
        "comma clause after"
    } else if after.is_empty() && before.is_empty() {
        let previous_line = text[..line_start]
            .trim_end()
            .lines()
            .next_back()
            .unwrap_or("");
        if previous_line.ends_with(':') {
            "own paragraph, colon line before"
        } else if previous_line.starts_with(['"', '“', '«', '„']) {
            "own paragraph, after a quoted one"
        } else if dash(next_line) || first_word_lower(next_line) {
            "own paragraph, attribution next"
        } else {
            "own paragraph"
        }
    } else if after.is_empty() {
        "ends its paragraph"
    } else if before.is_empty() {
        "opens its paragraph"
    } else {
        "mid-paragraph"
    }
}
