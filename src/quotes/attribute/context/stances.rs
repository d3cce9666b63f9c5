//! A stance frame opening the sentence: "For him, …", "In her view, …",
//! "A juicio de X, …", "À ses yeux, …", "Seiner Ansicht nach, …". No verb
//! reports the quote after it, yet the frame says whose view the sentence
//! gives, as "according to" does.

use super::Context;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::fold::with_lower;

/// Where a frame names its holder: a pronoun or possessive in the frame
/// ("*his* view") or the name after the frame ("in the view *of X*").
#[derive(Clone, Copy)]
enum Slot {
    /// The word at this index of the frame is a pronoun or possessive.
    Pronoun(usize),
    /// The holder is named right after the frame.
    After,
}

/// Stance frames, lower case, word by word; `_` stands for the pronoun or
/// possessive of a [`Slot::Pronoun`] frame. General phrases of each
/// language, not of any one writer.
#[rustfmt::skip]
const FRAMES: &[(&[&str], Slot)] = &[
    (&["for", "_"], Slot::Pronoun(1)),
    (&["in", "_", "view"], Slot::Pronoun(1)),
    (&["in", "_", "opinion"], Slot::Pronoun(1)),
    (&["in", "the", "view", "of"], Slot::After),
    (&["in", "the", "opinion", "of"], Slot::After),
    (&["a", "juicio", "de"], Slot::After),
    (&["a", "_", "juicio"], Slot::Pronoun(1)),
    (&["en", "opinión", "de"], Slot::After),
    (&["en", "_", "opinión"], Slot::Pronoun(1)),
    (&["à", "_", "yeux"], Slot::Pronoun(1)),
    (&["aux", "yeux", "de"], Slot::After),
    (&["à", "_", "avis"], Slot::Pronoun(1)),
    (&["a", "_", "avviso"], Slot::Pronoun(1)),
    (&["a", "_", "giudizio"], Slot::Pronoun(1)),
    (&["a", "giudizio", "di"], Slot::After),
    (&["a", "detta", "di"], Slot::After),
    (&["na", "opinião", "de"], Slot::After),
    (&["na", "_", "opinião"], Slot::Pronoun(1)),
    (&["a", "_", "ver"], Slot::Pronoun(1)),
    (&["nach", "ansicht", "von"], Slot::After),
    (&["_", "ansicht", "nach"], Slot::Pronoun(0)),
    (&["_", "zufolge"], Slot::Pronoun(0)),
    (&["în", "opinia", "lui"], Slot::After),
    (&["_", "zdaniem"], Slot::Pronoun(0)),
    (&["по", "_", "мнению"], Slot::Pronoun(1)),
    (&["на", "_", "думку"], Slot::Pronoun(1)),
];

/// Possessives that fill a frame's slot ("in *his* view", "a *su*
/// juicio", "à *ses* yeux", "*seiner* Ansicht nach", "*jego* zdaniem");
/// subject and object pronouns fill it too ("for *him*", "*ihm* zufolge").
#[rustfmt::skip]
const POSSESSIVES: &[&str] = &[
    "his", "her", "su", "ses", "son", "sa", "suo", "sua", "seu", "seiner", "ihrer", "jego",
    "jej", "его", "её", "його", "її",
];

/// How many words after a [`Slot::After`] frame may hold its holder's
/// name ("a juicio *del presidente Varga*,"), up to a comma that closes
/// the frame.
const HOLDER_WORDS: usize = 4;

impl Context<'_> {
    /// The person whose view a stance frame opening `words` (the words
    /// before a quote starting at `quote_start`, from its sentence's start)
    /// gives: "For him, X and Y are “…”" is the speaker's. "For him" is
    /// closed by a comma, so "for him the plan was …" (a benefit, not a
    /// view) frames nothing; the other frames say "view" in their words.
    pub(super) fn stance_holder(&self, words: &[Word], quote_start: usize) -> Option<PersonId> {
        let (frame, slot) = FRAMES.iter().find(|(frame, _)| opens_with(words, frame))?;
        // A comma before `words[i]`, or between the last word and the quote.
        let comma_at = |i: usize| {
            if i < words.len() {
                self.comma_before(words, i)
            } else {
                let last = words.last().map_or(quote_start, |w| w.range.end);
                self.text
                    .get(last..quote_start)
                    .is_some_and(|gap| gap.contains(','))
            }
        };
        match *slot {
            Slot::Pronoun(at) => {
                let benefit = frame.len() == 2 && frame[0] == "for";
                if benefit && !comma_at(frame.len()) {
                    return None;
                }
                self.resolve_pronoun(words[at].range.start).speaker()
            }
            Slot::After => {
                let from = frame.len();
                let last = words.len().min(from + HOLDER_WORDS);
                let end = (from + 1..=last).find(|&i| comma_at(i)).unwrap_or(last);
                let window = words.get(from..end)?;
                let (first, last) = (window.first()?, window.last()?);
                // "a juicio de Varga" reads "de Varga" as a name with its
                // particle, which names no one: the surname alone is read.
                self.mention_in(first.range.start..last.range.end)
                    .or_else(|| self.mentioned_surname(first.text))
                    .or_else(|| (0..window.len()).find_map(|i| self.role_at(window, i)))
            }
        }
    }
}

/// Whether `words` open with `frame`, its `_` filled by a pronoun or a
/// possessive.
fn opens_with(words: &[Word], frame: &[&str]) -> bool {
    frame.len() <= words.len()
        && frame.iter().zip(words).all(|(f, w)| {
            if *f == "_" {
                is_holder_pronoun(w.text)
            } else {
                with_lower(w.text, |w| w == *f)
            }
        })
}

fn is_holder_pronoun(word: &str) -> bool {
    cues::is_pronoun(word)
        || cues::is_object_pronoun(word)
        || with_lower(word, |w| POSSESSIVES.contains(&w))
}
