//! Names under case endings: Russian, Ukrainian and Polish inflect names
//! (Путина, Зеленского, Trzaskowskiego), so one person is written several
//! ways in one article. [`name_key`] gives the forms of one name one key.
//!
//! The key is for matching only, never shown: it cuts the ending off, so
//! "Путин" and "Путина" share "путин", "Зеленский" and "Зеленскому" share
//! "зеленск".

use crate::text::fold::lower;
use crate::text::translit::is_cyrillic;

/// Case endings of Russian and Ukrainian names (nouns and adjectival
/// surnames), longest first so the longest that fits is cut.
#[rustfmt::skip]
const CYRILLIC_ENDINGS: &[&str] = &[
    "ого", "ому", "ими", "ыми", "ами", "ями", "ием", "ией", "еем",
    "ой", "ий", "ый", "ій", "ая", "яя", "ую", "юю", "ом", "ем", "ым", "им", "ім", "ах", "ях",
    "ей", "ея", "ею", "ия", "ию", "ии",
    "а", "я", "у", "ю", "е", "ы", "и", "і", "й", "ь",
];

/// Oblique forms of Polish adjectival surnames (-ski, -cki, -dzki) and the
/// nominative ending they stand for.
#[rustfmt::skip]
const POLISH_ADJECTIVAL: &[(&str, &str)] = &[
    ("skiego", "ski"), ("skiemu", "ski"), ("skim", "ski"),
    ("ckiego", "cki"), ("ckiemu", "cki"), ("ckim", "cki"),
];

/// Oblique endings of Polish nouns that name people: the masculine dative
/// ("Tuskowi", "Andrzejowi") and the dative/locative of names in -da
/// ("Dudzie" for "Duda"), with what the nominative writes instead.
#[rustfmt::skip]
const POLISH_NOUN_OBLIQUE: &[(&str, &str)] = &[("owi", ""), ("dzie", "da")];

/// Stems shorter than this keep their ending: too little would be left to
/// tell names apart.
const MIN_STEM_CHARS: usize = 3;

/// The matching key of one name word: lower case, with a Cyrillic case
/// ending or a Polish oblique ending reduced.
pub fn name_word_key(word: &str) -> String {
    let lowered = lower(word);
    if is_cyrillic(word) {
        for ending in CYRILLIC_ENDINGS {
            if let Some(stem) = lowered.strip_suffix(ending)
                && stem.chars().count() >= MIN_STEM_CHARS
            {
                return stem.to_string();
            }
        }
        return lowered;
    }
    let adjectival = POLISH_ADJECTIVAL.iter().map(|e| (e, MIN_STEM_CHARS));
    // A noun's nominative ending is part of the name's key: "Dudzie" leaves
    // the stem "du", which "da" makes "duda".
    let nouns = POLISH_NOUN_OBLIQUE.iter().map(|e| (e, MIN_STEM_CHARS - 1));
    for ((oblique, nominative), min_stem) in adjectival.chain(nouns) {
        if let Some(stem) = lowered.strip_suffix(oblique)
            && stem.chars().count() >= min_stem
        {
            return format!("{stem}{nominative}");
        }
    }
    lowered
}

/// The matching key of a name: [`name_word_key`] of each word, joined by spaces.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&name_word_key(word));
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_forms_of_one_name_share_a_key() {
        for forms in [
            &["Путин", "Путина", "Путину", "Путиным", "Путине"][..],
            &["Зеленский", "Зеленского", "Зеленскому", "Зеленским"],
            &["Зеленський", "Зеленського", "Зеленському"],
            &["Владимир", "Владимира", "Владимиром"],
            &["Сергей", "Сергея", "Сергею", "Сергеем"],
            &["Дуда", "Дуды", "Дуде", "Дуду", "Дудой"],
            &[
                "Trzaskowski",
                "Trzaskowskiego",
                "Trzaskowskim",
                "Trzaskowskiemu",
            ],
            &["Nawrocki", "Nawrockiego", "Nawrockim"],
            &["Nowak", "Nowakowi"],
            &["Pawlak", "Pawlakowi"],
            &["Kłoda", "Kłodzie"],
            &["Buda", "Budzie"],
        ] {
            let key = name_word_key(forms[0]);
            for form in forms {
                assert_eq!(name_word_key(form), key, "{form}");
            }
        }
        // Latin names other than Polish oblique forms are only lower-cased.
        assert_eq!(name_key("Ursula von der Leyen"), "ursula von der leyen");
        assert_eq!(name_word_key("Costa"), "costa");
        // Short stems keep their endings apart.
        assert_ne!(name_word_key("Ли"), name_word_key("Лу"));
    }
}
