//! The palette's candidates, ranking, jump targets and incremental search,
//! on a hand-built corpus and analysis (`verbatim find` as a user runs it is
//! in `find_cli.rs`).

use proptest::prelude::*;
use std::borrow::Cow;
use verbatim::analysis::Analysis;

use verbatim::corpus::{Article, Corpus, display::sanitize_line};
use verbatim::ids::{PersonId, QuoteId, SourceId, Span};
use verbatim::people::Person;
use verbatim::quotes::Quote;
use verbatim::report::find::{FindQuery, find};
use verbatim::search::{
    Candidate, CandidateKind, CandidateRef, Hit, SearchIndex, Searcher, Target,
};

const EN: &str = "Trump urges Ukraine deal after Alaska summit\n\n\
US President Donald Trump urged Ukraine to strike a deal. \"Russia is a very big power, and they're not,\" Trump said. Volodymyr Zelenskyy is expected in Washington on Monday.\n\n\
Zelenskyy said the talks were very good and that a great deal was at stake.";
const TRANSLATED: &str = "Trump meets Zelsky\n\n\
Trump told reporters that Ukraine should conclude an agreement and noted: “Russia is very great and not.” The very greatest challenge remains in the east, officials said. President Zelsky arrived in the evening.\n\n\
Reporters were told that the very large group would travel to Geneva on Tuesday.";
const FRENCH: &str = "Élysée confirms Macron trip\n\n\
The élysée palace said nothing. Merz\u{1b}[31m said the bell rang twice.";

/// Byte span of the `nth` occurrence of `needle` in `text`.
fn span(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .expect("fixture text has the needle");
    (start, start + needle.len())
}

fn mention(corpus: &Corpus, source: usize, needle: &str, nth: usize) -> Span {
    let (start, end) = span(&corpus.articles[source].text, needle, nth);
    Span::new(SourceId::new(source), start..end)
}

fn quote(corpus: &Corpus, id: usize, source: usize, needle: &str, speaker: usize) -> Quote {
    let (start, end) = span(&corpus.articles[source].text, needle, 0);
    let (id, source) = (QuoteId::new(id), SourceId::new(source));
    let mut quote = Quote::new(id, source, start..end, start - 1..end + 1, start..end, 1);
    quote.speaker = Some(PersonId::new(speaker));
    quote
}

fn fixture() -> (Corpus, Analysis) {
    let corpus = Corpus::from_articles(vec![
        Article::new("en", "en.txt", EN.to_owned()),
        Article::new("translated", "translated.txt", TRANSLATED.to_owned()),
        Article::new("french", "french.txt", FRENCH.to_owned()),
    ]);
    let trump = Person {
        id: PersonId::new(0),
        name: "Donald Trump".into(),
        variants: vec!["Donald Trump".into(), "Trump".into()],
        roles: vec!["US President".into()],
        mentions: vec![
            mention(&corpus, 0, "Trump", 0),
            mention(&corpus, 0, "Donald Trump", 0),
            mention(&corpus, 0, "Trump", 2),
            mention(&corpus, 1, "Trump", 0),
            mention(&corpus, 1, "Trump", 1),
        ],
        quotes: vec![QuoteId::new(0), QuoteId::new(1)],
    };
    let zelenskyy = Person {
        id: PersonId::new(1),
        name: "Volodymyr Zelenskyy".into(),
        variants: vec![
            "Volodymyr Zelenskyy".into(),
            "Zelenskyy".into(),
            "Zelsky".into(),
        ],
        roles: vec![],
        mentions: vec![
            mention(&corpus, 0, "Volodymyr Zelenskyy", 0),
            mention(&corpus, 0, "Zelenskyy", 1),
            mention(&corpus, 1, "Zelsky", 0),
            mention(&corpus, 1, "Zelsky", 1),
        ],
        quotes: vec![],
    };
    let merz = Person {
        id: PersonId::new(2),
        name: "Merz".into(),
        variants: vec!["Merz".into()],
        roles: vec![],
        mentions: vec![mention(&corpus, 2, "Merz", 0)],
        quotes: vec![],
    };
    let quotes = vec![
        quote(
            &corpus,
            0,
            0,
            "Russia is a very big power, and they're not,",
            0,
        ),
        quote(&corpus, 1, 1, "Russia is very great and not.", 0),
    ];
    let analysis = Analysis {
        quotes,
        people: vec![trump, zelenskyy, merz],
        clusters: vec![],
        source_divergence: vec![0.0; 3],
        set_aside: Vec::new(),
    };
    (corpus, analysis)
}

fn fixture_index() -> (Corpus, Analysis, SearchIndex) {
    let (corpus, analysis) = fixture();
    let index = SearchIndex::build(&corpus, &analysis);
    (corpus, analysis, index)
}

fn first<'a>(corpus: &Corpus, index: &'a SearchIndex, query: &str) -> CandidateRef<'a> {
    let hits = index.search(corpus, query);
    let hit = hits.first().expect("a match");
    index.get(hit.candidate).unwrap()
}

#[test]
fn candidates_mirror_their_source_spans() {
    let (corpus, _, index) = fixture_index();
    for c in index.iter() {
        assert!(
            !c.text(&corpus).contains('\n') && !c.text(&corpus).contains('\u{1b}'),
            "{c:?}"
        );
        let Some(source) = c.source else { continue };
        if c.kind == CandidateKind::Person {
            // A person's text is the canonical name; the span is the first mention.
            continue;
        }
        let slice = &corpus.articles[source].text[c.start..c.end];
        assert_eq!(c.text(&corpus), sanitize_line(slice), "{c:?}");
        assert_eq!(c.text(&corpus).chars().count(), slice.chars().count());
    }
    let kinds: Vec<CandidateKind> = index.iter().map(|c| c.kind).collect();
    // Default order: people (by mentions), variants, quotes, titles, sentences.
    assert_eq!(index.get(0).unwrap().text(&corpus), "Donald Trump");
    assert_eq!(index.get(1).unwrap().text(&corpus), "Volodymyr Zelenskyy");
    let rank = |k: CandidateKind| kinds.iter().position(|&x| x == k).unwrap();
    assert!(rank(CandidateKind::Variant) < rank(CandidateKind::Quote));
    assert!(rank(CandidateKind::Quote) < rank(CandidateKind::Title));
    assert!(rank(CandidateKind::Title) < rank(CandidateKind::Sentence));
    // The enum is declared in default order.
    assert!(kinds.windows(2).all(|w| w[0] as u8 <= w[1] as u8));
}

#[test]
fn sentences_and_quotes_point_into_their_article_instead_of_copying() {
    let (corpus, _, index) = fixture_index();
    let mut spans = 0;
    for c in index.iter() {
        let Some(source) = c.source else { continue };
        if !matches!(c.kind, CandidateKind::Sentence | CandidateKind::Quote) {
            continue;
        }
        // Only a text that display sanitising changes needs a copy.
        let slice = &corpus.articles[source].text[c.start..c.end];
        let safe_as_written = matches!(sanitize_line(slice), Cow::Borrowed(_));
        assert_eq!(c.borrows_its_span(), safe_as_written, "{c:?}");
        spans += usize::from(safe_as_written);
    }
    assert!(spans > 3, "the fixture has prose to point into");
}

#[test]
fn variants_are_own_entries_without_the_canonical_name() {
    let (corpus, _, index) = fixture_index();
    let variants: Vec<(Cow<str>, Cow<str>)> = index
        .iter()
        .filter(|c| c.kind == CandidateKind::Variant)
        .map(|c| (c.text(&corpus), c.detail(&corpus)))
        .collect();
    assert_eq!(
        variants,
        vec![
            ("Trump".into(), "variant of Donald Trump, 4 mentions".into()),
            (
                "Zelenskyy".into(),
                "variant of Volodymyr Zelenskyy, 1 mention".into()
            ),
            (
                "Zelsky".into(),
                "variant of Volodymyr Zelenskyy, 2 mentions".into()
            ),
        ]
    );
    let person = first(&corpus, &index, "Volodymyr Zel");
    assert_eq!(person.kind, CandidateKind::Person);
    assert_eq!(
        person.detail(&corpus),
        "4 mentions · 0 quotes · also Zelenskyy, Zelsky"
    );
}

#[test]
fn jump_targets() {
    let (corpus, analysis, index) = fixture_index();
    let zelsky = first(&corpus, &index, "zelsky");
    assert_eq!(zelsky.kind, CandidateKind::Variant);
    assert_eq!(
        zelsky.target,
        Target::Variant {
            person: PersonId::new(1),
            variant: 2
        }
    );
    // The first mention with that spelling, not the person's first mention.
    let m = &analysis.people[1].mentions[2];
    assert_eq!(
        (zelsky.source, zelsky.start, zelsky.end),
        (Some(SourceId::new(1)), m.range().start, m.range().end)
    );
    assert_eq!(&corpus.articles[1].text[zelsky.start..zelsky.end], "Zelsky");

    let person = index
        .iter()
        .find(|c| {
            c.target
                == Target::Person {
                    person: PersonId::new(1),
                }
        })
        .unwrap();
    let m = &analysis.people[1].mentions[0];
    assert_eq!(
        (person.source, person.start, person.end),
        (Some(SourceId::new(0)), m.range().start, m.range().end)
    );

    let q = first(&corpus, &index, "very grt");
    assert_eq!(
        q.target,
        Target::Quote {
            quote: QuoteId::new(1)
        }
    );
    let title = first(&corpus, &index, "meets");
    assert_eq!(
        title.target,
        Target::Title {
            source: SourceId::new(1)
        }
    );
    let sentence = first(&corpus, &index, "greatest challenge");
    let Target::Sentence { source, start, end } = sentence.target else {
        panic!("{sentence:?}")
    };
    assert_eq!(
        Span::new(source, start..end).text(&corpus),
        "The very greatest challenge remains in the east, officials said."
    );
}

#[test]
fn very_grt_finds_the_translated_quote_first() {
    let (corpus, _, index) = fixture_index();
    let hits = index.search(&corpus, "very grt");
    let top = index.get(hits[0].candidate).unwrap();
    assert_eq!(top.kind, CandidateKind::Quote);
    assert_eq!(top.text(&corpus), "Russia is very great and not.");
    assert_eq!(top.detail(&corpus), "Donald Trump · translated");
    // The competing prose matched too, and ranks below.
    assert!(hits.len() > 3);
}

#[test]
fn people_and_quotes_before_titles_before_sentences_then_shorter() {
    let c = |kind, text: &str| Candidate {
        kind,
        text: text.into(),
        detail: String::new().into(),
        source: None,
        start: 0,
        end: 0,
        target: Target::Title {
            source: SourceId::new(0),
        },
    };
    let index = SearchIndex::from_candidates(vec![
        c(CandidateKind::Sentence, "Merz"),
        c(CandidateKind::Title, "Merz"),
        c(CandidateKind::Quote, "Merz said so"),
        c(CandidateKind::Variant, "Merz"),
        c(CandidateKind::Person, "Merz"),
        c(CandidateKind::Sentence, "Merz said"),
        c(CandidateKind::Sentence, "Mertz"),
    ]);
    let hits = index.search(&Corpus::default(), "merz");
    let order: Vec<usize> = hits.iter().map(|h| h.candidate).collect();
    // Equal scores: class (people, variants, quotes) then length then order.
    assert_eq!(hits[0].score, hits[5].score);
    assert_eq!(order, vec![3, 4, 2, 1, 0, 5, 6]);
    assert!(hits[6].score < hits[5].score, "the gapped match ranks last");
}

#[test]
fn smart_case_is_unicode_aware() {
    let texts = ["Zelenskyy", "zelensky fans", "ÉLYSÉE", "élysée", "Émile"];
    let index = SearchIndex::from_candidates(
        texts
            .iter()
            .map(|t| Candidate {
                kind: CandidateKind::Sentence,
                text: (*t).into(),
                detail: String::new().into(),
                source: None,
                start: 0,
                end: 0,
                target: Target::Title {
                    source: SourceId::new(0),
                },
            })
            .collect(),
    );
    let matched = |q: &str| {
        let mut m: Vec<usize> = index
            .search(&Corpus::default(), q)
            .iter()
            .map(|h| h.candidate)
            .collect();
        m.sort();
        m
    };
    assert_eq!(matched("Zel"), vec![0]);
    assert_eq!(matched("zel"), vec![0, 1]);
    assert_eq!(matched("É"), vec![2, 4]);
    assert_eq!(matched("é"), vec![2, 3, 4]);
    assert_eq!(matched("élysée"), vec![2, 3]);
    assert_eq!(matched("ÉLY"), vec![2]);
}

#[test]
fn matched_chars_map_to_bytes_in_text_and_source() {
    let (corpus, _, index) = fixture_index();
    let french = &corpus.articles[2].text;
    let hit = index.search(&corpus, "élysée palace").remove(0);
    let c = index.get(hit.candidate).unwrap();
    let ranges = c.source_highlight(french, &hit.matched);
    let picked: String = ranges.iter().map(|r| &french[r.clone()]).collect();
    assert_eq!(picked, "élysée palace");
    // After an escape character: the display text has ␛ (3 bytes) where the source has 1.
    let hit = index.search(&corpus, "rang twice").remove(0);
    let c = index.get(hit.candidate).unwrap();
    let text = c.text(&corpus);
    assert!(text.contains('␛'));
    let in_text: String = c
        .highlight(&corpus, &hit.matched)
        .iter()
        .map(|r| &text[r.clone()])
        .collect();
    let in_source: String = c
        .source_highlight(french, &hit.matched)
        .iter()
        .map(|r| &french[r.clone()])
        .collect();
    assert_eq!(in_text, "rang twice");
    assert_eq!(in_source, "rang twice");
}

#[test]
fn find_kind_person_includes_variants() {
    let (corpus, _, index) = fixture_index();
    let q = FindQuery {
        query: "zel",
        limit: 10,
        kind: Some(CandidateKind::Person),
    };
    let kinds: Vec<CandidateKind> = find(&corpus, &index, &q)
        .iter()
        .map(|h| index.get(h.candidate).unwrap().kind)
        .collect();
    assert!(kinds.contains(&CandidateKind::Person) && kinds.contains(&CandidateKind::Variant));
    assert!(
        kinds
            .iter()
            .all(|k| matches!(k, CandidateKind::Person | CandidateKind::Variant))
    );
    let q = FindQuery {
        query: "",
        limit: 2,
        kind: Some(CandidateKind::Sentence),
    };
    let hits = find(&corpus, &index, &q);
    assert_eq!(hits.len(), 2);
    assert!(
        hits.iter()
            .all(|h| index.get(h.candidate).unwrap().kind == CandidateKind::Sentence)
    );
}

/// Small texts over an alphabet with case pairs, multibyte chars and separators.
fn text_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop::sample::select(vec![
            'a', 'A', 'e', 'E', 'z', 'Z', 'é', 'É', ' ', '.', 'l', 'ß',
        ]),
        0..24,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

#[derive(Debug, Clone)]
enum Key {
    Type(char),
    Backspace,
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn incremental_equals_from_scratch(
        texts in proptest::collection::vec(text_strategy(), 1..40),
        kinds in proptest::collection::vec(0u8..5, 40),
        keys in proptest::collection::vec(
            prop_oneof![
                4 => prop::sample::select(vec!['a', 'A', 'e', 'z', 'Z', 'é', 'É', ' ', 'l']).prop_map(Key::Type),
                1 => Just(Key::Backspace),
            ],
            1..12,
        ),
        limit in 1usize..8,
    ) {
        let kind = |k: u8| match k {
            0 => CandidateKind::Person,
            1 => CandidateKind::Variant,
            2 => CandidateKind::Quote,
            3 => CandidateKind::Title,
            _ => CandidateKind::Sentence,
        };
        let index = SearchIndex::from_candidates(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| Candidate {
                    kind: kind(kinds[i % kinds.len()]),
                    text: t.clone().into(),
                    detail: String::new().into(),
                    source: None,
                    start: 0,
                    end: 0,
                    target: Target::Title { source: SourceId::new(i) },
                })
                .collect(),
        );
        let none = Corpus::default();
        let mut searcher = Searcher::new();
        let mut query = String::new();
        for key in keys {
            match key {
                Key::Type(c) => query.push(c),
                Key::Backspace => {
                    query.pop();
                }
            }
            let fast: Vec<Hit> = searcher.search(&index, &none, &query, limit);
            let mut scratch = index.search(&none, &query);
            prop_assert_eq!(searcher.match_count(), scratch.len());
            // The next page ranks from the bounds the first page tightened.
            let more: Vec<Hit> = searcher.search(&index, &none, &query, 2 * limit);
            prop_assert_eq!(&more[..], &scratch[..scratch.len().min(2 * limit)], "query {:?}", query);
            scratch.truncate(limit);
            prop_assert_eq!(fast, scratch, "query {:?}", query);
        }
    }
}
