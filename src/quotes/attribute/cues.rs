//! Words that signal who is speaking: reporting nouns after a possessive
//! ("Trump’s insistence"), roles and clause links; the reporting verbs and
//! pronouns of every language are [`crate::text::speech`]'s tables.

use std::sync::LazyLock;

mod asides;
mod company;
mod links;
mod texts;
mod verb_forms;

use super::words::Word;
use crate::fast_hash::FastSet;
use crate::text::fold::with_lower;
use crate::text::function_words::is_indefinite_article;

pub(super) use asides::{aside_len, audience_len};
pub(super) use company::is_company_phrase;
pub(super) use links::{is_complementizer, is_coordinator};
pub(super) use texts::{goes_on_in_text, is_spoken_address, is_written_text};
pub(super) use verb_forms::{
    is_aspect_verb, is_coordinated, is_english_preposition, is_gerund, is_inner_subordinator,
    is_opening_conjunction, is_opening_gerund, is_opening_participle, is_opening_preposition,
    is_participle, is_passive_auxiliary, is_perfect_auxiliary, is_scene_preposition,
    is_state_medium, is_subordinating_conjunction, opens_agent_phrase,
};

/// Nouns that report speech when owned by a speaker ("Putin’s remarks").
#[rustfmt::skip]
const SPEECH_NOUNS: &[&str] = &[
    "remarks", "words", "comments", "statement", "insistence", "call", "demand", "claim", "pledge",
    "promise", "warning", "assertion", "description", "speech", "message", "post", "tweet",
    "letter", "response", "reply", "answer", "view", "argument", "idea", "proposal", "offer",
    "suggestion", "threat", "accusation", "appeal", "remark", "jibe", "vow", "address",
];

/// Lower-case nouns that head a role written without a name ("the Russian leader").
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "leader", "president", "premier", "chancellor", "minister", "prime", "head", "chief",
];

// Looked up for most words around every quote: a fast hash.
static SPEECH_NOUN_SET: LazyLock<FastSet<&str>> =
    LazyLock::new(|| SPEECH_NOUNS.iter().copied().collect());

/// Case-insensitive membership without allocating for lower-case words,
/// which most words around quotes are, nor for short ASCII ones.
fn lookup(set: &FastSet<&str>, word: &str) -> bool {
    with_lower(word, |w| set.contains(w))
}

pub(super) use crate::text::speech::{
    is_according, is_asked_participle, is_object_pronoun, is_pronoun, is_speech_verb,
};

pub(super) fn is_speech_noun(word: &str) -> bool {
    lookup(&SPEECH_NOUN_SET, word)
}

/// A reporting verb of a clause around a quote: a speech verb, or one
/// naming a thing ("a raid X labeled “…”"), which reports the name it
/// gives there only. As a speech verb everywhere (extraction, people) it
/// cost a quote's speaker and three false pairs on the blind half of the
/// labelled news. Not "label", a noun as often.
pub(super) fn is_clause_verb(word: &str) -> bool {
    is_speech_verb(word) || matches!(word, "labeled" | "labelled" | "labeling" | "labelling")
}

pub(super) fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.iter().any(|r| word.eq_ignore_ascii_case(r))
}

/// English possessive pronouns that own a reporting noun ("*his* remarks"):
/// the noun's owner is the person the pronoun stands for.
pub(super) fn is_possessive_pronoun(word: &str) -> bool {
    word.eq_ignore_ascii_case("his") || word.eq_ignore_ascii_case("her")
}

/// English words after which a reporting word is a noun ("another *tweet*",
/// "a *call*", "his *post*"), not a verb.
pub(super) fn is_noun_marker(word: &str) -> bool {
    [
        "a", "an", "the", "another", "his", "her", "their", "its", "this", "these", "those", "my",
        "our", "your",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// Romance articles after which a reporting word is a noun ("une
/// *déclaration*", "d'*appel*", "del *anuncio*"): none of them is also
/// an object pronoun, so no verb follows them.
pub(super) fn is_romance_article(word: &str) -> bool {
    with_lower(word, |w| {
        [
            "d", "un", "une", "una", "uno", "du", "des", "del", "della", "dello", "dell", "al",
            "au", "nell", "sull", "dall", "all",
        ]
        .contains(&w)
    })
}

/// Romance articles that are object pronouns too: "la *demande*", "l'*annonce*"
/// (nouns) against "il la *remercie*", "Macron l'*annonce*" (verbs). Only
/// the pronoun follows a subject or a negation.
pub(super) fn is_article_or_object(word: &str) -> bool {
    with_lower(word, |w| ["l", "le", "la", "les"].contains(&w))
}

/// Words before an object pronoun that make it one ("*il* la remercie",
/// "*ne* l'annonce"); a named subject does too.
pub(super) fn precedes_object_pronoun(word: &str) -> bool {
    is_pronoun(word)
        || with_lower(word, |w| {
            [
                "il", "ils", "elles", "on", "ne", "n", "je", "nous", "vous", "se", "non", "no",
            ]
            .contains(&w)
        })
}

/// An adverb between a subject and its verb ("X *also* said", "X
/// *later* wrote", "X *repeatedly* said").
pub(super) fn is_adverb(word: &str) -> bool {
    ["also", "later", "again", "then"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
        || (word.len() > 4 && word.is_ascii() && word.ends_with("ly"))
}

/// Prepositions whose object is never the subject of the clause ("met
/// *with* Putin", "*con* Zelenski", "*avec* Macron", "*з* Мерцом", "talks
/// *between* Merz and …", "warnings *about* Trump", "took aim *at*
/// Trump", "millions crossed *under* Biden": a time's leader). "by" is left
/// out: a passive's agent ("was thanked by X, saying") speaks.
pub(super) fn is_preposition(word: &str) -> bool {
    with_lower(word, |w| PREPOSITION_SET.contains(w))
}

// Looked up for the word before most mentions: a hash, not a scan.
static PREPOSITION_SET: LazyLock<FastSet<&str>> =
    LazyLock::new(|| PREPOSITIONS.iter().copied().collect());

#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "with", "to", "of", "for", "from", "against", "towards", "at", "con", "avec", "mit", "com", "cu",
    "contro", "contra", "contre", "gegen", "für", "pour", "para", "pentru", "à", "z", "ze", "с",
    "со", "з", "із", "зі", "против", "проти", "до", "lui", "between", "entre", "zwischen", "tra",
    "fra", "între", "między", "між", "между", "about", "über", "sobre", "despre", "over",
    "alongside", "beside", "toward", "unlike", "neben", "under", "sous", "unter", "bajo", "sotto", "sob",
    // French "on": "«…» sur X, a redit Y" is said about X, by Y.
    "sur",
];

/// Prepositions of a topic ("Meloni *on* Musk: …", "*sur*", "*über*"): a
/// name after one is what is spoken about.
pub(super) fn is_topic_preposition(word: &str) -> bool {
    with_lower(word, |w| {
        [
            "on", "about", "sur", "su", "sobre", "über", "despre", "про", "об",
        ]
        .contains(&w)
    })
}

/// "Of" in the Romance languages and German ("las amenazas *de* Putin", "le
/// parole *di* Merz", "die Drohungen *von* Putin"): a name after it belongs
/// to a noun phrase, so it is a clause's subject only when nothing else
/// is ("Réaction de Luis Enrique : « … »"). A name's own particle ("Luis
/// de la Fuente") is inside the mention, never before it.
pub(super) fn is_genitive_preposition(word: &str) -> bool {
    with_lower(word, |w| {
        [
            "de", "di", "del", "della", "dello", "dei", "degli", "du", "des", "von", "vom",
        ]
        .contains(&w)
    })
}

/// A label standing for "the person just named says" before a colon and
/// a quote ("Quote: “…”", "Цитата: «…»").
pub(super) fn is_quote_label(word: &str) -> bool {
    with_lower(word, |w| {
        ["quote", "цитата", "citat", "cytat", "zitat", "citation"].contains(&w)
    })
}

/// Adverbs written between a verb and the subject after it ("ha detto
/// *invece* il portavoce", "dijo *además* el técnico", "a *ajouté
/// ensuite* le président").
pub(super) fn is_inverted_adverb(word: &str) -> bool {
    with_lower(word, |w| {
        [
            "invece",
            "poi",
            "anche",
            "inoltre",
            "ancora",
            "además",
            "también",
            "luego",
            "después",
            "aussi",
            "encore",
            "ensuite",
            "puis",
            "alors",
            "însă",
            "apoi",
            "dann",
            "şi",
            "și",
            "також",
            "ще",
            "ещё",
            "еще",
            "также",
            "тоже",
            "então",
            "ainda",
            "depois",
            "também",
        ]
        .contains(&w)
    })
}

/// Words after which a reporting verb opens a subordinate clause rather
/// than reports the quote ("*When* asked about …", "*Following* calls with …").
pub(super) fn is_subordinator(word: &str) -> bool {
    [
        "when",
        "while",
        "after",
        "before",
        "following",
        "upon",
        "if",
        "once",
        "since",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// "To" fused with an article ("ha detto *alla* folla", "dijo *al*
/// público", "a déclaré *au* Monde"): what follows is whom the words were
/// for, never the subject, though the article would open a role phrase.
pub(super) fn is_dative_article(word: &str) -> bool {
    [
        "al", "alla", "allo", "all", "ai", "alle", "agli", "au", "aux",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the role at `words[k]` follows a "to the" fused into one word
/// ("al", "au", "alla"), maybe with an adjective between ("al actual
/// presidente"): it names the addressee.
pub(super) fn is_addressed_role(words: &[Word], k: usize) -> bool {
    let dative = |j: usize| words.get(j).is_some_and(|w| is_dative_article(w.text));
    k.checked_sub(1).is_some_and(dative)
        || k.checked_sub(2)
            .is_some_and(|j| dative(j) && words[j + 1].text.starts_with(char::is_lowercase))
}

/// Definite articles that open a role phrase ("*the* chancellor", "*il*
/// cancelliere", "*der* Kanzler"), Italian ones fused with "da" too
/// ("annunciato *dall*'inquilino dell'Eliseo").
pub(super) fn is_determiner(word: &str) -> bool {
    [
        "the", "il", "lo", "la", "l", "le", "el", "los", "las", "o", "os", "der", "die", "das",
        "den", "dem", "des", "del", "della", "dello", "dell", "al", "alla", "du", "au", "dal",
        "dall", "dalla", "dallo",
        // Romanian writes the article onto an adjective before its noun
        // ("noul papă", "primul papă american", "actualul președinte").
        "noul", "noua", "primul", "actualul", "actuala",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// A numeric ordinal ("47th", "1st", "2nd"): between a role noun and its
/// article it leaves the role the same ("the 45th and 47th president").
pub(super) fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && ["st", "nd", "rd", "th"].contains(&&word[digits..])
}

/// Auxiliaries and relatives that open a new clause after a role noun
/// ("la présidente *a* annoncé", "il presidente *che*"): the role phrase
/// ends before them.
pub(super) fn opens_clause(word: &str) -> bool {
    crate::text::speech::is_relative(word)
        || with_lower(word, |w| {
            [
                "a", "ha", "est", "è", "es", "avait", "aveva", "había", "has", "is", "was", "had",
                "que", "che", "qui", "and", "et", "e", "y",
            ]
            .contains(&w)
        })
}

/// Articles that open an apposition after a name ("Lopez, *an* ally of
/// Berg, said", "Lopez, *l'*ancien ministre, a déclaré"): the names inside
/// it describe the person before it, so none of them is the subject.
/// Portuguese "o" is left out: it is a conjunction too.
pub(super) fn opens_apposition(word: &str) -> bool {
    is_indefinite_article(word)
        || with_lower(word, |w| {
            ["the", "le", "la", "il", "lo", "el", "l", "der", "die"].contains(&w)
        })
}

/// Words that join a role noun to the name it titles ("president *of*
/// Russia", "portavoce *del* Cremlino").
pub(super) fn is_role_link(word: &str) -> bool {
    [
        "of", "the", "del", "della", "dello", "dell", "di", "de", "des", "der", "du", "da", "von",
        "l", "d",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// A person named by age ("53-year-old", "53-Jährige", "53enne"), which
/// stands for the person last named, like a pronoun.
pub(super) fn is_age_epithet(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    crate::text::fold::with_lower(word, |w| {
        ["-year-old", "-jährige", "-jährigen", "-jähriger", "enne"]
            .iter()
            .any(|s| w.ends_with(s))
    })
}

/// A person named by age in three words, as German may write it ("der *70
/// Jahre alte* Konservative", "die *45 Jahre alte* Politikerin"): the
/// [`is_age_epithet`] "70-Jährige" spelt out, standing for the same person.
pub(super) fn opens_age_phrase(words: &[Word]) -> bool {
    match words {
        [age, years, old, ..] => {
            age.text.bytes().all(|b| b.is_ascii_digit())
                && years.text == "Jahre"
                && ["alte", "alter", "alten"].contains(&old.text)
        }
        _ => false,
    }
}

/// Words that compare a name with a noun right before them ("billionaires
/// *like* Trump", "alguien *como* Musk", "des dirigeants *comme* Orbán"):
/// the name is an example of the noun, not a clause's subject.
pub(super) fn is_comparison(word: &str) -> bool {
    with_lower(word, |w| ["like", "como", "come", "comme"].contains(&w))
}

/// The article and lower-case modifiers that open a subject written after
/// its verb ("said *a grave-looking* Spanish Prime Minister …", "said *the
/// visibly moved* Sánchez"): their length, when a capitalised word follows
/// them; 0 otherwise ("said the talks were …").
pub(super) fn modifiers_len(words: &[Word]) -> usize {
    const MAX_MODIFIERS: usize = 2;
    let Some(article) = words.first() else {
        return 0;
    };
    if !["a", "an", "the"].contains(&article.text) {
        return 0;
    }
    let modifiers = words[1..]
        .iter()
        .take(MAX_MODIFIERS)
        // "said the leader of Green Dawn": a preposition ends them; what
        // it governs belongs to the noun before it, no subject's name.
        .take_while(|w| w.text.starts_with(char::is_lowercase) && !is_preposition(w.text))
        .count();
    let capital_next = words
        .get(1 + modifiers)
        .is_some_and(|w| w.text.starts_with(char::is_uppercase));
    if modifiers > 0 && capital_next {
        1 + modifiers
    } else {
        0
    }
}

/// French narrative infinitive after "et", `words` from the coordinator
/// ("Et de conclure : « … »", "Et d'ajouter : …"): the sentence before's
/// subject goes on speaking.
pub(super) fn is_narrative_infinitive(words: &[Word]) -> bool {
    const INFINITIVES: &[&str] = &[
        "conclure",
        "ajouter",
        "poursuivre",
        "préciser",
        "insister",
        "souligner",
        "lancer",
        "résumer",
        "rappeler",
        "marteler",
        "prévenir",
        "avertir",
        "expliquer",
        "renchérir",
        "enchaîner",
        "répondre",
        "ironiser",
        "trancher",
        "asséner",
        "affirmer",
        "assurer",
    ];
    let verb = match words {
        [and, ..] if !is_coordinator(and.text) => return false,
        [_, de, verb, ..] if with_lower(de.text, |w| w == "de" || w == "d") => verb.text,
        [_, elided, ..] => match elided.text.split_once(['\'', '’']) {
            Some((d, verb)) if with_lower(d, |w| w == "d") => verb,
            _ => return false,
        },
        _ => return false,
    };
    with_lower(verb, |w| INFINITIVES.contains(&w))
}

/// A reporting verb of a language that drops subject pronouns (Italian,
/// Spanish, Portuguese, Romanian, Polish, Russian, Ukrainian): with no
/// subject written, it reports the person a pronoun would name.
pub(super) fn drops_subject(word: &str) -> bool {
    crate::text::speech::is_pro_drop_verb(word)
}

/// Words that set a clause against the one before it ("X called it “…”,
/// *while* Y …"): the clause after one has a subject of its own.
pub(super) fn is_contrast_link(word: &str) -> bool {
    with_lower(word, |w| {
        [
            "while", "whereas", "but", "tandis", "mentre", "mientras", "während", "enquanto",
        ]
        .contains(&w)
    })
}

/// Words that join a clause to the one before it rather than name a subject.
pub(super) fn is_clause_link(word: &str) -> bool {
    // All the links are ASCII, and no other word lower-cases to one of them
    // (only the Kelvin sign lower-cases to ASCII, and no link has a "k"), so
    // ASCII words are lower-cased on the stack.
    let mut buf = [0u8; 8];
    let Some(lower) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"and"
            | b"but"
            | b"or"
            | b"while"
            | b"before"
            | b"after"
            | b"then"
            | b"as"
            | b"with"
            | b"that"
            | b"who"
            | b"which"
            | b"when"
            | b"whereas"
            | b"also"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_ignore_case_without_allocating() {
        assert!(is_speech_verb("said") && is_speech_verb("SAID") && is_speech_verb("Said"));
        assert!(!is_speech_verb("sad") && !is_speech_verb(&"S".repeat(40)));
        for w in ["and", "AND", "Whereas", "also"] {
            assert!(is_clause_link(w), "{w}");
        }
        for w in ["", "andy", "a", "ＡＮＤ", "whereasx", "Ａnd", "ΑND"] {
            assert!(!is_clause_link(w), "{w}");
        }
    }
}
