//! English descriptions that stand for a person named elsewhere ("“…,” the
//! veteran Republican said", "said the American cleric", "the Moscow-born
//! billionaire told reporters", "the Queens-born mayor" whose role no one
//! holds here): no title, so no holder to look up; a party family fits
//! only someone named with it.

use super::{Context, Verdict};
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::floor_char_boundary;
use crate::text::roles;
use crate::text::words::is_word_char;

/// Words that may stand between "the" and the noun ("the *former
/// Moscow-born* billionaire").
const MODIFIERS_AT_MOST: usize = 3;

impl Context<'_> {
    /// "the veteran Republican", "the American cleric", "the former bishop
    /// of Springfield": `words[k]` is "the", then up to three modifiers
    /// (none a person or a role) and a description noun that closes the
    /// phrase (its end, punctuation, a speech verb, or "of" and a place).
    /// The person it stands for: for a party family, the one person named
    /// with it; else whom a pronoun there would name.
    pub(super) fn description_at(&self, words: &[Word], k: usize) -> Option<Verdict> {
        if !words.get(k)?.text.eq_ignore_ascii_case("the") {
            return None;
        }
        // "… after the Democratic Socialist spoke: “…”": the subject of a
        // subordinate clause, not of the one reporting.
        if k > 0 && cues::is_subordinator(words[k - 1].text) {
            return None;
        }
        let n = (k + 1..words.len().min(k + 2 + MODIFIERS_AT_MOST))
            .find(|&i| roles::is_description_noun(words[i].text) || self.born_role(words, k, i))?;
        let phrase = &words[k + 1..=n];
        let plain = phrase.iter().enumerate().all(|(i, w)| {
            (roles::role_of(w.text).is_none() || k + 1 + i == n)
                && !cues::is_determiner(w.text)
                && self.mention_covering(w.range.start).is_none()
        });
        let joined = self.only_between(&words[k..=n], char::is_whitespace);
        if !plain || !joined || !self.closes_description(&words[n]) {
            return None;
        }
        let at = words[k + 1].range.start;
        if let Some(party) = phrase.iter().find_map(|w| roles::party_of(w.text)) {
            return Some(self.party_member(party));
        }
        match self.described_with(words[n].text) {
            Some(p) => Some(Verdict::Speaker(p)),
            None => Some(self.resolve_pronoun(at)),
        }
    }

    /// "the Queens-born mayor": a role noun at `words[n]` after a place of
    /// birth ("Ohio-born") that no one here holds by title re-describes
    /// someone named otherwise, as a description noun does.
    fn born_role(&self, words: &[Word], k: usize, n: usize) -> bool {
        roles::role_of(words[n].text).is_some()
            && words[k + 1..n].iter().any(|w| {
                w.text.starts_with(char::is_uppercase)
                    && w.text.len() > "-born".len()
                    && w.text.ends_with("-born")
            })
            && self.role_at(words, n).is_none()
    }

    /// Whether the description noun `noun` ends its phrase: nothing after
    /// it in its clause but a speech verb, or "of" and a capitalised place
    /// ("the former bishop of Springfield").
    fn closes_description(&self, noun: &Word) -> bool {
        let reach = floor_char_boundary(self.text, noun.range.end + 60);
        let rest = self.text.get(noun.range.end..reach).unwrap_or("");
        let mut next = rest.split_whitespace();
        let Some(first) = next.next() else {
            return true;
        };
        if !rest.starts_with(char::is_whitespace) || !first.starts_with(is_word_char) {
            return true;
        }
        let core = first.trim_matches(|c: char| !is_word_char(c));
        cues::is_speech_verb(core)
            || (core == "of"
                && next
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase)))
    }

    /// The person a description naming a party family stands for: the one
    /// person named with that family here ("Republican Senator X", "X, a
    /// Republican", "X (R-Ohio)"); with none or several, nobody known.
    /// (Read as a pronoun, "the Republican hailed …" went to the person
    /// named last, a guest of the one meant.)
    fn party_member(&self, party: &str) -> Verdict {
        let mut members: Vec<PersonId> = Vec::new();
        for (r, p) in &self.mentions {
            if self.party_named_with(r) == Some(party) && !members.contains(p) {
                members.push(*p);
            }
        }
        match members.as_slice() {
            [one] => Verdict::Speaker(*one),
            _ => Verdict::Unknown,
        }
    }

    /// The party family a mention is named with: in its title ("Republican
    /// Senator X", "GOP Sen. X"), in an apposition after it ("X, a
    /// Republican from Ohio", "X, the Democratic governor"), or as a US
    /// party and state ("X (R-Ohio)", "X, D-Calif.").
    fn party_named_with(&self, r: &std::ops::Range<usize>) -> Option<&'static str> {
        let (title, apposition) = self.described_by(r);
        if let Some(party) = title.into_iter().find_map(roles::party_of) {
            return Some(party);
        }
        let reach = floor_char_boundary(self.text, r.end + 60);
        let rest = self.text.get(r.end..reach).unwrap_or("");
        let rest = rest
            .strip_prefix(", ")
            .or_else(|| rest.strip_prefix(" ("))?;
        if let Some(state) = rest.get(..2)
            && rest[2..].starts_with(char::is_uppercase)
        {
            match state {
                "R-" => return Some("republican"),
                "D-" => return Some("democrat"),
                _ => {}
            }
        }
        apposition.into_iter().find_map(roles::party_of)
    }

    /// The words that describe the mention at `r`: its capitalised title
    /// words ("Republican Senator X", "Archbishop X"), and the words of an
    /// apposition after it opening with an article ("X, a veteran
    /// diplomat,"), up to the comma closing it.
    fn described_by(&self, r: &std::ops::Range<usize>) -> (Vec<&str>, Vec<&str>) {
        /// Title words before a name ("Republican Senator"), appositive
        /// words after it ("a veteran Republican").
        const TITLE_WORDS: usize = 2;
        const APPOSITION_WORDS: usize = 3;
        const ABBREVIATION_CHARS: usize = 4;
        let from = floor_char_boundary(self.text, r.start.saturating_sub(60));
        let head = self.text.get(from..r.start).unwrap_or("");
        let title = head
            .split_whitespace()
            .rev()
            .take(TITLE_WORDS)
            .map_while(|t| {
                // Punctuation ends the title ("…, a Republican. Senator X"),
                // but for an abbreviation's stop ("Sen.", "Gov.").
                let core = t
                    .strip_suffix('.')
                    .filter(|c| c.chars().count() <= ABBREVIATION_CHARS)
                    .unwrap_or(t);
                // Titles are capitalised: "the Republican hailed X" titles no X.
                let title = core.starts_with(char::is_uppercase)
                    && core.chars().all(|c| is_word_char(c) || c == '-');
                title.then_some(core)
            })
            .collect();
        let reach = floor_char_boundary(self.text, r.end + 60);
        let rest = self.text.get(r.end..reach).unwrap_or("");
        let Some(rest) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(" (")) else {
            return (title, Vec::new());
        };
        let mut words = rest.split_whitespace();
        if !words
            .next()
            .is_some_and(|a| matches!(a, "a" | "an" | "the"))
        {
            return (title, Vec::new());
        }
        // A comma closes the apposition: "X, a senator, Republicans say".
        let mut open = true;
        let apposition = words
            .take(APPOSITION_WORDS)
            .map_while(|w| {
                open.then(|| {
                    open = w.ends_with(is_word_char);
                    w.trim_matches(|c: char| !is_word_char(c))
                })
            })
            .collect();
        (title, apposition)
    }

    /// The one person here described with the calling a description noun
    /// names ("the veteran diplomat" after "X, a veteran diplomat,"; "the
    /// cleric" after "Archbishop X"), in a title or an apposition; `None`
    /// with none or several, and the description is read as a pronoun.
    fn described_with(&self, noun: &str) -> Option<PersonId> {
        let mut found: Option<PersonId> = None;
        for (r, p) in &self.mentions {
            let (title, apposition) = self.described_by(r);
            if title
                .iter()
                .chain(&apposition)
                .any(|w| roles::same_calling(w, noun))
            {
                if found.is_some_and(|f| f != *p) {
                    return None;
                }
                found = Some(*p);
            }
        }
        found
    }
}
