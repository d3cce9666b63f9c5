//! Names across scripts: Cyrillic written in Latin letters, and a loose
//! spelling key under which the usual transliterations of one name agree
//! (Зеленский, Zelensky, Zelenskyy, Zelenskiy; Мерц, Merz).

use crate::text::words::is_word_char;

/// Whether `s` is written (mostly) in Cyrillic letters.
pub fn is_cyrillic(s: &str) -> bool {
    let mut cyrillic = 0;
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        cyrillic += usize::from(matches!(c, '\u{400}'..='\u{4ff}'));
    }
    letters > 0 && cyrillic * 2 > letters
}

/// The Latin letters of one lower-case Cyrillic letter (Russian and
/// Ukrainian, in the common news romanisation); `None` for other characters.
fn cyrillic_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// The base letter of a Latin letter with a diacritic, for the languages
/// the tables cover; other characters stay.
fn base_letter(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'ă' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ę' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' | 'ć' => 'c',
        'ñ' | 'ń' => 'n',
        'ş' | 'ș' | 'ś' => 's',
        'ţ' | 'ț' => 't',
        'ł' => 'l',
        'ż' | 'ź' => 'z',
        c => c,
    }
}

/// `name` in Latin letters, lower case.
pub fn to_latin(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match cyrillic_letter(c) {
            Some(latin) => out.push_str(latin),
            None => out.push(c),
        }
    }
    out
}

/// A loose key of a name in either script: transliterated, without
/// diacritics, with the letters romanisations disagree on merged (kh/h,
/// ts/tz/z/c, y/j/i, w/v) and doubled letters written once.
pub fn loose_key(name: &str) -> String {
    // Keys are taken of every first name in the table (15,000 at its first
    // use, on people's serial path) and of names as they are read, so the
    // Latin spelling is built in one buffer and each merge rewrites it only
    // when its letters occur: `str::replace` copies the whole string even
    // when nothing matches. Same key as `to_latin` + `base_letter` + the
    // four replaces in this order (a test holds them together).
    let mut latin = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii() {
            latin.push(c.to_ascii_lowercase());
            continue;
        }
        for c in c.to_lowercase() {
            match cyrillic_letter(c) {
                // Romanisations are plain ASCII: no diacritic to strip.
                Some(letters) => latin.push_str(letters),
                None => latin.push(base_letter(c)),
            }
        }
    }
    for (from, to) in [("kh", "h"), ("ts", "c"), ("tz", "c"), ("x", "ks")] {
        if latin.contains(from) {
            latin = latin.replace(from, to);
        }
    }
    merged_letters(&latin)
}

/// The letters and digits of `latin` with z/c, y/j/i and w/v merged and a
/// doubled letter written once: the last step of [`loose_key`].
fn merged_letters(latin: &str) -> String {
    let mut out = String::with_capacity(latin.len());
    for c in latin.chars().filter(|&c| is_word_char(c)) {
        let c = match c {
            'z' => 'c',
            'y' | 'j' => 'i',
            'w' => 'v',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_of_one_name_share_a_key() {
        assert!(is_cyrillic("Путин") && !is_cyrillic("Putin") && !is_cyrillic("—"));
        assert_eq!(to_latin("Путин"), "putin");
        assert_eq!(loose_key("Мерц"), loose_key("Merz"));
        for z in [
            "Zelensky",
            "Zelenskyy",
            "Zelenskiy",
            "Зеленский",
            "Зеленський",
        ] {
            assert_eq!(loose_key(z), loose_key("Zelenski"), "{z}");
        }
        assert_ne!(loose_key("Песков"), loose_key("Putin"));
    }

    /// The Latin spelling as first written: four passes, each copying the string.
    fn loose_key_by_passes(name: &str) -> String {
        let latin: String = to_latin(name).chars().map(base_letter).collect();
        let latin = latin
            .replace("kh", "h")
            .replace("ts", "c")
            .replace("tz", "c")
            .replace('x', "ks");
        merged_letters(&latin)
    }

    #[test]
    fn the_one_buffer_key_is_the_key_of_the_four_passes() {
        for name in [
            "Khodorkovsky",
            "Ходорковский",
            "Tsikhanouskaya",
            "Ціханоўская",
            "Schwartz-Xavier",
            "KTSX",
            "\u{212a}han", // a Kelvin sign lower-cases to an ASCII k
            "İlham",
            "Łukasz Żółć",
            "Ştefan Ţiriac",
            "O'Brien",
            "",
        ] {
            assert_eq!(loose_key(name), loose_key_by_passes(name), "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_name_keys_as_the_four_passes_do(
            name in "[a-zA-ZkhtszxKHTSZX\u{400}-\u{45f}\u{c0}-\u{17f}' -]{0,12}"
        ) {
            proptest::prop_assert_eq!(loose_key(&name), loose_key_by_passes(&name));
        }
    }
}
