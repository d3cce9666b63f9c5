//! Counts the missed English pairs of the `tune` half that have a side of at
//! most three words, by what kept the short side out of its partner's group:
//! `cargo run --release --example short_misses [-- STORY] [-- --list]`.
//!
//! Each missed pair (two renderings of one utterance in no common group)
//! is put in one class, read from the engine's output alone:
//! - `alone`: the short side is in no group; split by whether its words
//!   stand as one run in the partner, in another rendering of the
//!   partner's group (when it has one), or nowhere there (reworded), and
//!   whether the engine gives both sides one speaker;
//! - `short group`: the short side sits in a group made only of quotes of
//!   at most three words (its own copies), not merged into the partner's;
//! - `other group`: the short side sits in a group with longer renderings,
//!   not the partner's (a wrong statement, or the partner is split off);
//! - `partner alone`: the short side is grouped but the partner is not.
//!
//! Only `tune` stories are read (the check half's texts stay unread).

#[path = "support/folded_words.rs"]
mod folded_words;
#[path = "support/half_stories.rs"]
mod half_stories;
#[path = "support/quote_groups.rs"]
mod quote_groups;

use std::collections::BTreeMap;

use anyhow::anyhow;
use folded_words::words;
use half_stories::stories_of;
use quote_groups::{groups_of, missed_pairs};
use verbatim::analysis::analyze;
use verbatim::eval::{Located, locate};
use verbatim::quotes::Quote;

const SHORT: usize = 3;

fn main() -> anyhow::Result<()> {
    let list = std::env::args().any(|a| a == "--list");
    let only_story = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let mut total: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for story in stories_of("tune", only_story)? {
        let story = story?;
        let analysis = analyze(&story.corpus);
        let found = locate(&story, &analysis).map_err(|e| anyhow!(e))?;
        let found: Vec<&Located> = found
            .iter()
            .filter(|f| f.language == "en" && f.engine.is_some())
            .collect();
        let text = |q: &Quote| -> String {
            story.corpus.articles[q.source.index()].text[q.inner()].to_string()
        };
        let name = |q: &Quote| {
            q.speaker
                .map_or("-".to_string(), |p| analysis.people[p.index()].name.clone())
        };
        // Per short quote: the classes of its missed pairs (counted once per
        // quote as well as per pair).
        let mut per_quote: BTreeMap<(usize, String), ()> = BTreeMap::new();
        for missed in missed_pairs(&found) {
            let (a, b) = (missed.a, missed.b);
            let (qa, qb) = missed.quotes();
            let (ga, gb) = (&missed.groups_a, &missed.groups_b);
            let (wa, wb) = (words(&a.gold.text), words(&b.gold.text));
            if wa.len().min(wb.len()) > SHORT {
                continue;
            }
            let (s, sq, sg, l, lq, lg) = if wa.len() <= wb.len() {
                (a, qa, ga, b, qb, gb)
            } else {
                (b, qb, gb, a, qa, ga)
            };
            let both_short = wa.len().max(wb.len()) <= SHORT;
            let sw = words(&text(sq));
            let speakers = if sq.speaker.is_some() && sq.speaker == lq.speaker {
                "same speaker"
            } else if sq.speaker.is_none() || lq.speaker.is_none() {
                "a speaker unknown"
            } else {
                "two speakers"
            };
            let class = if sg.is_empty() {
                let in_partner = has_run(&words(&text(lq)), &sw);
                let in_group = lg.iter().any(|&g| {
                    analysis.clusters[g.index()]
                        .quotes
                        .iter()
                        .any(|&q| has_run(&words(&text(&analysis.quotes[q.index()])), &sw))
                });
                let where_ = if in_partner {
                    "run in partner"
                } else if in_group {
                    "run in partner's group"
                } else if lg.is_empty() {
                    "no run, partner alone"
                } else {
                    "no run in partner's group"
                };
                // Whether the short side's own article quotes its
                // speaker in the partner's group (the evidence
                // `echoes` reads), and that quotation.
                let beside = analysis.quotes.iter().find(|q| {
                    q.source == sq.source
                        && q.id != sq.id
                        && q.speaker.is_some()
                        && q.speaker == sq.speaker
                        && groups_of(q).iter().any(|g| lg.contains(g))
                });
                if list && let Some(q) = beside {
                    println!("   BESIDE {:?} / {:?}", text(sq), text(q));
                }
                let beside = if beside.is_some() {
                    "beside in own article"
                } else {
                    "none beside"
                };
                format!("alone: {where_}, {speakers}, {beside}")
            } else if lg.is_empty() {
                format!("partner alone, {speakers}")
            } else {
                let short_only = sg.iter().all(|&g| {
                    analysis.clusters[g.index()]
                        .quotes
                        .iter()
                        .all(|&q| words(&text(&analysis.quotes[q.index()])).len() <= SHORT)
                });
                if short_only {
                    format!("short group, {speakers}")
                } else {
                    format!("other group, {speakers}")
                }
            };
            let class = if both_short {
                format!("[short-short] {class}")
            } else {
                class
            };
            let e = total.entry(class.clone()).or_default();
            e.0 += 1;
            if per_quote
                .insert((sq.id.index(), class.clone()), ())
                .is_none()
            {
                e.1 += 1;
            }
            if list {
                println!(
                    "{class}\n   S {} {:?} [{}] {:?}\n   L {} {:?} [{}] {:?}",
                    s.file,
                    sg.iter().map(|g| g.index()).collect::<Vec<_>>(),
                    name(sq),
                    text(sq),
                    l.file,
                    lg.iter().map(|g| g.index()).collect::<Vec<_>>(),
                    name(lq),
                    text(lq)
                );
            }
        }
    }
    let pairs: usize = total.values().map(|v| v.0).sum();
    println!(
        "=== missed English pairs with a side <= {SHORT} words: {pairs} (pairs / short quotes)"
    );
    let mut rows: Vec<_> = total.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1.0));
    for (class, (p, q)) in rows {
        println!("{p:5} {q:4}  {class}");
    }
    Ok(())
}

/// Whether `run` stands in `words` as one unbroken run.
fn has_run(words: &[String], run: &[String]) -> bool {
    !run.is_empty() && words.windows(run.len()).any(|w| w == run)
}
