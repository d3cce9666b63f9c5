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
        for (_, nouns) in ROLE_NOUNS {
            for n in *nouns {
                assert_eq!(*n, crate::text::fold::lower(n), "{n} is not lower case");
            }
        }
    }
}
