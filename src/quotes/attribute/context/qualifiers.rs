//! What qualifies a role noun beyond its word: the country written after
//! it ("le président *russe*", "le chef *du Kremlin*"), or its being won
//! but not yet taken ("le président *élu*"), and how two qualifiers
//! compare.

use super::super::cues;
use super::super::words::Word;
use crate::text::fold::with_lower;
use crate::text::roles;
use crate::text::words::is_word_char;

/// Words after a role noun that make its holder one elected, not yet in
/// office ("le président *élu*", "președintele *ales*", "prezydent
/// *elekt*"): a person other than whoever holds the office now.
#[rustfmt::skip]
const ELECT: &[&str] = &[
    "elect", "élu", "élue", "eletto", "eletta", "electo", "electa", "eleito", "eleita", "ales",
    "aleasă", "elekt", "elektka",
];

/// Whether `word` marks a role's holder as elected ([`ELECT`]).
pub(super) fn is_elect(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !is_word_char(c));
    with_lower(word, |w| ELECT.contains(&w))
}

/// "elect" when the word right after the role noun at `words[k]` marks
/// its holder as elected: then the holder named so is the one meant.
pub(super) fn elect_after(words: &[Word], k: usize) -> Option<String> {
    words
        .get(k + 1)
        .filter(|w| is_elect(w.text))
        .map(|_| ELECT[0].to_string())
}

/// The country written after a role noun, folded: an adjective ("le
/// président *américain*", "il presidente *russo*"), a country in the
/// genitive ("президент *США*") or a seat of government after a link ("le
/// chef *du Kremlin*", "purtătorul *al Kremlinului*").
pub(super) fn country_after(words: &[Word], k: usize) -> Option<String> {
    /// Links, articles and the body a head heads ("le chef de l'État
    /// russe") passed over before the country.
    const PASSED_AT_MOST: usize = 4;
    let passed = |w: &Word| {
        cues::is_role_link(w.text)
            || cues::is_determiner(w.text)
            || matches!(w.text, "al" | "degli" | "dei" | "des")
            || roles::headed_by(w.text).is_some()
    };
    let mut i = k + 1;
    while words.get(i).is_some_and(passed) && i <= k + PASSED_AT_MOST {
        i += 1;
    }
    let folded = fold_qualifier(words.get(i)?.text);
    if roles::country_of(&folded).is_some() {
        return Some(folded);
    }
    // A seat named in two words ("della Casa Bianca", "Белого дома").
    let seat = folded + &fold_qualifier(words.get(i + 1)?.text);
    roles::country_of(&seat).map(|_| seat)
}

/// The country "of that country" after a role noun points back to ("the
/// president of that country said"), folded: the latest country named, in
/// a capitalised word or two ("South Africa", "South African") within a
/// few paragraphs before the noun.
pub(super) fn country_referred(text: &str, words: &[Word], k: usize) -> Option<String> {
    /// How far back the country may be named.
    const BACK_BYTES: usize = 2000;
    let [of, that, country] = [1, 2, 3].map(|i| words.get(k + i).map_or("", |w| w.text));
    let pointing = of.eq_ignore_ascii_case("of")
        && matches!(that, "that" | "this")
        && matches!(country, "country" | "nation");
    if !pointing {
        return None;
    }
    let end = words[k].range.start;
    let start = crate::text::floor_char_boundary(text, end.saturating_sub(BACK_BYTES));
    let before: Vec<&str> = text[start..end]
        .split(|c: char| !is_word_char(c) && c != '.')
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    // A lower-case "us" is no country: only a capitalised word names one.
    let country_at = |w: &[&str]| {
        let folded: String = w.iter().map(|w| fold_qualifier(w)).collect();
        (w.iter().all(|w| w.starts_with(char::is_uppercase))
            && roles::country_of(&folded).is_some())
        .then_some(folded)
    };
    (0..before.len()).rev().find_map(|i| {
        (i > 0)
            .then(|| country_at(&before[i - 1..=i]))
            .flatten()
            .or_else(|| country_at(&before[i..=i]))
    })
}

/// A qualifier as compared: lower case, letters and digits only ("U.S." →
/// "us").
pub(super) fn fold_qualifier(word: &str) -> String {
    // "Japan's President X": the possessor is the country, "japan".
    let word = ["'s", "’s"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    word.chars()
        .filter(|&c| is_word_char(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The whitespace-separated words of `text`, each with its byte offset.
pub(super) fn tokens(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// Whether two folded qualifiers say the same: equal, one country
/// ("american", "us"), or both marking the holder elected ("élu", "elect").
pub(super) fn same_qualifier(a: &str, b: &str) -> bool {
    a == b
        || roles::country_of(a).is_some_and(|c| roles::country_of(b) == Some(c))
        || (is_elect(a) && is_elect(b))
}
