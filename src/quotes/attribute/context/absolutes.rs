//! English absolute clauses on "with": "The ministry reacted sharply, with
//! spokesperson X asserting that “…”" — the participle's subject is the
//! name after "with", whatever the main clause's subject.

use super::Context;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;

/// Lower-case title words between "with" and the name ("with foreign
/// ministry spokesperson X").
const TITLE_WORDS: usize = 3;

impl Context<'_> {
    /// The subject of an absolute clause's reporting participle among
    /// `words[k..]` (`k` the first reporting word), the last one first:
    /// that participle, not the main clause's verb, reports the quote.
    pub(super) fn absolute_subject(
        &self,
        words: &[Word],
        k: usize,
        reports: impl Fn(&usize) -> bool,
    ) -> Option<PersonId> {
        (k..words.len())
            .rev()
            .filter(reports)
            .find_map(|j| self.with_absolute_subject(words, j))
    }

    /// The person named between "with" and the reporting participle at
    /// `words[j]` ("with spokesperson X asserting"), when the name ends
    /// right before it and only lower-case title words stand between
    /// "with" and the name, all one phrase.
    fn with_absolute_subject(&self, words: &[Word], j: usize) -> Option<PersonId> {
        let verb = words.get(j)?;
        if !verb.text.ends_with("ing") || !cues::is_participle(verb.text) {
            return None;
        }
        let (range, person) = self.mention_ended_at(words.get(j.checked_sub(1)?)?.range.end)?;
        let name = (0..j).find(|&i| words[i].range.start >= range.start)?;
        let with = (name.saturating_sub(TITLE_WORDS + 1)..name)
            .rev()
            .find(|&i| words[i].text.eq_ignore_ascii_case("with"))?;
        let titles = &words[with + 1..name];
        (titles
            .iter()
            .all(|w| w.text.starts_with(char::is_lowercase))
            && self.only_between(&words[with..=j], char::is_whitespace))
        .then_some(*person)
    }
}
