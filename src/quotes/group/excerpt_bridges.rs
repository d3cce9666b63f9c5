//! When a link that says only "one form is an excerpt of the other" may join
//! two sets of core forms ([`super::core_sets`]).
//!
//! A speaker's statement may repeat one phrase in several sentences ("the
//! charter of the guild … will endure", "… whether the charter of the guild
//! should endure", "asking that the charter of the guild endure"). An outlet
//! that quotes only the phrase prints an excerpt of every one of those
//! sentences: its links say it fits each, not that the sentences are one.
//! Two rules keep such an excerpt from bridging their groups:
//! - a bare excerpt link (the short form covers little of the long one)
//!   joins two sets only when their references link, never through a
//!   second link into the other set (which the excerpt's own copies give);
//! - an excerpt printed word for word inside one rendering does not join,
//!   through a looser link, a group whose reference does not link that
//!   rendering's group: it is that sentence's excerpt, and only shares the
//!   phrase with the other.
//!
//! On the labelled news' tune half the two took false pairs from 347 to 273
//! (true pairs 7036 to 7038), all in the one story of this shape; the check
//! half did not move.

use super::forms::{FormId, Forms};
use super::link::{EXCERPT_CONTAINMENT, Evidence};

/// Coverage (the share of the longer form an excerpt matches) under which
/// an excerpt link is bare: it joins two sets only when their references
/// link. Higher keeps more excerpts from bridging (precision) and keeps
/// apart a group whose reference is a long run-on rendering (recall): on the
/// labelled news' tune half, 0.2 removed 48 false pairs for 2 true ones; 0.35
/// lost a check first screen.
pub(super) const BARE_COVERAGE: f32 = 0.2;

/// Whether link evidence `e` is a bare excerpt link ([`BARE_COVERAGE`]).
pub(super) fn is_bare(e: &Evidence) -> bool {
    e.containment >= EXCERPT_CONTAINMENT && e.coverage < BARE_COVERAGE
}

/// Containment under which a link that is no word-for-word excerpt is
/// loose (words of the shorter form are missing from the longer): such a
/// link may join a form with its home's group's rival ([`strays_from_home`]).
/// An excerpt that only skips a word between its words ("a duel, say, of
/// the century") keeps them all, and is no stray.
const LOOSE_CONTAINMENT: f32 = 0.95;

/// Whether the loose link `e` between forms `ends` would carry the shorter
/// (the excerpt) away from its home: a longer form that prints it word for word (one of
/// its links, from `partners_of`) whose group does not agree with the other
/// end's (`groups_agree`: one group, or references that link). "fervently
/// asking that the charter endure", printed whole inside the sentence on
/// letters received, does not join the affirmation "I am declaring that the
/// charter will endure" on the phrase the two sentences share.
pub(super) fn strays_from_home<I>(
    forms: &Forms,
    e: &Evidence,
    ends: (FormId, FormId),
    partners_of: impl Fn(FormId) -> I,
    mut groups_agree: impl FnMut(FormId, FormId) -> bool,
) -> bool
where
    I: Iterator<Item = (FormId, Evidence)>,
{
    if e.contains_fragment() || e.run || e.containment >= LOOSE_CONTAINMENT {
        return false;
    }
    let words = |f: FormId| forms.forms[f].words().len();
    let (a, b) = ends;
    // The shorter end is the excerpt; two as long are no excerpt.
    let (f, other) = match words(a).cmp(&words(b)) {
        std::cmp::Ordering::Less => (a, b),
        std::cmp::Ordering::Greater => (b, a),
        std::cmp::Ordering::Equal => return false,
    };
    partners_of(f).any(|(home, link)| {
        home != other
            && words(home) > words(f)
            && link.contains_fragment()
            && !groups_agree(home, other)
    })
}
