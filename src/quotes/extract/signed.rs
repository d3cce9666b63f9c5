//! Headlines and lines that give a person's words first and sign them with
//! the name after a colon: `Terror and talks cannot go together: PM Jane
//! Doe`, `Es muy parecido a lo que intentaron hacer conmigo: Donald Trump`.
//! It is [`labels`]' headline turned round (`Name: words`), printed so by
//! sites that strip the quotation marks around the words.
//!
//! A line may also end in a colon and a name when it labels the person
//! (`The winner of this year's peace prize: Jane Doe`), so the words must
//! be somebody speaking (a first- or second-person word, as for a lone
//! label) or a statement longer than such a label runs. A caption's credit
//! after a sentence (`The leaders met in Rome. Photo: Jane Doe`) is no
//! signature: the words are one sentence, as a headline is, and no dash
//! parts them from a credit (`… — Photo: Jane Doe`).
//!
//! [`labels`]: super::labels

use std::ops::Range;

use crate::corpus::Article;
use crate::text::function_words::is_function_word;
use crate::text::person::speaks;
use crate::text::roles::role_of_any_case;
use crate::text::sentences::split_sentences;
use crate::text::words::more_words_than;

use super::full_names::FullNames;
use super::tails::MAX_NAME_WORDS;
use super::{MIN_STATEMENT_WORDS, Span};

/// Most words of the signature, role and name ("Secretary of State Jane
/// Doe", "Italian PM Jane Doe").
const MAX_SIGNATURE_WORDS: usize = 8;

/// Words that do not speak are taken only beyond this many: a label naming
/// what a person is or won runs shorter (fewer would take such labels,
/// more would miss statements in the third person, "Terror and talks
/// cannot coexist, …: PM Modi").
const MIN_IMPERSONAL_WORDS: usize = 12;

/// The lines of `article` whose words are signed after a colon by a
/// person's name, as spans marked unquoted, in text order.
pub(super) fn signed_lines(article: &Article, names: &FullNames) -> Vec<Span> {
    let text = article.text.as_str();
    article
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind.is_content())
        .filter_map(|(pi, p)| {
            let line = super::trimmed(text, p.range())?;
            Some(Span::unquoted(signed(names, line)?, pi))
        })
        .collect()
}

/// `Words: Name`: the range of the words, when the line's last colon is
/// followed by a person's name (a role before it allowed) and the words
/// are one sentence of somebody speaking.
fn signed(names: &FullNames, line: Range<usize>) -> Option<Range<usize>> {
    let text = names.text();
    let slice = &text[line.clone()];
    let colon = memchr::memrchr(b':', slice.as_bytes())?;
    let signature = slice[colon + 1..].trim().trim_end_matches('.');
    let words: Vec<&str> = signature.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_SIGNATURE_WORDS {
        return None;
    }
    // The name is the signature's last words; what stands before it is a
    // role or a title, capitalised or a role noun ("Secretary of State").
    let named = (1..=MAX_NAME_WORDS.min(words.len())).any(|n| {
        let (role, name) = words.split_at(words.len() - n);
        role.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || role_of_any_case(w).is_some()
                || is_function_word(w)
        }) && names.is_person_name(&name.join(" "))
    });
    let statement = slice[..colon].trim_end();
    let enough = more_words_than(statement, MIN_STATEMENT_WORDS - 1)
        && (speaks(statement) || more_words_than(statement, MIN_IMPERSONAL_WORDS - 1));
    // One sentence: a stop inside it parts narrative from a credit. The
    // splitter's rule, so an abbreviation's stop ("Mr.", "U.S.") ends none.
    let one_sentence = split_sentences(statement, 0..statement.len()).len() == 1;
    // A spaced dash parts a caption from its credit (`… — Foto: Jane Doe`).
    let credited = super::dashes::dash_positions(statement)
        .into_iter()
        .any(|i| statement[..i].ends_with(' '));
    let taken = named
        && enough
        && one_sentence
        && !credited
        && !super::has_quotation_mark(slice)
        && !statement.contains(':');
    taken.then(|| line.start..line.start + statement.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed(body: &str) -> Vec<String> {
        super::super::span_texts("Leaders meet in Helsinki", body, |a| {
            signed_lines(a, &FullNames::new(&a.text))
        })
    }

    #[test]
    fn words_signed_by_a_name_after_a_colon_are_a_statement() {
        assert_eq!(
            signed("Es muy parecido a lo que intentaron hacer con nosotros: Jane Doe"),
            ["Es muy parecido a lo que intentaron hacer con nosotros"]
        );
        // "with me" is one word in Spanish and Portuguese.
        assert_eq!(
            signed("Es lo que intentaron hacer conmigo: Jane Doe"),
            ["Es lo que intentaron hacer conmigo"]
        );
        // An abbreviation's stop does not part the words into two sentences.
        assert_eq!(
            signed("We will never let Mr. Smith sell the old bridge to anyone: Jane Doe"),
            ["We will never let Mr. Smith sell the old bridge to anyone"]
        );
        assert_eq!(
            signed(
                "Jane Doe spoke on Monday.\n\n\
                 Bridges and walls cannot stand together, and rivers can never be stopped: PM Doe"
            ),
            ["Bridges and walls cannot stand together, and rivers can never be stopped"]
        );
    }

    #[test]
    fn a_label_a_caption_or_an_agency_after_a_colon_is_no_signature() {
        // A label of what the person is, short and in the third person.
        assert!(signed("The winner of this year's peace prize: Jane Doe").is_empty());
        // A caption's credit after a narrative sentence.
        assert!(signed("The two leaders shook hands in the hall. Photo: Jane Doe").is_empty());
        assert!(
            signed("The two leaders shook hands in the great hall of the palace — Photo: Jane Doe")
                .is_empty()
        );
        // An editor's summary in the third person, as long as a label.
        assert!(
            signed("Jane Doe spoke.\n\nNo to new tariffs; talks with the neighbours on trade, ports: PM Doe")
                .is_empty()
        );
        // Not a person's name.
        assert!(signed("We will rebuild the old bridge in the spring: Reuters").is_empty());
        // Quoted words are the marks' to take.
        assert!(signed("\"We will rebuild the old bridge\": Jane Doe").is_empty());
    }
}
