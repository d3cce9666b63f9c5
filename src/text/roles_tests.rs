use super::*;

#[test]
fn role_nouns_of_every_language_name_one_role() {
    assert_eq!(role_of("pontiff"), Some("pope"));
    assert_eq!(role_of("Pope"), Some("pope"));
    assert_eq!(role_of("Kanzler"), Some("chancellor"));
    assert_eq!(role_of("канцлер"), Some("chancellor"));
    assert_eq!(role_of("monarch"), role_of("King"));
    assert_eq!(role_of("said"), None);
    assert_eq!(role_of("Kremlchef"), Some("head"));
    assert_eq!(role_of("Regierungssprecherin"), Some("spokesperson"));
    assert_eq!(role_of("US-Präsident"), Some("president"));
    assert_eq!(role_of("Nato-Generalsekretär"), Some("secretary"));
    assert_eq!(role_of("Ex-Kanzler"), None);
    assert_eq!(role_of("Altkanzlerin"), None);
    assert!(is_german_compound_title("Ex-Kanzler") && is_german_compound_title("Altkanzlerin"));
    assert!(!is_german_compound_title("Speaking"));
    // A role word that is only the end of a common word ("Speaking",
    // "Mischief") or a short name ("Schef") titles no one.
    assert_eq!(role_of("Speaking"), None);
    assert_eq!(role_of("Mischief"), None);
    assert_eq!(role_of("Schef"), None);
    assert_eq!(role_of("kremlchef"), None);
    assert_eq!(compound_stem("US-Präsident"), Some("US"));
    assert_eq!(compound_stem("Kremlchefin"), Some("Kreml"));
    assert_eq!(compound_stem("Regierungssprecher"), Some("Regierungs"));
    assert_eq!(compound_stem("Sprecher"), None);
    assert_eq!(
        country_of("russe"),
        country_of("Russian".to_lowercase().as_str())
    );
    assert_eq!(country_of("сша"), country_of("us"));
    assert_eq!(country_of("russlands"), country_of("rusiei"));
    assert_eq!(country_of("eeuu"), Some("us"));
    assert_eq!(role_of("vice-président"), role_of("Vicepresidenta"));
    assert_ne!(role_of("vice-president"), role_of("president"));
    assert_eq!(role_of("Selecionador"), role_of("coach"));
    assert_eq!(role_of("căpitanul"), role_of("captain"));
    assert!(stands_for_the_subject("captain") && !stands_for_the_subject("president"));
    assert!(carries_article("antrenorul") && carries_article("Căpitanul"));
    assert!(!carries_article("coach") && !carries_article("consul"));
    assert_eq!(role_of_pair("Holy", "Father"), Some("pope"));
    assert_eq!(role_of_pair("his", "father"), None);
    assert_eq!(
        role_of_pair("First", "Lady"),
        role_of_pair("primera", "dama")
    );
    assert_eq!(role_of_pair("old", "lady"), None);
    assert_eq!(country_of("american"), country_of("us"));
    assert_eq!(country_of("liverpool"), None);
    assert_eq!(role_of("канцлером"), None);
    assert_eq!(role_of_any_case("канцлером"), Some("chancellor"));
    assert_eq!(headed_by("Gouvernement"), Some("government"));
    assert_eq!(headed_by("État"), Some("state"));
    assert_eq!(headed_by("Russia"), None);
    assert!(fills("chancellor", "government") && fills("government", "prime"));
    assert!(fills("king", "state") && !fills("chancellor", "state"));
    assert!(!fills("president", "government") && fills("pope", "pope"));
    // "глава МВС", "le chef de la diplomatie": whoever heads a ministry.
    assert_eq!(headed_by("МВС"), Some("ministry"));
    assert!(fills("minister", "ministry") && fills("secretary", "ministry"));
    assert!(!fills("president", "ministry"));
    assert!(is_epithet("responsable") && is_epithet("Patronne") && is_epithet("candidate"));
    assert!(!is_epithet("parquet") && !is_epithet("portavoz"));
    assert!(is_epithet_adjective("ancienne") && is_epithet("líder"));
    assert!(is_epithet("CDU-Politiker") && is_epithet("SPD-Chefin"));
    assert!(!is_epithet("Nato-Chef") && !is_epithet("US-Präsident"));
    assert!(is_bare_epithet("Prezes") && !is_bare_epithet("prezydent"));
    for w in epithets::EPITHETS
        .iter()
        .chain(epithets::EPITHET_ADJECTIVES)
        .chain(epithets::BARE_EPITHETS)
    {
        assert_eq!(*w, crate::text::fold::lower(w), "{w} is not lower case");
    }
    for (_, nouns) in ROLE_NOUNS.iter().chain(OBLIQUE_ROLE_NOUNS).chain(HEADED) {
        for n in *nouns {
            assert_eq!(*n, crate::text::fold::lower(n), "{n} is not lower case");
        }
    }
}

#[test]
fn a_governor_is_a_role_in_every_language() {
    for noun in [
        "governor",
        "Gouverneur",
        "gobernadora",
        "governatore",
        "governador",
        "губернатор",
    ] {
        assert_eq!(role_of(noun), Some("governor"), "{noun}");
    }
    // The oblique case titles a name but stands for no subject.
    assert_eq!(role_of("губернатора"), None);
    assert_eq!(role_of_any_case("губернатора"), Some("governor"));
    assert!(is_english_role("governor") && !is_english_role("gobernador"));
}
