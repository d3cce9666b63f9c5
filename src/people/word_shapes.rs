//! The shapes of single words that tell a name word from a glued article,
//! an initial, an acronym or a product name.

use crate::text::translit::is_cyrillic_letter;

/// Lower-case words that join the role words of a hyphenated title
/// ("Editor-in-Chief", "Chief-of-Staff", "Editor-at-Large"), and the
/// prefixes that make a role a second one ("Vice-Chancellor",
/// "Co-Chair", "Ex-Governor", "Acting-Director").
const TITLE_JOINS: &[&str] = &["in", "of", "at", "large", "vice", "co", "ex", "acting"];

/// Whether the capitalised `word` is a title of role words joined by
/// hyphens: every part a role head (`is_role_head`) or a joining word of
/// [`TITLE_JOINS`], and one part or more a role head. A double-barrelled
/// surname has a part no role list holds ("King-Hale").
pub(super) fn is_hyphenated_title(word: &str, is_role_head: impl Fn(&str) -> bool) -> bool {
    if !word.contains('-') || !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut roles = 0;
    for part in word.split('-') {
        if is_role_head(part) {
            roles += 1;
        } else if !TITLE_JOINS.iter().any(|j| part.eq_ignore_ascii_case(j)) {
            return false;
        }
    }
    roles > 0
}

/// A generational suffix after a surname ("John G. Roberts Jr.", "Donald
/// Trump Jr", "Napoleon III"): a son or heir named for his father, so no
/// part of a surname. The dot is optional.
pub(crate) fn is_generational_suffix(word: &str) -> bool {
    is_son_suffix(word) || matches!(word.strip_suffix('.').unwrap_or(word), "II" | "III" | "IV")
}

/// "Jr" or "Sr", the dot optional: a son named for his father, or the
/// father so told apart from him. A regnal numeral is no such suffix.
pub(super) fn is_son_suffix(word: &str) -> bool {
    matches!(
        word.strip_suffix('.').unwrap_or(word),
        "Jr" | "Sr" | "jr" | "sr"
    )
}

/// A given name's initial, its full stop trimmed: one capital ("J" of
/// "Donald J. Trump"), or two or three joined by full stops ("J.D" of
/// "J.D. Vance", "J.R.R" of "J.R.R. Tolkien"). Dotted capitals that write a
/// country, a union or a city ("U.S", "E.U", "D.C") are no initials: they
/// end a run of names as an acronym does.
pub(super) fn is_initial(core: &str) -> bool {
    let mut chars = core.chars();
    let single = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single || is_dotted_initials(core)
}

/// Place and body abbreviations written with full stops between capitals.
const DOTTED_ABBREVIATIONS: &[&str] = &["US", "UK", "EU", "UN", "DC", "LA", "NY", "AI", "UAE"];

fn is_dotted_initials(core: &str) -> bool {
    let bytes = core.as_bytes();
    // "J.D" or "J.R.R": capitals at the even places, dots between.
    let shaped = matches!(bytes.len(), 3 | 5)
        && bytes.iter().enumerate().all(|(i, b)| {
            if i % 2 == 0 {
                b.is_ascii_uppercase()
            } else {
                *b == b'.'
            }
        });
    if !shaped {
        return false;
    }
    let letters: String = bytes.iter().step_by(2).map(|&b| char::from(b)).collect();
    !DOTTED_ABBREVIATIONS.contains(&letters.as_str())
}

/// An apostrophe followed by a lower-case letter: an elided article or
/// preposition ("Dall’altra"), never a name ("D’Alema", "O’Neill").
/// Ukrainian writes an apostrophe inside a word before an iotated vowel
/// ("Прем'єр-міністр", "В'ячеслав"): after a Cyrillic letter it elides
/// nothing.
pub(super) fn is_elided(word: &str) -> bool {
    // Asked of every capitalised word: bytes are tested, and a character
    // decoded only at `'` or at 0xE2, the lead byte of `’`.
    let apostrophe = word
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\'' || b == 0xe2)
        .map(|(i, _)| i)
        .find(|&i| word[i..].starts_with(['\'', '’']));
    let Some(at) = apostrophe else {
        return false;
    };
    if word[..at]
        .chars()
        .next_back()
        .is_some_and(is_cyrillic_letter)
    {
        return false;
    }
    let after = &word[at..];
    let ending = after.trim_start_matches(['\'', '’']);
    after.chars().nth(1).is_some_and(char::is_lowercase)
        && !(word[..at].chars().count() >= 3 && POLISH_APOSTROPHE_ENDINGS.contains(&ending))
}

/// Case endings Polish writes after an apostrophe on a foreign name whose
/// last letter is not pronounced ("Claude’a", "Brice’owi", "Joe’go",
/// "Kennedy’ego"): a declined name, not an elided article. An elided word
/// is short before its apostrophe ("L’", "Dall’", "Nell’") and long after.
const POLISH_APOSTROPHE_ENDINGS: &[&str] = &[
    "a", "u", "em", "owi", "ego", "go", "emu", "mu", "m", "ie", "y", "i",
];

/// Whether `word` has a nominative surname's shape where Romanian, Polish,
/// Russian and Ukrainian put a genitive body after a role: it ends in a
/// consonant ("Iohannis", "Tusk", "Путин", "Лавров", "Мерц") or is an
/// adjectival surname ("Nawrocki", "Зеленский", "Зеленський"). The bodies
/// those roles govern end in a vowel ("Warszawy", "României", "Senatului",
/// "России", "Кремля"); a surname ending in one ("Duda", "Шойгу") is left
/// untitled, as before.
pub(super) fn reads_as_nominative_surname(word: &str) -> bool {
    const ADJECTIVAL: &[&str] = &["ski", "cki", "ский", "цкий", "ський", "цький"];
    const VOWELS: &str = "aeiouyąęóăâîáéíúяюеёэыиоуєіїаьъ";
    let Some(last) = word.chars().next_back() else {
        return false;
    };
    last.is_lowercase() && !VOWELS.contains(last)
        || ADJECTIVAL.iter().any(|ending| word.ends_with(ending))
}

/// A capital right after four or more lower-case letters ("CrowdStrike",
/// "WhatsApp") marks a product or company; surnames put theirs early
/// ("McDonald", "MacArthur", "DeSantis", "FitzGerald") or after a hyphen.
pub(super) fn is_product_camel_case(word: &str) -> bool {
    // Asked of every capitalised word: an ASCII one is read by byte, not decoded.
    if word.is_ascii() {
        camel_after_lower_run(word.bytes().skip(1).map(char::from))
    } else {
        camel_after_lower_run(word.chars().skip(1))
    }
}

/// Whether the first character of `chars` that is not lower case is a
/// capital, after four or more lower-case ones.
fn camel_after_lower_run(chars: impl Iterator<Item = char>) -> bool {
    let mut lower_run = 0;
    for c in chars {
        if c.is_lowercase() {
            lower_run += 1;
        } else {
            return c.is_uppercase() && lower_run >= 4;
        }
    }
    false
}

pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}

/// One word of two or more letters, all capitals ("END", "STAFF", "AFP"):
/// a page's label, a byline's desk or an acronym, not a name. A person
/// written so in a headline ("MACRON") is written in plain case too, and
/// that spelling joins the same entry; a Roman numeral is a regnal name's.
pub(super) fn is_capitals_word(spelling: &str) -> bool {
    let mut letters = 0;
    !spelling.contains(char::is_whitespace)
        && !spelling.chars().all(|c| "IVXLCDM".contains(c))
        && spelling.chars().all(|c| {
            letters += usize::from(c.is_alphabetic());
            !c.is_lowercase()
        })
        && letters >= 2
}

/// Endings of German abstract and collective nouns ("Handlungen",
/// "Regierung", "Freiheit", "Mannschaft", "Souveränität"), which German
/// capitalises: before a name in the genitive ("Handlungen Trumps") they
/// read as a given name. No given name ends so at this length ("Jung",
/// "Leung", "Young" are short).
const ABSTRACT_NOUN_ENDINGS: &[&str] = &[
    "ungen", "ung", "heiten", "heit", "keiten", "keit", "schaften", "schaft", "ismus", "täten",
    "tät",
];

/// A capitalised German abstract noun of seven letters or more: no name word.
pub(super) fn is_abstract_noun(word: &str) -> bool {
    word.chars().count() >= 7
        && word.starts_with(char::is_uppercase)
        && !word.contains('-')
        && ABSTRACT_NOUN_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether a run's name words (spans with lexicon bits) name a party: a
/// political leaning after the first word ("the Christian *Democratic*
/// CDU/CSU"). A first word may be a given name ("Tory").
pub(super) fn names_a_party(text: &str, name: &[super::lexicon::Word]) -> bool {
    name.iter()
        .skip(1)
        .any(|w| crate::text::roles::is_leaning(&text[w.0.clone()]))
}

/// Given names stop well short of fifteen letters; German compound nouns
/// (capitalised like names) often pass it.
pub(super) fn is_compound_noun(word: &str) -> bool {
    word.len() >= 15 && word.chars().count() >= 15 && !word.contains('-')
}

/// "Actor-turned-politician", "Cardinal-turned-patriarch": a career in one
/// word, capitalised at a sentence's head before the name it describes,
/// never a given name.
pub(super) fn is_career_compound(word: &str) -> bool {
    const TURNED: &[u8] = b"-turned-";
    word.as_bytes()
        .windows(TURNED.len())
        .any(|w| w.eq_ignore_ascii_case(TURNED))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_in_capitals_is_no_name() {
        for word in ["END", "STAFF", "ЕК", "AFP"] {
            assert!(is_capitals_word(word), "{word}");
        }
        for spelling in ["JD Vance", "Macron", "III", "A", "McDONALD", ""] {
            assert!(!is_capitals_word(spelling), "{spelling}");
        }
    }

    #[test]
    fn german_abstract_nouns_are_no_name_words() {
        for word in [
            "Handlungen",
            "Regierung",
            "Freiheit",
            "Mannschaft",
            "Souveränität",
        ] {
            assert!(is_abstract_noun(word), "{word}");
        }
        for word in ["Jung", "Leung", "Young", "Ann-Kathrin", "regierung"] {
            assert!(!is_abstract_noun(word), "{word}");
        }
    }

    #[test]
    fn word_shapes_tell_initials_elisions_and_products() {
        assert!(is_initial("J") && is_initial("Ж") && !is_initial("Jo") && !is_initial("j"));
        assert!(is_initial("J.D") && is_initial("J.R.R") && !is_initial("J.Do"));
        assert!(!is_initial("U.S") && !is_initial("E.U") && !is_initial("J.D.R.R"));
        assert!(is_elided("Dall’altra") && is_elided("L'opposition"));
        assert!(!is_elided("D’Alema") && !is_elided("O'Neill") && !is_elided("Merz"));
        // A dash's lead byte is 0xE2 too: passed over to the apostrophe after it.
        assert!(!is_elided("Merz—Macron") && is_elided("Fine—dell’altra"));
        // A Polish case ending after a mute letter declines a name.
        assert!(!is_elided("Claude’a") && !is_elided("Joe’go") && !is_elided("Brice'owi"));
        assert!(is_elided("Quest’anno") && is_elided("L’a"));
        // A nominative surname's shape, beside a genitive body's.
        for surname in [
            "Iohannis",
            "Tusk",
            "Nawrocki",
            "Путин",
            "Зеленский",
            "Зеленський",
        ] {
            assert!(reads_as_nominative_surname(surname), "{surname}");
        }
        for body in [
            "Warszawy",
            "României",
            "Senatului",
            "России",
            "Кремля",
            "Polsce",
            "",
        ] {
            assert!(!reads_as_nominative_surname(body), "{body}");
        }
        for product in ["CrowdStrike", "WhatsApp", "ŻabkaNano"] {
            assert!(is_product_camel_case(product), "{product}");
        }
        for name in [
            "McDonald",
            "MacArthur",
            "DeSantis",
            "FitzGerald",
            "Zelensky",
            "NATO",
            "Wilczynski-Bartels",
            "Łukaszenka",
        ] {
            assert!(!is_product_camel_case(name), "{name}");
        }
    }
}
