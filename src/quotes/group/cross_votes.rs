//! Votes from other articles for a one-word scare quote its own articles
//! place nowhere: `echoes` reads them when no longer quotation of its
//! speaker in its own articles holds the word (kept apart to keep
//! `echoes.rs` short).

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
