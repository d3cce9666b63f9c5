//! One-word names that no full name of the corpus explains, founded as
//! people when they speak a quotation: news writes mononyms ("Lula",
//! "Vitinha") and the surnames of people it takes to be known ("«…», ha
//! detto Lavrov") without ever giving a first name.
//!
//! Only the speaker slot of an inverted reporting clause right after the
//! quotation founds one (`“…,” said Okonkwo`, `«…», a déclaré Okonkwo`,
//! `«…», — заявил Оконкво`): a subject before its verb is as often an
//! outlet, a capital or a body ("Reuters said", "Moscow insists"), while an
//! institution after an inverted verb takes an article ("said the Kremlin",
//! "ha detto il Cremlino"). A word the corpus writes after a definite
//! article anywhere is a body's name, and a word followed by another
//! capitalised word or a possessive ("said Moscow's envoy", "sagte Russlands
//! Außenminister") is a modifier: neither founds anyone. Places and
//! capitals-only words are left to [`super::evidence`], which drops them.

use super::candidate::Candidate;
use super::evidence::{BEFORE_VERB, DEFINITE_ARTICLES};
use super::merge::Found;
use super::place_words::word_before_space;
use super::surnames::{Root, edit_distance};
use crate::corpus::Corpus;
use crate::fast_hash::{FastMap, FastSet};
use crate::text::inflection::name_key;
use crate::text::speech;
use crate::text::words::{is_word_char, last_word};
use crate::union_find::UnionFind;

/// Quotation marks that close a quotation in the languages read (German
/// closes with `“`, some write `‘…’` or straight marks).
const CLOSING_MARKS: &[char] = &['"', '”', '»', '“', '’', '\'', '›'];

/// Auxiliaries an inverted verb may take before it ("ha detto", "a
/// déclaré", "has said"), at most this many.
const MAX_AUXILIARIES: usize = 2;

/// Founds a person for each spelling of a one-word name, unowned after the
/// surnames were matched and no surname of a full name, that some mention
/// shows speaking in the inverted slot after a quotation; every unowned
/// one-word mention spelt so (ignoring case) joins its first mention.
pub(super) fn found_lone_speakers(
    corpus: &Corpus,
    found: &Found,
    groups: &mut UnionFind<Root>,
    owned: &mut [bool],
) {
    let surnames: FastSet<String> = found
        .spellings
        .iter()
        .filter(|sp| sp.shape.full)
        .map(|sp| name_key(sp.shape.surname))
        .collect();
    // Per key: the unowned one-word mentions, whether one speaks, whether
    // one follows a definite article. Every mention of the corpus comes
    // here: a spelling finds its key's slot once, by number.
    let mut keys: Vec<(String, Vec<Root>, bool, bool)> = Vec::new();
    let mut slot_of_key: FastMap<String, usize> = FastMap::default();
    let mut slot_of: FastMap<u32, Option<usize>> = FastMap::default();
    let mut i: Root = 0;
    for (cands, article) in found.per_source.iter().zip(&corpus.articles) {
        let text = article.text.as_str();
        for cand in cands {
            let at = i;
            i += 1;
            if owned[at as usize] || cand.role().is_some() {
                continue;
            }
            let s = found.spelling_of[at as usize];
            let slot = *slot_of.entry(s).or_insert_with(|| {
                let sp = &found.spellings[s as usize];
                let key = name_key(sp.text);
                let one_word = !sp.text.contains(char::is_whitespace);
                let lone = !sp.shape.full
                    && one_word
                    && has_a_name_s_shape(sp.text)
                    && !surnames.contains(&key);
                lone.then(|| {
                    *slot_of_key.entry(key).or_insert_with_key(|key| {
                        keys.push((key.clone(), Vec::new(), false, false));
                        keys.len() - 1
                    })
                })
            });
            let Some(slot) = slot else { continue };
            let entry = &mut keys[slot];
            entry.1.push(at);
            entry.2 = entry.2 || speaks_after_quotation(text, cand);
            entry.3 = entry.3
                || word_before_space(text, cand.span().start)
                    .is_some_and(|w| DEFINITE_ARTICLES.contains(&w));
        }
    }
    let folded: Vec<Vec<char>> = surnames.iter().map(|k| k.chars().collect()).collect();
    for (key, mentions, speaks, after_article) in keys {
        if !speaks || after_article || near_a_surname(&key, &folded) {
            continue;
        }
        let first = mentions[0];
        for at in mentions {
            groups.union_into_first(first, at);
            owned[at as usize] = true;
        }
    }
}

/// Whether `cand` is the subject of an inverted reporting verb right after a
/// quotation: `” said NAME`, `», ha detto NAME`, `» — заявил NAME`, with
/// no capitalised word or possessive after the name.
fn speaks_after_quotation(text: &str, cand: &Candidate) -> bool {
    let name = cand.span();
    let (Some(before), Some(after)) = (text.get(..name.start), text.get(name.end..)) else {
        return false;
    };
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let verb = last_word(before);
    // A capitalised "Said" opens a headline or is a name itself.
    if !verb.starts_with(char::is_lowercase) || !speech::is_speech_verb(verb) {
        return false;
    }
    let mut rest = &before[..before.len() - verb.len()];
    for _ in 0..MAX_AUXILIARIES {
        let trimmed = rest.trim_end_matches(' ');
        let word = last_word(trimmed);
        if word.is_empty() || !BEFORE_VERB.contains(&word) {
            break;
        }
        rest = &trimmed[..trimmed.len() - word.len()];
    }
    let rest = rest.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–'));
    rest.ends_with(CLOSING_MARKS) && stands_alone(after)
}

/// A word written as a name: no capital inside after a lower-case letter
/// ("SkyNews"; "McCarthy", "DeSantis" open with a name's prefix) and no
/// lower-case ending after a hyphen (Romanian "Mossad-ul" is "the Mossad").
fn has_a_name_s_shape(word: &str) -> bool {
    let inflected = word
        .rsplit_once('-')
        .is_some_and(|(_, end)| end.starts_with(char::is_lowercase));
    let camel = word.char_indices().skip(1).any(|(i, c)| {
        let head = &word[..i];
        c.is_uppercase() && head.ends_with(char::is_lowercase) && !NAME_PREFIXES.contains(&head)
    });
    !inflected && !camel
}

/// Prefixes a surname writes before a capital ("McCarthy", "DeSantis").
const NAME_PREFIXES: &[&str] = &[
    "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Fitz",
];

/// Whether `key` is a letter or two from a surname of the corpus (sharing
/// its first two letters): a garbled or inflected spelling of someone
/// named in full ("Carry" for "Carney"), no one new.
fn near_a_surname(key: &str, surnames: &[Vec<char>]) -> bool {
    let key: Vec<char> = key.chars().collect();
    key.len() >= 4
        && surnames.iter().any(|s| {
            s.len() >= 4
                && s.get(..2) == key.get(..2)
                && s.len().abs_diff(key.len()) <= 2
                && edit_distance(s, &key, 2) <= 2
        })
}

/// Whether the text after a name ends its phrase: punctuation, the end, or
/// a word in lower case; not a possessive or another capitalised word.
fn stands_alone(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        None => true,
        Some('\'' | '’') => !chars.next().is_some_and(|c| c == 's' || c == 'S'),
        Some(c) if is_word_char(c) => false,
        Some(' ') => {
            let clause = after
                .split([
                    '.', ',', ';', ':', '!', '?', '(', '\n', '"', '“', '”', '«', '»',
                ])
                .next()
                .unwrap_or_default();
            let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric());
            let words: Vec<&str> = clause.split_whitespace().collect();
            // "said Toronto voter Reid Warren": a name further on is the
            // one the word modifies.
            !words.first().is_some_and(capital)
                && !words.windows(2).any(|pair| pair.iter().all(capital))
        }
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::people::find_people;

    fn people(body: &str) -> Vec<String> {
        let text = format!("Harbour talks\n\n{body}\n");
        let corpus = Corpus::from_articles(vec![Article::new("t", "t", text)]);
        find_people(&corpus).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn a_lone_name_after_an_inverted_verb_founds_a_person() {
        for body in [
            "“We will not sign a bad deal,” said Okonkwo after the meeting.",
            "«Non firmeremo un cattivo accordo», ha detto Okonkwo.",
            "« Nous ne signerons pas », a déclaré Okonkwo, mardi.",
            "„Wir unterschreiben nicht“, sagte Okonkwo.",
        ] {
            assert_eq!(people(body), ["Okonkwo"], "{body}");
        }
        // Later mentions join the one who spoke.
        assert_eq!(
            people("“No deal,” said Okonkwo. Okonkwo left early."),
            ["Okonkwo"]
        );
    }

    #[test]
    fn bodies_modifiers_and_subjects_found_no_one() {
        for body in [
            // A subject before its verb may be an outlet or a capital.
            "“The door stays open,” Tessaly said.",
            // Possessives and capitalised words after the name modify.
            "“No deal,” said Tessaly's envoy.",
            "„Kein Abkommen“, sagte Tessalys Außenminister.",
            // No quotation before the verb.
            "The minister said Okonkwo would travel.",
            // A word the corpus writes after an article names a body.
            "“No deal,” said Tessaly. Officials of the Tessaly answered later.",
            // A name further on is the one the word modifies.
            "“No deal,” said Tessaly voter Anna Berg.",
            // Outlets and inflected nouns are not written as names.
            "„Nicio înțelegere”, scrie NordNews.",
            "„Nicio înțelegere”, a remarcat Shabak-ul.",
        ] {
            assert!(!people(body).contains(&"Tessaly".to_string()), "{body}");
            assert!(
                people(body).iter().all(|p| p.contains(' ')),
                "{body}: {:?}",
                people(body)
            );
        }
        // A letter or two from a surname named in full is a garbled spelling.
        assert_eq!(
            people("Anna Tamsen spoke first. “No deal,” said Tamsy."),
            ["Anna Tamsen"]
        );
    }

    #[test]
    fn names_have_no_capital_inside_and_no_inflected_ending() {
        for word in [
            "Okonkwo",
            "McCarthy",
            "DeSantis",
            "Kosiniak-Kamysz",
            "O'Brien",
        ] {
            assert!(has_a_name_s_shape(word), "{word}");
        }
        for word in ["NordNews", "Shabak-ul", "PayGate"] {
            assert!(!has_a_name_s_shape(word), "{word}");
        }
    }
}
