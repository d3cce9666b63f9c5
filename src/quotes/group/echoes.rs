//! Scare quotes that echo a statement their own article quotes: an article
//! that quotes Putin's "as a defeat for Russia" and, a paragraph on, his
//! "defeat", or quotes his sentence with "a high-tech duel" and then calls
//! it the "duel", lifts the short quote from that statement. One to three
//! words say too little to link on their own (across articles "ready" or
//! "Today" fit many statements), but the article's own longer quotation of
//! the same speaker says which statement they come from.
//!
//! Precision first, so every condition points one way: the short form is in
//! no group yet, each of its copies is a quotation of its own (not a short
//! sentence of a longer one) and its copies have one speaker; each of its units votes
//! only for the groups of the longer units in the *same article*, by the
//! *same speaker*, that hold its words as one run and stand *nearest* to it
//! (an article lifts a scare quote from the statement it quotes beside it);
//! it joins only when all the votes name one group, and only when one in
//! three of that group's renderings hold its words too (translators of one
//! statement reword its words; its article's quoting both side by side says
//! where the phrase comes from). A single word that its own articles place
//! nowhere may take the votes of its speaker's renderings in other articles
//! instead (one group, said by most of it: no article puts the two side by
//! side), when one of them prints the word as it is printed, not only a
//! word of its stem ([`super::cross_votes`]).

use crate::fast_hash::FastMap;
use crate::ids::{PersonId, SourceId};
use crate::quotes::QuoteId;
use crate::quotes::align::for_each_word;
use crate::text::fold::lower_chars;
use crate::text::function_words::is_function_word;
use crate::text::words::{bare_words, contains_run};

use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::fragments::MAX_FRAGMENT_WORDS;
use super::keys::uncut_stem;
use super::rejoin;

/// Who printed a unit and who said it, as grouping reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice {
    pub source: SourceId,
    pub quote: QuoteId,
    pub speaker: Option<PersonId>,
    /// Printed in a headline, whose editor condenses and rewords.
    pub headline: bool,
}

/// Moves every short form left alone into the one group its article's own
/// longer quotations of its speaker place it in (see the module doc).
/// `groups` are lists of form ids; `voice` tells a unit's article, quote
/// and speaker; `text` a unit's text. Returns the copies that leave their
/// moved form ([`super::echo_copies`]).
pub fn adopt<'t>(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    voice: impl Fn(UnitIdx) -> Voice,
    text: impl Fn(UnitIdx) -> &'t str,
) -> super::echo_copies::Leaving {
    let group_of = clustered_groups(forms, groups, &voice);
    let whole_quote = whole_quotes(forms, &voice);
    // Given to two speakers, its copies may be two people's words; a lone
    // "We" or "you" (a quotation cut after its first word), or a lone "over"
    // or "nie", is in every statement of its speaker.
    let short: Vec<FormId> = (0..forms.len())
        .filter(|&f| {
            let n = forms.forms[f].words().len();
            let lone_pronoun = n == 1 && forms.person.get(f).is_some_and(|&bits| bits != 0);
            group_of[f] == usize::MAX
                && (1..=MAX_FRAGMENT_WORDS).contains(&n)
                && forms.forms[f].speakers.len() == 1
                && !lone_pronoun
                && !is_lone_function_word(forms, f, &text)
                && forms.forms[f].units.iter().all(|&u| whole_quote(u))
        })
        .collect();
    if short.is_empty() {
        return Vec::new();
    }
    let mut votes: Vec<Vote> = same_article_votes(forms, &group_of, &short, &voice)
        .iter()
        .map(|copies| super::cross_votes::most_copies(copies))
        .collect();
    // Placed by a longer quotation of its own articles, not only by others'.
    let own: Vec<bool> = votes.iter().map(|v| *v != Vote::None).collect();
    super::cross_votes::cross_article_votes(forms, &group_of, &short, &mut votes);
    let moves: Vec<(FormId, usize)> = short
        .iter()
        .zip(votes)
        .zip(own)
        .filter_map(|((&f, vote), own)| match vote {
            Vote::One(g)
                if said_by_one_in(
                    forms,
                    &groups[g],
                    forms.forms[f].words(),
                    if own { PLACED } else { 2 },
                ) && says_the_word(forms, &groups[g], f, &text)
                    && (own || prints_the_word(forms, &groups[g], f, &text)) =>
            {
                Some((f, g))
            }
            _ => None,
        })
        .collect();
    let leaving = super::echo_copies::leaving(forms, groups, &group_of, &moves, &voice);
    move_forms(groups, moves);
    leaving
}

/// Whether a unit is a quotation of its own. A scare quote is one: a short
/// sentence cut from a longer quotation ("… for decades. Is over.")
/// continues its neighbour, and the same article's other statement that
/// holds its words ("our old relationship … is over") is not where it
/// comes from. A quote's units are numbered side by side.
pub(super) fn whole_quotes(
    forms: &Forms,
    voice: impl Fn(UnitIdx) -> Voice,
) -> impl Fn(UnitIdx) -> bool {
    let units_end = forms
        .forms
        .iter()
        .flat_map(|f| f.units.iter())
        .max()
        .map_or(0, |&u| u + 1);
    move |u: UnitIdx| {
        let q = voice(u).quote;
        (u == 0 || voice(u - 1).quote != q) && (u + 1 >= units_end || voice(u + 1).quote != q)
    }
}

/// Whether a one-word form is a function word ("over", "nie", "tak"): said
/// in every statement of its speaker, it names none of them, however near
/// a longer quotation that holds it stands.
pub(super) fn is_lone_function_word<'t>(
    forms: &Forms,
    f: FormId,
    text: impl Fn(UnitIdx) -> &'t str,
) -> bool {
    let form = &forms.forms[f];
    form.words().len() == 1
        && form.units.first().is_some_and(|&u| {
            bare_words(text(u))
                .find(|w| !w.is_empty())
                .is_some_and(is_function_word)
        })
}

/// Moves each form of `moves` out of whatever group holds it into its
/// group, then drops the groups left empty.
pub(super) fn move_forms(groups: &mut Vec<Vec<FormId>>, moves: Vec<(FormId, usize)>) {
    if moves.is_empty() {
        return;
    }
    // Moves are few: a map of them, not a table over all forms (grouping's
    // memory peak is now, with the forms and links alive).
    let moved: FastMap<FormId, usize> = moves.iter().copied().collect();
    for members in groups.iter_mut() {
        members.retain(|f| !moved.contains_key(f));
    }
    for (f, g) in moves {
        groups[g].push(f);
    }
    groups.retain(|g| !g.is_empty());
}

/// Moves every group of scare quotes alone (copies of one speaker's rare
/// phrase, grouped with each other: "high-tech duel" in six outlets) into
/// the one group of a longer statement that their own articles' longer
/// quotations of that speaker place them in, on the conditions a single
/// short form meets in [`adopt`]: every vote names that group, and most of
/// its renderings say each of the scare quotes' phrasings. The phrase names
/// the statement for the outlets that quote only the phrase just as for
/// those that quote both.
pub fn adopt_groups<'t>(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    voice: impl Fn(UnitIdx) -> Voice,
    text: impl Fn(UnitIdx) -> &'t str,
) {
    let group_of = clustered_groups(forms, groups, &voice);
    let scare_quotes_of_one = |members: &[FormId]| -> bool {
        let speaker = forms.forms[members[0]].speakers.first();
        members.iter().all(|&f| {
            let form = &forms.forms[f];
            (1..=MAX_FRAGMENT_WORDS).contains(&form.words().len())
                && form.speakers.len() == 1
                && form.speakers.first() == speaker
                && !is_lone_function_word(forms, f, &text)
        })
    };
    let echo_groups: Vec<usize> = (0..groups.len())
        .filter(|&g| group_of[groups[g][0]] == g && scare_quotes_of_one(&groups[g]))
        .collect();
    if echo_groups.is_empty() {
        return;
    }
    let short: Vec<FormId> = echo_groups
        .iter()
        .flat_map(|&g| groups[g].clone())
        .collect();
    let votes = same_article_votes(forms, &group_of, &short, &voice);
    let mut by_group: FastMap<usize, Vote> = FastMap::default();
    for (&f, copies) in short.iter().zip(votes) {
        let total = by_group.entry(group_of[f]).or_insert(Vote::None);
        for vote in copies {
            match vote {
                Vote::None => {}
                Vote::One(t) => total.add(t),
                Vote::Several => *total = Vote::Several,
            }
        }
    }
    let is_echo_group = |g: usize| echo_groups.binary_search(&g).is_ok();
    let moves: Vec<(usize, usize)> = echo_groups
        .iter()
        .filter_map(|&g| match by_group.get(&g) {
            Some(&Vote::One(t))
                if !is_echo_group(t)
                    && groups[g].iter().all(|&f| {
                        said_by_most(forms, &groups[t], forms.forms[f].words())
                            && says_the_word(forms, &groups[t], f, &text)
                    }) =>
            {
                Some((g, t))
            }
            _ => None,
        })
        .collect();
    rejoin::move_groups(groups, moves);
}

/// The groups that a short form's words place it in, so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Vote {
    None,
    One(usize),
    Several,
}

impl Vote {
    pub(super) fn add(&mut self, g: usize) {
        *self = match *self {
            Vote::None => Vote::One(g),
            Vote::One(h) if h == g => Vote::One(g),
            _ => Vote::Several,
        };
    }
}

/// Per form, the group it is in when that group becomes a cluster (renderings
/// in two quotes or more: a group whose units all sit in one quote is dropped
/// when clusters are planned); `usize::MAX` for the rest.
pub(super) fn clustered_groups(
    forms: &Forms,
    groups: &[Vec<FormId>],
    voice: impl Fn(UnitIdx) -> Voice,
) -> Vec<usize> {
    forms.group_of_each(groups, |members| {
        let mut quotes = members
            .iter()
            .flat_map(|&f| forms.forms[f].units.iter().map(|&u| voice(u).quote));
        let first = quotes.next();
        quotes.any(|q| Some(q) != first)
    })
}

/// How many grouped units of its article on either side of a short unit
/// are searched for the nearest holder of its words: a scare quote is
/// lifted from a statement quoted beside it, not hundreds of quotes away,
/// and the bound keeps a file of thousands of quotes from being quadratic.
pub(super) const MAX_HOLDER_REACH: usize = 256;

/// Per short form and copy, the groups of the longer units of its speaker
/// in the copy's own article that hold its words as one run, the nearest.
fn same_article_votes(
    forms: &Forms,
    group_of: &[usize],
    short: &[FormId],
    voice: impl Fn(UnitIdx) -> Voice,
) -> Vec<Vec<Vote>> {
    // The grouped units of the articles that hold a short form, by article:
    // only those articles are indexed.
    let mut by_source: FastMap<SourceId, Vec<(UnitIdx, FormId)>> = FastMap::default();
    for &f in short {
        for &u in &forms.forms[f].units {
            by_source.entry(voice(u).source).or_default();
        }
    }
    for (f, _) in group_of
        .iter()
        .enumerate()
        .filter(|(_, g)| **g != usize::MAX)
    {
        for &u in &forms.forms[f].units {
            if let Some(list) = by_source.get_mut(&voice(u).source) {
                list.push((u, f));
            }
        }
    }
    // In text order (units are numbered so), for the nearest holders.
    for list in by_source.values_mut() {
        list.sort_unstable_by_key(|&(m, _)| m);
    }
    let vote = |f: FormId| {
        let mut votes = Vec::with_capacity(forms.forms[f].units.len());
        for &u in &forms.forms[f].units {
            let mut vote = Vote::None;
            let v = voice(u);
            let Some(speaker) = v.speaker else { continue };
            let same_article = by_source.get(&v.source).map_or(&[][..], Vec::as_slice);
            let holds = |&&(m, g_form): &&(UnitIdx, FormId)| {
                let w = voice(m);
                w.quote != v.quote
                    && w.speaker == Some(speaker)
                    // A headline's editor condenses and rewords: its
                    // quote does not say where the body's word comes from.
                    && !w.headline
                    && group_of[g_form] != group_of[f]
                    && holds_run(forms.forms[g_form].words(), forms.forms[f].words())
            };
            // Only the nearest holders vote, one on either side: an
            // article lifts its scare quote from the statement it quotes
            // beside it ("he was 'ready' to talk" before "I am ready for
            // this at any time"), not from one it quotes later on another
            // matter that happens to use the word.
            let at = same_article.partition_point(|&(m, _)| m < u);
            let before = same_article[..at]
                .iter()
                .rev()
                .take(MAX_HOLDER_REACH)
                .find(holds);
            let after = same_article[at..].iter().take(MAX_HOLDER_REACH).find(holds);
            let nearest = before
                .iter()
                .chain(&after)
                .map(|&&(m, _)| m.abs_diff(u))
                .min();
            for &&(m, g_form) in before.iter().chain(&after) {
                if Some(m.abs_diff(u)) == nearest {
                    vote.add(group_of[g_form]);
                }
            }
            votes.push(vote);
        }
        votes
    };
    short.iter().map(|&f| vote(f)).collect()
}

/// Whether at least half the group's longer renderings (by units) hold the
/// run: the words of the statement the group renders recur in its
/// renderings, while a run-on quotation that carries a second statement
/// ("…politically correct … when, in fact, they're just being fools") brings
/// words the group's other renderings lack, and "fools" is not this group's.
pub(super) fn said_by_most(forms: &Forms, members: &[FormId], run: &[u32]) -> bool {
    said_by_one_in(forms, members, run, 2)
}

/// A scare quote its own article places beside a statement need only be
/// said by one in this many of that statement's longer renderings: its
/// translators reword the word ("own" / "take charge of" / "run"), and the
/// article's quoting both side by side says where it comes from. A
/// run-on quotation's second statement is still said by fewer.
const PLACED: usize = 3;

/// Whether at least one in `k` of the group's longer renderings (by units)
/// hold the run ([`said_by_most`] for `k` = 2).
fn said_by_one_in(forms: &Forms, members: &[FormId], run: &[u32], k: usize) -> bool {
    let (mut longer, mut holding) = (0, 0);
    for &m in members {
        let form = &forms.forms[m];
        if form.words().len() > run.len() {
            longer += form.units.len();
            if holds_run(form.words(), run) {
                holding += form.units.len();
            }
        }
    }
    k * holding >= longer
}

/// Whether a one-word scare quote is a word the group's renderings say, not
/// only one that shares its key: keys cut stems at seven letters
/// ([`crate::text::stem`]), so "responsibly" and "responsibility" share
/// one, but an outlet that prints "responsibly" did not lift it from a
/// statement of "responsibility". The uncut stems must agree up to the
/// shorter one's end ("negotiat", "negotiation": an ending the light stem
/// leaves on). A word whose key is not cut, or two words or more, pass.
pub(super) fn says_the_word<'t>(
    forms: &Forms,
    members: &[FormId],
    f: FormId,
    text: impl Fn(UnitIdx) -> &'t str,
) -> bool {
    let Some((word, own)) = one_word_quote(forms, f, &text) else {
        return true;
    };
    let (stem, cut) = first_word(own).map_or((String::new(), false), |r| uncut_stem(&own[r]));
    if !cut {
        return true;
    }
    a_member_prints(forms, members, f, word, &text, |other| {
        let other = uncut_stem(other).0;
        other.starts_with(&stem) || stem.starts_with(&other)
    })
}

/// Whether a rendering of the group prints the one-word scare quote `f`
/// as it is printed, not only a word of its key: asked of a word placed
/// only by other articles' renderings (its own articles quote no statement
/// that holds it), where the key alone is too little. An outlet's
/// "returning" (people returned to their countries) did not come from "I
/// return to the presidency", nor "weaponizing" from "the weaponization of
/// justice", though each shares its stem. Case is ignored.
fn prints_the_word<'t>(
    forms: &Forms,
    members: &[FormId],
    f: FormId,
    text: impl Fn(UnitIdx) -> &'t str,
) -> bool {
    let Some((word, own)) = one_word_quote(forms, f, &text) else {
        return true;
    };
    let Some(printed) = first_word(own).map(|r| &own[r]) else {
        return true;
    };
    a_member_prints(forms, members, f, word, &text, |other| {
        lower_chars(other).eq(lower_chars(printed))
    })
}

/// The word of the one-word form `f` and the text of its first unit;
/// `None` for a form of several words (or none).
fn one_word_quote<'t>(
    forms: &Forms,
    f: FormId,
    text: &impl Fn(UnitIdx) -> &'t str,
) -> Option<(WordId, &'t str)> {
    let form = &forms.forms[f];
    let (&[word], Some(&u)) = (form.words(), form.units.first()) else {
        return None;
    };
    Some((word, text(u)))
}

/// Whether a unit of another of `members` that holds `word` prints a word
/// `matches` accepts: the test [`says_the_word`] and [`prints_the_word`]
/// ask of the group's renderings, each with its own reading of "the word".
fn a_member_prints<'t>(
    forms: &Forms,
    members: &[FormId],
    f: FormId,
    word: WordId,
    text: &impl Fn(UnitIdx) -> &'t str,
    matches: impl Fn(&str) -> bool,
) -> bool {
    members
        .iter()
        .filter(|&&m| m != f && forms.forms[m].bag().any(|w| w == word))
        .flat_map(|&m| forms.forms[m].units.iter())
        .any(|&m| {
            let t = text(m);
            let mut found = false;
            for_each_word(t, |range| {
                found = found || matches(&t[range]);
            });
            found
        })
}

/// Where the first word of `text` stands, if it has one.
fn first_word(text: &str) -> Option<std::ops::Range<usize>> {
    let mut first = None;
    for_each_word(text, |range| {
        if first.is_none() {
            first = Some(range);
        }
    });
    first
}

/// Whether `run` occurs in `words` as one unbroken run, shorter than them.
pub(super) fn holds_run(words: &[u32], run: &[u32]) -> bool {
    words.len() > run.len() && contains_run(words, run)
}

#[cfg(test)]
#[path = "echoes_tests.rs"]
pub(super) mod tests;
