//! Phrases that point back to the last person named rather than to the
//! sentence's subject: "Trump phoned Chancellor Weber. The latter said …",
//! "Ce dernier a déclaré", "Quest'ultimo ha detto", "Letzterer sagte",
//! "Este último dijo". A pronoun would take Trump, the subject; these take
//! Weber, named last (and "the former", the one named before him).

use super::{Context, Verdict};
use crate::ids::PersonId;
use crate::quotes::attribute::words::previous_word;
use crate::text::fold::with_lower;
use crate::text::speech;
use crate::text::words::{is_apostrophe, is_word_char};

/// How far back (bytes) the people a back reference points to are looked
/// for: the sentence before it, or two.
const REACH: usize = 500;

/// Which of the people last named a back reference points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BackReference {
    /// "the latter", "ce dernier": the last one named.
    Latter,
    /// "the former": the one named before the last.
    Former,
}

/// Words that may follow a back reference used as a subject: auxiliaries,
/// a relative pronoun, a negation. A noun after it ("ce dernier rapport",
/// "the former minister") makes an adjective of it.
const FOLLOWERS: &[&str] = &[
    "has", "had", "was", "is", "also", "then", "would", "will", "did", "who", "a", "avait", "est",
    "était", "aurait", "ne", "n", "s", "se", "qui", "ha", "aveva", "è", "era", "avrebbe", "hat",
    "hatte", "ist", "war", "habe", "sei", "había", "es", "tem", "tinha", "foi", "avea", "este",
    "al", "le", "lo", "la", "si", "y", "ya",
];

/// The back reference whose head word starts at `at`, if one does: the
/// head word is "latter", "former", "dernier", "ultimo", "último",
/// "Letzterer", "urmă" or "ostatni", after its determiner where it has one.
fn back_reference(text: &str, at: usize) -> Option<BackReference> {
    let rest = text.get(at..)?;
    let end = rest
        .find(|c: char| !is_word_char(c) && !is_apostrophe(c))
        .unwrap_or(rest.len());
    let word = rest[..end].trim_end_matches(is_apostrophe);
    // Most words asked about are no head word: decided without folding.
    if !(5..=14).contains(&word.len()) {
        return None;
    }
    let after = &rest[end..];
    // The word before is read only for a head word that needs its
    // determiner: most words of the right length are none.
    let after_one_of = |determiners: &[&str]| {
        let before = previous_word(text, at);
        determiners.iter().any(|d| before.eq_ignore_ascii_case(d))
    };
    let kind = with_lower(word, |lower| match lower {
        "latter" if after_one_of(&["the"]) => Some(BackReference::Latter),
        "former" if after_one_of(&["the"]) => Some(BackReference::Former),
        "dernier" | "dernière" if after_one_of(&["ce", "cette"]) => Some(BackReference::Latter),
        "último" | "última" if after_one_of(&["este", "esta"]) => Some(BackReference::Latter),
        "ostatni" | "ostatnia" if after_one_of(&["ten", "ta"]) => Some(BackReference::Latter),
        "urmă" if after_one_of(&["din"]) => Some(BackReference::Latter),
        "letzterer" | "letztere" => Some(BackReference::Latter),
        // "quest'ultimo", one word with its elided determiner.
        w if w.starts_with("quest")
            && (w.ends_with("ultimo") || w.ends_with("ultima"))
            && w[5..].starts_with(is_apostrophe) =>
        {
            Some(BackReference::Latter)
        }
        _ => None,
    })?;
    subject_follows(after).then_some(kind)
}

/// Whether what follows a back reference lets it stand as a subject: a
/// stop or a comma, a speech verb, or one of the [`FOLLOWERS`].
fn subject_follows(after: &str) -> bool {
    let after = after.trim_start();
    let next = after.split(|c: char| !is_word_char(c)).next().unwrap_or("");
    if next.is_empty() {
        return true;
    }
    with_lower(next, |next| FOLLOWERS.contains(&next)) || speech::is_speech_verb(next)
}

impl Context<'_> {
    /// Whether a back reference ("the latter", "ce dernier") starts at `at`.
    pub(super) fn is_back_reference(&self, at: usize) -> bool {
        back_reference(self.text, at).is_some()
    }

    /// The person the back reference at `at` points to, if one starts
    /// there: the last person named within [`REACH`] bytes before it (or,
    /// for "the former", the person named before that one); unknown if
    /// nobody is.
    pub(super) fn resolve_back_reference(&self, at: usize) -> Option<Verdict> {
        let kind = back_reference(self.text, at)?;
        let wanted = match kind {
            BackReference::Latter => 1,
            BackReference::Former => 2,
        };
        let floor = at.saturating_sub(REACH);
        let before = self.mentions.partition_point(|(r, _)| r.start < at);
        let mut named: Vec<PersonId> = Vec::with_capacity(wanted);
        for (_, p) in self.mentions[..before]
            .iter()
            .rev()
            .take_while(|(r, _)| r.start >= floor)
        {
            if !named.contains(p) {
                named.push(*p);
                if named.len() == wanted {
                    break;
                }
            }
        }
        Some(
            named
                .get(wanted - 1)
                .map_or(Verdict::Unknown, |&p| Verdict::Speaker(p)),
        )
    }
}
