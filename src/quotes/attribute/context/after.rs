//! The reporting clause after a quote (`“…,” X said`, `said X`, `«…»,
//! a déclaré le président`, `— заявил он`) and the speaker it names.

use super::{AFTER_SUBJECT_WINDOW, AFTER_VERB_WINDOW, Context, Verdict};
use crate::ids::PersonId;
use crate::quotes::Quote;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::{Word, push_words_upto};
use crate::text::{calendar, speech};

/// The kind of text a clause after a quote says goes on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Text {
    /// "the speech went on"
    Spoken,
    /// "the message continued"
    Written,
}

impl Context<'_> {
    /// `«… – ha detto X – …»`, `“… – she adds – …”`: the attribution between
    /// dashes inside the quotation, read as the clause after its first side.
    pub(super) fn aside_speaker(&self, q: &Quote) -> Option<PersonId> {
        let inner = q.inner();
        let i = self.asides.partition_point(|a| a.start < inner.start);
        let aside = self.asides.get(i).filter(|a| a.end <= inner.end)?;
        let mut words = Vec::new();
        push_words_upto(
            self.text.get(aside.clone())?,
            aside.start,
            &mut words,
            usize::MAX,
        );
        match self.after_clause(&words) {
            Verdict::Speaker(p) => Some(p),
            _ => None,
        }
    }

    /// `“…,” X said`, `said X`, `he told reporters`: a reporting verb within
    /// the first words after the quote.
    pub(super) fn after_clause(&self, words: &[Word]) -> Verdict {
        if let Some(p) = self.apposed_speaker(words) {
            return Verdict::Speaker(p);
        }
        if let Some(p) = self.quoted_as_saying(words) {
            return Verdict::Speaker(p);
        }
        let window = &words[..words.len().min(AFTER_VERB_WINDOW)];
        let Some(k) =
            (0..window.len()).find(|&k| self.is_verb(window, k) || frames_address(words, k))
        else {
            return self
                .closing_report(words)
                .or_else(|| self.closing_attribution(words))
                .or_else(|| self.described_before_verb(words).map(Verdict::Speaker))
                .or_else(|| self.inverted_unknown_verb(words).map(Verdict::Speaker))
                .unwrap_or(Verdict::NoCue);
        };
        let verb = &window[k];
        // "…,” and indicated that", "…,” while Macron added": a new clause,
        // which names no speaker for this quote and denies none; "also"
        // after a subject ("X also said") belongs to the verb.
        // So is "and" in any language ("„…” și a acuzat judecătorul Y":
        // Y is the one accused, the subject came before the quote).
        // "the president of that country said": "that" after a
        // preposition is a demonstrative, no link.
        let demonstrative = |i: usize| {
            i > 0
                && window[i].text.eq_ignore_ascii_case("that")
                && cues::is_preposition(window[i - 1].text)
        };
        let links = window[..k].iter().enumerate().any(|(i, w)| {
            cues::is_clause_link(w.text)
                && (i == 0 || !cues::is_adverb(w.text))
                && !demonstrative(i)
        }) || cues::is_coordinated(window, k);
        if links {
            return Verdict::NoCue;
        }
        if let Some(v) = self.passive_question(words, k) {
            return v;
        }
        if let Some(v) = self.nearest_subject(&window[..k], verb.range.start) {
            return v;
        }
        if let Some(v) = self.statement_owner(&window[..k]) {
            return v;
        }
        // "…,” the speech went on", "…,” the message continued": a text
        // goes on in the voice of its quotes before, which may be found
        // only later (see `goes_on_in_address` and `goes_on_in_writing`).
        if self.text_going_on(&window[..k], verb).is_some() {
            return Verdict::NoCue;
        }
        // "…,” telling reporters": the sentence's own subject speaks.
        if verb.text.ends_with("ing") {
            return Verdict::NoCue;
        }
        // "a déclaré pour sa part Lavrov": the aside is passed over.
        let k = k + cues::aside_len(&words[k + 1..]);
        // "a insisté ce lundi 12 mai X", "afirmó este martes el presidente":
        // so is a time, when the clause goes on after it.
        let k = k + self.time_before_subject(&words[k..]);
        // "a précisé auprès de la presse X": so is the audience, when the
        // subject comes right after it ("agregó durante una conferencia de
        // prensa común con el presidente …" names whom she spoke beside).
        let audience = cues::audience_len(&words[k + 1..]);
        let k = if audience > 0
            && self.subject_follows(&words[k + audience], &words[k + 1 + audience..])
        {
            k + audience
        } else {
            k
        };
        if let Some(p) = self.name_after_subject_phrase(&words[k + 1..]) {
            return Verdict::Speaker(p);
        }
        // "said a grave-looking Spanish Prime Minister Pedro Sánchez": the
        // article and its modifiers stand before the subject's first word.
        let subject = k + 1;
        let k = k + cues::modifiers_len(&words[k + 1..]);
        let tail = &words[k + 1..words.len().min(k + 1 + AFTER_SUBJECT_WINDOW)];
        // The name may run past the window ("aseguró el entrenador
        // español, Luis de la Fuente").
        // "a demandé à Emmanuel Macron": the object of a preposition is
        // the one spoken to, not the speaker.
        if let (Some(first), Some(last)) = (tail.first(), tail.last())
            && let Some(p) = self.mention_starting_in(first.range.start..last.range.end)
            && !cues::is_preposition(first.text)
            // "afferma definendo Kirk …", "ha detto ieri sera a Roma
            // ringraziando X": the gerund's object.
            && !tail
                .iter()
                .take_while(|w| self.mention_covering(w.range.start).is_none())
                .any(|w| cues::is_gerund(w.text))
        {
            return Verdict::Speaker(p);
        }
        // The role may start in the tail and its name run past it ("ha
        // detto invece il portavoce del Cremlino Peskov").
        let rest = &words[k + 1..];
        if let Some(p) = (0..tail.len()).find_map(|i| self.role_at(rest, i)) {
            return Verdict::Speaker(p);
        }
        // "— заявил он", "sagte er", "a spus el".
        // Read in `words`, whose verb before tells "a declarat el" (he).
        if let Some(i) = (0..tail.len().min(2)).find(|&i| self.is_pronoun_at(words, k + 1 + i)) {
            return self.resolve_pronoun(tail[i].range.start);
        }
        // "sagte sie": after a verb in the singular "sie" is she ("sagten
        // sie" is they, and "sie" alone may be either).
        if let Some(she) = tail.first().filter(|w| w.text == "sie")
            && speech::is_german_singular_verb(verb.text)
        {
            return self.resolve_pronoun(she.range.start);
        }
        // "said the veteran Republican": English describes before its noun.
        if let Some(v) = self
            .description_at(&words[subject..], 0)
            .or_else(|| self.epithet_subject(rest))
        {
            return v;
        }
        if let Some(p) = self.subject_after_phrase(verb, &words[k + 1..]) {
            return Verdict::Speaker(p);
        }
        // "…», ha chiarito.", "— zaznaczył.": a language that drops its
        // subject pronoun; the verb's subject is the one a pronoun would name.
        if cues::drops_subject(verb.text) && !self.subject_follows(verb, tail) {
            return self.resolve_pronoun(verb.range.start);
        }
        Verdict::Unknown
    }

    /// Whether the clause after `q` says only that a spoken address goes
    /// on ("…,” the speech went on."), so `q` runs on the speech quoted
    /// before it, like a quote standing alone.
    pub(in crate::quotes::attribute) fn goes_on_in_address(&self, q: &Quote) -> bool {
        self.text_after_goes_on(q) == Some(Text::Spoken)
    }

    /// Whether the clause after `q` says that a written text goes on ("…,”
    /// the message continued."), so `q` is the words of the text's last
    /// quote before, a paragraph of narrative between them or not.
    pub(in crate::quotes::attribute) fn goes_on_in_writing(&self, q: &Quote) -> bool {
        self.text_after_goes_on(q) == Some(Text::Written)
    }

    fn text_after_goes_on(&self, q: &Quote) -> Option<Text> {
        let words = self.words(q.outer().end..q.sentence().end.max(q.outer().end));
        let window = &words[..words.len().min(AFTER_VERB_WINDOW)];
        let k = (0..window.len()).find(|&k| self.is_verb(window, k))?;
        self.text_going_on(&window[..k], &window[k])
    }

    /// Which text `subject`, the words before the reporting `verb`, names
    /// as going on, if any: a spoken address alone, "the speech", "the
    /// address" ("went on", whose verb is its last word, may stand in
    /// `subject` with "went"); or a written text whose verb says it goes on
    /// ("the message continued", "the statement added"). Not "the statement
    /// said": a text's issuer (an office) is another rule's to find.
    fn text_going_on(&self, subject: &[Word], verb: &Word) -> Option<Text> {
        let (subject, phrase) = match subject {
            [head @ .., last] if speech::ends_speech_phrase(&[last.text, verb.text]) => {
                (head, Some(last.text))
            }
            _ => (subject, None),
        };
        let [the, noun] = subject else {
            return None;
        };
        if !the.text.eq_ignore_ascii_case("the") {
            return None;
        }
        if cues::is_spoken_address(noun.text) {
            Some(Text::Spoken)
        } else if cues::is_written_text(noun.text) && cues::goes_on_in_text(phrase, verb.text) {
            Some(Text::Written)
        } else {
            None
        }
    }

    /// "…,” said France’s chief prosecutor, Jean Dupont, in …": an
    /// inverted subject written as a phrase (an article or a possessor
    /// first) and then, after a comma, its holder's name: that name
    /// speaks, not a possessor in the phrase ("said the president’s
    /// spokeswoman, Jane Roe"). A phrase naming someone who is no possessor
    /// ("said the minister Jan Berg, in Rome, …") is left to the rules after.
    fn name_after_subject_phrase(&self, after: &[Word]) -> Option<PersonId> {
        /// Words of the phrase ("the head of the agency for nuclear safety").
        const PHRASE_WORDS: usize = 8;
        let first = after.first()?;
        let possessor = || {
            self.mention_at(first.range.start)
                .is_some_and(|(r, _)| self.possessed(&r))
        };
        // Right after the verb, "o" is the Portuguese article, not the
        // conjunction that keeps it out of `opens_apposition` ("exclamou o
        // seu aliado e primeiro-ministro, X").
        let portuguese_article = first.text.eq_ignore_ascii_case("o");
        if !(first.possessive
            || cues::opens_apposition(first.text)
            || portuguese_article
            || possessor())
        {
            return None;
        }
        let j = (1..after.len().min(PHRASE_WORDS + 1)).find(|&j| self.comma_before(after, j))?;
        let phrase = first.range.start..after[j - 1].range.end;
        let from = self
            .mentions
            .partition_point(|(r, _)| r.end <= phrase.start);
        let named = self.mentions[from..]
            .iter()
            .take_while(|(r, _)| r.start < phrase.end)
            .any(|(r, _)| !self.possessed(r));
        if named {
            return None;
        }
        let (r, p) = self.mention_at(after[j].range.start)?;
        (!self.possessed(&r)).then_some(p)
    }

    /// `verdict` for the quote `q` by the clause after it, `after`, unless
    /// it names the person written right before the quote's opener when the
    /// quote goes on lower case and that clause's verb drops its subject
    /// (`Trump "quer nos separar", declarou`): that person is the subject
    /// of the quoted words, spoken of by someone else, so the verb's subject
    /// is the one a pronoun would name before that person.
    pub(super) fn past_the_quotes_subject(
        &self,
        q: &Quote,
        after: &[Word],
        verdict: Verdict,
    ) -> Verdict {
        let Verdict::Speaker(p) = verdict else {
            return verdict;
        };
        let opener = q.outer().start;
        let i = self.mentions.partition_point(|(r, _)| r.start < opener);
        let Some((r, named)) = i.checked_sub(1).and_then(|j| self.mentions.get(j)) else {
            return verdict;
        };
        let adjacent = r.end <= opener && self.text[r.end..opener].trim().is_empty();
        let goes_on_lower = self.text[q.inner()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let dropped = after.iter().take(2).any(|w| cues::drops_subject(w.text));
        if *named == p && adjacent && goes_on_lower && dropped {
            self.resolve_pronoun(r.start)
        } else {
            verdict
        }
    }

    /// "…?”, X was asked by a reporter": the quote is the question, whose
    /// subject is the one asked; its speaker is the agent after "by" when
    /// a known person, else no one known.
    fn passive_question(&self, words: &[Word], k: usize) -> Option<Verdict> {
        let verb = words[k].text;
        let passive = k > 0 && cues::is_passive_auxiliary(&words[k - 1].text.to_lowercase());
        if !cues::is_asked_participle(verb) || !passive {
            return None;
        }
        let rest = &words[k + 1..];
        if rest.first().is_some_and(|w| w.text == "by") {
            let agent = &rest[1..rest.len().min(1 + AFTER_SUBJECT_WINDOW)];
            if let (Some(first), Some(last)) = (agent.first(), agent.last())
                && let Some(p) = self.mention_starting_in(first.range.start..last.range.end)
            {
                return Some(Verdict::Speaker(p));
            }
        }
        Some(Verdict::Unknown)
    }

    /// "…,” The Times quoted Jane Roe as saying": the person quoted speaks,
    /// not the paper that quotes her (nor the outlet's name read as one).
    fn quoted_as_saying(&self, words: &[Word]) -> Option<PersonId> {
        /// Words of the quoted person's name and title.
        const NAME_WORDS: usize = 6;
        let window = &words[..words.len().min(AFTER_VERB_WINDOW)];
        let q = window
            .iter()
            .position(|w| matches!(w.text, "quoted" | "cited"))?;
        let rest = &words[q + 1..];
        let j = (1..rest.len().min(NAME_WORDS + 1)).find(|&j| {
            rest[j].text == "as" && rest.get(j + 1).is_some_and(|w| w.text == "saying")
        })?;
        self.mention_in(rest[0].range.start..rest[j - 1].range.end)
    }

    /// "…“ zwischen Berlin und Paris koordiniert werden, kündigte Merz
    /// an.": past the verb window, a comma, a reporting verb and its subject
    /// right after it (a name or a role) close the quote's sentence. The
    /// comma may stand before the verb's auxiliary: "…» sont en cours
    /// après les faits, a ajouté la ministre."
    fn closing_report(&self, words: &[Word]) -> Option<Verdict> {
        (AFTER_VERB_WINDOW..words.len()).find_map(|k| {
            let auxiliary =
                |j: usize| cues::is_perfect_auxiliary(words[j].text) && self.comma_before(words, j);
            let comma = self.comma_before(words, k) || k.checked_sub(1).is_some_and(auxiliary);
            if !comma || !self.is_verb(words, k) {
                return None;
            }
            let rest = &words[k + 1..];
            let tail = &rest[..rest.len().min(AFTER_SUBJECT_WINDOW)];
            let (first, last) = (tail.first()?, tail.last()?);
            if cues::is_preposition(first.text) {
                return None;
            }
            self.mention_starting_in(first.range.start..last.range.end)
                .or_else(|| (0..tail.len().min(2)).find_map(|i| self.role_noun(rest, i)))
                .map(Verdict::Speaker)
        })
    }

    /// "…“conclusive information” about its causes, Prime Minister Pedro
    /// Sanchez said.": wire copy closes a paraphrase holding quoted words
    /// with its attribution: past the verb window, a comma, a subject (a
    /// person, maybe titled, or a pronoun), its reporting verb and the
    /// sentence's end within a few words.
    fn closing_attribution(&self, words: &[Word]) -> Option<Verdict> {
        /// Words the clause may run on past its verb ("said on Monday").
        const PAST_VERB: usize = 3;
        let n = words.len();
        let Some(k) = (n.saturating_sub(PAST_VERB + 1)..n).find(|&k| self.is_verb(words, k)) else {
            return self.named_report_within(words).map(Verdict::Speaker);
        };
        let from = self.closing_subject_start(words, k)?;
        let subject = &words[from..k];
        let (first, last) = (subject.first()?, subject.last()?);
        if cues::is_preposition(first.text) {
            return None;
        }
        if let Some(p) = self.mention_in(first.range.start..last.range.end) {
            return Some(Verdict::Speaker(p));
        }
        (subject.len() == 1 && self.is_pronoun_at(subject, 0))
            .then(|| self.resolve_pronoun(first.range.start))
    }

    /// "…“new normal” in its fight against terror, Prime Minister Jan
    /// Berg said on Monday in his first address …": the closing
    /// attribution with its clause running on past the verb. Only a named
    /// subject, right before its verb and right after a comma, counts
    /// there ("…, and Berg said" opens a clause of its own).
    fn named_report_within(&self, words: &[Word]) -> Option<PersonId> {
        (AFTER_VERB_WINDOW..words.len()).find_map(|k| {
            if !self.is_verb(words, k) {
                return None;
            }
            let from = self.closing_subject_start(words, k)?;
            let first = &words[from];
            if cues::is_preposition(first.text)
                || cues::is_clause_link(first.text)
                || cues::is_coordinator(first.text)
            {
                return None;
            }
            let last = &words[k - 1];
            let (r, p) = self.mention_ended_at(last.range.end)?;
            // Titles before the name ("Prime Minister", "the French
            // president"), no other words: "the crowd that cheered Berg
            // said" is the crowd's.
            let titles = words[from..k - 1]
                .iter()
                .take_while(|w| w.range.end <= r.start)
                .all(|w| {
                    w.text.starts_with(char::is_uppercase)
                        || cues::is_determiner(w.text)
                        || crate::text::roles::role_of(w.text).is_some()
                });
            (r.start >= first.range.start && titles && !self.possessed(r)).then_some(*p)
        })
    }

    /// Where the subject of a closing attribution starts: the word after
    /// the last comma within a subject's length before the verb at
    /// `words[k]` ("…, Spanish Prime Minister Pedro Sánchez said").
    fn closing_subject_start(&self, words: &[Word], k: usize) -> Option<usize> {
        /// Words of the subject ("Spanish Prime Minister Pedro Sánchez").
        const SUBJECT_WORDS: usize = 5;
        (k.saturating_sub(SUBJECT_WORDS)..k)
            .rev()
            .find(|&j| self.comma_before(words, j))
    }

    /// How many words a time phrase takes right after `words[0]` (a verb or
    /// the last word of an aside), when more of the clause follows it in
    /// the same sentence; else 0.
    fn time_before_subject(&self, words: &[Word]) -> usize {
        let Some((verb, after)) = words.split_first() else {
            return 0;
        };
        let len = calendar::time_phrase_len(after.iter().map(|w| w.text));
        let goes_on = after.get(len).is_some_and(|next| {
            self.text
                .get(verb.range.end..next.range.start)
                .is_some_and(|between| !between.contains(['.', '!', '?', ';', ':', '\n']))
        });
        if len > 0 && goes_on { len } else { 0 }
    }

    /// Whether a subject may follow `verb`: the next word, if any (an
    /// adverb may come first: "ha detto invece il portavoce"), is a
    /// determiner, a capitalised word or a role ("ha detto il portavoce").
    /// `verb` may be the last word of what stands between the verb and its
    /// subject (an audience: "a précisé auprès de la presse X").
    fn subject_follows(&self, verb: &Word, after: &[Word]) -> bool {
        let skip = usize::from(after.len() > 1 && cues::is_inverted_adverb(after[0].text));
        let Some(next) = after.get(skip) else {
            return false;
        };
        let between = self
            .text
            .get(verb.range.end..next.range.start)
            .unwrap_or("");
        if between.chars().any(|c| !c.is_whitespace()) {
            // Punctuation closes the clause: "ha chiarito. Poi …".
            return false;
        }
        next.text.chars().next().is_some_and(char::is_uppercase)
            || (cues::is_determiner(next.text) && !cues::is_dative_article(next.text))
            || crate::text::roles::role_of(next.text).is_some()
    }
}

/// "“…,” Mr. Lopez began his speech": opening or closing one's own spoken
/// address reports its words as a reporting verb does.
fn frames_address(words: &[Word], k: usize) -> bool {
    const FRAMING: &[&str] = &["began", "opened", "started", "closed", "ended", "concluded"];
    FRAMING
        .iter()
        .any(|f| words[k].text.eq_ignore_ascii_case(f))
        && words
            .get(k + 1)
            .is_some_and(|w| cues::is_possessive_pronoun(w.text))
        && words
            .iter()
            .skip(k + 2)
            .take(2)
            .any(|w| cues::is_spoken_address(w.text))
}
