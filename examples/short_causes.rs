//! Counts the missed pairs of the `tune` half whose two sides both have at
//! most three words, in every language, by what tells them apart:
//! `cargo run --release --example short_causes [-- STORY] [-- --list]`.
//!
//! Each missed pair (two renderings of one utterance in no common group)
//! is put in one class, read from the engine's output alone:
//! - `languages`: the two articles are in different languages;
//! - `forms`: the quotes' folded words differ ("the Oreshnik" /
//!   "Oreshnik"; "deal" / "deals");
//! - otherwise the same words, by who says them: `no speaker on any copy`
//!   (no quote of the utterance with these words has a speaker), `speaker
//!   on some copies` (some have one, one side has none), `same speaker`,
//!   `two speakers`;
//!
//! each with where the sides are: both in no group, one grouped, or in two
//! groups. Only `tune` stories are read.

#[path = "support/folded_words.rs"]
mod folded_words;
#[path = "support/half_stories.rs"]
mod half_stories;
#[path = "support/quote_groups.rs"]
mod quote_groups;

use std::collections::{BTreeMap, BTreeSet};

use anyhow::anyhow;
use folded_words::words;
use half_stories::stories_of;
use quote_groups::missed_pairs;
use verbatim::analysis::analyze;
use verbatim::eval::{Located, locate};
use verbatim::quotes::Quote;

const SHORT: usize = 3;

fn main() -> anyhow::Result<()> {
    let list = std::env::args().any(|a| a == "--list");
    let only_story = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    // class -> (pairs, utterances)
    let mut total: BTreeMap<String, (usize, BTreeSet<(String, String)>)> = BTreeMap::new();
    for story in stories_of("tune", only_story)? {
        let story = story?;
        let analysis = analyze(&story.corpus);
        let found = locate(&story, &analysis).map_err(|e| anyhow!(e))?;
        let found: Vec<&Located> = found.iter().filter(|f| f.engine.is_some()).collect();
        let text = |q: &Quote| -> String {
            story.corpus.articles[q.source.index()].text[q.inner()].to_string()
        };
        let name = |q: &Quote| {
            q.speaker
                .map_or("-".to_string(), |p| analysis.people[p.index()].name.clone())
        };
        for missed in missed_pairs(&found) {
            let (a, b, label) = (missed.a, missed.b, missed.label);
            let (qa, qb) = missed.quotes();
            let (ga, gb) = (&missed.groups_a, &missed.groups_b);
            let (wa, wb) = (words(&a.gold.text), words(&b.gold.text));
            if wa.len().max(wb.len()) > SHORT {
                continue;
            }
            let (ea, eb) = (words(&text(qa)), words(&text(qb)));
            let cause = if a.language != b.language {
                "languages".to_string()
            } else if ea != eb {
                let (short, long) = if ea.len() <= eb.len() {
                    (&ea, &eb)
                } else {
                    (&eb, &ea)
                };
                if short.iter().all(|w| long.contains(w)) {
                    "forms: one holds the other".to_string()
                } else {
                    "forms: words differ".to_string()
                }
            } else {
                // The copies of the utterance with these words.
                let copies: Vec<&Quote> = found
                    .iter()
                    .filter(|f| f.gold.utterance.labels().iter().any(|l| l == label))
                    .map(|f| f.engine.unwrap())
                    .filter(|q| words(&text(q)) == ea)
                    .collect();
                let attributed = copies.iter().filter(|q| q.speaker.is_some()).count();
                if attributed == 0 {
                    format!("no speaker on any copy ({} copies)", copies.len().min(5))
                } else if qa.speaker.is_none() || qb.speaker.is_none() {
                    "speaker on some copies".to_string()
                } else if qa.speaker == qb.speaker {
                    "same speaker".to_string()
                } else {
                    "two speakers".to_string()
                }
            };
            let place = match (ga.is_empty(), gb.is_empty()) {
                (true, true) => "both alone",
                (false, false) => "two groups",
                _ => "one grouped",
            };
            let class = format!("{cause}; {place}");
            let e = total.entry(class.clone()).or_default();
            e.0 += 1;
            e.1.insert((story.labels.story.clone(), label.to_string()));
            if list {
                println!(
                    "{class}\n   {} {} {:?} [{}] {:?}\n   {} {:?} [{}] {:?}",
                    story.labels.story,
                    a.file,
                    ga.iter().map(|g| g.index()).collect::<Vec<_>>(),
                    name(qa),
                    text(qa),
                    b.file,
                    gb.iter().map(|g| g.index()).collect::<Vec<_>>(),
                    name(qb),
                    text(qb)
                );
            }
        }
    }
    let pairs: usize = total.values().map(|v| v.0).sum();
    println!("=== missed pairs with both sides <= {SHORT} words: {pairs} (pairs / utterances)");
    let mut rows: Vec<_> = total.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1.0));
    for (class, (p, u)) in rows {
        println!("{p:5} {:4}  {class}", u.len());
    }
    Ok(())
}
