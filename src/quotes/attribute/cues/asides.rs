//! What is written between a reporting verb and the subject after it: set
//! phrases of "for their part" and the audience the words were said to
//! ("a précisé *auprès de la presse* X", "ha spiegato *in conferenza
//! stampa* X").

use crate::quotes::attribute::words::Word;
use crate::text::fold::with_lower;

/// Set phrases of "for their part" written between a verb and the subject
/// after it ("a déclaré *pour sa part* Lavrov", "заявил *в свою очередь*
/// Песков"), word by word in lower case.
#[rustfmt::skip]
const ASIDES: &[&[&str]] = &[
    &["pour", "sa", "part"], &["pour", "leur", "part"], &["de", "son", "côté"],
    &["de", "leur", "côté"], &["quant", "à", "lui"], &["quant", "à", "elle"],
    &["à", "son", "tour"], &["por", "su", "parte"], &["a", "su", "vez"],
    &["por", "sua", "vez"], &["da", "parte", "sua"], &["dal", "canto", "suo"],
    &["a", "sua", "volta"], &["per", "parte", "sua"], &["seinerseits"], &["ihrerseits"],
    &["la", "rândul", "său"], &["la", "rândul", "ei"], &["в", "свою", "очередь"],
    &["со", "своей", "стороны"], &["своєю", "чергою"], &["у", "свою", "чергу"],
    &["зі", "свого", "боку"], &["for", "his", "part"], &["for", "her", "part"],
    &["for", "their", "part"],
];

/// How many of `words` an aside of [`ASIDES`] opening them takes (0 when
/// none does). An aside follows its verb, so it is written in lower case
/// and compared as written: this runs for every reporting verb.
pub(in crate::quotes::attribute) fn aside_len(words: &[Word]) -> usize {
    ASIDES
        .iter()
        .find(|aside| {
            aside.len() <= words.len() && aside.iter().zip(words).all(|(a, w)| w.text == *a)
        })
        .map_or(0, |aside| aside.len())
}

/// Prepositions that open the audience or the occasion of a statement
/// after an inverted verb, in the Romance languages and Romanian.
#[rustfmt::skip]
const AUDIENCE_OPENERS: &[&str] = &[
    "à", "aux", "au", "auprès", "devant", "lors", "en", "dans", "ai", "alla", "alle", "al", "in",
    "nel", "nella", "durante", "davanti", "a", "ante", "aos", "na", "no", "perante", "pentru",
    "în", "la", "presei",
];

/// The nouns that end such a phrase: the press, the reporters, the media
/// (also as the last word of "conférence de presse", "rueda de prensa",
/// "conferință de presă").
#[rustfmt::skip]
const AUDIENCE_NOUNS: &[&str] = &[
    "presse", "journalistes", "médias", "reporters", "stampa", "giornalisti", "media", "cronisti",
    "prensa", "periodistas", "medios", "imprensa", "jornalistas", "presă", "presa", "presei",
    "jurnaliștilor", "jurnaliştilor", "jurnaliștii", "reporterilor", "télévision", "televisione",
    "televisión", "televisão", "radio", "rádio", "conférence", "conferenza", "conferencia",
    "conferência", "conferință", "conferinței", "entretien", "interview", "intervista",
    "entrevista", "interviu", "interviul",
];

/// The longest audience phrase read: "nel corso della conferenza stampa",
/// "lors d'une conférence de presse" (where "d'une" may count as two).
const MAX_AUDIENCE_WORDS: usize = 6;

/// How many of `words` an audience phrase opening them takes: a preposition
/// of [`AUDIENCE_OPENERS`], lower-case words, and a noun of
/// [`AUDIENCE_NOUNS`], the last within [`MAX_AUDIENCE_WORDS`] ("auprès de la
/// presse", "in conferenza stampa", "durante la rueda de prensa"); 0 when
/// none does. Words come without their punctuation (`push_words`).
/// A capitalised word ends the search: a name is the subject, not the
/// audience ("ha detto a Ursula …" is spoken to her).
pub(in crate::quotes::attribute) fn audience_len(words: &[Word]) -> usize {
    let opens = words
        .first()
        .is_some_and(|w| AUDIENCE_OPENERS.contains(&w.text));
    if !opens {
        return 0;
    }
    let lower_run = words
        .iter()
        .take(MAX_AUDIENCE_WORDS)
        .take_while(|w| !w.text.starts_with(char::is_uppercase))
        .count();
    // The last noun: "conférence de presse" ends at "presse".
    words[..lower_run]
        .iter()
        .rposition(|w| with_lower(w.text, |t| AUDIENCE_NOUNS.contains(&t)))
        .map_or(0, |at| at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::attribute::words::push_words;

    fn audience(after_verb: &str) -> usize {
        let mut words = Vec::new();
        push_words(after_verb, 0, &mut words);
        audience_len(&words)
    }

    #[test]
    fn the_audience_after_a_verb_ends_at_its_last_noun() {
        assert_eq!(audience("auprès de la presse Jane Roe"), 4);
        // "d'une" is two words: the elided article and the rest.
        assert_eq!(audience("lors d'une conférence de presse Jane Roe"), 6);
        assert_eq!(audience("nel corso della conferenza stampa Jane Roe"), 5);
        assert_eq!(audience("durante la rueda de prensa Jane Roe"), 5);
        assert_eq!(audience("aux journalistes Jane Roe"), 2);
    }

    #[test]
    fn a_name_or_another_phrase_is_no_audience() {
        // Said to her: the name is the one spoken to.
        assert_eq!(audience("à Jane Roe devant la presse"), 0);
        assert_eq!(audience("Jane Roe à la presse"), 0);
        assert_eq!(audience("à propos de la réforme"), 0);
        assert_eq!(audience(""), 0);
    }
}
