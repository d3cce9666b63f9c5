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
    // Titles of a faith's ministers that no role noun resolves ("the imam
    // said" after "Imam X"): read as descriptions of the one titled so.
    "rabbi", "imam", "pastor", "preacher", "mufti", "sheikh",
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
        "rabbi", "imam", "reverend", "preacher", "mufti"],
    // A sheikh may be a cleric or a ruler: only the title itself describes him.
    &["sheikh"],
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

/// Nouns naming a person by the decade of their age ("the
/// septuagenarian", "le septuagénaire", "el sexagenario", "il
/// settantenne"), each with the decade's first year.
#[rustfmt::skip]
const DECADE_NOUNS: &[(&str, u32)] = &[
    ("quinquagenarian", 50), ("sexagenarian", 60), ("septuagenarian", 70), ("octogenarian", 80),
    ("nonagenarian", 90), ("quinquagénaire", 50), ("sexagénaire", 60), ("septuagénaire", 70),
    ("octogénaire", 80), ("nonagénaire", 90), ("cincuentón", 50), ("cincuentona", 50),
    ("sexagenario", 60), ("sexagenaria", 60), ("septuagenario", 70), ("septuagenaria", 70),
    ("octogenario", 80), ("octogenaria", 80), ("nonagenario", 90), ("nonagenaria", 90),
    ("sexagenário", 60), ("sexagenária", 60), ("septuagenário", 70), ("septuagenária", 70),
    ("octogenário", 80), ("octogenária", 80), ("cinquantenne", 50), ("sessantenne", 60),
    ("settantenne", 70), ("ottantenne", 80), ("novantenne", 90),
];

/// The first year of the decade a noun names its person by ("septuagénaire"
/// → 70), any case; `None` for any other word.
pub fn decade_of(word: &str) -> Option<u32> {
    with_lower(word, |w| {
        DECADE_NOUNS
            .iter()
            .find(|(noun, _)| *noun == w)
            .map(|&(_, decade)| decade)
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
        assert_eq!(decade_of("Septuagénaire"), Some(70));
        assert_eq!(decade_of("settantenne"), Some(70));
        assert_eq!(decade_of("senator"), None);
        assert!(!same_calling("senator", "cleric") && !same_calling("president", "president"));
    }
}
