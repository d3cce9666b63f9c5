//! The words grouping compares: folded (case, apostrophe and quote styles),
//! lightly stemmed ([`crate::text::stem`]), and with each person's spellings
//! as one word, so "Zelenskyy's plan" and "Zelensky plans" share two words.
//!
//! These keys decide only what links; the diff a reader sees still aligns
//! the words as printed, so a changed plural shows as a change.

use std::hash::Hasher;

use crate::fast_hash::{FastMap, FxHasher};
use crate::people::Person;
use crate::quotes::align::tokenize;
use crate::text::fold::fold_char_into;
use crate::text::stem::stem_into;

/// Keys the words of quote units, with the corpus' people's spellings merged.
#[derive(Debug, Default)]
pub struct WordKeys {
    /// Key of a spelling → key of the person's canonical spelling of that
    /// word; only spellings that differ from it are listed.
    spellings: FastMap<u64, u64>,
}

impl WordKeys {
    /// Keys that treat the spellings the people module merged into one
    /// person (its variants) as one word: the surname of every variant as
    /// the canonical surname, a first name as the canonical first name.
    pub fn new(people: &[Person]) -> WordKeys {
        let mut spellings = FastMap::default();
        let mut buf = (String::new(), String::new());
        for p in people {
            let canonical = word_keys_of(&p.name, &mut buf);
            let (Some(&first), Some(&last)) = (canonical.first(), canonical.last()) else {
                continue;
            };
            for v in &p.variants {
                let words = word_keys_of(v, &mut buf);
                let pairs = [
                    (words.last(), Some(last)),
                    (words.first().filter(|_| words.len() > 1), Some(first)),
                ];
                for (spelling, canonical) in pairs {
                    if let (Some(&s), Some(c)) = (spelling, canonical)
                        && s != c
                    {
                        spellings.entry(s).or_insert(c);
                    }
                }
            }
        }
        WordKeys { spellings }
    }

    /// The keys of the words of `text`, in order; punctuation is dropped.
    pub fn of(&self, text: &str) -> Vec<u64> {
        let mut buf = (String::new(), String::new());
        let mut keys = word_keys_of(text, &mut buf);
        if !self.spellings.is_empty() {
            for k in &mut keys {
                if let Some(&c) = self.spellings.get(k) {
                    *k = c;
                }
            }
        }
        keys
    }
}

/// The stemmed keys of the words of `text`; `buf` holds a word while it is
/// folded and stemmed.
fn word_keys_of(text: &str, (folded, stem): &mut (String, String)) -> Vec<u64> {
    let tokens = tokenize(text);
    let mut keys = Vec::with_capacity(tokens.iter().filter(|t| t.word).count());
    for t in tokens.iter().filter(|t| t.word) {
        folded.clear();
        let word = text.get(t.span.clone()).unwrap_or("").trim();
        word.chars()
            .for_each(|c| fold_char_into(c, |f| folded.push(f)));
        stem_into(folded, stem);
        let mut h = FxHasher::default();
        h.write(stem.as_bytes());
        keys.push(h.finish());
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, variants: &[&str]) -> Person {
        Person::named(name, variants)
    }

    #[test]
    fn inflections_and_typography_share_keys() {
        let keys = WordKeys::default();
        assert_eq!(
            keys.of("We’re standing down, for our goals"),
            keys.of("we're stand down for our goal")
        );
        assert_ne!(keys.of("we will win"), keys.of("we will won"));
    }

    #[test]
    fn a_persons_spellings_are_one_word() {
        let zelensky = person(
            "Volodymyr Zelensky",
            &["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy"],
        );
        let keys = WordKeys::new(&[zelensky]);
        let want = keys.of("Zelensky's plan");
        assert_eq!(keys.of("Zelenskyy’s plan"), want);
        assert_eq!(keys.of("Zelenskiy plans"), want);
        // Without the person, the spellings are different words.
        assert_ne!(WordKeys::default().of("Zelenskiy plan"), want);
    }
}
