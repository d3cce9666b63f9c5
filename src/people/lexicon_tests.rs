//! Tests of the word lists ([`super`]).

use super::*;

fn is_role_head(word: &str) -> bool {
    lookup(word) & ROLE_HEAD != 0
}

fn is_lower_role(word: &str) -> bool {
    exact(word) & LOWER_ROLE != 0
}

fn is_not_name(word: &str) -> bool {
    lookup(word) & NOT_NAME != 0
}

fn is_not_person_head(word: &str) -> bool {
    lookup(word) & NOT_PERSON != 0
}

#[test]
fn each_list_keeps_its_own_case_rule() {
    // Particles only as written in lower case.
    assert!(is_particle("von") && !is_particle("Von") && !is_particle("VON"));
    // Lower roles as written or capitalised, never folded.
    assert!(is_lower_role("aide") && is_lower_role("Aide") && !is_lower_role("AIDE"));
    // The other lists fold all-caps and camel-case words.
    assert!(is_not_name("US") && is_not_name("Us") && is_not_name("us"));
    assert!(is_role_head("PRESIDENT") && is_not_person_head("NeWs"));
    assert!(!is_role_head("Presidency") && !is_not_name("Zelensky"));
    // One list of place and body heads, English and the others' words.
    assert!(is_not_person_head("Harbour") && is_not_person_head("Stadion"));
    assert!(is_role_head("Kremlsprecher") && is_role_head("US-Präsident"));
    // German abstract nouns end a person's run; short names do not.
    assert!(is_not_person_head("Amtseinführung") && is_not_person_head("Bundesregierung"));
    assert!(is_not_person_head("Freiheit") && is_not_person_head("Mannschaft"));
    assert!(!is_not_person_head("Jung") && !is_not_person_head("Hartung"));
    assert!(is_not_person_head("Prezydenckie") && is_not_person_head("Europejskie"));
    assert!(!is_not_person_head("Mackie") && !is_not_person_head("Kowalski"));
    // A plural agent noun names a group; a given name's genitive does not.
    for group in [
        "Сторонники",
        "Співробітники",
        "Представители",
        "Zwolennicy",
        "Przedstawiciele",
    ] {
        assert!(is_not_person_head(group), "{group}");
    }
    for name in ["Вероники", "Моники", "Церетели", "Ники", "Weroniki"] {
        assert!(!is_not_person_head(name), "{name}");
    }
    assert!(!is_not_name("") && !is_particle(""));
    // All-caps function words of the other languages, listed only
    // capitalised, fold to that form ("IL LANCIO", "PER ORA"); the
    // ones that also write a surname ("DE", "LE") are not listed.
    assert!(is_not_name("IL") && is_not_name("PER") && is_not_name("ÜBER"));
    assert!(!is_not_name("DE") && !is_not_name("LE") && !is_not_name("LANCIO"));
    // A folded all-caps particle is not a particle; non-ASCII folds too.
    assert_eq!(lookup("VON") & PARTICLE, 0);
    assert!(!is_not_name(&"X".repeat(40)));
    assert_eq!(lower_case("von"), PARTICLE);
    assert_eq!(lower_case("aide") & LOWER_ROLE, LOWER_ROLE);
    assert_eq!(lower_case("said") & (PARTICLE | LOWER_ROLE), 0);
}

#[test]
fn particles_and_lower_roles_are_plain_lower_case_words() {
    // The name scanner classifies lower-case words by these lists alone,
    // before any digit or full-stop test: that holds only if none has one.
    for word in PARTICLES.iter().chain(CORE_LOWER_ROLES) {
        assert!(word.bytes().all(|b| b.is_ascii_lowercase()), "{word}");
        assert!(word.len() < 64);
    }
    // The other languages' roles: lower-case letters, a hyphen or an
    // apostrophe ("porte-parole", "прем'єр"), never a digit or full stop.
    for word in markers::LOWER_ROLES
        .iter()
        .chain(markers::LOWER_ROLES_ABROAD)
        .chain(markers::LOWER_ROLES_ROMANCE)
        .chain(markers::LOWER_KIN_ABROAD)
    {
        assert!(
            word.chars()
                .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’')),
            "{word}"
        );
        assert!(word.len() < 64);
    }
}
