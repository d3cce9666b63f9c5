//! The reporting verb of the words before a quote and its subject: which
//! word reports ("said", "a déclaré", a possessed "remarks"), which one
//! is a noun after an article or sets the scene, and who is its subject;
//! the relative clauses and appositions whose words report nothing.

use std::ops::Range;

use super::{Context, Verdict};
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::{Word, ends_speech_phrase, opens_with_possessor};
use crate::text::dashes::first_spaced;
use crate::text::{roles, speech, words::is_word_char};

impl Context<'_> {
    /// The reporting verb (or possessed reporting noun) of a segment and its
    /// subject: `None` when there is no such verb, `Some(None)` when there is
    /// a verb but no subject. The first verb reports, except that an
    /// introduction (`last`: the segment ends in a colon) is reported by its
    /// last verb ("H asked him … and X replied:").
    pub(super) fn reporting_clause(&self, words: &[Word], last: bool) -> Option<Option<Verdict>> {
        // Not when an article or "as" follows: "She called Trump’s words a “…”".
        let owned = |k: usize| {
            k > 0
                && words[k - 1].is_possessor()
                && cues::is_speech_noun(words[k].text)
                && !(words[k - 1].possessive
                    && words
                        .get(k + 1)
                        .is_some_and(|n| cues::is_noun_marker(n.text) || n.text == "as"))
        };
        let reports =
            |&k: &usize| (self.is_verb(words, k) && !self.opens_scene(words, k)) || owned(k);
        // "In Moscow, where the Kremlin is accused of …, X claimed": a verb
        // inside a relative clause or apposition reports nothing here
        // while one outside it can.
        let clause = words
            .first()
            .zip(words.last())
            .and_then(|(first, last)| self.relative_clause(first.range.start, last.range.end));
        let outside = |k: &usize| {
            clause
                .as_ref()
                .is_none_or(|c| !c.contains(&words[*k].range.start))
        };
        let k = if last {
            (0..words.len()).rev().find(reports)?
        } else {
            (0..words.len())
                .filter(reports)
                .find(outside)
                .or_else(|| (0..words.len()).find(reports))?
        };
        let k = self.later_clause(words, k, reports).unwrap_or(k);
        // "Zelensky responded to Putin’s idea of a “duel”": a possessed
        // reporting noun right before the quote owns it, whatever verb
        // came first.
        const OWNED_NEAR_QUOTE: usize = 4;
        let k = (words.len().saturating_sub(OWNED_NEAR_QUOTE)..words.len())
            .rev()
            .find(|&j| j > k && owned(j))
            .unwrap_or(k);
        // "X reacted, with spokesperson Y asserting that “…”".
        if let Some(p) = self.absolute_subject(words, k, reports) {
            return Some(Some(Verdict::Speaker(p)));
        }
        let verb = &words[k];
        let before = &words[..k];
        // "Trump’s insistence", "his remarks": the possessor speaks.
        if !self.is_verb(words, k)
            && let Some(v) = self.possessor_verdict(&words[k - 1])
        {
            return Some(Some(v));
        }
        if let Some(p) = self.relative_antecedent(before) {
            return Some(Some(Verdict::Speaker(p)));
        }
        // "as Voss waved what he said were …": the pronoun before the verb
        // is its subject, the named subject of the relative's clause.
        if let Some(he) = before.last().filter(|w| cues::is_pronoun(w.text))
            && let Some(p) = self.relative_clause_subject(he.range.start)
        {
            return Some(Some(Verdict::Speaker(p)));
        }
        // "X praised Y's efforts, saying", "X arrived and said": the verb
        // shares the clause's subject, the first person named.
        let coordinated = cues::is_coordinated(words, k);
        let shared = cues::is_participle(verb.text) || coordinated || self.object_then_to(words, k);
        let subject = if shared {
            // "Portant un costume de Mao Zedong, Xi a accueilli …, disant":
            // the clause's subject follows its opening phrase.
            let from = self.past_opening_phrase(before);
            // "X predicted it, because Y took to the stage and said" (a verb
            // after "and") and "X laughed, while Y bent down, adding" (a
            // participle) go on the clause they join, whose subject opens it.
            let from = (coordinated || cues::is_participle(verb.text))
                .then(|| self.inner_clause_start(before, from))
                .flatten()
                .unwrap_or(from);
            self.first_subject(&before[from..], verb.range.start)
        } else {
            self.nearest_subject(before, verb.range.start)
        };
        // "erklärte Trzaskowski:", "a spus el": the subject after its verb,
        // which English writes only after the quote ("…,” said X) or in a
        // headline's "Says X," (`says`), not "asked whether he would". A
        // verb after "and" has its subject before ("și a acuzat Y").
        // Only "…, said minister X, adding that “…”": English inverts after
        // the words the verb reports, and a participle past a comma reports
        // the quote with the same subject.
        let adding = || {
            (k + 2..words.len()).any(|j| {
                cues::is_participle(words[j].text)
                    && cues::is_speech_verb(words[j].text)
                    && self.comma_before(words, j)
            })
        };
        let inverted = || {
            ((!speech::is_english_speech_verb(verb.text) || adding()) && !coordinated)
                .then(|| self.inverted_subject(&words[k + 1..]))
                .flatten()
        };
        // "Sokolov, sottolinea il tycoon, «…»": a verb set off by a comma
        // with an epithet after it is an inserted clause whose subject is
        // the epithet, someone named before; the name before the comma is
        // the quote's topic.
        let aside = || {
            self.comma_before(words, k)
                .then(|| self.epithet_before(&words[k + 1..], Some(words[0].range.start)))
                .flatten()
        };
        let says = || self.says_name(words, k);
        let verdict = aside().or(subject).or_else(inverted).or_else(says);
        if verdict.is_none()
            && let Some(v) = self.subject_right_before(words, k, reports)
        {
            return Some(Some(v));
        }
        // "A stance echoed by figures like X, who dismissed it as “…”": a
        // verb with no subject yields to a later one opening a relative
        // clause on a name, whose subject that name is.
        if verdict.is_none()
            && let Some(p) = (k + 1..words.len())
                .filter(reports)
                .find_map(|j| self.relative_antecedent(&words[..j]))
        {
            return Some(Some(Verdict::Speaker(p)));
        }
        Some(verdict)
    }

    /// "The speech underscored his commitment to fighting what he calls
    /// “…”": a reporting verb with no subject yields to a later one right
    /// before the quote (among its last words: "calls them", "described
    /// as") whose subject, a pronoun or a name, stands right before it, no
    /// comma between ("Says X, claims Iran …": X is no subject of "claims"
    /// there but an inverted one of "Says").
    fn subject_right_before(
        &self,
        words: &[Word],
        k: usize,
        reports: impl Fn(&usize) -> bool,
    ) -> Option<Verdict> {
        const NEAR_QUOTE: usize = 3;
        let from = (k + 2).max(words.len().saturating_sub(NEAR_QUOTE));
        let subject_before = |j: &usize| reports(j) && !self.comma_before(words, *j);
        (from..words.len()).filter(subject_before).find_map(|j| {
            let subject = &words[j - 1];
            if self.is_pronoun_at(words, j - 1) {
                return self
                    .resolve_pronoun(subject.range.start)
                    .speaker()
                    .map(Verdict::Speaker);
            }
            self.mention_covering(subject.range.start)
                .map(Verdict::Speaker)
        })
    }

    /// Where the last subordinate clause among `words[from..]` that opens
    /// with its own subject ("because Y took …", "while she spoke …")
    /// starts: the word after its conjunction.
    fn inner_clause_start(&self, words: &[Word], from: usize) -> Option<usize> {
        (from + 1..words.len()).rev().find(|&j| {
            cues::is_inner_subordinator(words[j - 1].text)
                && (self.is_pronoun_at(words, j) || self.mention_at(words[j].range.start).is_some())
        })
    }

    /// "X cited former Prime Minister Y to assert that …": a reporting verb
    /// after "to" and a name that a verb before it takes as its object
    /// (a lower-case "-ed" or "-ing" word, a title between) says what the
    /// clause's subject used that person for: the subject speaks, as with
    /// a participle. "Y went on to say" names Y before its own verb.
    fn object_then_to(&self, words: &[Word], k: usize) -> bool {
        /// Title words between the verb and the name ("former Indian Prime
        /// Minister").
        const TITLE_WORDS: usize = 5;
        let (Some(to), Some(name)) = (
            k.checked_sub(1).map(|i| &words[i]),
            k.checked_sub(2).map(|i| &words[i]),
        ) else {
            return false;
        };
        if to.text != "to" {
            return false;
        }
        let Some((r, _)) = self.mention_ended_at(name.range.end) else {
            return false;
        };
        let before_name = words[..k - 2]
            .iter()
            .rev()
            .skip_while(|w| w.range.start >= r.start);
        for w in before_name.take(TITLE_WORDS + 1) {
            if w.text.starts_with(char::is_uppercase)
                || crate::text::roles::role_of_any_case(w.text).is_some()
                || w.text == "former"
            {
                continue;
            }
            let verb_like = w.text.starts_with(char::is_lowercase)
                && (w.text.ends_with("ed") || w.text.ends_with("ing"));
            return verb_like && !cues::is_speech_verb(w.text);
        }
        false
    }

    /// A reporting word after `words[k]` that reports instead, its clause
    /// having a subject of its own: "Trump thanked Musk …, and Musk
    /// reassured that “…”" (a coordinator, then the subject right before
    /// the verb), or "In his speech, Nawrocki accused …" (a possessed noun
    /// closing an opening phrase sets the scene for the clause after it).
    fn later_clause(
        &self,
        words: &[Word],
        k: usize,
        reports: impl Fn(&usize) -> bool,
    ) -> Option<usize> {
        let owned = !self.is_verb(words, k);
        let scene = owned && self.comma_before(words, k + 1);
        (k + 2..words.len()).filter(|j| reports(j)).find(|&j| {
            // "X’s proposal is worth a look, Y has said, praising …": an
            // auxiliary may stand between the subject and the verb.
            let auxiliary = cues::is_perfect_auxiliary(words[j - 1].text) && j > k + 2;
            let subject = &words[if auxiliary { j - 2 } else { j - 1 }];
            let i = self
                .mentions
                .partition_point(|(r, _)| r.start <= subject.range.start);
            let named = i
                .checked_sub(1)
                .and_then(|i| self.mentions.get(i))
                .filter(|(r, _)| r.end >= subject.range.end);
            let start = named
                .and_then(|(r, _)| (k + 1..j).find(|&i| words[i].range.start >= r.start))
                .or_else(|| self.is_pronoun_at(words, j - 1).then_some(j - 1));
            let Some(start) = start else {
                return false;
            };
            let linked = start > k + 1 && cues::is_coordinator(words[start - 1].text);
            // A possessed noun's clause ended by a comma: the reporting
            // clause after it ("…, Prime Minister Y has said") reports.
            let after_owned = owned && self.opens_after_comma(words, k, start);
            linked
                || (scene && start == k + 1)
                || after_owned
                || self.main_after_opening(words, k, start)
        })
    }

    /// "reacții dure din partea lui Donald Trump, care a calificat …",
    /// "il commento di Trump, che ha parlato di …", "X, who called it":
    /// a verb opening a relative clause (its relative, then at most an
    /// auxiliary or adverb or two) has the name before the comma as its
    /// subject, though that name is the object of a preposition or "of".
    /// `before` are the words before the verb.
    fn relative_antecedent(&self, before: &[Word]) -> Option<PersonId> {
        /// An auxiliary, a reflexive or an adverb between relative and verb.
        const BETWEEN: usize = 2;
        let from = before.len().saturating_sub(BETWEEN + 1);
        let j = (from..before.len())
            .rev()
            .find(|&j| speech::is_subject_relative(before[j].text))?;
        let name = before.get(j.checked_sub(1)?)?;
        let gap = self.text.get(name.range.end..before[j].range.start)?;
        // A pronoun, article or name after the relative is its clause's own
        // subject ("…, que il considère", "…, qui le juge"): it is the object.
        // A stressed pronoun after the auxiliary ("X, qui a lui appelé à") is
        // no object: those stand before it ("qui lui a dit").
        let emphatic = |i: usize| {
            i > j + 1
                && cues::is_perfect_auxiliary(before[i - 1].text)
                && cues::is_pronoun(before[i].text)
        };
        let plain = (j + 1..before.len()).all(|i| {
            let w = &before[i];
            w.text.starts_with(char::is_lowercase)
                && (!cues::is_pronoun(w.text) || emphatic(i))
                && !cues::is_determiner(w.text)
        });
        if gap.trim() != "," || !plain {
            return None;
        }
        let person = self.mention_covering(name.range.start)?;
        self.mention_ending_at(name.range.end).then_some(person)
    }

    /// Whether `article`, at `words[j]`, is an article, so the reporting
    /// word after it is a noun: "Après l'annonce de la dissolution, X
    /// assure …" is reported by "assure". An article that may be an object
    /// pronoun is one after a subject or negation ("Macron l'annonce"),
    /// and always before a verb of a language that drops its subject.
    fn article_before(&self, words: &[Word], j: usize, article: &Word) -> bool {
        if cues::is_romance_article(article.text) {
            return true;
        }
        // Spanish and Italian put their object pronouns before a verb
        // with no subject ("le dijo", "la annuncia"): only a French verb
        // reads its article so.
        if !cues::is_article_or_object(article.text) || cues::drops_subject(words[j + 1].text) {
            return false;
        }
        let Some(before) = j.checked_sub(1).map(|i| &words[i]) else {
            return true;
        };
        !(cues::precedes_object_pronoun(before.text)
            || self.mention_covering(before.range.start).is_some())
    }

    /// A verb that sets the scene rather than reports: a capitalised
    /// participle or gerund opening the segment ("Speaking to reporters, …",
    /// "but speaking after the verdict, …") or a verb after a subordinator
    /// ("When asked about …", "Following calls with …").
    fn opens_scene(&self, words: &[Word], k: usize) -> bool {
        // "Commentando la condanna, …", "Réagissant au verdict, …" too.
        (k == 0
            && (cues::is_opening_participle(words[k].text)
                || cues::is_opening_gerund(words[k].text)))
            || k.checked_sub(1)
                .is_some_and(|j| cues::is_subordinator(words[j].text))
            || self.linked_scene(words, k)
    }

    /// "…”, but speaking after his sentencing, X said …": a gerund right
    /// after the link that opens the segment, its phrase closed by a
    /// comma, sets the scene for the clause after it as one opening a
    /// sentence does.
    fn linked_scene(&self, words: &[Word], k: usize) -> bool {
        k == 1
            && (cues::is_coordinator(words[0].text) || cues::is_contrast_link(words[0].text))
            && cues::is_gerund(words[k].text)
            && (k + 2..words.len()).any(|i| self.comma_before(words, i))
    }

    /// A reporting verb at `words[k]`. A capitalised one ("States" in "United
    /// States", "Says" in a headline) counts only after a name or at the start.
    pub(super) fn is_verb(&self, words: &[Word], k: usize) -> bool {
        let w = &words[k];
        if !cues::is_clause_verb(w.text) && !ends_speech_phrase(words, k) {
            return false;
        }
        // "as the firm continued to work": going on with a deed, not words.
        if cues::is_aspect_verb(w.text) && words.get(k + 1).is_some_and(|n| n.text == "to") {
            return false;
        }
        let prev = k.checked_sub(1).and_then(|j| words.get(j));
        if prev.is_some_and(|p| self.article_before(words, k - 1, p)) {
            return false;
        }
        // "Since a truce was declared, the leader boasted": no one reports.
        if self.is_passive_of_thing(words, k) {
            return false;
        }
        // "another tweet", "a post", "his call": a noun, not a verb; so is
        // one after "of" ("the head of state told"). Only in English: "a"
        // is the auxiliary of "a spus", "a déclaré".
        if prev.is_some_and(|p| cues::is_noun_marker(p.text) || p.text.eq_ignore_ascii_case("of"))
            && speech::is_english_speech_verb(w.text)
        {
            return false;
        }
        // "on state television", "in remarks to", "via post": after an
        // English preposition a reporting word is a noun or a modifier. Its
        // gerund still reports there ("before adding", "after saying").
        if prev.is_some_and(|p| cues::is_english_preposition(p.text))
            && speech::is_english_speech_verb(w.text)
            && !w.text.ends_with("ing")
        {
            return false;
        }
        // "on Iranian state television": "state" before a medium is its
        // modifier, whatever stands before it.
        if w.text == "state"
            && words
                .get(k + 1)
                .is_some_and(|n| cues::is_state_medium(n.text))
        {
            return false;
        }
        // "a recent tweet", "his first public comments": so with one or two
        // adjectives between, for a word that is a reporting noun too ("the
        // president said" is no noun).
        let marked_before = (2..=3).filter_map(|n| k.checked_sub(n)).any(|j| {
            cues::is_noun_marker(words[j].text)
                && words[j + 1..k]
                    .iter()
                    .all(|a| a.text.starts_with(char::is_lowercase))
        });
        if marked_before && cues::is_speech_noun(w.text) && speech::is_english_speech_verb(w.text) {
            return false;
        }
        if !w.text.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
        match prev {
            None => true,
            Some(prev) => self.mention_in(prev.range.clone()).is_some(),
        }
    }
}

impl Context<'_> {
    /// A relative clause set off by commas within `start..limit` ("Ronaldo,
    /// que foi substituído por Gonçalo Ramos aos 88 minutos, acrescentou"),
    /// or an apposition to the name right before it ("Lopez, an ally of
    /// Maria Berg, said", "Lopez - the first leader to visit in the
    /// president's term - said"): from its opening comma or dash to its
    /// closing one.
    pub(super) fn relative_clause(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        self.comma_clause(start, limit)
            .or_else(|| self.dash_apposition(start, limit))
    }

    /// An aside set off by spaced dashes right after a name: "Lopez – the
    /// first leader to visit – said".
    fn dash_apposition(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        let text = self.text.get(start..limit)?;
        let (opening, dash) = first_spaced(text, &[" - ", " – ", " — "])?;
        if !self.mention_ending_at(start + opening) {
            return None;
        }
        let closing = text[opening + dash.len()..].find(dash)? + opening + dash.len();
        Some(start + opening..start + closing)
    }

    fn comma_clause(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        let text = self.text.get(start..limit)?;
        let opening = text.match_indices(',').map(|(i, _)| i).find(|&i| {
            let next = text[i + 1..].split_whitespace().next().unwrap_or("");
            let next = next.trim_matches(|c: char| !is_word_char(c));
            // "l’ancien ministre": the elided article is a word of its own.
            let article = next.split(['\'', '’']).next().unwrap_or(next);
            speech::opens_relative_clause(next)
                || ((cues::opens_apposition(article)
                    || opens_with_possessor(&text[i + 1..])
                    || opens_bare_apposition(next))
                    && self.mention_ending_at(start + i))
        })?;
        let closing = text[opening + 1..].find(',')? + opening + 1;
        Some(start + opening..start + closing)
    }
}

/// "Alice Weidel, codirigeante de l'AfD et candidate à la chancellerie, a
/// souligné": an apposition without an article opens with a lower-case
/// word (a role, a participle: "Lopez, speaking to reporters, said") or a
/// role noun ("Lopez, CEO of Acme, said"). Its role nouns describe the
/// name before it and stand for no one else. A pronoun or a reporting verb
/// opens an aside instead ("talks with Lopez, he said, would …").
fn opens_bare_apposition(word: &str) -> bool {
    if speech::is_pronoun(word) || speech::is_speech_verb(word) {
        return false;
    }
    word.starts_with(char::is_lowercase) || roles::role_of(word).is_some()
}
