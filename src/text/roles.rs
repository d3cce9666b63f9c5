//! Role nouns per language: the words that stand for a person the article
//! names elsewhere ("the chancellor", "der Kanzler", "канцлер", "il
//! pontefice"), and the one role each stands for across synonyms and
//! languages, so "the pontiff" finds the person named "Pope …".

use std::sync::LazyLock;

use crate::fast_hash::FastMap;
use crate::text::fold::with_lower;

/// Role nouns (lower case), each with the role it stands for.
#[rustfmt::skip]
const ROLE_NOUNS: &[(&str, &[&str])] = &[
    ("president", &["president", "président", "presidente", "präsident", "präsidenten",
        "staatschef", "mandatario", "președintele", "presedintele", "președinte", "президент",
        "prezydent", "prezydenta"]),
    ("chancellor", &["chancellor", "kanzler", "bundeskanzler", "chancelier", "cancelliere",
        "canciller", "chanceler", "cancelarul", "канцлер", "kanclerz"]),
    ("prime", &["premier", "premierul", "премьер", "прем'єр", "прем’єр", "regierungschef"]),
    ("minister", &["minister", "ministre", "ministro", "ministrul", "министр", "міністр"]),
    ("leader", &["leader", "líder", "liderul", "лидер", "лідер", "lider", "dirigeant"]),
    ("head", &["head", "chief", "chef", "capo", "jefe", "chefe", "șeful", "глава", "голова",
        "szef"]),
    ("pope", &["pope", "pontiff", "papst", "pape", "papa", "pontefice", "pontífice", "папа",
        "понтифик", "papież"]),
    ("king", &["king", "monarch", "könig", "roi", "rey", "regele", "король",
        "król"]),
    ("queen", &["queen", "königin", "reine", "regina", "reina", "rainha", "королева"]),
    ("spokesperson", &["spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin",
        "porte-parole", "portavoce", "portavoz", "porta-voz", "purtătorul", "пресс-секретарь",
        "речник", "rzecznik"]),
    ("candidate", &["candidate", "kandidat", "candidat", "candidato", "candidatul", "кандидат",
        "kandydat"]),
    ("coach", &["coach", "manager", "trainer", "entraîneur", "technicien", "allenatore",
        "tecnico", "entrenador", "técnico", "treinador", "antrenorul", "тренер", "trener"]),
    ("ceo", &["ceo"]),
    // A national side's coach is its selector in the Romance languages.
    ("coach", &["selecionador", "seleccionador", "sélectionneur", "selezionatore", "selecționerul",
        "selecţionerul", "bundestrainer"]),
    ("captain", &["captain", "skipper", "capitão", "capitán", "capitaine", "capitano", "căpitanul",
        "kapitän", "kapitan", "капитан", "капітан"]),
    ("player", &["player", "jogador", "jugador", "joueur", "giocatore", "jucătorul", "spieler",
        "игрок", "гравець", "zawodnik", "piłkarz", "futbolista", "calciatore", "fotbalistul"]),
    ("forward", &["striker", "forward", "avançado", "atacante", "delantero", "attaquant",
        "attaccante", "atacantul", "stürmer", "нападающий", "нападник", "napastnik"]),
    ("judge", &["judge", "richter", "juge", "giudice", "juez", "juiz", "judecătorul", "судья",
        "суддя", "sędzia"]),
];

static ROLE_OF: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    ROLE_NOUNS
        .iter()
        .flat_map(|&(role, nouns)| nouns.iter().map(move |&n| (n, role)))
        .collect()
});

/// The English role nouns: English qualifies a role before the noun ("the
/// German chancellor"), where Romance languages qualify it after ("il
/// cancelliere tedesco").
#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "president", "chancellor", "premier", "minister", "leader", "head", "chief", "pope",
    "pontiff", "king", "monarch", "queen", "spokesman", "spokeswoman", "spokesperson",
    "candidate", "coach", "manager", "judge", "ceo",
];

/// Whether `word` is an English role noun.
pub fn is_english_role(word: &str) -> bool {
    with_lower(word, |w| ENGLISH.contains(&w))
}

/// The role a noun stands for ("pontiff" → "pope", "Kanzler" → "chancellor"),
/// or `None` for a word that is no role noun.
pub fn role_of(word: &str) -> Option<&'static str> {
    with_lower(word, |w| ROLE_OF.get(w).copied())
}

/// Roles of a team's people. A report on one player or coach calls them
/// "the captain" or "o avançado" without ever writing the role before
/// their name, so such a role with no named holder is read like a pronoun.
pub fn stands_for_the_subject(role: &str) -> bool {
    matches!(role, "captain" | "player" | "forward" | "coach")
}

/// Whether a role noun carries its definite article as a suffix
/// (Romanian "antrenorul", "căpitanul"), so it needs no article word.
pub fn carries_article(word: &str) -> bool {
    role_of(word).is_some() && with_lower(word, |w| w.ends_with("ul") || w.ends_with("le"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_nouns_of_every_language_name_one_role() {
        assert_eq!(role_of("pontiff"), Some("pope"));
        assert_eq!(role_of("Pope"), Some("pope"));
        assert_eq!(role_of("Kanzler"), Some("chancellor"));
        assert_eq!(role_of("канцлер"), Some("chancellor"));
        assert_eq!(role_of("monarch"), role_of("King"));
        assert_eq!(role_of("said"), None);
        assert_eq!(role_of("Selecionador"), role_of("coach"));
        assert_eq!(role_of("căpitanul"), role_of("captain"));
        assert!(stands_for_the_subject("captain") && !stands_for_the_subject("president"));
        assert!(carries_article("antrenorul") && carries_article("Căpitanul"));
        assert!(!carries_article("coach") && !carries_article("consul"));
        for (_, nouns) in ROLE_NOUNS {
            for n in *nouns {
                assert_eq!(*n, crate::text::fold::lower(n), "{n} is not lower case");
            }
        }
    }
}
