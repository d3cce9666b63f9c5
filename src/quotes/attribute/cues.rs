//! Words that signal who is speaking: reporting nouns after a possessive
//! ("Trump’s insistence"), roles and clause links; the reporting verbs and
//! pronouns of every language are [`crate::text::speech`]'s tables.

use std::sync::LazyLock;

use crate::fast_hash::FastSet;
use crate::text::fold::with_lower;

/// Nouns that report speech when owned by a speaker ("Putin’s remarks").
#[rustfmt::skip]
const SPEECH_NOUNS: &[&str] = &[
    "remarks", "words", "comments", "statement", "insistence", "call", "demand", "claim", "pledge",
    "promise", "warning", "assertion", "description", "speech", "message", "post", "tweet",
    "letter", "response", "reply", "answer", "view", "argument",
];

/// Lower-case nouns that head a role written without a name ("the Russian leader").
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "leader", "president", "premier", "chancellor", "minister", "prime", "head", "chief",
];

// Looked up for most words around every quote: a fast hash.
static SPEECH_NOUN_SET: LazyLock<FastSet<&str>> =
    LazyLock::new(|| SPEECH_NOUNS.iter().copied().collect());

/// Case-insensitive membership without allocating for lower-case words,
/// which most words around quotes are, nor for short ASCII ones.
fn lookup(set: &FastSet<&str>, word: &str) -> bool {
    with_lower(word, |w| set.contains(w))
}

pub(super) use crate::text::speech::{is_according, is_object_pronoun, is_pronoun, is_speech_verb};

pub(super) fn is_speech_noun(word: &str) -> bool {
    lookup(&SPEECH_NOUN_SET, word)
}

pub(super) fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.iter().any(|r| word.eq_ignore_ascii_case(r))
}

/// English possessive pronouns that own a reporting noun ("*his* remarks"):
/// the noun's owner is the person the pronoun stands for.
pub(super) fn is_possessive_pronoun(word: &str) -> bool {
    word.eq_ignore_ascii_case("his") || word.eq_ignore_ascii_case("her")
}

/// English words after which a reporting word is a noun ("another *tweet*",
/// "a *call*", "his *post*"), not a verb.
pub(super) fn is_noun_marker(word: &str) -> bool {
    [
        "a", "an", "the", "another", "his", "her", "their", "its", "this", "my", "our", "your",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// An adverb between a subject and its verb ("X *also* said", "X
/// *later* wrote", "X *repeatedly* said").
pub(super) fn is_adverb(word: &str) -> bool {
    ["also", "later", "again", "then"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
        || (word.len() > 4 && word.is_ascii() && word.ends_with("ly"))
}

/// Words after which a reporting verb opens a subordinate clause rather
/// than reports the quote ("*When* asked about …", "*Following* calls with …").
pub(super) fn is_subordinator(word: &str) -> bool {
    [
        "when",
        "while",
        "after",
        "before",
        "following",
        "upon",
        "if",
        "once",
        "since",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// A capitalised participle opening its sentence ("*Speaking* to reporters
/// on Friday, …", "*Asked* about …"): it sets the scene, the reporting verb
/// comes later.
pub(super) fn is_opening_participle(word: &str) -> bool {
    word.is_ascii()
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && (word.ends_with("ing") || word.ends_with("ed"))
}

/// An English present participle ("saying", "adding"): its subject is the
/// subject of the clause it hangs on, not the nearest name before it.
pub(super) fn is_participle(word: &str) -> bool {
    word.is_ascii() && word.len() > 4 && word.ends_with("ing")
}

/// Definite articles that open a role phrase ("*the* chancellor", "*il*
/// cancelliere", "*der* Kanzler").
pub(super) fn is_determiner(word: &str) -> bool {
    [
        "the", "il", "lo", "la", "l", "le", "el", "los", "las", "o", "os", "der", "die", "das",
        "den", "dem", "des",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// Words that join a role noun to the name it titles ("president *of*
/// Russia", "portavoce *del* Cremlino").
pub(super) fn is_role_link(word: &str) -> bool {
    [
        "of", "the", "del", "della", "dello", "di", "de", "des", "der", "du", "da", "von",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// A person named by age ("53-year-old", "53-Jährige", "53enne"), which
/// stands for the person last named, like a pronoun.
pub(super) fn is_age_epithet(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    crate::text::fold::with_lower(word, |w| {
        ["-year-old", "-jährige", "-jährigen", "-jähriger", "enne"]
            .iter()
            .any(|s| w.ends_with(s))
    })
}

/// A reporting verb of a language that drops subject pronouns (Italian,
/// Spanish, Portuguese, Romanian, Polish, Russian, Ukrainian): with no
/// subject written, it reports the person a pronoun would name.
pub(super) fn drops_subject(word: &str) -> bool {
    crate::text::speech::is_pro_drop_verb(word)
}

/// Words that join a clause to the one before it rather than name a subject.
pub(super) fn is_clause_link(word: &str) -> bool {
    // All the links are ASCII, and no other word lower-cases to one of them
    // (only the Kelvin sign lower-cases to ASCII, and no link has a "k"), so
    // ASCII words are lower-cased on the stack.
    let mut buf = [0u8; 8];
    let Some(lower) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"and"
            | b"but"
            | b"or"
            | b"while"
            | b"before"
            | b"after"
            | b"then"
            | b"as"
            | b"with"
            | b"that"
            | b"who"
            | b"which"
            | b"when"
            | b"whereas"
            | b"also"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_ignore_case_without_allocating() {
        assert!(is_speech_verb("said") && is_speech_verb("SAID") && is_speech_verb("Said"));
        assert!(!is_speech_verb("sad") && !is_speech_verb(&"S".repeat(40)));
        for w in ["and", "AND", "Whereas", "also"] {
            assert!(is_clause_link(w), "{w}");
        }
        for w in ["", "andy", "a", "ＡＮＤ", "whereasx", "Ａnd", "ΑND"] {
            assert!(!is_clause_link(w), "{w}");
        }
    }
}
