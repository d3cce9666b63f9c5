//! What one article offers for attribution: its words outside quotation
//! marks, person mentions, sentence subjects (for pronouns) and role phrases.

use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::ops::Range;

use super::cues;
use super::words::{Word, ends_sentence, pronoun_leads, push_words};
use crate::corpus::Article;
use crate::ids::PersonId;
use crate::people::Person;
use crate::quotes::Quote;
use crate::text::fold::lower;

/// How many words after a quote may separate it from its reporting verb.
const AFTER_VERB_WINDOW: usize = 6;
/// How many words after a verb (`said X`) may separate it from the speaker.
const AFTER_SUBJECT_WINDOW: usize = 4;

/// What the words around a quote say about its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    Speaker(PersonId),
    /// A reporting cue whose speaker is not a person we know ("the source said").
    Unknown,
    /// Nothing decides here; later rules may.
    NoCue,
}

pub(super) struct Context<'a> {
    text: &'a str,
    article: &'a Article,
    /// Quote spans (with marks) of this article, ascending.
    outers: &'a [Range<usize>],
    /// Person mentions outside quotes, ascending.
    mentions: Vec<(Range<usize>, PersonId)>,
    /// Mentions that are the first person named in their sentence.
    subjects: Vec<(usize, PersonId)>,
    /// People mentioned here, most mentioned first, and their roles.
    ranked: Vec<PersonId>,
    people: &'a [Person],
    /// First word of a role (lower case, "russian") → the person who holds it
    /// here. Built on first use: few articles have a role phrase to resolve,
    /// and people can hold many roles.
    role_words: OnceCell<HashMap<String, PersonId>>,
    /// The latest quote attributed so far (its position and speaker): a
    /// pronoun may refer to it when no person was named since.
    last_speaker: Cell<Option<(usize, PersonId)>>,
}

impl<'a> Context<'a> {
    /// `mentions` are this article's person mentions, in text order.
    pub(super) fn new(
        article: &'a Article,
        outers: &'a [Range<usize>],
        mentions: &[(Range<usize>, PersonId)],
        people: &'a [Person],
    ) -> Self {
        let text = article.text.as_str();
        let inside = |at: usize| {
            let i = outers.partition_point(|o| o.end <= at);
            outers.get(i).is_some_and(|o| o.start <= at)
        };
        let mut counts: HashMap<PersonId, usize> = HashMap::new();
        let mut mentions: Vec<(Range<usize>, PersonId)> = mentions
            .iter()
            .filter(|(r, _)| !inside(r.start) && r.end <= text.len())
            .cloned()
            .collect();
        for (_, p) in &mentions {
            *counts.entry(*p).or_default() += 1;
        }
        mentions.sort_by_key(|(r, _)| r.start);
        let mut subjects = Vec::new();
        let mut last_end = 0;
        for (r, p) in &mentions {
            let between = text.get(last_end..r.start).unwrap_or("");
            let fresh = subjects.is_empty() || ends_sentence(between);
            // "He said he greeted Trump": the pronoun is the subject, not Trump.
            if fresh && !pronoun_leads(between) {
                subjects.push((r.start, *p));
            }
            last_end = r.end;
        }
        let mut ranked: Vec<(PersonId, usize)> = counts.into_iter().collect();
        ranked.sort_by_key(|&(p, n)| (std::cmp::Reverse(n), p));
        Context {
            text,
            article,
            outers,
            mentions,
            subjects,
            ranked: ranked.into_iter().map(|(p, _)| p).collect(),
            people,
            role_words: OnceCell::new(),
            last_speaker: Cell::new(None),
        }
    }

    /// Records an attributed quote for later pronouns.
    pub(super) fn note_speaker(&self, at: usize, person: PersonId) {
        self.last_speaker.set(Some((at, person)));
    }

    /// Rules 1–4 of the module doc for the `k`-th quote of the article.
    pub(super) fn speaker_of(&self, q: &Quote, k: usize) -> Verdict {
        let prev_in_sentence = k
            .checked_sub(1)
            .and_then(|j| self.outers.get(j))
            .filter(|o| o.end > q.sentence.start);
        let seg_start = prev_in_sentence.map_or(q.sentence.start, |o| o.end);
        let after_end = self
            .outers
            .get(k + 1)
            .map_or(q.sentence.end, |o| o.start.min(q.sentence.end));
        let before = self.words(seg_start..q.outer.start);
        let after = self.words(q.outer.end..after_end.max(q.outer.end));

        if let Some(p) = self.according_to(&before) {
            return Verdict::Speaker(p);
        }
        let intro = self.introduces(seg_start..q.outer.start, &before);
        let before_verdict = self.reporting_clause(&before);
        if intro && let Some(v) = before_verdict {
            return self.settle(v, prev_in_sentence.is_some(), q, seg_start);
        }
        if let Some(p) = self.name_then_colon(seg_start..q.outer.start, &before) {
            return Verdict::Speaker(p);
        }
        match self.after_clause(&after) {
            Verdict::NoCue => {}
            v => return v,
        }
        match before_verdict {
            Some(v) => self.settle(v, prev_in_sentence.is_some(), q, seg_start),
            None => Verdict::NoCue,
        }
    }

    /// A reporting verb with no subject in its segment: leave it to the
    /// quote before it in the sentence, or look back to the sentence start.
    fn settle(
        &self,
        found: Option<Verdict>,
        has_prev: bool,
        q: &Quote,
        seg_start: usize,
    ) -> Verdict {
        match found {
            Some(v) => v,
            None if has_prev => Verdict::NoCue,
            None => {
                let words = self.words(q.sentence.start..seg_start);
                self.nearest_subject(&words, seg_start)
                    .unwrap_or(Verdict::Unknown)
            }
        }
    }

    /// Whether a quote is its own sentence (nothing but marks and punctuation around it).
    pub(super) fn stands_alone(&self, q: &Quote) -> bool {
        let before = self.text.get(q.sentence.start..q.outer.start).unwrap_or("");
        let after = self.text.get(q.outer.end..q.sentence.end).unwrap_or("");
        !before
            .chars()
            .chain(after.chars())
            .any(char::is_alphanumeric)
    }

    pub(super) fn opens_paragraph(&self, q: &Quote) -> bool {
        self.article
            .paragraphs
            .get(q.paragraph)
            .is_some_and(|p| p.start == q.outer.start)
    }

    /// Words of `range` that lie outside every quotation.
    fn words(&self, range: Range<usize>) -> Vec<Word<'a>> {
        let mut out = Vec::new();
        let mut at = range.start;
        let mut i = self.outers.partition_point(|o| o.end <= at);
        while at < range.end {
            let stop = self
                .outers
                .get(i)
                .map_or(range.end, |o| o.start.clamp(at, range.end));
            if let Some(piece) = self.text.get(at..stop) {
                push_words(piece, at, &mut out);
            }
            match self.outers.get(i) {
                Some(o) if o.start < range.end => {
                    at = o.end.max(stop);
                    i += 1;
                }
                _ => break,
            }
        }
        out
    }

    /// `according to X` (`selon X`, `laut X`): the person named within a
    /// few words after it.
    fn according_to(&self, words: &[Word]) -> Option<PersonId> {
        let (k, len) = words.windows(2).enumerate().find_map(|(k, w)| {
            if w[0].text.eq_ignore_ascii_case("according") && w[1].text.eq_ignore_ascii_case("to") {
                Some((k, 2))
            } else {
                cues::is_according(w[0].text).then_some((k, 1))
            }
        })?;
        // A capitalised one-word marker ("Selon X") may open the name's run
        // of capitals, so the window includes it.
        let from = if len == 1 { k } else { k + 2 };
        let window = words.get(from..(k + len + 4).min(words.len()))?;
        let span = window.first()?.range.start..window.last()?.range.end;
        self.mention_in(span)
    }

    /// Headline style `Trump: ‘We will win’`: nothing but a (titled) name
    /// and a colon before the quote.
    fn name_then_colon(&self, range: Range<usize>, words: &[Word]) -> Option<PersonId> {
        let raw = self.text.get(range)?.trim_end();
        if !raw.ends_with(':') || words.is_empty() || words.len() > 5 {
            return None;
        }
        let last = words.last()?;
        self.last_mention_in(last.range.clone()).map(|(_, p)| p)
    }

    /// An introduction: the words before the quote end in a colon, or in a
    /// comma right after a reporting verb (`stating, “…”`).
    fn introduces(&self, range: Range<usize>, words: &[Word]) -> bool {
        let raw = self.text.get(range).unwrap_or("").trim_end();
        raw.ends_with(':')
            || (raw.ends_with(',')
                && words
                    .iter()
                    .rev()
                    .take(3)
                    .any(|w| cues::is_speech_verb(w.text)))
    }

    /// The first reporting verb (or possessed reporting noun) of a segment and
    /// its subject: `None` when there is no such verb, `Some(None)` when there
    /// is a verb but no subject in the segment.
    fn reporting_clause(&self, words: &[Word]) -> Option<Option<Verdict>> {
        let k = (0..words.len()).find(|&k| {
            self.is_verb(words, k)
                || (k > 0 && words[k - 1].possessive && cues::is_speech_noun(words[k].text))
        })?;
        let verb_at = words[k].range.start;
        let before = &words[..k];
        Some(self.nearest_subject(before, verb_at))
    }

    /// The nearest person, pronoun or role phrase among `words`, all before `limit`.
    fn nearest_subject(&self, words: &[Word], limit: usize) -> Option<Verdict> {
        let start = words.first().map_or(limit, |w| w.range.start);
        let mention = self.last_mention_in(start..limit);
        let mut best: Option<(usize, Verdict)> = mention.map(|(at, p)| (at, Verdict::Speaker(p)));
        for (k, w) in words.iter().enumerate() {
            let candidate = if cues::is_pronoun(w.text) {
                Some(self.resolve_pronoun(w.range.start))
            } else {
                self.role_phrase(words, k).map(Verdict::Speaker)
            };
            if let Some(v) = candidate
                && best.is_none_or(|(at, _)| w.range.start > at)
            {
                best = Some((w.range.start, v));
            }
        }
        best.map(|(_, v)| v)
    }

    /// `“…,” X said`, `said X`, `he told reporters`: a reporting verb within
    /// the first words after the quote.
    fn after_clause(&self, words: &[Word]) -> Verdict {
        let window = &words[..words.len().min(AFTER_VERB_WINDOW)];
        let Some(k) = (0..window.len()).find(|&k| self.is_verb(window, k)) else {
            return Verdict::NoCue;
        };
        let verb = &window[k];
        // "…,” and indicated that", "…,” while Macron added": a new clause,
        // which names no speaker for this quote and denies none.
        if window[..k].iter().any(|w| cues::is_clause_link(w.text)) {
            return Verdict::NoCue;
        }
        if let Some(v) = self.nearest_subject(&window[..k], verb.range.start) {
            return v;
        }
        // "…,” telling reporters": the sentence's own subject speaks.
        if verb.text.ends_with("ing") {
            return Verdict::NoCue;
        }
        let tail = &words[k + 1..words.len().min(k + 1 + AFTER_SUBJECT_WINDOW)];
        if let (Some(first), Some(last)) = (tail.first(), tail.last())
            && let Some(p) = self.mention_in(first.range.start..last.range.end)
        {
            return Verdict::Speaker(p);
        }
        (0..tail.len())
            .find_map(|i| self.role_phrase(tail, i))
            .map_or(Verdict::Unknown, Verdict::Speaker)
    }

    /// A reporting verb at `words[k]`. A capitalised one ("States" in "United
    /// States", "Says" in a headline) counts only after a name or at the start.
    fn is_verb(&self, words: &[Word], k: usize) -> bool {
        let w = &words[k];
        if !cues::is_speech_verb(w.text) {
            return false;
        }
        if !w.text.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
        match k.checked_sub(1).and_then(|j| words.get(j)) {
            None => true,
            Some(prev) => self.mention_in(prev.range.clone()).is_some(),
        }
    }

    /// "the Russian leader", "The Russian President": a role phrase whose
    /// qualifier matches a role held by someone named in this article.
    fn role_phrase(&self, words: &[Word], k: usize) -> Option<PersonId> {
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

    /// The first word of each role of the people mentioned here; a word
    /// belongs to the most mentioned person holding it.
    fn role_words(&self) -> HashMap<String, PersonId> {
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

    fn mention_in(&self, range: Range<usize>) -> Option<PersonId> {
        let i = self
            .mentions
            .partition_point(|(r, _)| r.start < range.start);
        self.mentions
            .get(i)
            .filter(|(r, _)| r.end <= range.end)
            .map(|(_, p)| *p)
    }

    fn last_mention_in(&self, range: Range<usize>) -> Option<(usize, PersonId)> {
        let i = self.mentions.partition_point(|(r, _)| r.start < range.end);
        i.checked_sub(1)
            .and_then(|j| self.mentions.get(j))
            .filter(|(r, _)| r.start >= range.start && r.end <= range.end)
            .map(|(r, p)| (r.start, *p))
    }

    fn resolve_pronoun(&self, at: usize) -> Verdict {
        let i = self.subjects.partition_point(|(s, _)| *s < at);
        let subject = i.checked_sub(1).and_then(|j| self.subjects.get(j)).copied();
        let speaker = self.last_speaker.get().filter(|(s, _)| *s < at);
        let latest = match (subject, speaker) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        latest.map_or(Verdict::Unknown, |(_, p)| Verdict::Speaker(p))
    }
}
