//! Credits after a quote: the next sentence names who spoke ("Lo ha
//! detto il cancelliere Merz.", "Così il premier.", "So the premier, in
//! her speech.", "C'est ce qu'a déclaré X.").

use super::Context;
use super::further::CREDIT_BYTES;
use crate::ids::PersonId;
use crate::quotes::Quote;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::{Word, ends_sentence};
use crate::text::dashes::is_dash;
use crate::text::floor_char_boundary;
use crate::text::fold::lower;
use crate::text::speech;
use crate::text::words::is_word_char;

/// How many words of the next sentence a credit may take before its
/// speaker ("È quanto scrive in un post sul social X il presidente ucraino
/// Volodymyr Zelensky"): more, and the name is an object of the credit.
const CREDIT_WORDS: usize = 14;
/// How far into a short credit its verb or its "what" may stand ("Lo ha
/// detto …", "That is what X told …"): a verb further in belongs to a
/// sentence of its own.
const SHORT_CREDIT_WORDS: usize = 4;
/// An "about this" credit may open the paragraph after the quote's
/// ("«Офіс» … областей. ¶ Про це …"), not one further.
const MAX_LINE_BREAKS: usize = 2;
/// How many words a reporting clause on a line of its own may hold ("–
/// dodał w rozmowie z dziennikarzami premier Jan Nowak."): more, and the
/// dash opens a turn of dialogue, not a credit.
const DASH_LINE_WORDS: usize = 10;

impl Context<'_> {
    /// A quote closing a sentence with no speaker of its own, credited by
    /// the sentence right after it: "Lo ha detto il cancelliere Merz.",
    /// "Così il Cancelliere Merz.", "Así lo afirmó Sánchez.". Ukrainian and
    /// Russian "about this" reaches further, over a line break and over the
    /// rest of a sentence the quote opens ("«Офіс» операції знаходився …
    /// ¶ Про це президент … повідомив").
    pub(super) fn credit_after(&self, q: &Quote) -> Option<PersonId> {
        let from = q.sentence().end.max(q.outer().end);
        let end = floor_char_boundary(self.text, from + CREDIT_BYTES);
        let words = self.words(from..end);
        let words = &words[..words.len().min(CREDIT_WORDS)];
        let first = words.first()?;
        let gap = self.text.get(q.outer().end..first.range.start)?;
        let opener = lower(first.text);
        // English copy translated from Italian prints "Così X" as "Thus
        // X" or "So X": only verbless ("So X, in her speech."), as "So X
        // ordered …" opens a sentence of its own.
        let thus = matches!(opener.as_str(), "così" | "cosi" | "así" | "asi")
            || (matches!(opener.as_str(), "thus" | "so") && self.verbless_credit(&words[1..]));
        // "Das sagte Bundeskanzler …", "Lo ha detto …".
        let pronoun_object = matches!(opener.as_str(), "lo" | "la" | "das" | "dies")
            || opener.starts_with("l'")
            || opener.starts_with("l’");
        // "A dirlo è il ministro X", "Ad annunciarlo il premier": "the one
        // to say it is X", the speaker after the infinitive.
        let to_say_it = matches!(opener.as_str(), "a" | "ad")
            && words
                .get(1)
                .is_some_and(|w| speech::is_enclitic_infinitive(w.text));
        // "Про це повідомив …", "Об этом заявил …": "about this", the
        // verb before or after the speaker.
        let about_this = matches!(opener.as_str(), "про" | "об")
            && words
                .get(1)
                .is_some_and(|w| matches!(lower(w.text).as_str(), "це" | "этом" | "это"));
        // Only "about this" reaches back past a line break or over the rest
        // of the quote's sentence: other credits follow the quote at once.
        let follows = !gap.contains('\n') && !gap.chars().any(is_word_char);
        let reaches = about_this
            && q.sentence().start == q.outer().start
            && gap.matches('\n').count() <= MAX_LINE_BREAKS;
        if !follows && !reaches {
            return None;
        }
        let verb_words = if about_this {
            CREDIT_WORDS
        } else {
            SHORT_CREDIT_WORDS
        };
        let verb = words
            .iter()
            .take(verb_words)
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
        // "E' quanto ha detto X": "È" typed with an apostrophe, which the
        // words leave off.
        let typed_e = matches!(opener.as_str(), "e'" | "e’")
            || opener == "e"
                && self
                    .text
                    .get(first.range.end..)
                    .is_some_and(|rest| rest.starts_with(['\'', '’']));
        let what = (demonstrative_opener(&opener) || typed_e)
            .then(|| {
                words
                    .iter()
                    .take(SHORT_CREDIT_WORDS)
                    .position(|w| is_what(&lower(w.text)))
            })
            .flatten()
            .filter(|&at| {
                words
                    .iter()
                    .skip(at + 1)
                    .take(SHORT_CREDIT_WORDS)
                    .any(|w| cues::is_speech_verb(w.text))
            });
        let credits = thus
            || to_say_it
            || ((pronoun_object || about_this) && verb.is_some())
            || words_of.is_some()
            || what.is_some();
        if !credits {
            return None;
        }
        let from = if about_this || to_say_it {
            2
        } else {
            words_of.or(what).or(verb).map_or(1, |v| v + 1)
        };
        for (i, w) in words.iter().enumerate().skip(from) {
            let since = self.text.get(first.range.start..w.range.start)?;
            // "That is what he told the court before Judge X": a pronoun
            // is the subject, and the names after it are not.
            if ends_sentence(since) || self.is_pronoun_at(words, i) {
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

    /// Whether `words` (after "So"/"Thus") open with a name that closes
    /// its clause or is followed by where it was said ("So Jane Roe, in a
    /// passage …", "Thus Senator Roe in her speech."): a credit, no verb.
    fn verbless_credit(&self, words: &[Word]) -> bool {
        let Some((r, _)) = words.first().and_then(|w| self.mention_at(w.range.start)) else {
            return false;
        };
        let rest = self.text.get(r.end..).unwrap_or("").trim_start();
        rest.starts_with([',', '.', ';'])
            || ["in ", "at ", "during "].iter().any(|p| {
                rest.get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            })
    }

    /// A quote that is its whole paragraph, with no speaker before it,
    /// followed by a paragraph opening with a person and a reporting verb
    /// ("“Let’s do this.” ¶ Biden had previously insisted …", a headline
    /// quote then "Putin said he …"): that person. So too a quote opening
    /// its paragraph as a sentence of its own, followed there by a sentence
    /// so opening ("“… AGAIN!!!” Lena Marsh posted on social media ahead of
    /// the opening bell."): a reporting clause too long to be read as the
    /// quote's own.
    pub(in crate::quotes::attribute) fn speaker_next(&self, q: &Quote) -> Option<PersonId> {
        /// Words a verb may come after the name ("had previously insisted").
        const VERB_WORDS: usize = 3;
        let paragraph = self.article.paragraphs.get(q.paragraph())?;
        let own = self.text.get(paragraph.range())?;
        let (start, stop) = if own.trim().len() == q.outer().len() {
            let next = self.article.paragraphs.get(q.paragraph() + 1)?;
            (next.start(), next.end())
        } else {
            let before = self.text.get(paragraph.start()..q.outer().start)?;
            let gap = self
                .text
                .get(q.outer().end..q.sentence().end.max(q.outer().end))?;
            if !before.trim().is_empty() || gap.chars().any(is_word_char) {
                return None;
            }
            (q.outer().end, paragraph.end())
        };
        let end = floor_char_boundary(self.text, (start + CREDIT_BYTES).min(stop));
        let words = self.words(start..end);
        let (r, p) = self.mention_at(words.first()?.range.start)?;
        let after = words.iter().position(|w| w.range.start >= r.end)?;
        let verb = words
            .iter()
            .skip(after)
            .take(VERB_WORDS)
            .position(|w| cues::is_speech_verb(w.text))?;
        let between = self.text.get(r.end..words[after + verb].range.start)?;
        (!between.contains([',', '.', ';', ':'])).then_some(p)
    }

    /// "Jestem pewien, że … ¶ – oświadczył.": a reporting clause on a line
    /// of its own after a quote ending its paragraph, opening with a dash
    /// and its verb, reports that quote as it would right after it. A dash
    /// line whose verb stands further in is a turn of dialogue ("– Nie
    /// wiem, co powiedział.").
    pub(super) fn dash_line_after(&self, q: &Quote) -> Option<PersonId> {
        let own = self.article.paragraphs.get(q.paragraph())?;
        let rest = self.text.get(q.outer().end..own.end().max(q.outer().end))?;
        if rest.chars().any(is_word_char) {
            return None;
        }
        let next = self.article.paragraphs.get(q.paragraph() + 1)?;
        let line = self.text.get(next.range())?;
        if !line.trim_start().starts_with(is_dash) {
            return None;
        }
        let words = self.words(next.range());
        let verb = words.first()?;
        if words.len() > DASH_LINE_WORDS || !cues::is_speech_verb(verb.text) {
            return None;
        }
        self.after_clause(&words).speaker()
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
