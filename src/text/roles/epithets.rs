//! Epithets: the nouns a report re-describes the person it is about with
//! ("la responsable d'extrême droite", "ha detto il tycoon", "der
//! CDU-Politiker"), which stand for that person though no one is named
//! with them as a title.

use super::role_of;
use crate::text::fold::with_lower;

/// Nouns that describe a person in politics or sport without being a title
/// anyone is named with ("la *responsable* d'extrême droite", "la
/// *patronne* des députés", "la *dirigente* socialista"): after its verb,
/// such an epithet stands for the person the report is about.
#[rustfmt::skip]
pub(super) const EPITHETS: &[&str] = &[
    "responsable", "responsabile", "responsável", "patron", "patronne", "dirigeant", "dirigeante",
    "dirigente", "élu", "élue", "député", "députée", "eurodéputé", "eurodéputée", "diputado",
    "diputada", "deputato", "deputata", "político", "política", "politico", "esponente",
    "mandataria",
    // A rich businessman in politics ("ha detto il tycoon", "a ajouté le
    // milliardaire"): the press's epithet for the one such person a story
    // is about.
    "tycoon", "magnate", "milliardaire", "miliardario", "milliardär", "multimillonario",
    // A member of a party family ("ha subrayado el republicano", "declarou
    // o republicano", "a ajouté le socialiste"): the press's re-description
    // of the politician a story is about.
    "republicano", "republicana", "repubblicano", "repubblicana", "républicain", "républicaine",
    "republicanul", "demócrata", "democrata", "démocrate", "democratico", "democratica",
    "conservador", "conservadora", "conservatore", "conservatrice", "conservateur",
    "socialista", "socialiste", "laborista", "laburista", "travailliste",
];

/// Epithets of a language without articles (Polish): "– stwierdził
/// *prezes* IPN" needs no "the" to describe the person quoted.
#[rustfmt::skip]
pub(super) const BARE_EPITHETS: &[&str] = &[
    "prezes", "prezeska", "kandydat", "kandydatka", "lider", "liderka", "szef", "szefowa",
    "polityk", "poseł", "posłanka", "przewodniczący", "przewodnicząca",
];

/// Whether `word` is an epithet that stands without an article ("prezes").
pub fn is_bare_epithet(word: &str) -> bool {
    with_lower(word, |w| BARE_EPITHETS.contains(&w))
}

/// Adjectives that may stand between the article and an epithet ("l'*ancienne*
/// candidate", "el *principal* candidato", "la *nueva* presidenta").
#[rustfmt::skip]
pub(super) const EPITHET_ADJECTIVES: &[&str] = &[
    "ancien", "ancienne", "ex", "nouveau", "nouvelle", "futur", "future", "actuel", "actuelle",
    "nuevo", "nueva", "antiguo", "antigua", "actual", "principal", "máximo", "máxima", "nuovo",
    "nuova", "attuale", "futuro", "futura", "novo", "nova", "atual", "fostul", "fosta", "noul",
    // French writes "nouveau" as "nouvel" before a vowel ("le nouvel élu"),
    // and the winner of a vote is "l'heureux élu".
    "nouvel", "heureux", "heureuse",
];

/// Whether `word` describes a person as an epithet does: one of the
/// [`EPITHETS`], or a candidate or leader. Other roles with no holder named
/// are someone else ("dijo el portavoz del partido").
pub fn is_epithet(word: &str) -> bool {
    matches!(role_of(word), Some("candidate" | "leader"))
        || with_lower(word, |w| EPITHETS.contains(&w))
        || is_party_epithet(word)
        || is_german_person_noun(word)
}

/// A German noun for the person a report is about that names no office:
/// a compound for a prize winner or a winner ("der
/// Friedensnobelpreisträger", "die Wahlsiegerin"), or "der Mann" / "die
/// Frau" itself. German compounds freely, so the noun is known by its tail;
/// the capital tells a German noun from a word of another language.
fn is_german_person_noun(word: &str) -> bool {
    const TAILS: &[&str] = &[
        "preisträger",
        "preisträgerin",
        "sieger",
        "siegerin",
        "gewinner",
        "gewinnerin",
        "milliardär",
        "milliardärin",
    ];
    const WHOLE: &[&str] = &["mann", "frau"];
    word.starts_with(char::is_uppercase)
        && with_lower(word, |w| {
            WHOLE.contains(&w) || TAILS.iter().any(|t| w.ends_with(t))
        })
}

/// A German party compound ("der CDU-Politiker", "die SPD-Chefin", "der
/// AfD-Vorsitzende"): an acronym, a hyphen and a noun for its politician
/// or leader describe the person the report is about.
fn is_party_epithet(word: &str) -> bool {
    const PARTY_NOUNS: &[&str] = &[
        "politiker",
        "politikerin",
        "chef",
        "chefin",
        "vorsitzende",
        "vorsitzender",
        "spitzenkandidat",
        "spitzenkandidatin",
        "mann",
        "frau",
    ];
    let Some((party, noun)) = word.split_once('-') else {
        return false;
    };
    (2..=5).contains(&party.len())
        && party.bytes().all(|b| b.is_ascii_uppercase())
        && with_lower(noun, |n| PARTY_NOUNS.contains(&n))
}

/// Whether `word` is an adjective that may precede an epithet ("ancienne").
pub fn is_epithet_adjective(word: &str) -> bool {
    with_lower(word, |w| EPITHET_ADJECTIVES.contains(&w))
}
