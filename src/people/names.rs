//! Name candidates in one article: runs of capitalised words, split into a
//! role title ("Italian Prime Minister") and a name ("Giorgia Meloni").
//!
//! A run is a sequence of capitalised words (and surname particles) with
//! nothing but whitespace between them; punctuation or a possessive ends
//! it. Whether a one-word candidate is a person is decided later, against the
//! surnames of the whole corpus.

use std::ops::Range;

use super::candidate::Candidate;
use super::evidence::is_first_name;
use super::headline_lines;
use super::lexicon::{self, Lex};
use super::regnal;
use super::role_body::governed_by_role;
use super::run::emit;
use super::separators::{
    ASCII_SEPARATOR, double_surname_dash, glued_comma, glued_sentence_start, lead_len,
    separator_at, split_glued_and, split_two_full_names, trim_tail, wraps_given_name,
};
use super::word_shapes::{
    is_acronym, is_elided, is_generational_suffix, is_initial, is_product_camel_case,
    reads_as_nominative_surname,
};
use crate::corpus::{Article, ParagraphKind};
use crate::text::fold::with_lower;
use crate::text::roles;
use crate::text::sentences::{is_abbreviation, is_terminator};
use crate::text::translit::is_cyrillic;
use crate::text::words::is_word_char;
use crate::text::{compounds, marks};

/// A lone word a role titles as a surname has at least this many letters:
/// shorter ones are party and body abbreviations ("il segretario Pd").
const MIN_LONE_SURNAME_CHARS: usize = 4;

/// One whitespace-separated chunk, reduced to its word core.
#[derive(Debug, Clone)]
struct Chunk {
    /// Where the chunk starts, punctuation included.
    raw_start: usize,
    core: Range<usize>,
    /// Punctuation before the core: the chunk cannot continue a run.
    breaks_before: bool,
    /// Punctuation or a possessive after the core: the run ends here.
    breaks_after: bool,
    /// One capital letter and a full stop: a middle initial.
    initial: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Capital,
    Particle,
    LowerRole,
    Other,
}

/// The scanner's state within an article.
struct Scan<'t> {
    text: &'t str,
    /// The current run: word spans with their lexicon bits.
    run: Vec<(Range<usize>, Lex)>,
    out: Vec<Candidate>,
    /// A lower-case role and the capitalised run right before it ("Kremlin
    /// aide"), waiting for the name that follows.
    pending_role: Option<Range<usize>>,
    /// The pending role titles only a full name ([`lexicon::FULL_NAME_ROLE`]).
    pending_role_needs_full_name: bool,
    /// The pending role's [`lexicon::SURNAME_ROLE`] and
    /// [`lexicon::GENITIVE_ROLE`] bits: whether it titles a lone surname.
    pending_role_lone: Lex,
    /// The current run opens a sentence.
    initial: bool,
}

/// Every name candidate in the content paragraphs of `article`.
/// Title-case headlines yield only one-word candidates, so "Back Ukraine
/// Security Guarantees" is never taken for a name.
pub(super) fn candidates(article: &Article) -> Vec<Candidate> {
    let text = article.text.as_str();
    if u32::try_from(text.len()).is_err() {
        return Vec::new();
    }
    let mut scan = Scan {
        text,
        run: Vec::new(),
        out: Vec::new(),
        pending_role: None,
        pending_role_needs_full_name: false,
        pending_role_lone: 0,
        initial: false,
    };
    for p in article.content_paragraphs() {
        if text.get(p.range()).is_none() {
            continue;
        }
        let headline = p.kind == ParagraphKind::Title
            || text
                .get(p.range())
                .is_some_and(headline_lines::is_title_case_line);
        scan.paragraph(p.range(), headline);
    }
    // Kept until the whole corpus is merged: no slack.
    scan.out.shrink_to_fit();
    scan.out
}

/// Whether a chunk starting at `at` opens a sentence: the first of its
/// paragraph (from `base`) or after a full stop, ! or ?.
fn starts_sentence(text: &str, base: usize, at: usize) -> bool {
    text.get(base..at)
        .unwrap_or_default()
        .trim_end_matches(|c: char| c.is_whitespace() || marks::trails_sentence(c))
        .chars()
        .next_back()
        .is_none_or(is_terminator)
}

impl Scan<'_> {
    /// Scans one paragraph, chunk by chunk. Every character of the corpus
    /// passes here, so ASCII is classified by a table, not decoded, and a
    /// plain lower-case word (most words) takes the shortest path.
    fn paragraph(&mut self, range: Range<usize>, headline: bool) {
        let slice = &self.text[range.clone()];
        let base = range.start;
        let bytes = slice.as_bytes();
        // A slash or dash between words ("Washington/Moscow") ends a run.
        let mut hard_break = false;
        let mut i = 0;
        while i < bytes.len() {
            let (sep, hard, len) = separator_at(slice, i);
            if sep {
                hard_break |= hard;
                i += len;
                continue;
            }
            let start = i;
            i += len;
            // Where the chunk's first stop is: only a stop with more after
            // it can glue a sentence's first word (asked below).
            let mut first_stop = usize::MAX;
            while let Some(&b) = bytes.get(i) {
                if b.is_ascii() {
                    if ASCII_SEPARATOR[usize::from(b)] {
                        break;
                    }
                    if first_stop == usize::MAX && matches!(b, b'.' | b'!' | b'?') {
                        first_stop = i;
                    }
                    i += 1;
                } else {
                    let (sep, _, len) = separator_at(slice, i);
                    if sep && !self.joins_double_surname(&slice[start..i], &slice[i..]) {
                        break;
                    }
                    i += len;
                }
            }
            let mut raw = &slice[start..i];
            // "…ended.Berg said": the capital opens a chunk of its own.
            if first_stop < i - 1
                && let Some(cut) = glued_sentence_start(raw)
            {
                i = start + cut;
                raw = &slice[start..i];
            }
            let plain = raw.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
                && raw
                    .as_bytes()
                    .last()
                    .is_some_and(|&b| b.is_ascii_alphanumeric() && b != b's' && b != b'S');
            if plain && !hard_break {
                // Nothing to trim, no possessive: only the class matters,
                // and it is nearly always "other".
                let lex = lexicon::lower_case(raw);
                if lex & (lexicon::PARTICLE | lexicon::LOWER_ROLE) == 0 {
                    if !self.qualifies_pending_role(base + start..base + i) {
                        self.flush(headline);
                    }
                    continue;
                }
            }
            // "Donald Trump,Elon Musk": the glued comma ends this chunk and
            // opens the next one, which its punctuation breaks from this.
            if raw.as_bytes().contains(&b',')
                && let Some(cut) = glued_comma(raw)
            {
                i = start + cut;
                raw = &slice[start..i];
            }
            // A line break in wrapped prose may fall inside a name.
            if hard_break
                && !headline
                && let [(given, _)] = &self.run[..]
                && wraps_given_name(self.text, given.clone(), base + start)
            {
                hard_break = false;
            }
            let mut chunk = chunk(raw, base + start);
            chunk.breaks_before |= hard_break;
            hard_break = false;
            self.word(&chunk, base, headline);
        }
        self.flush(headline);
    }

    /// Whether the en dash opening `rest` joins the two halves of a
    /// double-barrelled surname ("Anna Nowak–Kowalska"), as a hyphen would:
    /// some writers set one there. Between names it otherwise pairs them
    /// ("the Merz–Macron talks"), so it joins only a capitalised `word`
    /// glued to a capital, right after a given name.
    fn joins_double_surname(&self, word: &str, rest: &str) -> bool {
        double_surname_dash(word, rest)
            && self
                .run
                .last()
                .is_some_and(|(given, _)| is_first_name(&self.text[given.clone()]))
    }

    /// One chunk: extends, ends or starts a run.
    fn word(&mut self, chunk: &Chunk, paragraph_start: usize, headline: bool) {
        let text = self.text;
        if chunk.breaks_before {
            self.flush(headline);
        }
        let (class, lex) = if chunk.initial {
            (Class::Capital, 0)
        } else {
            classify(&text[chunk.core.clone()])
        };
        // "Президент Росії наголосив", "Очільник Кремля": a Cyrillic role
        // capitalised at the head of a run titles what follows as it would
        // in lower case, a full name only; the genitive body after it
        // ("Росії") is no name. (Romance roles govern with a preposition,
        // which the run's own rules read: "Capitão de Portugal".)
        let capitalised_role = class == Class::Capital
            && self.run.is_empty()
            && lex & lexicon::FULL_NAME_ROLE != 0
            && lex & lexicon::ROLE_HEAD == 0
            && is_cyrillic(&text[chunk.core.clone()]);
        let class = if capitalised_role {
            Class::LowerRole
        } else {
            class
        };
        match class {
            Class::Capital | Class::Particle => {
                // "цитує Мерца Deutsche Welle": a name is written in one
                // script; where the script changes, a name (or outlet) of
                // its own starts.
                if self.script_changes(chunk) {
                    self.flush(headline);
                }
                // Whether a run opens a sentence matters only once it has a word.
                if self.run.is_empty() {
                    self.initial = starts_sentence(text, paragraph_start, chunk.raw_start);
                }
                self.run.push((chunk.core.clone(), lex));
                if chunk.breaks_after {
                    self.flush(headline);
                }
            }
            Class::LowerRole => {
                let before = self.flush(headline);
                if !chunk.breaks_after {
                    self.pending_role = Some(before.unwrap_or(chunk.core.start)..chunk.core.end);
                    self.pending_role_needs_full_name = lex & lexicon::FULL_NAME_ROLE != 0;
                    self.pending_role_lone = lex & (lexicon::SURNAME_ROLE | lexicon::GENITIVE_ROLE);
                }
            }
            Class::Other => {
                if chunk.breaks_after || !self.qualifies_pending_role(chunk.core.clone()) {
                    self.flush(headline);
                }
            }
        }
    }

    /// Whether the lower-case word at `word` is a country adjective right
    /// after a lower-case role, which it qualifies ("il presidente *ucraino*
    /// Zelensky", "el vicepresidente *estadounidense* JD Vance", "le
    /// président *américain*"), or an adjective that is part of the title
    /// ("il segretario *generale* della Nato Ann Lee"): the role then runs
    /// on to it and still titles the name after it.
    fn qualifies_pending_role(&mut self, word: Range<usize>) -> bool {
        if !self.run.is_empty() {
            return false;
        }
        let Some(role) = self.pending_role.as_mut() else {
            return false;
        };
        let word_text = &self.text[word.clone()];
        if !lexicon::is_role_adjective(word_text)
            && with_lower(word_text, roles::country_of).is_none()
        {
            return false;
        }
        role.end = word.end;
        true
    }

    /// Whether `chunk` is written in another script (Cyrillic or not) than
    /// the run's last word. A regnal numeral is Latin in any script ("Карл
    /// III"), and a word with no letter has no script.
    fn script_changes(&self, chunk: &Chunk) -> bool {
        let word = &self.text[chunk.core.clone()];
        let lettered = |w: &str| w.chars().any(char::is_alphabetic);
        self.run.last().is_some_and(|(last, _)| {
            let last = &self.text[last.clone()];
            lettered(word)
                && lettered(last)
                && !regnal::is_numeral(word)
                && !is_generational_suffix(word)
                && is_cyrillic(last) != is_cyrillic(word)
        })
    }

    /// Whether the run is one word that the pending role titles as a
    /// surname: after a Romance role any such word ("il presidente
    /// Mattarella", "el técnico Ancelotti"), after a role that governs a
    /// genitive body one of a nominative surname's shape ("prezydent
    /// Nawrocki", "министр Лавров", not "prezydent Warszawy"). Never a word
    /// of the lists (a country, a role, a body), an acronym or short word
    /// ("il segretario Pd"), a given name (a titled given name is a regnal
    /// name, read elsewhere), or the head of a body the role governs with a
    /// preposition ("el secretario General de la ONU").
    fn lone_surname(&self) -> bool {
        let [(span, lex)] = self.run.as_slice() else {
            return false;
        };
        let romance = self.pending_role_lone & lexicon::SURNAME_ROLE != 0;
        let genitive = self.pending_role_lone & lexicon::GENITIVE_ROLE != 0;
        if !romance && !genitive {
            return false;
        }
        let word = &self.text[span.clone()];
        let governs = self.text[span.end..]
            .trim_start()
            .split(|c: char| !is_word_char(c))
            .next()
            .is_some_and(governed_by_role);
        *lex == 0
            && word.chars().count() >= MIN_LONE_SURNAME_CHARS
            && (romance || reads_as_nominative_surname(word))
            && !is_acronym(word)
            && !is_first_name(word)
            && !governs
    }

    /// Whether the run is one given name after a lower-case regnal title:
    /// "le pape François", "il re Carlo", "el papa Francisco" name a pope
    /// or a king by his regnal name, as "Pope Francis" does, where a given
    /// name after any other role ("il presidente Sergio") is no surname.
    fn regnal_name(&self, role: &Range<usize>) -> bool {
        let [(span, _)] = self.run.as_slice() else {
            return false;
        };
        self.pending_role_lone != 0
            && self.text.get(role.clone()).is_some_and(regnal::is_title)
            && is_first_name(&self.text[span.clone()])
    }

    /// Turns the finished run into candidates and empties it; returns the
    /// run's start when the run directly precedes what follows (so a
    /// lower-case role can extend it).
    // Inlined: called after nearly every word, nearly always with no run.
    /// Takes the pending role with it, whether or not there is a run.
    #[inline]
    fn flush(&mut self, headline: bool) -> Option<usize> {
        let outer_role = self.pending_role.take();
        let outer_role = outer_role.filter(|role| {
            !self.pending_role_needs_full_name
                || self.run.len() >= 2
                || self.lone_surname()
                || self.regnal_name(role)
        });
        let run_start = self.run.first()?.0.start;
        // "Jennifer Brandtand Anna Lee": two names, the first cut short.
        let mut second = split_glued_and(self.text, &mut self.run);
        if second.is_empty() {
            second = split_two_full_names(self.text, &mut self.run);
        }
        emit(
            self.text,
            &self.run,
            outer_role,
            headline,
            self.initial,
            &mut self.out,
        );
        if !second.is_empty() {
            emit(self.text, &second, None, headline, false, &mut self.out);
        }
        self.run.clear();
        Some(run_start)
    }
}

/// A title written short with a full stop ("Mr", "Sen", "Gov", "Dr"):
/// an abbreviation the sentence splitter knows that titles a name.
fn is_abbreviated_title(core: &str) -> bool {
    core.len() <= 4
        && core.starts_with(|c: char| c.is_ascii_uppercase())
        && is_abbreviation(core)
        && lexicon::lookup(core) & lexicon::ROLE_HEAD != 0
}

fn chunk(raw: &str, start: usize) -> Chunk {
    // Hand-written trims: std's pattern machinery cost more than the rest
    // of the chunk, and most chunks have nothing to trim.
    let lead = lead_len(raw);
    let mut core = trim_tail(&raw[lead..]);
    let mut possessive = false;
    if core.ends_with(['s', 'S']) {
        for suffix in ["’s", "'s", "’S", "'S", "ʼs"] {
            if let Some(stem) = core.strip_suffix(suffix) {
                core = stem;
                possessive = true;
                break;
            }
        }
    }
    // "a Ferguson-style u-turn": the name is Ferguson, and a modifier ends it.
    if !possessive
        && core.as_bytes().contains(&b'-')
        && let Some(name_len) = compounds::without_modifier_suffix(core)
    {
        core = &core[..name_len];
        possessive = true;
    }
    let stopped = !possessive && lead + core.len() + 1 == raw.len() && raw.ends_with('.');
    // A middle initial ("Donald J. Trump") does not end the name.
    let initial = stopped && is_initial(core);
    // Nor does an abbreviated title ("Sen. Ann Reyes", "Ms. Reyes"): its
    // stop is the abbreviation's, and the title is the name's evidence.
    let title = stopped && !initial && is_abbreviated_title(core);
    Chunk {
        raw_start: start,
        core: start + lead..start + lead + core.len(),
        breaks_before: lead > 0 || core.is_empty(),
        breaks_after: !initial
            && !title
            && (possessive || lead + core.len() < raw.len() || core.is_empty()),
        initial,
    }
}

/// The word's class and, for words that may join a run, its lexicon bits.
fn classify(word: &str) -> (Class, Lex) {
    let Some(first) = word.chars().next() else {
        return (Class::Other, 0);
    };
    // Most words: lower-case ASCII. Only particles and lower-case roles
    // matter among them, and none of those has a digit or a full stop.
    if first.is_ascii_lowercase() {
        let lex = lexicon::lower_case(word);
        let class = if lex & lexicon::PARTICLE != 0 {
            Class::Particle
        } else if lex & lexicon::LOWER_ROLE != 0 {
            Class::LowerRole
        } else {
            Class::Other
        };
        return (class, lex);
    }
    // Words with digits or inner full stops (B-2, D.C.) are not names.
    if word.bytes().any(|b| b.is_ascii_digit() || b == b'.') {
        return (Class::Other, 0);
    }
    if first.is_uppercase() {
        if is_elided(word) {
            // "Dall’altra", "L’opposition": an article or preposition
            // glued to a common word.
            return (Class::Other, 0);
        }
        let lex = lexicon::lookup(word);
        if is_product_camel_case(word) {
            return (Class::Capital, lex | lexicon::NOT_PERSON);
        }
        return (Class::Capital, lex);
    }
    let lex = lexicon::exact(word);
    if lex & lexicon::PARTICLE != 0 {
        return (Class::Particle, lex);
    }
    if lex & lexicon::LOWER_ROLE != 0 {
        return (Class::LowerRole, lex);
    }
    (Class::Other, lex)
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
