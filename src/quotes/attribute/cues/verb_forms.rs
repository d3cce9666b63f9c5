//! Verb forms around a reporting clause that are not its reporting verb:
//! participles and gerunds that set the scene ("Speaking to reporters, …",
//! "Interrogée sur …"), an opening preposition's phrase, passive
//! auxiliaries and verbs of going on ("continued to work").

use crate::quotes::attribute::words::Word;
use crate::text::fold::with_lower;
use crate::text::speech;

/// A capitalised participle opening its sentence ("*Speaking* to reporters
/// on Friday, …", "*Asked* about …", "*Interrogée* sur …"): it sets the
/// scene, the reporting verb comes later.
pub(in crate::quotes::attribute) fn is_opening_participle(word: &str) -> bool {
    let english = word.is_ascii()
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && (word.ends_with("ing") || word.ends_with("ed"));
    english || (word.starts_with(char::is_uppercase) && speech::is_asked_participle(word))
}

/// A past participle followed by its agent, an adverb perhaps between
/// ("*Flanked* by", "*Applaudito calorosamente* dalla", "*Acompañado* por",
/// "*Entouré* de", "*Însoțit* de", "*Begleitet* von", "*Otoczony* przez"),
/// any case: `words` are the participle and the words after it. The names
/// in its phrase acted on the subject ("Flanked by X and Y, Reyes said
/// …"), they are not it.
pub(in crate::quotes::attribute) fn opens_agent_phrase(words: &[&str]) -> bool {
    /// Shorter words ending so are names or other words ("Ted", "Rita").
    const MIN_CHARS: usize = 6;
    let (participle, agent) = match words {
        [p, adverb, agent, ..] if is_manner_adverb(adverb) => (p, agent),
        [p, agent, ..] => (p, agent),
        _ => return false,
    };
    if participle.chars().count() < MIN_CHARS && !participle.eq_ignore_ascii_case("led") {
        return false;
    }
    with_lower(participle, |w| {
        with_lower(agent, |n| {
            AGENT_PARTICIPLES.iter().any(|(endings, agents)| {
                endings.iter().any(|e| w.ends_with(e)) && agents.contains(&n)
            })
        })
    })
}

/// An adverb of manner ("warmly", "calorosamente", "chaleureusement").
fn is_manner_adverb(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && word.chars().count() > 5
        && (word.ends_with("ly") || word.ends_with("mente") || word.ends_with("ment"))
}

/// Past-participle endings and the prepositions that introduce their
/// agent, by language family, lower case. French "-i"/"-u" forms take
/// "par" only: "Lundi de …" is a day.
#[rustfmt::skip]
const AGENT_PARTICIPLES: &[(&[&str], &[&str])] = &[
    (&["ed"], &["by"]),
    (&["ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"],
     &["da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall"]),
    (&["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"],
     &["por", "pelo", "pela", "pelos", "pelas", "de", "del"]),
    (&["é", "ée", "és", "ées"], &["par", "de"]),
    (&["i", "ie", "is", "u", "ue", "us"], &["par"]),
    (&["at", "ată", "it", "ită", "ut", "ută", "ați"], &["de"]),
    (&["et", "iert"], &["von", "vom"]),
    (&["ny", "na", "ty", "ta"], &["przez"]),
];

/// An English auxiliary of the passive ("was asked", "had been pressed").
pub(in crate::quotes::attribute) fn is_passive_auxiliary(word: &str) -> bool {
    ["was", "were", "is", "are", "been", "being", "be"].contains(&word)
}

/// A gerund or participle opening a sentence in any language ("Speaking
/// to …", "Adresându-se cancelarului …", "Hablando con …", "Виступаючи
/// перед …"): a name before its comma is its object, not the subject.
pub(in crate::quotes::attribute) fn is_opening_gerund(word: &str) -> bool {
    /// A French present participle ("*Portant* un costume …, Xi …") is
    /// longer than the prepositions "Avant" and "Devant".
    const FRENCH_PARTICIPLE_CHARS: usize = 6;
    let french = word.ends_with("ant") && word.chars().count() > FRENCH_PARTICIPLE_CHARS;
    word.starts_with(char::is_uppercase) && (is_gerund(word) || french)
}

/// A gerund or participle in any language, whatever its case ("speaking",
/// "hablando", "adresându-se"): a name right after it is its object.
pub(in crate::quotes::attribute) fn is_gerund(word: &str) -> bool {
    let stem = word.split('-').next().unwrap_or(word);
    // English: "-ing" words of some length ("King", "Beijing", "Sterling"
    // are names, but a reporting verb in "-ling" is a gerund: "*Calling*
    // the tax a disgrace, Varga …"); in every language, the participles of
    // being asked ("Asked about …", "Interrogée sur …").
    let english = stem.is_ascii()
        && stem.len() > 6
        && stem.ends_with("ing")
        && (!stem.ends_with("ling") || speech::is_speech_verb(stem));
    english
        || speech::is_asked_participle(stem)
        || speech::is_enclitic_gerund(stem)
        || with_lower(stem, |w| {
            // Before a clitic's hyphen ("adresându-se") and the Russian
            // adjectival participles ("-ая", "-яя").
            const EXTRA_ENDINGS: &[&str] = &["ându", "indu", "iendo", "ая", "яя"];
            GERUND_ENDINGS
                .iter()
                .chain(EXTRA_ENDINGS)
                .any(|s| w.ends_with(s) && w.chars().count() > s.chars().count() + 2)
        })
}

/// Gerund endings of the Romance languages, Romanian and the East Slavic
/// ones, shared by [`is_gerund`] and [`is_participle`] (each adds its own).
/// Not the Russian "-в" ("отметив"): the Ukrainian past tense ends so too
/// ("заявив").
const GERUND_ENDINGS: &[&str] = &["ando", "endo", "ând", "ind", "ючи", "учи", "ачи", "вши"];

/// A preposition of time or place opening a sentence ("*Après* l'annonce
/// de Macron, …", "*Tras* reunirse con Sánchez, …", "*Depuis* le QG de
/// Bardella, …"): the names in its phrase are not the sentence's subject.
pub(in crate::quotes::attribute) fn is_opening_preposition(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && with_lower(word, |w| {
            [
                "after",
                "before",
                "following",
                "during",
                "amid",
                "après",
                "avant",
                "depuis",
                "lors",
                "dès",
                "pendant",
                "tras",
                "después",
                "antes",
                "durante",
                "desde",
                "dopo",
                "prima",
                "após",
                "depois",
                "după",
                "înainte",
                "nach",
                "während",
                "seit",
            ]
            .contains(&w)
        })
}

/// A preposition of place or medium opening a sentence ("*In* a post on
/// Truth Social, Trump …", "*Dans* un message sur X, Macron …", "*W*
/// wywiadzie dla TVN, Tusk …"). Unlike [`is_opening_preposition`], such a
/// phrase may also lead into its subject with no comma ("In Moscow Putin
/// said"), so only a phrase closed by a comma is passed over. Not "la",
/// which is the Romance article too ("La ministra, Rachida Dati, …").
pub(in crate::quotes::attribute) fn is_scene_preposition(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && with_lower(word, |w| {
            [
                "in", "on", "at", "dans", "sur", "en", "nel", "nella", "su", "sul", "sulla", "em",
                "no", "na", "im", "auf", "bei", "w", "we", "в", "во", "на", "у", "în", "pe",
            ]
            .contains(&w)
        })
}

/// A capitalised conjunction opening a subordinate clause before the
/// main one ("*As* he spoke, Reyes posted …", "*Quand* elle a parlé, …",
/// "*Mientras* hablaba, …"): a pronoun or name before its comma belongs
/// to that clause, the sentence's subject comes after it.
pub(in crate::quotes::attribute) fn is_opening_conjunction(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && with_lower(word, |w| SUBORDINATORS.contains(&w))
}

/// A conjunction inside a sentence opening a subordinate clause with a
/// subject of its own ("X predicted it, *because* Y took …"); not "as",
/// "since" or "once", which also open phrases ("as well as", "since
/// May"). The caller checks that a subject follows.
pub(in crate::quotes::attribute) fn is_inner_subordinator(word: &str) -> bool {
    with_lower(word, |w| {
        SUBORDINATORS.contains(&w) && !matches!(w, "as" | "since" | "once")
    })
}

/// Whether `word` (any case) is a conjunction opening a subordinate clause
/// ("as", "when", "quand"), inside a sentence or opening it.
pub(in crate::quotes::attribute) fn is_subordinating_conjunction(word: &str) -> bool {
    with_lower(word, |w| SUBORDINATORS.contains(&w))
}

/// Conjunctions opening a subordinate clause, lower case.
#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "as", "when", "while", "whilst", "because", "although", "though", "since", "once",
    "whereas", "quand", "lorsque", "tandis", "quando", "mentre", "cuando", "mientras",
    "enquanto",
];

/// English prepositions after which a reporting word is a noun or a
/// modifier ("on *state* media", "in *comments* to", "by *post*"): "to",
/// which opens an infinitive ("declined to comment"), is not one of them.
pub(in crate::quotes::attribute) fn is_english_preposition(word: &str) -> bool {
    [
        "on", "in", "at", "from", "by", "via", "with", "into", "onto", "over", "under", "upon",
        "about", "during", "without", "through", "across",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// A present participle or gerund of a reporting verb ("saying",
/// "affermando", "prometiendo", "déclarant", "spunând", "podkreślając",
/// "наголошуючи"): its subject is the subject of the clause it hangs on
/// ("X criticised Y, saying"), not the nearest name before it. Asked of
/// reporting verbs only, so a noun's ending ("important") is never read.
pub(in crate::quotes::attribute) fn is_participle(word: &str) -> bool {
    /// Portuguese "-indo", French "-ant", Polish "-ąc", Ukrainian "-ячи":
    /// safe here, where only reporting verbs are asked.
    const EXTRA_ENDINGS: &[&str] = &["indo", "ant", "ąc", "ячи"];
    if word.is_ascii() && word.len() > 4 && word.ends_with("ing") {
        return true;
    }
    speech::is_enclitic_gerund(word)
        || word.chars().count() > 5
            && with_lower(word, |w| {
                GERUND_ENDINGS
                    .iter()
                    .chain(EXTRA_ENDINGS)
                    .any(|e| w.ends_with(e))
            })
}

/// English verbs of going on ("continued", "went on") that report words
/// when they stand alone but a deed before "to" ("continued to work").
pub(in crate::quotes::attribute) fn is_aspect_verb(word: &str) -> bool {
    ["continue", "continues", "continued", "on"].contains(&word)
}

/// Auxiliaries of a compound past between "and" and its participle ("și
/// *a* acuzat", "et *a* déclaré", "e *ha* detto", "y *ha* dicho", "and
/// *has* said").
const PERFECT_AUXILIARIES: &[&str] = &["a", "au", "ont", "ha", "han", "hanno", "has", "have"];

/// Whether `word` is one of [`PERFECT_AUXILIARIES`] ("*a* commencé").
pub(in crate::quotes::attribute) fn is_perfect_auxiliary(word: &str) -> bool {
    with_lower(word, |w| PERFECT_AUXILIARIES.contains(&w))
}

/// Whether the verb at `words[k]` is coordinated with the clause before it
/// ("X criticised the ruling *and said*", "X a calificat … *și a acuzat*
/// judecătorul Y"): it shares that clause's subject, so a name after it is
/// its object, not an inverted subject. Not the Romance "si", which is
/// also a reflexive ("si è detto") or "if".
pub(in crate::quotes::attribute) fn is_coordinated(words: &[Word], k: usize) -> bool {
    let and_at = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| super::is_coordinator(w.text) && !w.text.eq_ignore_ascii_case("si"))
    };
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    and_at(before) || (before > 0 && is_perfect_auxiliary(words[before].text) && and_at(before - 1))
}

/// Nouns of a medium that "state" modifies as a noun ("state media",
/// "state television"), lower case: there it is no reporting verb.
pub(in crate::quotes::attribute) fn is_state_medium(word: &str) -> bool {
    with_lower(word, |w| STATE_MEDIA.contains(&w))
}

#[rustfmt::skip]
const STATE_MEDIA: &[&str] = &[
    "media", "television", "tv", "broadcaster", "news", "radio", "agency", "channel",
    "newspaper", "outlet", "outlets", "press", "broadcast", "broadcasts",
];
