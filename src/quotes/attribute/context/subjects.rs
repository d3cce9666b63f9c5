//! Who a word stands for: person mentions around a position, subject
//! pronouns, and role phrases ("the Russian leader") resolved to the person
//! the article names in that role.

use std::collections::HashMap;
use std::ops::Range;

use super::Context;
use super::Verdict;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::fold::lower;
use crate::text::{roles, speech};

impl Context<'_> {
    /// The subject written right after its verb, within a few words.
    pub(super) fn inverted_subject(&self, after: &[Word]) -> Option<Verdict> {
        // Right after the verb (a title may come first): "said that Trump
        // had …" names the subject of another clause.
        const INVERTED_WINDOW: usize = 3;
        let window = &after[..after.len().min(INVERTED_WINDOW)];
        if let (Some(first), Some(last)) = (window.first(), window.last())
            && let Some(p) = self.mention_in(first.range.start..last.range.end)
        {
            return Some(Verdict::Speaker(p));
        }
        (0..window.len())
            .find(|&k| self.is_pronoun_at(window, k))
            .map(|k| self.resolve_pronoun(window[k].range.start))
    }

    /// The first person, pronoun or role phrase among `words`: the subject
    /// of the clause they open.
    pub(super) fn first_subject(&self, words: &[Word], limit: usize) -> Option<Verdict> {
        let start = words.first().map_or(limit, |w| w.range.start);
        let mention = self.first_mention_in(start..limit);
        for (k, w) in words.iter().enumerate() {
            if mention.is_some_and(|(at, _)| at <= w.range.start) {
                break;
            }
            if self.is_pronoun_at(words, k) {
                return Some(self.resolve_pronoun(w.range.start));
            }
            if let Some(p) = self
                .role_phrase(words, k)
                .or_else(|| self.role_noun(words, k))
            {
                return Some(Verdict::Speaker(p));
            }
        }
        mention.map(|(_, p)| Verdict::Speaker(p))
    }

    /// The nearest person, pronoun or role phrase among `words`, all before
    /// `limit`, outside a relative clause about someone named before it.
    pub(super) fn nearest_subject(&self, words: &[Word], limit: usize) -> Option<Verdict> {
        let start = words.first().map_or(limit, |w| w.range.start);
        let clause = self.relative_clause(start, limit);
        let inside = |at: usize| clause.as_ref().is_some_and(|c| c.contains(&at));
        let mention = match (self.last_subject_mention_in(start..limit), &clause) {
            (Some((at, _)), Some(c)) if inside(at) => self.last_subject_mention_in(start..c.start),
            (m, _) => m,
        };
        let mut best: Option<(usize, Verdict)> = mention.map(|(at, p)| (at, Verdict::Speaker(p)));
        for (k, w) in words.iter().enumerate() {
            if inside(w.range.start) {
                continue;
            }
            let candidate = if self.is_pronoun_at(words, k) {
                Some(self.resolve_pronoun(w.range.start))
            } else {
                self.role_phrase(words, k)
                    .or_else(|| self.role_noun(words, k))
                    .map(Verdict::Speaker)
            };
            if let Some(v) = candidate
                && best.is_none_or(|(at, _)| w.range.start > at)
            {
                best = Some((w.range.start, v));
            }
        }
        best.map(|(_, v)| v)
    }

    /// A relative clause set off by commas within `start..limit` ("Ronaldo,
    /// que foi substituído por Gonçalo Ramos aos 88 minutos, acrescentou"):
    /// from its opening comma to its closing one.
    fn relative_clause(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        let text = self.text.get(start..limit)?;
        let opening = text.match_indices(',').map(|(i, _)| i).find(|&i| {
            let next = text[i + 1..].split_whitespace().next().unwrap_or("");
            speech::is_relative(next.trim_matches(|c: char| !c.is_alphanumeric()))
        })?;
        let closing = text[opening + 1..].find(',')? + opening + 1;
        Some(start + opening..start + closing)
    }

    /// "advirtió en la previa de la final el seleccionador Luis de la
    /// Fuente": where the subject follows its verb, a phrase may stand
    /// between them. An article and a role noun before the clause ends name
    /// the subject (the name right after the role, else the role's holder).
    pub(super) fn subject_after_phrase(&self, verb: &Word, after: &[Word]) -> Option<PersonId> {
        const PHRASE_WORDS: usize = 10;
        if !cues::drops_subject(verb.text) {
            return None;
        }
        let within = &after[..after.len().min(PHRASE_WORDS)];
        let clause_end = within
            .iter()
            .position(|w| {
                self.text
                    .get(w.range.end..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?'))
            })
            .map_or(within.len(), |i| i + 1);
        let clause = &within[..clause_end];
        (1..clause.len()).find_map(|i| {
            roles::role_of(clause[i].text)?;
            if !cues::is_determiner(clause[i - 1].text) {
                return None;
            }
            clause
                .get(i + 1)
                .and_then(|next| self.mention_at(next.range.start))
                .map(|(_, p)| p)
                .or_else(|| self.role_noun(clause, i))
        })
    }

    /// "the Russian leader", "The Russian President": a role phrase whose
    /// qualifier matches a role held by someone named in this article.
    pub(super) fn role_phrase(&self, words: &[Word], k: usize) -> Option<PersonId> {
        let the = words.get(k)?;
        if !the.text.eq_ignore_ascii_case("the") {
            return None;
        }
        let qualifier = words.get(k + 1)?;
        let noun = words.get(k + 2)?;
        let capitalised = qualifier
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if !capitalised || !cues::is_role_noun(noun.text) {
            return None;
        }
        self.role_words
            .get_or_init(|| self.role_words())
            .get(&lower(qualifier.text))
            .copied()
    }

    /// A role noun standing for a person named elsewhere ("the German
    /// chancellor", "der Kanzler", "канцлер", "the pontiff"), not followed by
    /// the name itself: the person last named with that role before it, else
    /// the most mentioned person here holding it.
    pub(super) fn role_noun(&self, words: &[Word], k: usize) -> Option<PersonId> {
        let noun = words.get(k)?;
        let role = roles::role_of(noun.text)?;
        // "the Russian President": the qualified phrase decides, at "the".
        if k >= 2 && self.role_phrase(words, k - 2).is_some() {
            return None;
        }
        if let Some(named) = self.name_after_role(words, k) {
            return named;
        }
        // English needs its article ("the president"): a bare "president"
        // is a title or a common noun. Other languages may drop it.
        let determined = words[k.saturating_sub(3)..k]
            .iter()
            .any(|w| cues::is_determiner(w.text) || w.possessive);
        if noun.text.is_ascii() && !determined && !roles::carries_article(noun.text) {
            return None;
        }
        let holders = self.role_mentions.get_or_init(|| self.role_mentions());
        let before = holders.partition_point(|(at, _, _)| *at < noun.range.start);
        holders[..before]
            .iter()
            .rev()
            .find(|(_, r, _)| *r == role)
            .map(|(_, _, p)| *p)
            .or_else(|| self.ranked_holder(role))
            .or_else(|| self.team_role_subject(role, noun.range.start))
    }

    /// "o capitão", "the striker": a team role nobody here is named with
    /// stands for the person the report is about, as a pronoun would.
    fn team_role_subject(&self, role: &str, at: usize) -> Option<PersonId> {
        if !roles::stands_for_the_subject(role) {
            return None;
        }
        match self.resolve_pronoun(at) {
            Verdict::Speaker(p) => Some(p),
            _ => None,
        }
    }

    /// A name right after the role noun at `words[k]`, which the noun
    /// titles: `Some(None)` when the name follows at once (the mention
    /// decides), `Some(Some(p))` when a qualifier comes between ("il
    /// portavoce del Cremlino Peskov", "il cancelliere tedesco Friedrich
    /// Merz"), `None` when no name follows.
    fn name_after_role(&self, words: &[Word], k: usize) -> Option<Option<PersonId>> {
        const QUALIFIER_WORDS: usize = 3;
        let noun = &words[k];
        if words
            .get(k + 1)
            .is_some_and(|next| self.mention_in(next.range.clone()).is_some())
        {
            return Some(None);
        }
        // English puts its adjectives before the noun: after it, only a
        // capitalised qualifier or "of" ("the president of Russia Vladimir
        // Putin"), so "the chancellor met Putin" names no chancellor.
        let english = roles::is_english_role(noun.text);
        let mut end = noun.range.end;
        for w in words.iter().skip(k + 1).take(QUALIFIER_WORDS + 1) {
            let gap = self.text.get(end..w.range.start)?;
            if !gap.chars().all(char::is_whitespace) {
                return None;
            }
            if let Some(p) = self.mention_starting_in(w.range.clone()) {
                return Some(Some(p));
            }
            let capitalised = w.text.chars().next().is_some_and(char::is_uppercase);
            let link = cues::is_role_link(w.text);
            if !(capitalised || link || (!english && w.text.chars().all(char::is_lowercase))) {
                return None;
            }
            end = w.range.end;
        }
        None
    }

    /// Mentions with a role noun among the few words before them
    /// ("U.S. President Donald Trump", "канцлер Германии Фридрих Мерц"):
    /// position, role, person; in text order.
    fn role_mentions(&self) -> Vec<(usize, &'static str, PersonId)> {
        const LOOK_BACK_WORDS: usize = 3;
        let mut out = Vec::new();
        for (r, p) in &self.mentions {
            let mut from = r.start.saturating_sub(80);
            while !self.text.is_char_boundary(from) {
                from -= 1;
            }
            let lead = self.text.get(from..r.start).unwrap_or("");
            for (i, token) in lead
                .split_whitespace()
                .rev()
                .take(LOOK_BACK_WORDS)
                .enumerate()
            {
                let core = token.trim_matches(|c: char| !c.is_alphanumeric());
                if let Some(role) = roles::role_of(core) {
                    out.push((r.start, role, *p));
                }
                // A comma right before the name sets off an apposition ("el
                // canciller alemán, Friedrich Merz"); further back it closes
                // another clause.
                if token.ends_with([';', ':', '!', '?']) || (i > 0 && token.ends_with(',')) {
                    break;
                }
            }
        }
        out
    }

    /// The most mentioned person here whose corpus-wide roles include `role`.
    fn ranked_holder(&self, role: &str) -> Option<PersonId> {
        self.ranked.iter().copied().find(|p| {
            self.people.get(p.index()).is_some_and(|person| {
                person
                    .roles
                    .iter()
                    .flat_map(|r| r.split_whitespace())
                    .any(|w| roles::role_of(w) == Some(role))
            })
        })
    }

    /// The first word of each role of the people mentioned here; a word
    /// belongs to the most mentioned person holding it.
    pub(super) fn role_words(&self) -> HashMap<String, PersonId> {
        let mut role_words = HashMap::new();
        for &p in &self.ranked {
            for role in self
                .people
                .get(p.index())
                .map(|x| x.roles.as_slice())
                .unwrap_or(&[])
            {
                if let Some(first) = role.split_whitespace().next() {
                    role_words.entry(lower(first)).or_insert(p);
                }
            }
        }
        role_words
    }

    pub(super) fn mention_in(&self, range: Range<usize>) -> Option<PersonId> {
        let i = self
            .mentions
            .partition_point(|(r, _)| r.start < range.start);
        self.mentions
            .get(i)
            .filter(|(r, _)| r.end <= range.end)
            .map(|(_, p)| *p)
    }

    pub(super) fn last_mention_in(&self, range: Range<usize>) -> Option<(usize, PersonId)> {
        let i = self.mentions.partition_point(|(r, _)| r.start < range.end);
        i.checked_sub(1)
            .and_then(|j| self.mentions.get(j))
            .filter(|(r, _)| r.start >= range.start && r.end <= range.end)
            .map(|(r, p)| (r.start, *p))
    }

    /// The mention that starts within `range` (it may run past it).
    fn mention_starting_in(&self, range: Range<usize>) -> Option<PersonId> {
        let i = self
            .mentions
            .partition_point(|(r, _)| r.start < range.start);
        self.mentions
            .get(i)
            .filter(|(r, _)| r.start < range.end)
            .map(|(_, p)| *p)
    }

    /// The mention starting at `at` (a title may precede the name by one
    /// word), with its range.
    pub(super) fn mention_at(&self, at: usize) -> Option<(Range<usize>, PersonId)> {
        let i = self.mentions.partition_point(|(r, _)| r.start < at);
        let (r, p) = self.mentions.get(i)?;
        let gap = self.text.get(at..r.start)?;
        (gap.split_whitespace().count() <= 1).then(|| (r.clone(), *p))
    }

    pub(super) fn first_mention_in(&self, range: Range<usize>) -> Option<(usize, PersonId)> {
        let i = self
            .mentions
            .partition_point(|(r, _)| r.start < range.start);
        self.mentions[i..]
            .iter()
            .take_while(|(r, _)| r.end <= range.end)
            .find(|(r, _)| !self.possessed(r))
            .map(|(r, p)| (r.start, *p))
    }

    /// The last mention in `range` that can be a subject: not a possessor
    /// ("Y's efforts").
    pub(super) fn last_subject_mention_in(&self, range: Range<usize>) -> Option<(usize, PersonId)> {
        let i = self.mentions.partition_point(|(r, _)| r.start < range.end);
        self.mentions[..i]
            .iter()
            .rev()
            .take_while(|(r, _)| r.start >= range.start)
            .filter(|(r, _)| r.end <= range.end)
            .find(|(r, _)| !self.possessed(r))
            .map(|(r, p)| (r.start, *p))
    }

    /// A subject pronoun at `words[k]`. Romanian `el` (he) is also the
    /// Spanish article, so it counts only where an article cannot stand:
    /// before the auxiliary (`el a spus`) or closing a clause (`a spus el,`).
    pub(super) fn is_pronoun_at(&self, words: &[Word], k: usize) -> bool {
        let w = &words[k];
        if cues::is_pronoun(w.text) {
            return true;
        }
        // "the 53-year-old", "der 53-Jährige": the person last named.
        if k > 0 && cues::is_determiner(words[k - 1].text) && cues::is_age_epithet(w.text) {
            return true;
        }
        if !w.text.eq_ignore_ascii_case("el") {
            return false;
        }
        let auxiliary = words
            .get(k + 1)
            .is_some_and(|n| ["a", "au", "mai", "nu"].contains(&n.text));
        let closing = self
            .text
            .get(w.range.end..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|c| !c.is_alphanumeric() && !c.is_whitespace());
        auxiliary || closing
    }

    /// Whether the mention at `r` is followed by a possessive `’s`.
    pub(super) fn possessed(&self, r: &Range<usize>) -> bool {
        let rest = self.text.get(r.end..).unwrap_or("");
        rest.starts_with("’s") || rest.starts_with("'s")
    }

    pub(super) fn resolve_pronoun(&self, at: usize) -> Verdict {
        let i = self.subjects.partition_point(|(s, _)| *s < at);
        let subject = i.checked_sub(1).and_then(|j| self.subjects.get(j)).copied();
        let speaker = self.last_speaker.get().filter(|(s, _)| *s < at);
        let latest = match (subject, speaker) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        // Nobody named before it: a lead's "he said" stands for the
        // article's main person, named in full further down.
        latest
            .map(|(_, p)| p)
            .or(self.main_person)
            .map_or(Verdict::Unknown, Verdict::Speaker)
    }
}
