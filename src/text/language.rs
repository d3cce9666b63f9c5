//! Which language a text is in: `whatlang`'s detection, reported as an
//! ISO 639-1 code (`en`, `de`, `uk`), the form feeds and front matter use
//! (`<language>en-us</language>`, `lang: de`), so detected and declared
//! languages compare.

use whatlang::Lang;

use super::floor_char_boundary;

/// How much text detection reads. Trigram statistics settle within a few
/// hundred words; reading a whole 50 MB file would cost more than
/// analysing it.
pub const SAMPLE_BYTES: usize = 2048;

/// The language of `text` when the detector is confident, else `None`
/// (short or mixed texts: better no answer than a wrong one).
pub fn detect(text: &str) -> Option<&'static str> {
    let sample = &text[..floor_char_boundary(text, SAMPLE_BYTES)];
    let info = whatlang::detect(sample)?;
    info.is_reliable().then(|| iso639_1(info.lang()))
}

/// The primary language subtag of a declared tag (`en-US` → `en`,
/// `pt_BR` → `pt`, `DE` → `de`), or `None` when it is not one.
pub fn declared(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?;
    let plausible =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    plausible.then(|| primary.to_ascii_lowercase())
}

/// ISO 639-1 for every language whatlang knows (it names them in 639-3).
fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_languages_of_the_news_set() {
        let cases = [
            (
                "en",
                "The president said on Monday that the talks had been useful and that a further meeting would follow before the end of the month.",
            ),
            (
                "de",
                "Der Bundeskanzler sagte am Montag, die Gespräche seien nützlich gewesen und ein weiteres Treffen werde vor Ende des Monats folgen.",
            ),
            (
                "fr",
                "Le président a déclaré lundi que les discussions avaient été utiles et qu'une nouvelle réunion aurait lieu avant la fin du mois.",
            ),
            (
                "ru",
                "Президент заявил в понедельник, что переговоры были полезными и что до конца месяца состоится еще одна встреча.",
            ),
            (
                "uk",
                "Президент заявив у понеділок, що переговори були корисними і що ще одна зустріч відбудеться до кінця місяця.",
            ),
            (
                "pl",
                "Prezydent powiedział w poniedziałek, że rozmowy były przydatne i że kolejne spotkanie odbędzie się przed końcem miesiąca.",
            ),
        ];
        for (code, text) in cases {
            assert_eq!(detect(text), Some(code), "{text}");
        }
    }

    #[test]
    fn too_little_text_gives_no_answer() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12:30"), None);
    }

    #[test]
    fn a_sample_is_cut_on_a_char_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        assert!(floor_char_boundary(&text, SAMPLE_BYTES + 1) <= SAMPLE_BYTES + 1);
        assert!(text.is_char_boundary(floor_char_boundary(&text, SAMPLE_BYTES + 1)));
        let _ = detect(&text);
    }

    #[test]
    fn declared_tags_keep_their_primary_subtag() {
        assert_eq!(declared("en-US").as_deref(), Some("en"));
        assert_eq!(declared(" pt_BR ").as_deref(), Some("pt"));
        assert_eq!(declared("DE").as_deref(), Some("de"));
        assert_eq!(declared("english"), None);
        assert_eq!(declared(""), None);
        assert_eq!(declared("e1"), None);
    }
}
