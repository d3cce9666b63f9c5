//! Reporting verbs with no subject written: the subject a pronoun would
//! name is theirs (a verb of a language that drops its pronoun, one
//! coordinated with the sentence before, a summary's bullet line).

use super::{Context, Verdict};
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;

/// The marks that open a bullet line of a summary ("- Calls X “…”").
const BULLETS: &[&str] = &["-", "–", "—", "•", "*", "·"];

impl Context<'_> {
    /// "Y se justificó: «…»": a verb of a language that drops its subject
    /// pronoun, with no subject written, reports whom the pronoun would
    /// name (as after the quote: "«…», ha chiarito").
    pub(super) fn dropped_subject(&self, before: &[Word]) -> Option<Verdict> {
        // "Und fügte hinzu: „…“": a reporting verb coordinated with the
        // sentence before shares its subject, in any language.
        if let [and, verb, ..] = before
            && cues::is_coordinator(and.text)
            && cues::is_speech_verb(verb.text)
        {
            return Some(self.resolve_pronoun(verb.range.start));
        }
        let verb = before
            .iter()
            .find(|w| cues::drops_subject(w.text))
            .or_else(|| self.bullet_verb(before))?;
        Some(self.resolve_pronoun(verb.range.start))
    }

    /// "- Trump says … ⏎ - Calls Macron “…”": a bullet line of a summary
    /// opening with a verb in the third person ("Calls", "Denies") leaves
    /// out the subject the bullets share, the one named before.
    fn bullet_verb<'w, 't>(&self, before: &'w [Word<'t>]) -> Option<&'w Word<'t>> {
        let first = before.first()?;
        let line = self.text.get(..first.range.start)?.rsplit('\n').next()?;
        let mut rest = first.text.chars().skip(1);
        let third_person = first.text.starts_with(char::is_uppercase)
            && rest.all(char::is_lowercase)
            && first.text.ends_with('s')
            && !first.text.ends_with("ss")
            && first.text.chars().count() > 3;
        (BULLETS.contains(&line.trim())
            && third_person
            && self.mention_covering(first.range.start).is_none())
        .then_some(first)
    }
}
