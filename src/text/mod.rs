//! The ground floor of text: what a word is, where a sentence ends, which
//! characters are quotation marks, and how text is folded for matching.
//!
//! Extraction, attribution, people finding, grouping, search and titles all
//! read text; they agree because each rule is written once, here. Rules for
//! other languages (their quotation marks, abbreviations, letters) are added
//! to these tables, not to the modules that use them.

pub mod calendar;
pub mod compounds;
pub mod contractions;
pub mod dashes;
pub mod fold;
pub mod function_words;
pub mod gender;
pub mod inflection;
pub mod language;
pub mod marks;
pub mod person;
pub mod roles;
pub mod sentences;
pub mod slips;
pub mod speech;
pub mod spelling;
pub mod stem;
pub mod synonyms;
pub mod translit;
pub mod words;

/// The last char boundary of `text` at or before byte `at` (its length when
/// `at` is past the end): where a byte budget may cut a text.
pub fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// The first char boundary of `text` at or after byte `at` (its length when
/// `at` is past the end): where a text may be cut no earlier than a budget.
pub fn ceil_char_boundary(text: &str, at: usize) -> usize {
    (at..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len())
}
