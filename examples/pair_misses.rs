//! Lists how grouping splits and joins the labelled renderings of the `tune`
//! half of the news set, for tuning grouping: per utterance label that the
//! engine splits, each rendering with the groups of its units; then every
//! false pair (two quotes in one group that render different utterances).
//! `cargo run --release --example pair_misses [-- STORY]`
//!
//! Only `tune` stories are printed: `check` stories are for measuring, and
//! their texts stay unread while rules are tuned. `-- --check-tally` prints
//! each `check` story's TALLY line alone (counts, no text): whether the
//! check half's misses have the shapes the tune half's have.

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
use quote_groups::groups_of;
use verbatim::analysis::analyze;
use verbatim::eval::{Located, locate};
use verbatim::quotes::Quote;

fn main() -> anyhow::Result<()> {
    let check_tally = std::env::args().any(|a| a == "--check-tally");
    let only_story = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let half = if check_tally { "check" } else { "tune" };
    let mut total = Kinds::default();
    for story in stories_of(half, only_story)? {
        let story = story?;
        let analysis = analyze(&story.corpus);
        let found = locate(&story, &analysis).map_err(|e| anyhow!(e))?;
        println!("=== {}", story.labels.story);
        if check_tally {
            println!("{}", tally_of(&found, &mut total));
            continue;
        }
        let text_of = |f: &Located| -> String {
            let Some(q) = f.engine else {
                return format!("(not extracted) {}", f.gold.text);
            };
            let src = &story.corpus.articles[q.source.index()].text;
            q.units
                .iter()
                .map(|u| {
                    let c = u.cluster.map_or("-".into(), |c| c.index().to_string());
                    format!("[{c}] {}", &src[u.range()])
                })
                .collect::<Vec<_>>()
                .join(" | ")
        };
        let mut by_label: BTreeMap<&str, Vec<&Located>> = BTreeMap::new();
        for f in &found {
            for l in f.gold.utterance.labels() {
                by_label.entry(l).or_default().push(f);
            }
        }
        for (label, members) in &by_label {
            let extracted: Vec<_> = members.iter().filter(|f| f.engine.is_some()).collect();
            let split_up = extracted.iter().enumerate().any(|(i, a)| {
                extracted[i + 1..]
                    .iter()
                    .any(|b| a.language == b.language && !share(a.engine, b.engine))
            });
            if !split_up {
                continue;
            }
            let (mut missed, mut pairs) = (0, 0);
            for (i, a) in extracted.iter().enumerate() {
                for b in &extracted[i + 1..] {
                    if a.language == b.language && a.language == "en" {
                        pairs += 1;
                        missed += usize::from(!share(a.engine, b.engine));
                    }
                }
            }
            println!("-- {label} (English pairs missed: {missed} of {pairs})");
            for f in members {
                println!(
                    "   {} {} {:?}: {}",
                    f.language,
                    f.file,
                    f.gold.speaker.as_deref().unwrap_or("?"),
                    text_of(f)
                );
            }
        }
        // Gold speaker, then the engine's: a false pair across two named
        // speakers is a different kind of miss than one within a speaker.
        let speakers = |f: &Located| -> String {
            let got = f
                .engine
                .and_then(|q| q.speaker)
                .map_or("-", |p| analysis.people[p.index()].name.as_str());
            format!("{} / {got}", f.gold.speaker.as_deref().unwrap_or("?"))
        };
        println!("{}", tally_of(&found, &mut total));
        for (i, a) in found.iter().enumerate() {
            for b in &found[i + 1..] {
                let gold = same_utterance(a, b);
                let same_quote = matches!((a.engine, b.engine), (Some(x), Some(y)) if x.id == y.id);
                if !gold && !same_quote && share(a.engine, b.engine) && a.language == b.language {
                    println!(
                        "FALSE {:?} vs {:?}\n   {} ({}): {}\n   {} ({}): {}",
                        a.gold.utterance.labels(),
                        b.gold.utterance.labels(),
                        a.file,
                        speakers(a),
                        text_of(a),
                        b.file,
                        speakers(b),
                        text_of(b)
                    );
                }
            }
        }
    }
    println!("=== all {half} stories\n{total}");
    Ok(())
}

/// The story's tally and kinds of missed pairs, its kinds added to `total`.
fn tally_of(found: &[Located], total: &mut Kinds) -> String {
    let (mut tally, mut kinds) = (Tally::default(), Kinds::default());
    for (i, a) in found.iter().enumerate() {
        for b in &found[i + 1..] {
            tally.add(a, b);
            kinds.add(a, b);
        }
    }
    total.merge(&kinds);
    format!("{tally}\n{kinds}")
}

/// Missed pairs (two renderings of one utterance in no common group), by
/// what stands in grouping's way: a side not extracted, a side of at most
/// `SHORT_SIDE` words, two long sides sharing a run of `VERBATIM_RUN` words
/// (a copy of one wording), two long sides with no such run (independent
/// translations or paraphrases), or two languages.
#[derive(Default)]
struct Kinds {
    not_extracted: usize,
    short: usize,
    verbatim: usize,
    reworded: usize,
    cross_language: usize,
}

/// A side this short is a fragment, not a sentence to reword.
const SHORT_SIDE: usize = 3;
/// Words in a row two renderings share when one copies the other's wording.
const VERBATIM_RUN: usize = 4;

impl Kinds {
    fn merge(&mut self, o: &Kinds) {
        self.not_extracted += o.not_extracted;
        self.short += o.short;
        self.verbatim += o.verbatim;
        self.reworded += o.reworded;
        self.cross_language += o.cross_language;
    }

    fn add(&mut self, a: &Located, b: &Located) {
        if !same_utterance(a, b) {
            return;
        }
        if let (Some(qa), Some(qb)) = (a.engine, b.engine)
            && (qa.id == qb.id || share(a.engine, b.engine))
        {
            return;
        }
        let slot = if a.language != b.language {
            &mut self.cross_language
        } else if a.engine.is_none() || b.engine.is_none() {
            &mut self.not_extracted
        } else {
            let (wa, wb) = (words(&a.gold.text), words(&b.gold.text));
            if wa.len().min(wb.len()) <= SHORT_SIDE {
                &mut self.short
            } else if longest_run(&wa, &wb) >= VERBATIM_RUN {
                &mut self.verbatim
            } else {
                &mut self.reworded
            }
        };
        *slot += 1;
    }
}

impl std::fmt::Display for Kinds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "KINDS missed: {} not extracted, {} a side <= {SHORT_SIDE} words, {} long with a \
             {VERBATIM_RUN}-word run, {} long and reworded; {} across languages",
            self.not_extracted, self.short, self.verbatim, self.reworded, self.cross_language
        )
    }
}

/// The longest run of words `a` and `b` share in a row.
fn longest_run(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0; b.len() + 1];
    let mut best = 0;
    for x in a {
        let mut row = vec![0; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            if x == y {
                row[j + 1] = prev[j] + 1;
                best = best.max(row[j + 1]);
            }
        }
        prev = row;
    }
    best
}

/// Whether the labels say the two quotes render a common utterance.
fn same_utterance(a: &Located, b: &Located) -> bool {
    let of_b = b.gold.utterance.labels();
    a.gold.utterance.labels().iter().any(|l| of_b.contains(l))
}

fn share(a: Option<&Quote>, b: Option<&Quote>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    let of_b = groups_of(b);
    groups_of(a).iter().any(|g| of_b.contains(g))
}

/// Missed and false pairs (same language, both extracted), and how many of
/// them involve a quotation labelled with several utterances: `long` when
/// such a quote holds fewer units than labels (a unit holds two utterances),
/// `split` when it has a unit per label.
#[derive(Default)]
struct Tally {
    missed: [usize; 3],
    false_pairs: [usize; 3],
    /// False pairs whose quotes the engine gives one speaker, two, or
    /// none on at least one side.
    false_by_speaker: [usize; 3],
    /// False pairs where one quote has at most `SHORT_WORDS` words.
    false_short: usize,
}

/// A fragment's length in words, for the tally's short false pairs.
const SHORT_WORDS: usize = 4;

impl Tally {
    fn add(&mut self, a: &Located, b: &Located) {
        let (Some(qa), Some(qb)) = (a.engine, b.engine) else {
            return;
        };
        if a.language != b.language || qa.id == qb.id {
            return;
        }
        let labels = |f: &Located| f.gold.utterance.labels().len();
        let gold = same_utterance(a, b);
        let engine = share(a.engine, b.engine);
        let slot = if gold && !engine {
            &mut self.missed
        } else if !gold && engine {
            &mut self.false_pairs
        } else {
            return;
        };
        slot[0] += 1;
        if !gold {
            let k = match (qa.speaker, qb.speaker) {
                (Some(x), Some(y)) if x == y => 0,
                (Some(_), Some(_)) => 1,
                _ => 2,
            };
            self.false_by_speaker[k] += 1;
            let short = |f: &Located| f.gold.text.split_whitespace().count() <= SHORT_WORDS;
            self.false_short += usize::from(short(a) || short(b));
        }
        let long = |f: &Located, q: &Quote| labels(f) > 1 && q.units.len().max(1) < labels(f);
        let several = |f: &Located| labels(f) > 1;
        if long(a, qa) || long(b, qb) {
            slot[1] += 1;
        } else if several(a) || several(b) {
            slot[2] += 1;
        }
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [m, ml, ms] = self.missed;
        let [x, xl, xs] = self.false_pairs;
        let [same, two, none] = self.false_by_speaker;
        let short = self.false_short;
        write!(
            f,
            "TALLY missed {m} (multi-utterance quote: {ml} with fewer units than labels, {ms} split) \
             false {x} ({xl} fewer units than labels, {xs} split; speakers: {same} one, {two} two, \
             {none} unknown; {short} with a quote of <= {SHORT_WORDS} words)"
        )
    }
}
