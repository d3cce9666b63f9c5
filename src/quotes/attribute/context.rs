//! What one article offers for attribution: its words outside quotation
//! marks, person mentions, sentence subjects (for pronouns) and role phrases.

use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::ops::Range;

mod absolutes;
mod after;
mod back_references;
mod bodies;
mod claims;
mod clause;
mod credits;
mod descriptions;
mod dropped;
mod epithets;
mod further;
mod headlines;
mod holders;
mod inverted;
mod mentions;
mod openings;
mod paraphrase;
mod participles;
mod parties;
mod passives;
mod precedence;
mod qualifiers;
mod relative_subjects;
mod role_mentions;
mod role_names;
mod role_nouns;
mod role_subjects;
mod stances;
mod subjects;
mod vocatives;

use super::cues;
use super::reported::{Mood, mood_of};
use super::sexes::Sex;
use super::words::{Word, push_words_upto};
use crate::corpus::{Article, Languages, Paragraph, ParagraphKind};
use crate::ids::{PersonId, SourceId};
use crate::people::Person;
use crate::quotes::Quote;
use crate::text::compounds::is_glued_modifier;
use crate::text::speech;
use role_mentions::RoleMention;
use subjects::sentence_subjects;

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

impl Verdict {
    /// The person this verdict names, if it names one.
    pub(super) fn speaker(self) -> Option<PersonId> {
        match self {
            Verdict::Speaker(p) => Some(p),
            Verdict::Unknown | Verdict::NoCue => None,
        }
    }
}

pub(super) struct Context<'a> {
    text: &'a str,
    article: &'a Article,
    /// Quote spans (with marks) of this article, ascending.
    outers: &'a [Range<usize>],
    /// The attributions between dashes inside those quotes (`«… – ha
    /// detto X – …»`), ascending: the writer's words, not the quote's.
    asides: &'a [Range<usize>],
    /// Person mentions outside quotes, ascending.
    mentions: Vec<(Range<usize>, PersonId)>,
    /// Mentions that are the first person named in their sentence.
    subjects: Vec<(usize, PersonId)>,
    /// People mentioned here, most mentioned first, and their roles.
    ranked: Vec<PersonId>,
    /// The person mentioned here most often (of a tie, the first named):
    /// whom a pronoun with no antecedent (a lead's "he said") stands for.
    main_person: Option<PersonId>,
    people: &'a [Person],
    /// Each person's sex where the corpus tells it (see `sexes`).
    sexes: &'a [Option<Sex>],
    /// First word of a role (lower case, "russian") → the person who holds it
    /// here. Built on first use: few articles have a role phrase to resolve,
    /// and people can hold many roles.
    role_words: OnceCell<HashMap<String, PersonId>>,
    /// The paragraphs of the article's record-style turns and the office
    /// speaking each ([`crate::quotes::extract::record_offices`]), found on
    /// first need.
    record_offices: OnceCell<Vec<(usize, Range<usize>)>>,
    /// Mentions introduced by a role noun, in text order. Built on first
    /// use, like `role_words`.
    role_mentions: OnceCell<Vec<RoleMention<'a>>>,
    /// The latest quote attributed so far (its position and speaker): a
    /// pronoun may refer to it when no person was named since.
    last_speaker: Cell<Option<(usize, PersonId)>>,
    /// The corpus's languages and this article's id: its language is
    /// detected on first need (reported speech's German "sei", English role
    /// subjects), once for the whole analysis.
    language: (&'a Languages<'a>, SourceId),
    /// The sentence of the quote being attributed: a pronoun in it never
    /// stands for a person the sentence names after it.
    sentence: Cell<(usize, usize)>,
    /// Whether a role subject is being looked up (see `role_subjects`).
    reading_role_subject: Cell<bool>,
}

impl<'a> Context<'a> {
    /// `mentions` are this article's person mentions, in text order.
    pub(super) fn new(
        article: &'a Article,
        language: (&'a Languages<'a>, SourceId),
        (outers, asides): (&'a [Range<usize>], &'a [Range<usize>]),
        mentions: &[(Range<usize>, PersonId)],
        (people, sexes): (&'a [Person], &'a [Option<Sex>]),
    ) -> Self {
        let text = article.text.as_str();
        let inside = |at: usize| {
            let i = outers.partition_point(|o| o.end <= at);
            outers.get(i).is_some_and(|o| o.start <= at) && !asides.iter().any(|a| a.contains(&at))
        };
        let mut counts: HashMap<PersonId, usize> = HashMap::new();
        let mut mentions: Vec<(Range<usize>, PersonId)> = mentions
            .iter()
            .filter(|(r, _)| !inside(r.start) && r.end <= text.len() && !is_glued_modifier(text, r))
            .cloned()
            .collect();
        for (_, p) in &mentions {
            *counts.entry(*p).or_default() += 1;
        }
        mentions.sort_by_key(|(r, _)| r.start);
        let subjects = sentence_subjects(text, &mentions);
        let mut ranked: Vec<(PersonId, usize)> = counts.into_iter().collect();
        ranked.sort_by_key(|&(p, n)| (std::cmp::Reverse(n), p));
        // Of several people mentioned most, the one named first leads the
        // article ("Biden" before "Harris", each named five times).
        let most = ranked.first().map_or(0, |&(_, n)| n);
        let tied: Vec<PersonId> = ranked
            .iter()
            .take_while(|&&(_, n)| n == most)
            .map(|&(p, _)| p)
            .collect();
        let main_person = mentions.iter().map(|&(_, p)| p).find(|p| tied.contains(p));
        Context {
            text,
            article,
            outers,
            asides,
            mentions,
            subjects,
            main_person,
            ranked: ranked.into_iter().map(|(p, _)| p).collect(),
            people,
            sexes,
            role_words: OnceCell::new(),
            record_offices: OnceCell::new(),
            role_mentions: OnceCell::new(),
            last_speaker: Cell::new(None),
            language,
            sentence: Cell::new((0, 0)),
            reading_role_subject: Cell::new(false),
        }
    }

    /// Whether `q` stands in German reported speech (see `reported`): a
    /// subjunctive among its sentence's words outside quotation marks.
    pub(super) fn is_reported(&self, q: &Quote) -> bool {
        let mut if_german = false;
        for w in self.words(q.sentence()) {
            match mood_of(w.text) {
                Some(Mood::Reported) => return true,
                Some(Mood::ReportedIfGerman) => if_german = true,
                None => {}
            }
        }
        if_german && self.language() == Some("de")
    }

    /// The article's language (see [`Article::language`]), detected once.
    fn language(&self) -> Option<&str> {
        let (languages, source) = self.language;
        languages.of(source)
    }

    /// Whether a comma stands between `words[i - 1]` and `words[i]`; never
    /// when either is missing (callers ask about the word after the last).
    fn comma_before(&self, words: &[Word], i: usize) -> bool {
        let (Some(before), Some(word)) =
            (i.checked_sub(1).and_then(|j| words.get(j)), words.get(i))
        else {
            return false;
        };
        self.text
            .get(before.range.end..word.range.start)
            .is_some_and(|gap| gap.contains(','))
    }

    /// Records an attributed quote for later pronouns.
    pub(super) fn note_speaker(&self, at: usize, person: PersonId) {
        self.last_speaker.set(Some((at, person)));
    }

    /// Rules 1–4 of the module doc for the `k`-th quote of the article.
    pub(super) fn speaker_of(&self, q: &Quote, k: usize) -> Verdict {
        self.sentence.set((q.sentence().start, q.sentence().end));
        let prev_in_sentence = k
            .checked_sub(1)
            .and_then(|j| self.outers.get(j))
            .filter(|o| o.end > q.sentence().start);
        let seg_start = prev_in_sentence.map_or(q.sentence().start, |o| o.end);
        let after_end = self
            .outers
            .get(k + 1)
            .map_or(q.sentence().end, |o| o.start.min(q.sentence().end));
        let before = self.words(seg_start..q.outer().start);
        let after = self.words(q.outer().end..after_end.max(q.outer().end));
        // Three rules below ask what the clause after the quote says: it is
        // read once, by the first that asks.
        let after_verdict = std::cell::OnceCell::new();
        let after_clause = || *after_verdict.get_or_init(|| self.after_clause(&after));

        if let Some(p) = self
            .aside_speaker(q)
            .or_else(|| self.according_to(&before))
            .or_else(|| self.stance_holder(&before, q.outer().start))
            .or_else(|| self.record_office(q))
            .or_else(|| self.claim_owner(&before))
            .or_else(|| self.absolute_speaker(&before))
        {
            return Verdict::Speaker(p);
        }
        let intro = self.introduces(seg_start..q.outer().start, &before);
        // "E su Rossi: «…»": a topic label; the report's subject speaks on.
        if intro && headlines::is_topic_label(&before, &self.text[seg_start..q.outer().start]) {
            return self.resolve_pronoun(seg_start);
        }
        let before_verdict = self
            .participle_past_quote(q, &before, prev_in_sentence)
            .or_else(|| self.reporting_clause(&before, intro));
        // "«…», ha chiesto, «…» ha risposto Musk": a verb and comma between
        // two quotes report the one before; the clause after this one
        // names its own speaker.
        if intro
            && prev_in_sentence.is_some()
            && !self.text[seg_start..q.outer().start]
                .trim_end()
                .ends_with(':')
            && let Verdict::Speaker(p) = after_clause()
        {
            return Verdict::Speaker(p);
        }
        // "Le parole di X sono state: «…»": words that are the subject
        // are their owner's, whatever verb follows them; further in ("Y
        // answered the words of X: «…»") the verb's subject speaks.
        let words_subject = intro
            && before
                .first()
                .is_some_and(|w| !w.text.eq_ignore_ascii_case("in"))
            && before.iter().take(2).any(|w| speech::is_words_noun(w.text));
        if words_subject && let Some(p) = self.words_of(&before, intro) {
            return Verdict::Speaker(p);
        }
        if intro && let Some(v) = before_verdict {
            return self.settle(v, prev_in_sentence.is_some(), q, &before, seg_start);
        }
        // "Condamnation de X : « … », assure le procureur", "… si schiera
        // con la leader del partito: «…», dice il portavoce Peskov": a
        // label or subject before a colon with no reporting verb yields to
        // the reporting clause after the quote that names its speaker.
        if intro
            && before_verdict.is_none()
            && let v @ Verdict::Speaker(_) = after_clause()
        {
            return self.past_the_quotes_subject(q, &after, v);
        }
        if let Some(p) = self.name_then_colon(seg_start..q.outer().start, &before) {
            return Verdict::Speaker(p);
        }
        if let Some(p) = self.words_of(&before, intro) {
            return Verdict::Speaker(p);
        }
        // "Quote: “…”" (Ukrainian sites in English): the person the
        // sentences before were about speaks, as a pronoun would name.
        if let [label] = before.as_slice()
            && cues::is_quote_label(label.text)
            && intro
        {
            return self.resolve_pronoun(q.outer().start);
        }
        if before_verdict.is_none()
            && let Some(p) = self.subject_then_colon(seg_start..q.outer().start, &before)
        {
            return Verdict::Speaker(p);
        }
        if before.is_empty()
            && let Some(p) = self.headline_label(q, &after)
        {
            return Verdict::Speaker(p);
        }
        if let Some(p) = self.headline_signature(q) {
            return Verdict::Speaker(p);
        }
        match after_clause() {
            Verdict::NoCue => {}
            // A speaker named before the quote may keep it (`precedence`).
            v if self.before_keeps_quote(q, before_verdict, v) => {}
            v => return self.past_the_quotes_subject(q, &after, v),
        }
        if let Some(p) = self
            .label_after(q, &after)
            .or_else(|| self.according_after(&after))
        {
            return Verdict::Speaker(p);
        }
        match before_verdict {
            Some(v) => self.settle(v, prev_in_sentence.is_some(), q, &before, seg_start),
            None => self.sentence_subject(q, &before),
        }
    }

    /// No cue at all: a quote inside a sentence whose subject is a person
    /// is theirs ("Putin challenged the West to a ‘duel’"), as is every quote
    /// of a sentence labelled `Name: …` (a headline).
    fn sentence_subject(&self, q: &Quote, before: &[Word]) -> Verdict {
        /// The subject opens its sentence: a name further in is an object.
        const SUBJECT_WORDS: usize = 6;
        let words = self.words(q.sentence().start..q.outer().start);
        if let Some(first) = words.first()
            && let Some((r, p)) = self.mention_at(first.range.start)
            && self.text[r.end..].trim_start().starts_with(':')
        {
            return Verdict::Speaker(p);
        }
        // "Et de conclure : « … »": the sentence before's subject speaks on.
        if cues::is_narrative_infinitive(before) {
            return self.resolve_pronoun(q.outer().start);
        }
        // "US-Präsident Donald Trump habe …": the subject of reported
        // speech is no speaker; the report's own speaker is (rule 6b).
        if self.is_reported(q) {
            return Verdict::NoCue;
        }
        if self.stands_alone(q) {
            return self
                .credit_after(q)
                .or_else(|| self.label_next(q))
                .or_else(|| self.dash_line_after(q))
                .map_or(Verdict::NoCue, Verdict::Speaker);
        }
        // "Le cause … «sono ancora in fase di studio». Lo ha detto il
        // premier": a quote closing a sentence with no subject of its own
        // is credited by the sentence after it.
        let credited = || {
            self.credit_after(q)
                .map_or(Verdict::NoCue, Verdict::Speaker)
        };
        if before.is_empty() && q.sentence().start != q.outer().start {
            return credited();
        }
        // "urged voters to “…” and “…”": a quote joined to the one before
        // it by a bare "and" shares that one's speaker (rule 5), whoever
        // opens the sentence.
        if !before.is_empty()
            && before.len() < words.len()
            && before
                .iter()
                .all(|w| cues::is_coordinator(w.text) || w.text.eq_ignore_ascii_case("or"))
        {
            return Verdict::NoCue;
        }
        // "X called it “…”, while Y labeled the attack “…”": a clause set
        // against an earlier quote's, opening with a subject, has its own.
        if before.len() < words.len()
            && let [link, next, ..] = before
            && cues::is_contrast_link(link.text)
            && (next.text.starts_with(char::is_uppercase)
                || cues::is_determiner(next.text)
                || self.is_pronoun_at(before, 1))
        {
            let window = &before[1..before.len().min(1 + SUBJECT_WORDS)];
            let limit = window.last().map_or(q.outer().start, |w| w.range.end);
            if let Some(v @ Verdict::Speaker(_)) = self.first_subject(window, limit) {
                return v;
            }
        }
        // "Speaking to a crowd in Ottawa, Lopez thanked …": the subject
        // follows the sentence's opening phrase, however long.
        let skip = self.past_opening_phrase(&words);
        let opening = &words[skip..words.len().min(skip + SUBJECT_WORDS)];
        let limit = opening.last().map_or(q.outer().start, |w| w.range.end);
        self.first_subject(opening, limit)
            .filter(|v| *v != Verdict::Unknown)
            .unwrap_or_else(credited)
    }

    /// A reporting verb with no subject in its segment: leave it to the
    /// quote before it in the sentence, or look back to the sentence start.
    fn settle(
        &self,
        found: Option<Verdict>,
        has_prev: bool,
        q: &Quote,
        before: &[Word],
        seg_start: usize,
    ) -> Verdict {
        match found {
            Some(v) => v,
            None if has_prev => Verdict::NoCue,
            None => {
                let words = self.words(q.sentence().start..seg_start);
                self.nearest_subject(&words, seg_start)
                    .or_else(|| self.dropped_subject(before))
                    .unwrap_or(Verdict::Unknown)
            }
        }
    }

    /// The paragraph before `q`'s own. A caption or a credit line between
    /// the two is passed over, as a reader's eye does: it breaks the page,
    /// not the story.
    fn paragraph_before(&self, q: &Quote) -> Option<&'a Paragraph> {
        self.article
            .paragraphs
            .get(..q.paragraph())?
            .iter()
            .rev()
            .find(|p| !matches!(p.kind, ParagraphKind::Caption | ParagraphKind::Dateline))
    }

    /// Whether `q` opens its paragraph, past a live page's time stamp.
    pub(super) fn opens_paragraph(&self, q: &Quote) -> bool {
        self.article.paragraphs.get(q.paragraph()).is_some_and(|p| {
            p.start() == q.outer().start
                || self
                    .text
                    .get(p.start()..q.outer().start)
                    .is_some_and(further::is_time_stamp)
        })
    }

    /// Words of `range` that lie outside every quotation.
    fn words(&self, range: Range<usize>) -> Vec<Word<'a>> {
        self.first_words(range, usize::MAX)
    }

    /// The first `max` [`Self::words`] of `range` (maybe a few more), for a
    /// caller that reads only those: the rest are not read.
    fn first_words(&self, range: Range<usize>, max: usize) -> Vec<Word<'a>> {
        // About a word in six bytes of news text: sized once, not grown
        // word by word around every quote.
        let mut out = Vec::with_capacity((range.len() / 6).min(max));
        let mut at = range.start;
        let mut i = self.outers.partition_point(|o| o.end <= at);
        while at < range.end && out.len() < max {
            let stop = self
                .outers
                .get(i)
                .map_or(range.end, |o| o.start.clamp(at, range.end));
            if let Some(piece) = self.text.get(at..stop) {
                push_words_upto(piece, at, &mut out, max);
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
}
