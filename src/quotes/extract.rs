//! Finding quotations in the content paragraphs of an article.
//!
//! One linear pass per paragraph: [`marks`] says what each quotation mark may
//! do in its context, a stack pairs openers with closers (a closer only ever
//! matches the nearest opener of its family, found in O(1) through one stack
//! of positions per family), and the outermost pairs become quotes, so nested
//! quotations stay inside the quote that contains them. A quotation left open
//! at the end of a paragraph is one quotation per paragraph when the next
//! paragraph re-opens it with a mark of its family (the English convention
//! for long quotations), runs on when the next paragraph closes it without
//! re-opening it (« … ¶ … »), and is otherwise dropped, or, for a typographic
//! opener, kept but bounded by its paragraph. A quotation interrupted by its
//! attribution between dashes is one or two ([`interrupted`]).

mod carry;
mod closers;
mod dash_holes;
mod dashes;
mod edges;
mod embeds;
mod full_names;
mod headless;
mod interrupted;
mod introduced;
mod labels;
mod letters;
mod marks;
mod records;
mod sentence;
mod shouted;
mod signed;
mod tails;
mod transcripts;
mod unclosed;

pub(crate) use {interrupted::interruption, records::record_offices};

use std::ops::Range;

use crate::corpus::Article;
use crate::text::{marks::is_quote_mark, sentences::is_terminator};

use super::{Quote, QuoteId, SourceId};
use crate::text::words::{is_word_char, more_words_than};
use carry::Carry;
use edges::{Edges, inner_span};
use marks::{Family, Mark, collect_marks, reopens, split_doubled};

/// A statement printed without quotation marks, or one whose opener is
/// missing, needs this many words: shorter ones are captions, teasers and
/// fragments.
const MIN_STATEMENT_WORDS: usize = 4;

/// Quotes of at most this many words that are not a sentence of their own are
/// scare quotes or quoted phrases ("ensured", "real progress").
const FRAGMENT_MAX_WORDS: usize = 4;

/// Every quotation in `article`, in text order, with `speaker` and `cluster` unset
/// and `id` numbered from `first_id`.
pub fn extract(article: &Article, source: SourceId, first_id: usize) -> Vec<Quote> {
    let text = article.text.as_str();
    let mut spans: Vec<Span> = Vec::new();
    let mut scanner = Scanner::default();
    let paragraphs = &article.paragraphs;
    let last_content = paragraphs.iter().rposition(|p| p.kind.is_content());
    for (pi, paragraph) in paragraphs.iter().enumerate() {
        if !paragraph.kind.is_content() || paragraph.end() > text.len() {
            scanner.finish(text, &mut spans);
            continue;
        }
        let range = paragraph.range();
        let Some(slice) = text.get(range.clone()) else {
            scanner.finish(text, &mut spans);
            continue;
        };
        match scanner.carried {
            Carry::Runs => {}
            Carry::Reopened => {
                scanner.end_at_paragraph();
                scanner.finish(text, &mut spans);
            }
            Carry::Nothing => scanner.finish(text, &mut spans),
        }
        scanner.scan(text, range.start, slice, pi);
        scanner.carried = scanner.carry_into(text, &paragraphs[pi + 1..]);
        if scanner.carried == Carry::Nothing {
            scanner.story_ends = Some(pi) == last_content;
            scanner.finish(text, &mut spans);
        }
    }
    scanner.finish(text, &mut spans);
    let spans = interrupted::split_interrupted(text, spans);
    let spans = dash_holes::with_dash_speech(text, spans, unquoted_statements(article));

    let sentences = sentence::Sentences::new(article, &spans);
    let mut quotes = Vec::with_capacity(spans.len());
    for span in spans {
        let sentence = sentences.around(text, span.outer.clone());
        let inner = &text[span.inner.clone()];
        let opens_sentence = !text[sentence.start..span.outer.start]
            .chars()
            .any(is_word_char);
        let fragment = is_fragment(inner, opens_sentence);
        let id = QuoteId::new(first_id + quotes.len());
        let mut quote = Quote::new(id, source, span.inner, span.outer, sentence, span.paragraph);
        quote.fragment = fragment;
        quote.quoted = span.quoted;
        quotes.push(quote);
    }
    quotes
}

/// The statements printed without quotation marks: dash-introduced speech,
/// embedded posts, speeches and letters printed in full, statements
/// attributed at their paragraph's end, turns after a speaker's label (a
/// colon, or the record's office and stop) or before a signature,
/// statements after a reporting clause's colon or before an attribution
/// line, and posts shouted in capitals; in text order, one overlapping a
/// statement found before it dropped.
fn unquoted_statements(article: &Article) -> Vec<Span> {
    // Credits, labels and signatures ask whether a name is a person's: the
    // article's surnames after given names are collected once for all three.
    let names = full_names::FullNames::new(&article.text);
    let mut statements = dashes::dash_speech(article);
    let others = embeds::embedded_posts(article)
        .into_iter()
        .chain(transcripts::transcript_paragraphs(article))
        .chain(tails::attributed_tails(article, &names))
        .chain(labels::labelled_turns(article, &names))
        .chain(signed::signed_lines(article, &names))
        .chain(records::record_turns(article))
        .chain(letters::letter_paragraphs(article))
        .chain(introduced::introduced_statements(article))
        .chain(shouted::shouted_posts(article));
    for other in others {
        if !statements.iter().any(|s| overlap(&s.outer, &other.outer)) {
            statements.push(other);
        }
    }
    statements.sort_by_key(|s| s.outer.start);
    statements
}

/// The texts of the spans `find` takes from an article of `body` under the
/// one-line headline `headline`: how the tests of each unmarked form read it.
#[cfg(test)]
fn span_texts(headline: &str, body: &str, find: fn(&Article) -> Vec<Span>) -> Vec<String> {
    let text = format!("{headline}\n\n{body}\n");
    let article = Article::new("a", "a.txt", text.clone());
    find(&article)
        .iter()
        .map(|s| text[s.inner.clone()].to_string())
        .collect()
}

#[cfg(test)]
fn quoted_texts(body: &str) -> Vec<String> {
    let text = format!("A headline about talks\n\n{body}\n");
    let article = Article::new("t", "t", text.clone());
    extract(&article, SourceId::new(0), 0)
        .iter()
        .map(|q| text[q.inner()].to_string())
        .collect()
}

/// Whether `text` holds a quotation mark, read as the extractor reads marks
/// (so "the president's address" holds none).
pub(super) fn has_quotation_mark(text: &str) -> bool {
    let mut marks = Vec::new();
    collect_marks(text, 0, text, &mut marks);
    !marks.is_empty()
}

/// Whether `text` holds a mark that may open a quotation: a stray closer
/// alone (`… look after him.”`) quotes nothing.
pub(super) fn opens_quotation(text: &str) -> bool {
    let mut marks = Vec::new();
    collect_marks(text, 0, text, &mut marks);
    marks.iter().any(|m| m.can_open)
}

/// Whether two byte ranges share a byte.
fn overlap(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// A found quotation: its span with and without marks, and where it opens.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub outer: Range<usize>,
    pub inner: Range<usize>,
    pub paragraph: usize,
    /// Inside quotation marks (false for dash-introduced speech).
    pub quoted: bool,
}

impl Span {
    /// A statement printed without marks whose words are all of `range`
    /// (a paragraph of a speech, a letter, a transcript turn).
    pub(super) fn unquoted(range: Range<usize>, paragraph: usize) -> Span {
        Span {
            outer: range.clone(),
            inner: range,
            paragraph,
            quoted: false,
        }
    }
}

/// `range` of `text` without the whitespace around it; `None` when `range`
/// is not a slice of `text`.
pub(super) fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = text.get(range.clone())?;
    let start = range.start + (slice.len() - slice.trim_start().len());
    Some(start..start + slice.trim().len())
}

/// An opener waiting for its closer.
#[derive(Debug, Clone, Copy)]
struct Open {
    mark: Mark,
    paragraph: usize,
}

/// The pairing state; lives across paragraphs only while a quote continues.
#[derive(Debug, Default)]
struct Scanner {
    /// How the quotation left open by the last paragraph goes on.
    carried: Carry,
    stack: Vec<Open>,
    /// Per family, positions in `stack` of its openers, innermost last.
    by_family: [Vec<usize>; Family::COUNT],
    /// Completed pairs (outer spans), the paragraph each opened in, and
    /// the bytes of their marks: the opener's, and the closer's (0 when
    /// bounded by its paragraph, not closed by a mark).
    pairs: Vec<(Range<usize>, usize, Edges)>,
    /// End of the last paragraph scanned: where an unclosed quote is bounded.
    bound: usize,
    /// Index of the last paragraph scanned.
    last_paragraph: usize,
    marks: Vec<Mark>,
    /// Set just before the last content paragraph's quotations are finished.
    story_ends: bool,
}

impl Scanner {
    /// Ends the outermost open quotation at the end of the last paragraph
    /// scanned, whatever its mark: the next paragraph re-opens it.
    fn end_at_paragraph(&mut self) {
        if let Some(bottom) = self.stack.first() {
            self.pairs.push((
                bottom.mark.at..self.bound,
                bottom.paragraph,
                Edges::open(&bottom.mark),
            ));
        }
        self.clear_stack();
    }

    /// Pairs the marks of one paragraph, closing a quotation carried over
    /// from the last one if it runs on.
    fn scan(&mut self, text: &str, base: usize, slice: &str, paragraph: usize) {
        if self.carried == Carry::Runs {
            // Only the outermost quote carries over; inner ones were never closed.
            let bottom = self.stack[0];
            self.clear_stack();
            self.push(bottom);
        }
        self.marks.clear();
        collect_marks(text, base, slice, &mut self.marks);
        // Whether a strong single closer follows mark i (`leaders’` is passed over).
        let mut later_single = vec![false; self.marks.len()];
        let mut seen = false;
        for (i, m) in self.marks.iter().enumerate().rev() {
            later_single[i] = seen;
            if m.family == Family::Single && m.can_close && !m.weak_close {
                seen = true;
            } else if m.family == Family::Single && m.can_open {
                // That closer is this opener's (`to ‘respond … faces’ and
                // ‘act hand in hand’`): the possessive-looking one closes.
                seen = false;
            }
        }
        // Whether a closing guillemet follows mark i (if not, `"` may close `«`).
        let later_guillemet = closers::followed_by(&self.marks, |m| {
            m.family == Family::Guillemet && m.can_close
        });
        // Without a double closer after it, a `“` after a stop closes a `“`.
        let later_double = closers::followed_by(&self.marks, |m| {
            m.family == Family::Double && m.can_close && !m.can_open
        });
        let marks = std::mem::take(&mut self.marks);
        for (i, &mark) in marks.iter().enumerate() {
            let (mark, split) = split_doubled(text, mark, self.stack.last().map(|o| o.mark.family));
            let reopened = mark.after_stop && !later_double[i] && self.opened_by('“');
            let closing = (mark.can_close || reopened) && !(mark.weak_close && later_single[i]);
            if closing && self.close(text, mark, later_guillemet[i], later_double[i]) {
                if let Some(mark) = split.or_else(|| reopens(text, &marks, i)) {
                    self.push(Open { mark, paragraph });
                }
                continue;
            }
            if !mark.can_open && self.stack.is_empty() {
                if i == 0 {
                    self.close_from_line_start(text, base, slice, paragraph, &mark);
                } else {
                    self.close_after_pair(text, base, slice, paragraph, &mark);
                }
                continue;
            }
            if mark.can_open {
                self.reopen_at_line_start(slice, base, &mark);
                self.push(Open { mark, paragraph });
            }
        }
        self.marks = marks;
        self.bound = base + slice.len();
        self.last_paragraph = paragraph;
    }

    /// A paragraph printed as lines, each re-opening the quotation with a
    /// mark of its family and none closing it (`"I thank you.⏎"Let us
    /// pray.`), is one quotation per line, as across paragraphs: the open
    /// one ends with the line before `mark`.
    fn reopen_at_line_start(&mut self, slice: &str, base: usize, mark: &Mark) {
        let line = slice[..mark.at - base].trim_end_matches([' ', '\t']);
        let at_line_start = line.ends_with('\n');
        if at_line_start
            && self
                .stack
                .first()
                .is_some_and(|o| o.mark.family == mark.family)
        {
            self.bound = base + line.trim_end().len();
            self.end_at_paragraph();
        }
    }

    fn push(&mut self, open: Open) {
        self.by_family[open.mark.family.index()].push(self.stack.len());
        self.stack.push(open);
    }

    /// Closes the nearest opener of `mark`'s family if it accepts `mark`,
    /// dropping any openers left unclosed inside it. `guillemet_follows`,
    /// `double_follows`: a closing guillemet, a double closer comes later in
    /// the paragraph.
    fn close(
        &mut self,
        text: &str,
        mark: Mark,
        guillemet_follows: bool,
        double_follows: bool,
    ) -> bool {
        let Some(at) = self
            .nested_closed_by(text, &mark)
            .or_else(|| self.by_family[mark.family.index()].last().copied())
            .or_else(|| {
                self.straight_opener_closed_by(mark, double_follows)
                    .copied()
            })
            .or_else(|| self.guillemet_closed_by(mark, guillemet_follows))
        else {
            return false;
        };
        let open = self.stack[at];
        if open.mark.family == mark.family && !marks::closes(open.mark.ch, mark.ch) {
            return false;
        }
        while self.stack.len() > at {
            if let Some(o) = self.stack.pop() {
                self.by_family[o.mark.family.index()].pop();
            }
        }
        self.pairs.push((
            open.mark.at..mark.end(),
            open.paragraph,
            Edges::closed(&open.mark, &mark),
        ));
        true
    }

    fn clear_stack(&mut self) {
        self.stack.clear();
        for f in &mut self.by_family {
            f.clear();
        }
    }

    /// Ends the current run of paragraphs: keeps a bounded quote for an
    /// unclosed typographic opener, and emits the outermost pairs.
    fn finish(&mut self, text: &str, out: &mut Vec<Span>) {
        self.carried = Carry::Nothing;
        // At the end of the story (a text cut short), any statement left open
        // is kept, bounded; elsewhere only a typographic opener is.
        let story_ends = std::mem::take(&mut self.story_ends);
        let kept = |o: &&Open| {
            o.mark.bounds_when_unclosed() || (story_ends && carry::opens_statement(text, &o.mark))
        };
        if let Some(open) = self.stack.iter().find(kept).copied() {
            let end = self.unclosed_end(text, &open, story_ends);
            self.pairs
                .push((open.mark.at..end, open.paragraph, Edges::open(&open.mark)));
        } else if let Some((open, end)) = self
            .stack
            .iter()
            .find_map(|o| Some((*o, self.attributed_end(text, o)?)))
        {
            self.pairs
                .push((open.mark.at..end, open.paragraph, Edges::open(&open.mark)));
        }
        self.clear_stack();
        if self.pairs.is_empty() {
            return;
        }
        // Pairs from a stack are nested or disjoint: sorted by start (longest
        // first), a pair is outermost when it starts after the last one kept.
        self.pairs
            .sort_unstable_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
        let mut last_end = 0;
        for (outer, paragraph, edges) in self.pairs.drain(..) {
            if outer.start < last_end {
                continue;
            }
            last_end = outer.end;
            if let Some(inner) = inner_span(text, outer.clone(), edges) {
                out.push(Span {
                    outer,
                    inner,
                    paragraph,
                    quoted: true,
                });
            }
        }
    }
}

/// A short quoted phrase rather than a statement: few words, and not a
/// sentence of its own. A capitalised quote that opens its sentence
/// (`“Sanctions have failed,” he said`) or ends like one (`“No.”`) is a
/// statement, however short; a scare quote sits mid-sentence.
fn is_fragment(inner: &str, opens_sentence: bool) -> bool {
    if more_words_than(inner, FRAGMENT_MAX_WORDS) {
        return false;
    }
    let capitalised = inner.chars().next().is_some_and(char::is_uppercase);
    let ends_sentence = inner
        .trim_end_matches(is_quote_mark)
        .chars()
        .next_back()
        .is_some_and(is_terminator);
    !(capitalised && (ends_sentence || opens_sentence))
}
