//! Former holders of a role: the words that make the role after them a
//! former one ("the *former* chancellor", "l'*ex* cancelliere", "по словам
//! *бывшего* министра"), and the role nouns that carry it in one word
//! ("el *exministro*", "l'*ex-premier*").

use super::role_of;
use crate::text::fold::with_lower;

/// Words that make a role a former one ("the *former* chancellor", "l'*ex*
/// cancelliere Olaf Scholz", "l'*ancien* président"): its holder holds it no
/// more, so a role noun today does not stand for them. Slavic and Romanian
/// ones in the genitive too, as "according to" governs them ("по словам
/// *бывшего* министра", "potrivit *fostului* ministru").
#[rustfmt::skip]
const FORMER: &[&str] = &[
    "former", "ex", "ancien", "ancienne", "antiguo", "antigua", "expresidente", "fostul",
    "fosta", "ehemalige", "ehemaliger", "ehemaligen", "früherer", "frühere", "były", "była",
    "бывший", "бывшая", "колишній", "колишня", "then", "late",
    "бывшего", "бывшей", "колишнього", "колишньої", "fostului", "fostei", "byłego", "byłej",
];

/// Whether `word` makes the role after it a former one.
pub fn is_former(word: &str) -> bool {
    // An elided article is written onto the word: "l'ex cancelliere".
    let word = word.rsplit(['\'', '’']).next().unwrap_or(word);
    with_lower(word, |w| FORMER.contains(&w))
}

/// The role of a former holder written as one word, "ex" and the role noun
/// ("exministro", "ex-premier", "l'ex-ministra"): what "former minister"
/// says in two.
pub fn former_role(word: &str) -> Option<&'static str> {
    let word = word.rsplit(['\'', '’']).next().unwrap_or(word);
    let ex = word.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("ex"));
    let noun = word.get(2..).filter(|_| ex)?;
    role_of(noun.strip_prefix('-').unwrap_or(noun))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn former_words_and_former_roles() {
        assert!(is_former("l'ex") && is_former("бывшего") && is_former("fostului"));
        assert!(!is_former("new"));
        assert_eq!(former_role("exministro"), Some("minister"));
        assert_eq!(former_role("Ex-Premier"), Some("prime"));
        assert_eq!(former_role("expert"), None);
        assert_eq!(former_role("ministro"), None);
    }
}
