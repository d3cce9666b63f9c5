//! Counts of speaker misses by kind and by the shape of the text around the
//! quote, for `speaker_misses -- --check-tally`: no text of a story is
//! printed, so the `check` half's misses can be compared with the `tune`
//! half's while the check texts stay unread.
//!
//! A miss is a gold quote with a named speaker that the engine extracted but
//! gave no speaker (`none`) or another person (`wrong`). Its shape is the
//! first of these that holds, read from the gold speaker's name and the
//! words outside the quote:
//! - `headline`: the quote is in the title or the first line;
//! - `after` / `before`: the speaker's name is in the quote's sentence,
//!   after or before the quote;
//! - `pronoun`: a subject pronoun ("he", "elle") is in the sentence;
//! - `role`: a role noun ("the president") is in the sentence;
//! - `alone`: the quote is its whole paragraph;
//! - `earlier`: the name is in an earlier sentence of the article;
//! - `other`: none of these (the name never appears before the quote).
//!
//! Of the `pronoun` misses, those whose pronoun is feminine ("she", "elle")
//! are counted apart: a pronoun resolved to someone of the other sex.

use std::fmt;
use std::ops::{AddAssign, Range};

use verbatim::analysis::Analysis;
use verbatim::corpus::ParagraphKind;
use verbatim::eval::{Located, Story, same_person};
use verbatim::text::roles::role_of;
use verbatim::text::speech::is_pronoun;
use verbatim::text::translit::loose_key;

const SHAPES: [&str; 8] = [
    "headline", "after", "before", "pronoun", "role", "alone", "earlier", "other",
];

/// Misses of one story (or many): `[none, wrong]` by shape, and how many
/// gold quotes with a named speaker were extracted and scored.
#[derive(Default, Clone)]
pub struct Tally {
    scored: usize,
    right: usize,
    misses: [[usize; SHAPES.len()]; 2],
    /// `pronoun` misses with a feminine pronoun, `[none, wrong]`.
    feminine: [usize; 2],
}

impl Tally {
    /// The tally of one located gold quote: empty unless it is scored.
    pub fn of(story: &Story, analysis: &Analysis, found: &Located) -> Tally {
        let mut tally = Tally::default();
        let (Some(gold), Some(q)) = (&found.gold.speaker, found.engine) else {
            return tally;
        };
        tally.scored = 1;
        let person = q.speaker.map(|p| &analysis.people[p.index()]);
        if person.is_some_and(|p| same_person(p, gold)) {
            tally.right = 1;
            return tally;
        }
        let kind = usize::from(person.is_some());
        let article = &story.corpus.articles[found.source];
        let (shape, feminine) = shape(article, q, gold);
        tally.misses[kind][shape] += 1;
        tally.feminine[kind] += usize::from(feminine);
        tally
    }
}

impl Tally {
    /// The shape of a one-quote tally's miss ("pronoun", "before"…), if it
    /// is one: the listing names it beside each miss.
    pub fn shape_name(&self) -> Option<&'static str> {
        self.misses
            .iter()
            .flat_map(|counts| counts.iter().zip(SHAPES))
            .find(|(n, _)| **n > 0)
            .map(|(_, s)| s)
    }
}

impl AddAssign<&Tally> for Tally {
    fn add_assign(&mut self, o: &Tally) {
        self.scored += o.scored;
        self.right += o.right;
        self.feminine[0] += o.feminine[0];
        self.feminine[1] += o.feminine[1];
        for (mine, theirs) in self.misses.iter_mut().zip(&o.misses) {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TALLY right {} of {}", self.right, self.scored)?;
        for (k, (kind, counts)) in ["none", "wrong"].iter().zip(&self.misses).enumerate() {
            let total: usize = counts.iter().sum();
            let feminine = self.feminine[k];
            write!(f, "; {kind} {total} [{feminine} she] (")?;
            let parts: Vec<String> = SHAPES
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(s, n)| format!("{s} {n}"))
                .collect();
            write!(f, "{})", parts.join(", "))?;
        }
        Ok(())
    }
}

/// The index in [`SHAPES`] of the text around `q` (see the module doc),
/// and whether a `pronoun` shape's pronoun is feminine.
fn shape(
    article: &verbatim::corpus::Article,
    q: &verbatim::quotes::Quote,
    gold: &str,
) -> (usize, bool) {
    let shape = shape_index(article, q, gold);
    let feminine = shape == 3 && {
        let start = q.sentence().start.min(q.outer().start);
        let end = q.sentence().end.max(q.outer().end);
        let text = &article.text;
        words(text, start..q.outer().start)
            .into_iter()
            .chain(words(text, q.outer().end..end))
            .any(|w| FEMININE.contains(&w.to_lowercase().as_str()))
    };
    (shape, feminine)
}

const FEMININE: &[&str] = &[
    "she", "elle", "ella", "ela", "ea", "ona", "она", "вона", "sie", "lei",
];

fn shape_index(
    article: &verbatim::corpus::Article,
    q: &verbatim::quotes::Quote,
    gold: &str,
) -> usize {
    let text = &article.text;
    let paragraph = article.paragraphs.get(q.paragraph());
    if q.paragraph() == 0 || paragraph.is_some_and(|p| p.kind == ParagraphKind::Title) {
        return 0;
    }
    let sentence = q.sentence();
    let (outer, start) = (q.outer(), sentence.start.min(q.outer().start));
    let end = sentence.end.max(outer.end);
    let keys = name_keys(gold);
    let before = words(text, start..outer.start);
    let after = words(text, outer.end..end);
    let named = |words: &[&str]| words.iter().any(|w| names(&keys, w));
    if named(&after) {
        return 1;
    }
    if named(&before) {
        return 2;
    }
    let around: Vec<&str> = before.iter().chain(&after).copied().collect();
    if around.iter().any(|w| is_pronoun(w)) {
        return 3;
    }
    if around.iter().any(|w| role_of(w).is_some()) {
        return 4;
    }
    let whole = paragraph.is_some_and(|p| {
        let range = p.range();
        text.get(range.start..outer.start)
            .is_some_and(|s| s.trim().is_empty())
            && text.get(outer.end..range.end).is_some_and(|s| {
                s.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                    .is_empty()
            })
    });
    if whole {
        return 5;
    }
    if named(&words(text, 0..start)) {
        return 6;
    }
    7
}

/// Loose keys of the gold name's words of three letters or more.
fn name_keys(gold: &str) -> Vec<String> {
    gold.split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .map(loose_key)
        .collect()
}

/// Whether `word` is one of the name's words, inflected or not
/// ("Putina", "Путину").
fn names(keys: &[String], word: &str) -> bool {
    let key = loose_key(word);
    keys.iter().any(|k| key.starts_with(k.as_str()))
}

fn words(text: &str, range: Range<usize>) -> Vec<&str> {
    text.get(range)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .collect()
}
