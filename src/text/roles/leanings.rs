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
];

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
    }
}
