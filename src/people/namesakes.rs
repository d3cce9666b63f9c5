//! Names of places and bodies named after a person: "el aeropuerto Adolfo
//! Suárez", "le lycée Victor Hugo", "фонда Конрада Аденауэра",
//! "університету імені Тараса Шевченка", "Charles de Gaulle airport". The
//! name is a person's, but the mention names the airport or the
//! foundation, not someone the story is about. The languages that write
//! the noun before the name set it in lower case there (the capitalised
//! noun opens the run, and [`super::markers::NOT_PERSON_HEADS`] drops it);
//! English writes it after the name.
//!
//! A role before the noun makes the name its holder's ("el director del
//! instituto Miguel Pérez", "директор фонда Иван Петров"), and the Slavic
//! languages set a namesake in the genitive ("фонда Ивана Петрова") where
//! a holder keeps the nominative: a listed given name in the nominative is
//! a holder's.
//!
//! Closed classes only: the nouns of the kinds of places and bodies that
//! bear people's names, in the languages read.

use std::sync::LazyLock;

use super::evidence::is_listed_first_name;
use super::lexicon::{self, Word};
use super::place_words::word_before_space;
use crate::fast_hash::FastSet;
use crate::text::fold::{lower, with_lower};
use crate::text::words::{is_word_char, last_word};

/// Nouns of bodies and places named after a person, lower case, as the
/// Romance languages and Romanian write them right before the name ("la
/// fondation Jean Jaurès", "l'aeroporto Leonardo da Vinci"). Words that
/// are English too ("hospital", "museum", "via") are left out: English puts
/// a lower-case noun before a name only in another clause ("the museum Ann
/// Lee founded").
#[rustfmt::skip]
const NOUNS_BEFORE: &[&str] = &[
    "fondation", "institut", "lycée", "collège", "école", "université", "aéroport", "hôpital",
    "musée", "stade",
    "fundación", "instituto", "universidad", "aeropuerto", "colegio", "liceo", "museo",
    "premio", "estadio", "escuela",
    "fondazione", "istituto", "università", "aeroporto", "ospedale", "stadio", "scuola",
    "fundação", "universidade", "liceu", "museu", "prémio", "prêmio", "estádio", "escola",
    "colégio",
    "fundația", "fundației", "institutul", "institutului", "universitatea", "universității",
    "aeroportul", "aeroportului", "spitalul", "spitalului", "liceul", "liceului", "muzeul",
    "muzeului", "premiul", "premiului", "stadionul", "stadionului", "școala", "școlii",
    "colegiul", "colegiului",
];

/// Stems of the same nouns in Polish, Russian and Ukrainian, whose case
/// endings vary ("фонда", "фонду", "fundacji", "lotniska").
#[rustfmt::skip]
const STEMS_BEFORE: &[&str] = &[
    "fundacj", "instytut", "uniwersytet", "lotnisk", "muze", "szkoł", "szkol", "nagrod",
    "liceum", "stadion",
    "фонд", "институт", "университет", "аэропорт", "музе", "школ", "гимнази", "преми",
    "стадион", "библиотек", "больниц",
    "фонд", "інститут", "університет", "аеропорт", "музе", "школ", "гімназі", "премі",
    "стадіон", "бібліотек", "лікарн",
];

/// Letters a case ending adds to a stem ("фонд|ом", "lotnisk|a"); a longer
/// tail makes another word.
const MAX_CASE_ENDING: usize = 2;

/// "Named after", between the noun and the name ("университет имени
/// Гёте", "lotnisko im. Chopina").
const NAMED_AFTER: &[&str] = &["имени", "імені", "imienia", "im"];

/// Nouns English writes right after the name of a body or place named
/// after a person ("Charles de Gaulle airport", "the Ann Lee foundation").
#[rustfmt::skip]
const NOUNS_AFTER: &[&str] = &[
    "airport", "foundation", "institute", "university", "prize", "award", "museum", "stadium",
    "memorial", "avenue", "boulevard",
];

/// Words that may stand between a role and the noun of the body it heads
/// ("director *del* instituto", "presidente *della* fondazione").
#[rustfmt::skip]
const LINKS: &[&str] = &[
    "of", "de", "del", "du", "des", "di", "della", "dello", "do", "da", "dos", "das", "la", "al",
    "a", "the", "le", "el", "il", "lo",
];

/// Whether the run `words` names a place or body after the person it
/// names: a noun of [`NOUNS_BEFORE`] or [`STEMS_BEFORE`] right before it
/// (maybe with "named after" between), no role heading that noun, and in
/// the Slavic languages no nominative given name opening it unless "named
/// after" says so; a noun of
/// [`NOUNS_AFTER`] right after it; or such a noun, capitalised, heading
/// the run before the name ([`opened_by_noun`]).
pub(super) fn names_namesake(text: &str, words: &[Word]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    noun_before(text, first.0.start, &text[first.0.clone()])
        || noun_after(text, last.0.end)
        || opened_by_noun(text, words)
}

/// The lower-case noun before byte `at`, where the name opening with
/// `first_word` starts: see [`names_namesake`].
fn noun_before(text: &str, at: usize, first_word: &str) -> bool {
    let Some(mut word) = word_before_space(text, at) else {
        return false;
    };
    let mut noun_at = at.saturating_sub(word.len() + 1);
    // "im." ends in a full stop, which `word_before_space` does not read.
    if word.is_empty()
        && let Some(abbreviated) = text.get(..at).and_then(|b| b.strip_suffix(". "))
    {
        word = last_word(abbreviated);
        noun_at = at.saturating_sub(word.len() + 2);
    }
    let named_after = NAMED_AFTER.contains(&word);
    if named_after {
        let Some(noun) = word_before_space(text, noun_at) else {
            return false;
        };
        word = noun;
        noun_at = noun_at.saturating_sub(noun.len() + 1);
    }
    if !word.starts_with(char::is_lowercase) {
        return false;
    }
    if !may_be_noun(word) {
        return false;
    }
    let slavic = is_slavic_noun(word);
    if !(slavic || NOUNS.contains(word)) {
        return false;
    }
    // "im. Jana …" is named after Jan, though "Jana" is a given name too.
    let holder = slavic && !named_after && is_listed_first_name(first_word);
    !holder && !headed_by_role(text, noun_at)
}

/// The nouns of [`NOUNS_BEFORE`] and [`GERMAN_NOUNS`], and the stems of
/// [`STEMS_BEFORE`], as sets: the name scan asks about the word before and
/// the first words of every run of capitalised words in a corpus.
static NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| NOUNS_BEFORE.iter().copied().collect());
static CAPITALISED_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| NOUNS_BEFORE.iter().chain(GERMAN_NOUNS).copied().collect());
static STEMS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| STEMS_BEFORE.iter().copied().collect());

/// The first two bytes of every noun and stem, sorted: most words (the
/// function words before a name) open otherwise, and this tells without
/// hashing.
static HEADS: LazyLock<Vec<[u8; 2]>> = LazyLock::new(|| {
    let mut heads: Vec<[u8; 2]> = NOUNS_BEFORE
        .iter()
        .chain(GERMAN_NOUNS)
        .chain(STEMS_BEFORE)
        .filter_map(|w| head(w))
        .collect();
    heads.sort_unstable();
    heads.dedup();
    heads
});

fn head(word: &str) -> Option<[u8; 2]> {
    word.as_bytes().first_chunk::<2>().copied()
}

/// Whether `word` (lower case) may be one of the nouns or stems: it opens
/// as one does.
fn may_be_noun(word: &str) -> bool {
    head(word).is_some_and(|h| HEADS.binary_search(&h).is_ok())
}

/// Whether `word` is a noun of [`STEMS_BEFORE`] under a case ending: the
/// word less its last [`MAX_CASE_ENDING`] characters or fewer is a stem.
fn is_slavic_noun(word: &str) -> bool {
    if !may_be_noun(word) {
        return false;
    }
    let mut stem = word;
    for _ in 0..=MAX_CASE_ENDING {
        if STEMS.contains(stem) {
            return true;
        }
        match stem.char_indices().next_back() {
            Some((last, _)) => stem = &stem[..last],
            None => return false,
        }
    }
    false
}

/// Whether a lower-case role stands before the noun starting at byte `at`,
/// with at most two [`LINKS`] between ("el director del instituto").
fn headed_by_role(text: &str, mut at: usize) -> bool {
    for _ in 0..3 {
        let Some(word) = word_before_space(text, at) else {
            return false;
        };
        if word.chars().any(|c| !is_word_char(c)) || word.is_empty() {
            return false;
        }
        if lexicon::lower_case(&lower(word)) & lexicon::LOWER_ROLE != 0 {
            return true;
        }
        if !LINKS.contains(&word) {
            return false;
        }
        at = at.saturating_sub(word.len() + 1);
    }
    false
}

/// German nouns of bodies named after a person, which German capitalises
/// before the name ("Flughafen Charles de Gaulle").
const GERMAN_NOUNS: &[&str] = &["stiftung", "institut", "universität", "flughafen"];

/// The most name words (particles aside) a namesake noun takes after it:
/// a given name and a surname ("Fundación Konrad Adenauer"). A longer run
/// goes on into another name, maybe the body's head's ("… Fundación Ana
/// Ruiz Pedro Gil"), which the run's other rules read.
const MAX_NAMESAKE_WORDS: usize = 2;

/// Whether a capitalised noun of a body named after a person heads the
/// run, or follows its first word ("Ekspert Fundacji Jana Nowaka"), and at
/// most [`MAX_NAMESAKE_WORDS`] name words end it.
fn opened_by_noun(text: &str, words: &[Word]) -> bool {
    let names_after = |at: usize| {
        let name = words[at + 1..]
            .iter()
            .filter(|w| w.1 & lexicon::PARTICLE == 0)
            .count();
        (1..=MAX_NAMESAKE_WORDS).contains(&name)
    };
    let noun = |w: &Word| {
        with_lower(&text[w.0.clone()], |word| {
            may_be_noun(word) && (CAPITALISED_NOUNS.contains(word) || is_slavic_noun(word))
        })
    };
    let Some(first) = words.first() else {
        return false;
    };
    // The counts before the nouns: they read bits, a noun reads the text.
    let second = || words.len() > 1 && names_after(1) && noun(&words[1]);
    if names_after(0) {
        return noun(first) || second();
    }
    // A noun opening the run heads it, with too many name words after.
    second() && !noun(first)
}

/// Whether a lower-case noun of [`NOUNS_AFTER`] follows byte `at`, one
/// space between.
fn noun_after(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split(|c: char| !is_word_char(c)).next())
        .is_some_and(|word| NOUNS_AFTER.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the run `run` (words split at spaces) names a namesake where
    /// it first stands in `text`.
    fn at(text: &str, run: &str) -> bool {
        names_namesake(text, &lexicon::run_at(text.find(run).unwrap(), run))
    }

    #[test]
    fn a_body_or_place_named_after_a_person_is_no_mention_of_them() {
        for (text, run) in [
            ("los vuelos del aeropuerto Carla Ruiz fueron", "Carla Ruiz"),
            ("les élèves du lycée Paul Marchand ont", "Paul Marchand"),
            ("dalla fondazione Anna Ferri è", "Anna Ferri"),
            ("studenții de la universitatea Ion Vârlan au", "Ion Vârlan"),
            ("эксперт фонда Сергея Сомова заявил", "Сергея Сомова"),
            (
                "студенти університету імені Тараса Гнатюка",
                "Тараса Гнатюка",
            ),
            ("loty z lotniska im. Jana Kowalczyka", "Jana Kowalczyka"),
            ("flights from Paul Marchand airport were", "Paul Marchand"),
            ("the Carla Ruiz foundation said", "Carla Ruiz"),
            ("La Fundación Carla Ruiz publicó", "Fundación Carla Ruiz"),
            (
                "Ekspert Fundacji Jana Kowalczyka powiedział",
                "Ekspert Fundacji Jana Kowalczyka",
            ),
            ("Институт Ивана Сомова сообщил", "Институт Ивана Сомова"),
            (
                "vom Flughafen Paul de Marchand",
                "Flughafen Paul de Marchand",
            ),
        ] {
            assert!(at(text, run), "{text}");
        }
    }

    #[test]
    fn a_role_or_a_nominative_given_name_makes_the_holder() {
        for (text, run) in [
            ("el director del instituto Carla Ruiz dijo", "Carla Ruiz"),
            ("il presidente della fondazione Anna Ferri ha", "Anna Ferri"),
            ("директор фонда Иван Сомов заявил", "Иван Сомов"),
            (
                "rzecznik fundacji Anna Kowalczyk powiedziała",
                "Anna Kowalczyk",
            ),
            ("said Paul Marchand, who runs the airport", "Paul Marchand"),
            ("the museum Ann Lee founded", "Ann Lee"),
            (
                "la Fundación Ana Ruiz Pedro Gil dijo",
                "Fundación Ana Ruiz Pedro Gil",
            ),
        ] {
            assert!(!at(text, run), "{text}");
        }
    }
}
