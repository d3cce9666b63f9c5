//! Headline labels before a quote: `Trump: ‘We will win’`, `Merz on the
//! talks: “…”`, and the topic a label may name after its speaker; role
//! nouns a headline writes without their article.

use std::ops::Range;

use super::Context;
use crate::corpus::{ParagraphKind, is_headline_shaped};
use crate::ids::PersonId;
use crate::quotes::Quote;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::roles;
use crate::text::speech;

impl Context<'_> {
    /// `The President. Thank you …` and the paragraphs that go on with it:
    /// a turn of a transcript in the record's style is spoken by the person
    /// the article names in the office of its label, or by the person the
    /// label names (`President Holm. …`).
    pub(super) fn record_office(&self, q: &Quote) -> Option<PersonId> {
        if q.quoted {
            return None;
        }
        // The article's turns, found once for all its unquoted statements.
        let offices = self
            .record_offices
            .get_or_init(|| crate::quotes::extract::record_offices(self.article));
        let k = offices
            .binary_search_by_key(&q.paragraph(), |(paragraph, _)| *paragraph)
            .ok()?;
        let label = offices[k].1.clone();
        // `President Holm.`: the label names its speaker.
        if let Some((_, p)) = self.first_mention_in(label.clone()) {
            return Some(p);
        }
        let words = self.words(label);
        let noun = words.last()?;
        roles::role_of_any_case(noun.text)
            .and_then(|role| self.unlabelled_holder(role))
            .or_else(|| self.role_noun(&words, words.len() - 1))
    }

    /// A transcript that gives a guest turns under his name (`PRESIDENT
    /// HOLM: …`) labels its host by office alone (`THE PRESIDENT: …`): the
    /// office is the first holder of `role` named here who has no turn of
    /// his own. The nearest holder named, as for "the president said", is
    /// the guest just labelled. None when nobody is labelled by name.
    fn unlabelled_holder(&self, role: &str) -> Option<PersonId> {
        /// Words of title before a labelled name ("PRIME MINISTER").
        const TITLE_WORDS: usize = 3;
        let line_start = |at: usize| self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let labelled: Vec<PersonId> = self
            .mentions
            .iter()
            .filter(|(r, _)| {
                self.text[r.end..].starts_with(':')
                    && self.text[line_start(r.start)..r.start]
                        .split_whitespace()
                        .count()
                        <= TITLE_WORDS
            })
            .map(|(_, p)| *p)
            .collect();
        if labelled.is_empty() {
            return None;
        }
        let holders = self.role_mentions.get_or_init(|| self.role_mentions());
        holders
            .iter()
            .find(|m| !m.former && roles::fills(m.role, role) && !labelled.contains(&m.person))
            .map(|m| m.person)
    }

    /// Headline style `Trump: ‘We will win’`: nothing but a (titled) name
    /// and a colon before the quote.
    pub(super) fn name_then_colon(&self, range: Range<usize>, words: &[Word]) -> Option<PersonId> {
        let raw = self.text.get(range)?.trim_end();
        if !raw.ends_with(':') || words.is_empty() || words.len() > 5 {
            return None;
        }
        let last = words.last()?;
        let (at, p) = self.last_mention_in(last.range.clone())?;
        // "Meloni sur Musk : « … »": the name after "on" is the topic; the
        // one opening the words speaks (see `subject_then_colon`). "He
        // remembered Doe:", "Lopez turned to Doe:": a name after a verb is
        // its object, and the subject speaks.
        let before: Vec<&Word> = words.iter().take_while(|w| w.range.end <= at).collect();
        let topic = before
            .last()
            .is_some_and(|w| cues::is_topic_preposition(w.text));
        (!topic && before.into_iter().all(|w| titles_a_name(w))).then_some(p)
    }

    /// `Trump was blunt: “…”`, `Merz on the talks: “…”`: a short colon
    /// introduction with no reporting verb, opened by a person, who speaks.
    pub(super) fn subject_then_colon(
        &self,
        range: Range<usize>,
        words: &[Word],
    ) -> Option<PersonId> {
        const MAX_WORDS: usize = 8;
        let raw = self.text.get(range)?.trim_end();
        // "Sur la question d'un accord …, X s'est montré optimiste : « … »":
        // an opening phrase of place or topic, closed by a comma, is passed
        // over; the introduction opens after its last comma.
        let words = match words.first() {
            Some(first)
                if cues::is_scene_preposition(first.text)
                    || cues::is_opening_preposition(first.text) =>
            {
                let comma = (1..words.len())
                    .rev()
                    .find(|&i| self.comma_before(words, i));
                comma.map_or(words, |c| &words[c..])
            }
            _ => words,
        };
        if !raw.ends_with(':') || words.len() > MAX_WORDS {
            return None;
        }
        let opening = words.get(..words.len().min(3))?;
        let (start, end) = (opening.first()?.range.start, opening.last()?.range.end);
        // The name must open the segment: a title may precede it
        // ("President Jane Doe:", "the minister Jane Doe:"), not a subject
        // and its verb ("He remembered Doe:" is the pronoun's words).
        let (r, p) = self.mention_within(start..end)?;
        let titled = opening
            .iter()
            .take_while(|w| w.range.end <= r.start)
            .all(|w| titles_a_name(w));
        titled.then_some(*p)
    }

    /// `‘We will win’: Jane Doe vows …`, `‘…’: Key points of Doe’s victory
    /// speech`: a quote opening a headline, followed by a colon (or, for
    /// the second form, a comma or dash) and a label. The person opening
    /// the label speaks (a title-case title may precede the name); so does
    /// a possessor whose speech the label names ("Doe’s address"), while a
    /// possessor of anything else ("Doe’s killer") does not.
    pub(super) fn headline_label(&self, q: &Quote, after: &[Word]) -> Option<PersonId> {
        /// Words of the label read for a possessor of speech.
        const LABEL_WORDS: usize = 8;
        /// Words a speech noun may stand after its possessor ("Doe’s
        /// fiery victory speech").
        const NOUN_WORDS: usize = 3;
        let first = after.first()?;
        if !self.opens_paragraph(q) || !self.in_headline(q.outer().start) {
            return None;
        }
        let gap = self.text.get(q.outer().end..first.range.start)?.trim();
        if !matches!(gap, ":" | "," | "-" | "–" | "—") {
            return None;
        }
        if gap == ":"
            && let Some(p) = self.label_opener(after)
        {
            return Some(p);
        }
        let label = &after[..after.len().min(LABEL_WORDS)];
        label.iter().enumerate().find_map(|(i, w)| {
            let speech = label[i + 1..]
                .iter()
                .take(NOUN_WORDS)
                .any(|n| cues::is_speech_noun(n.text));
            (w.possessive && speech)
                .then(|| self.mention_covering(w.range.start))
                .flatten()
        })
    }

    /// `Italy will not give in to ‘blackmail’: Doe`, `“…”, the words of
    /// Doe`: a headline signed at its end by the person it quotes, after a
    /// colon, a dash or a bar (a titled name and nothing else), or after a
    /// comma as the owner of the words ("the words of Doe").
    pub(super) fn headline_signature(&self, q: &Quote) -> Option<PersonId> {
        /// Words of the signature: a title and a name ("Prime Minister Jane Doe").
        const SIGNATURE_WORDS: usize = 4;
        /// Bytes of a headline at most: a longer paragraph, even one taken
        /// for the title, is never read for a signature (nor measured per
        /// quote, which would make a huge one quadratic).
        const HEADLINE_BYTES: usize = 800;
        let paragraph = self.article.paragraph_at(q.outer().start)?;
        let range = self.article.paragraphs.get(paragraph)?.range();
        if range.len() > HEADLINE_BYTES || !self.in_headline(q.outer().start) {
            return None;
        }
        let end = range.end;
        let tail = self.text.get(q.outer().end..end)?;
        let cut = tail.rfind([':', ',', '|', '–', '—'])?;
        let sign_start = q.outer().end + cut;
        let separator = tail[cut..].chars().next()?;
        let words = self.words(sign_start..end);
        if words.is_empty() || words.len() > SIGNATURE_WORDS {
            return None;
        }
        if separator == ',' {
            let owner_of_words = words.iter().take(2).any(|w| speech::is_words_noun(w.text))
                && cues::is_determiner(words[0].text);
            return owner_of_words
                .then(|| self.words_of(&words, true))
                .flatten();
        }
        let last = words.last()?;
        let (at, p) = self.last_mention_in(sign_start..end)?;
        let titled = words
            .iter()
            .take_while(|w| w.range.end <= at)
            .all(|w| w.text.starts_with(char::is_uppercase));
        (titled && self.mention_covering(last.range.start) == Some(p)).then_some(p)
    }

    /// The person who opens a headline label, after title-case words at
    /// most ("US President Jane Doe"), and is no possessor.
    fn label_opener(&self, label: &[Word]) -> Option<PersonId> {
        /// Title words before the name ("Canadian Prime Minister").
        const TITLE_WORDS: usize = 3;
        let first = label.first()?;
        let i = self
            .mentions
            .partition_point(|(r, _)| r.start < first.range.start);
        let (r, p) = self.mentions.get(i)?;
        let titles = label.iter().take_while(|w| w.range.end <= r.start);
        let titled = titles.clone().count() <= TITLE_WORDS
            && titles
                .clone()
                .all(|w| w.text.starts_with(char::is_uppercase) && !cues::is_preposition(w.text));
        (titled && !self.possessed(r)).then_some(*p)
    }

    /// Whether the headline around `q` names anyone but `person`, by a
    /// mention or by a word of the name the article gives someone else (a
    /// title-case "Rival Claims ‘…’" may hold no mention): such a headline
    /// may quote them, and is left to its cues.
    pub(in crate::quotes::attribute) fn headline_names_another(
        &self,
        q: &Quote,
        person: PersonId,
    ) -> bool {
        /// Name words shorter than this ("Li", "de") match common words.
        const NAME_CHARS: usize = 3;
        let Some(range) = self
            .article
            .paragraph_at(q.outer().start)
            .and_then(|i| self.article.paragraphs.get(i))
            .map(|p| p.range())
        else {
            return false;
        };
        let names_another = |w: &Word| match self.mention_covering(w.range.start) {
            Some(p) => p != person,
            None => self.ranked.iter().any(|&p| {
                p != person
                    && self.people.get(p.index()).is_some_and(|other| {
                        other
                            .name
                            .split_whitespace()
                            .any(|n| n.chars().count() >= NAME_CHARS && n == w.text)
                    })
            }),
        };
        self.words(range)
            .iter()
            .filter(|w| w.text.starts_with(char::is_uppercase))
            .any(names_another)
    }

    /// Whether byte `at` lies in the title or in a headline below a site's
    /// banner: a short paragraph with no closing stop.
    pub(in crate::quotes::attribute) fn in_headline(&self, at: usize) -> bool {
        self.article
            .paragraph_at(at)
            .and_then(|i| self.article.paragraphs.get(i))
            .is_some_and(|p| {
                p.kind == ParagraphKind::Title || is_headline_shaped(&self.text[p.range()])
            })
    }

    /// "Utah governor calls the attack …", "… of France, justice minister
    /// says", "Iran supreme leader claims …": a headline drops its
    /// articles, so a role noun opening a clause of a headline, after two
    /// qualifiers at most, stands for its holder as "the governor" would.
    pub(super) fn opens_title_clause(&self, words: &[Word], k: usize) -> bool {
        const QUALIFIERS: usize = 2;
        let noun = &words[k];
        if !self.in_headline(noun.range.start) {
            return false;
        }
        let qualifies = |j: usize| {
            let q: &Word = &words[j];
            !q.possessive
                && !cues::is_speech_verb(q.text)
                && !cues::is_determiner(q.text)
                && !cues::is_role_link(q.text)
                && !self.comma_before(words, j + 1)
        };
        let first = (k.saturating_sub(QUALIFIERS)..k)
            .rev()
            .take_while(|&j| qualifies(j))
            .last()
            .map_or(noun, |j| &words[j]);
        let before = self.text[..first.range.start].trim_end_matches(' ');
        before.is_empty() || before.ends_with([',', '\n', ':', '-', '–', '—'])
    }
}

/// Whether `w` may stand before a name in a label as part of its title:
/// a capitalised word ("President", "Prime Minister"), an article, a role
/// noun, a country's adjective or a role's link ("le président français",
/// "la ministra della Difesa"); not a verb or a pronoun's lower-case verb.
fn titles_a_name(w: &Word) -> bool {
    w.text.starts_with(char::is_uppercase)
        || cues::is_determiner(w.text)
        || cues::is_role_noun(w.text)
        || cues::is_role_link(w.text)
        || crate::text::roles::country_of(&super::qualifiers::fold_qualifier(w.text)).is_some()
}

/// A colon label naming a topic: "On Doe:", "E su Rossi:", "Und über
/// Lind:", "Poi su Rossi:", "Et puis sur Morin :": a topic preposition
/// opening the words before the colon, after at most two linking words
/// (a coordinator, an adverb of sequence), so a name after it is what is
/// spoken of.
pub(super) fn is_topic_label(words: &[Word], raw: &str) -> bool {
    const LABEL_WORDS: usize = 6;
    const LINKS: usize = 2;
    let links = words
        .iter()
        .take(LINKS)
        .take_while(|w| cues::is_coordinator(w.text) || cues::is_inverted_adverb(w.text))
        .count();
    let opening = &words[links..];
    raw.trim_end().ends_with(':')
        && opening.len() <= LABEL_WORDS
        && opening
            .first()
            .is_some_and(|w| cues::is_topic_preposition(w.text))
}
