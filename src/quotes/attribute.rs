//! Attributing quotes to speakers.
//!
//! Each quote is read against the words of its sentence outside quotation
//! marks, in this order (the first rule that decides wins):
//!
//! 1. the attribution between dashes inside the quotation (`«… – ha detto
//!    X – …»`), then `according to X` before the quote, or a stance frame
//!    opening its sentence (`For him, …`, `A juicio de X, …`);
//! 2. an introduction ending in a colon or a reporting participle
//!    (`Trump said: “…”`, `…, stating, “…”`): the subject of its reporting verb;
//! 3. a reporting clause right after the quote (`“…,” X said`, `said X`,
//!    `“…,” he told reporters`, `‘…’, says X`); when that clause has a
//!    speech verb but no person (`the source said`, `said one diplomatic
//!    source`), the quote stays unattributed rather than guessed, unless a
//!    reporting verb before the quote has a subject (`X a mis en garde
//!    contre « … », qu'il considère …`);
//! 4. a reporting verb earlier in the sentence (`X stated it was “…”`), with
//!    its nearest preceding person, pronoun or role noun as subject (the
//!    clause's first one for participles and `and`: "X praised Y's efforts,
//!    saying"; the one after the verb in languages that invert: "erklärte
//!    X:"); scene-setting openers ("Speaking to reporters, …", "When asked
//!    …") are not the reporting verb; failing any verb, a person opening
//!    the sentence ("Putin challenged the West to a ‘duel’", `Name: …`);
//! 5. another attributed quote in the same sentence;
//! 6. a quote standing alone as its sentence continues the previous
//!    speaker of its paragraph (or of the previous paragraph, when it opens
//!    one), unless a narrative sentence since names a subject, who speaks
//!    (in English, a sentence opening with a role names its holder);
//!    a paragraph of paraphrase before it opening with a pronoun or a role
//!    ("He called on X and Y to …") is about the speaker, and the names in
//!    its first sentence are objects, not subjects;
//!    with neither, a quote that is its whole paragraph goes to a person
//!    opening the next one with a reporting verb ("“…” ¶ X had insisted"),
//!    and one opening its paragraph as a sentence of its own to a person
//!    so opening the sentence after it there ("“…!!!” X posted on social
//!    media ahead of the opening bell");
//!    a quote in a sentence that names nobody (no person, pronoun or role)
//!    continues an attributed quote of that sentence or the one before;
//! 7. a quote with no cue of its own whose words a quote of the same article
//!    attributed by a cue repeats takes that quote's speaker, over one rules
//!    5–6 carried to it (a headline lifting words from the body's quotation);
//! 8. a quote in a headline that none of these attributes is the words of
//!    the article's principal speaker, who speaks most of its quotes.
//!
//! A quote opening by calling its speaker-to-be by name ("“Anna Berg, I
//! know you're listening”") is never theirs: the person before them in
//! the text speaks.
//!
//! `he`/`she` resolve to the most recent person who was the first-named
//! person of a sentence (a cheap stand-in for the grammatical subject), or
//! in English to the holder of a role opening a sentence since, past an
//! opening phrase ("In July, the president appeared to be watching. “…”
//! he wrote"). A name after a preposition, set off after a role that a
//! preposition governs ("at the prime minister, X,"), or in an aside after
//! a role opening its sentence ("The president, in a jab at X, said"), is
//! no subject.

mod context;
mod cues;
mod principal;
mod repeats;
mod reported;
mod sexes;
mod words;

use std::ops::Range;

use rayon::prelude::*;

use crate::corpus::{Corpus, Languages};
use crate::ids::{PersonId, SourceId};
use crate::people::Person;

use super::Quote;
use context::{Context, Verdict};

/// Sets `speaker` on the quotes whose speaker can be told, and fills `Person::quotes`.
pub fn attribute(corpus: &Corpus, quotes: &mut [Quote], people: &mut [Person]) {
    attribute_with(corpus, &Languages::new(corpus), quotes, people);
}

/// [`attribute`], with the articles' languages detected into `languages`
/// (the analysis shares them with grouping).
pub fn attribute_with(
    corpus: &Corpus,
    languages: &Languages,
    quotes: &mut [Quote],
    people: &mut [Person],
) {
    let sources = corpus.articles.len();
    let mut by_source: Vec<Vec<usize>> = vec![Vec::new(); sources];
    for (i, q) in quotes.iter().enumerate() {
        if let Some(list) = by_source.get_mut(q.source.index()) {
            list.push(i);
        }
    }
    // One pass over all mentions, so each article sees only its own.
    let mut mentions: Vec<Vec<(Range<usize>, PersonId)>> = vec![Vec::new(); sources];
    for p in people.iter() {
        for m in &p.mentions {
            if let Some(list) = mentions.get_mut(m.source.index()) {
                list.push((m.range(), p.id));
            }
        }
    }
    let shared: &[Quote] = quotes;
    let people_ref: &[Person] = people;
    let sexes = sexes::sexes(corpus, people);
    let decided: Vec<Vec<(usize, Option<PersonId>)>> = by_source
        .par_iter()
        .enumerate()
        .filter(|(_, members)| !members.is_empty())
        .map(|(source, members)| {
            let mut own = mentions_for(&mentions, source);
            own.sort_by_key(|(r, _)| r.start);
            join_split_names(&corpus.articles[source].text, &mut own);
            let source = SourceId::new(source);
            let people = (people_ref, sexes.as_slice());
            speakers_in_article(corpus, languages, source, members, shared, &own, people)
        })
        .collect();
    for (i, speaker) in decided.into_iter().flatten() {
        quotes[i].speaker = speaker;
    }
    for p in people.iter_mut() {
        p.quotes.clear();
    }
    for q in quotes.iter() {
        if let Some(p) = q.speaker.and_then(|p| people.get_mut(p.index())) {
            p.quotes.push(q.id);
        }
    }
}

fn mentions_for(
    mentions: &[Vec<(Range<usize>, PersonId)>],
    source: usize,
) -> Vec<(Range<usize>, PersonId)> {
    mentions.get(source).cloned().unwrap_or_default()
}

/// A title-case headline's "Grief over Tom Becket …" can come out as two
/// mentions of one person, "Tom" and "Becket"; read apart, the surname
/// follows a capitalised word, not the preposition that governs the name.
/// Mentions of one person with only spaces between are one.
fn join_split_names(text: &str, mentions: &mut Vec<(Range<usize>, PersonId)>) {
    mentions.dedup_by(|next, prev| {
        let joined = next.1 == prev.1
            && text
                .get(prev.0.end..next.0.start)
                .is_some_and(|gap| !gap.is_empty() && gap.bytes().all(|b| b == b' '));
        if joined {
            prev.0.end = next.0.end;
        }
        joined
    });
}

/// Speakers of one article's quotes (`members`, indices into `quotes`).
fn speakers_in_article(
    corpus: &Corpus,
    languages: &Languages,
    source: SourceId,
    members: &[usize],
    quotes: &[Quote],
    mentions: &[(Range<usize>, PersonId)],
    people: (&[Person], &[Option<sexes::Sex>]),
) -> Vec<(usize, Option<PersonId>)> {
    let article = &corpus.articles[source.index()];
    let outers: Vec<_> = members.iter().map(|&i| quotes[i].outer()).collect();
    // The attribution between dashes inside a quotation is the writer's
    // words: the names in it are mentions like any outside the marks.
    let asides: Vec<_> = members
        .iter()
        .filter_map(|&i| crate::quotes::extract::interruption(&article.text, quotes[i].inner()))
        .map(|cut| cut.aside)
        .collect();
    let marks = (outers.as_slice(), asides.as_slice());
    let ctx = Context::new(article, (languages, source), marks, mentions, people);
    let mut speakers: Vec<Option<PersonId>> = vec![None; members.len()];
    let mut decided = vec![false; members.len()];
    for (k, &i) in members.iter().enumerate() {
        let verdict = match ctx.speaker_of(&quotes[i], k) {
            Verdict::Speaker(p) => ctx
                .speaker_unless_addressed(&quotes[i], p)
                .map_or(Verdict::NoCue, Verdict::Speaker),
            v => v,
        };
        match verdict {
            Verdict::Speaker(p) => {
                ctx.note_speaker(quotes[i].outer().start, p);
                speakers[k] = Some(p);
                decided[k] = true;
            }
            Verdict::Unknown => decided[k] = true,
            Verdict::NoCue => {}
        }
    }
    share_within_sentences(quotes, members, &mut speakers, &decided);
    continue_written_texts(&ctx, quotes, members, &mut speakers, &decided);
    continue_paragraphs(&ctx, quotes, members, &mut speakers, &decided);
    carry_reported_speech(&ctx, quotes, members, &mut speakers, &decided);
    repeats::share_repeated_words(&article.text, quotes, members, &mut speakers, &decided);
    principal::headlines_to_principal(&ctx, quotes, members, &mut speakers, &decided);
    // Rules 5–7 may carry a speaker onto a quote that addresses them. They
    // touch only quotes with no cue of their own: the decided ones were
    // checked in the loop above.
    for (k, &i) in members.iter().enumerate().filter(|&(k, _)| !decided[k]) {
        speakers[k] = speakers[k].and_then(|p| ctx.speaker_unless_addressed(&quotes[i], p));
    }
    members.iter().copied().zip(speakers).collect()
}

/// Rule 5: a quote with no cue of its own takes the speaker of an attributed
/// quote in the same sentence (the previous one first).
fn share_within_sentences(
    quotes: &[Quote],
    members: &[usize],
    speakers: &mut [Option<PersonId>],
    decided: &[bool],
) {
    for k in 0..members.len() {
        if decided[k] {
            continue;
        }
        let sentence = quotes[members[k]].sentence();
        let same = |j: &usize| quotes[members[*j]].sentence() == sentence && speakers[*j].is_some();
        let mut before = (0..k)
            .rev()
            .take_while(|&j| quotes[members[j]].sentence() == sentence);
        let mut after =
            (k + 1..members.len()).take_while(|&j| quotes[members[j]].sentence() == sentence);
        if let Some(j) = before.find(same).or_else(|| after.find(same)) {
            speakers[k] = speakers[j];
        }
    }
}

/// Paragraphs a report or a written text runs on for after its last
/// attributed quote.
const PARAGRAPHS_BACK: usize = 3;

/// The speaker of the latest attributed quote before the `k`th member, a
/// few paragraphs back at most.
fn latest_speaker(
    quotes: &[Quote],
    members: &[usize],
    speakers: &[Option<PersonId>],
    k: usize,
) -> Option<PersonId> {
    let paragraph = quotes[members[k]].paragraph();
    (0..k)
        .rev()
        .take_while(|&j| quotes[members[j]].paragraph() + PARAGRAPHS_BACK >= paragraph)
        .find_map(|j| speakers[j])
}

/// Rule 6a: a quote whose clause says a written text goes on ("…” the
/// message continued.") is the words of the latest attributed quote before
/// it, a paragraph of narrative between them or not. Before rule 6, so
/// the quotes running on from it find its speaker.
fn continue_written_texts(
    ctx: &Context,
    quotes: &[Quote],
    members: &[usize],
    speakers: &mut [Option<PersonId>],
    decided: &[bool],
) {
    for k in 0..members.len() {
        if !decided[k] && speakers[k].is_none() && ctx.goes_on_in_writing(&quotes[members[k]]) {
            speakers[k] = latest_speaker(quotes, members, speakers, k);
        }
    }
}

/// Rule 6b: a quote with no cue inside German reported speech (a
/// subjunctive sentence) carries on the speaker of the latest attributed
/// quote before it, a few paragraphs back at most, else the person a
/// pronoun there would name.
fn carry_reported_speech(
    ctx: &Context,
    quotes: &[Quote],
    members: &[usize],
    speakers: &mut [Option<PersonId>],
    decided: &[bool],
) {
    for k in 0..members.len() {
        if decided[k] || speakers[k].is_some() {
            continue;
        }
        let q = &quotes[members[k]];
        if !ctx.is_reported(q) {
            continue;
        }
        speakers[k] = latest_speaker(quotes, members, speakers, k)
            .or_else(|| ctx.resolve_pronoun(q.outer().start).speaker());
    }
}

/// Lines that are no part of the story's text (captions, promo lines) a
/// speech reported in paragraphs runs on over.
const FURNITURE: usize = 2;

/// Rule 6: a quote that is a whole sentence by itself carries on the speaker
/// of the quote before it in its paragraph, or of the previous paragraph's
/// last quote when it opens its paragraph; a quote in a sentence naming
/// nobody, that of an attributed quote in its sentence or the one before.
fn continue_paragraphs(
    ctx: &Context,
    quotes: &[Quote],
    members: &[usize],
    speakers: &mut [Option<PersonId>],
    decided: &[bool],
) {
    for k in 0..members.len() {
        if decided[k] || speakers[k].is_some() {
            continue;
        }
        let q = &quotes[members[k]];
        // A quote inside a sentence that names nobody ("As for transport,
        // “…”") runs on the report of the sentence before it, and only so.
        let alone = ctx.stands_alone(q) || ctx.goes_on_in_address(q);
        if !alone && !ctx.names_nobody(q) {
            continue;
        }
        let previous_quote = k.checked_sub(1).and_then(|j| {
            let prev = &quotes[members[j]];
            let same_paragraph = prev.paragraph() == q.paragraph()
                && (alone
                    || (speakers[j].is_some()
                        && (prev.sentence() == q.sentence() || ctx.next_sentence(prev, q))));
            // Unquoted statements in a row (a speech printed in full) run
            // on over a stage direction between them ("(Applause.)").
            let gap = if q.quoted || prev.quoted { 1 } else { 2 };
            // A caption or a promo line ("WATCH:") between them is passed
            // over: only the story's paragraphs count, a few lines at most.
            let next_paragraph = (prev.paragraph() + 1..=prev.paragraph() + gap + FURNITURE)
                .contains(&q.paragraph())
                && ctx.text_paragraphs_between(prev.paragraph(), q.paragraph()) < gap
                && alone
                && ctx.opens_paragraph(q);
            // A name in the previous quote's own sentence is part of its
            // reporting clause ("…”, agregó durante una conferencia con el
            // presidente francés Emmanuel Macron."), no narrative.
            let since = prev.sentence().end.max(prev.outer().start);
            (same_paragraph || next_paragraph).then_some((since, speakers[j]))
        });
        // A narrative sentence naming someone after the previous quote
        // introduces this one: "Maria Lopez took the stage. “We won.”"
        // A paragraph of paraphrase before it, opening "He called on …"
        // or "The president turned to …", is about the speaker; a name in
        // its first sentence is what the speech spoke of.
        let paraphrase = (alone && ctx.opens_paragraph(q))
            .then(|| ctx.paraphrase_subject(q))
            .flatten();
        let narrative = ctx
            .narrative_subject(q)
            .filter(|(at, _)| previous_quote.is_none_or(|(prev_at, _)| *at > prev_at))
            .filter(|(at, _)| paraphrase.is_none_or(|(first_end, _)| *at >= first_end));
        let paraphrase = paraphrase.map(|(_, p)| p);
        speakers[k] = match (narrative, previous_quote) {
            _ if !alone => previous_quote.and_then(|(_, speaker)| speaker),
            (Some((_, p)), _) => Some(p),
            (None, Some((_, speaker))) => speaker.or(paraphrase),
            (None, None) => ctx.speaker_next(q).or(paraphrase),
        };
    }
}
