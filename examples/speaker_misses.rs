//! Lists the speaker misses of the `tune` half of the labelled news set, for
//! tuning attribution: per quote, the labelled speaker, what the engine said
//! and the words of the sentence around the quote.
//! `cargo run --release --example speaker_misses [-- LANG]`
//!
//! Only `tune` stories are printed: `check` stories are for measuring, and
//! their texts stay unread while rules are tuned. `-- --check-tally` (or
//! `--tally` for `tune`) prints counts alone, no text: per story, the misses
//! by kind and by the shape of the sentence around the quote (see
//! `misses_tally.rs`), so the check half's misses can be compared with the
//! tune half's without reading them.

#[path = "support/half_stories.rs"]
mod half_stories;
#[path = "support/misses_tally.rs"]
mod misses_tally;

use anyhow::anyhow;
use half_stories::stories_of;
use verbatim::analysis::analyze;
use verbatim::eval::{locate, same_person};

fn main() -> anyhow::Result<()> {
    let check_tally = std::env::args().any(|a| a == "--check-tally");
    let tally_only = check_tally || std::env::args().any(|a| a == "--tally");
    let half = if check_tally { "check" } else { "tune" };
    let only_language = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let mut summary: std::collections::BTreeMap<(String, &str), usize> = Default::default();
    let mut half_tally = misses_tally::Tally::default();
    let mut by_language: std::collections::BTreeMap<String, misses_tally::Tally> =
        Default::default();
    for story in stories_of(half, None)? {
        let story = story?;
        let analysis = analyze(&story.corpus);
        let found = locate(&story, &analysis).map_err(|e| anyhow!(e))?;
        if tally_only {
            let mut tally = misses_tally::Tally::default();
            for f in found
                .iter()
                .filter(|f| only_language.as_deref().is_none_or(|l| l == f.language))
            {
                let one = misses_tally::Tally::of(&story, &analysis, f);
                tally += &one;
                *by_language.entry(f.language.to_string()).or_default() += &one;
            }
            println!("=== {}\n{tally}", story.labels.story);
            half_tally += &tally;
            continue;
        }
        for found in found {
            if only_language
                .as_deref()
                .is_some_and(|l| l != found.language)
            {
                continue;
            }
            let text = &story.corpus.articles[found.source].text;
            let (Some(speaker), Some(q)) = (&found.gold.speaker, found.engine) else {
                continue;
            };
            let got = q.speaker.map(|p| analysis.people[p.index()].name.clone());
            let right = q
                .speaker
                .is_some_and(|p| same_person(&analysis.people[p.index()], speaker));
            let kind = if right {
                "right"
            } else if got.is_none() {
                "none"
            } else {
                "wrong"
            };
            *summary
                .entry((found.language.to_string(), kind))
                .or_default() += 1;
            if right {
                continue;
            }
            let context =
                |r: std::ops::Range<usize>| text.get(r).unwrap_or("").replace('\n', " ⏎ ");
            let before_from = q.sentence().start.min(q.outer().start);
            let before_from = floor(text, before_from.min(q.outer().start));
            let para_from = text[..before_from].rfind('\n').map_or(0, |i| i + 1);
            let lead_from = floor(text, para_from.max(before_from.saturating_sub(160)));
            let shape = misses_tally::Tally::of(&story, &analysis, &found)
                .shape_name()
                .unwrap_or("");
            println!(
                "[{}] {} {} ({shape}): gold {speaker:?} got {got:?}\n   … {} ⟦{}⟧ {} …\n",
                found.language,
                found.file,
                kind,
                context(lead_from..q.outer().start),
                truncate(&context(q.inner()), 70),
                context(q.outer().end..ceil(text, q.sentence().end.max(q.outer().end) + 40)),
            );
        }
    }
    if tally_only {
        for (language, tally) in &by_language {
            println!("=== {half} {language}\n{tally}");
        }
        println!("=== {half} total\n{half_tally}");
    }
    for ((language, kind), n) in summary {
        println!("{language} {kind} {n}");
    }
    Ok(())
}

/// The char boundary at or before `i` (`str::floor_char_boundary` needs a newer Rust).
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary at or after `i`.
fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let head: String = s.chars().take(max / 2).collect();
        let tail: String = s
            .chars()
            .rev()
            .take(max / 2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("{head} … {tail}")
    }
}
