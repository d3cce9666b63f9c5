//! Short sentences cut from a longer quotation. One outlet prints "New
//! Harbour. Tonight, you gave us a mandate." as one quote, the crowd
//! addressed by name before the sentence; the two words become a unit of
//! their own, and they sit as a run inside another statement that names
//! the place ("New Harbour will remain a city of sailors"). But the
//! sentence continues into its neighbour: it was said where the quotation
//! stands, not lifted from that other statement, and its words alone say
//! nothing of which statement they render (as [`super::echoes`] reads a
//! scare quote only when it is a quotation of its own). So it leaves any
//! group it shares with longer renderings and stays with its own copies.

use super::forms::{FormId, Forms, UnitIdx};
use super::fragments::MAX_FRAGMENT_WORDS;

/// Takes out of each group every form of at most [`MAX_FRAGMENT_WORDS`]
/// words whose every unit is a sentence of a longer quotation
/// (`continues`: whether a unit's quotation holds another unit), when the
/// group keeps another form; each such form becomes a group of its own
/// copies. One pass over the groups' members and their units.
pub(super) fn release(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    continues: impl Fn(UnitIdx) -> bool,
) {
    let continuation = |f: FormId| {
        let form = &forms.forms[f];
        form.words().len() <= MAX_FRAGMENT_WORDS && form.units.iter().all(|&u| continues(u))
    };
    let mut alone = Vec::new();
    for members in groups.iter_mut() {
        if members.len() < 2 || members.iter().all(|&f| continuation(f)) {
            continue;
        }
        members.retain(|&f| {
            let leaves = continuation(f);
            if leaves {
                alone.push(f);
            }
            !leaves
        });
    }
    groups.extend(alone.into_iter().map(|f| vec![f]));
}
