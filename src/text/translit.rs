//! Names across scripts: Cyrillic written in Latin letters, and a loose
//! spelling key under which the usual transliterations of one name agree
//! (Зеленский, Zelensky, Zelenskyy, Zelenskiy; Мерц, Merz).

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
    let latin: String = to_latin(name).chars().map(base_letter).collect();
    let latin = latin
        .replace("kh", "h")
        .replace("ts", "c")
        .replace("tz", "c")
        .replace('x', "ks");
    let mut out = String::with_capacity(latin.len());
    for c in latin.chars().filter(|c| c.is_alphanumeric()) {
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
}
