//! Sentences that a grouped scare quote was lifted from: the mirror of
//! `echoes`. An article that quotes Putin's "duel" (placed in the group of
//! his high-tech duel proposal) and, in another quotation, his "hold a
//! high-tech duel between Russia and the West" prints the sentence the
//! phrase comes from. When the alignment links that sentence to no group (a
//! loose translation shares too few words in order), its own article's
//! phrase says which statement it renders.
//!
//! The conditions are those `echoes` places a phrase on, read the other
//! way: the sentence is in no group and its speaker is known; each of its
//! units votes only for the groups of phrases that its own article gives to
//! the same speaker in another quotation and that it holds as one run; it
//! joins only when every vote names one group, and only when most of that
//! group's renderings say the phrase too (a word the group merely mentions
//! names no statement), and the sentence holds a phrase of two words or more
//! that the group holds too. The cost is one pass over the forms and, per
//! ungrouped attributed unit, a look at its article's grouped phrases.

use crate::fast_hash::{FastMap, FastSet};
use crate::ids::SourceId;

use super::echoes::{Voice, Vote, clustered_groups, holds_run, move_forms, said_by_most};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::fragments::MAX_FRAGMENT_WORDS;
use super::link::MIN_WORDS;

/// Moves every attributed form longer than a phrase that no group holds
/// into the one group its article's grouped phrases of its speaker place it
/// in (see the module doc). `groups` are lists of form ids; `voice` tells a
/// unit's article, quote and speaker; `leaving` the copies of phrases
/// that leave their form ([`super::echo_copies`]), which place nothing.
pub fn adopt(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    voice: impl Fn(UnitIdx) -> Voice,
    leaving: &super::echo_copies::Leaving,
) {
    let left: FastSet<UnitIdx> = leaving
        .iter()
        .flat_map(|(_, u)| u.iter().copied())
        .collect();
    let group_of = clustered_groups(forms, groups, &voice);
    // The grouped phrases of one speaker that most of their group says, by
    // article, each with its unit.
    let mut phrases: FastMap<SourceId, Vec<(UnitIdx, FormId)>> = FastMap::default();
    for (f, form) in forms.forms.iter().enumerate() {
        let phrase = (1..=MAX_FRAGMENT_WORDS).contains(&form.words().len());
        if phrase
            && form.speakers.len() == 1
            && group_of[f] != usize::MAX
            && said_by_most(forms, &groups[group_of[f]], form.words())
        {
            for &u in form.units.iter().filter(|u| !left.contains(u)) {
                phrases.entry(voice(u).source).or_default().push((u, f));
            }
        }
    }
    if phrases.is_empty() {
        return;
    }
    let vote = |f: FormId| -> Vote {
        let sentence = forms.forms[f].words();
        let mut vote = Vote::None;
        for &u in &forms.forms[f].units {
            let v = voice(u);
            let Some(speaker) = v.speaker else { continue };
            for &(m, p) in phrases.get(&v.source).map_or(&[][..], Vec::as_slice) {
                let w = voice(m);
                if w.quote != v.quote
                    && w.speaker == Some(speaker)
                    && holds_run(sentence, forms.forms[p].words())
                    && holds_a_phrase_of(forms, &groups[group_of[p]], sentence)
                {
                    vote.add(group_of[p]);
                }
            }
        }
        vote
    };
    let moves: Vec<(FormId, usize)> = (0..forms.len())
        .filter(|&f| {
            let form = &forms.forms[f];
            group_of[f] == usize::MAX
                && form.words().len() > MAX_FRAGMENT_WORDS
                && !form.speakers.is_empty()
        })
        .filter_map(|f| match vote(f) {
            Vote::One(g) => Some((f, g)),
            _ => None,
        })
        .collect();
    move_forms(groups, moves);
}

/// Whether `sentence` holds, as one run, a phrase of two words or more
/// that the group holds as a rendering of its own: one shared word ("defeat"
/// in "we will defeat them" and in "a defeat for Russia") may be two
/// statements, stemming makes a verb of a noun; a phrase the outlets lifted
/// ("high-tech duel") is the statement's own.
pub(super) fn holds_a_phrase_of(forms: &Forms, members: &[FormId], sentence: &[WordId]) -> bool {
    members.iter().any(|&m| {
        let words = forms.forms[m].words();
        (MIN_WORDS..=MAX_FRAGMENT_WORDS).contains(&words.len()) && holds_run(sentence, words)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::group::forms::Form;

    #[test]
    fn one_shared_word_is_not_a_phrase_of_the_group() {
        // Words: 0 "a", 1 "defeat", 2 "for", 3 "russia", 4 "we", 5 "will",
        // 6 "them", 7 "high", 8 "duel".
        let lists: [&[WordId]; 4] = [&[0, 1, 2, 3], &[1], &[7, 8], &[0, 7, 8, 2]];
        let forms = Forms {
            forms: lists.iter().map(|l| Form::new(l.to_vec())).collect(),
            idf: vec![1.0; 9],
            df: vec![1; 9],
            ..Forms::default()
        };
        // The group: a statement and its one-word scare quote.
        assert!(!holds_a_phrase_of(&forms, &[0, 1], &[4, 5, 1, 6]));
        // The group's own two-word phrase, held as a run.
        assert!(holds_a_phrase_of(&forms, &[0, 2], &[4, 5, 7, 8, 6]));
        assert!(!holds_a_phrase_of(&forms, &[0, 2], &[4, 7, 5, 8, 6]));
        // A longer rendering is no phrase, even held whole.
        assert!(!holds_a_phrase_of(&forms, &[3], &[4, 0, 7, 8, 2, 6]));
    }
}
