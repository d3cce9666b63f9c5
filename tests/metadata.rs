//! Article metadata from local files: front matter and address lines.

use verbatim::analysis::analyze;
use verbatim::corpus::{Article, Corpus, ParagraphKind};

const WITH_FRONT_MATTER: &str = "---\n\
title: Leaders agree on a plan\n\
outlet: The Daily Example\n\
url: https://www.example.com/news/plan\n\
date: 2025-06-25T09:30:00Z\n\
author: \"Jo Doe\"\n\
summary: \"a quote in metadata is not a quotation\"\n\
---\n\
LONDON (Example) - The summit ended on Wednesday.\n\n\
\"We have agreed on a plan that will hold,\" the chair told reporters.\n";

#[test]
fn front_matter_fills_the_metadata_and_is_not_body_text() {
    let a = Article::new("a", "a.md", WITH_FRONT_MATTER.to_string());
    assert_eq!(a.title, "Leaders agree on a plan");
    assert!(!a.title_derived);
    assert_eq!(a.meta.outlet.as_deref(), Some("The Daily Example"));
    assert_eq!(
        a.meta.url.as_deref(),
        Some("https://www.example.com/news/plan")
    );
    assert_eq!(a.meta.published.as_deref(), Some("2025-06-25T09:30:00Z"));
    assert_eq!(a.meta.author.as_deref(), Some("Jo Doe"));
    assert_eq!(a.label(), "The Daily Example");

    let first = &a.paragraphs[0];
    assert_eq!(first.kind, ParagraphKind::Metadata);
    assert!(a.text[first.range()].starts_with("---\ntitle:"));
    assert!(a.text[first.range()].ends_with("---"));
    assert!(a.paragraphs[1..].iter().all(|p| p.start() >= first.end()));

    let corpus = Corpus::from_articles(vec![a]);
    let analysis = analyze(&corpus);
    let texts: Vec<&str> = analysis
        .quotes
        .iter()
        .map(|q| q.span().text(&corpus))
        .collect();
    assert_eq!(texts, ["We have agreed on a plan that will hold,"]);
}

#[test]
fn an_address_line_names_the_outlet_and_is_hidden() {
    let text =
        "Plan agreed\n\nThe summit ended.\n\nSource: https://www.reuters.com/world/plan-2025\n";
    let a = Article::new("b", "b.txt", text.to_string());
    assert_eq!(
        a.meta.url.as_deref(),
        Some("https://www.reuters.com/world/plan-2025")
    );
    assert_eq!(a.meta.outlet.as_deref(), Some("reuters.com"));
    let last = a.paragraphs.last().unwrap();
    assert_eq!(last.kind, ParagraphKind::Metadata);
    assert_eq!(a.title, "Plan agreed");
}

#[test]
fn without_metadata_the_label_is_the_title_then_the_id() {
    let a = Article::new("c", "c.txt", "A headline\n\nBody text.".to_string());
    assert_eq!(a.meta, Default::default());
    assert_eq!(a.label(), "A headline");
    let empty = Article::new("d", "d.txt", String::new());
    assert_eq!(empty.label(), "d");
}

#[test]
fn a_bad_date_is_a_warning_on_the_article() {
    let text = "---\ndate: yesterday\n---\nBody.";
    let a = Article::new("e", "e.md", text.to_string());
    assert_eq!(a.meta.published, None);
    assert_eq!(a.warnings.len(), 1);
    assert!(a.warnings[0].contains("yesterday"));
}

#[test]
fn front_matter_warnings_survive_loading_from_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.md");
    std::fs::write(&path, "---\ndate: yesterday\n---\nBody text.").unwrap();
    let corpus = verbatim::corpus::load_paths(&[path]).unwrap();
    let warnings = &corpus.articles[0].warnings;
    assert!(
        warnings.iter().any(|w| w.contains("yesterday")),
        "{warnings:?}"
    );
}

#[test]
fn the_language_is_detected_else_declared() {
    // Too short to detect: the declared tag counts, reduced to ISO 639-1.
    let short = "---\nlang: pt-BR\n---\nOlá.\n";
    let a = Article::new("a", "a.md", short.to_string());
    assert_eq!(a.meta.language.as_deref(), Some("pt"));
    assert_eq!(a.language().as_deref(), Some("pt"));

    // Enough text: detection wins over a wrong declaration (feeds often
    // declare one language for every item).
    let german = "---\nlanguage: en\n---\nDer Bundeskanzler sagte am Montag in Berlin, die \
        Gespräche mit der Regierung seien nützlich gewesen, und ein weiteres Treffen werde \
        noch vor dem Ende des Monats folgen.\n";
    let b = Article::new("b", "b.md", german.to_string());
    assert_eq!(b.meta.language.as_deref(), Some("en"));
    assert_eq!(b.language().as_deref(), Some("de"));

    let unknown = Article::new("c", "c.md", "12:30\n".to_string());
    assert_eq!(unknown.language(), None);
}
