//! Words of dates and times in the supported languages: the names of days
//! and months, days relative to today and parts of the day. Reporting
//! clauses put a time between the verb and its subject ("a insisté ce lundi
//! 12 mai le Premier ministre", "afirmó este martes el presidente"), and
//! those words name nobody.

use super::fold::with_lower;

/// Words opening a line that stamps when the story was published or
/// updated, lower case, in the languages read. A page's byline glues them
/// to the author's name ("Por Ana Ruiz Publicado: 18 enero"), so the
/// one-word ones are never name words either.
#[rustfmt::skip]
pub(crate) const STAMP_OPENERS: &[&str] = &[
    "updated", "published", "posted", "last modified", "last updated", "aktualisiert",
    "veröffentlicht", "zuletzt aktualisiert", "pubblicato", "aggiornato", "publié", "mis à jour",
    "modifié", "publicado", "actualizado", "atualizado", "publicat", "actualizat",
    "opublikowano", "zaktualizowano", "aktualizacja", "опубликовано", "обновлено",
    "опубліковано", "оновлено",
];

/// Days of the week, months (the Slavic languages' genitive, as dates
/// write them), days relative to today and parts of the day, in lower case.
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    // English
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "yesterday", "today", "tonight", "morning",
    "afternoon", "evening", "night",
    // French
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "hier", "aujourd'hui", "matin", "soir", "soirée", "après-midi",
    "nuit",
    // Spanish
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero",
    "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre", "ayer", "hoy", "anoche", "tarde", "noche",
    // Italian
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "lunedi",
    "martedi", "mercoledi", "giovedi", "venerdi", "gennaio", "febbraio", "aprile", "maggio",
    "giugno", "luglio", "settembre", "ottobre", "dicembre", "ieri", "oggi", "stamattina",
    "stasera", "mattina", "sera", "pomeriggio",
    // Portuguese
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
    "dezembro", "ontem", "hoje", "manhã", "noite",
    // German
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "gestern", "heute",
    "abend", "montagabend", "dienstagabend", "mittwochabend", "donnerstagabend",
    "freitagabend", "samstagabend", "sonntagabend",
    // Romanian
    "marți", "marţi", "miercuri", "vineri", "sâmbătă", "duminică", "ianuarie",
    "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie",
    "noiembrie", "decembrie", "azi", "dimineață", "dimineaţă", "seară", "seara",
    // Polish
    "poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę",
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
    "września", "października", "listopada", "grudnia", "wczoraj", "dzisiaj", "dziś",
    // Russian
    "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря", "вчера", "сегодня",
    // Ukrainian
    "понеділок", "вівторок", "середу", "п'ятницю", "суботу", "неділю", "січня", "лютого",
    "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
    "листопада", "грудня", "вчора", "сьогодні",
];

/// Words that lead or link a time phrase without being one: "*ce* lundi",
/// "*este* martes *por la* tarde", "*am* Montag", "*в* среду", "*le* 12 mai".
#[rustfmt::skip]
const TIME_LINKS: &[&str] = &[
    "ce", "cette", "le", "dans", "la", "este", "esta", "el", "por", "de", "del", "questo",
    "questa", "il", "in", "neste", "nesta", "nessa", "na", "no", "em", "à", "am", "an",
    "on", "this", "last", "în", "w", "в", "у",
];

/// English months, whole and shortened as datelines write them ("Aug 18",
/// "Sept. 3"), in lower case.
#[rustfmt::skip]
const ENGLISH_MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Whether `lower`, a lower-case word, is an English month or its short
/// form. The whole word: a name that opens like one ("Marchenko", "Mayor",
/// "Novak") is none.
pub fn is_english_month(lower: &str) -> bool {
    ENGLISH_MONTHS.contains(&lower)
}

/// Whether `word` is an English day of the week, capitalised as prose
/// writes it ("Trump *Monday* said"): the first seven of [`TIME_WORDS`].
pub fn is_english_weekday(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && with_lower(word, |w| TIME_WORDS[..7].contains(&w))
}

/// Months that a day written as an ordinal with a full stop comes before
/// ("am 2. Oktober", "den 30. Juni", "6. sierpnia"), as German and Polish
/// dates write them, in lower case.
#[rustfmt::skip]
const DOTTED_DAY_MONTHS: &[&str] = &[
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "stycznia", "lutego", "marca",
    "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
    "listopada", "grudnia",
];

/// Whether `word` is a month that a dotted ordinal day comes before, so the
/// day's full stop ends no sentence ("Am 2. Oktober hielt er …").
fn follows_dotted_day(word: &str) -> bool {
    with_lower(word, |w| DOTTED_DAY_MONTHS.contains(&w))
}

/// Whether the full stop after `before` ends a day written as an ordinal
/// before its month ("am 2. Oktober", "den 30. Juni"): the date goes on,
/// where "in 2020. Oktober …" or "Punkt 3. Dann …" would not.
pub fn ends_dotted_day(before: &str, after: &str) -> bool {
    let number = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = before.len() - number.len();
    let day_alone = number
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || c == '(');
    let Some(rest) = after.strip_prefix([' ', '\u{a0}']) else {
        return false;
    };
    let month = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    (1..=2).contains(&digits) && day_alone && follows_dotted_day(month)
}

/// Whether `word` names a day, a month, a day relative to today or a part
/// of the day, or is a number (a date's day or year).
pub fn is_time_word(word: &str) -> bool {
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        || with_lower(word, |w| TIME_WORDS.contains(&w))
}

/// How many of `words` a time phrase opening them takes: words of
/// [`TIME_WORDS`], numbers and the words linking them, ending on a time word
/// ("ce lundi 12 mai 2025", "este martes"); 0 when none opens them.
pub fn time_phrase_len<'a>(words: impl IntoIterator<Item = &'a str>) -> usize {
    let mut len = 0;
    for (i, word) in words.into_iter().enumerate() {
        if is_time_word(word) {
            len = i + 1;
        } else if !with_lower(word, |w| TIME_LINKS.contains(&w)) {
            break;
        }
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    fn len(phrase: &str) -> usize {
        time_phrase_len(phrase.split_whitespace())
    }

    #[test]
    fn an_english_month_is_the_whole_word() {
        assert!(is_english_month("aug") && is_english_month("sept") && is_english_month("may"));
        assert!(!is_english_month("marchenko") && !is_english_month("mayor"));
    }

    #[test]
    fn a_time_phrase_ends_on_its_last_time_word() {
        assert_eq!(len("ce lundi 12 mai 2025 le Premier ministre"), 5);
        assert_eq!(len("este martes el presidente"), 2);
        assert_eq!(len("este martes por la tarde el presidente"), 5);
        assert_eq!(len("am Montag der Kanzler"), 2);
        assert_eq!(len("в среду Путин"), 2);
        assert_eq!(len("lundi Jane Roe"), 1);
    }

    #[test]
    fn articles_and_names_are_no_time_phrase() {
        assert_eq!(len("la ministre"), 0);
        assert_eq!(len("le président Jane Roe"), 0);
        assert_eq!(len("Jane Roe lundi"), 0);
        assert_eq!(len(""), 0);
    }
}
