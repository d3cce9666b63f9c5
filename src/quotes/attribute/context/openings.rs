//! Where a clause's subject starts: past the phrase that opens it ("Speaking
//! to reporters, …", "Flanked by X and Y, …", "Accompagnato dalla moglie,
//! …"), whose names are objects or agents, not the subject; and the main
//! clause after an opening subordinate one ("While X claimed …, Y
//! insisted"), whose verb reports.

use super::Context;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::{roles, speech};

/// Whether `words` open with a participle and its agent ("Flanked by").
fn opens_agent_phrase(words: &[Word]) -> bool {
    let text = |i: usize| words.get(i).map_or("", |w| w.text);
    cues::opens_agent_phrase(&[text(0), text(1), text(2)])
}

/// Whether `words` open with an article and a role noun within two
/// words of it ("the president", "the US president").
fn opens_with_role(words: &[Word]) -> bool {
    words.first().is_some_and(|w| cues::is_determiner(w.text))
        && words
            .iter()
            .skip(1)
            .take(2)
            .any(|w| roles::role_of(w.text).is_some())
}

impl Context<'_> {
    /// Where a clause's subject may start among `words`, its opening
    /// words: past an opening gerund, participle or preposition and its
    /// phrase up to the comma ("Speaking to a crowd in Ottawa, Lopez …",
    /// "Portant un costume de Mao, Xi …", "Flanked by Holm, Lopez …", "As
    /// she spoke, Lopez …"); 0 when the clause opens otherwise, or with a
    /// name ("Bryant, …").
    pub(super) fn past_opening_phrase(&self, words: &[Word]) -> usize {
        /// A phrase of place or medium ("In a post on Truth Social, …")
        /// runs a few words; a comma further on closes another clause.
        const SCENE_WORDS: usize = 10;
        let Some(first) = words
            .first()
            .filter(|w| self.mention_covering(w.range.start).is_none())
        else {
            return 0;
        };
        let comma =
            |limit: usize| (1..words.len().min(limit)).find(|&i| self.comma_before(words, i));
        let opens_with_participle =
            first.text.starts_with(char::is_uppercase) && opens_agent_phrase(words);
        if cues::is_opening_gerund(first.text)
            || cues::is_opening_preposition(first.text)
            || opens_with_participle
        {
            comma(usize::MAX).map(|i| self.past_phrase_asides(words, i))
        } else if cues::is_scene_preposition(first.text) {
            comma(SCENE_WORDS + 1)
        } else if cues::is_opening_conjunction(first.text) {
            // "As he spoke, Reyes shared …": a subordinate clause, as short,
            // when the main clause opens with a subject of its own. "As
            // Reyes put it, the plan is “…”" names none there: Reyes speaks.
            // "While doubts remain, the US president claimed …": a role
            // opens it as a name does (read by shape only: resolving the
            // role here could ask for this opening again).
            comma(SCENE_WORDS + 1).filter(|&i| {
                self.mention_covering(words[i].range.start).is_some()
                    || self.is_pronoun_at(words, i)
                    || opens_with_role(&words[i..])
            })
        } else {
            None
        }
        .unwrap_or(0)
    }

    /// Past the asides that hang on an opening phrase's last name, from
    /// the comma before `words[at]`: "Applaudito dalla destra, *guidata da
    /// X, il leader del partito,* Rinaldi si è …". A part opening with a
    /// participle and its agent, a gerund or a relative pronoun still
    /// belongs to the phrase; so does one opening with an article that
    /// names no one, when a name follows its comma (an apposition).
    fn past_phrase_asides(&self, words: &[Word], mut at: usize) -> usize {
        /// An apposition ("the leader of the party that backed him") runs
        /// a few words; a longer part is the main clause.
        const APPOSITION_WORDS: usize = 12;
        let next_comma =
            |from: usize| (from + 1..words.len()).find(|&i| self.comma_before(words, i));
        loop {
            let word = &words[at];
            if self.mention_covering(word.range.start).is_some() || self.is_pronoun_at(words, at) {
                return at;
            }
            let Some(next) = next_comma(at) else {
                return at;
            };
            let continues = word.text.starts_with(char::is_lowercase)
                && (opens_agent_phrase(&words[at..])
                    || cues::is_gerund(word.text)
                    || speech::opens_relative_clause(word.text));
            let apposition = cues::is_determiner(word.text)
                && next - at <= APPOSITION_WORDS
                && self
                    .first_mention_in(word.range.start..words[next].range.start)
                    .is_none()
                && self.mention_covering(words[next].range.start).is_some();
            if !(continues || apposition) {
                return at;
            }
            at = next;
        }
    }

    /// "While X claimed …, President Y insisted they had “…”": a verb in a
    /// subordinate clause opening the sentence sets the scene; the main
    /// clause after its comma, opening with its subject (a title may come
    /// first), reports.
    pub(super) fn main_after_opening(&self, words: &[Word], k: usize, start: usize) -> bool {
        words
            .first()
            .is_some_and(|w| cues::is_opening_conjunction(w.text))
            && self.opens_after_comma(words, k, start)
    }

    /// Whether the clause whose subject starts at `words[start]` opens
    /// after a comma following `words[k]`, a title at most before the
    /// subject ("…, President Y insisted"), or an article and a few
    /// modifiers ("…, the widely admired Y describes").
    pub(super) fn opens_after_comma(&self, words: &[Word], k: usize, start: usize) -> bool {
        /// "the widely admired", "the newly elected": modifiers run short.
        const DESCRIBED: usize = 4;
        (k + 1..=start)
            .rev()
            .find(|&i| self.comma_before(words, i))
            .is_some_and(|c| {
                let before = &words[c..start];
                before
                    .iter()
                    .all(|w| w.text.starts_with(char::is_uppercase))
                    || (before.len() <= DESCRIBED
                        && before.first().is_some_and(|w| cues::is_determiner(w.text)))
            })
    }
}
