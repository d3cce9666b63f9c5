//! Other written forms of one full name, joined after identical and close
//! spellings are: an oblique case ("Karola Nawrockiego" for "Karol
//! Nawrocki"), the surname-first order of Hungarian ("Orbán Viktor" for
//! "Viktor Orbán"), and a surname that opens with its particle ("Al
//! Khelaifi", "De la Fuente" for "Nasser Al Khelaifi", "Luis de la Fuente"),
//! and a compound surname whose first part is written alone elsewhere
//! ("Carla Bruni Sarkozy", "Carla Bruni-Sarkozy" for "Carla Bruni").

use rayon::prelude::*;

use super::evidence::is_first_name;
use super::lexicon;
use super::merge::Found;
use super::oblique;
use super::surnames::Root;
use super::word_shapes::is_generational_suffix;
use crate::fast_hash::{FastMap, FastSet};
use crate::text::inflection::name_key;
use crate::union_find::UnionFind;

/// Joins each full spelling to the person of another form of it, by the
/// keys of `by_lower` (every full spelling's [`name_key`], with its first
/// candidate).
pub(super) fn join_other_forms(
    found: &Found,
    by_lower: &FastMap<String, Root>,
    groups: &mut UnionFind<Root>,
) {
    // Surnames from their first particle on, in names with a given name
    // before them ("Al Khelaifi" in "Nasser Al Khelaifi"), with their one
    // person (spellings already merged count once: "Luis de la Fuente",
    // "Luís de la Fuente").
    let mut surnames: FastMap<String, Option<Root>> = FastMap::default();
    for sp in &found.spellings {
        let Some(me) = sp.same_lower.filter(|_| sp.shape.full) else {
            continue;
        };
        let words: Vec<&str> = sp.text.split_whitespace().collect();
        let Some(at) =
            (1..words.len().saturating_sub(1)).find(|&i| lexicon::is_particle_any_case(words[i]))
        else {
            continue;
        };
        // A stray word glued before a known full name ("Paryżu Marine Le
        // Pen", "in Paris Marine Le Pen" in Polish) is that name, not a
        // second person of the surname: it must not make the surname
        // ambiguous.
        if (1..at).any(|k| by_lower.contains_key(&name_key(&words[k..].join(" ")))) {
            continue;
        }
        let me = groups.find(me);
        let one = surnames
            .entry(name_key(&words[at..].join(" ")))
            .or_insert(Some(me));
        if *one != Some(me) {
            *one = None;
        }
    }
    // The first words of full names as written: a name written surname
    // first ends in one of them, so most names need no reversed key.
    let first_words: FastSet<&str> = found
        .spellings
        .iter()
        .filter(|sp| sp.shape.full)
        .map(|sp| sp.shape.first_name)
        .collect();
    // Read-only look-ups, one per distinct spelling: in parallel.
    let joins: Vec<(Root, Root)> = found
        .spellings
        .par_iter()
        .filter_map(|sp| {
            let me = sp.same_lower.filter(|_| sp.shape.full)?;
            let mut words = sp.text.split_whitespace();
            let first = words.next()?;
            let other = if lexicon::is_particle_any_case(first) {
                surnames.get(&name_key(sp.text)).copied().flatten()
            } else {
                match (words.next(), words.next()) {
                    (Some(last), None) => {
                        two_word_form(sp.text, first, last, by_lower, &first_words)
                    }
                    // "Luiza Inacio Lulę da Silva": a longer name's nominative.
                    _ => oblique::nominative_keys(sp.text)
                        .iter()
                        .find_map(|key| by_lower.get(key).copied()),
                }
                .or_else(|| first_surname_form(sp.text, by_lower))
            };
            Some((other?, me))
        })
        .collect();
    for (other, me) in joins {
        groups.union_into_first(other, me);
    }
}

/// The person a name with a compound surname is another form of: the same
/// given name with the surname's first part alone ("Carla Bruni Sarkozy",
/// "Carla Bruni-Sarkozy" → "Carla Bruni"; "Luiz Inácio Lula da Silva" →
/// "Luiz Inácio Lula"), the longest such form known. The words dropped may
/// not open with a given name: "Carla Bruni Nicolas" is two people run
/// together, not a surname. "Donald Trump Jr" is not "Donald Trump": a
/// generational suffix makes no compound surname.
fn first_surname_form(text: &str, by_lower: &FastMap<String, Root>) -> Option<Root> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 2 || words.iter().any(|w| is_generational_suffix(w)) {
        return None;
    }
    let known = |shorter: &str, dropped: &str| {
        let dropped = dropped.trim_start_matches('-');
        if dropped.is_empty() || (is_first_name(dropped) && !lexicon::is_particle_any_case(dropped))
        {
            return None;
        }
        by_lower.get(&name_key(shorter)).copied()
    };
    // A hyphenated last word: its first part ("Bruni-Sarkozy" → "Bruni").
    let last = words[words.len() - 1];
    if let Some((part, rest)) = last.split_once('-')
        && !part.is_empty()
        && let Some(found) = known(
            &format!("{} {part}", words[..words.len() - 1].join(" ")),
            rest,
        )
    {
        return Some(found);
    }
    (2..words.len())
        .rev()
        .filter(|&k| !lexicon::is_particle_any_case(words[k - 1]))
        .find_map(|k| known(&words[..k].join(" "), words[k]))
}

/// The person a two-word name is another form of: its nominative, or the
/// usual order of a name written surname first (the usual order opens with
/// a given name, this one does not).
fn two_word_form(
    text: &str,
    first: &str,
    last: &str,
    by_lower: &FastMap<String, Root>,
    first_words: &FastSet<&str>,
) -> Option<Root> {
    oblique::nominative_keys(text)
        .iter()
        .find_map(|key| by_lower.get(key).copied())
        .or_else(|| {
            if !first_words.contains(last) {
                return None;
            }
            let reversed = by_lower
                .get(&name_key(&format!("{last} {first}")))
                .copied()?;
            (is_first_name(last) && !is_first_name(first)).then_some(reversed)
        })
}
