//! English contractions and the words they stand for: outlets and
//! translators write one statement as "we're not ruling out" and "we are not
//! ruling out", "I don't" and "I do not"; compared as written, the contracted
//! word matches neither of the two, and a copy differs from its source by
//! two words instead of one.

/// Words whose `'s` stands for "is" (elsewhere it is mostly a possessive,
/// which the stemmer drops: "Musk's plan").
const IS_CONTRACTED: [&str; 9] = [
    "it", "that", "there", "he", "she", "what", "here", "who", "where",
];

/// The two words a folded English contraction (lower case, ASCII
/// apostrophe) stands for: "we're" → ("we", "are"), "don't" → ("do",
/// "not"), "won't" → ("will", "not"), "cannot" → ("can", "not"); `None` for
/// any other word. "'d" is read as "would" (it is "had" as often, but
/// either way one word of the two matches).
pub fn expand(word: &str) -> Option<(&str, &'static str)> {
    match word {
        "can't" | "cannot" => return Some(("can", "not")),
        "won't" => return Some(("will", "not")),
        "shan't" => return Some(("shall", "not")),
        _ => {}
    }
    const ENDINGS: [(&str, &str); 6] = [
        ("n't", "not"),
        ("'re", "are"),
        ("'ve", "have"),
        ("'ll", "will"),
        ("'m", "am"),
        ("'d", "would"),
    ];
    for (ending, full) in ENDINGS {
        if let Some(first) = word.strip_suffix(ending)
            && !first.is_empty()
            && first.chars().all(char::is_alphabetic)
        {
            return Some((first, full));
        }
    }
    let first = word.strip_suffix("'s")?;
    IS_CONTRACTED.contains(&first).then_some((first, "is"))
}

/// The one word of `word` (folded) that is compared with other renderings:
/// a contraction's "not", or else its first word ("we're" → "we"), the
/// words that carry what it says; any other word as it is. One word, not
/// two: a contraction counted as two words would lengthen a short
/// quotation past the lengths that decide how it groups (fragment or full
/// rendering), which cost precision on the labelled news. (The second word
/// throughout, "we're" → "are", cost more: an auxiliary says little.)
pub fn compared_word(word: &str) -> &str {
    match expand(word) {
        Some((_, "not")) => "not",
        Some((first, _)) => first,
        None => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_are_their_two_words() {
        assert_eq!(expand("we're"), Some(("we", "are")));
        assert_eq!(expand("don't"), Some(("do", "not")));
        assert_eq!(expand("can't"), Some(("can", "not")));
        assert_eq!(expand("cannot"), Some(("can", "not")));
        assert_eq!(expand("won't"), Some(("will", "not")));
        assert_eq!(expand("i'm"), Some(("i", "am")));
        assert_eq!(expand("they've"), Some(("they", "have")));
        assert_eq!(expand("it's"), Some(("it", "is")));
    }

    #[test]
    fn a_contraction_is_compared_as_its_telling_word() {
        assert_eq!(compared_word("we're"), "we");
        assert_eq!(compared_word("don't"), "not");
        assert_eq!(compared_word("cannot"), "not");
        assert_eq!(compared_word("hypothesis"), "hypothesis");
    }

    #[test]
    fn other_words_are_not_contractions() {
        // A possessive is no contraction, nor is an apostrophe alone.
        assert_eq!(expand("musk's"), None);
        assert_eq!(expand("'m"), None);
        assert_eq!(expand("rock'n'roll"), None);
        assert_eq!(expand("ruling"), None);
    }
}
