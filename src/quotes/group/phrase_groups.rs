//! Sentences that hold the phrase of a group of scare quotes alone. Three
//! outlets print only Sánchez's "conclusive information"; a fourth prints
//! "there is no conclusive information about the causes", which links to
//! no group (no longer rendering is grouped to link it to). `lifted` places
//! such a sentence by its own article's scare quotes; here the outlets that
//! print the phrase are others, and the group, having no sentence of its
//! own, has none that the sentence failed to link to.
//!
//! The conditions: the group is scare quotes alone (every member a phrase of
//! at most three words) of one speaker; the sentence is in no group, is
//! longer than a phrase, is given that same speaker, and holds as one run a
//! phrase of two words or more of the group; and no other such group's
//! phrase is in it. One shared word is no phrase ("defeat" may be two
//! statements); two speakers' phrase names neither. The cost is one pass
//! over the ungrouped attributed forms, looking up the phrases by their
//! first word.

use crate::fast_hash::FastMap;

use super::echoes::{Voice, Vote, clustered_groups, holds_run, move_forms};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::fragments::MAX_FRAGMENT_WORDS;
use super::link::MIN_WORDS;

/// Moves every attributed form longer than a phrase that no group holds
/// into the one group of one speaker's scare quotes alone whose phrase it
/// holds (see the module doc). `voice` tells a unit's article, quote and
/// speaker.
pub fn adopt(forms: &Forms, groups: &mut Vec<Vec<FormId>>, voice: impl Fn(UnitIdx) -> Voice) {
    let group_of = clustered_groups(forms, groups, &voice);
    // The phrases of two words or more of each group of one speaker's
    // scare quotes alone, by their first word.
    let mut phrases: FastMap<WordId, Vec<(FormId, usize)>> = FastMap::default();
    for (g, members) in groups.iter().enumerate() {
        let clustered = members.first().is_some_and(|&f| group_of[f] == g);
        if clustered && phrases_of_one_speaker(forms, members) {
            for &m in members {
                let words = forms.forms[m].words();
                if words.len() >= MIN_WORDS {
                    phrases.entry(words[0]).or_default().push((m, g));
                }
            }
        }
    }
    if phrases.is_empty() {
        return;
    }
    let vote = |f: FormId| -> Vote {
        let form = &forms.forms[f];
        let sentence = form.words();
        let mut vote = Vote::None;
        for w in sentence {
            for &(p, g) in phrases.get(w).map_or(&[][..], Vec::as_slice) {
                if forms.forms[p].speakers == form.speakers
                    && holds_run(sentence, forms.forms[p].words())
                {
                    vote.add(g);
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
                && form.speakers.len() == 1
        })
        .filter_map(|f| match vote(f) {
            Vote::One(g) => Some((f, g)),
            _ => None,
        })
        .collect();
    move_forms(groups, moves);
}

/// Whether every member of a group is a phrase (at most three words) and
/// all of them are given one speaker, the same.
fn phrases_of_one_speaker(forms: &Forms, members: &[FormId]) -> bool {
    let first = &forms.forms[members[0]].speakers;
    first.len() == 1
        && members.iter().all(|&m| {
            let form = &forms.forms[m];
            form.words().len() <= MAX_FRAGMENT_WORDS && form.speakers == *first
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{PersonId, QuoteId, SourceId};
    use crate::quotes::group::forms::Form;

    /// A form of `words`, one unit per entry of `units`, given `speaker`.
    fn form(words: &[WordId], units: &[UnitIdx], speaker: usize) -> Form {
        let mut f = Form::new(words.to_vec());
        f.units = units.into();
        f.speakers = vec![PersonId::new(speaker)].into();
        f
    }

    #[test]
    fn a_sentence_joins_the_one_group_of_its_speakers_scare_quotes_it_holds() {
        // Words: 0 "binding", 1 "timetable", 2 "we", 3 "have", 4 "no",
        // 5 "for", 6 "troops", 7 "the", 8 "exit", 9 "date".
        let forms = Forms {
            forms: vec![
                // 0: "binding timetable", in two outlets; 1: "troops", in two.
                form(&[0, 1], &[0, 1], 1),
                form(&[6], &[2, 3], 1),
                // 2: "exit date" in two outlets, and a sentence grouped with it.
                form(&[8, 9], &[4, 5], 1),
                form(&[2, 3, 4, 8, 9, 5, 7, 6], &[6], 1),
                // 3..: sentences in no group.
                form(&[2, 3, 4, 0, 1, 5, 7, 6], &[7], 1),
                form(&[2, 3, 4, 0, 5, 1, 7], &[8], 1),
                form(&[2, 4, 0, 1, 5, 6], &[9], 2),
                form(&[2, 3, 7, 6, 5], &[10], 1),
                form(&[2, 7, 8, 9, 3], &[11], 1),
            ],
            idf: vec![1.0; 10],
            df: vec![1; 10],
            ..Forms::default()
        };
        let voice = |u: UnitIdx| Voice {
            source: SourceId::new(u),
            quote: QuoteId::new(u),
            speaker: Some(PersonId::new(1)),
        };
        let mut groups = vec![vec![0], vec![1], vec![2, 3]];
        adopt(&forms, &mut groups, voice);
        // The sentence holding "binding timetable" as a run, given its
        // speaker, joins its group; not with the words apart, nor given
        // someone else.
        assert_eq!(groups[0], [0, 4]);
        // One shared word ("troops") is no phrase; a group with a sentence
        // of its own ("exit date") adopts nothing here.
        assert_eq!(groups[1], [1]);
        assert_eq!(groups[2], [2, 3]);
    }
}
