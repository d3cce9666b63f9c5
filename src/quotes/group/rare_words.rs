//! Scare quotes of a word the story's quotations rarely say: one outlet
//! prints Biden's "detail", another his "later this week in more detail
//! about my decision"; two outlets print Sánchez's "responsibly", a third
//! his "use the networks responsibly". `echoes` places a short quote by its
//! own article's longer quotations, or by a group most of whose renderings
//! say it; neither helps when the outlet quotes only the word and the one
//! statement that says it is in no group, or is rendered elsewhere in other
//! words ("anytime" beside "at any time").
//!
//! The evidence is rarity: when every longer form that holds the short
//! quote's words as one run is one statement (one group, or one ungrouped
//! form), and that statement is its speaker's, the phrase names it. A word
//! the story's quotations say often ("deal", "great") is held by renderings
//! of several statements and joins none; so is a phrase said by two people.
//! The cost is one pass over the forms' words, only for the short forms'
//! rarest words.

use rayon::prelude::*;

use crate::fast_hash::{FastMap, FastSet};
use crate::ids::SourceId;

use super::echoes::{Voice, clustered_groups, holds_run, move_forms, says_the_word};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::fragments::MAX_FRAGMENT_WORDS;

/// At most this many longer forms may hold a short quote's rarest word: a
/// word in more of them is the story's vocabulary, not one statement's,
/// even when they happen to sit in one group.
const MAX_HOLDERS: usize = 4;

/// Where a short phrase's words are held, so far, as `rare_words` and
/// `held_phrases` fold the forms that hold it: only in one group's
/// renderings, only in one form that is in no group, or in more than one
/// statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holder {
    None,
    Group(usize),
    Form(FormId),
    Several,
}

impl Holder {
    /// The holder once form `h`, in group `group` (`usize::MAX`: in none),
    /// is found to hold the phrase too; a form given to another speaker
    /// (`agrees` false) makes the phrase anybody's.
    pub(super) fn and(self, h: FormId, group: usize, agrees: bool) -> Holder {
        match (self, group) {
            _ if !agrees => Holder::Several,
            (Holder::None, usize::MAX) => Holder::Form(h),
            (Holder::None, g) => Holder::Group(g),
            (Holder::Group(g), k) if g == k => Holder::Group(g),
            _ => Holder::Several,
        }
    }
}

/// Moves every short form no group holds into the one statement that holds
/// its words (see the module doc): the group that statement is in, or a new
/// group of the two. `voice` tells a unit's article, quote and speaker;
/// `text` a unit's text.
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
    // Short, in no group, said by one speaker or by no known one, and its
    // rarest word in few forms.
    let short: Vec<FormId> = (0..forms.len())
        .filter(|&f| {
            let form = &forms.forms[f];
            // A lone "We" (a quotation cut after its first word) is in
            // every statement of its speaker, however few the forms.
            let lone_pronoun =
                form.words().len() == 1 && forms.person.get(f).is_some_and(|&bits| bits != 0);
            group_of[f] == usize::MAX
                && !lone_pronoun
                && (1..=MAX_FRAGMENT_WORDS).contains(&form.words().len())
                && form.speakers.len() <= 1
                && forms.df[rarest(f) as usize] as usize <= MAX_HOLDERS + 1
        })
        .collect();
    if short.is_empty() {
        return;
    }
    let mut wanted: FastMap<WordId, Vec<FormId>> = FastMap::default();
    for &f in &short {
        wanted.entry(rarest(f)).or_default().push(f);
    }
    let mut holder = vec![Holder::None; short.len()];
    let index: FastMap<FormId, usize> = short.iter().enumerate().map(|(i, &f)| (f, i)).collect();
    // Which forms hold which short form, found on all cores (this stage is
    // otherwise serial) and listed in the order the holders are read.
    let text = &text;
    let held: Vec<(FormId, FormId)> = forms
        .forms
        .par_iter()
        .enumerate()
        .flat_map_iter(|(h, form)| {
            // Most words are in many forms: an array look-up skips them
            // before the map is asked.
            form.bag()
                .filter(|&w| forms.df[w as usize] as usize <= MAX_HOLDERS + 1)
                .flat_map(|w| wanted.get(&w).map_or(&[][..], Vec::as_slice))
                .filter(move |&&f| {
                    let run = forms.forms[f].words();
                    // A key cut short is no word said ("responsibly" is not
                    // held by "responsibility").
                    h != f && holds_run(form.words(), run) && says_the_word(forms, &[h], f, text)
                })
                .map(move |&f| (h, f))
        })
        .collect();
    for (h, f) in held {
        let slot = &mut holder[index[&f]];
        // Attribution errs: a side with no known speaker agrees.
        let (ours, theirs) = (&forms.forms[f].speakers, &forms.forms[h].speakers);
        let agrees = ours.is_empty() || theirs.is_empty() || ours == theirs;
        *slot = slot.and(h, group_of[h], agrees);
    }
    let moving: FastSet<FormId> = short
        .iter()
        .zip(&holder)
        .filter(|(_, h)| matches!(h, Holder::Group(_) | Holder::Form(_)))
        .map(|(&f, _)| f)
        .collect();
    let sources = |f: FormId| -> FastSet<SourceId> {
        forms.forms[f]
            .units
            .iter()
            .map(|&u| voice(u).source)
            .collect()
    };
    let repeated = |f: FormId| forms.forms[f].words().len() > 1 || sources(f).len() > 1;
    let beside = |f: FormId, h: FormId| !sources(f).is_disjoint(&sources(h));
    let mut new_group: FastMap<FormId, usize> = FastMap::default();
    let mut moves: Vec<(FormId, usize)> = Vec::new();
    for (&f, h) in short.iter().zip(&holder) {
        let target = match *h {
            Holder::Group(g) => g,
            // A holder that is itself moving goes its own way; one word
            // in another article's one quotation may be the language's
            // ("close" said of two partnerships): the word must be quoted
            // twice, or beside the statement it is lifted from.
            Holder::Form(h) if !moving.contains(&h) && (repeated(f) || beside(f, h)) => {
                *new_group.entry(h).or_insert_with(|| {
                    groups.push(Vec::new());
                    moves.push((h, groups.len() - 1));
                    groups.len() - 1
                })
            }
            _ => continue,
        };
        moves.push((f, target));
    }
    move_forms(groups, moves);
}

#[cfg(test)]
mod tests {
    use crate::ids::PersonId;
    use crate::quotes::group::echoes::tests::{articles_of, together};
    use crate::quotes::group::group;

    /// Two outlets quote one rare word of a statement a third prints whole;
    /// no other quotation says the word.
    const DRIVE: [(&str, &[&str]); 4] = [
        (
            "Drivers should go \"cautiously\", the minister said.",
            &["cautiously"],
        ),
        (
            "She urged people to travel \"cautiously\" on Sunday.",
            &["cautiously"],
        ),
        (
            "\"We ask every driver to travel cautiously on the flooded roads near the coast,\" she said.",
            &["We ask every driver to travel cautiously on the flooded roads near the coast,"],
        ),
        (
            "\"The pumps will run all night and the schools stay closed until Tuesday,\" she added.",
            &["The pumps will run all night and the schools stay closed until Tuesday,"],
        ),
    ];

    #[test]
    fn a_rare_word_quoted_twice_joins_the_one_statement_that_says_it() {
        let (corpus, mut quotes) = articles_of(&DRIVE);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(3));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(together(&quotes, 0, 2), "{clusters:#?}");
        assert!(together(&quotes, 1, 2), "{clusters:#?}");
        assert!(!together(&quotes, 2, 3), "{clusters:#?}");
        // The statement given to someone else: the word is not hers.
        quotes[2].speaker = Some(PersonId::new(4));
        let clusters = group(&corpus, &mut quotes);
        assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    }

    #[test]
    fn a_word_quoted_once_or_said_in_two_statements_joins_none() {
        // Quoted by one outlet only, in another article than the statement:
        // one word may be the language's, not the statement's.
        let (corpus, mut quotes) = articles_of(&DRIVE[1..]);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(3));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(!together(&quotes, 0, 1), "{clusters:#?}");
        // Two statements say it: the word names neither.
        let second = (
            "\"Repairs must proceed cautiously because the dam is old and the water is high,\" she said.",
            &["Repairs must proceed cautiously because the dam is old and the water is high,"][..],
        );
        let (corpus, mut quotes) = articles_of(&[DRIVE[0], DRIVE[1], DRIVE[2], second]);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(3));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(!together(&quotes, 0, 2), "{clusters:#?}");
        assert!(!together(&quotes, 0, 3), "{clusters:#?}");
    }
}
