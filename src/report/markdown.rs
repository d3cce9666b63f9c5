//! `verbatim quotes --format markdown`: the groups of renderings as a
//! Markdown document a fact-checker can paste into a write-up.
//!
//! Each group is a section: the reference rendering as a block quote with its
//! citation (speaker, outlet, date, address), then every other rendering with
//! its relation, similarity and word diff (~~deleted~~, **inserted**).

use std::io::{self, BufWriter, Write};

use crate::analysis::Analysis;
use crate::corpus::{Article, Corpus, display::sanitize_line};
use crate::quotes::{AlignOp, OpKind, Quote};

use super::quotes::{quote_text, speaker_name};
use super::wording::{count, percent};

pub fn write(out: &mut impl Write, corpus: &Corpus, analysis: &Analysis) -> io::Result<()> {
    let mut w = BufWriter::with_capacity(1 << 16, out);
    writeln!(w, "# How the quotations were rendered")?;
    writeln!(w)?;
    writeln!(
        w,
        "{} · {} · {} with more than one rendering.",
        count(corpus.articles.len(), "source"),
        count(analysis.quotes.len(), "quote"),
        count(analysis.clusters.len(), "group")
    )?;
    for c in &analysis.clusters {
        let Some(reference) = analysis.quotes.get(c.reference.index()) else {
            continue;
        };
        writeln!(w)?;
        writeln!(
            w,
            "## Group {}: {}",
            c.id.index() + 1,
            escape(&headline(quote_text(corpus, reference)))
        )?;
        writeln!(w)?;
        writeln!(
            w,
            "{} · {} · divergence {}",
            count(c.quotes.len(), "rendering"),
            count(c.sources.len(), "source"),
            percent(c.divergence)
        )?;
        writeln!(w)?;
        writeln!(w, "> “{}”", escape(quote_text(corpus, reference)))?;
        writeln!(w, ">")?;
        writeln!(
            w,
            "> — {} (reference)",
            citation(corpus, analysis, reference)
        )?;
        for p in &c.pairs {
            let Some(q) = analysis.quotes.get(p.b.index()) else {
                continue;
            };
            writeln!(w)?;
            writeln!(
                w,
                "- **{}**, {}: {}",
                p.relation.as_str(),
                percent(p.similarity),
                citation(corpus, analysis, q)
            )?;
            let diff = diff(quote_text(corpus, reference), quote_text(corpus, q), &p.ops);
            writeln!(w, "  “{diff}”")?;
        }
    }
    w.flush()
}

/// “speaker, outlet, date, address” for one rendering; unknown parts are left out.
pub fn citation(corpus: &Corpus, analysis: &Analysis, q: &Quote) -> String {
    let speaker = speaker_name(analysis, q).unwrap_or("unknown speaker");
    let mut parts = vec![escape(speaker)];
    if let Some(article) = corpus.articles.get(q.source.index()) {
        match &article.meta.outlet {
            Some(outlet) => parts.push(escape(outlet)),
            None => parts.push(format!("_{}_", escape(article.label()))),
        }
        if let Some(date) = &article.meta.published {
            parts.push(escape(date));
        }
        parts.push(location(article));
    }
    parts.join(", ")
}

/// The article's address as a link, else its path.
fn location(article: &Article) -> String {
    match &article.meta.url {
        Some(url) => format!("<{}>", sanitize_line(url).replace(['<', '>', ' '], "")),
        None => format!("`{}`", sanitize_line(&article.path).replace('`', "'")),
    }
}

/// The first words of a quote, for a section heading.
fn headline(text: &str) -> String {
    const WORDS: usize = 10;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        words.join(" ")
    } else {
        let head = words[..WORDS].join(" ");
        format!(
            "{}…",
            head.trim_end_matches(|c: char| c.is_ascii_punctuation())
        )
    }
}

/// The word diff of `b` against `a` in Markdown: ~~deleted~~ **inserted**.
/// A piece that starts with punctuation stays with the word before it.
fn diff(a: &str, b: &str, ops: &[AlignOp]) -> String {
    let piece =
        |s: &str, r: &std::ops::Range<usize>| s.get(r.clone()).unwrap_or("").trim().to_string();
    let mut out = String::new();
    for op in ops {
        let (old, new) = (piece(a, &op.a()), piece(b, &op.b()));
        let (first, marked) = match op.kind {
            OpKind::Equal => (new.chars().next(), escape(&new)),
            OpKind::Delete => (old.chars().next(), marked("~~", &old)),
            OpKind::Insert => (new.chars().next(), marked("**", &new)),
            OpKind::Replace => (
                old.chars().next(),
                format!("{} {}", marked("~~", &old), marked("**", &new)),
            ),
        };
        if marked.is_empty() {
            continue;
        }
        let glued =
            first.is_some_and(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '”' | '’'));
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(&marked);
    }
    out
}

/// `text` escaped and wrapped in `mark` (`~~` or `**`), or nothing when empty.
fn marked(mark: &str, text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("{mark}{}{mark}", escape(text))
    }
}

/// Article text made safe for the terminal and inert as Markdown: one line,
/// with the characters Markdown would act on escaped.
fn escape(text: &str) -> String {
    let one_line = sanitize_line(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::with_capacity(one_line.len());
    for c in one_line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_in_article_text_is_inert() {
        assert_eq!(escape("a *b* [c](d) <e>"), r"a \*b\* \[c\](d) \<e\>");
        assert_eq!(escape("two\nlines\u{1b}[31m"), "two lines␛\\[31m");
    }

    #[test]
    fn diffs_mark_changes_and_keep_punctuation_with_its_word() {
        let a = "we are ready, of course";
        let b = "we are set, of course";
        let ops = [
            AlignOp::new(OpKind::Equal, 0..7, 0..7),
            AlignOp::new(OpKind::Replace, 7..12, 7..10),
            AlignOp::new(OpKind::Equal, 12..23, 10..21),
        ];
        assert_eq!(diff(a, b, &ops), "we are ~~ready~~ **set**, of course");
        let ops = [AlignOp::new(OpKind::Delete, 0..23, 0..0)];
        assert_eq!(diff(a, "", &ops), "~~we are ready, of course~~");
    }

    #[test]
    fn long_quotes_are_cut_for_headings() {
        assert_eq!(headline("one two three"), "one two three");
        let long = "a b c d e f g h i j k l";
        assert_eq!(headline(long), "a b c d e f g h i j…");
        assert_eq!(
            headline("a b c d e f g h i end. more words"),
            "a b c d e f g h i end…"
        );
    }
}
