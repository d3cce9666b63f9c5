//! Names written family name first, as Chinese and Korean names are in
//! every language's press: "Xi Jinping", "Li Qiang", "Kim Jong Un", "Moon
//! Jae-in". A bare mention uses the family name ("Xi said", "Kim's
//! daughter"), so it is their surname, though it comes first.
//!
//! A name is read so only when its first word is a common Chinese or Korean
//! family name and the rest has the shape of a given name of that language:
//! one word made of pinyin syllables ("Jinping" = jin·ping), a hyphenated
//! Korean given name ("Jong-un"), or two short words ("Jong Un"). "Laurie
//! Chen", "Lee Anderson" and "Kim Kardashian" keep their surname last.

/// Common family names in pinyin, lower case.
#[rustfmt::skip]
const CHINESE_FAMILY_NAMES: &[&str] = &[
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
    "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han",
    "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang",
    "cai", "du", "ye", "cheng", "su", "wei", "lu", "ding", "ren", "shen", "yao", "jin", "fu", "xi",
    "mao", "qin", "bo", "hua", "kong", "bai", "meng", "qian", "shi", "yan", "fan", "wen", "zhong",
    "tan", "zhu", "lai", "lei", "gu", "hou", "shao", "wan", "qiao", "duan", "cui",
];

/// Common Korean family names as the press romanises them, lower case.
#[rustfmt::skip]
const KOREAN_FAMILY_NAMES: &[&str] = &[
    "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo",
    "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "moon", "ban", "roh", "chun", "choe",
    "ri", "pak",
];

/// Pinyin initials, longest first so "zh" is tried before "z".
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w", "",
];

/// Pinyin finals (without tone marks; "v" and "ü" stand for ü).
#[rustfmt::skip]
const FINALS: &[&str] = &[
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "ie",
    "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un",
    "uang", "ueng", "ue", "v", "ve", "ü", "üe",
];

/// Korean syllables: initial consonants, vowels and finals in the
/// romanisations the press uses (Revised and McCune-Reischauer-like).
#[rustfmt::skip]
const KOREAN_INITIALS: &[&str] = &[
    "kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j",
    "h", "",
];
#[rustfmt::skip]
const KOREAN_VOWELS: &[&str] = &[
    "yae", "yeo", "wae", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi", "yu", "eu",
    "ui", "oo", "ee", "a", "e", "o", "u", "i",
];
const KOREAN_FINALS: &[&str] = &["ng", "k", "n", "l", "m", "p", "t", ""];

/// Chinese given names have one or two syllables (three allows for
/// a run-together romanisation).
const MAX_SYLLABLES: usize = 3;

/// The family name of a name written family name first ("Xi" of "Xi
/// Jinping"), or `None` for a name whose surname comes last.
pub(crate) fn family_name(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    family_name_first(&words).then(|| words[0])
}

/// Whether the name's words put the family name first.
pub(super) fn family_name_first(words: &[&str]) -> bool {
    let [family, given @ ..] = words else {
        return false;
    };
    let family = family.to_lowercase();
    match given {
        [one] => {
            (CHINESE_FAMILY_NAMES.contains(&family.as_str()) && is_pinyin_given_name(one))
                || (KOREAN_FAMILY_NAMES.contains(&family.as_str())
                    && is_hyphenated_korean_given_name(one))
        }
        [first, second] => {
            KOREAN_FAMILY_NAMES.contains(&family.as_str())
                && [first, second].iter().all(|w| is_korean_syllable(w))
        }
        _ => false,
    }
}

/// "Jinping", "Qiang", "Zedong": a capitalised word of one to three pinyin
/// syllables.
fn is_pinyin_given_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(head) = chars.next() else {
        return false;
    };
    if !head.is_uppercase() || !chars.all(|c| c.is_lowercase()) {
        return false;
    }
    syllables_fit(&word.to_lowercase(), MAX_SYLLABLES)
}

/// Whether `rest` splits into at most `left` pinyin syllables.
fn syllables_fit(rest: &str, left: usize) -> bool {
    if rest.is_empty() {
        return true;
    }
    if left == 0 {
        return false;
    }
    INITIALS.iter().any(|initial| {
        let Some(after) = rest.strip_prefix(initial) else {
            return false;
        };
        FINALS.iter().any(|fin| {
            after
                .strip_prefix(fin)
                .is_some_and(|tail| syllables_fit(tail, left - 1))
        })
    })
}

/// "Jong-un", "Jae-in", "Suk-yeol" (or "Jong-Un"): two syllables joined by
/// a hyphen, the second in either case.
fn is_hyphenated_korean_given_name(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(first, second)| is_korean_syllable(first) && korean_shape(second))
}

/// One capitalised syllable of Korean as the press romanises it: an
/// initial, a vowel, a final ("Jong", "Un", "Yeol", "Myung", "Jae"), never a
/// Western given name ("Ann", "Mary").
fn is_korean_syllable(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase()) && korean_shape(word)
}

/// Whether `word`, a letter then lower-case letters, reads as one Korean
/// syllable, whatever the case of its first letter.
fn korean_shape(word: &str) -> bool {
    let mut chars = word.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        || !chars.all(|c| c.is_ascii_lowercase())
    {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    KOREAN_INITIALS.iter().any(|initial| {
        lower.strip_prefix(initial).is_some_and(|rest| {
            KOREAN_VOWELS.iter().any(|vowel| {
                rest.strip_prefix(vowel)
                    .is_some_and(|tail| KOREAN_FINALS.contains(&tail))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(name: &str) -> bool {
        family_name_first(&name.split_whitespace().collect::<Vec<_>>())
    }

    #[test]
    fn chinese_and_korean_names_put_the_family_name_first() {
        for name in [
            "Xi Jinping",
            "Li Qiang",
            "Wang Yi",
            "Mao Zedong",
            "Hu Jintao",
            "Kim Jong Un",
            "Kim Jong-un",
            "Kim Jong-Un",
            "Moon Jae-in",
            "Yoon Suk Yeol",
            "Kim Ju Ae",
        ] {
            assert!(first(name), "{name}");
        }
    }

    #[test]
    fn western_names_keep_their_surname_last() {
        for name in [
            "Laurie Chen",
            "Lee Anderson",
            "Kim Kardashian",
            "Lee Ann Rimes",
            "Joe Cash",
            "Xi",
            "Lee Mary Beth",
            "Wang Brothers",
        ] {
            assert!(!first(name), "{name}");
        }
    }

    #[test]
    fn the_family_name_is_the_first_word_only_when_it_comes_first() {
        assert_eq!(family_name("Xi  Jinping"), Some("Xi"));
        assert_eq!(family_name("Laurie Chen"), None);
    }

    #[test]
    fn korean_syllables_are_one_initial_vowel_and_final() {
        for syllable in ["Jong", "Un", "Yeol", "Myung", "Jae", "Suk", "Ae", "Hyun"] {
            assert!(is_korean_syllable(syllable), "{syllable}");
        }
        for word in ["Ann", "Mary", "Rimes", "jong", "Kardashian"] {
            assert!(!is_korean_syllable(word), "{word}");
        }
    }

    #[test]
    fn pinyin_syllables_are_counted() {
        assert!(is_pinyin_given_name("Jinping") && is_pinyin_given_name("Zhongguo"));
        assert!(!is_pinyin_given_name("Anderson") && !is_pinyin_given_name("jinping"));
        assert!(
            !is_pinyin_given_name("Xiaoxiaoxiaoxiao"),
            "more than three syllables"
        );
    }
}
