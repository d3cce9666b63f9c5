//! Which grammatical person and mood a rendering speaks in: a question put
//! to someone ("do you step on ants?") and the echo that opens the answer
//! ("do I walk on ants?") share their topic words, but a quoted question
//! does not turn its "you" into "I". Only where one of the two asks: a
//! translated statement may (one outlet's "you want to present it as a
//! defeat" is another's "we are trying to present it as a defeat").
//!
//! Person in English only: elsewhere the subject is often dropped
//! ("¿Pisa hormigas?") and the persons' words double as others (Italian
//! "i" is "the").
//!
//! Mood, in any language: a question and a statement that only share part
//! of their words ("we are ready, but is the other side ready?" / "we are
//! ready, but the other side must be ready to compromise") are two
//! sentences; an excerpt that stops before the question ("we are ready")
//! still links.

use super::forms::{FormId, WordId};
use super::keys::StemCache;

/// The speaker speaks of themself: "I", "we". ("us" is left out: folded, it
/// is "US".)
const FIRST: &str = "I me my mine myself I'm I've I'll I'd we our ours ourselves we're we've we'll";
/// The speaker addresses someone: "you".
const SECOND: &str = "you your yours yourself yourselves you're you've you'll you'd";

/// Bits of [`person_of`]: first person, second person.
const FIRST_BIT: u8 = 1;
const SECOND_BIT: u8 = 2;

/// Per word id, its grammatical-person bits (0 for most words), from the
/// word keys the forms were built with (`id_of`: a key's word id, if any
/// form has it).
pub fn person_table(n_words: usize, id_of: impl Fn(u64) -> Option<WordId>) -> Vec<u8> {
    let mut table = vec![0u8; n_words];
    let mut cache = StemCache::default();
    for (list, bit) in [(FIRST, FIRST_BIT), (SECOND, SECOND_BIT)] {
        for spelling in list.split_whitespace() {
            // A contraction the tokenizer splits keys as its pronoun, which
            // is listed apart.
            let keys = cache.word_keys_of(spelling);
            if let [key] = keys[..]
                && let Some(w) = id_of(key)
                && let Some(slot) = table.get_mut(w as usize)
            {
                *slot |= bit;
            }
        }
    }
    table
}

/// The person bits of a form's words (`table`: [`person_table`]).
pub fn person_of(table: &[u8], words: &[WordId]) -> u8 {
    words.iter().fold(0, |acc, &w| {
        acc | table.get(w as usize).copied().unwrap_or(0)
    })
}

/// Whether one form speaks only as "I"/"we" and the other only to "you"
/// (their [`person_of`] bits).
pub fn persons_clash(a: u8, b: u8) -> bool {
    (a == FIRST_BIT && b == SECOND_BIT) || (a == SECOND_BIT && b == FIRST_BIT)
}

/// Whether a unit's text asks: it ends with a question mark, before any
/// closing quotes or brackets.
pub fn is_question(text: &str) -> bool {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '“')
    })
    .ends_with(['?', '？'])
}

/// Whether two forms' moods part them: one asks and the other does not,
/// and neither is an excerpt of the other (`containment`, the share of the
/// shorter matched, under `excerpt`).
pub fn moods_part(question: &[bool], a: FormId, b: FormId, containment: f32, excerpt: f32) -> bool {
    let asks = |f: FormId| question.get(f).copied().unwrap_or(false);
    asks(a) != asks(b) && containment < excerpt
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fast_hash::FastMap;

    /// Word ids of the words of `texts`, numbered as met, and each text's ids.
    fn ids(texts: &[&str]) -> (FastMap<u64, WordId>, Vec<Vec<WordId>>) {
        let mut cache = StemCache::default();
        let mut vocab: FastMap<u64, WordId> = FastMap::default();
        let lists = texts
            .iter()
            .map(|t| {
                cache
                    .word_keys_of(t)
                    .into_iter()
                    .map(|k| {
                        let next = vocab.len() as WordId;
                        *vocab.entry(k).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        (vocab, lists)
    }

    fn clash(a: &str, b: &str) -> bool {
        let (vocab, lists) = ids(&[a, b]);
        let table = person_table(vocab.len(), |k| vocab.get(&k).copied());
        persons_clash(person_of(&table, &lists[0]), person_of(&table, &lists[1]))
    }

    #[test]
    fn a_question_and_its_echoed_answer_clash() {
        assert!(clash(
            "Do you ever feed the pigeons?",
            "Do I feed the pigeons?"
        ));
        assert!(clash(
            "Will you raise your taxes",
            "we will not raise taxes"
        ));
    }

    #[test]
    fn renderings_in_one_person_or_mixed_do_not() {
        assert!(!clash(
            "I feed the pigeons daily",
            "I feed pigeons every day"
        ));
        assert!(!clash(
            "you feed the pigeons",
            "You know, I feed the pigeons"
        ));
        assert!(!clash("the pigeons are fed", "I feed the pigeons"));
        // "US" folds to "us", which is no pronoun here.
        assert!(!clash("the US will not pay", "you will not pay"));
    }

    #[test]
    fn a_question_ends_with_its_mark_before_closing_quotes() {
        assert!(is_question("is the other side ready?"));
        assert!(is_question("is the other side ready?” "));
        assert!(is_question("¿Está listo?»"));
        assert!(!is_question("we are ready, but the other side must be"));
        assert!(!is_question("“Ready?” he asked, “we are.”"));
    }

    #[test]
    fn moods_part_only_renderings_that_are_no_excerpt() {
        let question = [true, false];
        assert!(moods_part(&question, 0, 1, 0.6, 0.8));
        assert!(!moods_part(&question, 0, 1, 0.9, 0.8));
        assert!(!moods_part(&[false, false], 0, 1, 0.6, 0.8));
    }
}
