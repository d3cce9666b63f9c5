//! Speech per language: the verbs that report what someone said, the
//! pronouns that stand for a speaker, and the one-word "according to".
//!
//! One table of verbs per language ([`verbs`]), in the inflections news
//! prose uses (past and present, participles, gerunds). Attribution looks a
//! word up in all tables at once: an article's language is not known, and
//! the few words two languages share ("dice") are rare next to a quotation.

use std::sync::LazyLock;

use crate::fast_hash::FastSet;
use crate::text::fold::with_lower;

mod verbs;

use verbs::{DE, ENGLISH, ES, FR, IT, PHRASES, PL, PT, RO, RU, UK};

// Looked up for most words around every quote: a fast hash.
static VERBS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    let mut verbs = FastSet::default();
    for &word in [ENGLISH, DE, FR, IT, ES, PT, RU, UK, RO, PL]
        .into_iter()
        .flatten()
    {
        verbs.insert(word.to_string());
        // Romanian is written with comma-below letters (ț, ș) or with the
        // older cedilla ones (ţ, ş): both spellings are in use.
        if word.contains(['ț', 'ș']) {
            verbs.insert(word.replace('ț', "ţ").replace('ș', "ş"));
        }
    }
    verbs
});

/// Whether `word` (any case) is a reporting verb of one of the languages,
/// French inversion included ("ajoute-t-il", "poursuit-elle").
pub fn is_speech_verb(word: &str) -> bool {
    with_lower(word, |w| VERBS.contains(w))
        || inverted_french_verb(word).is_some()
        || is_enclitic_gerund(word)
}

/// An Italian or Spanish gerund of a reporting verb with its object pronoun
/// glued on ("definendo*lo*", "chiamando*la*", "calificándo*lo*"): it reports
/// as the bare gerund does, and is a gerund (its subject is the clause's).
pub fn is_enclitic_gerund(word: &str) -> bool {
    /// Object and reflexive pronouns written after a gerund, longest first.
    const CLITICS: &[&str] = &[
        "gliela", "glielo", "gli", "les", "los", "las", "lo", "la", "li", "le", "ne", "si", "se",
        "mi", "ti", "ci", "vi", "me", "te",
    ];
    // The shortest: a gerund of five letters and a pronoun of two.
    if word.len() < 7 {
        return false;
    }
    // Most words end in no "ndo" and a pronoun: read off the bytes before
    // lower-casing. The pronouns and "ndo" are ASCII, and no character but
    // an ASCII letter lower-cases to one of theirs (the Kelvin sign gives
    // "k"), so a word whose lower case ends so ends so in ASCII itself.
    let bytes = word.as_bytes();
    let gerund_before = |clitic: usize| {
        let end = bytes.len().saturating_sub(clitic);
        end >= 3 && bytes[end - 3..end].eq_ignore_ascii_case(b"ndo")
    };
    if !CLITICS.iter().any(|c| gerund_before(c.len())) {
        return false;
    }
    with_lower(word, |w| {
        CLITICS.iter().any(|c| {
            let Some(gerund) = w.strip_suffix(c).filter(|g| g.ends_with("ndo")) else {
                return false;
            };
            // Spanish writes the stress on the gerund once a pronoun is
            // glued on ("calificándolo", "diciéndole").
            let plain = gerund.replace("ándo", "ando").replace("iéndo", "iendo");
            VERBS.contains(plain.as_str())
        })
    })
}

/// An Italian infinitive of a reporting verb with "lo"/"la" glued on, as
/// in the credit "*A dirlo* è il ministro", "*Ad annunciarlo* …": the
/// infinitive's regular participle ("affermar" → "affermato") is a
/// reporting verb, or the verb is one of the irregular few.
pub fn is_enclitic_infinitive(word: &str) -> bool {
    /// Infinitive endings (the final "e" dropped) and their participles'.
    const ENDINGS: &[(&str, &str)] = &[("ar", "ato"), ("ir", "ito"), ("er", "uto")];
    with_lower(word, |w| {
        let Some(stem) = w.strip_suffix("lo").or_else(|| w.strip_suffix("la")) else {
            return false;
        };
        matches!(stem, "dir" | "scriver" | "ripeter" | "ammetter")
            || ENDINGS.iter().any(|(inf, part)| {
                stem.strip_suffix(inf).is_some_and(|root| {
                    root.len() >= 3 && VERBS.contains(format!("{root}{part}").as_str())
                })
            })
    })
}

/// "Asked" and its kin in every language ("*Interrogée* sur …",
/// "*Preguntado* por …", "*Gefragt* nach …", "*Zapytany* o …"): whoever
/// is asked speaks later in the sentence, so the participle is no
/// reporting verb and the names in its phrase are not the subject.
pub fn is_asked_participle(word: &str) -> bool {
    /// Past participles of asking and questioning, all genders and numbers.
    #[rustfmt::skip]
    const ASKED: &[&str] = &[
        "asked", "pressed", "questioned", "quizzed", "interviewed",
        "interrogé", "interrogée", "interrogés", "interrogées", "questionné", "questionnée",
        "questionnés", "questionnées", "sollicité", "sollicitée", "interpellé", "interpellée",
        "interrogato", "interrogata", "interrogati", "interpellato", "interpellata",
        "intervistato", "intervistata", "sollecitato", "sollecitata", "incalzato", "incalzata",
        "preguntado", "preguntada", "preguntados", "interrogado", "interrogada", "cuestionado",
        "cuestionada", "consultado", "consultada", "questionado", "questionada", "perguntado",
        "perguntada", "gefragt", "angesprochen", "befragt", "zapytany", "zapytana", "pytany",
        "pytana", "întrebat", "întrebată",
    ];
    with_lower(word, |w| ASKED.contains(&w))
}

/// Longest reporting clause, in words ("Trump told reporters after the
/// meeting", "the French president asked on Wednesday").
pub const MAX_CLAUSE_WORDS: usize = 8;

/// The reporting verb sits this early in its clause: after a subject of a
/// few words ("the Russian president said") or first ("said Putin").
const MAX_WORDS_BEFORE_VERB: usize = 4;

/// Where the reporting verb of `words`, read as a short reporting clause,
/// stands: among its first few words, in a clause of at most
/// [`MAX_CLAUSE_WORDS`] words; `None` when `words` is no such clause.
pub fn reporting_verb_at(words: &[&str]) -> Option<usize> {
    if words.len() > MAX_CLAUSE_WORDS {
        return None;
    }
    words
        .iter()
        .take(MAX_WORDS_BEFORE_VERB + 1)
        .position(|w| is_speech_verb(w))
}

// The last word of every phrase: most words end none, and are told so by
// one look-up instead of a scan of the phrases.
static PHRASE_ENDS: LazyLock<FastSet<&str>> =
    LazyLock::new(|| PHRASES.iter().filter_map(|p| p.last().copied()).collect());

/// Whether `words` (in text order) end with a reporting verb of several
/// words ("a mis en garde", "ha puesto de relieve"). The last word is
/// compared first: few words close such a phrase.
pub fn ends_speech_phrase(words: &[&str]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    with_lower(last, |l| {
        PHRASE_ENDS.contains(l)
            && PHRASES.iter().any(|phrase| {
                phrase.last() == Some(&l)
                    && words.len() >= phrase.len()
                    && words[words.len() - phrase.len()..]
                        .iter()
                        .zip(phrase.iter())
                        .all(|(w, p)| with_lower(w, |w| w == *p))
            })
    })
}

/// The reporting verb of a French verb–subject inversion ("ajoute-t-il",
/// "estime-t-elle", "poursuit-il"): the pronoun is written onto the verb.
fn inverted_french_verb(word: &str) -> Option<&str> {
    let verb = ["-t-il", "-t-elle", "-il", "-elle"]
        .iter()
        .find_map(|suffix| {
            let cut = word.len().checked_sub(suffix.len())?;
            let tail = word.get(cut..)?;
            tail.eq_ignore_ascii_case(suffix).then(|| &word[..cut])
        })?;
    with_lower(verb, |v| FR.contains(&v)).then_some(verb)
}

// The verbs of the languages that drop subject pronouns.
static PRO_DROP_VERBS: LazyLock<FastSet<&str>> = LazyLock::new(|| {
    [IT, ES, PT, RO, PL, RU, UK]
        .into_iter()
        .flatten()
        .copied()
        .filter(|w| !ENGLISH.contains(w) && !DE.contains(w) && !FR.contains(w))
        .collect()
});

/// Whether `word` is a reporting verb of a language that drops subject
/// pronouns ("ha chiarito", "zaznaczył"), and of no language that keeps them.
pub fn is_pro_drop_verb(word: &str) -> bool {
    // An inverted French verb carries its pronoun: its subject is the one
    // that pronoun names, as for a verb that dropped it.
    with_lower(word, |w| PRO_DROP_VERBS.contains(w)) || inverted_french_verb(word).is_some()
}

/// Whether `word` is a German reporting verb in the third person singular
/// ("sagte", "betont"): no plural in "-en", no participle in "ge-".
pub fn is_german_singular_verb(word: &str) -> bool {
    with_lower(word, |w| {
        DE.contains(&w) && !w.ends_with("en") && !(w.starts_with("ge") && w.ends_with('t'))
    })
}

// Asked of every word after every mention (`attribute::sexes`): a hash,
// not a scan of the table.
static ENGLISH_VERBS: LazyLock<FastSet<&str>> = LazyLock::new(|| ENGLISH.iter().copied().collect());

/// Whether `word` is an English reporting verb.
pub fn is_english_speech_verb(word: &str) -> bool {
    with_lower(word, |w| ENGLISH_VERBS.contains(w))
}

/// Third-person singular subject pronouns that stand for one earlier person.
/// Words that are also articles or other pronouns ("il", "el", "sie", "on")
/// are left out: a wrong subject is worse than none.
#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "he", "she", "er", "elle", "lui", "él", "ella", "ele", "ela", "ea", "ona",
    "он", "она", "він", "вона", "acesta", "aceasta",
];

/// Whether `word`, a word without hyphens (so no French inversion), may be
/// one of [`PRONOUNS`]: an ASCII word is judged by its length and its first
/// letter (ASCII keeps its length lower-cased). A cheap test before
/// [`is_pronoun`] where every word of a sentence is asked.
pub fn may_be_plain_pronoun(word: &str) -> bool {
    match word.as_bytes() {
        [first, ..] if word.is_ascii() => {
            (2..=7).contains(&word.len())
                && ASCII_PRONOUN_FIRST[usize::from(first.to_ascii_lowercase())]
        }
        bytes => !bytes.is_empty(),
    }
}

/// The first letters of the ASCII [`PRONOUNS`].
const ASCII_PRONOUN_FIRST: [bool; 128] = {
    let mut table = [false; 128];
    let mut i = 0;
    while i < PRONOUNS.len() {
        let word = PRONOUNS[i].as_bytes();
        if PRONOUNS[i].is_ascii() {
            table[word[0] as usize] = true;
        }
        i += 1;
    }
    table
};

/// Whether `word` is a subject pronoun; French inversion counts too
/// ("a-t-il déclaré", "ajoute-t-elle"), and after an auxiliary ending in
/// "t", which takes no "-t-" ("avait-il ajouté", "aurait-elle dit").
pub fn is_pronoun(word: &str) -> bool {
    let inverted = ["-il", "-elle"].iter().any(|s| word.ends_with(s)) && word.contains("-t-");
    inverted || after_auxiliary(word) || with_lower(word, |w| PRONOUNS.contains(&w))
}

/// Auxiliaries of the French compound past tenses that end in "t" and are
/// inverted with their subject pronoun without a "-t-": the pluperfect and
/// the conditional perfect ("avait-il ajouté", "aurait-il dit"). Not
/// "est-il", which opens questions and impersonal phrases ("est-il écrit").
const INVERTED_AUXILIARIES: &[&str] = &["avait", "aurait"];

fn after_auxiliary(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(auxiliary, pronoun)| {
        (pronoun.eq_ignore_ascii_case("il") || pronoun.eq_ignore_ascii_case("elle"))
            && with_lower(auxiliary, |a| INVERTED_AUXILIARIES.contains(&a))
    })
}

/// Object and possessive pronouns that follow "according to" ("according
/// to *him*", "secondo *lui*", "за *його* словами", "według *niego*").
#[rustfmt::skip]
const OBJECT_PRONOUNS: &[&str] = &[
    "him", "her", "ihm", "ihr", "lui", "lei", "él", "ella", "його", "її", "него", "неё", "его",
    "её", "acestuia", "acesteia", "ei", "niego", "niej",
];

/// Whether `word` is a pronoun that names a speaker after "according to".
pub fn is_object_pronoun(word: &str) -> bool {
    with_lower(word, |w| OBJECT_PRONOUNS.contains(&w))
}

/// Relative pronouns that open a clause about the person just named ("X,
/// que foi substituído por Y, acrescentou"): a name inside that clause is
/// not the subject of the verb after it. German "der"/"die" are articles too
/// and are left out.
#[rustfmt::skip]
const RELATIVES: &[&str] = &[
    "who", "whom", "que", "qui", "quien", "quienes", "quem", "care", "che", "cui", "который",
    "которая", "которые", "який", "яка", "які", "który", "która", "którzy",
];

/// Whether `word` (any case) is a relative pronoun.
pub fn is_relative(word: &str) -> bool {
    with_lower(word, |w| RELATIVES.contains(&w))
}

/// The relative pronouns of [`RELATIVES`] that are objects of their clause
/// ("whom", "cui", "quem"): the rest stand for the clause's subject.
const OBJECT_RELATIVES: &[&str] = &["whom", "cui", "quem"];

/// Whether `word` (any case) is a relative pronoun that is the subject of
/// its clause ("who", "care", "che", "qui", "que" before a verb, "który",
/// "который"); "whom" and "cui" are objects.
pub fn is_subject_relative(word: &str) -> bool {
    with_lower(word, |w| {
        RELATIVES.contains(&w) && !OBJECT_RELATIVES.contains(&w)
    })
}

/// Relatives of a thing, place or owner ("which", "where", "whose", "où",
/// "donde"): after a comma they open a clause as "who" does ("In Moscow,
/// where the Kremlin is accused of …, X claimed").
#[rustfmt::skip]
const OTHER_RELATIVES: &[&str] = &[
    "which", "where", "whose", "où", "dove", "donde", "onde", "unde", "wo", "gdzie", "где", "де",
];

/// Whether `word` (any case) opens a relative clause: a relative pronoun
/// or one of a thing, place or owner.
pub fn opens_relative_clause(word: &str) -> bool {
    is_relative(word) || with_lower(word, |w| OTHER_RELATIVES.contains(&w))
}

/// Nouns for someone's words that credit a quote to the person after
/// them ("These were the first words of X", "le parole di X", "las
/// palabras de X").
#[rustfmt::skip]
const WORDS_NOUNS: &[&str] = &[
    "words", "parole", "palabras", "paroles", "propos", "palavras", "cuvintele", "worte",
    "słowa", "слова", "mots", "remarks", "dichiarazioni", "declaraciones", "déclarations",
    "declarațiile",
];

/// Whether `word` is a noun for someone's words ("words", "parole").
pub fn is_words_noun(word: &str) -> bool {
    with_lower(word, |w| WORDS_NOUNS.contains(&w))
}

/// One-word markers of "according to X".
#[rustfmt::skip]
pub const ACCORDING: &[&str] = &["selon", "según", "secondo", "laut", "potrivit", "według", "segundo"];

pub fn is_according(word: &str) -> bool {
    with_lower(word, |w| ACCORDING.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asked_participles_of_every_language_and_no_french_tout() {
        for w in [
            "Asked",
            "Interrogée",
            "preguntado",
            "Gefragt",
            "Zapytany",
            "interpellato",
        ] {
            assert!(is_asked_participle(w), "{w}");
        }
        assert!(!is_asked_participle("Interrogation") && !is_asked_participle("Parlando"));
        // "Tout en restant prudent, X a déclaré …": French, not "to tout".
        assert!(!is_speech_verb("tout") && is_speech_verb("touted"));
    }

    #[test]
    fn infinitives_of_reporting_verbs_with_lo_glued_on() {
        for w in [
            "dirlo",
            "Affermarlo",
            "ribadirlo",
            "sottolinearla",
            "scriverlo",
        ] {
            assert!(is_enclitic_infinitive(w), "{w}");
        }
        // "A dire il vero", "a farlo", "a parlarne": no reporting verb
        // with its object glued on.
        for w in ["dire", "farlo", "parlarne", "lo", "tarlo"] {
            assert!(!is_enclitic_infinitive(w), "{w}");
        }
    }

    #[test]
    fn every_pronoun_passes_the_cheap_test_in_any_case() {
        for p in PRONOUNS {
            for word in [p.to_string(), p.to_uppercase(), crate::text::fold::lower(p)] {
                assert!(may_be_plain_pronoun(&word), "{word}");
                assert!(is_pronoun(&word), "{word}");
            }
        }
        for word in ["", "the", "h", "said", "hello", "acestaa"] {
            assert!(!may_be_plain_pronoun(word) || !is_pronoun(word), "{word}");
        }
        assert!(!may_be_plain_pronoun("the") && !may_be_plain_pronoun("aceastaa"));
    }

    /// A word listed twice in one language's table is a sign the table was
    /// added to without reading it (three had crept in).
    #[test]
    fn no_language_lists_a_verb_twice() {
        for table in [ENGLISH, DE, FR, IT, ES, PT, RU, UK, RO, PL] {
            let mut seen = FastSet::default();
            for &word in table {
                assert!(seen.insert(word), "{word} is listed twice");
            }
        }
    }

    #[test]
    fn verbs_of_every_language_and_case() {
        for w in [
            "said",
            "SAID",
            "sagte",
            "déclaré",
            "detto",
            "dijo",
            "disse",
            "Сказал",
            "заявив",
            "spus",
            "powiedział",
            "cautioned",
            "anunţat",
            "stellt",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        for w in ["sad", "the", "Merz", "Путин"] {
            assert!(!is_speech_verb(w), "{w}");
        }
        assert!(is_pronoun("He") && is_pronoun("он") && is_pronoun("a-t-il") && !is_pronoun("il"));
        assert!(is_pronoun("avait-il") && is_pronoun("aurait-elle") && !is_pronoun("est-il"));
        assert!(is_according("Selon") && !is_according("so"));
        assert!(ends_speech_phrase(&["a", "mis", "en", "garde"]));
        assert!(ends_speech_phrase(&["Ha", "puesto", "de", "Relieve"]));
        assert!(!ends_speech_phrase(&["en", "garde"]) && !ends_speech_phrase(&["de", "relieve"]));
        assert!(!ends_speech_phrase(&["la", "garde"]) && !ends_speech_phrase(&[]));
        assert!(is_relative("que") && is_relative("Who") && !is_relative("der"));
        assert!(is_subject_relative("Who") && is_subject_relative("care"));
        assert!(!is_subject_relative("Whom") && !is_subject_relative("cui"));
        assert!(!is_subject_relative("which"), "not of RELATIVES");
        for w in [
            "ajoute-t-il",
            "Poursuit-elle",
            "estime-t-elle",
            "confie-t-il",
            "lâche-t-il",
        ] {
            assert!(is_speech_verb(w) && is_pro_drop_verb(w), "{w}");
        }
        for w in ["a-t-il", "Jean-il", "-il", "dit"] {
            assert!(!is_pro_drop_verb(w), "{w}");
        }
        for w in [
            "prosseguiu",
            "lembra",
            "confirmado",
            "dezvăluit",
            "dezvăluit",
            "précisait",
            "dicendo",
            "визнав",
            "визнає",
            "apostilló",
            "réclamé",
            "proclamado",
            "justificó",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
    }
}
