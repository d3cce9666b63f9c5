//! Words that join one clause to another: "and", after which a verb
//! shares the subject before it, and "that", after which a name is the
//! subject of the clause reported.

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

/// "that" opening a clause reported ("aseguró *que* X …", "ha detto *che*
/// il premier …"): a subject after it is that clause's own.
pub(in crate::quotes::attribute) fn is_complementizer(word: &str) -> bool {
    with_lower(word, |w| {
        [
            "that", "que", "qu", "che", "dass", "daß", "że", "că", "что", "що",
        ]
        .contains(&w)
    })
}
