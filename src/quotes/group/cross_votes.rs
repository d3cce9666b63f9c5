//! Votes from other articles for a one-word scare quote its own articles
//! place nowhere: `echoes` reads them when no longer quotation of its
//! speaker in its own articles holds the word; and how its copies' own
//! votes add up (kept apart to keep `echoes.rs` short).

use crate::fast_hash::FastMap;

use super::echoes::Vote;
use super::forms::{FormId, Forms, WordId};

/// Words a scare quote may have to join across articles, when its own
/// articles quote no longer statement of its speaker that holds it. One
/// rare word ("ashamed", "setback") that only one group of its speaker
/// says, in most of its renderings, names that statement; a phrase of two
/// or three words would more often be a stock phrase the speaker reuses.
const CROSS_ARTICLE_WORDS: usize = 1;

/// Gives a vote to each one-word short form that its own articles did not
/// place: the groups whose renderings by its speaker, in any article, say
/// the word.
pub(super) fn cross_article_votes(
    forms: &Forms,
    group_of: &[usize],
    short: &[FormId],
    votes: &mut [Vote],
) {
    let mut by_word: FastMap<WordId, Vec<usize>> = FastMap::default();
    for (i, &f) in short.iter().enumerate() {
        if votes[i] == Vote::None && forms.forms[f].words().len() == CROSS_ARTICLE_WORDS {
            by_word
                .entry(forms.forms[f].words()[0])
                .or_default()
                .push(i);
        }
    }
    if by_word.is_empty() {
        return;
    }
    let mut cross = vec![Vote::None; short.len()];
    for (g_form, &g) in group_of
        .iter()
        .enumerate()
        .filter(|(_, g)| **g != usize::MAX)
    {
        let form = &forms.forms[g_form];
        for w in form.bag() {
            for &i in by_word.get(&w).map_or(&[][..], Vec::as_slice) {
                let speaker = forms.forms[short[i]].speakers[0];
                if form.words().len() > CROSS_ARTICLE_WORDS
                    && form.speakers.binary_search(&speaker).is_ok()
                {
                    cross[i].add(g);
                }
            }
        }
    }
    for (vote, c) in votes.iter_mut().zip(cross) {
        if *vote == Vote::None {
            *vote = c;
        }
    }
}

/// The group a clear majority of a form's copies vote for: all of them, or
/// two thirds and at least two. One article may print the same scare quote
/// beside another statement that holds it (its headline's "slap" beside its
/// own "slapped … in the face"): that copy leaves through `echo_copies`, its
/// article placing it elsewhere, and need not keep the other copies out of
/// the group their own articles agree on. A copy whose nearest holders
/// disagree (`Vote::Several`) votes against every group.
pub(super) fn most_copies(copies: &[Vote]) -> Vote {
    let mut counts: FastMap<usize, usize> = FastMap::default();
    let mut voters = 0;
    for vote in copies {
        match *vote {
            Vote::None => continue,
            Vote::One(g) => *counts.entry(g).or_default() += 1,
            Vote::Several => {}
        }
        voters += 1;
    }
    let best = counts
        .into_iter()
        .max_by_key(|&(g, n)| (n, std::cmp::Reverse(g)));
    match best {
        None if voters == 0 => Vote::None,
        Some((g, n)) if n == voters || (n >= 2 && 3 * n >= 2 * voters) => Vote::One(g),
        _ => Vote::Several,
    }
}
