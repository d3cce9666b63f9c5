//! English passives of reporting verbs whose subject is a thing ("a truce
//! was declared", "it has been reported"): they report no one's words, so
//! they never take a sentence's reporting-verb slot.

use super::Context;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::{roles, speech};

/// English subject pronouns of people that [`cues::is_pronoun`] leaves out
/// (it reads only he/she as a speaker).
const PERSON_PRONOUNS: &[&str] = &["i", "we", "they", "you"];

impl Context<'_> {
    /// Whether `words[k]` is an English reporting participle after a
    /// passive auxiliary ("was declared", "were announced", "has been
    /// said") whose subject is no person: not a name, a he/she/they, a
    /// role ("the leader was asked") or a relative ("who was told").
    pub(super) fn is_passive_of_thing(&self, words: &[Word], k: usize) -> bool {
        let verb = words[k].text;
        if !speech::is_english_speech_verb(verb) || verb.ends_with("ing") {
            return false;
        }
        // Past the auxiliaries: "has been", "will be", "was", "had been".
        let mut j = k;
        while j > 0 && is_auxiliary(words[j - 1].text) {
            j -= 1;
        }
        if j == k || !cues::is_passive_auxiliary(&words[k - 1].text.to_lowercase()) {
            return false;
        }
        let Some(subject) = j.checked_sub(1).map(|i| &words[i]) else {
            return false;
        };
        let person = self.mention_covering(subject.range.start).is_some()
            || self.is_pronoun_at(words, j - 1)
            || PERSON_PRONOUNS.contains(&subject.text.to_lowercase().as_str())
            || speech::is_subject_relative(subject.text)
            || roles::role_of_any_case(subject.text).is_some()
            || cues::is_role_noun(subject.text);
        !person
    }
}

/// An English auxiliary of a passive or perfect ("was", "has", "been",
/// "will", "had").
fn is_auxiliary(word: &str) -> bool {
    let w = word.to_lowercase();
    cues::is_passive_auxiliary(&w) || ["has", "have", "had", "will", "would"].contains(&w.as_str())
}
