//! Function words of the languages the engine reads: articles, prepositions,
//! conjunctions, particles of negation and assent ("nie", "tak", "no",
//! "oui"), auxiliaries and pronouns. A quotation of one such word alone says
//! nothing about which statement it was lifted from: its speaker says it in
//! every one of them.

use crate::text::fold::with_lower;

/// Lower-case function words, by language; a word two languages share is
/// listed once, under the first.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    // English
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
    "from", "with", "over", "under", "up", "down", "out", "off", "as", "so", "than", "then",
    "that", "this", "these", "those", "it", "is", "are", "was", "were", "be", "been", "am", "do",
    "does", "did", "not", "no", "yes", "all", "any", "some", "very", "too", "just", "now",
    "there", "here", "what", "which", "who", "how", "when", "where", "why", "will", "would",
    "can", "could", "shall", "should", "may", "might", "must", "has", "have", "had",
    // German
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
    "oder", "aber", "nicht", "nein", "ja", "kein", "keine", "zu", "im", "auf", "aus",
    "bei", "mit", "nach", "von", "vor", "für", "über", "unter", "um", "durch", "gegen", "ohne",
    "ist", "sind", "war", "hat", "haben", "wird", "es", "er", "sie", "wir", "ich", "man", "auch",
    "noch", "schon", "nur", "wie", "als", "dass", "wenn", "doch", "uns", "sich", "mich", "mir",
    "ihn", "ihm", "ihr", "werden", "wurde", "sein", "kann", "können", "muss", "soll",
    // French
    "le", "la", "les", "un", "une", "du", "de", "et", "ou", "mais", "ne", "pas", "non", "oui",
    "si", "à", "au", "aux", "en", "dans", "sur", "pour", "par", "avec", "sans", "est", "sont",
    "il", "elle", "ils", "nous", "vous", "je", "ce", "que", "qui", "plus", "très", "tout",
    // Italian
    "lo", "gli", "uno", "una", "e", "o", "ma", "sì", "di", "da", "con", "su", "per",
    "tra", "fra", "è", "che", "chi", "più", "molto", "anche",
    // Spanish
    "el", "los", "las", "y", "pero", "sí", "para", "sin", "sobre", "más", "muy", "también",
    // Portuguese
    "os", "mas", "não", "sim", "em", "na", "com", "por", "sem", "muito",
    // Polish
    "i", "w", "z", "że", "nie", "tak", "jest", "się", "ale", "czy", "jak", "po",
    "od", "dla", "za", "przez",
    // Romanian
    "și", "în", "cu", "pe", "din", "nu", "că", "este", "dar", "sau", "mai",
    // Russian
    "и", "в", "на", "с", "не", "да", "нет", "что", "это", "как", "но", "а", "по", "за", "к",
    "у", "о", "от", "до", "из",
    // Ukrainian
    "і", "й", "з", "так", "ні", "що", "це", "як", "але", "від",
];

/// Indefinite articles of the languages read, in every case form news
/// prose uses: the person or thing they introduce is not named ("a
/// spokesman said", "un responsable", "eine Sprecherin"). English "a" is
/// among them; where Portuguese or Italian "a" (a preposition as often, "a
/// Lula") would mislead, the caller leaves it out. Romanian "o" is left out
/// here: it is Portuguese's "the" and a pronoun too.
#[rustfmt::skip]
pub const INDEFINITE_ARTICLES: &[&str] = &[
    "a", "an", "un", "une", "una", "uno", "um", "uma", "ein", "eine", "einen", "einem", "einer",
    "eines", "unei",
];

/// Whether `word` (any case) is one of [`INDEFINITE_ARTICLES`].
pub fn is_indefinite_article(word: &str) -> bool {
    with_lower(word, |w| INDEFINITE_ARTICLES.contains(&w))
}

/// The listed function words, lower-case.
pub fn function_words() -> impl Iterator<Item = &'static str> {
    FUNCTION_WORDS.iter().copied()
}

/// Whether `word` (any case) is a function word of one of the languages.
pub fn is_function_word(word: &str) -> bool {
    with_lower(word, |w| FUNCTION_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_and_prepositions_are_function_words_content_words_are_not() {
        for w in [
            "over", "Nie", "TAK", "the", "und", "oui", "não", "нет", "ні",
        ] {
            assert!(is_function_word(w), "{w}");
        }
        for w in [
            "defeat",
            "soon",
            "ready",
            "unstoppable",
            "Sovereign",
            "soberano",
            "перемога",
        ] {
            assert!(!is_function_word(w), "{w}");
        }
    }

    #[test]
    fn indefinite_articles_in_any_case_but_not_the_definite_ones() {
        for w in ["a", "An", "une", "Eine", "einem", "uma", "unei"] {
            assert!(is_indefinite_article(w), "{w}");
        }
        for w in ["the", "la", "der", "o", "one", "uno_"] {
            assert!(!is_indefinite_article(w), "{w}");
        }
    }
}
