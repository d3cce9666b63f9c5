//! Copies of a grouped scare quote with a word of the outlet's own added.
//! Three outlets quote a mayor's "gutted" and those copies group (with
//! each other or with the statement they come from); a fourth prints
//! "totally gutted", a fifth "years of neglect" beside the group's
//! "neglect". The longer copy is too short to link anything, it is no run
//! of the group's renderings (`attach`, `rare_words`), and its own article
//! quotes nothing else of the statement (`echoes`): it stays alone.
//!
//! Here a fragment (two to [`MAX_FRAGMENT_WORDS`] words) in no group,
//! given to one speaker, joins the group of the shorter grouped forms it
//! ends with, the words before them its own (a word after them makes
//! another phrase: "gutted quay"), when: each such form is given to that
//! speaker, is no stock phrase and prints the fragment's word (not only
//! its key); all of them are in one group; and no form of another group,
//! nor two longer forms in no group, hold any of them as a run (a word two
//! statements say names neither). The cost is one pass over the forms'
//! distinct words, each asked of a table by word id, and only when some
//! fragment holds a grouped form.

use rayon::prelude::*;

use crate::fast_hash::FastMap;

use super::echoes::{Voice, Vote, clustered_groups, holds_run, move_forms, says_the_word};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::fragments::MAX_FRAGMENT_WORDS;
use super::link::MIN_WORDS;

/// Moves every ungrouped fragment that holds one group's scare quotes into
/// that group (see the module doc). `voice` tells a unit's quote; `text` a
/// unit's text.
pub fn adopt<'t>(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    voice: impl Fn(UnitIdx) -> Voice,
    text: impl Fn(UnitIdx) -> &'t str + Sync,
) {
    let group_of = clustered_groups(forms, groups, &voice);
    let rarest = |f: FormId| -> WordId {
        forms
            .rarest_of(forms.forms[f].words())
            .expect("a form has words")
    };
    // The grouped short forms a fragment may hold: shorter than a
    // fragment, one speaker's, no stock phrase; by their rarest word.
    let mut quoted: FastMap<WordId, Vec<FormId>> = FastMap::default();
    for (f, form) in forms.forms.iter().enumerate() {
        if group_of[f] != usize::MAX
            && form.words().len() < MAX_FRAGMENT_WORDS
            && forms.one_speaker(f).is_some()
            && !forms.is_stock_phrase(f, MIN_WORDS + 1)
        {
            quoted.entry(rarest(f)).or_default().push(f);
        }
    }
    if quoted.is_empty() {
        return;
    }
    // Per ungrouped fragment of one speaker, the group its held forms name.
    let votes: Vec<(FormId, usize, Vec<FormId>)> = (0..forms.len())
        .into_par_iter()
        .filter_map(|f| {
            let form = &forms.forms[f];
            let [speaker] = *form.speakers else {
                return None;
            };
            if group_of[f] != usize::MAX
                || !(MIN_WORDS..=MAX_FRAGMENT_WORDS).contains(&form.words().len())
            {
                return None;
            }
            let mut vote = Vote::None;
            let mut held = Vec::new();
            for w in form.bag() {
                for &p in quoted.get(&w).map_or(&[][..], Vec::as_slice) {
                    if !ends_with_run(form.words(), forms.forms[p].words()) {
                        continue;
                    }
                    if forms.one_speaker(p) != Some(speaker)
                        || !says_the_word(forms, &[f], p, &text)
                    {
                        return None;
                    }
                    vote.add(group_of[p]);
                    held.push(p);
                }
            }
            match vote {
                Vote::One(g) => Some((f, g, held)),
                _ => None,
            }
        })
        .collect();
    if votes.is_empty() {
        return;
    }
    // Where else the held forms' words stand as a run: only in their own
    // group, or a statement of another group says them too.
    let mut looked_up = vec![false; forms.df.len()];
    let mut wanted: FastMap<WordId, Vec<FormId>> = FastMap::default();
    for &p in votes.iter().flat_map(|(_, _, held)| held) {
        let w = rarest(p);
        looked_up[w as usize] = true;
        wanted.entry(w).or_default().push(p);
    }
    for list in wanted.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    let (wanted, looked_up, group_of) = (&wanted, &looked_up, &group_of);
    // Grouped forms, and ungrouped ones longer than a fragment (a fragment
    // left out may itself be a copy with a word added).
    let holders: Vec<(FormId, usize)> = forms
        .forms
        .par_iter()
        .enumerate()
        .filter(|&(h, form)| group_of[h] != usize::MAX || form.words().len() > MAX_FRAGMENT_WORDS)
        .flat_map_iter(|(h, form)| {
            form.bag()
                .filter(move |&w| looked_up[w as usize])
                .flat_map(move |w| wanted[&w].iter())
                .filter(move |&&p| h != p && holds_run(form.words(), forms.forms[p].words()))
                .map(move |&p| (p, group_of[h]))
        })
        .collect();
    // Per held form, whether another group holds it, and how many
    // ungrouped statements do: one may be the statement it is lifted from
    // (no other rendering linked it), two are two statements.
    let mut elsewhere: FastMap<FormId, (bool, usize)> = FastMap::default();
    for (p, g) in holders {
        let slot = elsewhere.entry(p).or_default();
        if g == usize::MAX {
            slot.1 += 1;
        } else if g != group_of[p] {
            slot.0 = true;
        }
    }
    let own_group_only = |p: FormId| {
        elsewhere
            .get(&p)
            .is_none_or(|&(other_group, ungrouped)| !other_group && ungrouped <= 1)
    };
    let moves: Vec<(FormId, usize)> = votes
        .into_iter()
        .filter(|(_, _, held)| held.iter().all(|&p| own_group_only(p)))
        .map(|(f, g, _)| (f, g))
        .collect();
    move_forms(groups, moves);
}

/// Whether `words` end with `run`, after words of their own: the words
/// added qualify the quoted ones ("totally gutted", "years of neglect"); a
/// word after them makes another phrase ("gutted quay", "friend Ann
/// Lee": the quoted word qualifies it, or it names whom the word is of).
fn ends_with_run(words: &[WordId], run: &[WordId]) -> bool {
    words.len() > run.len() && words.ends_with(run)
}

#[cfg(test)]
mod tests {
    use crate::ids::PersonId;
    use crate::quotes::group::echoes::tests::{articles_of, together};
    use crate::quotes::group::group;

    /// Three outlets quote one word of a statement a fourth prints whole;
    /// a fifth quotes the word with one of its own added.
    const HARBOUR: [(&str, &[&str]); 6] = [
        (
            "The mayor said the old harbour was \"gutted\" by the storm.",
            &["gutted"],
        ),
        ("She called the harbour \"gutted\" on Monday.", &["gutted"]),
        (
            "The fishing port was \"gutted\", the mayor said.",
            &["gutted"],
        ),
        (
            "\"The storm has gutted our harbour and the boats will not sail before spring,\" she said.",
            &["The storm has gutted our harbour and the boats will not sail before spring,"],
        ),
        (
            "The mayor described a harbour \"totally gutted\" after the night.",
            &["totally gutted"],
        ),
        (
            "\"Schools reopen on Thursday and the buses run again from the square,\" she added.",
            &["Schools reopen on Thursday and the buses run again from the square,"],
        ),
    ];

    #[test]
    fn a_scare_quote_with_a_word_added_joins_the_group_of_its_copies() {
        let (corpus, mut quotes) = articles_of(&HARBOUR);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(3));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(together(&quotes, 0, 1), "{clusters:#?}");
        assert!(together(&quotes, 4, 0), "{clusters:#?}");
        assert!(!together(&quotes, 4, 5), "{clusters:#?}");
        // Given to someone else, the longer copy is not her word.
        quotes[4].speaker = Some(PersonId::new(4));
        let clusters = group(&corpus, &mut quotes);
        assert!(!together(&quotes, 4, 0), "{clusters:#?}");
        // A word after the quoted one makes another phrase.
        let mut articles = HARBOUR.to_vec();
        articles[4] = (
            "The mayor described a \"gutted quay\" after the night.",
            &["gutted quay"],
        );
        let (corpus, mut quotes) = articles_of(&articles);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(3));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(!together(&quotes, 4, 0), "{clusters:#?}");
    }
}
