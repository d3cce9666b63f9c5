//! Words a corpus uses as places: a capitalised word standing alone right
//! after a preposition of place ("in Germania", "в Украине", "à Paris", "w
//! Polsce"). A country that "declares" something ("la Repubblica di Germania
//! dichiarò") or shares its name with a given name ("Paris", "America") is
//! still no person; [`super::evidence`] discounts these words.

use rayon::prelude::*;

use super::candidate::Candidate;
use crate::corpus::Corpus;
use crate::fast_hash::FastSet;
use crate::text::words::last_word;

/// Prepositions that put a place after them, in the languages read. Left
/// out: those that as often put a person after them ("to", "a", "la", "у":
/// "said to Trump", "ha detto a Merz", "у Зеленского заявили").
#[rustfmt::skip]
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "à", "en", "em", "în", "w", "we", "nach", "в", "во",
];

/// The one-word candidates of the corpus that follow a preposition of place
/// and are no possessor ("in Trump's view" is about a person).
pub(super) fn place_words<'t>(
    corpus: &'t Corpus,
    per_source: &[Vec<Candidate>],
) -> FastSet<&'t str> {
    corpus
        .articles
        .par_iter()
        .zip(per_source)
        .map(|(article, cands)| {
            let text = article.text.as_str();
            cands
                .iter()
                .filter(|c| c.role().is_none())
                .filter_map(|c| text.get(c.span()).map(|word| (c.span(), word)))
                .filter(|(span, word)| {
                    !word.contains(char::is_whitespace) && after_place_preposition(text, span.start)
                })
                .filter(|(span, _)| !possessed(text, span.end))
                .map(|(_, word)| word)
                .collect::<Vec<&str>>()
        })
        .flatten_iter()
        .collect()
}

/// Whether the word before byte `at` of `text` is a preposition of place,
/// with one space between.
fn after_place_preposition(text: &str, at: usize) -> bool {
    word_before_space(text, at).is_some_and(|word| PLACE_PREPOSITIONS.contains(&word))
}

/// The word that ends one space before byte `at` of `text`, if a space is
/// there.
pub(super) fn word_before_space(text: &str, at: usize) -> Option<&str> {
    text.get(..at)?.strip_suffix(' ').map(last_word)
}

fn possessed(text: &str, end: usize) -> bool {
    text.get(end..).is_some_and(|after| {
        ["'s", "’s", "'S", "’S"]
            .iter()
            .any(|s| after.starts_with(s))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_follows_its_preposition_directly() {
        let at = |text: &str, word: &str| after_place_preposition(text, text.find(word).unwrap());
        assert!(at("She lives in Germania now", "Germania"));
        assert!(at("поддержку в Украине", "Украине"));
        assert!(at("(à Paris)", "Paris"));
        assert!(!at("He spoke to Merz", "Merz"));
        assert!(
            !at("Within Paris", "Paris"),
            "a word ending in a preposition"
        );
        assert!(!at("Paris", "Paris"));
        assert!(possessed("in Trump's view", 8) && !possessed("in Paris now", 8));
    }
}
