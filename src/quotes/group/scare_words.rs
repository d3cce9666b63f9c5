//! One speaker's word that many outlets print as their scare quote: the
//! president's "genocide" quoted alone by six outlets, "vigilant" by four.
//! A word says too little to link, so each copy waits for a longer
//! quotation to place it (`echoes`, `rare_words`); when none does (the
//! outlets quote only the word, or the statements that say it are in no
//! group), its copies stay apart, though together they render one
//! utterance.
//!
//! The evidence is the copies themselves: the same word, each a quotation
//! of its own, printed by [`MIN_ARTICLES`] articles or more and given to
//! one speaker (nearly all of them: [`Forms::one_speaker`]). One outlet's
//! word may be the language's; several outlets quoting the same person's
//! same word quote what he said. Left to no group so far, such copies form
//! one; or, when the speaker's only group that says the word is a group of
//! short phrases ("white genocide"), they join it: the word is the head of
//! the phrase. A word the speaker says in another group too names none of
//! them and stays alone, as a function word does.
//!
//! A name is quoted as a term ("the 'Oreshnik' missile"): each outlet
//! quoting the same capitalised word alone means the same thing, whether
//! it gives the word to the man who coined it, as some do, or to nobody.
//! So a one-word form printed capitalised by [`MIN_ARTICLES`] articles,
//! with at most one speaker among its copies, groups all its copies, in a
//! group of its own (the sentence that coins the name is another
//! utterance). A lower-case word given to nobody stays apart: outlets put
//! "fake" or "deal" in quotes for different things. The cost is one pass
//! over the forms.

use crate::fast_hash::{FastMap, FastSet};
use crate::ids::{PersonId, SourceId};

use super::echo_copies::Leaving;
use super::echoes::{Voice, clustered_groups, is_lone_function_word, move_forms, whole_quotes};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::fragments::MAX_FRAGMENT_WORDS;
use super::voices::units_per_speaker;

/// A word quoted alone by fewer articles than this may be the language's
/// ("close", "ready"), said of several things.
pub const MIN_ARTICLES: usize = 3;

/// Where a scare word's speaker says it, so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    Nowhere,
    /// Only in this group, made only of short phrases.
    Phrases(usize),
    /// In a group with longer renderings, or in two groups.
    Elsewhere,
}

/// Whose word a scare word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Owner {
    /// One speaker's, given to him by [`MIN_ARTICLES`] articles.
    Speaker(PersonId),
    /// No one's: a name, a term every outlet quoting it means (see
    /// [`is_name`]).
    Name,
}

/// Whether a one-word quote is a name: it opens with a capital and has a
/// lower-case letter (a word in capitals throughout is shouted).
fn is_name(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase)
}

/// Groups the copies of every one-word form no group holds that
/// [`MIN_ARTICLES`] articles quote alone and give one speaker, or moves
/// them into that speaker's one group of short phrases that says the word;
/// and the copies of every such name [`MIN_ARTICLES`] articles print (see
/// the module doc). `voice` tells a unit's article, quote and
/// speaker; `text` a unit's text.
pub fn adopt<'t>(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    voice: impl Fn(UnitIdx) -> Voice,
    text: impl Fn(UnitIdx) -> &'t str,
) -> Leaving {
    let group_of = clustered_groups(forms, groups, &voice);
    let whole = whole_quotes(forms, &voice);
    // The articles that give the word to `speaker`, or with `None` that
    // print it at all.
    let articles = |f: FormId, speaker: Option<PersonId>| -> usize {
        let sources: FastSet<SourceId> = forms.forms[f]
            .units
            .iter()
            .filter(|&&u| speaker.is_none_or(|s| voice(u).speaker == Some(s)))
            .map(|&u| voice(u).source)
            .collect();
        sources.len()
    };
    let words: FastMap<WordId, (FormId, Owner)> = (0..forms.len())
        .filter_map(|f| {
            let form = &forms.forms[f];
            let &[word] = form.words() else { return None };
            let lone_pronoun = forms.person.get(f).is_some_and(|&bits| bits != 0);
            if group_of[f] != usize::MAX
                || lone_pronoun
                || !form.units.iter().all(|&u| whole(u))
                || is_lone_function_word(forms, f, &text)
            {
                return None;
            }
            if let Some(speaker) = forms.one_speaker(f)
                && articles(f, Some(speaker)) >= MIN_ARTICLES
            {
                return Some((word, (f, Owner::Speaker(speaker))));
            }
            // A name: whoever the outlets give it to, or none.
            (form.speakers.len() <= 1
                && form.units.iter().all(|&u| is_name(text(u)))
                && articles(f, None) >= MIN_ARTICLES)
                .then_some((word, (f, Owner::Name)))
        })
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    // The groups whose renderings say a word, in one pass over the grouped
    // forms' words; then whose statement each of those groups is.
    let mut holding: Vec<(WordId, usize)> = Vec::new();
    for (m, &g) in group_of.iter().enumerate() {
        if g != usize::MAX {
            holding.extend(
                forms.forms[m]
                    .bag()
                    .filter(|w| words.contains_key(w))
                    .map(|w| (w, g)),
            );
        }
    }
    holding.sort_unstable();
    holding.dedup();
    let mut speaker_of: FastMap<usize, Option<PersonId>> = FastMap::default();
    for &(_, g) in &holding {
        speaker_of
            .entry(g)
            .or_insert_with(|| group_speaker(forms, &groups[g], &voice));
    }
    let short_group = |g: usize| {
        groups[g]
            .iter()
            .all(|&m| forms.forms[m].words().len() <= MAX_FRAGMENT_WORDS)
    };
    let mut said: FastMap<WordId, Said> = FastMap::default();
    for (w, g) in holding {
        // A statement of another speaker says the word, though an
        // attribution slip gives one of its renderings to this one.
        let Owner::Speaker(speaker) = words[&w].1 else {
            continue;
        };
        if speaker_of[&g] != Some(speaker) {
            continue;
        }
        let slot = said.entry(w).or_insert(Said::Nowhere);
        *slot = match *slot {
            Said::Nowhere if short_group(g) => Said::Phrases(g),
            _ => Said::Elsewhere,
        };
    }
    let mut moves: Vec<(FormId, usize)> = Vec::new();
    let mut leaving = Leaving::new();
    let mut entries: Vec<(WordId, (FormId, Owner))> = words.into_iter().collect();
    entries.sort_unstable();
    for (w, (f, owner)) in entries {
        let Owner::Speaker(speaker) = owner else {
            groups.push(Vec::new());
            moves.push((f, groups.len() - 1));
            continue;
        };
        match said.get(&w).copied().unwrap_or(Said::Nowhere) {
            Said::Nowhere => {
                groups.push(Vec::new());
                moves.push((f, groups.len() - 1));
            }
            Said::Phrases(g) => moves.push((f, g)),
            Said::Elsewhere => continue,
        }
        // The copies given to nobody or to another person may be the
        // outlet's own word ("claims of a 'genocide'") or the other's
        // reply: the speaker's copies are what say it is his.
        let others: Vec<UnitIdx> = forms.forms[f]
            .units
            .iter()
            .copied()
            .filter(|&u| voice(u).speaker != Some(speaker))
            .collect();
        if !others.is_empty() {
            leaving.push((f, others));
        }
    }
    move_forms(groups, moves);
    leaving
}

/// The speaker given most of a group's attributed units (the first of two
/// given as many), whose statement the group renders.
fn group_speaker(
    forms: &Forms,
    members: &[FormId],
    voice: impl Fn(UnitIdx) -> Voice,
) -> Option<PersonId> {
    let forms_of = members.iter().map(|&m| &forms.forms[m]);
    units_per_speaker(forms_of, |u| voice(u).speaker)
        .into_iter()
        .max_by_key(|&(s, n)| (n, std::cmp::Reverse(s)))
        .map(|(s, _)| s)
}

#[cfg(test)]
#[path = "scare_words_tests.rs"]
mod tests;
