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

impl WrappedArticle {
    pub fn new(article: &Article, width: u16) -> Self {
        let cols = usize::from(width.max(1));
        let options = textwrap::Options::new(cols).break_words(true);
        let mut lines = Vec::new();
        for paragraph in &article.paragraphs {
            let Some(raw) = article.text.get(paragraph.range()) else {
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
            // `safe` shows the i-th char of `raw`: that is how bytes map back.
            let safe = sanitize_line(raw);
            let safe_starts: Vec<usize> = safe.char_indices().map(|(i, _)| i).collect();
            let raw_starts: Vec<usize> = raw.char_indices().map(|(i, _)| i).collect();
            let to_raw = |safe_byte: usize| -> usize {
                match safe_starts.binary_search(&safe_byte) {
                    Ok(i) => raw_starts.get(i).copied().unwrap_or(raw.len()),
                    Err(_) => raw.len(),
                }
            };
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
                lines.push(ArticleLine {
                    text: line.to_string(),
                    bytes: paragraph.start + to_raw(at)..paragraph.start + to_raw(end),
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

#[cfg(test)]
mod tests {
    use super::*;

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
