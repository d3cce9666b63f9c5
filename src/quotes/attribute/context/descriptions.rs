//! A speaker described at length before the reporting verb after the
//! quote ("“…,” the new leader of the world's 1.4 billion Catholics said"),
//! a phrase longer than the verb window allows, and a speaker described by
//! age ("the 69-year-old said").

use std::ops::Range;

use super::{AFTER_VERB_WINDOW, Context};
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::roles;
use crate::text::words::is_apostrophe;

/// Words a description may run to before its verb ("the first Latin
/// American pope", "the head of the Catholic Church"); a longer reach would
/// take verbs of clauses further on.
const DESCRIPTION_WORDS: usize = 12;

impl Context<'_> {
    /// "…,” the head of the Catholic Church said": past the verb window, a
    /// phrase opening with an article right after the quote and running on
    /// to a reporting verb, one noun phrase (no punctuation, clause or
    /// named person in it): the role it holds names the speaker, as a
    /// shorter "the pope said" does.
    pub(super) fn described_before_verb(&self, words: &[Word]) -> Option<PersonId> {
        if !cues::is_determiner(words.first()?.text) {
            return None;
        }
        let reach = words.len().min(DESCRIPTION_WORDS + 1);
        let k = (AFTER_VERB_WINDOW..reach).find(|&k| self.is_verb(words, k))?;
        let phrase = &words[..k];
        // "the world's 1.4 billion": a possessive "'s" stands between.
        let one_phrase = self.only_between(&words[..=k], |c| {
            c.is_whitespace() || is_apostrophe(c) || c == 's'
        });
        let clause = phrase.iter().any(|w| cues::opens_clause(w.text));
        let named = self
            .mention_in(phrase[0].range.start..phrase[k - 1].range.end)
            .is_some();
        if !one_phrase || clause || named {
            return None;
        }
        (0..k).find_map(|i| self.role_at(words, i))
    }

    /// Whether only characters `ok` accepts stand between each two
    /// neighbouring `words` (one phrase, not a list or two clauses).
    pub(super) fn only_between(&self, words: &[Word], ok: impl Fn(char) -> bool) -> bool {
        words.windows(2).all(|pair| {
            self.text
                .get(pair[0].range.end..pair[1].range.start)
                .is_some_and(|gap| gap.chars().all(&ok))
        })
    }

    /// "the 69-year-old said", "le septuagénaire": the one person the
    /// article gives that age, or an age in that decade ("Smith, 69,",
    /// "69-year-old Smith", "Smith (69)", "Gil, de 72 años"), else nobody
    /// here, and the epithet stands for the person last named, like a
    /// pronoun.
    pub(super) fn aged_person(&self, at: usize) -> Option<PersonId> {
        let rest = self.text.get(at..)?;
        let word = rest
            .split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '-'))
            .next()?;
        let ages = if cues::is_age_epithet(word) {
            let age: u32 = word[..word.bytes().take_while(u8::is_ascii_digit).count()]
                .parse()
                .ok()?;
            age..=age
        } else {
            let decade = roles::decade_of(word)?;
            decade..=decade + 9
        };
        let mut aged = self
            .mentions
            .iter()
            .filter(|(r, _)| self.stated_age(r).is_some_and(|a| ages.contains(&a)))
            .map(|(_, p)| *p);
        let first = aged.next()?;
        aged.all(|p| p == first).then_some(first)
    }

    /// The age the mention at `r` is given: right after it ("Smith, 69,"
    /// "Smith (69)", "Gil, de 69 años") or as an epithet right before it
    /// ("69-year-old Smith", "der 69-jährige Smith").
    fn stated_age(&self, r: &Range<usize>) -> Option<u32> {
        /// An age has at most three digits (a year is no age).
        const AGE_DIGITS: usize = 3;
        let leading = |t: &str| -> Option<u32> {
            let n = t.bytes().take_while(u8::is_ascii_digit).count();
            (1..=AGE_DIGITS).contains(&n).then(|| t[..n].parse().ok())?
        };
        let after = self.text.get(r.end..).unwrap_or("");
        let follows = [", de ", ", ", " ("]
            .iter()
            .find_map(|open| after.strip_prefix(open).and_then(leading));
        let before = self.text.get(..r.start).unwrap_or("").trim_end();
        let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
        follows.or_else(|| cues::is_age_epithet(last).then(|| leading(last)).flatten())
    }
}
