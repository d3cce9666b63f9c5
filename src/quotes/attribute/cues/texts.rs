//! Nouns of a text that speaks for its author ("the speech went on", "the
//! message continued") and the verbs that say it goes on.

use crate::text::fold::with_lower;

/// Nouns of words spoken to an audience ("the speech went on"), whose
/// speaker is the one quoted from them; not a written "statement", whose
/// issuer may be an office.
const SPOKEN_ADDRESS_NOUNS: &[&str] = &["speech", "address", "homily", "sermon", "remarks"];

pub(in crate::quotes::attribute) fn is_spoken_address(word: &str) -> bool {
    SPOKEN_ADDRESS_NOUNS
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n))
}

/// Nouns of a written text ("the message", "the statement"): its words go
/// on in the voice of its quotes before only when the verb says it goes on
/// ([`goes_on_in_text`]); "the statement said" may open an office's text,
/// whose issuer another rule finds.
const WRITTEN_TEXT_NOUNS: &[&str] = &["message", "statement", "post", "letter", "tweet"];

pub(in crate::quotes::attribute) fn is_written_text(word: &str) -> bool {
    WRITTEN_TEXT_NOUNS
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n))
}

/// Whether a verb says a text goes on from its last quote ("continued",
/// "added", "went on": `first` is the word before a phrase's last).
pub(in crate::quotes::attribute) fn goes_on_in_text(first: Option<&str>, verb: &str) -> bool {
    match first {
        Some(first) => {
            ["went", "goes"]
                .iter()
                .any(|w| first.eq_ignore_ascii_case(w))
                && verb.eq_ignore_ascii_case("on")
        }
        None => with_lower(verb, |w| {
            ["continued", "continues", "added", "adds"].contains(&w)
        }),
    }
}
