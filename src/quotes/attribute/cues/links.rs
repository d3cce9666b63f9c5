//! Words that join one clause to another: "and", after which a verb
//! shares the subject before it.

use crate::text::fold::with_lower;

/// "and" in the nine languages: a verb right after it shares the subject
/// of the clause before.
pub(in crate::quotes::attribute) fn is_coordinator(word: &str) -> bool {
    with_lower(word, |w| {
        [
            "and", "und", "et", "e", "ed", "y", "i", "и", "і", "й", "și", "si", "oraz",
        ]
        .contains(&w)
    })
}
