//! Speech introduced by a dash instead of quotation marks, the convention
//! of Polish, Russian, Ukrainian, Portuguese, Spanish and other press:
//! `– Zwyciężymy – powiedział Nawrocki.`, `- Сегодня мы победим, - сказал
//! он.`, `—Estamos listos —dijo.`
//!
//! A dash opens speech at the start of a paragraph or after the end of a
//! sentence; the speech runs to a dash followed by a reporting verb (the
//! attribution), else to the next such opener or the paragraph's end. Lists
//! and bylines also start with dashes, so an article must show the
//! convention at least once, an opener closed by a dash and a reporting
//! verb, before its unattributed dash paragraphs count as speech; and those
//! must read as sentences (several words, ending like a sentence).
//!
//! A paragraph may also open with the statement itself, its dash lost with
//! the markup or never printed (`Mamy realną szansę - powiedział premier.`,
//! `It cannot happen again. – Sánchez said.`): [`headless`] takes it when
//! the dash and its attribution end the sentence.

use std::ops::Range;

use crate::corpus::{Article, ParagraphKind};
use crate::text::sentences::is_terminator;
use crate::text::speech::{is_pro_drop_verb, is_speech_verb};
use crate::text::words::{bare_words, has_words, is_word_char};

use super::{MIN_STATEMENT_WORDS, Span};
use crate::text::dashes::{DASHES, is_dash};

/// A statement that ends its sentence before the dash may name its speaker
/// before the verb: the verb is among this many words after the dash
/// (`– Sánchez said`, `– the prime minister said`).
const MAX_WORDS_TO_VERB: usize = 3;

/// An unattributed dash paragraph is speech only with at least this many
/// words: shorter ones are list items and scores (`- 36.45%`).
const MIN_UNATTRIBUTED_WORDS: usize = 4;

/// Speech found after one dash.
struct DashSpeech {
    /// From the dash to the end of the words.
    outer: Range<usize>,
    inner: Range<usize>,
    paragraph: usize,
    /// Closed by a dash and a reporting verb.
    attributed: bool,
    /// The dash opened its paragraph.
    opens_paragraph: bool,
}

/// The dash-introduced statements of `article`, as spans marked unquoted.
pub(super) fn dash_speech(article: &Article) -> Vec<Span> {
    let text = article.text.as_str();
    let mut found = Vec::new();
    for (pi, p) in article.paragraphs.iter().enumerate() {
        if p.kind.is_content()
            && let Some(slice) = text.get(p.range())
        {
            let body = p.kind == ParagraphKind::Body;
            in_paragraph(p.start(), slice, pi, body, &mut found);
        }
    }
    if !found.iter().any(|s| s.attributed) {
        return Vec::new();
    }
    found
        .into_iter()
        .filter(|s| {
            s.attributed || (s.opens_paragraph && reads_as_sentences(&text[s.inner.clone()]))
        })
        .map(|s| Span {
            outer: s.outer,
            inner: s.inner,
            paragraph: s.paragraph,
            quoted: false,
        })
        .collect()
}

fn reads_as_sentences(words: &str) -> bool {
    has_words(words, MIN_UNATTRIBUTED_WORDS)
        && words
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(is_terminator)
}

/// Every dash opener of one paragraph and where its speech ends; a
/// statement without its dash only in a `body` paragraph (a headline's
/// `France recognises Palestine – says Macron` is the editor's summary).
fn in_paragraph(base: usize, slice: &str, paragraph: usize, body: bool, out: &mut Vec<DashSpeech>) {
    let dashes = dash_positions(slice);
    let mut from = 0;
    let headless = body.then(|| headless(slice, &dashes)).flatten();
    if let Some((end, resume)) = headless {
        let inner = base..base + end;
        out.push(DashSpeech {
            outer: inner.clone(),
            inner,
            paragraph,
            attributed: true,
            opens_paragraph: true,
        });
        from = resume;
    }
    while let Some((dash, start)) = next_opener(slice, &dashes, from) {
        let (end, resume, attributed) = match closer(slice, &dashes, start) {
            Some((at, after)) => (at, after, true),
            None => {
                let end = next_opener(slice, &dashes, start).map_or(slice.len(), |(d, _)| d);
                (end, end, false)
            }
        };
        let words = slice[start..end].trim_end();
        let inner = base + start..base + start + words.len();
        if words.chars().any(is_word_char) {
            out.push(DashSpeech {
                outer: base + dash..inner.end,
                inner,
                paragraph,
                attributed,
                opens_paragraph: slice[..dash].trim().is_empty(),
            });
        }
        from = resume.max(start);
    }
}

/// The next dash at or after `from` that opens speech: at the paragraph's
/// start, or after a sentence's end (`mnie - mówił. - Zwyciężymy`), and
/// followed by words. Returns (the dash, where the words start).
fn next_opener(slice: &str, dashes: &[usize], from: usize) -> Option<(usize, usize)> {
    let first = dashes.partition_point(|&i| i < from);
    dashes[first..].iter().find_map(|&i| {
        let before = &slice[..i];
        let visible = before.trim_end();
        let at_start = visible.is_empty();
        let after_sentence = visible.len() < before.len()
            && visible
                .chars()
                .next_back()
                .is_some_and(|c| is_terminator(c) || c == ':');
        let ch = slice[i..].chars().next()?;
        (at_start || after_sentence)
            .then(|| words_after_dash(slice, i + ch.len_utf8(), ch))
            .flatten()
            .map(|start| (i, start))
    })
}

/// A statement opening its paragraph without a dash, closed by a spaced
/// dash and its attribution: right after the dash, a reporting verb of a
/// language that drops its pronouns (`Mamy realną szansę - powiedział
/// Tusk`; an English or German `– said` there opens an aside), or, after a
/// sentence's end or a comma, any reporting verb within
/// [`MAX_WORDS_TO_VERB`] words (`… again. – Sánchez said`).
/// No dash opens speech before it, no quotation mark is in it (those are
/// taken by their marks) and no dash follows the attribution in its sentence
/// (`The plan – said to cost billions – passed` is an aside). Returns
/// (where the statement ends, where to look for the next opener).
fn headless(slice: &str, dashes: &[usize]) -> Option<(usize, usize)> {
    let first = *dashes.first()?;
    if slice[..first].trim().is_empty() || !slice.starts_with(char::is_uppercase) {
        return None;
    }
    let at = dashes.iter().copied().find(|&at| {
        let before = &slice[..at];
        let spaced = before.ends_with(char::is_whitespace);
        let handed_on = before
            .trim_end()
            .ends_with(|c: char| is_terminator(c) || c == ',');
        let after = &slice[at + dash_len(slice, at)..];
        let verb_first = bare_words(after).next().is_some_and(is_pro_drop_verb);
        let verb_after_name = handed_on
            && bare_words(after)
                .take(MAX_WORDS_TO_VERB)
                .any(is_speech_verb);
        spaced && (verb_first || verb_after_name)
    })?;
    let statement = slice[..at].trim_end();
    let opened_before = next_opener(slice, dashes, 0).is_some_and(|(d, _)| d < at);
    let attribution_end = slice[at..]
        .find(is_terminator)
        .map_or(slice.len(), |i| at + i);
    let aside = dashes.iter().any(|&d| d > at && d < attribution_end);
    let long_enough = has_words(statement, MIN_STATEMENT_WORDS);
    (long_enough && !opened_before && !aside && !super::has_quotation_mark(statement)).then(|| {
        (
            statement.trim_end_matches(',').len(),
            at + dash_len(slice, at),
        )
    })
}

/// The length in bytes of the dash at `at`.
fn dash_len(slice: &str, at: usize) -> usize {
    slice[at..].chars().next().map_or(1, char::len_utf8)
}

/// Byte offsets of every dash in `slice`, in order. Found with SIMD
/// searches: most paragraphs have none, and this runs on every paragraph.
pub(super) fn dash_positions(slice: &str) -> Vec<usize> {
    // One pass, in order: every dash is `-` or starts with the lead byte
    // 0xE2 (U+2013–U+2015), and both are char boundaries.
    const WIDE_DASH_LEAD: u8 = "–".as_bytes()[0];
    const _: () = {
        // U+2000–U+2FFF are the three-byte characters led by 0xE2.
        let mut i = 0;
        while i < DASHES.len() {
            let c = DASHES[i] as u32;
            assert!(c == '-' as u32 || matches!(c, 0x2000..=0x2fff));
            i += 1;
        }
    };
    memchr::memchr2_iter(b'-', WIDE_DASH_LEAD, slice.as_bytes())
        .filter(|&i| {
            slice
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_dash)
        })
        .collect()
}

/// Where the words after a dash at `after` start: a space must follow a
/// hyphen or an en dash; an em dash may touch its word (`—Estamos`).
fn words_after_dash(slice: &str, after: usize, dash: char) -> Option<usize> {
    let rest = &slice[after..];
    let trimmed = rest.trim_start();
    let spaced = trimmed.len() < rest.len();
    let next = trimmed.chars().next()?;
    let opens_words = is_word_char(next) || crate::text::marks::is_quote_mark(next);
    (opens_words && (spaced || matches!(dash, '—' | '―'))).then(|| slice.len() - trimmed.len())
}

/// The attribution closing speech that starts at `start`: a dash, not inside
/// a word, followed by a reporting verb (`– powiedział`, `—dijo`). Returns
/// (where the speech ends, where to look for the next opener).
fn closer(slice: &str, dashes: &[usize], start: usize) -> Option<(usize, usize)> {
    let first = dashes.partition_point(|&i| i < start);
    dashes[first..].iter().find_map(|&at| {
        let prev = slice[start..at].chars().next_back();
        let ch = slice[at..].chars().next()?;
        let rest = &slice[at + ch.len_utf8()..];
        let word = bare_words(rest).next();
        (!prev.is_some_and(is_word_char) && word.is_some_and(is_speech_verb))
            .then(|| (at, at + ch.len_utf8()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speech(text: &str) -> Vec<(String, bool)> {
        let article = Article::new("a", "a.txt", text.to_string());
        let found = dash_speech(&article);
        found
            .iter()
            .map(|s| (text[s.inner.clone()].to_string(), s.quoted))
            .collect()
    }

    #[test]
    fn a_dash_opens_speech_and_a_dash_with_a_verb_closes_it() {
        let text = "Wybory\n\n– Zwyciężymy i ocalimy Polskę – powiedział Karol Nawrocki. – Dziękuję wam wszystkim – dodał.\n";
        assert_eq!(
            speech(text),
            [
                ("Zwyciężymy i ocalimy Polskę".to_string(), false),
                ("Dziękuję wam wszystkim".to_string(), false)
            ]
        );
    }

    #[test]
    fn a_quoted_phrase_and_a_glued_dash_stay_inside_the_speech() {
        let text = "Title\n\n- Drodzy Państwo, zwyciężyliśmy. Wejdzie to na zawsze - \"na żyletki\"- powiedział Rafał Trzaskowski.\n";
        let found = speech(text);
        assert_eq!(found.len(), 1);
        assert!(found[0].0.ends_with("\"na żyletki\""), "{found:?}");
    }

    #[test]
    fn a_speech_is_closed_by_the_verb_that_says_it_began() {
        let text = "Orędzie\n\nPrezydent wygłosił orędzie. — Polska jest dobrem wspólnym nas wszystkich — rozpoczął wystąpienie.\n";
        assert_eq!(
            speech(text),
            [(
                "Polska jest dobrem wspólnym nas wszystkich".to_string(),
                false
            )]
        );
    }

    #[test]
    fn russian_and_spanish_forms() {
        let ru = "Заголовок\n\n- Сегодня мы победим, - сказал он.\n";
        assert_eq!(speech(ru)[0].0, "Сегодня мы победим,");
        let es = "Titular\n\n—Estamos listos para gobernar —dijo el presidente.\n";
        assert_eq!(speech(es)[0].0, "Estamos listos para gobernar");
    }

    #[test]
    fn once_the_article_shows_the_convention_dash_paragraphs_are_speech() {
        let text = "Title\n\n– Zwyciężymy – powiedział Nawrocki.\n\n\
            – Udała nam się jeszcze jedna bardzo ważna rzecz.\n\n\
            - 36.45%\n";
        let found: Vec<String> = speech(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            found,
            [
                "Zwyciężymy",
                "Udała nam się jeszcze jedna bardzo ważna rzecz."
            ]
        );
    }

    #[test]
    fn lists_without_the_convention_are_not_speech() {
        let text = "Key points\n\n- The summit ends on Friday.\n\n- Leaders will meet again in June.\n\n\
            Liverpool FC (@LFC) — January 26, 2024\n";
        assert!(speech(text).is_empty());
    }

    #[test]
    fn a_statement_opening_its_paragraph_is_closed_by_its_attribution() {
        let pl = "Tytuł\n\nMamy dobrą szansę na nowe otwarcie z sąsiadami - powiedział w piątek premier.\n";
        assert_eq!(
            speech(pl),
            [(
                "Mamy dobrą szansę na nowe otwarcie z sąsiadami".to_string(),
                false
            )]
        );
        let en = "Title\n\nThis must never happen again. – Jane Doe said, announcing an inquiry.\n";
        assert_eq!(
            speech(en),
            [("This must never happen again.".to_string(), false)]
        );
    }

    #[test]
    fn an_aside_or_a_narrative_dash_is_no_headless_statement() {
        let aside = "Title\n\nThe long-awaited plan for the region – said to cost billions – was approved.\n";
        assert!(speech(aside).is_empty());
        let narrative =
            "Title\n\nThe talks went on for hours – the minister said little about them.\n";
        assert!(speech(narrative).is_empty());
        let quoted = "Title\n\nThe plan is \"a good one for all of us\" – said the minister.\n";
        assert!(
            speech(quoted)
                .iter()
                .all(|(t, _)| !t.starts_with("The plan"))
        );
    }

    #[test]
    fn a_hyphen_inside_words_neither_opens_nor_closes() {
        let text = "Title\n\nThe exit-poll - said to be close - was wrong.\n";
        assert!(speech(text).is_empty());
    }
}
