//! Groups of one speaker's short phrases that name a statement another
//! group renders. Outlets quote a leader's "jolt" and "a rude jolt" (the
//! copies group with each other), others print the sentence it comes from,
//! "the vote gave the old parties a jolt they will remember", and those
//! renderings group with each other. Nothing joins the two groups: a phrase
//! of one to three words is too short to link, `echoes` needs an article
//! that quotes both side by side, `rare_words` and `phrase_groups` place
//! only forms left out of every group.
//!
//! Here the phrase group joins the sentence's group when its copies'
//! words (after a leading article or other function word: "a tragedy" in
//! "the tragedy of it") stand as one run in renderings of that group and
//! of no other, under conditions that keep a phrase from naming a
//! statement it is not from: the phrase group holds only phrases, given
//! to one speaker (or to nobody named, on copies of outlets that name
//! nobody); each phrase looked up says a specific word (not the story's
//! common words); every grouped rendering that holds one of them is in the
//! one target group, no rendering in no group holds one, and none holding
//! one is given to another speaker; the target holds a longer rendering of
//! that speaker. The cost is one pass over the forms' distinct words, each
//! asked of a table by word id.

use rayon::prelude::*;

use crate::fast_hash::FastMap;
use crate::ids::PersonId;

use super::echoes::{Voice, clustered_groups, holds_run, says_the_word};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::fragments::{MAX_FRAGMENT_WORDS, is_specific};
use super::rare_words::Holder;
use super::rejoin;

/// Moves every group of one speaker's phrases into the one group whose
/// renderings hold them (see the module doc). `voice` tells a unit's quote
/// and speaker; `text` a unit's text.
pub fn adopt<'t>(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    voice: impl Fn(UnitIdx) -> Voice,
    text: impl Fn(UnitIdx) -> &'t str + Sync,
) {
    let group_of = clustered_groups(forms, groups, &voice);
    // The groups of one speaker's phrases alone, with that speaker.
    let phrase_groups: Vec<(usize, PersonId)> = (0..groups.len())
        .filter(|&g| group_of[groups[g][0]] == g)
        .filter_map(|g| phrases_speaker(forms, &groups[g]).map(|s| (g, s)))
        .collect();
    if phrase_groups.is_empty() {
        return;
    }
    let run_of = |f: FormId| run_looked_for(forms, f);
    // Each phrase is looked up by its run's rarest word; a table by word id
    // answers for every word of every form without hashing it.
    let mut wanted: FastMap<WordId, Vec<(FormId, usize)>> = FastMap::default();
    let mut looked_up = vec![false; forms.df.len()];
    for (i, &(g, _)) in phrase_groups.iter().enumerate() {
        for &f in &groups[g] {
            let run = run_of(f);
            if !run.iter().any(|&w| is_specific(forms, w)) {
                continue;
            }
            let Some(rarest) = forms.rarest_of(run) else {
                continue;
            };
            wanted.entry(rarest).or_default().push((f, i));
            if let Some(x) = looked_up.get_mut(rarest as usize) {
                *x = true;
            }
        }
    }
    // Which forms hold which phrase, found on all cores (this stage is
    // otherwise serial), listed in form order.
    let text = &text;
    let held: Vec<(usize, FormId)> = (0..forms.len())
        .into_par_iter()
        .flat_map_iter(|h| {
            let form = &forms.forms[h];
            let mut found = Vec::new();
            for w in form
                .bag()
                .filter(|&w| looked_up.get(w as usize).copied().unwrap_or(false))
            {
                for &(f, i) in wanted.get(&w).map_or(&[][..], Vec::as_slice) {
                    if group_of[h] != phrase_groups[i].0
                        && holds_run(form.words(), run_of(f))
                        && says_the_word(forms, &[h], f, text)
                    {
                        found.push((i, h));
                    }
                }
            }
            found
        })
        .collect();
    let mut holder = vec![Holder::None; phrase_groups.len()];
    for (i, h) in held {
        let speaker = phrase_groups[i].1;
        let theirs = &forms.forms[h].speakers;
        // A rendering given to someone else makes the phrase theirs too;
        // one in no group may be another statement that says it, so only
        // a group holder moves the phrase group (below).
        let agrees = theirs.is_empty() || forms.one_speaker(h) == Some(speaker);
        holder[i] = holder[i].and(h, group_of[h], agrees);
    }
    let is_phrase_group = |t: usize| phrase_groups.iter().any(|&(g, _)| g == t);
    let longer_of = |t: usize, speaker: PersonId| {
        groups[t].iter().any(|&m| {
            let form = &forms.forms[m];
            form.words().len() > MAX_FRAGMENT_WORDS && form.speakers.contains(&speaker)
        })
    };
    let moves: Vec<(usize, usize)> = phrase_groups
        .iter()
        .zip(&holder)
        .filter_map(|(&(g, speaker), h)| match *h {
            Holder::Group(t) if !is_phrase_group(t) && longer_of(t, speaker) => Some((g, t)),
            _ => None,
        })
        .collect();
    rejoin::move_groups(groups, moves);
}

/// The one speaker of a group made only of phrases (one to
/// [`MAX_FRAGMENT_WORDS`] words): each given to that speaker (or to nearly
/// only that speaker: [`Forms::one_speaker`]) or to nobody known, and one
/// at least given to them. Copies with nobody named are the outlets' that
/// name nobody, and a phrase's copies agree on its words.
fn phrases_speaker(forms: &Forms, members: &[FormId]) -> Option<PersonId> {
    let mut speaker = None;
    for &m in members {
        let form = &forms.forms[m];
        if !(1..=MAX_FRAGMENT_WORDS).contains(&form.words().len()) {
            return None;
        }
        if form.speakers.is_empty() {
            continue;
        }
        match (forms.one_speaker(m), speaker) {
            (Some(s), None) => speaker = Some(s),
            (Some(s), Some(t)) if s == t => {}
            _ => return None,
        }
    }
    speaker
}

/// The words of phrase `f` looked for as a run: after its leading function
/// words, which outlets add or swap ("a tragedy" / "the tragedy").
fn run_looked_for(forms: &Forms, f: FormId) -> &[WordId] {
    let words = forms.forms[f].words();
    let lead = words
        .iter()
        .take_while(|&&w| forms.function.get(w as usize).copied().unwrap_or(false))
        .count();
    &words[lead..]
}

#[cfg(test)]
mod tests {
    use crate::ids::PersonId;
    use crate::quotes::group::echoes::tests::{articles_of, together};
    use crate::quotes::group::group;

    /// Two outlets quote a phrase alone; two print the sentence it comes
    /// from with another article before its noun; a fifth quotes another
    /// statement of the same speaker.
    const STORM: [(&str, &[&str]); 5] = [
        (
            "The mayor called the storm \"a jolt\" for the town.",
            &["a jolt"],
        ),
        ("It was \"a jolt\", she said on Monday.", &["a jolt"]),
        (
            "\"The storm gave this old harbour town the jolt it needed to rebuild its sea wall,\" she said.",
            &["The storm gave this old harbour town the jolt it needed to rebuild its sea wall,"],
        ),
        (
            "\"The storm gave our old harbour town the jolt it needed to rebuild the sea wall,\" the mayor said.",
            &["The storm gave our old harbour town the jolt it needed to rebuild the sea wall,"],
        ),
        (
            "\"Every family that lost a home will be housed before the winter comes,\" she said.",
            &["Every family that lost a home will be housed before the winter comes,"],
        ),
    ];

    fn attributed(
        articles: &[(&str, &[&str])],
    ) -> (crate::corpus::Corpus, Vec<crate::quotes::Quote>) {
        let (corpus, mut quotes) = articles_of(articles);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(2));
        }
        (corpus, quotes)
    }

    #[test]
    fn a_group_of_one_speakers_phrase_joins_the_one_statement_holding_it() {
        let (corpus, mut quotes) = attributed(&STORM);
        let clusters = group(&corpus, &mut quotes);
        assert!(together(&quotes, 0, 1), "{clusters:#?}");
        assert!(together(&quotes, 2, 3), "{clusters:#?}");
        assert!(together(&quotes, 0, 2), "{clusters:#?}");
        assert!(!together(&quotes, 0, 4), "{clusters:#?}");
        // The statement given to someone else: the phrase is not theirs.
        quotes[2].speaker = Some(PersonId::new(3));
        quotes[3].speaker = Some(PersonId::new(3));
        let clusters = group(&corpus, &mut quotes);
        assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    }

    #[test]
    fn a_phrase_two_statements_hold_joins_neither() {
        let second = (
            "\"The flood was the jolt that every family on the river feared for years,\" she said.",
            &["The flood was the jolt that every family on the river feared for years,"][..],
        );
        let (corpus, mut quotes) = attributed(&[STORM[0], STORM[1], STORM[2], STORM[3], second]);
        let clusters = group(&corpus, &mut quotes);
        assert!(together(&quotes, 0, 1), "{clusters:#?}");
        assert!(!together(&quotes, 0, 2), "{clusters:#?}");
        assert!(!together(&quotes, 0, 4), "{clusters:#?}");
    }
}
