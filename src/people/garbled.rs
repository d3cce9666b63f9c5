//! Garbled spellings of one person's full name. Machine-translated mirror
//! sites mangle both words of a name ("Frederick Mirz" for Friedrich Merz,
//! "Wolodmeer Zelannsky" for Volodymyr Zelensky): too far apart for the
//! spelling merge, which wants one given name and surnames that share their
//! first two letters. Such a person is named by one source only, so it joins
//! the person several sources name when both words are close under a looser
//! measure, the two are never named in one paragraph (two people there are
//! two people; a mirror keeps the original's headline or photo caption
//! beside its garbled body), and no other person is as close.

use super::Person;
use super::candidate::Shape;
use super::person::absorb_people;
use super::surnames::edit_distance;
use crate::corpus::Corpus;
use crate::fast_hash::FastMap;
use crate::ids::SourceId;
use crate::text::translit::loose_key;

/// A full spelling's given name and surname as loose keys.
struct FullName {
    first: Vec<char>,
    surname: Vec<char>,
}

/// The full spellings of a person (name and variants of two words or more).
fn full_names(p: &Person) -> Vec<FullName> {
    std::iter::once(&p.name)
        .chain(&p.variants)
        .map(|v| Shape::of(v))
        .filter(|shape| shape.full)
        .map(|shape| FullName {
            first: loose_key(shape.first_name).chars().collect(),
            surname: loose_key(shape.surname).chars().collect(),
        })
        .filter(|n| n.first.len() >= 3 && n.surname.len() >= 4)
        .collect()
}

/// Whether two loose keys may be one word garbled: the same first letter and
/// at most one edit for every three letters of the shorter ("mirc"/"merc",
/// "frederick"/"friedrich", "volodmer"/"volodimir").
fn garbled_pair(a: &[char], b: &[char]) -> bool {
    let limit = a.len().min(b.len()) / 3;
    a.first() == b.first()
        && limit >= 1
        && a.len().abs_diff(b.len()) <= limit
        && (edit_distance(a, b, limit) <= limit || one_swap(a, b))
}

/// Whether `b` is `a` with two neighbouring letters swapped ("silva" /
/// "sliva"), which edit distance counts as two edits.
fn one_swap(a: &[char], b: &[char]) -> bool {
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a.get(i) != b.get(i)).collect();
    a.len() == b.len() && matches!(differ[..], [i, j] if j == i + 1 && a[i] == b[j] && a[j] == b[i])
}

/// Whether `a` and `b` are both named in one paragraph of `source`.
fn share_a_paragraph(corpus: &Corpus, source: SourceId, a: &Person, b: &Person) -> bool {
    let Some(article) = corpus.articles.get(source.index()) else {
        return false;
    };
    let paragraphs = |p: &Person| -> Vec<usize> {
        let mut at: Vec<usize> = p
            .mentions
            .iter()
            .filter(|m| m.source == source)
            .filter_map(|m| article.paragraph_at(m.range().start))
            .collect();
        at.dedup();
        at
    };
    let of_b = paragraphs(b);
    paragraphs(a).iter().any(|i| of_b.contains(i))
}

fn sources_of(p: &Person) -> Vec<SourceId> {
    let mut sources: Vec<SourceId> = p.mentions.iter().map(|m| m.source).collect();
    sources.dedup();
    sources
}

/// Merges each person named by one source into the one person named by
/// several sources whose full name is a garbled spelling of theirs.
pub(super) fn merge_garbled_spellings(corpus: &Corpus, people: &mut Vec<Person>) {
    let sources: Vec<Vec<SourceId>> = people.iter().map(sources_of).collect();
    // Persons named by several sources, by the first letters of given name
    // and surname.
    let mut targets: FastMap<(char, char), Vec<(usize, FullName)>> = FastMap::default();
    for (t, p) in people.iter().enumerate() {
        if sources[t].len() < 2 {
            continue;
        }
        for name in full_names(p) {
            targets
                .entry((name.first[0], name.surname[0]))
                .or_default()
                .push((t, name));
        }
    }
    if targets.is_empty() {
        return;
    }
    let mut into: Vec<Option<usize>> = vec![None; people.len()];
    for (i, p) in people.iter().enumerate() {
        let [source] = sources[i][..] else {
            continue;
        };
        let mut matched: Vec<usize> = full_names(p)
            .iter()
            .flat_map(|name| {
                let block = targets.get(&(name.first[0], name.surname[0]));
                block.into_iter().flatten().filter_map(|(t, other)| {
                    (garbled_pair(&name.first, &other.first)
                        && garbled_pair(&name.surname, &other.surname))
                    .then_some(*t)
                })
            })
            .filter(|&t| {
                people[t].mentions.len() > p.mentions.len()
                    && !share_a_paragraph(corpus, source, p, &people[t])
            })
            .collect();
        matched.sort_unstable();
        matched.dedup();
        if let [t] = matched[..] {
            into[i] = Some(t);
        }
    }
    absorb_people(people, &into);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::ids::{PersonId, Span};

    /// Five articles of a headline (bytes 0–7) and a body (from byte 9).
    fn corpus() -> Corpus {
        let text = "Talks on\n\nThe talks went on for hours in Berlin.\n";
        Corpus::from_articles(
            (0..5)
                .map(|i| Article::new(format!("a{i}"), "a", text.to_string()))
                .collect(),
        )
    }

    const HEAD: usize = 0;
    const BODY: usize = 12;

    /// A person named at (source, byte) places.
    fn person(id: usize, name: &str, at: &[(usize, usize)]) -> Person {
        let mut p = Person::named(name, &[name]);
        p.id = PersonId::new(id);
        p.mentions = at
            .iter()
            .map(|&(s, b)| Span::new(SourceId::new(s), b..b + 2))
            .collect();
        p
    }

    #[test]
    fn a_swap_of_two_neighbouring_letters_is_one_garbling() {
        let key = |s: &str| -> Vec<char> { loose_key(s).chars().collect() };
        assert!(garbled_pair(&key("Silwa"), &key("Sliwa")));
        assert!(one_swap(&key("Silwa"), &key("Sliwa")));
        assert!(!one_swap(&key("Silwa"), &key("Silwa")));
        assert!(!one_swap(&key("Silwa"), &key("Slawi")));
        assert!(!garbled_pair(&key("Silwa"), &key("Iswla")));
    }

    #[test]
    fn garbled_words_keep_their_first_letter_and_most_letters() {
        let key = |w: &str| loose_key(w).chars().collect::<Vec<char>>();
        for (a, b) in [
            ("Mirz", "Merz"),
            ("Frederick", "Friedrich"),
            ("Wolodmeer", "Volodymyr"),
            ("Zelannsky", "Zelensky"),
        ] {
            assert!(garbled_pair(&key(a), &key(b)), "{a} {b}");
        }
        for (a, b) in [
            ("Tusk", "Trump"),
            ("Merz", "Marx"),
            ("Ana", "Ina"),
            ("Putin", "Mutin"),
        ] {
            assert!(!garbled_pair(&key(a), &key(b)), "{a} {b}");
        }
    }

    #[test]
    fn a_one_source_garbling_joins_the_person_named_by_several_sources() {
        let mut people = vec![
            // Named in source 3's headline too: a mirror keeps it.
            person(
                0,
                "Friedrich Merz",
                &[(0, BODY), (1, BODY), (2, BODY), (3, HEAD)],
            ),
            person(1, "Frederick Mirz", &[(3, BODY), (3, BODY + 20)]),
            person(2, "Donald Tusk", &[(0, HEAD), (3, HEAD)]),
        ];
        merge_garbled_spellings(&corpus(), &mut people);
        assert_eq!(people.len(), 2);
        let merz = people.iter().find(|p| p.name == "Friedrich Merz").unwrap();
        assert!(merz.variants.contains(&"Frederick Mirz".to_string()));
        assert_eq!(merz.mentions.len(), 6);
    }

    #[test]
    fn two_close_names_in_one_paragraph_or_in_several_sources_stay_two_people() {
        let corpus = corpus();
        let mut same_paragraph = vec![
            person(0, "Friedrich Merz", &[(0, BODY), (1, BODY), (2, BODY)]),
            person(1, "Frederick Mirz", &[(1, BODY + 20)]),
        ];
        merge_garbled_spellings(&corpus, &mut same_paragraph);
        assert_eq!(same_paragraph.len(), 2, "named side by side in source 1");
        let mut both_known = vec![
            person(0, "Friedrich Merz", &[(0, BODY), (1, BODY), (2, BODY)]),
            person(1, "Frederick Mirz", &[(3, BODY), (4, BODY)]),
        ];
        merge_garbled_spellings(&corpus, &mut both_known);
        assert_eq!(both_known.len(), 2, "several sources name each");
        let mut two_targets = vec![
            person(0, "Anna Kowalska", &[(0, BODY), (1, BODY)]),
            person(1, "Anna Kowalski", &[(2, BODY), (3, BODY)]),
            person(2, "Anne Kovalsky", &[(4, BODY)]),
        ];
        merge_garbled_spellings(&corpus, &mut two_targets);
        assert_eq!(two_targets.len(), 3, "close to two people: no merge");
    }
}
