//! Words of the first and second person ("I", "we", "our", "you", "nous",
//! "мы"…). A sentence holding one is somebody speaking, not the narrator:
//! news prose reports in the third person, so a statement printed without
//! quotation marks that says "we" or "I" is a quotation whose marks were
//! lost (mirror and machine-translated sites strip them).

use std::sync::LazyLock;

use crate::fast_hash::FastSet;
use crate::text::fold::with_lower;
use crate::text::words::{is_apostrophe, is_word_char};

/// First- and second-person pronouns and possessives, lower case, of the
/// languages the engine reads. Words that are also common function words
/// of another language are left out (Italian "ma" = but, "ci" = there,
/// German "ja" = yes, "ihr" = her, "Sie" = they), and so is lower-case "i"
/// (the Italian article): English "I" is matched as written.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    // en
    "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
    // es
    "yo", "mi", "mis", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras",
    "usted", "ustedes", "tú", "conmigo", "contigo",
    // fr
    "je", "j", "moi", "mon", "mes", "nous", "notre", "nos", "vous", "votre", "vos", "toi",
    // de
    "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser",
    "unsere", "unseren", "unserem", "unserer", "du", "dich", "dir",
    // it
    "io", "mio", "mia", "miei", "mie", "noi", "nostro", "nostra", "nostri", "nostre", "voi",
    "vostro", "vostra",
    // pt
    "eu", "meu", "minha", "meus", "minhas", "nós", "nosso", "nossa", "nossos", "nossas", "você",
    "vocês", "comigo", "conosco", "connosco",
    // ro
    "meu", "mea", "mei", "nostru", "noastră", "noștri", "noastre", "noştri",
    // pl
    "mnie", "mój", "moja", "moje", "nas", "nasz", "nasza", "nasze", "naszych", "naszej",
    // ru
    "я", "меня", "мне", "мой", "моя", "моё", "мои", "мы", "нас", "нам", "наш", "наша", "наше",
    "наши", "вы", "вас", "ваш",
    // uk
    "мене", "мені", "мій", "моє", "ми", "наші", "ви", "ваші",
];

// Looked up for every word of every sentence that may be speech: a hash,
// not a scan of the list.
static WORD_SET: LazyLock<FastSet<&str>> = LazyLock::new(|| WORDS.iter().copied().collect());

/// Whether `word`, as written, is a first- or second-person pronoun or
/// possessive of one of the languages. Only its part before an apostrophe
/// counts ("we're", "I'm", "j'ai"). Written all in capitals it is no
/// pronoun ("US" is a country, "MY" an abbreviation), except English "I".
pub fn is_first_or_second_person(word: &str) -> bool {
    let head = word.split(is_apostrophe).next().unwrap_or(word);
    if head == "I" {
        return true;
    }
    let mut chars = head.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // Lower case, or capitalised at a sentence's start: never all capitals.
    if chars.any(char::is_uppercase) || (first.is_uppercase() && head.chars().count() == 1) {
        return false;
    }
    with_lower(head, |w| WORD_SET.contains(w) || is_polish_we_verb(w))
}

/// Polish drops its pronouns and marks the person on the verb: a word
/// ending in "-śmy" is a verb of "we" ("zwyciężyliśmy", "jesteśmy",
/// "byłyśmy"); no noun or adjective ends so. (The other pro-drop languages'
/// "we" endings, Spanish "-amos" or Italian "-iamo", end nouns and names
/// too: "ramos", "Ramos".)
fn is_polish_we_verb(lower: &str) -> bool {
    lower.len() > "śmy".len() && lower.ends_with("śmy")
}

/// Whether `text` holds a first- or second-person word: somebody speaking.
pub fn speaks(text: &str) -> bool {
    text.split(|c: char| !is_word_char(c) && !is_apostrophe(c))
        .any(is_first_or_second_person)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_of_the_speaker_and_the_listener_in_each_language() {
        for word in [
            "I",
            "I'm",
            "I’ve",
            "we",
            "We're",
            "our",
            "you",
            "nous",
            "j'ai",
            "wir",
            "unsere",
            "noi",
            "nosotros",
            "nós",
            "мы",
            "ми",
            "nasz",
            "Our",
            "zwyciężyliśmy",
            "Jesteśmy",
            // "with me", "with you", "with us": one word in Spanish and
            // Portuguese.
            "conmigo",
            "contigo",
            "comigo",
            "conosco",
        ] {
            assert!(is_first_or_second_person(word), "{word}");
        }
    }

    #[test]
    fn a_sentence_speaks_when_it_holds_one() {
        assert!(speaks("Then we’ll see, he said"));
        assert!(!speaks("The US will act, officials said"));
    }

    #[test]
    fn countries_articles_and_third_persons_are_not() {
        for word in [
            "US",
            "MY",
            "i",
            "he",
            "they",
            "their",
            "il",
            "ma",
            "ja",
            "он",
            "Trump",
            "",
            "'",
            "śmy",
            "zwyciężyli",
        ] {
            assert!(!is_first_or_second_person(word), "{word}");
        }
    }
}
