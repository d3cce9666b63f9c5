//! Stray renderings: attributed units that no link placed in a group, but
//! that are one group rendering's words but for one: "We'll see what
//! happens." beside "Let's see what happens.", "moving towards achieving
//! our goals" beside "advancing towards achieving our goals" (translations
//! of one sentence by one speaker). The alignment finds too few words to
//! link such short renderings; the speaker, the words and the absence of
//! any rival group together say which statement they render.
//!
//! Every rule here trades recall for precision in one direction only: a
//! stray joins at most one group, only a group that holds its speaker, and
//! only when no other group (whoever speaks in it) fits as well. Scare
//! quotes (one to three words) never stray into a group here, even where
//! one group of their speaker holds them verbatim: measured on the labelled
//! news, that joined terms ("Today", a weapon's name) to statements that
//! use them, and cost precision on the half not tuned on. `echoes` places
//! them on stricter evidence (their own article's longer quote, or one
//! group that mostly says the word).

use rayon::prelude::*;

use crate::fast_hash::FastMap;
use crate::ids::PersonId;

use super::forms::{Form, FormId, Forms, WordId};
use super::link::MIN_LINK_WORDS;

/// Rare words looked up per stray: a fitting rendering lacks at most one
/// of the stray's words, so it holds one of its two rarest.
const LOOKUP_WORDS: usize = 2;
/// Rendering forms a stray looks at per word looked up: a word in more
/// group members than this is in many statements, and the stray is left
/// alone (this also bounds the work per stray).
const MAX_POSTINGS: usize = 256;

/// Moves every stray form into the one group of `groups` (lists of form
/// ids) that fits it (see the module doc). `eligible`: forms that may
/// stray (not ones already judged ambiguous or stock phrases).
pub fn adopt(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    eligible: impl Fn(FormId) -> bool + Sync,
) {
    let mut group_of = vec![usize::MAX; forms.len()];
    let mut in_cluster = vec![false; forms.len()];
    for (g, members) in groups.iter().enumerate() {
        let units: usize = members.iter().map(|&f| forms.forms[f].units.len()).sum();
        for &f in members {
            group_of[f] = g;
            in_cluster[f] = units >= 2;
        }
    }
    let common = forms.common_df();
    let content = |f: &Form| -> Vec<WordId> {
        f.bag()
            .filter(|&w| forms.df[w as usize] <= common)
            .collect()
    };
    // Read on all cores (this stage is otherwise serial), in form order.
    let strays: Vec<(FormId, Vec<WordId>)> = (0..forms.len())
        .into_par_iter()
        .filter(|&f| {
            !in_cluster[f]
                && !forms.forms[f].speakers.is_empty()
                && forms.forms[f].words().len() >= MIN_LINK_WORDS
                && eligible(f)
        })
        .map(|f| (f, content(&forms.forms[f])))
        .filter(|(_, c)| !c.is_empty())
        .collect();
    // Each stray looks up its two rarest content words (a fitting group
    // rendering may lack one of them); only those words are indexed.
    let lookups = |c: &[WordId]| -> Vec<WordId> {
        let mut by_rarity = c.to_vec();
        by_rarity.sort_by_key(|&w| (forms.df[w as usize], w));
        by_rarity.truncate(LOOKUP_WORDS);
        by_rarity
    };
    let mut postings: FastMap<WordId, Vec<FormId>> = FastMap::default();
    // The words looked up, by word id: every group rendering's words are
    // tested, and a table answers without hashing each.
    let mut looked_up = vec![false; forms.df.len()];
    for (_, c) in &strays {
        for w in lookups(c) {
            postings.entry(w).or_default();
            if let Some(x) = looked_up.get_mut(w as usize) {
                *x = true;
            }
        }
    }
    // Found on all cores, listed in form order as each posting keeps them.
    let found: Vec<(WordId, FormId)> = (0..forms.len())
        .into_par_iter()
        .filter(|&f| in_cluster[f])
        .flat_map_iter(|f| {
            forms.forms[f]
                .bag()
                .filter(|&w| looked_up.get(w as usize).copied().unwrap_or(false))
                .map(move |w| (w, f))
        })
        .collect();
    for (w, f) in found {
        if let Some(list) = postings.get_mut(&w) {
            list.push(f);
        }
    }
    let moves: Vec<(FormId, usize)> = strays
        .par_iter()
        .filter_map(|(f, c)| {
            let stray = &forms.forms[*f];
            let mut fitting: Option<usize> = None;
            for w in lookups(c) {
                let list = postings.get(&w).map_or(&[][..], Vec::as_slice);
                if list.len() > MAX_POSTINGS {
                    return None;
                }
                for &m in list
                    .iter()
                    .filter(|&&m| one_word_apart(stray.words(), forms.forms[m].words()))
                {
                    match fitting {
                        Some(g) if g != group_of[m] => return None,
                        _ => fitting = Some(group_of[m]),
                    }
                }
            }
            let g = fitting?;
            speaks_in(&stray.speakers, forms, &groups[g]).then_some((*f, g))
        })
        .collect();
    for (f, g) in moves {
        if let Some(own) = groups.get_mut(group_of[f]) {
            own.retain(|&x| x != f);
        }
        groups[g].push(f);
    }
    groups.retain(|g| !g.is_empty());
}

/// Whether two word sequences of at least [`MIN_LINK_WORDS`] words differ
/// by one word swapped, or one word added inside (not at either end: a word
/// added at the end is more often the start of another statement, "We will
/// win tonight" / "We will win"). A stray must be the whole of the group's
/// rendering so: "We will win tonight" holds three of the four words of "We
/// will win and save Poland", a different statement.
fn one_word_apart(a: &[WordId], b: &[WordId]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < MIN_LINK_WORDS {
        return false;
    }
    match long.len() - short.len() {
        0 => short.iter().zip(long).filter(|(x, y)| x != y).count() == 1,
        1 => (1..short.len()).any(|at| long[..at] == short[..at] && long[at + 1..] == short[at..]),
        _ => false,
    }
}

/// Whether one of `speakers` (sorted) speaks in a group of forms.
fn speaks_in(speakers: &[PersonId], forms: &Forms, members: &[FormId]) -> bool {
    members.iter().any(|&m| {
        forms.forms[m]
            .speakers
            .iter()
            .any(|s| speakers.binary_search(s).is_ok())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_swapped_or_added_inside() {
        // we'll see what happens / let's see what happens
        assert!(one_word_apart(&[1, 2, 3, 4], &[5, 2, 3, 4]));
        // a word added inside, either side the longer
        assert!(one_word_apart(&[1, 2, 3, 4], &[1, 2, 9, 3, 4]));
        assert!(one_word_apart(&[1, 2, 9, 3, 4], &[1, 2, 3, 4]));
        // a word added at an end: often the start of another statement
        assert!(!one_word_apart(&[1, 2, 3, 4], &[1, 2, 3, 4, 9]));
        assert!(!one_word_apart(&[1, 2, 3, 4], &[9, 1, 2, 3, 4]));
        // two words apart, or too short to tell
        assert!(!one_word_apart(&[1, 2, 3, 4], &[5, 6, 3, 4]));
        assert!(!one_word_apart(&[1, 2, 3], &[5, 2, 3]));
        assert!(!one_word_apart(&[1, 2, 3, 4], &[1, 2, 3, 4, 5, 6]));
    }
}
