//! A text's words as the miss listings compare them (`pair_misses`,
//! `short_misses`, `short_causes`): folded to lower case, punctuation dropped. Included
//! with `#[path = "support/folded_words.rs"] mod folded_words;`.

/// A text's words, folded to lower case, punctuation dropped.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
