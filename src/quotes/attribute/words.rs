//! Words outside quotation marks, as attribution reads them, and the two
//! sentence questions it asks between mentions, on every article's text.

use std::ops::Range;

use super::cues;
use crate::text::marks;
use crate::text::sentences::{is_abbreviation, is_terminator};
use crate::text::speech::may_be_plain_pronoun;
use crate::text::words::{is_apostrophe, is_word_char, last_word};

/// A word outside quotation marks.
#[derive(Debug, Clone)]
pub(super) struct Word<'a> {
    pub range: Range<usize>,
    pub text: &'a str,
    pub possessive: bool,
}

/// Whether the last sentence of `between` has a he/she before the mention.
/// Asked between most mentions, so words are cut out by byte and only a
/// word that may be a pronoun is looked up.
pub(super) fn pronoun_leads(between: &str) -> bool {
    let tail = &between[last_sentence_start(between)..];
    words_in(tail).any(|w| may_be_plain_pronoun(w) && cues::is_pronoun(w))
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
/// gives ends: past its whitespace character, or at the end of `s`. Only
/// non-ASCII characters are decoded.
fn piece_end(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            (char::from(b).is_whitespace(), 1)
        } else {
            s[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8()))
        };
        i += len;
        if space {
            return i;
        }
    }
    bytes.len()
}

/// Whether the mention starting at `at` is the object of a preposition
/// ("met *with* Putin", "conferencia *con* Zelenski", "*з* Мерцом") or
/// an example of the noun before it ("billionaires *like* Trump"): the
/// word right before it, with nothing but spaces between.
pub(super) fn governed(text: &str, at: usize) -> bool {
    let (head, start) = word_before(text, at);
    let word = &head[start..];
    let before = head[..start].trim_end();
    let previous = last_word(before);
    // "alguien como Musk se pusiera …": compared with a lower-case noun
    // right before it; "Como dijo Musk", "y, como Musk, …" have none.
    if cues::is_comparison(word) {
        return previous.starts_with(char::is_lowercase) && !cues::is_coordinator(previous);
    }
    // "an der Seite des Kanzlers X": one stood beside, as after "alongside".
    if cues::is_company_phrase(previous, word) {
        return true;
    }
    if word.is_empty() || !cues::is_preposition(word) {
        return false;
    }
    // "according to X", "thanks to X": X is the source, not an object;
    // "as for X, he …", "quant à X, il …": X is the topic the next clause
    // takes up as its subject.
    let source = word.eq_ignore_ascii_case("to")
        && (previous.eq_ignore_ascii_case("according") || previous.eq_ignore_ascii_case("thanks"));
    let topic = (word.eq_ignore_ascii_case("for") && previous.eq_ignore_ascii_case("as"))
        || (word == "à" && previous.eq_ignore_ascii_case("quant"));
    !(source || topic)
}

/// Whether the mention at `at` is the agent of a participle right before
/// it ("the right, *led by* X, …", "la destra, *guidata da* X, …", "*backed
/// by* X"): the phrase hangs on another noun, so X is not the subject.
pub(super) fn agent_of_participle(text: &str, at: usize) -> bool {
    let (head, agent_start) = word_before(text, at);
    let (head, verb_start) = word_before(head, agent_start);
    let participle = &head[verb_start..];
    let agent = text.get(agent_start..at).unwrap_or("").trim_end();
    if participle.starts_with(char::is_lowercase) && cues::opens_agent_phrase(&[participle, agent])
    {
        return true;
    }
    // An adverb between them ("guidata saldamente da X").
    let (head, first_start) = word_before(head, verb_start);
    let first = &head[first_start..];
    first.starts_with(char::is_lowercase) && cues::opens_agent_phrase(&[first, participle, agent])
}

/// Whether a title before the mention at `at` is the object of a
/// preposition ("met *with* French President Emmanuel Macron", "a
/// spokesperson *for* the opposition leader Feijóo", "*con* el presidente
/// francés Macron"): a few words, one a role noun, between the
/// preposition and the name, with nothing but spaces between them.
/// A reporting clause's subject is no such object; a sentence's subject,
/// which pronouns refer back to, is still read by [`governed`] alone
/// (measured on the labelled news: the stricter reading lost more there
/// than it won).
pub(super) fn governed_through_title(text: &str, at: usize) -> bool {
    /// Words a title may take ("the Spanish Prime Minister").
    const TITLE_WORDS: usize = 4;
    let mut at = at;
    let mut role = false;
    for _ in 0..TITLE_WORDS {
        let (head, start) = word_before(text, at);
        let word = &head[start..];
        // Punctuation, a line break (a headline above) or nothing before
        // the name ends the phrase.
        if word.is_empty()
            || text
                .get(head.len()..at)
                .is_none_or(|gap| gap.contains('\n'))
        {
            return false;
        }
        if cues::is_preposition(word)
            || cues::is_company_phrase(last_word(head[..start].trim_end()), word)
        {
            return role && governed(text, at);
        }
        role |= crate::text::roles::role_of_any_case(word).is_some();
        at = start;
    }
    false
}

/// Whether the mention starting at `at` is set off by a comma after a
/// role noun that a preposition governs ("aimed at the prime minister,
/// Jan Berg, and his allies"): the role's apposition, an object as the
/// role is.
pub(super) fn governed_apposition(text: &str, at: usize) -> bool {
    /// Words between the preposition and the role noun ("the Polish prime").
    const TITLE_WORDS: usize = 3;
    let Some(head) = text.get(..at).and_then(|h| h.trim_end().strip_suffix(',')) else {
        return false;
    };
    let role = last_word(head);
    if role.is_empty() || crate::text::roles::role_of_any_case(role).is_none() {
        return false;
    }
    let mut rest = &head[..head.len() - role.len()];
    for _ in 0..=TITLE_WORDS {
        let trimmed = rest.trim_end_matches(' ');
        let word = last_word(trimmed);
        // Punctuation or a line break ends the phrase.
        if word.is_empty() || trimmed.len() == rest.len() {
            return false;
        }
        if cues::is_preposition(word) {
            return true;
        }
        rest = &trimmed[..trimmed.len() - word.len()];
    }
    false
}

/// Whether a sentence opens with a role phrase and a comma, and `head`
/// (the sentence up to a mention) runs on past that comma into an aside
/// ("The president, in a jab at his predecessor Jan Holm, …, said"): the
/// role is the sentence's subject, not the name in the aside. A name
/// right after the comma is the role's own ("The president, Jan Holm,").
pub(super) fn in_role_aside(head: &str) -> bool {
    /// Words before the role noun: an article and a qualifier or two.
    const ROLE_WORDS: usize = 4;
    let Some((phrase, aside)) = head.split_once(',') else {
        return false;
    };
    // The first and last of at most ROLE_WORDS words, read without
    // listing the phrase: before a sentence's first comma it may be long.
    let mut words = phrase.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let mut role = first;
    for (n, word) in words.enumerate() {
        if n + 2 > ROLE_WORDS {
            return false;
        }
        role = word;
    }
    cues::is_determiner(first)
        && crate::text::roles::role_of(role).is_some()
        && !aside.trim().is_empty()
}

/// Whether the mention starting at `at` follows a Romance or German "of"
/// ("las amenazas *de* Putin"): a subject only when the clause has no other.
pub(super) fn genitive(text: &str, at: usize) -> bool {
    let (head, start) = word_before(text, at);
    cues::is_genitive_preposition(&head[start..])
}

/// The word right before `at`, spaces passed over ("" after punctuation).
pub(super) fn previous_word(text: &str, at: usize) -> &str {
    let (head, start) = word_before(text, at);
    &head[start..]
}

/// The text before `at` without trailing spaces, and where its last word starts.
fn word_before(text: &str, at: usize) -> (&str, usize) {
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
        if let Some((ex, rest)) = core.split_once('-')
            && ex.eq_ignore_ascii_case("ex")
            && rest.starts_with(char::is_lowercase)
        {
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
