//! People first: when the query is (the start of) a name, the people and
//! spellings it names come before any sentence, and a name typed with one
//! slip ("zelenksy") still finds its person.
//!
//! Skim's scores alone put "Putin said…" above "Vladimir Putin": a sentence
//! that starts with the word earns the doubled start bonus. Who the user is
//! looking for when typing a name is the person, so this pass runs beside
//! the fuzzy ranking over the person and variant candidates only (a few
//! thousand at most) and its hits are shown first.

use std::collections::HashSet;

use super::View;
use super::rank::{Pattern, Survivor, text_fold};
use super::{CandidateKind, Hit};
use crate::text::slips::chars_within_one_edit;

/// A query this short is not a name yet: one letter would put every name
/// with a word starting with it before every sentence.
const MIN_NAME_CHARS: usize = 2;

/// A query this short is not looked up with a typo: one edit in three or
/// four letters finds too many unrelated names (recall traded for precision).
pub const MIN_TYPO_CHARS: usize = 5;

/// The typo pass runs when the name pass found fewer people than this:
/// only when no name matches as typed, so that a slip never puts a second,
/// similar name between the user and the one they typed right.
const FEW_NAMES: usize = 1;

/// Whether a candidate kind is a name.
pub(super) fn is_name(kind: CandidateKind) -> bool {
    matches!(kind, CandidateKind::Person | CandidateKind::Variant)
}

/// Lowercased words of `s` (letters and digits; anything else separates).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(text_fold).collect())
        .collect()
}

/// Whether each query word starts a word of the name, in order.
fn names_it(name: &[String], query: &[String]) -> bool {
    let mut rest = name.iter();
    !query.is_empty()
        && query
            .iter()
            .all(|q| rest.any(|w| w.starts_with(q.as_str())))
}

/// Whether `a` and `b` are at most one edit apart (see
/// [`chars_within_one_edit`]).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    chars_within_one_edit(&a, &b)
}

/// Whether the one-word `query` is a word of the name, or the start of one,
/// with one slip.
fn names_it_with_a_slip(name: &[String], query: &str) -> bool {
    let len = query.chars().count();
    name.iter().any(|w| {
        let prefix = |n: usize| {
            w.char_indices()
                .nth(n)
                .map_or(w.as_str(), |(at, _)| &w[..at])
        };
        within_one_edit(w, query) || (len..=len + 1).any(|n| within_one_edit(prefix(n), query))
    })
}

/// The best `limit` name candidates among `names` that `query` names, best
/// first, then (when those are few) the ones it names with one slip. Typo
/// hits score 0 and mark the word they matched.
pub(super) fn name_hits(view: View<'_>, names: &[u32], query: &str, limit: usize) -> Vec<Hit> {
    let wanted = words(query);
    if wanted.is_empty() || query.trim().chars().count() < MIN_NAME_CHARS {
        return Vec::new();
    }
    let pattern = Pattern::new(query);
    let mut hits: Vec<(Hit, u32)> = Vec::new();
    let mut slips: Vec<u32> = Vec::new();
    for &i in names {
        let Some((text, key)) = view.get(i) else {
            continue;
        };
        let name = words(&text);
        if names_it(&name, &wanted) {
            let (score, matched) = pattern
                .score(&text, key, true, i64::MIN)
                .unwrap_or((0, Vec::new()));
            hits.push((
                Hit {
                    candidate: i as usize,
                    score,
                    matched,
                },
                key.chars,
            ));
        } else if wanted.len() == 1
            && wanted[0].chars().count() >= MIN_TYPO_CHARS
            && names_it_with_a_slip(&name, &wanted[0])
        {
            slips.push(i);
        }
    }
    // Best score first; then shorter names; then index order (people by mentions).
    hits.sort_by_key(|(h, chars)| (std::cmp::Reverse(h.score), *chars, h.candidate));
    let mut out: Vec<Hit> = hits.into_iter().map(|(h, _)| h).collect();
    if out.len() < FEW_NAMES {
        out.extend(slips.into_iter().map(|i| {
            Hit {
                candidate: i as usize,
                score: 0,
                matched: view
                    .get(i)
                    .map(|(text, _)| slipped_word(&text, &wanted[0]))
                    .unwrap_or_default(),
            }
        }));
    }
    out.truncate(limit);
    out
}

/// How many of `named` the fuzzy pass did not match (names found with a
/// slip, or named by words the query spaced differently): matches to count.
pub(super) fn unmatched(named: &[Hit], survivors: &[Survivor]) -> usize {
    if named.is_empty() {
        return 0;
    }
    let mut left: HashSet<usize> = named.iter().map(|h| h.candidate).collect();
    for s in survivors {
        left.remove(&(s.index as usize));
    }
    left.len()
}

/// Char indices of the first word of `text` that `query` names with a slip.
fn slipped_word(text: &str, query: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        if !chars[start].is_alphanumeric() {
            start += 1;
            continue;
        }
        let end = (start..chars.len())
            .find(|&j| !chars[j].is_alphanumeric())
            .unwrap_or(chars.len());
        let word: String = chars[start..end].iter().map(|&c| text_fold(c)).collect();
        if names_it_with_a_slip(&[word], query) {
            return (start..end).collect();
        }
        start = end;
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_means_one_insertion_deletion_substitution_or_swap() {
        assert!(within_one_edit("zelensky", "zelensky"));
        assert!(within_one_edit("zelenksy", "zelensky"), "a swap");
        assert!(within_one_edit("zelansky", "zelensky"), "a wrong letter");
        assert!(within_one_edit("zelesky", "zelensky"), "a missing letter");
        assert!(within_one_edit("zelenskyy", "zelensky"), "an extra letter");
        assert!(!within_one_edit("zleneksy", "zelensky"));
        assert!(!within_one_edit("zelen", "zelensky"));
        assert!(!within_one_edit("ab", "ba c"));
    }

    #[test]
    fn a_name_is_named_by_the_starts_of_its_words_in_order() {
        let name = words("Vladimir Putin");
        assert!(names_it(&name, &words("putin")));
        assert!(names_it(&name, &words("vlad put")));
        assert!(names_it(&name, &words("Put")));
        assert!(!names_it(&name, &words("utin")));
        assert!(!names_it(&name, &words("putin vladimir")));
        assert!(!names_it(&name, &words("")));
    }

    #[test]
    fn a_slip_is_allowed_in_a_whole_word_or_its_start() {
        let name = words("Volodymyr Zelensky");
        assert!(names_it_with_a_slip(&name, "zelenksy"));
        assert!(names_it_with_a_slip(&name, "zelenks"), "typing on");
        assert!(names_it_with_a_slip(&name, "volodymir"));
        assert!(
            !names_it_with_a_slip(&name, "volodimir"),
            "two letters wrong"
        );
        assert!(!names_it_with_a_slip(&name, "zeleksny"));
        assert_eq!(
            slipped_word("Volodymyr Zelensky", "zelenksy"),
            (10..18).collect::<Vec<_>>()
        );
    }
}
