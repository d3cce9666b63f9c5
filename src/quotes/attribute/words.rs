//! Words outside quotation marks, as attribution reads them, and the two
//! sentence questions it asks between mentions, on every article's text.

use std::ops::Range;

use super::cues;
use crate::text::dashes::is_dash;
use crate::text::marks;
use crate::text::sentences::{is_abbreviation, is_terminator};
use crate::text::speech::may_be_plain_pronoun;
use crate::text::words::{is_apostrophe, is_word_char, last_word};

mod objects;

pub(super) use objects::{
    after_role_subject, agent_of_participle, genitive, governed, governed_apposition,
    governed_through_title, in_role_aside,
};

/// A word outside quotation marks.
#[derive(Debug, Clone)]
pub(super) struct Word<'a> {
    pub range: Range<usize>,
    pub text: &'a str,
    pub possessive: bool,
}

impl Word<'_> {
    /// Whether the word owns the noun after it: a name in the possessive
    /// ("Trump's remarks") or a possessive pronoun ("his statement").
    pub fn is_possessor(&self) -> bool {
        self.possessive || cues::is_possessive_pronoun(self.text)
    }
}

/// Whether the last sentence of `between` has a he/she before the mention.
/// Asked between most mentions, so words are cut out by byte and only a
/// word that may be a pronoun is looked up.
pub(super) fn pronoun_leads(between: &str) -> bool {
    let tail = &between[last_sentence_start(between)..];
    words_in(tail).any(|w| may_be_plain_pronoun(w) && cues::is_pronoun(w)) || inverted_pronoun(tail)
}

/// Whether `tail` holds a French inverted pronoun ("«…», a-t-il dit, lors
/// de la visite du premier ministre X": X is no subject), which
/// [`words_in`] cuts at its hyphens. Looked for only past a "-t-".
fn inverted_pronoun(tail: &str) -> bool {
    tail.contains("-t-")
        && tail
            .split(|c: char| !is_word_char(c) && c != '-')
            .any(cues::is_pronoun)
}

/// The words of `s` (maximal runs of word characters) in order, as
/// `s.split(|c| !is_word_char(c))` has them without its empty pieces; only
/// non-ASCII characters are decoded.
fn words_in(s: &str) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = loop {
            if i >= bytes.len() {
                return None;
            }
            let (word, len) = word_char_at(s, i);
            if word {
                break i;
            }
            i += len;
        };
        while i < bytes.len() {
            let (word, len) = word_char_at(s, i);
            if !word {
                break;
            }
            i += len;
        }
        Some(&s[start..i])
    })
}

/// Whether the character starting at byte `i` of `s` (a boundary) is a word
/// character, and its length; only a non-ASCII character is decoded.
/// Inlined: asked of every byte of the words around each quote.
#[inline(always)]
fn word_char_at(s: &str, i: usize) -> (bool, usize) {
    match s.as_bytes()[i] {
        b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
        _ => s[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (is_word_char(c), c.len_utf8())),
    }
}

/// Whether the character ending at byte `end` of `s` (a boundary past 0) is
/// a word character, and its length; only a non-ASCII character is decoded.
#[inline(always)]
fn word_char_before(s: &str, end: usize) -> (bool, usize) {
    match s.as_bytes()[end - 1] {
        b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
        _ => s[..end]
            .chars()
            .next_back()
            .map_or((false, 1), |c| (is_word_char(c), c.len_utf8())),
    }
}

/// Where the piece of `s` from `start` that `split_inclusive(char::is_whitespace)`
/// gives ends: past its whitespace character, or at the end of `s`. A dash
/// other than a hyphen ends a piece too: "another target—he calls them"
/// glues two words to it that are read apart. Only non-ASCII characters
/// are decoded.
fn piece_end(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            (char::from(b).is_whitespace(), 1)
        } else {
            s[i..].chars().next().map_or((false, 1), |c| {
                (c.is_whitespace() || (c != '-' && is_dash(c)), c.len_utf8())
            })
        };
        i += len;
        if space {
            return i;
        }
    }
    bytes.len()
}

/// The word right before `at`, spaces passed over ("" after punctuation).
pub(super) fn previous_word(text: &str, at: usize) -> &str {
    let (head, start) = word_before(text, at);
    &head[start..]
}

/// The text before `at` without trailing spaces, and where its last word starts.
pub(super) fn word_before(text: &str, at: usize) -> (&str, usize) {
    let head = text.get(..at).unwrap_or("").trim_end();
    (head, head.len() - last_word(head).len())
}

/// Whether a sentence opens with a gerund or participle clause, or a
/// phrase of time or place, that `head` (the sentence up to a mention) has
/// not closed with a comma ("*Adresându-se* cancelarului Friedrich Merz, el
/// …", "*Après* l'annonce par Emmanuel Macron, Marine Le Pen …"): the
/// mention is inside that clause, not the sentence's subject.
pub(super) fn in_opening_clause<'a>(head: &'a str) -> bool {
    let mut words = head.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let trim = |w: &'a str| w.trim_matches(|c: char| !is_word_char(c) && c != '-');
    let first = trim(first);
    // "*Flanked by* X and Y, …": the participle and its agent.
    let mut next = words.map(trim);
    let phrase = [first, next.next().unwrap_or(""), next.next().unwrap_or("")];
    let agent_participle =
        first.starts_with(char::is_uppercase) && cues::opens_agent_phrase(&phrase);
    (cues::is_opening_gerund(first) || cues::is_opening_preposition(first) || agent_participle)
        && !head.contains([',', ';', '—', '–'])
}

/// Where the last sentence of `between` starts, as a byte offset into it
/// (after its last stop or line break; 0 when there is none). Read
/// backwards by byte: the stops are ASCII but for `…`, whose last byte
/// (A6) ends no other character after E2 80.
pub(super) fn last_sentence_start(between: &str) -> usize {
    const ELLIPSIS: &[u8] = "…".as_bytes();
    let bytes = between.as_bytes();
    // Vectorised searches from the end: the last newline, `.` or `!`, then
    // the last `?` or 0xA6 after it (0xA6 ends `…`, and other characters:
    // each one met is checked, and the search goes on before it).
    let from = memchr::memrchr3(b'\n', b'.', b'!', bytes).map_or(0, |i| i + 1);
    let mut end = bytes.len();
    while let Some(i) = memchr::memrchr2(b'?', 0xa6, &bytes[from..end]).map(|i| from + i) {
        if bytes[i] == b'?' || bytes[..=i].ends_with(ELLIPSIS) {
            return i + 1;
        }
        end = i;
    }
    from
}

/// Whether text between two mentions crosses a sentence or paragraph end.
/// This reads most of every article, so bytes are decoded only after a stop
/// or where an ellipsis (the one non-ASCII stop) may start.
pub(super) fn ends_sentence(between: &str) -> bool {
    const ELLIPSIS_LEAD: u8 = "…".as_bytes()[0];
    let bytes = between.as_bytes();
    let mut prev_stop = false;
    // The first `.`, `!` or `?` at or after `i`: one vectorised search,
    // kept until `i` passes it.
    let mut next_stop = None;
    let mut i = 0;
    loop {
        if !prev_stop {
            // Right after no stop, only a newline, a stop or the lead byte
            // of `…` can change the answer: skip to the first of them.
            let stop = match next_stop {
                Some(stop) if stop >= i => stop,
                _ => {
                    let stop = memchr::memchr3(b'.', b'!', b'?', &bytes[i..])
                        .map_or(bytes.len(), |k| i + k);
                    *next_stop.insert(stop)
                }
            };
            i += memchr::memchr2(b'\n', ELLIPSIS_LEAD, &bytes[i..stop]).unwrap_or(stop - i);
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let c = if b.is_ascii() {
            i += 1;
            char::from(b)
        } else if !prev_stop && b != ELLIPSIS_LEAD {
            // Neither a newline nor a stop, and no stop to follow.
            i += 1;
            continue;
        } else {
            match between.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => {
                    i += c.len_utf8();
                    c
                }
                None => return false,
            }
        };
        if c == '\n' || (prev_stop && c.is_whitespace()) {
            return true;
        }
        let at = i - c.len_utf8();
        prev_stop = ends_here(between, at, c) || (prev_stop && marks::trails_sentence(c));
    }
    false
}

/// Whether the stop `c` at byte `at` ends a sentence: any stop but the full
/// stop of an abbreviation or initial (`U.S.`, `Mr.`).
fn ends_here(text: &str, at: usize, c: char) -> bool {
    match c {
        '.' => !is_abbreviation(&text[..at]),
        c => is_terminator(c),
    }
}

/// `raw` without its leading and trailing non-word characters, and the
/// byte length of the leading ones.
fn word_core(raw: &str) -> (usize, &str) {
    let mut lead = 0;
    while lead < raw.len() {
        let (word, len) = word_char_at(raw, lead);
        if word {
            break;
        }
        lead += len;
    }
    let body = &raw[lead..];
    let mut end = body.len();
    while end > 0 {
        let (word, len) = word_char_before(body, end);
        if word {
            break;
        }
        end -= len;
    }
    (lead, &body[..end])
}

/// Whether `gap`, the characters between the word `before` and the next,
/// keeps both in one phrase: spaces, an elided article's apostrophe ("de
/// l'Intérieur"), and after initials ("J.D", "A") their full stop ("Vice
/// President J.D. Vance").
pub(super) fn joins_phrase(gap: &str, before: &str) -> bool {
    let initials = before
        .split('.')
        .all(|part| part.chars().count() == 1 && part.starts_with(char::is_uppercase));
    gap.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\'' | '’') || (initials && c == '.'))
}

/// The possessive `'s` with each apostrophe news text writes it with.
const POSSESSIVE_SUFFIXES: [&str; 3] = ["’s", "'s", "ʼs"];

/// [`push_words_upto`] with no limit.
#[cfg(test)]
pub(super) fn push_words<'a>(piece: &'a str, base: usize, out: &mut Vec<Word<'a>>) {
    push_words_upto(piece, base, out, usize::MAX);
}

/// Appends the words of `piece` (at byte `base` of its text) to `out`: the
/// pieces between whitespace without their punctuation, a possessive `'s`
/// cut and noted, an elided article (`l'`) split off. Asked for the words
/// around every quote, so the pieces are cut by byte ([`piece_end`]).
/// Stops once `out` holds `max` words (or a piece's two or three past
/// it): each word is read from its own piece alone.
pub(super) fn push_words_upto<'a>(
    piece: &'a str,
    base: usize,
    out: &mut Vec<Word<'a>>,
    max: usize,
) {
    let mut offset = 0;
    while offset < piece.len() && out.len() < max {
        let end = piece_end(piece, offset);
        let raw = &piece[offset..end];
        let start = base + offset;
        offset = end;
        let (lead, mut core) = word_core(raw);
        let mut possessive = false;
        for suffix in POSSESSIVE_SUFFIXES {
            if let Some(stem) = core.strip_suffix(suffix) {
                core = stem;
                possessive = true;
            }
        }
        if core.is_empty() {
            continue;
        }
        let mut from = start + lead;
        // "l'allenatore", "l’État": the elided article is a word of its own,
        // so the role noun after it is found and the article counts as one.
        if let Some(cut) = elided_article(core) {
            let (article, rest) = core.split_at(cut);
            out.push(Word {
                range: from..from + article.len(),
                text: article,
                possessive: false,
            });
            let apostrophe = rest.chars().next().map_or(0, char::len_utf8);
            from += cut + apostrophe;
            core = &rest[apostrophe..];
        }
        // "l'ex-président", "the ex-minister": the former-prefix is a word
        // of its own, as in "l'ex président", so the role noun is read.
        // Not before a capital: "Ex-Kanzler" is one German compound title.
        // Asked of every word: the hyphen's place first, not a search.
        if core.as_bytes().get(2) == Some(&b'-')
            && core[..2].eq_ignore_ascii_case("ex")
            && core[3..].starts_with(char::is_lowercase)
        {
            let (ex, rest) = (&core[..2], &core[3..]);
            out.push(Word {
                range: from..from + ex.len(),
                text: ex,
                possessive: false,
            });
            from += ex.len() + 1;
            core = rest;
        }
        out.push(Word {
            range: from..from + core.len(),
            text: core,
            possessive,
        });
    }
}

/// Byte length of a French or Italian elided article opening `core`
/// ("l'", "dell'", "qu'"), when a word follows its apostrophe.
fn elided_article(core: &str) -> Option<usize> {
    const ELIDED: &[&str] = &["l", "d", "dell", "dall", "all", "nell", "sull", "qu"];
    let cut = core.find(is_apostrophe)?;
    let head = &core[..cut];
    let rest = &core[cut..];
    let after = rest.chars().nth(1)?;
    (after.is_alphabetic() && ELIDED.iter().any(|e| head.eq_ignore_ascii_case(e))).then_some(cut)
}

/// Whether `words[..=k]` end with a reporting verb of several words ("a
/// mis en garde"). Asked for most words near a quote: no allocation.
pub(super) fn ends_speech_phrase(words: &[Word], k: usize) -> bool {
    const LONGEST: usize = 4;
    let from = (k + 1).saturating_sub(LONGEST);
    let mut texts = [""; LONGEST];
    for (slot, w) in texts.iter_mut().zip(&words[from..=k]) {
        *slot = w.text;
    }
    crate::text::speech::ends_speech_phrase(&texts[..=k - from])
}

/// Whether an apposition opens `text` with its possessor's name, titles
/// first ("Navarro, President Donald Trump’s senior counselor, said",
/// "Lopez, Spain’s foreign minister, said"): the possessor is not the
/// subject, the name before the comma is.
pub(super) fn opens_with_possessor(text: &str) -> bool {
    /// Capitalised words up to the possessor ("Prime Minister Jane Roe’s").
    const NAME_WORDS: usize = 4;
    text.split_whitespace()
        .take(NAME_WORDS)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .any(|w| POSSESSIVE_SUFFIXES.iter().any(|s| w.ends_with(s)))
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
