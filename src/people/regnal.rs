//! Regnal and religious names: "Pope Francis", "King Charles III", "Leo XIV",
//! "Prince William". The title is part of how such a person is named (a
//! lone "Francis" or "William" names nobody in particular), a Roman numeral
//! is part of the name, and a titled given name ("Pope Leo") means the
//! regnal name of that given name ("Leo XIV"), never a commoner who shares it
//! ("Leo Varadkar", "William Ruto").

use super::Person;
use crate::text::fold::with_lower;

/// Titles of monarchs, princes and heads of churches, in the languages read
/// (lower case).
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "pope", "king", "queen", "prince", "princess", "emperor", "empress", "tsar", "czar",
    "sultan", "emir", "patriarch", "papst", "könig", "königin", "prinz", "prinzessin", "kaiser",
    "pape", "roi", "reine", "princesse", "papa", "pontefice", "re", "regina", "principe",
    "principessa", "rey", "reina", "príncipe", "princesa", "rei", "rainha", "regele",
    "prințul", "papież", "król", "królowa", "książę", "папа", "король", "королева", "принц",
    "патриарх", "патріарх", "patriarca", "patriarhul", "patriarcha",
    // Heads and metropolitans of the Eastern churches, named by a
    // religious name ("Catholicos Aram II", "Metropolit Onufrij"). English
    // "Metropolitan" heads bodies' names too ("Metropolitan Opera").
    "catholicos", "katholikos", "католикос", "metropolit", "métropolite",
    "metropolita", "mitropolitul", "митрополит",
];

/// "Of Rome" after the pope's title in Russian and Ukrainian ("Папа Римский
/// Франциск"): part of the title, not of the name.
const OF_ROME: &[&str] = &["римский", "римський"];

/// The title word that ends a role title ("Pope", "Britain's *King*", "il
/// *papa*", "*Папа* Римский").
fn title_word(role: &str) -> Option<&str> {
    let mut words = role.split_whitespace().rev();
    let last = words.next()?;
    if with_lower(last, |w| OF_ROME.contains(&w)) {
        return words.next();
    }
    Some(last)
}

/// Whether the last word of a role title is a regnal or religious title
/// ("Pope", "Britain's King", "il papa", "Папа Римский").
pub(super) fn is_title(role: &str) -> bool {
    title_word(role).is_some_and(|w| {
        with_lower(w, |w| {
            TITLES.contains(&w) && (!POLICY_TITLES.contains(&w) || !role.trim().contains(' '))
        })
    })
}

/// Titles that also name an official put in charge of a policy field
/// ("Border Czar", "energy tsar"): a monarch's only when alone ("Tsar
/// Nicholas"); a numeral still makes the name regnal ("Russian Tsar
/// Nicholas II").
const POLICY_TITLES: &[&str] = &["tsar", "czar"];

/// Whether a person is named by a regnal title or numeral ("Pope Francis",
/// "Leo XIV", "King Charles III").
pub(super) fn is_regnal(p: &Person) -> bool {
    p.roles.iter().any(|r| is_title(r)) || has_regnal_numeral(p)
}

/// Whether a person is named with a regnal numeral ("Leo XIV", "Carol al
/// III-lea"), which only a pope or a monarch bears.
pub(crate) fn has_regnal_numeral(p: &Person) -> bool {
    std::iter::once(&p.name)
        .chain(&p.variants)
        .any(|v| name_numeral(v).is_some())
}

/// The Roman numeral a regnal name carries after its given name: "Leo
/// *XIV*", or Romanian's ordinal after its article, "Carol al *III*-lea",
/// "Elisabeta a *II*-a".
pub(super) fn name_numeral(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace().skip(1);
    match words.next()? {
        word if is_numeral(word) => Some(word),
        "al" | "a" => romanian_ordinal(words.next()?),
        _ => None,
    }
}

/// The numeral of a Romanian ordinal ("III-lea", "II-a").
pub(super) fn romanian_ordinal(word: &str) -> Option<&str> {
    let numeral = word
        .strip_suffix("-lea")
        .or_else(|| word.strip_suffix("-a"))?;
    is_numeral(numeral).then_some(numeral)
}

/// A Roman numeral of a regnal name ("II", "XIV", "XXIII"); "I" alone is
/// too often the pronoun or an initial.
pub(super) fn is_numeral(word: &str) -> bool {
    word.len() >= 2
        && word.len() <= 6
        && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        && !word.contains("IIII")
}

/// The name a person with a regnal title among `roles` is shown by: the
/// title before a lone given name or a regnal name ("Pope Francis", "King
/// Charles III"); `None` when the canonical name is an ordinary full name
/// ("Prince Harry" keeps "Harry" only when no surname is known, so "Kate
/// Middleton" stays as written).
pub(super) fn shown_name(canonical: &str, roles: &[String]) -> Option<String> {
    let words: Vec<&str> = canonical.split_whitespace().collect();
    let regnal = match words[..] {
        [_] => true,
        [_, _] | [_, "al" | "a", _] => name_numeral(canonical).is_some(),
        _ => false,
    };
    if !regnal {
        return None;
    }
    let title = title_word(roles.iter().find(|r| is_title(r))?)?;
    let mut chars = title.chars();
    let first = chars.next()?;
    Some(format!(
        "{}{} {canonical}",
        first.to_uppercase(),
        chars.as_str()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_numerals_and_the_name_shown() {
        assert!(is_title("Pope") && is_title("Britain's King") && is_title("il papa"));
        assert!(is_title("Papież") && is_title("König") && !is_title("President"));
        assert!(is_title("Tsar") && !is_title("Border Czar") && !is_title("energy tsar"));
        for numeral in ["II", "III", "XIV", "XXIII", "VIII"] {
            assert!(is_numeral(numeral), "{numeral}");
        }
        for word in ["I", "IIII", "NATO", "XL5", "Xi", ""] {
            assert!(!is_numeral(word), "{word}");
        }
        let roles = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let shown = |name: &str, r: &[&str]| shown_name(name, &roles(r));
        assert_eq!(shown("Leo XIV", &["Pope"]).as_deref(), Some("Pope Leo XIV"));
        assert_eq!(shown("Francis", &["Pope"]).as_deref(), Some("Pope Francis"));
        assert_eq!(
            shown("Франциск", &["Папа Римский"]).as_deref(),
            Some("Папа Франциск")
        );
        assert_eq!(
            shown("Charles III", &["President", "Britain's King"]).as_deref(),
            Some("King Charles III")
        );
        assert_eq!(shown("William", &["pope"]).as_deref(), Some("Pope William"));
        assert_eq!(shown("Kate Middleton", &["Princess"]), None);
        assert_eq!(shown("Merz", &["Chancellor"]), None);
    }
}
