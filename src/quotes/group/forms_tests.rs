//! The forms' tests (kept apart to keep `forms.rs` short).
use super::*;

#[test]
fn synonym_pairs_are_the_listed_words_present_in_any_inflection() {
    let mut cache = StemCache::default();
    let mut vocab: FastMap<u64, WordId> = FastMap::default();
    for (id, word) in ["issues", "problem", "attempted", "weather"]
        .into_iter()
        .enumerate()
    {
        vocab.insert(cache.word_keys_of(word)[0], id as WordId);
    }
    // "try" is listed with "attempt", but no form says it.
    assert_eq!(synonym_pairs(|k| vocab.get(&k).copied()), [(0, 1)]);
}

#[test]
fn a_form_is_led_by_the_speaker_of_nearly_all_its_units() {
    let (a, b) = (PersonId::new(0), PersonId::new(1));
    // One copy of six given to the wrong person: still a's.
    assert_eq!(lead_speaker(&[a, a, a, a, a, b]), Some(a));
    // A phrase two people each said is neither's.
    assert_eq!(lead_speaker(&[a, a, a, b, b]), None);
    assert_eq!(lead_speaker(&[]), None);
}
