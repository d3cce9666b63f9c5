//! Political leanings that qualify an English role noun ("the *far-right*
//! leader", "the *Socialist* leader"): a description of the person a report
//! is about, not a title anyone is named with.

use crate::text::fold::with_lower;

/// Leanings, folded to letters ("far-right" → "farright").
#[rustfmt::skip]
const LEANINGS: &[&str] = &[
    "farright", "farleft", "rightwing", "leftwing", "hardright", "hardleft", "centreright",
    "centerright", "centreleft", "centerleft", "conservative", "socialist", "populist",
    "nationalist", "ultranationalist", "centrist", "liberal", "progressive",
    // Party families, which describe a leader the same way ("the
    // Republican leader said", "the Labour leader").
    "republican", "democratic", "democrat", "labour", "tory", "gop",
    // The Romance languages' forms, written after the noun ("le dirigeant
    // nationaliste", "il leader sovranista", "el líder ultraderechista").
    "nationaliste", "ultranationaliste", "populiste", "souverainiste", "conservateur",
    "socialiste", "centriste", "nazionalista", "nacionalista", "naționalist", "populista",
    "sovranista", "conservatore", "conservador", "conservadora", "ultraderechista",
    "ultranacionalista", "ultranazionalista", "socialista", "centrista",
];

/// Party families and the words that name a member ("the veteran
/// *Republican*", "*Democratic* Governor X", "*GOP* Senator X"): a
/// description fits only someone named with the same family.
#[rustfmt::skip]
const PARTIES: &[(&str, &[&str])] = &[
    ("republican", &["republican", "republicans", "gop"]),
    ("democrat", &["democrat", "democrats", "democratic"]),
    ("conservative", &["conservative", "conservatives", "tory", "tories"]),
    ("socialist", &["socialist", "socialists"]),
    ("labour", &["labour"]),
];

/// The party family `word` (any case) names a member of, as an adjective
/// or a noun.
pub fn party_of(word: &str) -> Option<&'static str> {
    with_lower(word, |w| {
        PARTIES
            .iter()
            .find(|(_, words)| words.contains(&w))
            .map(|&(party, _)| party)
    })
}

/// Whether `word` (any case, hyphens or not) is a political leaning.
pub fn is_leaning(word: &str) -> bool {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    with_lower(&letters, |w| LEANINGS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leanings_in_any_spelling() {
        for w in [
            "far-right",
            "Socialist",
            "centre-left",
            "right-wing",
            "conservative",
        ] {
            assert!(is_leaning(w), "{w}");
        }
        for w in ["French", "party", "leader", "far"] {
            assert!(!is_leaning(w), "{w}");
        }
        assert_eq!(party_of("GOP"), party_of("Republican"));
        assert_eq!(party_of("Democratic"), Some("democrat"));
        assert_eq!(party_of("Tory"), party_of("conservative"));
        assert_eq!(party_of("Russian"), None);
    }
}
