//! Phrases of company written with a noun for "side" ("*an der Seite des*
//! Kanzlers X", "*aux côtés de* X", "*al fianco di* X", "*al lado de* X"):
//! the person after one is the one stood beside, an object as after
//! "alongside", never the clause's subject.

use crate::text::fold::with_lower;

/// Nouns for "side" that, before an "of", make a phrase of company.
const SIDE_NOUNS: &[&str] = &["seite", "côté", "côtés", "fianco", "lado", "boku"];

/// Words for "of" (and German's genitive articles) that a side noun takes
/// before the person ("an der Seite *des* Kanzlers", "*der* Kanzlerin",
/// "*von* X").
const SIDE_OF: &[&str] = &[
    "des", "der", "von", "de", "di", "del", "della", "dello", "du", "do", "da",
];

/// Whether `previous word` is a side noun and `word` its "of" ("Seite
/// des"), or `word` is Polish "boku" with no "of" ("u boku X").
pub(in crate::quotes::attribute) fn is_company_phrase(previous: &str, word: &str) -> bool {
    let side = |w: &str| with_lower(w, |w| SIDE_NOUNS.contains(&w));
    (side(previous) && with_lower(word, |w| SIDE_OF.contains(&w)))
        || word.eq_ignore_ascii_case("boku") && previous.eq_ignore_ascii_case("u")
}
