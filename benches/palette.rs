//! Palette filtering per keystroke at 100,000 candidates.
//!
//! The candidate set is synthetic but shaped like a large news corpus:
//! people with spelling variants, quotes, and mostly body sentences of
//! generated news-like prose, all from a fixed-seed generator. Each
//! benchmark is one keystroke: the first letter typed from scratch, then
//! each letter that extends the query (the searcher holding the previous
//! query's matches, as in the reader), then a backspace.
//!
//! Run: `cargo bench --bench palette`
//!
//! Measured on the 2-core build machine, idle (criterion medians,
//! `cargo bench --bench palette -- --warm-up-time 1 --measurement-time 2`),
//! ranking 100 rows as the reader does: "zelensky" 3.1 ms for "z" from
//! scratch, then 0.85-1.4 ms a letter; "ceasefire", a word in a third of the
//! sentences, 5.3 ms for "c", then 3.1-4.6 ms; backspace 0.24 ms; "e" from
//! scratch 5.1 ms; building the index 0.28 s. Weak spot: "very grt" costs
//! 21-59 ms a letter from "ve" on, because this vocabulary has no good match
//! for it, so tens of thousands of weak matches score within reach of the
//! top rows and each must be scored.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use verbatim::corpus::Corpus;
use verbatim::ids::{PersonId, QuoteId, SourceId};
use verbatim::search::{Candidate, CandidateKind, SearchIndex, Searcher, Target};

const CANDIDATES: usize = 100_000;
/// Rows the reader ranks per keystroke (`PALETTE_PAGE` in `src/tui/palette.rs`).
const VISIBLE: usize = 100;

/// A small deterministic generator (xorshift64*), so runs compare.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[(self.next() % words.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const FIRST: &[&str] = &[
    "Volodymyr",
    "Donald",
    "Vladimir",
    "Friedrich",
    "Giorgia",
    "Emmanuel",
    "Keir",
    "Ursula",
    "Mark",
    "Alexander",
    "Sergei",
    "Dmitry",
    "Antonio",
    "Kaja",
    "Olena",
    "Andrii",
    "Marco",
    "Pete",
    "Yulia",
    "Denys",
];
const LAST: &[&str] = &[
    "Zelenskyy",
    "Trump",
    "Putin",
    "Merz",
    "Meloni",
    "Macron",
    "Starmer",
    "von der Leyen",
    "Rutte",
    "Stubb",
    "Lavrov",
    "Peskov",
    "Costa",
    "Kallas",
    "Sybiha",
    "Yermak",
    "Rubio",
    "Hegseth",
    "Svyrydenko",
    "Shmyhal",
    "Witkoff",
    "Ushakov",
    "Zakharova",
    "Nebenzya",
    "Kellogg",
];
const NOUNS: &[&str] = &[
    "ceasefire",
    "summit",
    "talks",
    "guarantees",
    "territory",
    "sanctions",
    "negotiations",
    "delegation",
    "agreement",
    "proposal",
    "front line",
    "offensive",
    "security",
    "leaders",
    "officials",
    "meeting",
    "statement",
    "region",
    "troops",
    "sovereignty",
    "concessions",
    "war",
    "peace plan",
    "alliance",
    "briefing",
    "reporters",
    "diplomats",
    "capital",
    "border",
    "drones",
];
const VERBS: &[&str] = &[
    "said",
    "told",
    "rejected",
    "welcomed",
    "proposed",
    "discussed",
    "warned",
    "insisted",
    "confirmed",
    "denied",
    "signalled",
    "outlined",
    "described",
    "urged",
    "demanded",
    "agreed",
    "suggested",
    "announced",
    "reiterated",
    "questioned",
];
const FILLER: &[&str] = &[
    "the",
    "a",
    "of",
    "in",
    "on",
    "with",
    "and",
    "that",
    "for",
    "after",
    "before",
    "during",
    "its",
    "their",
    "new",
    "possible",
    "direct",
    "European",
    "Ukrainian",
    "Russian",
    "American",
    "key",
    "late",
    "early",
    "Monday",
    "Tuesday",
    "in Alaska",
    "in Washington",
    "in Kyiv",
    "in Moscow",
    "at the White House",
    "on Saturday",
    "by phone",
    "last week",
    "according to sources",
];

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
}

fn sentence(rng: &mut Rng) -> String {
    let mut words: Vec<String> = Vec::new();
    let len = 8 + rng.below(24);
    while (words.len() as u64) < len {
        let w = match rng.below(10) {
            0 => person(rng),
            1 | 2 => rng.pick(NOUNS).to_owned(),
            3 => rng.pick(VERBS).to_owned(),
            4 => format!("“{}”", rng.pick(NOUNS)),
            5 => format!("{}", 2 + rng.below(2030)),
            _ => rng.pick(FILLER).to_owned(),
        };
        words.push(w);
    }
    let mut s = words.join(" ");
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    s.push('.');
    s
}

fn candidate(kind: CandidateKind, text: String, n: usize) -> Candidate {
    let target = match kind {
        CandidateKind::Person => Target::Person {
            person: PersonId::new(n),
        },
        CandidateKind::Variant => Target::Variant {
            person: PersonId::new(n),
            variant: 1,
        },
        CandidateKind::Quote => Target::Quote {
            quote: QuoteId::new(n),
        },
        CandidateKind::Title => Target::Title {
            source: SourceId::new(n),
        },
        CandidateKind::Sentence => Target::Sentence {
            source: SourceId::new(n / 40),
            start: 0,
            end: text.len(),
        },
    };
    Candidate {
        kind,
        detail: String::new().into(),
        source: Some(SourceId::new(n / 40)),
        start: 0,
        end: text.len(),
        text: text.into(),
        target,
    }
}

/// 500 people, 1,000 variants, 5,000 quotes, 2,500 titles, the rest sentences.
pub fn synthetic_index() -> SearchIndex {
    SearchIndex::from_candidates(synthetic_candidates())
}

fn synthetic_candidates() -> Vec<Candidate> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::with_capacity(CANDIDATES);
    for n in 0..500 {
        out.push(candidate(CandidateKind::Person, person(&mut rng), n));
    }
    for n in 0..1000 {
        out.push(candidate(
            CandidateKind::Variant,
            rng.pick(LAST).to_owned(),
            n / 2,
        ));
    }
    for n in 0..5000 {
        out.push(candidate(CandidateKind::Quote, sentence(&mut rng), n));
    }
    for n in 0..2500 {
        let title: String = sentence(&mut rng).chars().take(90).collect();
        out.push(candidate(CandidateKind::Title, title, n));
    }
    let mut n = 0;
    while out.len() < CANDIDATES {
        out.push(candidate(CandidateKind::Sentence, sentence(&mut rng), n));
        n += 1;
    }
    out
}

fn keystrokes(c: &mut Criterion) {
    let index = synthetic_index();
    // The synthetic candidates own their texts: no corpus behind them.
    let corpus = Corpus::default();
    let mut group = c.benchmark_group("palette_100k");
    group.sample_size(30);
    // Typing a name, and a phrase with a typo, letter by letter; each step
    // starts from a searcher that has seen the query before it.
    for word in ["zelensky", "ceasefire", "very grt"] {
        for n in 1..=word.len() {
            let (prev, query) = (&word[..n - 1], &word[..n]);
            let mut base = Searcher::new();
            if !prev.is_empty() {
                base.search(&index, &corpus, prev, VISIBLE);
            }
            let name = if prev.is_empty() {
                format!("type {query:?} from scratch")
            } else {
                format!("type {query:?} after {prev:?}")
            };
            group.bench_function(name, |b| {
                b.iter_batched(
                    || base.clone(),
                    |mut s| black_box(s.search(&index, &corpus, query, VISIBLE)),
                    BatchSize::LargeInput,
                )
            });
        }
    }
    // A common letter matches nearly everything: the worst single keystroke.
    group.bench_function("type \"e\" from scratch", |b| {
        b.iter_batched(
            Searcher::new,
            |mut s| black_box(s.search(&index, &corpus, "e", VISIBLE)),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("type \"very grt\" at once", |b| {
        b.iter_batched(
            Searcher::new,
            |mut s| black_box(s.search(&index, &corpus, "very grt", VISIBLE)),
            BatchSize::LargeInput,
        )
    });
    let mut typed = Searcher::new();
    typed.search(&index, &corpus, "zel", VISIBLE);
    typed.search(&index, &corpus, "zele", VISIBLE);
    group.bench_function("backspace \"zele\" to \"zel\"", |b| {
        b.iter_batched(
            || typed.clone(),
            |mut s| black_box(s.search(&index, &corpus, "zel", VISIBLE)),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// Building the index (folded forms, text shapes, tie order) happens once per load.
fn build(c: &mut Criterion) {
    let candidates = synthetic_candidates();
    let mut group = c.benchmark_group("palette_100k");
    group.sample_size(10);
    group.bench_function("build the index", |b| {
        b.iter_batched(
            || candidates.clone(),
            |cs| black_box(SearchIndex::from_candidates(cs)),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, keystrokes, build);
criterion_main!(benches);
