//! Who a word stands for: person mentions around a position, sentence
//! subjects and the pronouns that refer back to them.

use std::ops::Range;

use super::{Context, Verdict};
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::sexes::{Sex, referent_sex};
use crate::quotes::attribute::words::{
    Word, after_role_subject, agent_of_participle, ends_sentence, genitive, governed,
    governed_apposition, governed_through_title, in_opening_clause, in_role_aside,
    last_sentence_start, previous_word, pronoun_leads,
};
use crate::text::{fold::with_lower, roles, speech, words::is_word_char};

impl<'a> Context<'a> {
    /// The subject written right after its verb, within a few words.
    pub(super) fn inverted_subject(&self, after: &[Word]) -> Option<Verdict> {
        // Right after the verb (a title may come first): "said that Trump
        // had …" names the subject of another clause.
        const INVERTED_WINDOW: usize = 3;
        // "a indiqué sur X la ministre …": where the post went comes
        // between the verb and its subject.
        let after = match after {
            [on, medium, rest @ ..]
                if cues::is_topic_preposition(on.text)
                    && medium.text.starts_with(char::is_uppercase)
                    && self.mention_covering(medium.range.start).is_none() =>
            {
                rest
            }
            _ => after,
        };
        // "aseguró que X «…»": a name after "that" is the subject of the
        // clause reported, not of the verb reporting it.
        if after
            .first()
            .is_some_and(|w| cues::is_complementizer(w.text))
        {
            return None;
        }
        let window = &after[..after.len().min(INVERTED_WINDOW)];
        // "demandé à Emmanuel Macron": the one spoken to, not the speaker.
        // A name may run past the window ("a indiqué la ministre Claire
        // Vasseur").
        if let (Some(first), Some(last)) = (window.first(), window.last())
            && let Some(p) = self.mention_starting_in(first.range.start..last.range.end)
            && !cues::is_preposition(first.text)
            // "afferma definendo Kirk": the gerund's object.
            && !cues::is_gerund(first.text)
        {
            return Some(Verdict::Speaker(p));
        }
        if let Some(v) = (0..window.len())
            .find(|&k| self.is_pronoun_at(window, k))
            .map(|k| self.resolve_pronoun(window[k].range.start))
        {
            return Some(v);
        }
        // "a indiqué la ministre française de la Culture, …", "ha detto il
        // premier": a role right after the verb (or its article) names
        // its holder.
        let role = match window.first() {
            Some(article) if cues::is_determiner(article.text) => 1,
            _ => 0,
        };
        self.role_at(after, role).map(Verdict::Speaker)
    }

    /// The first person, pronoun or role phrase among `words`: the subject
    /// of the clause they open. An epithet opening the clause ("La nouvelle
    /// élue a adressé …", "Il politico ha ribadito …") is one too, standing
    /// for the person the report is about as it does after a verb.
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
            if let Some(v) = self.description_at(words, k) {
                return Some(v);
            }
            if let Some(p) = self.role_at(words, k) {
                return Some(Verdict::Speaker(p));
            }
            if k == 0
                && let Some(v) = self.epithet_subject(words)
            {
                return Some(v);
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
        // "The president, in a jab at Jan Holm, said": the role speaks.
        let mention =
            mention.filter(|(at, _)| !in_role_aside(self.text.get(start..*at).unwrap_or("")));
        let mut best: Option<(usize, Verdict)> = mention.map(|(at, p)| (at, Verdict::Speaker(p)));
        for (k, w) in words.iter().enumerate() {
            if inside(w.range.start) {
                continue;
            }
            let candidate = if self.is_pronoun_at(words, k) {
                Some(self.resolve_pronoun(w.range.start))
            } else if let Some(v) = self.description_at(words, k) {
                // "“…,” the veteran Republican said".
                Some(v)
            } else if cues::is_addressed_role(words, k) {
                // "En un mensaje al presidente de X, afirmó": the role
                // after "to the" is whom the words were for.
                None
            } else {
                self.role_at(words, k)
                    .map(Verdict::Speaker)
                    .or_else(|| self.epithet_before_verb(words, k))
            };
            if let Some(v) = candidate
                && best.is_none_or(|(at, _)| w.range.start > at)
            {
                best = Some((w.range.start, v));
            }
        }
        best.map(|(_, v)| v)
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
        let closed = clause_end < within.len() || within.len() == after.len();
        let role = (1..clause.len()).find_map(|i| {
            roles::role_of(clause[i].text)?;
            if !cues::is_determiner(clause[i - 1].text) {
                return None;
            }
            // "agregó durante una conferencia con el presidente francés":
            // the role after a preposition is someone spoken with.
            if i >= 2 && cues::is_preposition(clause[i - 2].text) {
                return None;
            }
            clause
                .get(i + 1)
                .and_then(|next| self.mention_at(next.range.start))
                .map(|(_, p)| p)
                .or_else(|| self.role_noun(clause, i))
        });
        role.or_else(|| closed.then(|| self.name_closing(clause)).flatten())
    }

    /// "— powiedział po ogłoszeniu wyników sondażowych Jan Kowalski.": the
    /// name that closes the clause after a phrase is the verb's subject;
    /// not when a preposition or "of" governs it ("ha detto parlando con
    /// Luca Bianchi") nor when a gerund in the phrase takes it as object
    /// ("ha detto ringraziando Luca Bianchi").
    fn name_closing(&self, clause: &[Word]) -> Option<PersonId> {
        let (first, last) = (clause.first()?, clause.last()?);
        let i = self
            .mentions
            .partition_point(|(r, _)| r.end <= last.range.start);
        let (r, p) = self.mentions.get(i)?;
        let covers = r.start >= first.range.start && r.start <= last.range.start;
        if !covers || r.end < last.range.end || governed(self.text, r.start) {
            return None;
        }
        if genitive(self.text, r.start) || previous_word(self.text, r.start).is_empty() {
            return None;
        }
        let phrase = clause.iter().take_while(|w| w.range.end <= r.start);
        (!phrase.clone().any(|w| cues::is_gerund(w.text))).then_some(*p)
    }

    /// A subject pronoun at `words[k]`. Romanian `el` (he) is also the
    /// Spanish article, so it counts only where an article cannot stand:
    /// before the auxiliary (`el a spus`), closing a clause (`a spus el,`)
    /// or after a Romanian perfect (`a declarat el presei`).
    pub(super) fn is_pronoun_at(&self, words: &[Word], k: usize) -> bool {
        let w = &words[k];
        if cues::is_pronoun(w.text) || self.is_back_reference(w.range.start) {
            return true;
        }
        // "the 53-year-old", "der 53-Jährige", "le septuagénaire": the
        // person given that age, else the person last named.
        // "der 70 Jahre alte Konservative": the same age in three words.
        if k > 0
            && cues::is_determiner(words[k - 1].text)
            && (cues::is_age_epithet(w.text)
                || cues::opens_age_phrase(&words[k..])
                || roles::decade_of(w.text).is_some())
        {
            return true;
        }
        // French "il" is the Italian article too, but only the pronoun is
        // followed by an auxiliary or a verb: "il a déclaré", "il estime".
        if w.text.eq_ignore_ascii_case("il") {
            return words.get(k + 1).is_some_and(|n| {
                ["a", "avait", "est", "était", "aurait"].contains(&n.text)
                    || (n.text.starts_with(char::is_lowercase)
                        && speech::is_speech_verb(n.text)
                        && !speech::is_pro_drop_verb(n.text))
            });
        }
        if !w.text.eq_ignore_ascii_case("el") {
            return false;
        }
        let auxiliary = words
            .get(k + 1)
            .is_some_and(|n| ["a", "au", "mai", "nu"].contains(&n.text));
        // "a declarat el", "a spus el": "a" and a participle of saying is
        // the Romanian perfect (a Spanish "a" takes an infinitive: "volvió
        // a decir el ministro").
        let perfect = k >= 2
            && ["a", "au"].contains(&words[k - 2].text)
            && speech::is_speech_verb(words[k - 1].text)
            && ["at", "it", "ut", "s"]
                .iter()
                .any(|e| words[k - 1].text.ends_with(e));
        let closing = self
            .text
            .get(w.range.end..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|c| !is_word_char(c) && !c.is_whitespace());
        auxiliary || closing || perfect
    }

    /// Whether the mention at `r` is the object of a preposition ("met
    /// *with* Putin"): not a subject.
    pub(super) fn governed(&self, r: &Range<usize>) -> bool {
        governed(self.text, r.start) || governed_through_title(self.text, r.start)
    }

    /// Whether the mention at `r` is followed by a possessive `’s`.
    pub(super) fn possessed(&self, r: &Range<usize>) -> bool {
        possessor(self.text, r)
    }

    pub(in crate::quotes::attribute) fn resolve_pronoun(&self, at: usize) -> Verdict {
        // "The latter said": the last person named, subject or not.
        if let Some(verdict) = self.resolve_back_reference(at) {
            return verdict;
        }
        // "Anna Berg met Tomas Lind. “…,” she said": never someone the
        // corpus shows to be of the other sex. But a "he" that fits nobody
        // is a machine translation's for a woman (Italian drops the
        // subject, the engine writes "he"): then it resolves sex-blind.
        let sex = self.text.get(at..).and_then(referent_sex);
        match self.pronoun_referent(at, sex) {
            None if sex == Some(Sex::Male) => self.pronoun_referent(at, None),
            found => found,
        }
        .map_or(Verdict::Unknown, Verdict::Speaker)
    }

    /// The person a pronoun at `at` of `sex` (`None`: either) stands for.
    fn pronoun_referent(&self, at: usize, sex: Option<Sex>) -> Option<PersonId> {
        let i = self.subjects.partition_point(|(s, _)| *s < at);
        // "he said …, hailing Kirk as a “martyr”": the person a gerund
        // after the pronoun speaks about is not its referent (a name is
        // never bound by a pronoun before it in its own clause).
        let named_after = self.spoken_about_after(at);
        let of_sex = |p: &PersonId| sex.is_none_or(|s| self.sex_of(*p).is_none_or(|of| of == s));
        let fits = |p: &PersonId| !named_after.contains(p) && of_sex(p);
        // "as Voss waved what he said were …": the clause's named subject.
        if let Some(p) = self.relative_clause_subject(at).filter(|p| fits(p)) {
            return Some(p);
        }
        let subject = self.subjects[..i]
            .iter()
            .rev()
            .find(|(_, p)| fits(p))
            .copied();
        let speaker = self.last_speaker.get().filter(|(s, p)| *s < at && fits(p));
        let latest = match (subject, speaker) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        // "The president appeared to be watching. “…” he wrote": a
        // sentence opening with a role since then names the referent. In
        // English only: where a verb drops its subject, this resolution
        // stands for the unwritten one, and there a role sentence between
        // lost on the blind half of the labelled news (one Italian quote).
        let role = (self.language() == Some("en"))
            .then(|| self.role_subject_between(latest.map_or(0, |(a, _)| a), at))
            .flatten()
            .filter(|(_, p)| fits(p));
        let latest = role.or(latest);
        // "the 69-year-old": the one person given that age comes first;
        // with nobody named before it, a lead's "he said" stands for the
        // article's main person, named in full further down.
        let aged = self.aged_person(at).filter(|p| of_sex(p));
        let found = aged
            .or(latest.map(|(_, p)| p))
            .or(self.main_person.filter(|p| fits(p)));
        // "she" goes to the latest subject known to be a woman over one of
        // unknown sex: news names few women, and a woman is seldom named
        // without a title, a common given name or a "she" of her own.
        let woman = |p: &PersonId| self.sex_of(*p) == Some(Sex::Female);
        match sex {
            Some(Sex::Female) if !found.is_some_and(|p| woman(&p)) => self.subjects[..i]
                .iter()
                .rev()
                .map(|&(_, p)| p)
                .chain(self.main_person)
                .find(|p| woman(p) && !named_after.contains(p))
                .or(found),
            _ => found,
        }
    }

    /// Person `p`'s sex, where the corpus tells it (see `sexes`).
    fn sex_of(&self, p: PersonId) -> Option<Sex> {
        self.sexes.get(p.index()).copied().flatten()
    }

    /// The people named as the object of a gerund of speaking ("hailing
    /// Kirk", "definendo Rossi") after `at` in the sentence attributed, when
    /// `at` lies in it. Only a gerund's object: a name opening a clause of
    /// its own, or any name after a possessive ("In his letter, Biden"),
    /// may be the pronoun's referent.
    fn spoken_about_after(&self, at: usize) -> Vec<PersonId> {
        let (start, end) = self.sentence.get();
        if !(start..end).contains(&at) {
            return Vec::new();
        }
        let from = self.mentions.partition_point(|(r, _)| r.start <= at);
        self.mentions[from..]
            .iter()
            .take_while(|(r, _)| r.start < end)
            .filter(|(r, _)| {
                let verb = previous_word(self.text, r.start);
                cues::is_speech_verb(verb) && cues::is_participle(verb)
            })
            .map(|&(_, p)| p)
            .collect()
    }
}

/// Conjunctions that open a clause naming where a report comes from ("As
/// Anna Berg reported, …"), in the languages read.
const AS: &[&str] = &[
    "as", "wie", "comme", "como", "come", "jak", "как", "як", "cum",
];

/// Verbs of reporting in the press that are no speech verbs elsewhere ("As
/// Anna Berg reported", "as she put it"), lower case.
#[rustfmt::skip]
const REPORTED: &[&str] = &[
    "reported", "reports", "wrote", "writes", "put", "informó", "rapporte", "rapporté",
    "berichtete", "berichtet", "schrieb", "riporta", "riportato", "informou", "relatou",
    "podał", "donosi", "сообщил", "сообщила", "повідомив", "повідомила",
];

/// Whether the mention ending at `end`, after a sentence's `head`, is the
/// source of a report rather than its subject: "As CBS's Anna Berg
/// reported, the new pope …" ("As Merz arrived, he …" is his own clause).
fn names_a_source(head: &str, text: &str, end: usize) -> bool {
    let mut head_words = head.split_whitespace();
    let opens_with_as = head_words.next().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !is_word_char(c));
        w.starts_with(char::is_uppercase) && with_lower(w, |w| AS.contains(&w))
    });
    if !opens_with_as || head.contains(',') {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let Some(clause) = rest.split_once(',').map(|(c, _)| c) else {
        return false;
    };
    let reports = |words: &[&str]| {
        (1..=2).contains(&words.len())
            && words
                .iter()
                .any(|w| speech::is_speech_verb(w) || with_lower(w, |w| REPORTED.contains(&w)))
    };
    let after: Vec<&str> = clause.split_whitespace().collect();
    // The verb after the name ("As Anna Berg reported,") or, inverted,
    // before it ("Como informó Anna Berg,").
    reports(&after) || (after.is_empty() && reports(&head_words.collect::<Vec<_>>()))
}

/// Whether the mention at `r` is a photo credit ("Jan Kowalski/Reuters"):
/// a caption's, not its sentence's subject.
fn credit(text: &str, r: &Range<usize>) -> bool {
    text.get(r.end..).is_some_and(|rest| rest.starts_with('/'))
}

/// The first person named in each sentence who can be its subject: not
/// after a he/she ("He said he greeted Trump"), nor the object of a
/// preposition or of an opening gerund clause ("Speaking with Trump, …"),
/// nor after "de" or as a possessor while the sentence names someone else
/// ("Las amenazas de Putin pesan … y Merz lo sabe": Merz).
pub(super) fn sentence_subjects(
    text: &str,
    mentions: &[(Range<usize>, PersonId)],
) -> Vec<(usize, PersonId)> {
    let mut subjects = Vec::new();
    let mut last_end = 0;
    // Start of the sentence still looking for its subject, if one is.
    let mut open: Option<usize> = None;
    // The sentence's first name after "de", its subject if no other comes.
    let mut genitive_subject: Option<(usize, PersonId)> = None;
    for (r, p) in mentions {
        let between = text.get(last_end..r.start).unwrap_or("");
        last_end = r.end;
        let sentence_start = || r.start - between.len() + last_sentence_start(between);
        let ends = ends_sentence(between);
        if ends || open.is_none() {
            subjects.extend(genitive_subject.take());
        }
        if ends {
            open = Some(sentence_start());
        } else if subjects.is_empty() && open.is_none() {
            // Until a first subject is found, every mention may be one.
            open = Some(sentence_start());
        }
        let Some(start) = open else { continue };
        if pronoun_leads(between) {
            open = None;
            genitive_subject = None;
            continue;
        }
        let head = text.get(start..r.start).unwrap_or("");
        if governed(text, r.start)
            || agent_of_participle(text, r.start)
            || governed_apposition(text, r.start)
            || credit(text, r)
            || in_opening_clause(head)
            || in_role_aside(head)
            || after_role_subject(head)
            || names_a_source(head, text, r.end)
        {
            continue;
        }
        // "Since Garnier’s conviction, Berg has …": a possessor, like a
        // name after "de", is the subject only if no other name follows.
        if genitive(text, r.start) || possessor(text, r) {
            genitive_subject = genitive_subject.or(Some((r.start, *p)));
            continue;
        }
        genitive_subject = None;
        subjects.push((r.start, *p));
        open = None;
    }
    subjects.extend(genitive_subject);
    subjects
}

/// Whether the mention at `r` owns what follows it ("Putin’s remarks").
fn possessor(text: &str, r: &Range<usize>) -> bool {
    let rest = text.get(r.end..).unwrap_or("");
    rest.starts_with("’s") || rest.starts_with("'s") || rest.starts_with("ʼs")
}
