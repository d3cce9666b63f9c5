//! Whether a person is a woman or a man, as far as the corpus shows it, so a
//! "she said" is never resolved to a man named since ("Anna Berg met Tomas
//! Lind. “…,” she said") nor a "he" to a woman.
//!
//! The evidence, weighed over every mention of the person: a common given
//! name of one sex ("Anna", "Tomas") or a title kept in the name ("Pope
//! Gregory XVII", "Queen Sofia"); an honorific or a title of one sex
//! right before a mention ("Mrs", "Herr", "chairwoman", "Kanzlerin",
//! "presidenta"); and a subject pronoun taking the name up in its own clause
//! ("Anna Berg said she would …"). A person is given a sex only when the
//! evidence is all, or nearly all, one way: an unknown sex filters nothing.

use std::ops::Range;

use rayon::prelude::*;

use crate::corpus::Corpus;
use crate::people::Person;
use crate::text::fold::with_lower;
use crate::text::gender;
use crate::text::speech;
use crate::text::words::is_word_char;

/// A person's sex as the evidence tells it; a given name's is
/// [`gender::of_name`]'s.
pub(super) use crate::text::gender::Gender as Sex;

/// Evidence weights: a given name is strong but said once per person; a
/// title before a mention is near certain; a pronoun after "said" now and
/// then stands for someone else ("Lind said she had called him").
const GIVEN_NAME: usize = 3;
const TITLE: usize = 2;
const PRONOUN: usize = 1;
/// The evidence one way must be this many times that the other way: a few
/// stray pronouns must not make a man of a woman called by her title.
const MARGIN: usize = 3;
/// Words after a name in which its pronoun may follow ("said on Monday
/// that she").
const PRONOUN_WINDOW: usize = 5;

/// Each person's sex, where the evidence tells (indexed like `people`).
pub(super) fn sexes(corpus: &Corpus, people: &[Person]) -> Vec<Option<Sex>> {
    // Every mention of every person is read: on all cores.
    people
        .par_iter()
        .map(|p| {
            let (mut female, mut male) = (0, 0);
            match given_name_sex(&p.name) {
                Some(Sex::Female) => female += GIVEN_NAME,
                Some(Sex::Male) => male += GIVEN_NAME,
                None => {}
            }
            for m in &p.mentions {
                let Some(article) = corpus.articles.get(m.source.index()) else {
                    continue;
                };
                let (text, r) = (article.text.as_str(), m.range());
                for (sex, weight) in [
                    (title_before(text, &r), TITLE),
                    (pronoun_after(text, &r), PRONOUN),
                ] {
                    match sex {
                        Some(Sex::Female) => female += weight,
                        Some(Sex::Male) => male += weight,
                        None => {}
                    }
                }
            }
            if female > 0 && female >= MARGIN * male {
                Some(Sex::Female)
            } else if male > 0 && male >= MARGIN * female {
                Some(Sex::Male)
            } else {
                None
            }
        })
        .collect()
}

/// The sex a subject pronoun at the head of `rest` stands for, when that
/// rules people out: a feminine pronoun in any language; of the masculine
/// ones only English "he", since French and Italian take a woman up with
/// "il" after a masculine title ("Le Premier ministre …, dit-il").
pub(super) fn referent_sex(rest: &str) -> Option<Sex> {
    let end = rest
        .find(|c: char| !is_word_char(c) && c != '-')
        .unwrap_or(rest.len());
    let word = &rest[..end];
    match pronoun_sex(word)? {
        Sex::Male if !word.eq_ignore_ascii_case("he") => None,
        sex => Some(sex),
    }
}

/// The sex a subject pronoun names ("she", "elle", "er", "a-t-elle").
fn pronoun_sex(word: &str) -> Option<Sex> {
    if word.ends_with("-elle") {
        return Some(Sex::Female);
    }
    if word.ends_with("-il") {
        return Some(Sex::Male);
    }
    with_lower(word, |w| sex_where(|sex| pronouns(sex).contains(&w)))
}

/// The subject pronouns of `sex`.
fn pronouns(sex: Sex) -> &'static [&'static str] {
    match sex {
        Sex::Female => FEMALE_PRONOUNS,
        Sex::Male => MALE_PRONOUNS,
    }
}

#[rustfmt::skip]
const FEMALE_PRONOUNS: &[&str] = &[
    "she", "elle", "ella", "ela", "ea", "lei", "ona", "sie", "она", "вона", "aceasta",
];
#[rustfmt::skip]
const MALE_PRONOUNS: &[&str] = &[
    "he", "il", "él", "ele", "el", "lui", "er", "он", "він", "acesta",
];

/// The sex an honorific or a title right before a name gives ("Mrs.
/// Berg", "chairwoman Berg", "Bundeskanzlerin Berg").
fn title_before(text: &str, r: &Range<usize>) -> Option<Sex> {
    let before = text.get(..r.start)?.trim_end();
    let before = before.strip_suffix('.').unwrap_or(before);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c) && c != '-')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before.get(start..)?;
    if word.is_empty() {
        return None;
    }
    with_lower(word, |w| {
        sex_where(|sex| {
            let (titles, endings) = titles(sex);
            titles.contains(&w) || endings.iter().any(|e| w.ends_with(e))
        })
    })
}

/// The sex, a woman's asked first, of which `is` holds; `None` when
/// neither's does.
fn sex_where(is: impl Fn(Sex) -> bool) -> Option<Sex> {
    [Sex::Female, Sex::Male].into_iter().find(|&sex| is(sex))
}

/// The titles only `sex` holds, and the endings of more such titles.
fn titles(sex: Sex) -> (&'static [&'static str], &'static [&'static str]) {
    match sex {
        Sex::Female => (FEMALE_TITLES, FEMALE_TITLE_ENDINGS),
        Sex::Male => (MALE_TITLES, MALE_TITLE_ENDINGS),
    }
}

/// Honorifics and titles only a woman holds, in the languages read.
#[rustfmt::skip]
const FEMALE_TITLES: &[&str] = &[
    "mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame", "queen", "princess",
    "duchess", "empress", "countess", "baroness", "frau", "señora", "sra", "doña", "signora",
    "sig.ra", "senhora", "dona", "pani", "doamna", "doamnei", "sister", "actress", "presidenta",
    "ministra", "présidente", "première", "directrice", "reine", "regina", "reina", "rainha",
    "prezydentka", "premierka", "ministerka", "królowa", "regină", "госпожа", "королева",
    "senatrice", "deputata", "députée", "sénatrice", "diputada", "senadora", "jueza",
    "juíza", "sindaca", "alcaldesa", "prefeita", "kanzlerin",
];
/// Endings of titles only a woman holds ("chair*woman*", "Bundes*kanzlerin*").
#[rustfmt::skip]
const FEMALE_TITLE_ENDINGS: &[&str] = &[
    "woman", "präsidentin", "ministerin", "sprecherin", "kanzlerin", "chefin", "trainerin",
    "kandidatin", "meisterin", "führerin", "beraterin", "sekretärin", "botschafterin",
    "richterin",
];
#[rustfmt::skip]
const MALE_TITLES: &[&str] = &[
    "mr", "mister", "sir", "lord", "king", "prince", "duke", "emperor", "baron",
    "herr", "monsieur", "señor", "sr", "don", "signor", "sig", "senhor", "pan", "domnul",
    "domnului", "brother", "father", "pope", "pontiff", "cardinal", "bishop", "archbishop",
    "sheikh", "roi", "rey", "re", "rei", "król", "rege", "господин", "король", "actor",
];
#[rustfmt::skip]
const MALE_TITLE_ENDINGS: &[&str] = &[
    "chairman", "spokesman", "congressman", "businessman", "councilman", "assemblyman",
    "statesman", "gentleman", "policeman", "sportsman",
];

/// The sex of a subject pronoun that takes up the name in its clause: the
/// name, then a reporting verb and at most a few more words, then the
/// pronoun, with no other capitalised word (another name) between ("Anna
/// Berg said on Monday that she", not "Berg told Tomas Lind he").
fn pronoun_after(text: &str, r: &Range<usize>) -> Option<Sex> {
    let rest = text.get(r.end..)?;
    let mut reported = false;
    for word in rest
        .split(|c: char| !is_word_char(c) && c != '\'' && c != '’')
        .take(PRONOUN_WINDOW * 3)
        .filter(|w| !w.is_empty())
        .take(PRONOUN_WINDOW)
    {
        if let Some(sex) = pronoun_sex(word) {
            return reported.then_some(sex);
        }
        if word.starts_with(char::is_uppercase) {
            return None;
        }
        reported |= speech::is_english_speech_verb(word);
    }
    None
}

/// The sex of a title kept in `name` ("Pope Gregory XVII", "Queen
/// Sofia"), or of the given name opening it ("Anna Berg",
/// `assets/given_name_genders.txt`).
fn given_name_sex(name: &str) -> Option<Sex> {
    let first = name.split_whitespace().next()?;
    let titled = with_lower(first, |w| sex_where(|sex| titles(sex).0.contains(&w)));
    titled.or_else(|| gender::of_name(name))
}
