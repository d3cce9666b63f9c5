//! Corpora of short invented articles and look-ups of the people found in
//! them, shared by the people tests.

#![allow(dead_code)]

use verbatim::corpus::{Article, Corpus};
use verbatim::people::{Person, find_people};

/// The people of one article per body, each under the same headline.
pub fn people_of(bodies: &[&str]) -> Vec<Person> {
    let articles = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let text = format!("Leaders meet for talks\n\n{b}\n");
            Article::new(format!("a{i}"), format!("a{i}"), text)
        })
        .collect();
    find_people(&Corpus::from_articles(articles))
}

/// The people whose spellings include `form`.
pub fn holders<'a>(people: &'a [Person], form: &str) -> Vec<&'a str> {
    people
        .iter()
        .filter(|p| p.variants.iter().any(|v| v == form))
        .map(|p| p.name.as_str())
        .collect()
}

/// The people's names, sorted.
pub fn names(people: &[Person]) -> Vec<&str> {
    let mut names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    names.sort();
    names
}

/// The names of the people of one article, sorted.
pub fn people_named(body: &str) -> Vec<String> {
    names(&people_of(&[body]))
        .into_iter()
        .map(str::to_string)
        .collect()
}
