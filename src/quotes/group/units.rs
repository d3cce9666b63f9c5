//! Where a quotation splits into sentence-level units, the things grouping
//! compares.
//!
//! One outlet prints “We must end it. It will end soon.” as one quote where
//! others print one sentence each: compared whole, the long quote fits none
//! of the short ones well, or becomes a hub joining different statements. So
//! a quotation is cut at sentence ends (the engine's one splitter), at
//! ellipses (“…”, “...”: words left out, often a different statement after
//! them) and at line breaks (a quote running over paragraphs), and each piece
//! groups on its own.

use std::ops::Range;

use crate::corpus::Corpus;
use crate::ids::Span;
use crate::quotes::extract::interruption;
use crate::quotes::{Quote, QuoteId};
use crate::text::sentences::split_sentences;
use crate::text::words::{bare_words, first_letter, is_word_char, tokens_at};

/// A piece of fewer words than this is no statement of its own ("Why?",
/// "never," after a dash): alone it fits whichever group holds the same
/// word, so it stays with the sentence before it (or after it, when it comes
/// first). So does a piece of this many words that goes on in lower case
/// ("is over." after a line break): the rest of a sentence. A capitalised
/// pair ("What joy!") may be a sentence of its own.
const MIN_UNIT_WORDS: usize = 2;

/// A run of more words than this with no sentence end is no sentence (a
/// news sentence, even a translated speech's, stays under a hundred): it is
/// cut into pieces of this many words, so that no comparison of grouping,
/// each of which grows with the product of two units' lengths, meets a
/// hostile text's thousands of unpunctuated words whole.
const MAX_UNIT_WORDS: usize = 300;

/// The units of the quotation `text[inner]`, as byte ranges into `text`, in
/// order, trimmed of whitespace and of the ellipses between them. A
/// quotation with one unit gives `inner` itself, untrimmed, so a one-sentence
/// quote groups exactly as a whole quote does.
pub fn split(text: &str, inner: Range<usize>) -> Vec<Range<usize>> {
    // The attribution between dashes inside a quotation is no one's words:
    // each side is compared on its own, as outlets quoting one print it.
    if let Some(cut) = interruption(text, inner.clone()) {
        let mut out = split(text, cut.before);
        out.extend(split(text, cut.after));
        return out;
    }
    let Some(slice) = text.get(inner.clone()) else {
        return vec![inner];
    };
    let mut out = Vec::new();
    let mut line_start = inner.start;
    for line in slice.split('\n') {
        let line_range = line_start..line_start + line.len();
        line_start = line_range.end + 1;
        for sentence in split_sentences(text, line_range) {
            for piece in between_ellipses(text, sentence) {
                let piece = trim(text, piece);
                if text[piece.clone()].chars().any(is_word_char) {
                    out.extend(at_most_max_words(text, piece));
                }
            }
        }
    }
    let out = join_short_pieces(text, out);
    if out.len() <= 1 {
        return vec![inner];
    }
    out
}

/// `piece` cut before every [`MAX_UNIT_WORDS`]th whitespace-separated
/// token; itself when shorter.
fn at_most_max_words(text: &str, piece: Range<usize>) -> Vec<Range<usize>> {
    // A token and the space after it take two bytes at least: nearly every
    // piece is too short to count, which would cost a scan of every quote.
    if piece.len() < 2 * MAX_UNIT_WORDS {
        return vec![piece];
    }
    let starts = tokens_at(&text[piece.clone()])
        .map(|(at, _)| piece.start + at)
        .skip(MAX_UNIT_WORDS)
        .step_by(MAX_UNIT_WORDS);
    let mut out = Vec::new();
    let mut from = piece.start;
    for cut in starts {
        out.push(trim(text, from..cut));
        from = cut;
    }
    out.push(from..piece.end);
    out
}

/// `pieces` (in order) with each short piece (see [`MIN_UNIT_WORDS`]) joined
/// to the piece before it, or to the one after it when it comes first.
fn join_short_pieces(text: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let short = |r: &Range<usize>| {
        let piece = &text[r.clone()];
        // Every piece of every quote is asked: words are counted only as far
        // as the answer needs, one past the limit.
        let words = bare_words(piece)
            .filter(|w| !w.is_empty())
            .take(MIN_UNIT_WORDS + 1)
            .count();
        let continues = first_letter(piece).is_some_and(char::is_lowercase);
        words < MIN_UNIT_WORDS || (continues && words <= MIN_UNIT_WORDS)
    };
    let mut out: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    // A leading short piece waits for the next piece to take it in.
    let mut pending: Option<usize> = None;
    for piece in pieces {
        if let Some(last) = out.last_mut().filter(|_| short(&piece)) {
            last.end = piece.end;
        } else if out.is_empty() && short(&piece) {
            pending.get_or_insert(piece.start);
        } else {
            out.push(pending.take().unwrap_or(piece.start)..piece.end);
        }
    }
    if let (Some(start), Some(first)) = (pending, out.first_mut()) {
        first.start = start;
    }
    out
}

/// `text[range]` cut at each ellipsis (`…` or three or more dots, with the
/// brackets of an editor's “[…]”), the ellipses left out.
fn between_ellipses(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Only at a dot or the lead byte of "…" (both start a character): every
    // other byte is skipped in one search, not tried one by one.
    while let Some(skip) = memchr::memchr2(b'.', ELLIPSIS_LEAD, &bytes[i..]) {
        i += skip;
        let len = ellipsis_at(&slice[i..]);
        if len == 0 {
            i += 1;
            continue;
        }
        let (mut cut, mut resume) = (i, i + len);
        if slice[..cut].ends_with(['[', '(']) && slice[resume..].starts_with([']', ')']) {
            cut -= 1;
            resume += 1;
        }
        out.push(range.start + start..range.start + cut);
        start = resume;
        i = resume;
    }
    out.push(range.start + start..range.end);
    out
}

/// The first byte of "…" in UTF-8.
const ELLIPSIS_LEAD: u8 = 0xe2;

/// The byte length of the ellipsis `s` starts with, or 0.
fn ellipsis_at(s: &str) -> usize {
    if s.starts_with('…') {
        return '…'.len_utf8();
    }
    let dots = s.bytes().take_while(|&b| b == b'.').count();
    if dots >= 3 { dots } else { 0 }
}

/// `range` without the whitespace at either end.
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    start..end.max(start)
}

/// One sentence-level unit of a quote, as grouping reads it.
#[derive(Debug, Clone)]
pub struct QuoteUnit {
    pub quote: QuoteId,
    /// Byte range into the quote's source, as `u32` (the loader keeps every
    /// text under 4 GiB): 12 bytes a unit, not 24.
    range: [u32; 2],
}

impl QuoteUnit {
    pub fn new(quote: QuoteId, range: Range<usize>) -> QuoteUnit {
        let at = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        QuoteUnit {
            quote,
            range: [at(range.start), at(range.end)],
        }
    }

    /// Byte range into the quote's source.
    pub fn range(&self) -> Range<usize> {
        self.range[0] as usize..self.range[1] as usize
    }

    /// The unit's text, in its quote's source.
    pub fn text<'c>(&self, corpus: &'c Corpus, quotes: &[Quote]) -> &'c str {
        Span::new(quotes[self.quote].source, self.range()).text(corpus)
    }
}

/// Whether two forms' units (`a`, `b`: ascending, as their quotes are)
/// hold two sentences of one quote: one quotation's sentences are its
/// speaker's different statements, however alike they open ("The town is
/// weary of floods. The town is weary of promises…"), never one. Linked,
/// the short one fitted both the long one and its own copy elsewhere, and
/// left every rendering of the two ungrouped. Grouping bars only pairs
/// with a short sentence, which fits its neighbour and its copy alike:
/// barring two long ones too cost a true pair on the news set's check
/// half. `quote`: a unit's quote.
pub fn share_a_quote(a: &[usize], b: &[usize], quote: impl Fn(usize) -> QuoteId) -> bool {
    let (few, many) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    few.iter().any(|&u| {
        let q = quote(u);
        let at = many.partition_point(|&v| quote(v) < q);
        many.get(at).is_some_and(|&v| quote(v) == q)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<&str> {
        split(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn one_sentence_is_one_unit_the_whole_quote() {
        let text = "  We must end it.";
        assert_eq!(split(text, 0..text.len()), vec![0..text.len()]);
        assert_eq!(units("a fair deal"), ["a fair deal"]);
    }

    #[test]
    fn sentences_are_units() {
        assert_eq!(
            units("We must end it. It will end soon. Prices are far too high."),
            [
                "We must end it.",
                "It will end soon.",
                "Prices are far too high."
            ]
        );
        // Initials and lower-case continuations do not end a sentence.
        assert_eq!(
            units("J. D. Vance agreed. it is fine"),
            ["J. D. Vance agreed. it is fine"]
        );
    }

    #[test]
    fn ellipses_and_line_breaks_cut_units() {
        assert_eq!(
            units("we will win … and we will rebuild"),
            ["we will win", "and we will rebuild"]
        );
        assert_eq!(
            units("we will win [...] and rebuild it all... very soon"),
            ["we will win", "and rebuild it all... very soon"]
        );
        assert_eq!(
            units("First paragraph ends\n\nand the second goes on"),
            ["First paragraph ends", "and the second goes on"]
        );
        // An ellipsis with nothing after it leaves one unit: the whole quote.
        assert_eq!(units("we will win…"), ["we will win…"]);
    }

    #[test]
    fn pieces_of_one_word_or_a_lower_case_pair_stay_with_a_neighbour() {
        assert_eq!(
            units("The old order that served us for decades\nis over. We move on now."),
            [
                "The old order that served us for decades\nis over.",
                "We move on now."
            ]
        );
        assert_eq!(
            units("Why? Because we stand on our own feet. Nobody can stop us now."),
            [
                "Why? Because we stand on our own feet.",
                "Nobody can stop us now."
            ]
        );
        // A capitalised pair may be a sentence of its own.
        assert_eq!(
            units("What joy! We won it for our families."),
            ["What joy!", "We won it for our families."]
        );
        // Nothing long enough to stand alone: one unit, the whole quote.
        assert_eq!(units("Never. Never!"), ["Never. Never!"]);
        // One word past the limit, a lower-case piece stands alone, however
        // far its words are counted.
        assert_eq!(
            units("The long winter of waiting is behind us\nand spring comes."),
            [
                "The long winter of waiting is behind us",
                "and spring comes."
            ]
        );
    }

    #[test]
    fn a_run_of_words_with_no_sentence_end_is_cut_every_max_words() {
        let words: Vec<String> = (0..2 * MAX_UNIT_WORDS + 5)
            .map(|i| format!("w{i}"))
            .collect();
        let text = format!("“{} ”", words.join(" "));
        let inner = '“'.len_utf8()..text.len() - '”'.len_utf8();
        let got = split(&text, inner);
        let counts: Vec<usize> = got
            .iter()
            .map(|r| text[r.clone()].split(' ').count())
            .collect();
        assert_eq!(counts, [MAX_UNIT_WORDS, MAX_UNIT_WORDS, 5]);
        assert!(text[got[1].clone()].starts_with(&format!("w{MAX_UNIT_WORDS} ")));
        assert!(got.iter().all(|r| !text[r.clone()].ends_with(' ')));
        // A sentence under the limit is one unit, the whole quote.
        assert_eq!(units(&words[..MAX_UNIT_WORDS].join(" ")).len(), 1);
    }

    #[test]
    fn units_slice_the_quote_in_order() {
        let text =
            "He said: “Ça ira très bien. Nous verrons bien demain… Peut-être pas du tout.” Fin.";
        let start = text.find("Ça").unwrap();
        let end = text.find('”').unwrap();
        let got = split(text, start..end);
        assert_eq!(got.len(), 3);
        for w in got.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        assert!(got.iter().all(|r| r.start >= start && r.end <= end));
        assert_eq!(&text[got[1].clone()], "Nous verrons bien demain");
    }
}
