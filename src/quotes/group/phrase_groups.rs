//! Sentences around a phrase that other outlets quote alone. Three outlets
//! quote a minister's "conclusive information" and nothing more; a fourth
//! prints the sentence it comes from ("there is no conclusive information
//! on the causes of this outage"). The phrases group with each other, but
//! the sentence shares too little with two words to link, and `lifted`
//! places it only when its own article quotes the phrase too.
//!
//! Here the phrase's group itself says which statement the sentence
//! renders, under conditions that keep a phrase from naming a statement it
//! is not from: the group holds only phrases (two words or more, no full
//! rendering the sentence failed to link), all given to one speaker; the
//! sentence is in no group, is given to that speaker alone and holds one of
//! the phrases as one run; no rendering in another group holds any of the
//! group's phrases as a run, and no other ungrouped sentence does unless
//! it is in another article and shares another word with it (a phrase two
//! statements say names neither; two outlets' own translations of the
//! sentence need not link, but keep more of it than the phrase); and the
//! sentence's phrases name one group only. The cost is one pass
//! over the forms, each word looked up among the phrases that start with it.
//!
//! A phrase given to one speaker alone in a group that also holds longer
//! renderings (outlets quoting "a floating bridge" beside others' full
//! sentence) names that statement too, on the same conditions, to a
//! sentence that is mostly the phrase: at most [`COVERED`] times its words
//! (a headline, "Finally, a floating bridge for fishermen"). The sentence
//! failed to link those renderings, so a long one around the phrase is as
//! often another statement on its topic.

use rayon::prelude::*;

use crate::fast_hash::FastMap;
use crate::ids::{PersonId, SourceId};

use super::echoes::{Voice, Vote, clustered_groups, move_forms};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::fragments::MAX_FRAGMENT_WORDS;
use super::link::{MIN_CORE_WORDS, MIN_WORDS};

/// Ungrouped sentences that may hold one group's phrases and join it: more
/// are a phrase its speaker says in many statements (and bound the pairs
/// of them compared).
const MAX_HOLDERS: usize = 4;

/// A sentence holding a phrase of a group with longer renderings has at
/// most this many times the phrase's words.
const COVERED: usize = 2;

/// Moves every ungrouped form longer than a phrase, given to one speaker,
/// into the one group of that speaker's phrases it holds (see the module
/// doc). `groups` are lists of form ids; `voice` tells a unit's quote.
pub fn adopt(forms: &Forms, groups: &mut Vec<Vec<FormId>>, voice: impl Fn(UnitIdx) -> Voice) {
    let group_of = clustered_groups(forms, groups, &voice);
    // Per group of one speaker's phrases alone, that speaker.
    let speaker_of: Vec<Option<PersonId>> = groups
        .iter()
        .map(|members| phrases_speaker(forms, members))
        .collect();
    // Per grouped form, the speaker it names a statement of as a phrase: a
    // phrase of such a group, or one given to one speaker in a group with
    // longer renderings ("a floating bridge" beside the sentence it is from).
    let phrase_speaker = |p: FormId| -> Option<PersonId> {
        let g = *group_of.get(p)?;
        if g == usize::MAX {
            return None;
        }
        speaker_of[g].or_else(|| lone_phrase_speaker(forms, p))
    };
    // The phrases, by first word.
    let mut by_first: FastMap<WordId, Vec<FormId>> = FastMap::default();
    for (f, form) in forms.forms.iter().enumerate() {
        if phrase_speaker(f).is_some() {
            by_first.entry(form.words()[0]).or_default().push(f);
        }
    }
    if by_first.is_empty() {
        return;
    }
    // The phrases a form holds as a run, with their groups (group first),
    // none of its own group.
    let held = |f: FormId| -> Vec<(usize, FormId)> {
        let words = forms.forms[f].words();
        let mut held = Vec::new();
        for (i, w) in words.iter().enumerate() {
            for &p in by_first.get(w).map_or(&[][..], Vec::as_slice) {
                if group_of[p] != group_of[f] && words[i..].starts_with(forms.forms[p].words()) {
                    held.push((group_of[p], p));
                }
            }
        }
        held.sort_unstable();
        held.dedup();
        held
    };
    // A group whose phrase a rendering of another group says names no one
    // statement. What each form holds is read on all cores (this stage is
    // otherwise serial).
    let mut shared = vec![false; groups.len()];
    let in_shared: Vec<usize> = (0..forms.len())
        .into_par_iter()
        .filter(|&f| group_of[f] != usize::MAX && speaker_of[group_of[f]].is_none())
        .flat_map_iter(|f| held(f).into_iter().map(|(g, _)| g))
        .collect();
    for h in in_shared {
        shared[h] = true;
    }
    // The ungrouped sentences that may adopt a phrase; a group whose phrase
    // two of them hold names neither (two sentences in no group are two
    // statements, or they would have linked).
    let candidates: Vec<(FormId, Vec<(usize, FormId)>)> = (0..forms.len())
        .into_par_iter()
        .filter(|&f| group_of[f] == usize::MAX && forms.forms[f].words().len() > MAX_FRAGMENT_WORDS)
        .map(|f| (f, held(f)))
        .collect();
    // Per group, the sentences holding its phrases: two of one article are
    // two sentences, and so are two of two articles that share no other
    // word (nor a listed near-synonym; function words and "we", "you" are
    // every statement's): a phrase two statements say names neither. Two
    // outlets' own translations of one sentence keep more of it than the
    // phrase ("no conclusive evidence on the causes" / "lack conclusive
    // evidence about the reasons").
    let mut holders: Vec<(usize, FormId)> = candidates
        .iter()
        .flat_map(|(f, held)| held.iter().map(|&(g, _)| (g, *f)))
        .collect();
    holders.sort_unstable();
    holders.dedup();
    let mut apart = vec![false; groups.len()];
    for run in holders.chunk_by(|x, y| x.0 == y.0).filter(|r| r.len() > 1) {
        let g = run[0].0;
        if run.len() > MAX_HOLDERS {
            apart[g] = true;
            continue;
        }
        let mut sources: Vec<(SourceId, FormId)> = run
            .iter()
            .flat_map(|&(_, f)| forms.forms[f].units.iter().map(move |&u| (u, f)))
            .map(|(u, f)| (voice(u).source, f))
            .collect();
        sources.sort_unstable();
        sources.dedup();
        let one_article = sources.windows(2).any(|w| w[0].0 == w[1].0);
        let phrase_words: Vec<WordId> = {
            let mut words: Vec<WordId> = groups[g]
                .iter()
                .filter(|&&p| phrase_speaker(p).is_some())
                .flat_map(|&p| forms.forms[p].words().iter().copied())
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        };
        let more_in_common = |a: FormId, b: FormId| {
            let own = |f: FormId| {
                forms.forms[f].bag().filter(|&w| {
                    let pronoun = forms.word_person.get(w as usize).is_some_and(|&p| p != 0);
                    !forms.function[w as usize]
                        && !pronoun
                        && phrase_words.binary_search(&w).is_err()
                })
            };
            own(a).any(|x| {
                own(b)
                    .any(|y| x == y || forms.synonyms.binary_search(&(x.min(y), x.max(y))).is_ok())
            })
        };
        let unlike = run
            .iter()
            .enumerate()
            .any(|(i, &(_, a))| run[i + 1..].iter().any(|&(_, b)| !more_in_common(a, b)));
        apart[g] = one_article || unlike;
    }
    let moves: Vec<(FormId, usize)> = candidates
        .into_iter()
        .filter_map(|(f, held)| {
            let form = &forms.forms[f];
            let [speaker] = *form.speakers else {
                return None;
            };
            let mut vote = Vote::None;
            for (g, p) in held {
                if shared[g] || apart[g] || phrase_speaker(p) != Some(speaker) {
                    return None;
                }
                // Beside longer renderings the sentence failed to link, the
                // phrase must be most of it (a headline's "Finally, a
                // floating bridge for fishermen"): a long sentence around it
                // is as often another statement on its topic.
                if speaker_of[g].is_none()
                    && forms.forms[p].words().len() * COVERED < form.words().len()
                {
                    return None;
                }
                vote.add(g);
            }
            match vote {
                Vote::One(g) => Some((f, g)),
                _ => None,
            }
        })
        .collect();
    move_forms(groups, moves);
}

/// The one speaker of phrase `p` (two to [`MAX_FRAGMENT_WORDS`] words, not
/// a stock phrase) given to that speaker alone, in a group with longer
/// renderings.
fn lone_phrase_speaker(forms: &Forms, p: FormId) -> Option<PersonId> {
    let form = &forms.forms[p];
    match *form.speakers {
        [s] if (MIN_WORDS..=MAX_FRAGMENT_WORDS).contains(&form.words().len())
            && !forms.is_stock_phrase(p, MIN_CORE_WORDS) =>
        {
            Some(s)
        }
        _ => None,
    }
}

/// The one speaker of a group made only of phrases (two to
/// [`MAX_FRAGMENT_WORDS`] words) that are all given to that speaker alone.
fn phrases_speaker(forms: &Forms, members: &[FormId]) -> Option<PersonId> {
    let mut speaker = None;
    for &m in members {
        let form = &forms.forms[m];
        if !(MIN_WORDS..=MAX_FRAGMENT_WORDS).contains(&form.words().len()) {
            return None;
        }
        match (&*form.speakers, speaker) {
            (&[s], None) => speaker = Some(s),
            (&[s], Some(t)) if s == t => {}
            _ => return None,
        }
    }
    speaker
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::group::forms::Form;

    fn forms_of(lists: &[&[WordId]], speakers: &[&[PersonId]]) -> Forms {
        Forms {
            forms: lists
                .iter()
                .zip(speakers)
                .map(|(l, s)| {
                    let mut form = Form::new(l.to_vec());
                    form.speakers = s.to_vec().into();
                    form
                })
                .collect(),
            idf: vec![1.0; 16],
            df: vec![1; 16],
            ..Forms::default()
        }
    }

    #[test]
    fn a_group_of_one_speakers_phrases_has_that_speaker() {
        let (a, b) = (PersonId::new(0), PersonId::new(1));
        let forms = forms_of(
            &[&[1, 2], &[1, 2, 3], &[1, 2, 3, 4, 5], &[6]],
            &[&[a], &[a], &[a], &[a]],
        );
        assert_eq!(phrases_speaker(&forms, &[0, 1]), Some(a));
        // A full rendering in the group: the sentence failed to link it.
        assert_eq!(phrases_speaker(&forms, &[0, 2]), None);
        // A one-word scare quote names no statement.
        assert_eq!(phrases_speaker(&forms, &[0, 3]), None);
        let forms = forms_of(&[&[1, 2], &[1, 2, 3]], &[&[a], &[b]]);
        assert_eq!(phrases_speaker(&forms, &[0, 1]), None);
    }
}
