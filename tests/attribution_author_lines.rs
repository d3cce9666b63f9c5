//! An author's name printed alone above the date line (an author box, a
//! byline without "By"), on invented text: no person of the story, so no
//! pronoun stands for it.

use crate::common;

use verbatim::corpus::{Article, Corpus, ParagraphKind};
use verbatim::people::find_people;
use verbatim::quotes::attribute::attribute;

const ARTICLE: &str = "Lopez rejects the bread tax\n\nTom Berg\n\nTom Berg\n\n3 June 2025 Tuesday 10:31\n\n\
    Maria Lopez spoke to parliament on Tuesday and set out her plans. Lopez confirmed \
    the budget would pass. \"We will not raise the tax on bread and milk,\" he said \
    to the applause of the chamber.\n";

#[test]
fn a_name_alone_above_the_date_line_is_no_person_of_the_story() {
    let article = Article::new("t", "t", ARTICLE.to_string());
    let kinds: Vec<(String, ParagraphKind)> = article
        .paragraphs
        .iter()
        .map(|p| (article.text[p.range()].to_string(), p.kind))
        .collect();
    for (line, kind) in &kinds {
        if line == "Tom Berg" {
            assert_eq!(*kind, ParagraphKind::Dateline, "{kinds:?}");
        }
    }
    let corpus = Corpus::from_articles(vec![article]);
    let mut quotes = common::extract_all(&corpus);
    let mut people = find_people(&corpus);
    attribute(&corpus, &mut quotes, &mut people);
    assert!(people.iter().all(|p| p.name != "Tom Berg"), "{people:?}");
    let speaker = quotes[0].speaker.map(|p| people[p].name.clone());
    assert_ne!(speaker.as_deref(), Some("Tom Berg"));
}

/// A name alone on a line that goes on with prose is a heading, not a byline.
#[test]
fn a_name_alone_above_prose_stays_in_the_story() {
    let article = Article::new(
        "t",
        "t",
        "Lopez rejects the tax\n\nTom Berg\n\nTom Berg said on Tuesday that he will vote.\n"
            .to_string(),
    );
    let kind = article
        .paragraphs
        .iter()
        .find(|p| &article.text[p.range()] == "Tom Berg")
        .map(|p| p.kind);
    assert_eq!(kind, Some(ParagraphKind::Body));
}
