//! The palette's name pass: people before sentences when the query is a
//! name, and names found with one slip ("zelenksy").

use verbatim::corpus::Corpus;
use verbatim::ids::{PersonId, SourceId};
use verbatim::search::{Candidate, CandidateKind, Hit, SearchIndex, Searcher, Target};

fn candidate(kind: CandidateKind, text: &str, n: usize) -> Candidate {
    Candidate {
        kind,
        text: text.into(),
        detail: "".into(),
        source: None,
        start: 0,
        end: 0,
        target: match kind {
            CandidateKind::Person => Target::Person {
                person: PersonId::new(n),
            },
            _ => Target::Title {
                source: SourceId::new(n),
            },
        },
    }
}

/// People, then prose that names them the way news does.
fn index() -> SearchIndex {
    use CandidateKind::{Person, Sentence, Title, Variant};
    SearchIndex::from_candidates(vec![
        candidate(Person, "Volodymyr Zelensky", 0),
        candidate(Person, "Vladimir Putin", 1),
        candidate(Person, "Olena Zelenska", 2),
        candidate(Person, "Joe Biden", 3),
        candidate(Person, "Hunter Bidel", 4),
        candidate(Variant, "Zelenskyy", 0),
        candidate(Title, "Putin rejects ceasefire", 0),
        candidate(Sentence, "Putin said the talks would go on.", 1),
        candidate(Sentence, "Putin, in Minsk, said nothing new.", 2),
        candidate(Sentence, "Putin.", 3),
        candidate(Sentence, "Zelensky thanked the allies.", 4),
        candidate(Sentence, "Biden spoke after Putin.", 5),
    ])
}

fn texts(index: &SearchIndex, hits: &[Hit]) -> Vec<String> {
    let corpus = Corpus::default();
    hits.iter()
        .map(|h| index.get(h.candidate).unwrap().text(&corpus).into_owned())
        .collect()
}

/// What the reader shows after typing `query` letter by letter.
fn typed(index: &SearchIndex, query: &str) -> (Vec<Hit>, usize) {
    let mut searcher = Searcher::new();
    let mut hits = Vec::new();
    for (at, c) in query.char_indices() {
        hits = searcher.search(index, &Corpus::default(), &query[..at + c.len_utf8()], 100);
    }
    (hits, searcher.match_count())
}

#[test]
fn putin_puts_the_person_first() {
    let index = index();
    let hits = index.search(&Corpus::default(), "putin");
    assert_eq!(texts(&index, &hits)[0], "Vladimir Putin");
    // Skim alone ranks sentences that start with the name above the person:
    // the name pass, not the score, puts the person first.
    assert!(hits[1..].iter().any(|h| h.score > hits[0].score));
    let (typed_hits, matches) = typed(&index, "putin");
    assert_eq!(typed_hits, hits);
    assert_eq!(matches, 6);
}

#[test]
fn every_person_a_query_names_comes_before_the_prose() {
    let index = index();
    let hits = index.search(&Corpus::default(), "zelensk");
    let shown = texts(&index, &hits);
    let people = ["Volodymyr Zelensky", "Olena Zelenska", "Zelenskyy"];
    for (at, name) in shown.iter().enumerate().take(3) {
        assert!(people.contains(&name.as_str()), "{at}: {shown:?}");
    }
    assert_eq!(shown[3], "Zelensky thanked the allies.");
    // Word starts, in order, name a person.
    let shown = texts(&index, &index.search(&Corpus::default(), "vlad put"));
    assert_eq!(shown[0], "Vladimir Putin");
}

#[test]
fn a_name_with_one_slip_still_finds_its_person() {
    let index = index();
    for slip in ["zelenksy", "zelansky", "zelesky", "zelenskiy", "zelenks"] {
        let hits = index.search(&Corpus::default(), slip);
        let shown = texts(&index, &hits);
        assert_eq!(
            shown.first().map(String::as_str),
            Some("Volodymyr Zelensky"),
            "{slip}: {shown:?}"
        );
        assert_eq!(hits[0].score, 0, "{slip}");
        assert_eq!(hits[0].matched, (10..18).collect::<Vec<_>>(), "{slip}");
        let (typed_hits, matches) = typed(&index, slip);
        assert_eq!(typed_hits, hits, "{slip}");
        assert!(matches >= 1, "{slip}: the slip counts as a match");
    }
    // Two slips, or a slip in a short query, find no one.
    for (query, missed) in [("zlenksy", "Volodymyr Zelensky"), ("bdin", "Joe Biden")] {
        let hits = index.search(&Corpus::default(), query);
        assert!(hits.iter().all(|h| h.score != 0), "{query}");
        assert!(
            !texts(&index, &hits).contains(&missed.to_owned()),
            "{query}"
        );
    }
}

#[test]
fn a_slip_is_not_looked_for_when_the_name_matches_as_typed() {
    let index = index();
    let shown = texts(&index, &index.search(&Corpus::default(), "biden"));
    assert_eq!(shown[0], "Joe Biden");
    assert!(!shown.contains(&"Hunter Bidel".to_owned()), "{shown:?}");
}

#[test]
fn a_filter_on_kinds_applies_to_the_name_pass_too() {
    let index = index();
    for query in ["putin", "zelenksy"] {
        let hits = index.search_where(&Corpus::default(), query, 10, |c| {
            c.kind == CandidateKind::Sentence
        });
        assert!(
            hits.iter()
                .all(|h| index.get(h.candidate).unwrap().kind == CandidateKind::Sentence),
            "{query}"
        );
    }
    let hits = index.search_where(&Corpus::default(), "putin", 10, |c| {
        c.kind == CandidateKind::Sentence
    });
    assert_eq!(hits.len(), 4);
}
