//! Two speakers' copies of one short phrase. Units with the same words
//! share one form, so when two named speakers both say "witch hunt" (one in
//! a longer statement, one on another occasion), the form carries both: the
//! group of one speaker's statement then takes the other speaker's copies
//! too. Here a group's short form gives up the units of named speakers who
//! speak nowhere else in the group, when they outnumber its units given to
//! speakers who do; the units given up group with the same speaker's other
//! copies when they stand in two quotes or more.
//!
//! Only short forms: one speaker's long sentence given to another is an
//! attribution error (the words say which statement it is), while a short
//! phrase is as much the other speaker's own as the first's. And only when
//! the other speakers' copies are the more: a copy or two given to someone
//! else beside more copies given to the group's own speakers are more
//! likely attribution slips (measured: moving those cost recall). Units
//! with no speaker stay: nothing says whose they are; and so do the units
//! of a speaker the story quotes nowhere else (measured: moving those split
//! true pairs and parted no false ones).

use crate::fast_hash::{FastMap, FastSet};
use crate::ids::{PersonId, QuoteId};

use super::echoes::Voice;
use super::forms::{Form, FormId, Forms, UnitIdx};
use super::fragments::MAX_FRAGMENT_WORDS;

/// A form's units given to each of some speakers.
type SpeakersCopies = Vec<(PersonId, Vec<UnitIdx>)>;

/// Takes out of each group of `groups` the units of its short forms that
/// belong to named speakers who speak nowhere else in the group but do
/// elsewhere in the story (see the module doc); each such speaker's units
/// of one form become a form of their own, grouped when they stand in two
/// quotes or more. `voice` tells a unit's quote and speaker.
pub fn separate(
    forms: &mut Forms,
    groups: &mut Vec<Vec<FormId>>,
    voice: impl Fn(UnitIdx) -> Voice,
) {
    let speaker = |u: UnitIdx| voice(u).speaker;
    // Per short form, its group speakers' copies and the others' copies.
    let mut proposed: Vec<(FormId, usize, SpeakersCopies)> = Vec::new();
    for members in groups.iter() {
        let short = |f: &FormId| forms.forms[*f].words().len() <= MAX_FRAGMENT_WORDS;
        if !members.iter().any(short) {
            continue;
        }
        // Units per speaker in the whole group, so a form's own units can
        // be taken off to see who speaks elsewhere in it.
        let in_group = units_per_speaker(members.iter().map(|&f| &forms.forms[f]), speaker);
        for &f in members.iter().filter(|f| short(f)) {
            let mut own: FastMap<PersonId, Vec<UnitIdx>> = FastMap::default();
            for &u in forms.forms[f].units.iter() {
                if let Some(s) = speaker(u) {
                    own.entry(s).or_default().push(u);
                }
            }
            let elsewhere = |s: &PersonId, units: &Vec<UnitIdx>| in_group[s] > units.len();
            let (here, away): (Vec<_>, Vec<_>) =
                own.into_iter().partition(|(s, u)| elsewhere(s, u));
            if here.is_empty() || copies(&away) <= copies(&here) {
                continue;
            }
            let mut away = away;
            away.sort_unstable();
            proposed.push((f, copies(&here), away));
        }
    }
    // Units per speaker in the corpus, asked only when a move is proposed.
    if proposed.is_empty() {
        return;
    }
    let said = units_per_speaker(forms.forms.iter(), speaker);
    for (f, here, away) in proposed {
        // A speaker with no unit in the story but copies of this phrase is
        // no voice of the story: the copies were given to a person named
        // beside them (the phrase's target or subject), and render the
        // statement the group's speakers made.
        let speaks_elsewhere = |(s, units): &(PersonId, Vec<UnitIdx>)| said[s] > units.len();
        let away: SpeakersCopies = away.into_iter().filter(speaks_elsewhere).collect();
        if copies(&away) <= here {
            continue;
        }
        for (_, units) in away {
            let quotes: FastSet<QuoteId> = units.iter().map(|&u| voice(u).quote).collect();
            let own = forms.part_copies(f, units);
            if quotes.len() >= 2 {
                groups.push(vec![own]);
            }
        }
    }
}

/// How many units `forms` give each speaker (`speaker` of a unit).
pub(super) fn units_per_speaker<'f>(
    forms: impl Iterator<Item = &'f Form>,
    speaker: impl Fn(UnitIdx) -> Option<PersonId>,
) -> FastMap<PersonId, usize> {
    let mut counts: FastMap<PersonId, usize> = FastMap::default();
    for s in forms
        .flat_map(|f| f.units.iter())
        .filter_map(|&u| speaker(u))
    {
        *counts.entry(s).or_default() += 1;
    }
    counts
}

/// How many copies the speakers of `list` are given in all.
fn copies(list: &[(PersonId, Vec<UnitIdx>)]) -> usize {
    list.iter().map(|(_, units)| units.len()).sum()
}

#[cfg(test)]
mod tests {
    use super::super::forms::Form;
    use super::*;
    use crate::ids::SourceId;

    /// Units' voices in one article: `speaker` and `quote` by unit.
    fn voice_of(
        speaker: impl Fn(UnitIdx) -> Option<PersonId>,
        quote: impl Fn(UnitIdx) -> usize,
    ) -> impl Fn(UnitIdx) -> Voice {
        move |u| Voice {
            source: SourceId::new(0),
            quote: QuoteId::new(quote(u)),
            speaker: speaker(u),
            headline: false,
        }
    }

    /// Forms with the given words and units; units are quotes of their own.
    fn forms_of(list: &[(&[u32], &[UnitIdx])]) -> Forms {
        // Every word weighs one; a copy of a form is weighed on its words.
        let mut forms = Forms {
            idf: vec![1.0; 8],
            ..Forms::default()
        };
        for (words, units) in list {
            let mut form = Form::new(words.to_vec());
            form.units = units.to_vec().into_boxed_slice();
            forms.forms.push(form);
        }
        forms
    }

    #[test]
    fn another_speakers_copies_of_a_short_phrase_leave_the_statement() {
        // Form 0: "will respond to this witch hunt" (units 0, 1: speaker A).
        // Form 1: "witch hunt" (unit 2: A; units 3, 4: B; unit 5: nobody).
        // Form 2: "we stand by our friend" (unit 6: B, another statement).
        let mut forms = forms_of(&[
            (&[0, 1, 2, 3, 4, 5], &[0, 1]),
            (&[4, 5], &[2, 3, 4, 5]),
            (&[6, 7], &[6]),
        ]);
        let speakers = [Some(0), Some(0), Some(0), Some(1), Some(1), None, Some(1)];
        let speaker = |u: UnitIdx| speakers[u].map(PersonId::new);
        let mut groups = vec![vec![0, 1]];
        separate(&mut forms, &mut groups, voice_of(speaker, |u| u));
        // A's copy and the unattributed one stay; B's two copies group alone.
        assert_eq!(&*forms.forms[1].units, &[2, 5]);
        assert_eq!(groups.len(), 2);
        assert_eq!(&*forms.forms[groups[1][0]].units, &[3, 4]);
        assert_eq!(forms.forms[groups[1][0]].words(), &[4, 5]);
    }

    #[test]
    fn copies_given_to_a_speaker_quoted_nowhere_else_stay_with_the_statement() {
        // Form 0: "the harbour stays open to every boat" (units 0, 1:
        // speaker A). Form 1: "every boat" (unit 2: A; units 3, 4: C, the
        // harbourmaster named beside the phrase, quoted nowhere else).
        let lists: [(&[u32], &[UnitIdx]); 2] =
            [(&[0, 1, 2, 3, 4, 5], &[0, 1]), (&[4, 5], &[2, 3, 4])];
        let speakers = [Some(0), Some(0), Some(0), Some(2), Some(2), Some(2)];
        let speaker = move |u: UnitIdx| speakers[u].map(PersonId::new);
        let mut forms = forms_of(&lists);
        let mut groups = vec![vec![0, 1]];
        separate(&mut forms, &mut groups, voice_of(speaker, |u| u));
        assert_eq!(&*forms.forms[1].units, &[2, 3, 4]);
        assert_eq!(groups, [vec![0, 1]]);
        // Once C is quoted on something else too, C's copies leave.
        let mut forms = forms_of(&lists);
        forms.forms.push(Form::new(vec![6, 7]));
        forms.forms[2].units = vec![5].into_boxed_slice();
        separate(&mut forms, &mut groups, voice_of(speaker, |u| u));
        assert_eq!(&*forms.forms[1].units, &[2]);
        assert_eq!(groups.len(), 2);
    }

    #[test]
    fn a_short_form_no_speaker_of_the_group_says_keeps_its_units() {
        let speaker_of =
            |speakers: &'static [Option<usize>]| move |u: UnitIdx| speakers[u].map(PersonId::new);
        // No unit of "witch hunt" is given to A: nothing says it is two
        // speakers' phrase rather than a misattributed excerpt.
        let mut forms = forms_of(&[(&[0, 1, 2, 3, 4, 5], &[0, 1]), (&[4, 5], &[2, 3])]);
        let mut groups = vec![vec![0, 1]];
        let speaker = speaker_of(&[Some(0), Some(0), Some(1), Some(1)]);
        separate(&mut forms, &mut groups, voice_of(speaker, |u| u));
        assert_eq!(&*forms.forms[1].units, &[2, 3]);
        assert_eq!(groups, [vec![0, 1]]);
        // A long form keeps another speaker's copy: an attribution error.
        let long = [0, 1, 2, 3];
        let mut forms = forms_of(&[(&[0, 1, 2, 3, 4, 5], &[0, 1]), (&long, &[2, 3])]);
        let speaker = speaker_of(&[Some(0), Some(0), Some(0), Some(1)]);
        separate(&mut forms, &mut groups, voice_of(speaker, |u| u));
        assert_eq!(&*forms.forms[1].units, &[2, 3]);
        // As many copies given to A as to B: B's may be a slip, and stays.
        let mut forms = forms_of(&[(&[0, 1, 2, 3, 4, 5], &[0, 1]), (&[4, 5], &[2, 3])]);
        let speaker = speaker_of(&[Some(0), Some(0), Some(0), Some(1)]);
        separate(&mut forms, &mut groups, voice_of(speaker, |u| u));
        assert_eq!(&*forms.forms[1].units, &[2, 3]);
        assert_eq!(groups, [vec![0, 1]]);
        // Two copies given to B (quoted on something else too), in one
        // quote: they leave, and group with nothing.
        let mut forms = forms_of(&[
            (&[0, 1, 2, 3, 4, 5], &[0, 1]),
            (&[4, 5], &[2, 3, 4]),
            (&[6, 7], &[5]),
        ]);
        let speaker = speaker_of(&[Some(0), Some(0), Some(0), Some(1), Some(1), Some(1)]);
        separate(&mut forms, &mut groups, voice_of(speaker, |_| 0));
        assert_eq!(&*forms.forms[1].units, &[2]);
        assert_eq!(&*forms.forms[3].units, &[3, 4]);
        assert_eq!(groups, [vec![0, 1]]);
    }
}
