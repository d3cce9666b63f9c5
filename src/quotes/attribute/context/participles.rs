//! A participle reporting a quote after a scare quote in the same clause:
//! "X slammed his “reckless” rival Y in a post, saying “…”". The words
//! before the second quote start inside the clause the first one sits in,
//! so their first name is an object; the participle's subject is the
//! clause's, read from the sentence start.

use super::{Context, Verdict};
use crate::quotes::Quote;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;

impl Context<'_> {
    /// The reporting clause of `q`'s whole sentence (outside quotes) when
    /// `before`, the words since the quote before `q` in its sentence
    /// (`prev`), ends in a participle of saying after a comma and that
    /// quote is embedded in its clause: no punctuation closes it or stands
    /// between it and the words after it.
    pub(super) fn participle_past_quote(
        &self,
        q: &Quote,
        before: &[Word],
        prev: Option<&std::ops::Range<usize>>,
    ) -> Option<Option<Verdict>> {
        let prev = prev?;
        let (first, last) = (before.first()?, before.len() - 1);
        let verb = &before[last];
        if !cues::is_participle(verb.text)
            || !cues::is_speech_verb(verb.text)
            || !self.comma_before(before, last)
        {
            return None;
        }
        let gap = self.text.get(prev.end..first.range.start)?;
        const STOPS: [char; 6] = [',', '.', ';', ':', '!', '?'];
        let closed = self
            .text
            .get(prev.clone())?
            .trim_end_matches(|c: char| !c.is_alphanumeric() && !STOPS.contains(&c))
            .ends_with(STOPS);
        if closed || gap.chars().any(|c| !c.is_whitespace()) {
            return None;
        }
        let words = self.words(q.sentence().start..q.outer().start);
        self.reporting_clause(&words, true)
    }
}
