//! People named in a list of people ("billionaires Mark Zuckerberg, Jeff
//! Bezos and Elon Musk", "Donald Tusk, Radosław Sikorski i Jan Nowak"): a
//! full name at the head or the tail of a list whose next two names are
//! people is one too, even when the table lacks its given name and nothing
//! else vouches for it. One neighbour is not enough: a byline's outlet
//! ("Anna Lee, Missouri Independent") or a party ("Le Pen y Agrupación
//! Nacional") stands beside one name as often; and the list must close
//! with "and", not a comma, before its last name.

use super::Person;
use crate::corpus::Corpus;
use crate::fast_hash::FastMap;

/// What links two names of a list, in the languages read: a comma or "and".
/// Only "and" closes a list: "Anna Lee and Tom Brenner, Missouri
/// Independent" is a byline's two authors and their outlet.
#[rustfmt::skip]
const LINKS: &[(&str, Link)] = &[
    (", ", Link::Comma), (" and ", Link::And), (", and ", Link::And), (" e ", Link::And),
    (" y ", Link::And), (" et ", Link::And), (" und ", Link::And), (" i ", Link::And),
    (" oraz ", Link::And), (" și ", Link::And), (" и ", Link::And), (" та ", Link::And),
    (" і ", Link::And),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    Comma,
    And,
}

/// Mentions of the people with evidence in one corpus, by source and byte
/// offset: each start to its end and each end to its start.
struct Neighbours {
    end_of: FastMap<(usize, usize), usize>,
    start_of: FastMap<(usize, usize), usize>,
}

impl Neighbours {
    /// The end of the person mention that `text` links to after byte `at`,
    /// and the link.
    fn next(&self, source: usize, text: &str, at: usize) -> Option<(usize, Link)> {
        let after = text.get(at..)?;
        LINKS.iter().find_map(|&(link, kind)| {
            after
                .starts_with(link)
                .then(|| self.end_of.get(&(source, at + link.len())))
                .flatten()
                .map(|&end| (end, kind))
        })
    }

    /// The start of the person mention that `text` links to before byte
    /// `at`, and the link.
    fn previous(&self, source: usize, text: &str, at: usize) -> Option<(usize, Link)> {
        let before = text.get(..at)?;
        LINKS.iter().find_map(|&(link, kind)| {
            before
                .ends_with(link)
                .then(|| self.start_of.get(&(source, at - link.len())))
                .flatten()
                .map(|&start| (start, kind))
        })
    }
}

/// For each person without evidence (`evidenced` false), whether a mention
/// of a full name of theirs heads or ends a list of three people.
pub(super) fn listed_with_people(
    corpus: &Corpus,
    people: &[Person],
    evidenced: &[bool],
) -> Vec<bool> {
    let mut neighbours = Neighbours {
        end_of: FastMap::default(),
        start_of: FastMap::default(),
    };
    for (person, _) in people.iter().zip(evidenced).filter(|(_, e)| **e) {
        for m in &person.mentions {
            let (source, range) = (m.source.index(), m.range());
            neighbours.end_of.insert((source, range.start), range.end);
            neighbours.start_of.insert((source, range.end), range.start);
        }
    }
    let listed = |person: &Person| {
        person.mentions.iter().any(|m| {
            let source = m.source.index();
            let Some(text) = corpus.articles.get(source).map(|a| a.text.as_str()) else {
                return false;
            };
            let range = m.range();
            let full = text.get(range.clone()).is_some_and(|t| t.contains(' '));
            // "X, A and B": the list closes with "and" after the head.
            let heads = || {
                neighbours
                    .next(source, text, range.end)
                    .and_then(|(end, _)| neighbours.next(source, text, end))
                    .is_some_and(|(_, link)| link == Link::And)
            };
            // "A, B and X": "and" right before the tail.
            let ends = || {
                neighbours
                    .previous(source, text, range.start)
                    .filter(|(_, link)| *link == Link::And)
                    .and_then(|(start, _)| neighbours.previous(source, text, start))
                    .is_some()
            };
            full && (heads() || ends())
        })
    };
    people
        .iter()
        .zip(evidenced)
        .map(|(person, &e)| !e && listed(person))
        .collect()
}
