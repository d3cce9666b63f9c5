//! People from merged candidates: mentions in corpus order, the canonical
//! name, spelling variants and role titles.

use rayon::prelude::*;

use super::Person;
use super::merge::Found;
use super::regnal;
use super::surnames::Root;
use crate::corpus::Corpus;
use crate::fast_hash::{FastMap, FastSet};
use crate::ids::{PersonId, SourceId, Span};
use crate::text::fold::with_lower;
use crate::text::function_words;
use crate::text::roles;
use crate::text::words::{capitals_as_written, tokens_at};

/// A mention while building people: where it is and how it is spelt.
#[derive(Clone, Copy)]
struct At {
    source: u32,
    /// Index of the candidate in its source.
    k: u32,
    spelling: u32,
}

/// The people: every owned candidate (`owned`, in corpus order) joins the
/// person of its root (`root_of`).
pub(super) fn build_people(
    corpus: &Corpus,
    found: &Found,
    owned: &[bool],
    root_of: &[Root],
) -> Vec<Person> {
    // Person of each root, by root: a candidate index like any other.
    let mut slot: Vec<u32> = vec![u32::MAX; root_of.len()];
    let mut members: Vec<Vec<At>> = Vec::new();
    let mut i = 0;
    for (source, cands) in found.per_source.iter().enumerate() {
        for k in 0..cands.len() {
            if owned[i] {
                let root = root_of[i] as usize;
                if slot[root] == u32::MAX {
                    slot[root] = members.len() as u32;
                    members.push(Vec::new());
                }
                let p = slot[root] as usize;
                members[p].push(At {
                    source: source as u32,
                    k: k as u32,
                    spelling: found.spelling_of[i],
                });
            }
            i += 1;
        }
    }
    let mut people: Vec<Person> = members
        .into_par_iter()
        .map(|mut at| {
            // Corpus order is already position order; sorting keeps that a
            // guarantee (and costs one pass when it holds).
            at.sort_by_key(|a| {
                let c = found.per_source[a.source as usize][a.k as usize];
                (a.source, c.span().start)
            });
            person_of(corpus, found, &at)
        })
        .collect();
    number_in_mention_order(&mut people);
    people
}

/// Orders people by their first mention and numbers them in that order.
pub(super) fn number_in_mention_order(people: &mut [Person]) {
    people.sort_by(|a, b| {
        let first = |p: &Person| p.mentions.first().map(|m| (m.source, m.range().start));
        first(a).cmp(&first(b))
    });
    for (id, p) in people.iter_mut().enumerate() {
        p.id = PersonId::new(id);
    }
}

/// Moves each person `i` with `into[i] == Some(t)` into person `t` (its
/// spellings, roles and mentions), then renumbers people in mention order.
/// Targets must not move themselves. Few people move: cloning them is cheap.
pub(super) fn absorb_people(people: &mut Vec<Person>, into: &[Option<usize>]) {
    if into.iter().all(Option::is_none) {
        return;
    }
    let moving: Vec<(usize, Person)> = into
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.map(|t| (t, people[i].clone())))
        .collect();
    for (t, from) in moving {
        let p = &mut people[t];
        for v in std::iter::once(from.name).chain(from.variants) {
            if !p.variants.contains(&v) {
                p.variants.push(v);
            }
        }
        for r in from.roles {
            if !p.roles.contains(&r) {
                p.roles.push(r);
            }
        }
        p.mentions.extend(from.mentions);
        p.mentions.sort_by_key(|m| (m.source, m.range().start));
    }
    let mut kept: Vec<Person> = std::mem::take(people)
        .into_iter()
        .zip(into)
        .filter(|(_, t)| t.is_none())
        .map(|(p, _)| p)
        .collect();
    number_in_mention_order(&mut kept);
    *people = kept;
}

/// A person from its mentions (sorted by position): the canonical name is
/// the most complete, then most frequent, full spelling.
fn person_of(corpus: &Corpus, found: &Found, at: &[At]) -> Person {
    let cand = |a: &At| found.per_source[a.source as usize][a.k as usize];
    // Distinct spellings with their count and first position, and how often
    // each surname spelling occurs: the canonical choice looks at spellings,
    // not at every mention.
    let mut spellings: FastMap<u32, (usize, (u32, usize))> = FastMap::default();
    for a in at {
        let first = (a.source, cand(a).span().start);
        spellings.entry(a.spelling).or_insert((0, first)).0 += 1;
    }
    let mut surname_counts: FastMap<&str, usize> = FastMap::default();
    for (&s, &(count, _)) in &spellings {
        *surname_counts
            .entry(found.spellings[s as usize].shape.surname)
            .or_default() += count;
    }
    let canonical = spellings
        .iter()
        .max_by_key(|&(&s, &(count, first))| {
            let shape = &found.spellings[s as usize].shape;
            (
                shape.name_words,
                count,
                surname_counts.get(shape.surname).copied().unwrap_or(0),
                std::cmp::Reverse(first),
            )
        })
        .map(|(&s, _)| one_line(found.spellings[s as usize].text))
        .unwrap_or_default();
    let mut variants = vec![canonical.clone()];
    let mut roles: Vec<String> = Vec::new();
    // Seen spellings and roles, so that a person with thousands of mentions
    // and many variants is not a scan of the variants per mention.
    // By spelling id: one id per distinct text.
    let mut seen_variants: FastSet<u32> = FastSet::default();
    let mut line_broken = false;
    let mut seen_roles: FastSet<&str> = FastSet::default();
    let mut mentions = Vec::with_capacity(at.len());
    for a in at {
        let c = cand(a);
        let source = SourceId::new(a.source as usize);
        let spelling = found.spellings[a.spelling as usize].text;
        if seen_variants.insert(a.spelling) && spelling != canonical {
            let shown = one_line(spelling);
            // A spelling across a line break shows as the one on one line:
            // once one has, a spelling may be there already.
            let unbroken = !spelling.contains(['\n', '\r']);
            if (unbroken && !line_broken) || !variants.contains(&shown) {
                line_broken |= !unbroken;
                variants.push(shown);
            }
        }
        let text = corpus
            .articles
            .get(source.index())
            .map_or("", |a| a.text.as_str());
        let span = c.span();
        // "the leader of Green Dawn, Ann Roe": a role with its body set off
        // beside the name is the person's as a title before it would be.
        let apposed = || super::appositions::apposed_role(text, span.clone());
        if let Some(role) = c.role().or_else(apposed).and_then(|r| text.get(r)) {
            let role = role.trim();
            if seen_roles.insert(role) && !names_a_country(role) {
                add_role(&mut roles, from_its_noun(role));
            }
        }
        mentions.push(Span::new(source, span));
    }
    // "Pope Francis", "King Charles III": the title is part of the name.
    let canonical = match regnal::shown_name(&canonical, &roles) {
        Some(shown) => {
            variants.insert(0, shown.clone());
            shown
        }
        None => canonical,
    };
    Person {
        id: PersonId::default(),
        name: canonical,
        variants,
        roles,
        mentions,
        quotes: Vec::new(),
    }
}

/// A spelling as shown: a name read across the line break of wrapped
/// prose ("Tomas⏎Orlen") on one line; its mentions keep the text's bytes.
fn one_line(spelling: &str) -> String {
    if spelling.contains(['\n', '\r']) {
        spelling.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        spelling.to_string()
    }
}

/// Whether `role` is only a country's name, as the body of a role before a
/// name leaves it where the role's noun was not read ("министр внутренних
/// дел Франции Лоран Нуньес" gave "Франции"): no title of the person's.
fn names_a_country(role: &str) -> bool {
    with_lower(role, |r| roles::country_names().any(|name| name == r))
}

/// Contractions of a preposition and an article, which the function words
/// leave out: "del presidente", "al presidente", "della giornalista".
#[rustfmt::skip]
const CONTRACTIONS: &[&str] = &[
    "del", "al", "della", "dello", "dei", "degli", "delle", "alla", "allo", "ai", "agli",
    "dal", "dalla", "nel", "nella", "sul", "sulla", "do", "da", "dos", "das", "ao", "aos",
    "vom", "zum", "zur", "beim",
];

/// `role` from its role noun on, when only a function word stands right
/// before that noun: the preposition or article the role's mention was read
/// with ("del presidente", "de la reine", "nach Angaben von Premierminister"
/// → "presidente", "reine", "Premierminister"). A qualifier before the noun
/// stays ("US President", "Former President").
fn from_its_noun(role: &str) -> &str {
    let mut previous: Option<&str> = None;
    for (at, word) in tokens_at(role) {
        if roles::role_of_any_case(word).is_some() {
            // An acronym is a body, not an article: "UN Secretary General".
            let led = previous.is_some_and(|p| {
                (p.chars().any(char::is_lowercase) || p.chars().nth(1).is_none())
                    && (function_words::is_function_word(p)
                        || with_lower(p, |p| CONTRACTIONS.contains(&p)))
            });
            return if led { &role[at..] } else { role };
        }
        previous = Some(word);
    }
    role
}

/// The most letters of a role that is an acronym ("CEO"), not a shouted word.
const ACRONYM_CHARS: usize = 3;

/// Adds `role` to a person's roles unless it is one of them in another
/// case: a transcript's label ("PRESIDENT") and the prose ("President"), or
/// a title before a name ("Judge") and a noun ("judge"), are one role. The
/// spelling kept is the first, unless that was all capitals; a role in
/// capitals alone is listed as prose writes it.
fn add_role(roles: &mut Vec<String>, role: &str) {
    let capitals = |r: &str| !r.chars().any(char::is_lowercase);
    let folded = role.to_lowercase();
    match roles.iter_mut().find(|r| r.to_lowercase() == folded) {
        Some(kept) => {
            if capitals(kept) && !capitals(role) {
                *kept = role.to_string();
            }
        }
        // A transcript's label shouts its title ("PRESIDENT HOLM:"): listed
        // as prose writes it, but for an acronym ("CEO", "MP").
        None if capitals(role) && role.chars().count() > ACRONYM_CHARS => {
            roles.push(capitals_as_written(role));
        }
        None => roles.push(role.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::{add_role, from_its_noun, names_a_country};

    #[test]
    fn a_role_is_listed_from_its_noun_after_a_preposition_or_article() {
        assert_eq!(from_its_noun("del presidente"), "presidente");
        assert_eq!(
            from_its_noun("nach Angaben von Premierminister"),
            "Premierminister"
        );
        assert_eq!(from_its_noun("Le président"), "président");
        assert_eq!(from_its_noun("O presidente"), "presidente");
        for kept in [
            "US President",
            "UN Secretary General",
            "Former President",
            "Secretary of State",
            "Chief of Staff",
        ] {
            assert_eq!(from_its_noun(kept), kept);
        }
    }

    #[test]
    fn a_country_alone_is_no_role() {
        assert!(names_a_country("Франции") && names_a_country("Rosji"));
        assert!(!names_a_country("Глава МВД") && !names_a_country("President"));
    }

    #[test]
    fn a_role_in_another_case_is_the_same_role() {
        let mut roles = Vec::new();
        for role in ["PRESIDENT", "Judge", "President", "judge", "Prime Minister"] {
            add_role(&mut roles, role);
        }
        assert_eq!(roles, ["President", "Judge", "Prime Minister"]);
    }

    #[test]
    fn a_role_in_capitals_alone_is_listed_as_a_title_is_written() {
        let mut roles = Vec::new();
        for role in ["PRIME MINISTER", "CEO", "Judge"] {
            add_role(&mut roles, role);
        }
        assert_eq!(roles, ["Prime Minister", "CEO", "Judge"]);
    }
}
