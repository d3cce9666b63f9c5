//! Credits after a quote: the next sentence names who spoke ("Lo ha
//! detto il cancelliere Merz.", "Così il premier.", "C'est ce qu'a
//! déclaré X.").

use super::Context;
use super::further::CREDIT_BYTES;
use crate::ids::PersonId;
use crate::quotes::Quote;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::ends_sentence;
use crate::text::fold::lower;
use crate::text::speech;

/// How many words of the next sentence a credit may take before its
/// speaker ("Lo ha detto il cancelliere tedesco Friedrich Merz").
const CREDIT_WORDS: usize = 9;

impl Context<'_> {
    /// A quote that is a sentence of its own, credited by the sentence
    /// after it: "Lo ha detto il cancelliere Merz.", "Così il Cancelliere
    /// Merz.", "Así lo afirmó Sánchez.".
    pub(super) fn credit_after(&self, q: &Quote) -> Option<PersonId> {
        let mut end = (q.sentence().end + CREDIT_BYTES).min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let words = self.words(q.sentence().end..end);
        let words = &words[..words.len().min(CREDIT_WORDS)];
        let first = words.first()?;
        let gap = self.text.get(q.outer().end..first.range.start)?;
        if gap.contains('\n') || gap.chars().any(char::is_alphanumeric) {
            return None;
        }
        let opener = lower(first.text);
        let thus = matches!(opener.as_str(), "così" | "cosi" | "así" | "asi");
        // "Das sagte Bundeskanzler …", "Lo ha detto …".
        let pronoun_object = matches!(opener.as_str(), "lo" | "la" | "das" | "dies")
            || opener.starts_with("l'")
            || opener.starts_with("l’");
        let verb = words
            .iter()
            .take(4)
            .position(|w| cues::is_speech_verb(w.text));
        // "These were the first words of Pope Leo XIV.", "Queste le parole
        // di Inzaghi."
        let words_of = words
            .iter()
            .take(5)
            .position(|w| speech::is_words_noun(w.text));
        // "C'est ce qu'a déclaré le Premier ministre, X.", "That is what X
        // told reporters.", "È quanto ha dichiarato X.": the name comes after
        // the "what", before or after the verb.
        let what = (demonstrative_opener(&opener))
            .then(|| words.iter().take(4).position(|w| is_what(&lower(w.text))))
            .flatten()
            .filter(|&at| {
                words
                    .iter()
                    .skip(at + 1)
                    .take(4)
                    .any(|w| cues::is_speech_verb(w.text))
            });
        let credits =
            thus || (pronoun_object && verb.is_some()) || words_of.is_some() || what.is_some();
        if !credits {
            return None;
        }
        let from = words_of.or(what).or(verb).map_or(1, |v| v + 1);
        for (i, w) in words.iter().enumerate().skip(from) {
            let since = self.text.get(first.range.start..w.range.start)?;
            if ends_sentence(since) {
                return None;
            }
            if let Some((_, p)) = self.mention_at(w.range.start) {
                return Some(p);
            }
            if let Some(p) = self.role_at(words, i) {
                return Some(p);
            }
        }
        None
    }
}

/// Words that open a sentence pointing back at the quote before it: "C'est
/// (ce qu'a dit X)", "That is (what X said)", "È (quanto ha detto X)".
fn demonstrative_opener(lower: &str) -> bool {
    matches!(
        lower,
        "c'est"
            | "c’est"
            | "voilà"
            | "this"
            | "that"
            | "that's"
            | "that’s"
            | "è"
            | "ecco"
            | "esto"
            | "eso"
            | "isso"
            | "isto"
    )
}

/// The relative "what" of such a sentence: "ce qu'a", "what", "quanto",
/// "lo que", "o que" ("ce" and "lo"/"o" open it, "qu'a" may be glued).
fn is_what(lower: &str) -> bool {
    matches!(
        lower,
        "ce" | "qu'a" | "qu’a" | "what" | "quanto" | "ciò" | "que" | "quello"
    )
}
