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

/// Callings, each with the nouns and titles that name it: a description
/// by one ("the cleric") re-describes the person named with another
/// ("Archbishop X").
#[rustfmt::skip]
const CALLINGS: &[&[&str]] = &[
    &["cleric", "clergyman", "bishop", "archbishop", "prelate", "priest", "cardinal", "pastor",
        "rabbi", "imam", "reverend"],
    &["diplomat", "ambassador", "envoy"],
    &["billionaire", "businessman", "businesswoman", "tycoon", "magnate", "mogul",
        "entrepreneur"],
    &["economist"],
    &["banker"],
    &["magistrate", "jurist", "judge"],
    &["theologian"],
    &["missionary"],
];

/// Whether `word` (a title or an apposition's word, any case) names the
/// calling of the description noun `noun`: the same noun, or another of
/// its calling ("Archbishop" for "the cleric").
pub fn same_calling(word: &str, noun: &str) -> bool {
    with_lower(noun, |noun| {
        with_lower(word, |word| {
            CALLINGS
                .iter()
                .any(|calling| calling.contains(&noun) && calling.contains(&word))
        })
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
        assert!(same_calling("Archbishop", "cleric") && same_calling("diplomat", "Diplomat"));
        assert!(!same_calling("senator", "cleric") && !same_calling("president", "president"));
    }
}
