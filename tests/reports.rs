//! `verbatim quotes` and `verbatim people` output: JSON shape, byte-exact
//! spans, word-diff markers and display safety, on a hand-built analysis.

use serde_json::Value;
use verbatim::analysis::Analysis;
use verbatim::corpus::{Article, Corpus};
use verbatim::ids::{PersonId, QuoteId, SourceId, Span};
use verbatim::people::Person;
use verbatim::quotes::Quote;
use verbatim::quotes::group::{group, source_divergence};
use verbatim::report;

const ARTICLES: [&str; 3] = [
    "Trump on Russia\n\n“Russia is a very big power, and they’re not,” Trump said.\n",
    "Talks end\n\nTrump said: “Russia is very great and not.” He added: “Ukraine has to agree to it.”\n",
    "Hostile\n\n“Russia is a very big power, and they’re not,” he said. “We \u{1b}[31mwon\u{1b}[0m today,” Trump said.\n",
];

fn span(text: &str, inner: &str) -> (usize, usize) {
    let start = text.find(inner).expect("fixture quote present");
    (start, start + inner.len())
}

fn fixture() -> (Corpus, Analysis) {
    let corpus = Corpus::from_articles(
        ARTICLES
            .iter()
            .enumerate()
            .map(|(i, t)| Article::new(format!("src{i}"), format!("src{i}.txt"), t.to_string()))
            .collect(),
    );
    let inner = [
        (0, "Russia is a very big power, and they’re not,"),
        (1, "Russia is very great and not."),
        (1, "Ukraine has to agree to it."),
        (2, "Russia is a very big power, and they’re not,"),
        (2, "We \u{1b}[31mwon\u{1b}[0m today,"),
    ];
    let mut quotes: Vec<Quote> = inner
        .iter()
        .enumerate()
        .map(|(id, &(source, q))| {
            let (start, end) = span(ARTICLES[source], q);
            let id = QuoteId::new(id);
            let mut quote = Quote::new(
                id,
                SourceId::new(source),
                start..end,
                start - 3..end + 3,
                start..end,
                1,
            );
            quote.speaker = Some(PersonId::new(0));
            quote
        })
        .collect();
    let (ms, me) = span(ARTICLES[0], "Trump");
    let people = vec![Person {
        id: PersonId::new(0),
        name: "Donald Trump".into(),
        variants: vec!["Donald Trump".into(), "Trump".into()],
        roles: vec!["President".into()],
        mentions: vec![Span::new(SourceId::new(0), ms..me)],
        quotes: (0..quotes.len()).map(QuoteId::new).collect(),
    }];
    let clusters = group(&corpus, &mut quotes);
    let source_divergence = source_divergence(&corpus, &quotes, &clusters);
    let analysis = Analysis {
        quotes,
        people,
        clusters,
        source_divergence,
        set_aside: Vec::new(),
    };
    (corpus, analysis)
}

fn quotes_json(corpus: &Corpus, analysis: &Analysis) -> Value {
    let mut out = Vec::new();
    report::quotes::write_json(&mut out, corpus, analysis).unwrap();
    serde_json::from_slice(&out).unwrap()
}

fn human(corpus: &Corpus, analysis: &Analysis, all: bool, colour: bool) -> String {
    let mut out = Vec::new();
    report::quotes::write_human(&mut out, corpus, analysis, all, colour).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn quotes_json_has_the_documented_shape_and_exact_spans() {
    let (corpus, analysis) = fixture();
    let doc = quotes_json(&corpus, &analysis);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["sources"].as_array().unwrap().len(), 3);
    assert_eq!(doc["sources"][0]["id"], "src0");
    let text_of = |source: &Value| {
        let i = corpus
            .articles
            .iter()
            .position(|a| a.id == source.as_str().unwrap())
            .unwrap();
        corpus.articles[i].text.as_str()
    };
    let quotes = doc["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 5);
    for q in quotes {
        let keys: Vec<&str> = q.as_object().unwrap().keys().map(String::as_str).collect();
        for k in [
            "id", "source", "start", "end", "text", "speaker", "fragment", "cluster",
        ] {
            assert!(keys.contains(&k), "quote lacks {k}: {q}");
        }
        let src = text_of(&q["source"]);
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(q["text"].as_str().unwrap(), &src[s..e]);
        assert_eq!(q["speaker"], "Donald Trump");
    }
    // The lone quote has no group.
    assert!(quotes[2]["cluster"].is_null());
    let clusters = doc["clusters"].as_array().unwrap();
    assert_eq!(clusters.len(), 1, "{clusters:#?}");
    let c = &clusters[0];
    assert_eq!(c["quotes"], serde_json::json!([0, 1, 3]));
    assert_eq!(c["sources"], serde_json::json!(["src0", "src1", "src2"]));
    let reference = c["reference"].as_u64().unwrap();
    assert!(reference == 0 || reference == 3);
    let pairs = c["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 2);
    let relations: Vec<&str> = pairs
        .iter()
        .map(|p| p["relation"].as_str().unwrap())
        .collect();
    assert!(
        relations.contains(&"identical") && relations.contains(&"reworded"),
        "{relations:?}"
    );
    for p in pairs {
        assert_eq!(p["a"], c["reference"]);
        let sim = p["similarity"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&sim));
        // Op ranges are absolute: they slice the articles and tile both quotes.
        let qa = &quotes[p["a"].as_u64().unwrap() as usize];
        let qb = &quotes[p["b"].as_u64().unwrap() as usize];
        let (mut rebuilt_a, mut rebuilt_b) = (String::new(), String::new());
        for op in p["ops"].as_array().unwrap() {
            assert!(["equal", "delete", "insert", "replace"].contains(&op["op"].as_str().unwrap()));
            let r = |side: &Value| {
                (
                    side[0].as_u64().unwrap() as usize,
                    side[1].as_u64().unwrap() as usize,
                )
            };
            let (a0, a1) = r(&op["a"]);
            let (b0, b1) = r(&op["b"]);
            rebuilt_a.push_str(&text_of(&qa["source"])[a0..a1]);
            rebuilt_b.push_str(&text_of(&qb["source"])[b0..b1]);
        }
        assert_eq!(rebuilt_a, qa["text"].as_str().unwrap());
        assert_eq!(rebuilt_b, qb["text"].as_str().unwrap());
    }
}

#[test]
fn human_output_shows_wdiff_markers_without_colour() {
    let (corpus, analysis) = fixture();
    let out = human(&corpus, &analysis, false, false);
    assert!(out.contains("[-big power,-]{+great+}"), "{out}");
    assert!(out.contains("[-a-]"), "{out}");
    assert!(out.contains("reworded"), "{out}");
    assert!(out.contains("Donald Trump"), "{out}");
    assert!(!out.contains('\u{1b}'));
    // Single quotes only with --all.
    assert!(!out.contains("Ukraine has to agree"));
    let all = human(&corpus, &analysis, true, false);
    assert!(all.contains("Ukraine has to agree to it."));
}

#[test]
fn colour_marks_changes_and_article_escapes_never_reach_the_terminal() {
    let (corpus, analysis) = fixture();
    let out = human(&corpus, &analysis, true, true);
    assert!(out.contains("\u{1b}[9;31ma\u{1b}[0m"), "{out:?}");
    assert!(out.contains("\u{1b}[4;32mgreat\u{1b}[0m"), "{out:?}");
    // The quote holding raw escape sequences is shown with placeholders.
    assert!(out.contains("We ␛[31mwon␛[0m today,"), "{out:?}");
    assert!(!out.contains("\u{1b}[31m"));
}

#[test]
fn most_divergent_group_comes_first() {
    let (corpus, analysis) = fixture();
    for w in analysis.clusters.windows(2) {
        assert!(w[0].divergence >= w[1].divergence);
    }
    assert!(analysis.clusters[0].divergence > 0.0);
    let out = human(&corpus, &analysis, false, false);
    assert!(out.starts_with("Group 1 · "), "{out}");
}

#[test]
fn people_json_has_the_documented_shape() {
    let (corpus, analysis) = fixture();
    let mut out = Vec::new();
    report::people::write_json(&mut out, &corpus, &analysis).unwrap();
    let doc: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(doc["version"], 1);
    let p = &doc["people"][0];
    assert_eq!(p["name"], "Donald Trump");
    assert_eq!(p["variants"], serde_json::json!(["Donald Trump", "Trump"]));
    assert_eq!(p["roles"], serde_json::json!(["President"]));
    assert_eq!(p["quotes"].as_array().unwrap().len(), 5);
    let m = &p["mentions"][0];
    assert_eq!(m["source"], "src0");
    let (s, e) = (
        m["start"].as_u64().unwrap() as usize,
        m["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(m["text"], &ARTICLES[0][s..e]);
    assert_eq!(m["text"], "Trump");

    let mut out = Vec::new();
    report::people::write_human(&mut out, &corpus, &analysis).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with("Donald Trump  5 quotes, 1 mention in 1 of 3 sources"),
        "{text}"
    );
    assert!(text.contains("also: Trump"));
}
