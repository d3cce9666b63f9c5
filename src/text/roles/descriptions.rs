//! English nouns that describe a person without titling them ("the
//! American *cleric*", "the Moscow-born *billionaire*", "the veteran
//! *Republican*"): after "the", such a description re-describes someone
//! the article names, as a pronoun would.

use crate::text::fold::with_lower;

/// Description nouns, lower case. No role nouns (those resolve to the
/// role's holder) and none that usually stand for someone unnamed ("the
/// official", "the source", "the witness").
#[rustfmt::skip]
const DESCRIPTION_NOUNS: &[&str] = &[
    "cleric", "clergyman", "bishop", "archbishop", "prelate", "priest", "missionary",
    "theologian", "politician", "lawmaker", "legislator", "congressman", "congresswoman",
    "billionaire", "businessman", "businesswoman", "tycoon", "magnate", "mogul", "entrepreneur",
    "statesman", "stateswoman", "diplomat", "banker", "economist", "incumbent", "nominee",
    // A past career or an age in decades ("the former magistrate", "the
    // octogenarian"): what reports call a statesman once named.
    "magistrate", "jurist", "sexagenarian", "septuagenarian", "octogenarian", "nonagenarian",
    // Members of a party family ("the veteran Republican"): see
    // `leanings::party_of` for whom they fit.
    "republican", "democrat", "tory", "conservative", "socialist",
];

/// Whether `word` (any case) is an English description noun, or a role
/// its holder is yet to take ("the chancellor-in-waiting"): today's holder
/// is someone else, so the phrase re-describes a person named otherwise.
pub fn is_description_noun(word: &str) -> bool {
    with_lower(word, |w| {
        DESCRIPTION_NOUNS.contains(&w)
            || w.strip_suffix("-in-waiting")
                .is_some_and(|role| super::role_of(role).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_no_titles() {
        assert!(is_description_noun("cleric") && is_description_noun("Republican"));
        assert!(!is_description_noun("president") && !is_description_noun("official"));
        assert!(is_description_noun("Chancellor-in-waiting"));
        assert!(is_description_noun("magistrate") && is_description_noun("octogenarian"));
        assert!(!is_description_noun("lady-in-waiting"));
    }
}
