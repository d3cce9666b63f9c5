//! Whether a few capitalised words read as a person's name, the test the
//! statements without quotation marks share: a credit after a dash (`—
//! Putin.`), a label before a colon (`Putin: …`), a signature (`…: Putin`).
//! A name counts when a given name is in it, or when its last word is
//! written right after a given name somewhere in the article (`Putin` in an
//! article naming Vladimir Putin).
//!
//! Those surnames are found in one pass over the article, on the first
//! name that needs them: searching the whole text again for each name was
//! quadratic in a file of thousands of short attributed lines.

use std::cell::OnceCell;

use crate::fast_hash::FastSet;
use crate::people::is_first_name;
use crate::text::words::{is_apostrophe, is_word_char};

use super::tails::MAX_NAME_WORDS;

/// Longest surname looked up after a given name, in bytes.
const MAX_SURNAME_BYTES: usize = 64;

/// An article's text and, once asked, every word it writes right after a
/// capitalised given name and a space.
pub(super) struct FullNames<'a> {
    text: &'a str,
    surnames: OnceCell<FastSet<&'a str>>,
}

impl<'a> FullNames<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        FullNames {
            text,
            surnames: OnceCell::new(),
        }
    }

    /// The article's text.
    pub(super) fn text(&self) -> &'a str {
        self.text
    }

    /// Whether `name` reads as a person's name: a few capitalised words,
    /// with a given name among them or its last word written after a given
    /// name somewhere in the article.
    pub(super) fn is_person_name(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        let shaped = (1..=MAX_NAME_WORDS).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(is_name_char)
            });
        shaped
            && (words.iter().any(|w| is_first_name(w))
                || words.last().is_some_and(|last| self.named_in_full(last)))
    }

    /// Whether `surname` appears in the article right after a given name.
    fn named_in_full(&self, surname: &str) -> bool {
        self.surnames
            .get_or_init(|| surnames_after_given_names(self.text))
            .contains(surname)
    }
}

/// A character a written name may hold.
fn is_name_char(c: char) -> bool {
    c.is_alphabetic() || c == '.' || c == '-' || is_apostrophe(c)
}

/// Every run of name characters that follows a capitalised given name and
/// one space in `text`, cut at each point a whole word ends (`Smith` and
/// `Smith.` of `Smith.`, `O` and `O'Brien` of `O'Brien`), so a surname is
/// found by one look-up.
fn surnames_after_given_names(text: &str) -> FastSet<&str> {
    let mut surnames = FastSet::default();
    for space in memchr::memchr_iter(b' ', text.as_bytes()) {
        // The word before the space: hyphens join a compound given name.
        let Some(previous) = text[..space]
            .rsplit(|c: char| !is_word_char(c) && c != '-')
            .next()
        else {
            continue;
        };
        // Capitalised: "said" in "…, said Reuters" is no given name Said.
        if !(previous.starts_with(char::is_uppercase) && is_first_name(previous)) {
            continue;
        }
        let after = &text[space + 1..];
        let run = after
            .char_indices()
            .find(|&(i, c)| i >= MAX_SURNAME_BYTES || !is_name_char(c))
            .map_or(after.len(), |(i, _)| i);
        for (i, c) in after[..run].char_indices().skip(1) {
            if !is_word_char(c) {
                surnames.insert(&after[..i]);
            }
        }
        if !after[run..].starts_with(is_word_char) {
            surnames.insert(&after[..run]);
        }
    }
    surnames
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search this module replaces: every occurrence of the surname,
    /// whole, after a capitalised given name and one space.
    fn named_in_full_by_search(text: &str, surname: &str) -> bool {
        text.match_indices(surname).any(|(at, _)| {
            let whole_word = text[at + surname.len()..]
                .chars()
                .next()
                .is_none_or(|c| !is_word_char(c));
            let previous = text[..at]
                .strip_suffix(' ')
                .and_then(|before| before.rsplit(|c: char| !is_word_char(c) && c != '-').next());
            whole_word
                && previous.is_some_and(|p| p.starts_with(char::is_uppercase) && is_first_name(p))
        })
    }

    #[test]
    fn a_surname_counts_when_written_after_a_given_name() {
        let names = FullNames::new("Vladimir Putin met Kowalski. Later Anna O'Brien-Smith. spoke.");
        assert!(names.is_person_name("Putin"));
        assert!(names.is_person_name("President Putin"));
        assert!(names.is_person_name("O'Brien-Smith"));
        assert!(!names.is_person_name("Kowalski"));
        assert!(!names.is_person_name("putin"));
        // A word that merely begins with the surname is another word.
        assert!(!FullNames::new("Vladimir Putins").is_person_name("Putin"));
        // Lower case "said" is no given name.
        assert!(!FullNames::new("…, said Reuters.").is_person_name("Reuters"));
    }

    #[test]
    fn the_one_pass_finds_what_a_search_per_name_found() {
        let texts = [
            "Vladimir Putin met Anna O'Brien-Smith. and Jean-Luc Picard2 in Kyiv.",
            "Владимир Путин и Jane  Doe; Mary Ann Lee, Ivan Petrov’s aide.",
            "John Smith. John Smithers, Jo-Ann Żurek-Nowak said. Anna",
        ];
        let surnames = [
            "Putin",
            "O",
            "O'Brien",
            "O'Brien-Smith",
            "O'Brien-Smith.",
            "Picard",
            "Путин",
            "Doe",
            "Ann",
            "Lee",
            "Petrov",
            "Petrov’s",
            "Smith",
            "Smith.",
            "Smithers",
            "Żurek",
            "Żurek-Nowak",
            "Nowak",
            "Anna",
        ];
        for text in texts {
            let names = FullNames::new(text);
            for surname in surnames {
                assert_eq!(
                    names.named_in_full(surname),
                    named_in_full_by_search(text, surname),
                    "{surname} in {text}"
                );
            }
        }
    }
}
