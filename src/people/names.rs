//! Name candidates in one article: runs of capitalised words, split into a
//! role title ("Italian Prime Minister") and a name ("Giorgia Meloni").
//!
//! A run is a sequence of capitalised words (and surname particles) with
//! nothing but single spaces between them; punctuation or a possessive ends
//! it. Whether a one-word candidate is a person is decided later, against the
//! surnames of the whole corpus.

use std::ops::Range;

use super::lexicon;
use crate::corpus::{Article, ParagraphKind};

/// A name found in the text, before merging.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Byte span of the name (without role or possessive).
    pub span: Range<usize>,
    /// Byte spans of the name's words; particles are kept.
    pub words: Vec<Range<usize>>,
    /// Index of the first surname word in `words` ("von" in "Ursula von der Leyen").
    pub surname_at: usize,
    pub role: Option<Range<usize>>,
    /// The name's first word opens a sentence, so its capital proves nothing.
    pub sentence_initial: bool,
}

impl Candidate {
    /// Name words that are not particles.
    pub fn name_words(&self, text: &str) -> usize {
        self.words
            .iter()
            .filter(|w| !lexicon::is_particle(&text[(*w).clone()]))
            .count()
    }
}

impl Candidate {
    /// Drops the first word: a sentence-initial capitalised common word
    /// ("Later von der Leyen left") is not a first name.
    pub fn drop_first_word(&mut self, text: &str) {
        if self.words.len() < 2 {
            return;
        }
        self.words.remove(0);
        self.span.start = self.words[0].start;
        self.surname_at = surname_start(text, &self.words);
        self.sentence_initial = false;
    }
}

/// Index of the first surname word: the first particle that has a word after
/// it ("von" in "Ursula von der Leyen"), else the last word.
fn surname_start(text: &str, name: &[Range<usize>]) -> usize {
    name.iter()
        .position(|w| lexicon::is_particle(&text[w.clone()]))
        .filter(|&i| i + 1 < name.len())
        .unwrap_or(name.len().saturating_sub(1))
}

/// One whitespace-separated chunk, reduced to its word core.
#[derive(Debug, Clone)]
struct Chunk {
    core: Range<usize>,
    /// Punctuation before the core: the chunk cannot continue a run.
    breaks_before: bool,
    /// Punctuation or a possessive after the core: the run ends here.
    breaks_after: bool,
    /// First word of the paragraph or after a full stop, ! or ?.
    starts_sentence: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Capital,
    Particle,
    LowerRole,
    Other,
}

/// Every name candidate in the content paragraphs of `article`.
/// Title-case headlines yield only one-word candidates, so "Back Ukraine
/// Security Guarantees" is never taken for a name.
pub(super) fn candidates(article: &Article) -> Vec<Candidate> {
    let text = article.text.as_str();
    let mut out = Vec::new();
    for p in article.content_paragraphs() {
        let Some(slice) = text.get(p.range()) else {
            continue;
        };
        let headline = p.kind == ParagraphKind::Title;
        let chunks = chunks(slice, p.start);
        scan_runs(text, &chunks, headline, &mut out);
    }
    out
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '/' | '—' | '–')
}

fn chunks(slice: &str, base: usize) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut start = None;
    // A slash or dash between words ("Washington/Moscow") ends a run.
    let mut hard_break = false;
    let bounds = slice
        .char_indices()
        .map(|(i, c)| (i, Some(c)))
        .chain(std::iter::once((slice.len(), None)));
    for (i, c) in bounds {
        let sep = c.is_none_or(is_separator);
        match (start, sep) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                let mut chunk = chunk(&slice[s..i], base + s);
                chunk.breaks_before |= hard_break;
                chunk.starts_sentence = slice[..s]
                    .trim_end_matches(|c: char| c.is_whitespace() || "”’\"')".contains(c))
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '.' | '!' | '?'));
                out.push(chunk);
                start = None;
                hard_break = false;
            }
            _ => {}
        }
        if c.is_some_and(|c| sep && !c.is_whitespace()) {
            hard_break = true;
            if let Some(last) = out.last_mut() {
                last.breaks_after = true;
            }
        }
    }
    out
}

fn chunk(raw: &str, start: usize) -> Chunk {
    let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let body = &raw[lead..];
    let mut core = body.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut possessive = false;
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = core.strip_suffix(suffix) {
            core = stem;
            possessive = true;
            break;
        }
    }
    Chunk {
        core: start + lead..start + lead + core.len(),
        breaks_before: lead > 0 || core.is_empty(),
        breaks_after: possessive || lead + core.len() < raw.len() || core.is_empty(),
        starts_sentence: false,
    }
}

fn classify(word: &str) -> Class {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return Class::Other;
    };
    // Words with digits or inner full stops (B-2, D.C.) are not names.
    if word.chars().any(|c| c.is_ascii_digit() || c == '.') {
        return Class::Other;
    }
    if first.is_uppercase() {
        return Class::Capital;
    }
    if lexicon::is_particle(word) {
        return Class::Particle;
    }
    if lexicon::is_lower_role(word) {
        return Class::LowerRole;
    }
    Class::Other
}

fn scan_runs(text: &str, chunks: &[Chunk], headline: bool, out: &mut Vec<Candidate>) {
    let mut run: Vec<Range<usize>> = Vec::new();
    // A lower-case role and the capitalised run right before it ("Kremlin aide"),
    // waiting for the name that follows.
    let mut pending_role: Option<Range<usize>> = None;
    let mut initial = false;
    for chunk in chunks {
        if chunk.breaks_before {
            flush(text, &mut run, pending_role.take(), headline, initial, out);
        }
        if run.is_empty() {
            initial = chunk.starts_sentence;
        }
        let word = &text[chunk.core.clone()];
        match classify(word) {
            Class::Capital | Class::Particle => run.push(chunk.core.clone()),
            Class::LowerRole => {
                let before = flush(text, &mut run, pending_role.take(), headline, initial, out);
                if !chunk.breaks_after {
                    pending_role = Some(before.unwrap_or(chunk.core.start)..chunk.core.end);
                }
                continue;
            }
            Class::Other => {
                flush(text, &mut run, pending_role.take(), headline, initial, out);
                continue;
            }
        }
        if chunk.breaks_after {
            flush(text, &mut run, pending_role.take(), headline, initial, out);
        }
    }
    flush(text, &mut run, pending_role.take(), headline, initial, out);
}

/// Turns a finished run into candidates; returns the run's start when the run
/// directly precedes what follows (so a lower-case role can extend it).
fn flush(
    text: &str,
    run: &mut Vec<Range<usize>>,
    outer_role: Option<Range<usize>>,
    headline: bool,
    initial: bool,
    out: &mut Vec<Candidate>,
) -> Option<usize> {
    if run.is_empty() {
        return None;
    }
    let words = std::mem::take(run);
    let run_start = words[0].start;
    let mut from = 0;
    let run_first = words[0].start;
    // Leading function words, days and acronyms (sentence starts, "US President").
    while from < words.len() && lexicon::is_not_name(&text[words[from].clone()]) {
        from += 1;
    }
    let mut role = outer_role;
    if let Some(r) = (from..words.len())
        .rev()
        .find(|&i| lexicon::is_role_head(&text[words[i].clone()]))
    {
        // Acronyms belong to the role ("US President"), function words do not.
        let mut lead = from;
        while lead > 0 && is_acronym(&text[words[lead - 1].clone()]) {
            lead -= 1;
        }
        let role_start = role.as_ref().map_or(words[lead].start, |r| r.start);
        role = Some(role_start..words[r].end);
        from = r + 1;
    }
    while from < words.len() && lexicon::is_not_name(&text[words[from].clone()]) {
        from += 1;
    }
    let mut name: Vec<Range<usize>> = words[from..].to_vec();
    // A run cannot end in a particle ("Leyen de").
    while name
        .last()
        .is_some_and(|w| lexicon::is_particle(&text[w.clone()]))
    {
        name.pop();
    }
    if name.is_empty() {
        return Some(run_start);
    }
    if name.iter().any(|w| {
        lexicon::is_not_person_head(&text[w.clone()]) || lexicon::is_not_name(&text[w.clone()])
    }) {
        return Some(run_start);
    }
    let name_words = name
        .iter()
        .filter(|w| !lexicon::is_particle(&text[(*w).clone()]))
        .count();
    // Long title-case runs and headline runs without a role are split into
    // one-word candidates, which count only as known surnames.
    if name_words > 4 || (headline && role.is_none() && name_words > 1) {
        for w in name {
            if !lexicon::is_particle(&text[w.clone()]) {
                out.push(single(w, None));
            }
        }
        return Some(run_start);
    }
    let surname_at = surname_start(text, &name);
    out.push(Candidate {
        span: name[0].start..name[name.len() - 1].end,
        sentence_initial: initial && name[0].start == run_first,
        words: name,
        surname_at,
        role,
    });
    Some(run_start)
}

fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase())
}

fn single(word: Range<usize>, role: Option<Range<usize>>) -> Candidate {
    Candidate {
        span: word.clone(),
        words: vec![word],
        surname_at: 0,
        role,
        sentence_initial: false,
    }
}
