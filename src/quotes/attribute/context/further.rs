//! Speakers named further from the quote than its own clause: "according
//! to" with a name, pronoun or role; a label after a dash or German `so`;
//! a name kept from its verb by an apposition or relative clause; a credit
//! opening the next sentence.

use super::{Context, Verdict};
use crate::corpus::is_clock_time;
use crate::ids::PersonId;
use crate::quotes::Quote;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::dashes::is_dash;
use crate::text::fold::with_lower;
use crate::text::inflection::name_key;
use crate::text::words::{is_apostrophe, is_word_char};
use crate::text::{roles, speech};

/// How many words an apposition or relative clause between a name and its
/// verb may hold ("Biden, the 46th president of the United States, wrote"):
/// longer, and the comma more likely closes an unrelated clause.
const APPOSITION_WORDS: usize = 16;
/// Bytes of the next sentence read for a credit (more than `CREDIT_WORDS`
/// words of news prose).
pub(super) const CREDIT_BYTES: usize = 200;

impl Context<'_> {
    /// Whether a quote is its own sentence (nothing but marks and punctuation
    /// around it, or a live page's time stamp before it: "18:06 “…”").
    pub(in crate::quotes::attribute) fn stands_alone(&self, q: &Quote) -> bool {
        let before = self
            .text
            .get(q.sentence().start..q.outer().start)
            .unwrap_or("");
        let after = self.text.get(q.outer().end..q.sentence().end).unwrap_or("");
        (!before.chars().any(is_word_char) || is_time_stamp(before))
            && !after.chars().any(is_word_char)
    }

    /// Whether the narrative words of a quote's sentence name nobody: no
    /// person, pronoun or role noun outside its quotation marks ("Per
    /// quanto riguarda i trasporti «…» mentre «…»").
    pub(in crate::quotes::attribute) fn names_nobody(&self, q: &Quote) -> bool {
        let words = self.words(q.sentence());
        (0..words.len()).all(|k| {
            self.mention_in(words[k].range.clone()).is_none()
                && !self.is_pronoun_at(&words, k)
                && self.role_at(&words, k).is_none()
        })
    }

    /// Whether nothing but punctuation stands between the sentence of
    /// `earlier` and that of `later`: they follow one another.
    pub(in crate::quotes::attribute) fn next_sentence(
        &self,
        earlier: &Quote,
        later: &Quote,
    ) -> bool {
        let from = earlier.sentence().end.max(earlier.outer().end);
        from <= later.sentence().start
            && self
                .text
                .get(from..later.sentence().start)
                .is_some_and(|between| !between.chars().any(is_word_char))
    }

    /// `according to X` (`selon X`, `laut X`, `за словами X`): the person
    /// named within a few words after it; `according to him`, `secondo lui`,
    /// `за його словами`: the person the pronoun stands for; `according to
    /// the Russian leader`, `según el canciller`: the person in that role.
    pub(super) fn according_to(&self, words: &[Word]) -> Option<PersonId> {
        let (k, len) = (0..words.len())
            .find_map(|k| according_marker(words, k))
            .or_else(|| self.for_the_role(words))?;
        // A capitalised one-word marker ("Selon X") may open the name's run
        // of capitals, so the window includes it.
        let from = if len == 1 { k } else { k + len };
        // "По его словам, лидер … Трамп": a pronoun the comma (or the end
        // of the words) closes names the speaker before any name after it.
        let pronoun = marker_pronoun(words, k, len);
        // "…, tandis que Zelensky affirmait que l'attaque était évitable
        // selon lui : « … »": a pronoun marker closing a clause with its
        // own reporting verb stands for that verb's subject.
        if pronoun.is_some()
            && k > 0
            && let Some(p) = self
                .reporting_clause(&words[..k], true)
                .flatten()
                .and_then(Verdict::speaker)
        {
            return Some(p);
        }
        if let Some(at) = pronoun
            && self.closes_marker(words, k + len, at)
            && let Some(p) = self.pronoun_speaker(&words[at])
        {
            return Some(p);
        }
        // "За його словами, «…»": the marker may end the words, its
        // pronoun inside it; an empty window names nobody, the pronoun may.
        // A comma closes it: "Jak ocenił premier, gest Merza …" names the
        // premier, not Merz.
        let mut end = (k + len + 4).min(words.len());
        if let Some(comma) = (from + 1..end).find(|&i| self.comma_before(words, i)) {
            end = comma;
        }
        let window = words.get(from..end.max(from))?;
        if let (Some(first), Some(last)) = (window.first(), window.last())
            && let Some(p) = self.mention_in(first.range.start..last.range.end)
        {
            return Some(p);
        }
        if let Some(p) = self.name_apposed_to_role(&words[k + len..]) {
            return Some(p);
        }
        if let Some(at) = pronoun {
            return self.pronoun_speaker(&words[at]);
        }
        // The role's qualifier may run past the window ("dall'inquilino
        // dell'Eliseo"): the noun is read with the words after it.
        let rest = &words[from..];
        (0..window.len())
            .find_map(|i| {
                self.role_phrase(rest, i)
                    .or_else(|| self.governed_role_noun(rest, i))
            })
            .or_else(|| {
                // "Pour le candidat d'extrême droite, …": an epithet no one
                // here is named with stands for the report's subject.
                self.epithet_subject(&words[k + len..])?.speaker()
            })
    }

    /// Whether a comma or the end of the words closes the marker ending at
    /// `marker_end` with its pronoun at `at` ("According to him, Trump …");
    /// without one, a name right after the pronoun is read first.
    fn closes_marker(&self, words: &[Word], marker_end: usize, at: usize) -> bool {
        let end = marker_end.max(at + 1);
        end >= words.len() || self.comma_before(words, end)
    }

    /// The person the pronoun `word` stands for, if it resolves to one.
    fn pronoun_speaker(&self, word: &Word) -> Option<PersonId> {
        self.resolve_pronoun(word.range.start).speaker()
    }

    /// "Selon la présidente du groupe RN, Marine Le Pen, …", "según el
    /// presidente del Gobierno, Pedro Sánchez": a role phrase opening
    /// `words`, closed by a comma, then the name it describes, set off as
    /// an apposition (a comma, a stop or the quote after it). The role
    /// noun stands in the first words and no name comes before its comma.
    fn name_apposed_to_role(&self, words: &[Word]) -> Option<PersonId> {
        const ROLE_AT_MOST: usize = 3;
        let role_at = words
            .iter()
            .take(ROLE_AT_MOST)
            .position(|w| roles::role_of(w.text).is_some())?;
        for i in role_at + 1..words.len().min(role_at + APPOSITION_WORDS) {
            let gap = self
                .text
                .get(words[i - 1].range.end..words[i].range.start)?;
            if gap.contains(',') {
                let (r, p) = self.mention_at(words[i].range.start)?;
                // The word before a name may be its title ("Premier Donald
                // Tusk"), not any noun: "premier, gest Merza" names Merz as
                // the possessor of a gesture, not as the premier.
                let titled = words[i].text.starts_with(char::is_uppercase);
                if r.start != words[i].range.start && !titled {
                    return None;
                }
                let next = self.text.get(r.end..)?.trim_start().chars().next();
                return next.is_none_or(|c| !is_word_char(c)).then_some(p);
            }
            if gap.chars().any(|c| !c.is_whitespace() && !is_apostrophe(c))
                || self.mention_starting_in(words[i].range.clone()).is_some()
            {
                return None;
            }
        }
        None
    }

    /// "Pour le candidat d'extrême droite, cette victoire est un « … »",
    /// "Para el seleccionador, «…»": "for" and a role phrase closed by a
    /// comma open the sentence, the statement follows: "according to" that
    /// role (a one-word marker, so the window holds the role). A role
    /// phrase running on past a few words is "for" someone's benefit.
    fn for_the_role(&self, words: &[Word]) -> Option<(usize, usize)> {
        const PHRASE_WORDS: usize = 5;
        let [marker, article, noun, ..] = words else {
            return None;
        };
        let opens = with_lower(marker.text, |m| {
            matches!(m, "pour" | "para" | "per" | "pentru")
        });
        if !opens || !cues::is_determiner(article.text) || roles::role_of(noun.text).is_none() {
            return None;
        }
        let closed = (3..words.len())
            .take(PHRASE_WORDS)
            .any(|i| self.comma_before(words, i));
        closed.then_some((0, 1))
    }

    /// "«…», según el canciller", "…, according to the Russian leader": an
    /// "according to" opening the words after the quote.
    pub(super) fn according_after(&self, after: &[Word]) -> Option<PersonId> {
        let head = after.get(..after.len().min(2))?;
        let i = head
            .iter()
            .position(|w| cues::is_according(w.text) || w.text.eq_ignore_ascii_case("according"))?;
        self.according_to(&after[i..])
    }

    /// A speaker named after the quote without a verb: a label after a dash
    /// (`‘…’ – Jane Doe`), German `so` or Italian `così` (`„…“, so Merz`,
    /// `«…», così Neri`).
    pub(super) fn label_after(&self, q: &Quote, after: &[Word]) -> Option<PersonId> {
        let first = after.first()?;
        let gap = self.text.get(q.outer().end..first.range.start)?;
        let dashed = gap.contains(is_dash)
            && gap
                .chars()
                .all(|c| c.is_whitespace() || is_dash(c) || c == ',');
        // "„…“ an dessen Überwachung mitzuwirken, so Merz.": German `so`
        // after a comma closes the quote's sentence.
        let so_after_comma =
            || (1..after.len()).find(|&i| after[i].text == "so" && self.comma_before(after, i));
        let from = if dashed {
            0
        } else if matches!(first.text, "so" | "così" | "cosi") && gap.trim() == "," {
            1
        } else if let Some(i) = so_after_comma() {
            i + 1
        } else {
            return None;
        };
        let window = after.get(from..after.len().min(from + 3))?;
        let (start, end) = (window.first()?.range.start, window.last()?.range.end);
        self.mention_in(start..end)
            .or_else(|| dashed.then(|| self.person_spelled(window)).flatten())
            // "„…“, so der US-Präsident": a label may be a role.
            .or_else(|| (0..window.len()).find_map(|i| self.role_at(window, i)))
            // "„…“, so in der Pressekonferenz": a `so` naming only the
            // setting leaves its subject to the one a pronoun would name.
            .or_else(|| {
                (!dashed && is_setting_preposition(window[0].text) && self.language() == Some("de"))
                    .then(|| self.resolve_pronoun(start).speaker())
                    .flatten()
            })
    }

    /// A person of this article spelled exactly as the first words of
    /// `words` (the longest run that matches): a credit line the corpus
    /// reads as a dateline ("— Joe Biden (@JoeBiden) July 21, 2024") holds
    /// no mention, yet names someone the article names elsewhere.
    fn person_spelled(&self, words: &[Word]) -> Option<PersonId> {
        let first = words.first()?;
        (1..=words.len()).rev().find_map(|n| {
            let last = &words[n - 1];
            if !last.text.starts_with(char::is_uppercase) {
                return None;
            }
            let spelled = self.text.get(first.range.start..last.range.end)?;
            self.ranked.iter().copied().find(|&p| {
                self.people.get(p.index()).is_some_and(|person| {
                    person.name == spelled || person.variants.iter().any(|v| v == spelled)
                })
            })
        })
    }

    /// A quote standing alone, credited by a dash label after it in its
    /// paragraph or alone in the next ("… pic.twitter.com/x ¶ — Jane Doe
    /// (@jane) July 21, 2024"): the label as [`Self::label_after`] reads it.
    pub(super) fn label_next(&self, q: &Quote) -> Option<PersonId> {
        let next = self.article.paragraphs.get(q.paragraph() + 1);
        let end = next
            .map_or(q.sentence().end, |p| p.end())
            .min(self.text.len());
        let words = self.words(q.outer().end..end.max(q.outer().end));
        self.label_after(q, &words)
    }

    /// `“…,” Biden, the 46th president of the United States, wrote`, `“…,”
    /// X, who met Y in Rome on Monday, said`: a name opening the words after
    /// the quote, set off by commas from the reporting verb that follows.
    pub(super) fn apposed_speaker(&self, after: &[Word]) -> Option<PersonId> {
        let first = after.first()?;
        let (r, p) = self.mention_at(first.range.start)?;
        if !self.text.get(r.end..)?.starts_with(',') {
            return None;
        }
        let start = after.iter().position(|w| w.range.start >= r.end)?;
        let stop = after.len().min(start + APPOSITION_WORDS);
        for i in start + 1..stop {
            let gap = self
                .text
                .get(after[i - 1].range.end..after[i].range.start)?;
            // A quotation or a clause end in between: the verb is not the name's.
            if gap
                .chars()
                .any(|c| is_word_char(c) || matches!(c, ';' | ':'))
            {
                return None;
            }
            let verb_at = if cues::is_adverb(after[i].text) {
                i + 1
            } else {
                i
            };
            if gap.contains(',') && verb_at < after.len() && self.is_verb(after, verb_at) {
                return Some(p);
            }
        }
        None
    }

    /// "Le parole di Inzaghi: «…»", "In the words of the pontiff, “…”": a
    /// noun for words, a link and the person (or role) who spoke them.
    pub(super) fn words_of(&self, words: &[Word], intro: bool) -> Option<PersonId> {
        let opens_with_in = words
            .first()
            .is_some_and(|w| w.text.eq_ignore_ascii_case("in"));
        if !intro && !opens_with_in {
            return None;
        }
        let j = words.iter().position(|w| speech::is_words_noun(w.text))?;
        let is_link = |w: &Word| cues::is_role_link(w.text) || w.text.eq_ignore_ascii_case("lui");
        // "Les mots directs de X", "le parole testuali di X": one
        // lower-case adjective may stand between the noun and an "of"
        // ("remarks to the judge" are no judge's).
        let j = match words.get(j + 1) {
            Some(link) if is_link(link) => j,
            Some(adjective) if adjective.text.starts_with(char::is_lowercase) => {
                words.get(j + 2).filter(|w| {
                    cues::is_genitive_preposition(w.text) || w.text.eq_ignore_ascii_case("of")
                })?;
                j + 1
            }
            _ => return None,
        };
        if let Some(p) = words.get(j + 2).and_then(|w| {
            self.mention_at(w.range.start)
                .map(|(_, p)| p)
                .or_else(|| self.mentioned_surname(w.text))
        }) {
            return Some(p);
        }
        (j + 1..words.len().min(j + 5)).find_map(|i| self.role_at(words, i))
    }

    /// The person named in this article whose name ends in `word`: "Le
    /// parole di Lopez" reads "di Lopez" as a name with its particle (as
    /// "de Gaulle"), which names nobody, though the article named Maria
    /// Lopez; after a speech noun's "of" the word is the surname alone.
    pub(super) fn mentioned_surname(&self, word: &str) -> Option<PersonId> {
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        let key = name_key(word);
        self.ranked.iter().copied().find(|p| {
            self.people
                .get(p.index())
                .and_then(|person| person.name.split_whitespace().last())
                .is_some_and(|surname| name_key(surname) == key)
        })
    }
}

/// Where the pronoun in or right after the "according to" marker of `len`
/// words at `k` stands ("по *его* словам", "according to *him*").
fn marker_pronoun(words: &[Word], k: usize, len: usize) -> Option<usize> {
    (k..(k + len + 1).min(words.len()))
        .find(|&i| cues::is_pronoun(words[i].text) || cues::is_object_pronoun(words[i].text))
}

/// An "according to" marker at `words[k]` and how many words it takes.
fn according_marker(words: &[Word], k: usize) -> Option<(usize, usize)> {
    let w = words[k].text;
    if w.eq_ignore_ascii_case("according") {
        return words
            .get(k + 1)
            .filter(|n| n.text.eq_ignore_ascii_case("to"))
            .map(|_| (k, 2));
    }
    if cues::is_according(w) {
        return Some((k, 1));
    }
    // "Pour lui, …", "Para él, …", "Per lui, …": "for him" opening the
    // words before the quote (nothing else there) is "according to him".
    let for_him = k == 0
        && words.len() == 2
        && with_lower(w, |w| {
            matches!(w, "pour" | "para" | "per" | "für" | "pentru")
        })
        && words.get(1).is_some_and(|n| {
            cues::is_pronoun(n.text) || cues::is_object_pronoun(n.text) || n.text == "el"
        });
    if for_him {
        return Some((k, 2));
    }
    // "Pour Luis Enrique, « … »", "Para Sánchez, «…»": the same with a
    // name, nothing but capitalised words after "for" (a one-word marker,
    // so the window holds the name).
    let for_name = k == 0
        && (2..=5).contains(&words.len())
        && with_lower(w, |w| matches!(w, "pour" | "para" | "per" | "pentru"))
        && words[1..]
            .iter()
            .all(|n| n.text.starts_with(char::is_uppercase));
    if for_name {
        return Some((k, 1));
    }
    // "Jak ocenił premier, …", "Как заявил Путин, …", "Як зазначив
    // Зеленський, …": "as X said", the subject after the verb.
    // Asked of every word before a quote: lower-cased once, on the stack.
    let (as_said, by_words) = with_lower(w, |w| {
        (matches!(w, "jak" | "как" | "як"), matches!(w, "за" | "по"))
    });
    if as_said
        && words
            .get(k + 1)
            .is_some_and(|v| cues::is_speech_verb(v.text))
    {
        return Some((k, 2));
    }
    // Ukrainian and Russian "за (його) словами", "по (его) словам": "by
    // (his) words", the pronoun or name around the noun.
    if by_words {
        return (1..=2)
            .find(|&d| {
                words
                    .get(k + d)
                    .is_some_and(|n| with_lower(n.text, |n| matches!(n, "словами" | "словам")))
            })
            .map(|d| (k, d + 1));
    }
    None
}

/// Whether `text` is nothing but a clock time ("18:06", "6.04pm BST"), as a
/// live page stamps each of its posts.
pub(super) fn is_time_stamp(text: &str) -> bool {
    let text = text.trim();
    text.starts_with(|c: char| c.is_ascii_digit()) && with_lower(text, is_clock_time)
}

/// The length of the time stamp opening `paragraph` ("18:09 ", "6.04pm BST
/// "), with the space after it; 0 when it opens with none.
pub(super) fn time_stamp_len(paragraph: &str) -> usize {
    // A clock and at most a zone: two words.
    let mut end = 0;
    let mut stamp = 0;
    for word in paragraph.split_inclusive(char::is_whitespace).take(2) {
        end += word.len();
        if is_time_stamp(&paragraph[..end]) {
            stamp = end;
        }
    }
    stamp
}

/// German prepositions opening the setting of a `so` label ("so im
/// Interview", "so bei der Kundgebung") rather than a speaker.
fn is_setting_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "im" | "bei" | "beim" | "auf" | "am" | "vor" | "gegenüber"
    )
}
