//! English numbers written as words or as digits: one outlet prints "seven
//! minutes" and another "7 minutes", a translator "four years" where the
//! wire wrote "4 years". Compared as written, such a copy differs from its
//! source by a word it does not change; compared as the number, it does not.
//!
//! Only the numbers one word writes (one to twenty, the tens): "twenty-one"
//! is two words to the word splitter, and "two hundred" against "200" would
//! need a parser for a rare case.

/// Number words and the digits that write them.
const NUMBER_WORDS: [(&str, &str); 28] = [
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("thirteen", "13"),
    ("fourteen", "14"),
    ("fifteen", "15"),
    ("sixteen", "16"),
    ("seventeen", "17"),
    ("eighteen", "18"),
    ("nineteen", "19"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("forty", "40"),
    ("fifty", "50"),
    ("sixty", "60"),
    ("seventy", "70"),
    ("eighty", "80"),
    ("ninety", "90"),
    ("hundred", "100"),
];

/// The digits of a folded (lower-case) English number word: "seven" →
/// "7"; `None` for any other word. "hundred" is 100 alone ("a hundred
/// days" / "100 days"); after another number word it stays two words.
pub fn as_digits(word: &str) -> Option<&'static str> {
    NUMBER_WORDS
        .iter()
        .find(|&&(w, _)| w == word)
        .map(|&(_, digits)| digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_are_their_digits() {
        assert_eq!(as_digits("seven"), Some("7"));
        assert_eq!(as_digits("twelve"), Some("12"));
        assert_eq!(as_digits("forty"), Some("40"));
    }

    #[test]
    fn other_words_and_digits_are_not_number_words() {
        assert_eq!(as_digits("seventh"), None);
        assert_eq!(as_digits("7"), None);
        assert_eq!(as_digits("often"), None);
        assert_eq!(as_digits("Seven"), None, "folded words only");
    }
}
