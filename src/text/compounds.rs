//! A name glued by a hyphen to a word that makes it a modifier: "a
//! Mao-style suit", "Trump-era tariffs", "an Oxford-educated lawyer",
//! "pro-Trump voters", "l'ère post-Merkel". The person takes no part in the
//! sentence: people finding ends the name before the hyphen, attribution
//! reads no speaker there. One rule for both, written here.
//!
//! What stays a name: two names joined ("the Lavrov-Peskov duo"), a case
//! ending glued on (Romanian "Trump-ul", "Macron-ului"), and the second part
//! of a hyphenated given name, however it is written ("Kim Jong-un", "Lee
//! Jae-myung"): so after the name, only known modifier words count.

use crate::text::fold::with_lower;

/// Words that, glued after a name, make it a modifier ("Ferguson-style",
/// "Trump-backed"), lower case.
#[rustfmt::skip]
const MODIFIER_SUFFIXES: &[&str] = &[
    "style", "like", "esque", "era", "led", "backed", "based", "born", "type", "linked",
    "inspired", "appointed", "leaning", "friendly", "aligned", "allied", "owned", "funded",
    "controlled", "supporting", "sized", "made", "free",
];

/// English participles shorter than this are no modifier by their ending
/// alone ("-red", "-fed"): a longer "-ed" word glued after a name is one
/// ("Oxford-educated", "Kremlin-sponsored", "Trump-endorsed").
const MIN_PARTICIPLE_CHARS: usize = 5;

/// Whether `word`, glued after a name by a hyphen, makes the name a
/// modifier: a listed modifier word or a long English "-ed" participle, in
/// lower case (a capitalised word is a second name).
pub fn is_modifier_suffix(word: &str) -> bool {
    if !word.starts_with(char::is_lowercase) {
        return false;
    }
    MODIFIER_SUFFIXES.contains(&word)
        || (word.ends_with("ed") && word.chars().count() >= MIN_PARTICIPLE_CHARS)
}

/// The byte length of `word` without a modifier suffix ("Ferguson-style" →
/// "Ferguson"), or `None` when it has none.
pub fn without_modifier_suffix(word: &str) -> Option<usize> {
    let hyphen = word.rfind('-')?;
    let suffix = &word[hyphen + 1..];
    // A headline capitalises the listed words ("Trump-Backed"); a
    // capitalised "-ed" word may be a name ("Abdel-Saeed").
    let modifier =
        is_modifier_suffix(suffix) || with_lower(suffix, |s| MODIFIER_SUFFIXES.contains(&s));
    (hyphen > 0 && modifier).then_some(hyphen)
}

/// Whether the name at `range` of `text` is glued to a modifier: a
/// modifier suffix after it ([`is_modifier_suffix`]) or a lower-case prefix
/// before it ("pro-Trump", "anti-Macron", "post-Merkel").
pub fn is_glued_modifier(text: &str, range: &std::ops::Range<usize>) -> bool {
    let after = text
        .get(range.end..)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|rest| {
            let end = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            is_modifier_suffix(&rest[..end])
        });
    // The word before the hyphen is a lower-case prefix as a whole: a name
    // ending in a lower-case letter ("Lavrov-Peskov") is a second name.
    let before = text
        .get(..range.start)
        .and_then(|head| head.strip_suffix('-'))
        .is_some_and(|head| {
            let prefix = head
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default();
            prefix.starts_with(char::is_lowercase)
        });
    after || before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modifier_words_and_participles_make_a_modifier() {
        for word in ["style", "era", "led", "backed", "educated", "sponsored"] {
            assert!(is_modifier_suffix(word), "{word}");
        }
        // Case endings, given names' second parts and second names are not.
        for word in ["ul", "ului", "un", "myung", "min", "Peskov", "red", "Style"] {
            assert!(!is_modifier_suffix(word), "{word}");
        }
    }

    #[test]
    fn the_name_ends_before_its_modifier() {
        assert_eq!(without_modifier_suffix("Ferguson-style"), Some(8));
        assert_eq!(without_modifier_suffix("Trump-Backed"), Some(5));
        assert_eq!(without_modifier_suffix("Trump-era"), Some(5));
        assert_eq!(without_modifier_suffix("Oxford-educated"), Some(6));
        assert_eq!(without_modifier_suffix("Wilczynski-Bartels"), None);
        assert_eq!(without_modifier_suffix("Macron-ului"), None);
        assert_eq!(without_modifier_suffix("Jae-myung"), None);
        assert_eq!(without_modifier_suffix("-style"), None);
        assert_eq!(without_modifier_suffix("Merz"), None);
    }

    #[test]
    fn a_glued_name_is_found_on_either_side() {
        let text = "Trump-era tariffs, pro-Trump voters, Trump-ul, the Lavrov-Peskov duo, Trump.";
        let at = |word: &str, nth: usize| {
            let start = text.match_indices(word).nth(nth).unwrap().0;
            start..start + word.len()
        };
        assert!(is_glued_modifier(text, &at("Trump", 0)));
        assert!(is_glued_modifier(text, &at("Trump", 1)));
        assert!(!is_glued_modifier(text, &at("Trump", 2)));
        assert!(!is_glued_modifier(text, &at("Lavrov", 0)));
        assert!(!is_glued_modifier(text, &at("Peskov", 0)));
        assert!(!is_glued_modifier(text, &at("Trump", 3)));
    }
}
