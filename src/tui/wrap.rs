//! Where text breaks into lines — one rule for the article and the diff:
//! first fit at spaces (and between CJK characters), punctuation kept with
//! the word before it — and the article laid out by it for one pane width:
//! display-safe lines that remember which bytes of the article they show, so
//! quotes and mentions (byte spans) can be styled and scrolled to. Built once
//! per (source, width), not per frame. The line breaker is our own rather
//! than textwrap's: lines come back as byte ranges of the text (textwrap
//! gives copies, which had to be found again), and the binding rule is
//! ours to keep the same in both panes.

use std::ops::Range;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use verbatim::corpus::display::sanitize_line;
use verbatim::corpus::{Article, ParagraphKind};
use verbatim::text::ceil_char_boundary;

/// One screen line of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleLine {
    /// What is drawn: display-safe, one char per article char of `bytes`.
    pub text: String,
    /// The article bytes this line shows (empty for the gap between paragraphs).
    pub bytes: Range<usize>,
    /// The paragraph's kind; `None` for the gap line.
    pub kind: Option<ParagraphKind>,
}

/// An article wrapped to a width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WrappedArticle {
    pub width: u16,
    pub lines: Vec<ArticleLine>,
}

/// Articles are laid out up to about this many bytes (a long news article is
/// under 100 kB): wrapping is linear, but a 20 MB scrape would still stall
/// the reader on every resize.
pub const DISPLAY_LIMIT: usize = 1 << 20;

impl WrappedArticle {
    pub fn new(article: &Article, width: u16) -> Self {
        let cols = usize::from(width.max(1));
        let mut lines = Vec::new();
        // Front matter and address lines are the article's metadata, not its text.
        let shown = article
            .paragraphs
            .iter()
            .filter(|p| p.kind != ParagraphKind::Metadata);
        for paragraph in shown {
            if paragraph.start() >= DISPLAY_LIMIT {
                lines.push(ArticleLine {
                    text: format!(
                        "[the rest of this {:.1} MB article is not shown]",
                        article.text.len() as f64 / (1 << 20) as f64
                    ),
                    bytes: paragraph.start()..paragraph.start(),
                    kind: None,
                });
                break;
            }
            // A single giant paragraph is cut at a char boundary past the limit.
            let end = if paragraph.end() - paragraph.start() > DISPLAY_LIMIT {
                ceil_char_boundary(&article.text, paragraph.start() + DISPLAY_LIMIT)
            } else {
                paragraph.end()
            };
            let Some(raw) = article.text.get(paragraph.start()..end) else {
                continue;
            };
            if !lines.is_empty() {
                lines.push(ArticleLine {
                    text: String::new(),
                    bytes: paragraph.start()..paragraph.start(),
                    kind: None,
                });
            }
            // sanitize_line maps one char to one char, so the i-th char of
            // `safe` shows the i-th char of `raw`: walking both in step maps
            // line offsets back to article bytes in one linear pass.
            let safe = sanitize_line(raw);
            let mut map = OffsetMap::new(&safe, raw);
            for line in line_ranges(&safe, cols) {
                let (from, to) = (map.raw_offset(line.start), map.raw_offset(line.end));
                lines.push(ArticleLine {
                    text: safe[line].to_string(),
                    bytes: paragraph.start() + from..paragraph.start() + to,
                    kind: Some(paragraph.kind),
                });
            }
        }
        WrappedArticle { width, lines }
    }

    /// The line showing byte `at` (or the last line before it).
    pub fn line_of(&self, at: usize) -> usize {
        let i = self.lines.partition_point(|l| l.bytes.start <= at);
        i.saturating_sub(1)
    }
}

/// Whether `c` belongs to the word before it: a line never starts with it
/// (`, and`, `. A couple`, a closing quote). ASCII `"` and `'` are left
/// out: they open as often as they close.
pub fn closes(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '%'
            | '…'
            | '”'
            | '’'
            | '»'
            | '›'
            | '、'
            | '。'
            | '，'
            | '．'
            | '！'
            | '？'
            | '；'
            | '：'
            | '）'
            | '」'
            | '』'
            | '》'
            | '〉'
    )
}

/// Whether `c` belongs to the word after it (a line never ends with it).
fn opens(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '（' | '「' | '『' | '《' | '〈'
    )
}

/// Whether text starting with `s` must stay on the line before it.
pub fn binds_to_previous(s: &str) -> bool {
    s.chars().next().is_some_and(closes)
}

/// A space a line may break at; no-break spaces hold their words together.
fn breaks(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// Whether a line may break between `before` and `after` with no space:
/// between ideographs (CJK text has no spaces), unless punctuation binds.
fn breaks_between(before: char, after: char) -> bool {
    let wide = |c: char| c.width() == Some(2);
    (wide(before) || wide(after)) && !closes(after) && !opens(before)
}

/// The pieces a line can break between: each a word (spaces inside only
/// when punctuation bound a word to the one before) and the spaces after it,
/// as (start, end of word, end) byte offsets into `text`.
fn pieces(text: &str) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let last = out.last_mut();
        match last {
            // Spaces follow the word before them (leading ones make an
            // empty word: the first line keeps its indentation).
            Some(last) if breaks(c) => last.2 = end,
            None if breaks(c) => out.push((0, 0, end)),
            // Inside a word: it goes on unless CJK text may break here.
            Some(last) if last.1 == last.2 && last.1 > last.0 => {
                if prev.is_some_and(|p| breaks_between(p, c)) {
                    out.push((i, end, end));
                } else {
                    (last.1, last.2) = (end, end);
                }
            }
            // Punctuation after spaces still closes the word before them.
            Some(last) if closes(c) && last.1 > last.0 => (last.1, last.2) = (end, end),
            _ => out.push((i, end, end)),
        }
        prev = Some(c);
    }
    out
}

/// `text` broken into lines of at most `width` columns: byte ranges of
/// `text`, without the spaces at the breaks. First fit, linear on huge
/// paragraphs; a word wider than a line is cut, never before punctuation
/// when it can be helped.
pub fn line_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    // The open line: its start, the end of its last word, its width, and
    // the width of the spaces after that word.
    let mut open: Option<(usize, usize, usize, usize)> = None;
    for (start, word_end, end) in pieces(text) {
        let word = &text[start..word_end];
        let w = word.width();
        let spaces = text[word_end..end].chars().count();
        if let Some((from, to, used, gap)) = open {
            if used + gap + w <= width {
                open = Some((from, word_end, used + gap + w, spaces));
                continue;
            }
            lines.push(from..to);
        }
        if w <= width {
            open = Some((start, word_end, w, spaces));
            continue;
        }
        let mut at = start;
        for cut in cuts(word, width) {
            lines.push(at..start + cut);
            at = start + cut;
        }
        let rest = text[at..word_end].width();
        open = Some((at, word_end, rest, spaces));
    }
    if let Some((from, to, _, _)) = open {
        lines.push(from..to);
    }
    lines.retain(|r| !r.is_empty());
    lines
}

/// Byte offsets into `word` where a word wider than `width` is cut (the
/// last piece is left to the caller); a cut moves back before the
/// punctuation rather than start a piece with it.
fn cuts(word: &str, width: usize) -> Vec<usize> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut out = Vec::new();
    let (mut from, mut used) = (0, 0);
    let mut i = 0;
    while i < chars.len() {
        let w = chars[i].1.width().unwrap_or(0);
        if used + w > width && i > from {
            let mut cut = i;
            while cut > from + 1 && closes(chars[cut].1) {
                cut -= 1;
            }
            out.push(chars[cut].0);
            (from, used) = (cut, 0);
            i = cut;
            continue;
        }
        used += w;
        i += 1;
    }
    out
}

/// `text` broken into lines of at most `width` columns by [`line_ranges`].
pub fn lines(text: &str, width: usize) -> Vec<&str> {
    line_ranges(text, width)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

/// Maps byte offsets of the display text to the raw text it shows, for
/// offsets asked in increasing order.
struct OffsetMap<'a> {
    safe: std::str::CharIndices<'a>,
    raw: std::str::CharIndices<'a>,
    raw_len: usize,
    /// The last (safe, raw) char starts reached.
    at: (usize, usize),
}

impl<'a> OffsetMap<'a> {
    fn new(safe: &'a str, raw: &'a str) -> Self {
        OffsetMap {
            safe: safe.char_indices(),
            raw: raw.char_indices(),
            raw_len: raw.len(),
            at: (0, 0),
        }
    }

    fn raw_offset(&mut self, safe_byte: usize) -> usize {
        while self.at.0 < safe_byte {
            match (self.safe.next(), self.raw.next()) {
                (Some((s, _)), Some((r, _))) => {
                    self.at = (s, r);
                    if s >= safe_byte {
                        return r;
                    }
                }
                _ => return self.raw_len,
            }
        }
        if self.at.0 == safe_byte {
            self.at.1
        } else {
            self.raw_len
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The lines of `text` at `width`, as text.
    fn wrapped(text: &str, width: usize) -> Vec<&str> {
        lines(text, width)
    }

    #[test]
    fn punctuation_stays_with_the_word_before_it() {
        // Each break here would fall before the punctuation by width alone.
        assert_eq!(
            wrapped("we are ready, and go", 12),
            ["we are", "ready, and", "go"]
        );
        assert_eq!(
            wrapped("one two three , and", 13),
            ["one two", "three , and"]
        );
        assert_eq!(wrapped("a lone word ,", 11), ["a lone", "word ,"]);
        assert_eq!(
            wrapped("a big crisis . A couple", 12),
            ["a big", "crisis . A", "couple"]
        );
        assert_eq!(
            wrapped("he said “no”, and left", 12),
            ["he said", "“no”, and", "left"]
        );
        assert_eq!(
            wrapped("he said “no” . Then", 12),
            ["he said", "“no” . Then"]
        );
        // No-break spaces hold; opening quotes may start a line.
        assert_eq!(
            wrapped("word 10\u{a0}% “Yes", 7),
            ["word", "10\u{a0}%", "“Yes"]
        );
    }

    #[test]
    fn long_words_are_cut_but_not_before_punctuation() {
        assert_eq!(wrapped("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrapped("abcdef, x", 3), ["abc", "de", "f,", "x"]);
        assert_eq!(wrapped("a abcdefghij", 4), ["a", "abcd", "efgh", "ij"]);
    }

    #[test]
    fn cjk_breaks_between_ideographs_and_keeps_its_punctuation() {
        assert_eq!(wrapped("漢字漢字漢字", 4), ["漢字", "漢字", "漢字"]);
        assert_eq!(wrapped("漢字漢。漢字", 6), ["漢字", "漢。漢", "字"]);
        assert_eq!(wrapped("「漢字」と言った", 6), ["「漢", "字」と", "言った"]);
    }

    #[test]
    fn spaces_at_breaks_belong_to_no_line_and_indentation_stays() {
        assert_eq!(wrapped("  two words", 6), ["  two", "words"]);
        assert_eq!(wrapped("a    b", 2), ["a", "b"]);
        assert!(wrapped("   ", 5).is_empty());
        assert!(wrapped("", 5).is_empty());
    }

    /// Words, spaces, punctuation and CJK in any mix.
    fn tricky_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[a-z]{1,12}",
            Just(" ".to_string()),
            Just("  ".to_string()),
            Just(", ".to_string()),
            Just(" ,".to_string()),
            Just(". ".to_string()),
            Just(" .".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("” .".to_string()),
            Just("漢字".to_string()),
            Just("。".to_string()),
            Just("\u{a0}".to_string()),
            Just("é".to_string()),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        /// Lines are in order, cover every char but the spaces at the breaks,
        /// fit the width (a lone wide char aside), and start with punctuation
        /// only where the text left no choice: right after other punctuation,
        /// or after a word cut down to one char (`漢字”` in two columns).
        #[test]
        fn lines_tile_the_text_and_never_start_with_bound_punctuation(
            text in tricky_text(),
            width in 1usize..30,
        ) {
            let ranges = line_ranges(&text, width);
            let mut at = 0;
            let mut last_line = "";
            for r in &ranges {
                prop_assert!(r.start >= at && r.start < r.end, "{ranges:?}");
                prop_assert!(text[at..r.start].chars().all(char::is_whitespace));
                let line = &text[r.clone()];
                prop_assert!(line.width() <= width.max(2), "{line:?} at {width}");
                let before = text[..r.start].trim_end().chars().next_back();
                let no_choice = at == r.start && last_line.chars().count() == 1;
                if width >= 2 && line.starts_with(closes) && r.start > 0 && !no_choice {
                    prop_assert!(before.is_none_or(closes), "{line:?} in {ranges:?}");
                }
                at = r.end;
                last_line = line;
            }
            prop_assert!(text[at..].chars().all(char::is_whitespace));
        }
    }

    #[test]
    fn huge_articles_are_laid_out_up_to_the_display_limit() {
        let para = "é".repeat(1000) + "\n\n";
        let text = para.repeat(DISPLAY_LIMIT / para.len() + 50);
        let article = Article::new("big", "big.txt", text);
        let w = WrappedArticle::new(&article, 80);
        let last = w.lines.last().unwrap();
        assert!(last.text.contains("not shown"), "{last:?}");
        assert!(w.lines.iter().all(|l| l.bytes.end <= DISPLAY_LIMIT + 4096));
        let one = Article::new("one", "one.txt", "é".repeat(DISPLAY_LIMIT / 2 + 10_000));
        let w = WrappedArticle::new(&one, 80);
        assert!(w.lines.iter().all(|l| l.bytes.end <= DISPLAY_LIMIT + 1));
        assert!(!w.lines.is_empty());
    }

    #[test]
    fn lines_map_back_to_the_bytes_they_show() {
        let text = "Title\n\nA \u{1b}[31mred\u{202e} line with “quotes” and 漢字 wide chars that wraps.\n\nTail.\n".to_string();
        let article = Article::new("a", "a.txt", text.clone());
        for width in [1u16, 3, 7, 12, 40, 200] {
            let w = WrappedArticle::new(&article, width);
            for line in &w.lines {
                let raw = &text[line.bytes.clone()];
                assert_eq!(raw.chars().count(), line.text.chars().count(), "{line:?}");
                assert!(!line.text.contains('\u{1b}') && !line.text.contains('\u{202e}'));
                assert!(
                    unicode_width::UnicodeWidthStr::width(line.text.as_str())
                        <= usize::from(width).max(2)
                );
            }
            let shown: String = w.lines.iter().map(|l| l.text.replace(' ', "")).collect();
            assert!(shown.contains("Tail."), "width {width}: {shown}");
        }
        let w = WrappedArticle::new(&article, 20);
        let tail = text.find("Tail").unwrap();
        assert!(w.lines[w.line_of(tail)].text.starts_with("Tail"));
    }
}
