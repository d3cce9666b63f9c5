//! Rule 8: a headline quotes the person its story is about. "‘The West is
//! in danger!’" over a report of one leader's speech, or "New tariffs:
//! ‘Friends are often worse than enemies’", gives no cue of its own, and
//! the body may never repeat those words; the report's principal speaker,
//! who speaks most of the quotes its cues attribute, said them, unless the
//! headline names someone else ("Rival Says ‘…’").

use crate::ids::PersonId;

use super::Quote;
use super::context::Context;

/// Quotes attributed by a cue the principal speaker must speak at least
/// (one is no pattern), and the share of all such quotes (over half: a
/// story of two voices has no principal, and a guess there is a coin toss).
const MIN_QUOTES: usize = 2;

/// Gives each quote of one article's headlines (`members`, indices into
/// `quotes`) that no earlier rule attributed the speaker of most of the
/// article's quotes that a cue attributed.
pub(super) fn headlines_to_principal(
    ctx: &Context,
    quotes: &[Quote],
    members: &[usize],
    speakers: &mut [Option<PersonId>],
    decided: &[bool],
) {
    let open: Vec<usize> = (0..members.len())
        .filter(|&k| !decided[k] && speakers[k].is_none())
        .filter(|&k| ctx.in_headline(quotes[members[k]].outer().start))
        .collect();
    if open.is_empty() {
        return;
    }
    let Some(principal) = principal_speaker(speakers, decided) else {
        return;
    };
    for k in open {
        if !ctx.headline_names_another(&quotes[members[k]], principal) {
            speakers[k] = Some(principal);
        }
    }
}

/// The person who speaks over half the quotes attributed by a cue of their
/// own (`decided` with a speaker), and at least [`MIN_QUOTES`] of them.
fn principal_speaker(speakers: &[Option<PersonId>], decided: &[bool]) -> Option<PersonId> {
    let cued: Vec<PersonId> = speakers
        .iter()
        .zip(decided)
        .filter_map(|(s, d)| s.filter(|_| *d))
        .collect();
    // Boyer–Moore majority vote: the only candidate for over half, then
    // counted; no map for the few quotes of one article.
    let mut candidate = None;
    let mut count = 0usize;
    for &p in &cued {
        if count == 0 {
            candidate = Some(p);
        }
        count = if candidate == Some(p) {
            count + 1
        } else {
            count - 1
        };
    }
    let p = candidate?;
    let n = cued.iter().filter(|&&q| q == p).count();
    (n >= MIN_QUOTES && 2 * n > cued.len()).then_some(p)
}
