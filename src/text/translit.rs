//! Names across scripts: Cyrillic written in Latin letters, and a loose
//! spelling key under which the usual transliterations of one name agree
//! (Зеленский, Zelensky, Zelenskyy, Zelenskiy; Мерц, Merz).

use crate::text::words::is_word_char;

/// Whether `c` is a letter of the Cyrillic block (Russian, Ukrainian and
/// the other languages written in it).
pub fn is_cyrillic_letter(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4ff}')
}

/// Whether `s` is written (mostly) in Cyrillic letters.
pub fn is_cyrillic(s: &str) -> bool {
    // Most words asked about are ASCII, which holds no Cyrillic letter:
    // told at once rather than char by char.
    if s.is_ascii() {
        return false;
    }
    let mut cyrillic = 0;
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        cyrillic += usize::from(is_cyrillic_letter(c));
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
    key_of(name, false)
}

/// [`loose_key`] with a doubled letter kept ("Tariff" → "tarif" loosely,
/// "tariff" here): how a name is spelt, not only how it sounds, so a word
/// that meets a given name only once a doubled letter is dropped can be
/// told from the given name itself.
pub fn doubled_key(name: &str) -> String {
    key_of(name, true)
}

/// The key of [`loose_key`], with or without its doubled letters.
fn key_of(name: &str, keep_doubles: bool) -> String {
    // Keys are taken of every first name in the table (15,000 at its first
    // use, while the other core waits for the table) and of names as they
    // are read, so the key is written in one pass into one buffer: the
    // four merges of the Latin spelling ([`Merges`]) read it a character
    // at a time, and the last step ([`MergedLetters`]) takes each letter as
    // it comes; `str::replace` and `str::contains` cost more than the rest
    // for words this short. Same key as `to_latin` + `base_letter` + the
    // four replaces in this order + the last step over the whole string
    // (a test holds them together).
    let mut merges = Merges {
        out: MergedLetters {
            out: String::with_capacity(name.len()),
            last: None,
            keep_doubles,
        },
        pending: None,
    };
    for c in name.chars() {
        if c.is_ascii() {
            merges.push(c.to_ascii_lowercase());
            continue;
        }
        for c in c.to_lowercase() {
            match cyrillic_letter(c) {
                // Romanisations are plain ASCII: no diacritic to strip.
                Some(letters) => letters.chars().for_each(|c| merges.push(c)),
                None => merges.push(base_letter(c)),
            }
        }
    }
    merges.finish()
}

/// The Latin spelling's merges "kh" → "h", "ts" → "c", "tz" → "c" and
/// "x" → "ks", as four `str::replace` passes in that order would make them,
/// on a stream of characters: a "k" or "t" waits for the next one. (No merge
/// writes a pair another merge reads: "h", "c" and "ks" open and close none.)
struct Merges {
    out: MergedLetters,
    /// A "k" or "t" not yet written: the first letter of a pair, maybe.
    pending: Option<char>,
}

impl Merges {
    fn push(&mut self, c: char) {
        match (self.pending.take(), c) {
            (Some('k'), 'h') => self.out.push('h'),
            (Some('t'), 's' | 'z') => self.out.push('c'),
            (before, c) => {
                if let Some(b) = before {
                    self.out.push(b);
                }
                match c {
                    'k' | 't' => self.pending = Some(c),
                    'x' => {
                        self.out.push('k');
                        self.out.push('s');
                    }
                    c => self.out.push(c),
                }
            }
        }
    }

    fn finish(mut self) -> String {
        if let Some(b) = self.pending.take() {
            self.out.push(b);
        }
        self.out.out
    }
}

/// The last step of [`loose_key`]: the letters and digits of the Latin
/// spelling with z/c, y/j/i and w/v merged ([`merged_letter`]) and a
/// doubled letter written once, a character at a time.
struct MergedLetters {
    out: String,
    /// The last character written.
    last: Option<char>,
    /// Whether a doubled letter is written twice ([`doubled_key`]).
    keep_doubles: bool,
}

impl MergedLetters {
    fn push(&mut self, c: char) {
        if let Some(c) = merged_letter(c)
            && (self.keep_doubles || self.last != Some(c))
        {
            self.out.push(c);
            self.last = Some(c);
        }
    }
}

/// A character as [`loose_key`] keeps it: letters and digits only, with
/// z/c, y/j/i and w/v merged.
fn merged_letter(c: char) -> Option<char> {
    if !is_word_char(c) {
        return None;
    }
    Some(match c {
        'z' => 'c',
        'y' | 'j' => 'i',
        'w' => 'v',
        c => c,
    })
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

    #[test]
    fn the_doubled_key_keeps_what_the_loose_key_writes_once() {
        assert_eq!(loose_key("Tarrif"), "tarif");
        assert_eq!(doubled_key("Tarrif"), "tarrif");
        assert_eq!(doubled_key("Khodorkovsky"), loose_key("Khodorkovsky"));
    }

    /// The letters and digits of `latin` with z/c, y/j/i and w/v merged and a
    /// doubled letter written once: the last step of [`loose_key`], as first written.
    fn merged_letters(latin: &str) -> String {
        let mut out = String::with_capacity(latin.len());
        for c in latin.chars().filter_map(merged_letter) {
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        out
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
