//! The article laid out for one pane width: display-safe lines that remember
//! which bytes of the article they show, so quotes and mentions (byte spans)
//! can be styled and scrolled to. Built once per (source, width), not per frame.

use std::ops::Range;

use verbatim::corpus::display::sanitize_line;
use verbatim::corpus::{Article, ParagraphKind};

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
        // First fit is linear and predictable on huge paragraphs.
        let options = textwrap::Options::new(cols)
            .break_words(true)
            .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
        let mut lines = Vec::new();
        // Front matter and address lines are the article's metadata, not its text.
        let shown = article
            .paragraphs
            .iter()
            .filter(|p| p.kind != ParagraphKind::Metadata);
        for paragraph in shown {
            if paragraph.start >= DISPLAY_LIMIT {
                lines.push(ArticleLine {
                    text: format!(
                        "[the rest of this {:.1} MB article is not shown]",
                        article.text.len() as f64 / (1 << 20) as f64
                    ),
                    bytes: paragraph.start..paragraph.start,
                    kind: None,
                });
                break;
            }
            // A single giant paragraph is cut at a char boundary past the limit.
            let end = if paragraph.end - paragraph.start > DISPLAY_LIMIT {
                let mut cut = paragraph.start + DISPLAY_LIMIT;
                while !article.text.is_char_boundary(cut) {
                    cut += 1;
                }
                cut
            } else {
                paragraph.end
            };
            let Some(raw) = article.text.get(paragraph.start..end) else {
                continue;
            };
            if !lines.is_empty() {
                lines.push(ArticleLine {
                    text: String::new(),
                    bytes: paragraph.start..paragraph.start,
                    kind: None,
                });
            }
            // sanitize_line maps one char to one char, so the i-th char of
            // `safe` shows the i-th char of `raw`: walking both in step maps
            // line offsets back to article bytes in one linear pass.
            let safe = sanitize_line(raw);
            let mut map = OffsetMap::new(&safe, raw);
            let mut cursor = 0;
            for line in textwrap::wrap(&safe, &options) {
                let line: &str = &line;
                if line.is_empty() {
                    continue;
                }
                let at = safe
                    .get(cursor..)
                    .and_then(|rest| rest.find(line))
                    .map_or(cursor, |p| p + cursor);
                let end = (at + line.len()).min(safe.len());
                let (from, to) = (map.raw_offset(at), map.raw_offset(end));
                lines.push(ArticleLine {
                    text: line.to_string(),
                    bytes: paragraph.start + from..paragraph.start + to,
                    kind: Some(paragraph.kind),
                });
                cursor = end;
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
    use super::*;

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
