//! Role phrases as the subjects pronouns refer back to: "The president
//! appeared to be tracking the event. “…” he wrote." Sentence subjects
//! (see `subjects`) are person mentions only; a sentence opening with a
//! role noun names its holder as much as one opening with the name.

use super::Context;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::floor_char_boundary;
use crate::text::roles;
use crate::text::sentences::split_sentences;

/// How far back (bytes) sentences are read for a role subject: the
/// sentence before a quote or two, not the article.
const REACH: usize = 600;
/// Bytes of a sentence's opening read for its role phrase ("The U.S.
/// president", "Le chef de l'État").
const OPENING_BYTES: usize = 80;
/// Words before the role noun: an article and a qualifier at most.
const WORDS_BEFORE_ROLE: usize = 2;

impl Context<'_> {
    /// The latest sentence opening with a role phrase that names someone
    /// here, starting after `from` and before `at`: its start and the
    /// role's holder. (The sentence holding `from`, a named subject, is
    /// not read: "The minister of culture, Rachida Dati, told …" names
    /// its subject.) A role may itself be resolved as a pronoun
    /// would ("the far-right leader"), so a lookup started inside another
    /// one finds nothing rather than recursing.
    pub(super) fn role_subject_between(&self, from: usize, at: usize) -> Option<(usize, PersonId)> {
        if self.reading_role_subject.replace(true) {
            return None;
        }
        let found = self.latest_role_opening(from, at);
        self.reading_role_subject.set(false);
        found
    }

    fn latest_role_opening(&self, from: usize, at: usize) -> Option<(usize, PersonId)> {
        let start = floor_char_boundary(self.text, from.clamp(at.saturating_sub(REACH), at));
        let region = self.text.get(start..at)?;
        // Sentences open each line and after each of its stops (the one
        // splitter's rule); the region's first piece opens mid-sentence.
        let mut starts = Vec::new();
        let mut line_start = start;
        for (n, line) in region.split('\n').enumerate() {
            let line_range = line_start..line_start + line.len();
            line_start = line_range.end + 1;
            let sentences = split_sentences(self.text, line_range).into_iter();
            starts.extend(sentences.skip(usize::from(n == 0)).map(|s| s.start));
        }
        starts.into_iter().rev().find_map(|s| {
            let end = floor_char_boundary(self.text, (s + OPENING_BYTES).min(at));
            let words = self.words(s..end.max(s));
            // "In July, the president posted …": the role opens the
            // clause after a phrase of time or place.
            let skip = self.past_opening_phrase(&words);
            self.opening_role(&words[skip..])
                .or_else(|| self.message_from_role(s, at))
                .map(|p| (s, p))
        })
    }

    /// "Later, as talks went on, there came a warning from the minister
    /// that …": the role a message comes from, in a sentence with no
    /// subject of its own but "there", is whom a pronoun after it names.
    fn message_from_role(&self, s: usize, at: usize) -> Option<PersonId> {
        /// The opening phrase before "there" may be long.
        const MESSAGE_BYTES: usize = 200;
        let end = floor_char_boundary(self.text, (s + MESSAGE_BYTES).min(at));
        // Asked of each sentence before a pronoun: most have no "there",
        // found by a byte search before any word is cut out.
        let opening = self.text.get(s..end)?;
        if !opening.contains("here ") {
            return None;
        }
        let words = self.words(s..end);
        // "there" opens the sentence or the clause after its opening
        // phrase's comma ("Later, as talks went on, there came …").
        let k = (0..words.len()).find(|&k| {
            words[k].text.eq_ignore_ascii_case("there") && (k == 0 || self.comma_before(&words, k))
        })?;
        let [_, be, a, noun, from, rest @ ..] = &words[k..] else {
            return None;
        };
        let message = cues::is_speech_noun(noun.text) || cues::is_speech_verb(noun.text);
        let shape = matches!(be.text, "was" | "is" | "came" | "comes")
            && matches!(a.text, "a" | "an")
            && message
            && from.text == "from";
        if !shape {
            return None;
        }
        self.role_within_reach(rest)
    }

    /// The person a role phrase opening `words` stands for: "The
    /// president", "The U.S. president", "Il premier", never a possessor
    /// ("The president's rival") nor words opening with a name.
    pub(super) fn opening_role(&self, words: &[Word]) -> Option<PersonId> {
        let first = words.first()?;
        if self.mention_covering(first.range.start).is_some() {
            return None;
        }
        self.role_within_reach(words).or_else(|| {
            // "The unpredictable US President, …": an adjective between the
            // article and a qualified (capitalised) role is passed over, as
            // if absent. Read only there: most sentences open otherwise.
            let (adjective, next) = (words.get(1)?, words.get(2)?);
            if !first.text.eq_ignore_ascii_case("the") || !next.text.starts_with(char::is_uppercase)
            {
                return None;
            }
            let plain = |gap: Option<&str>| gap.is_some_and(|g| g.chars().all(char::is_whitespace));
            let is_adjective = adjective.text.len() > 2
                && adjective
                    .text
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
                && !adjective.possessive
                && !cues::is_determiner(adjective.text)
                && !cues::is_preposition(adjective.text)
                && !roles::is_former(adjective.text);
            let spaced = plain(self.text.get(first.range.end..adjective.range.start))
                && plain(self.text.get(adjective.range.end..next.range.start));
            if !(is_adjective && spaced) {
                return None;
            }
            let mut without = vec![first.clone()];
            without.extend_from_slice(&words[2..]);
            self.role_within_reach(&without)
        })
    }

    /// A role phrase within [`WORDS_BEFORE_ROLE`] words of `words`' start.
    fn role_within_reach(&self, words: &[Word]) -> Option<PersonId> {
        let first = words.first()?;
        (0..=WORDS_BEFORE_ROLE.min(words.len() - 1)).find_map(|k| {
            let determined = k == 0 || cues::is_determiner(first.text);
            if !determined || words[k].possessive {
                return None;
            }
            self.role_at(words, k)
        })
    }
}
