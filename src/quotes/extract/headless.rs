//! A quotation whose opening mark was lost: a paragraph that begins with the
//! statement and closes it with a mark followed by its attribution
//! (`Ми не можемо … європейці", - додав Мерц`), as scraped and mirrored copy
//! prints it when the opener fell off with the markup around it; or a
//! statement after another quotation's attribution sentence, closed by a
//! mark with nothing open (`« … ? », a lancé X mardi. Nous devons … »`).

use crate::text::sentences::{is_terminator, split_sentences};
use crate::text::speech::is_speech_verb;

use super::marks::{Family, Mark};
use super::{Edges, FRAGMENT_MAX_WORDS, MIN_STATEMENT_WORDS, Scanner};
use crate::text::words::{is_word_char, more_words_than};

/// The reporting verb comes within this many words after the closer
/// (`", - додав Мерц"`, `," the minister said`).
const MAX_WORDS_TO_VERB: usize = 3;

impl Scanner {
    /// Pairs `mark`, the paragraph's first mark and a closer with nothing open,
    /// with the paragraph's start when the words before it read as a statement
    /// and a reporting verb follows it.
    pub(super) fn close_from_line_start(
        &mut self,
        text: &str,
        base: usize,
        slice: &str,
        paragraph: usize,
        mark: &Mark,
    ) {
        if !mark.can_close || mark.family == Family::Single {
            return;
        }
        let before = &slice[..mark.at - base];
        let start = base + (before.len() - before.trim_start().len());
        let statement = before.trim();
        let handed_on = statement.ends_with(',');
        if reads_as_statement(statement) && attributed(handed_on, &text[mark.end()..]) {
            self.pairs
                .push((start..mark.end(), paragraph, Edges::closer_only(mark)));
        }
    }

    /// Pairs `mark`, a closer with nothing open after a quotation closed
    /// earlier in the paragraph, with the start of the sentence after the
    /// one that quotation ends (its attribution): the statement that goes
    /// on after it lost its opener (`« Qui ? », a-t-il lancé mardi. Nous
    /// devons … changé. »`). It must read as a statement and end like a
    /// sentence or hand on to a reporting verb. When no sentence ends
    /// between them, the earlier quotations were scare quotes inside the
    /// statement itself, whose opener fell off at the paragraph's start
    /// (`La chose … est que le "bureau" de … régions", a-t-il déclaré`).
    pub(super) fn close_after_pair(
        &mut self,
        text: &str,
        base: usize,
        slice: &str,
        paragraph: usize,
        mark: &Mark,
    ) {
        if !mark.can_close || mark.family == Family::Single {
            return;
        }
        let Some(last) = self
            .pairs
            .last()
            .map(|(range, _, _)| range.end)
            .filter(|&end| end > base && end <= mark.at)
        else {
            return;
        };
        let Some(start) = split_sentences(text, last..mark.at).get(1).map(|s| s.start) else {
            let scare_quotes_only = self
                .pairs
                .iter()
                .filter(|(range, _, _)| range.start >= base)
                .all(|(range, _, _)| !more_words_than(&text[range.clone()], FRAGMENT_MAX_WORDS));
            if scare_quotes_only {
                self.close_from_line_start(text, base, slice, paragraph, mark);
            }
            return;
        };
        let statement = text[start..mark.at].trim_end();
        let ends_sentence = statement.ends_with(is_terminator);
        let handed_on = statement.ends_with(',');
        if reads_as_statement(statement)
            && (ends_sentence || attributed(handed_on, &text[mark.end()..]))
        {
            self.pairs
                .push((start..mark.end(), paragraph, Edges::closer_only(mark)));
        }
    }
}

/// A statement of its own: a capital first, several words, one line.
fn reads_as_statement(words: &str) -> bool {
    words.chars().next().is_some_and(char::is_uppercase)
        && !words.contains('\n')
        && words
            .split_whitespace()
            .nth(MIN_STATEMENT_WORDS - 1)
            .is_some()
}

/// Whether a reporting verb follows within a few words, after the comma or
/// dash that hands the sentence to its speaker (inside the marks when
/// `handed_on`, the statement ending with a comma).
pub(super) fn attributed(handed_on: bool, after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\u{a0}']);
    let hands_on = after.starts_with([',', '-', '–', '—']);
    if !(handed_on || hands_on) {
        return false;
    }
    after
        .split_whitespace()
        .take(MAX_WORDS_TO_VERB + 1)
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .any(is_speech_verb)
}

#[cfg(test)]
mod tests {
    use super::super::quoted_texts as quotes;

    #[test]
    fn a_statement_whose_opener_fell_off_ends_at_its_closer() {
        assert_eq!(
            quotes("Ми не можемо закінчити цю війну без США\", - додав Мерц.\n\nДалі буде."),
            ["Ми не можемо закінчити цю війну без США"]
        );
        assert_eq!(
            quotes("We cannot end this war alone,” the chancellor said on Wednesday."),
            ["We cannot end this war alone,"]
        );
    }

    #[test]
    fn a_statement_after_a_quotations_attribution_ends_at_a_closer_with_nothing_open() {
        assert_eq!(
            quotes(
                "« Qui est prêt ? », a lancé le ministre mardi. Nous devons changer de cap et vite. »\n\nLa suite."
            ),
            ["Qui est prêt ?", "Nous devons changer de cap et vite."]
        );
        assert_eq!(
            quotes("« Qui est prêt ? », a lancé le ministre mardi. Nous devons changer » de cap."),
            ["Qui est prêt ?"]
        );
    }

    #[test]
    fn a_statement_whose_opener_fell_off_keeps_its_scare_quotes_inside() {
        // Invented: the opener is lost, a quoted word stands inside.
        let line = "La chose la plus utile - nous pouvons le dire - est que le \"siège\" de notre équipe était voisin de la mairie\", a-t-il déclaré.";
        assert_eq!(
            quotes(line),
            [
                "La chose la plus utile - nous pouvons le dire - est que le \"siège\" de notre équipe était voisin de la mairie"
            ]
        );
        // No reporting verb after the stray closer: only the scare quote.
        assert_eq!(
            quotes(
                "Le maire a visité le \"siège\" de notre équipe près de la mairie\" sans rien dire."
            ),
            ["siège"]
        );
        // A longer quotation before the closer is a statement of its own,
        // not a scare quote: the paragraph's start is not where it opens.
        assert_eq!(
            quotes(
                "Il a dit \"nous partirons demain matin très tôt\" puis la mairie\", a-t-il ajouté."
            ),
            ["nous partirons demain matin très tôt"]
        );
    }

    #[test]
    fn a_stray_closer_without_a_reporting_verb_quotes_nothing() {
        assert!(quotes("The talks ended late” and nobody spoke to reporters.").is_empty());
        assert!(quotes("Talks” said nothing.").is_empty());
    }
}
