//! A pronoun opening an object relative clause ("what he said were …",
//! "papers which he claimed were …") stands for the subject of the clause
//! the relative hangs on when a name is that subject: "as Voss waved what
//! he said were reports of “…”" is Voss's claim, however the sentence
//! opened or whoever was quoted last. In a two-person scene the sentence's
//! first name and the latest speaker are often the other person.

use super::Context;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::previous_word;
use crate::text::fold::with_lower;

/// Capitalised words (titles, given names) passed over between a name
/// and the conjunction opening its clause ("when President Voss …").
const TITLE_WORDS: usize = 3;

impl Context<'_> {
    /// The person named as subject of the clause whose object relative the
    /// pronoun at `at` opens, within the sentence being attributed: the
    /// relative right before the pronoun, the latest name before it in the
    /// same unbroken clause (no comma, colon, dash, bracket or quotation
    /// mark between), a lower-case verb right after the name and a
    /// subordinating conjunction before it ("as Voss waved what he …",
    /// "when Voss confronted his guest with papers which he …"). A name
    /// after a verb ("told Brink what he …") is an object and decides
    /// nothing here.
    pub(super) fn relative_clause_subject(&self, at: usize) -> Option<PersonId> {
        let (start, end) = self.sentence.get();
        if !(start..end).contains(&at)
            || !with_lower(previous_word(self.text, at), |w| {
                matches!(w, "what" | "which")
            })
        {
            return None;
        }
        let i = self.mentions.partition_point(|(r, _)| r.start < at);
        let (name, person) = self.mentions[..i].last()?;
        let between = self.text.get(name.end..at)?;
        if name.start < start || between.contains(is_clause_break) {
            return None;
        }
        let verb = between.split_whitespace().next()?;
        if !verb.starts_with(char::is_lowercase) {
            return None;
        }
        let mut opener = name.start;
        for _ in 0..=TITLE_WORDS {
            let word = previous_word(self.text, opener);
            if cues::is_subordinating_conjunction(word) {
                return Some(*person);
            }
            if !word.starts_with(char::is_uppercase) {
                return None;
            }
            opener = self.text[..opener].trim_end().len() - word.len();
        }
        None
    }
}

/// Marks that close a clause or open an aside or a quotation.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”' | '«' | '»' | '.' | '!' | '?'
    )
}
