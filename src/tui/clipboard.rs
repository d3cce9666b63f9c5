//! Copying a rendering as a citation: the plain-text citation (“…” —
//! speaker, outlet, date, address) and the OSC 52 escape that asks the
//! terminal to put it on the system clipboard, which works over ssh and
//! inside tmux (with `set-clipboard on`) where no clipboard tool can reach.

use std::io::{self, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use verbatim::corpus::display::is_unsafe;
use verbatim::quotes::Quote;
use verbatim::text::floor_char_boundary;

use super::model::Shared;

/// The longest citation sent, in bytes. Terminals cap OSC 52 payloads
/// (some near 100 KB, some far lower) and drop longer ones whole; a
/// citation is a sentence or two, so a cut here only shortens freak quotes.
pub const MAX_CITATION_BYTES: usize = 8 * 1024;

/// “quote” — speaker, outlet, date, address: the parts that are known, on
/// one line, with no control characters, at most [`MAX_CITATION_BYTES`]
/// (the quote's words are cut, never the attribution).
pub fn citation(shared: &Shared, q: &Quote) -> String {
    let article = shared.article(q.source);
    let outlet = article.and_then(|a| {
        a.meta
            .outlet
            .as_deref()
            .or((!a.title_derived).then_some(a.title.as_str()))
    });
    let parts: Vec<String> = [
        shared.speaker_of(q),
        outlet,
        article.and_then(|a| a.meta.published.as_deref()),
        article.and_then(|a| a.meta.url.as_deref()),
    ]
    .into_iter()
    .flatten()
    .map(clean)
    .filter(|p| !p.is_empty())
    .collect();
    let tail = if parts.is_empty() {
        String::new()
    } else {
        format!(" — {}", parts.join(", "))
    };
    let tail = cut(&tail, MAX_CITATION_BYTES / 2);
    let words = clean(shared.quote_text(q));
    // The two quotation marks take six bytes.
    let words = cut(&words, MAX_CITATION_BYTES - tail.len() - 6);
    format!("“{words}”{tail}")
}

/// `text` on one line: unsafe characters dropped (line separators count as
/// spaces), whitespace runs as one space.
fn clean(text: &str) -> String {
    let safe: String = text
        .chars()
        .filter(|&c| c.is_whitespace() || !is_unsafe(c))
        .collect();
    safe.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` cut to at most `max` bytes on a char boundary, with `…` when cut.
fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let end = floor_char_boundary(text, max.saturating_sub('…'.len_utf8()));
    format!("{}…", text[..end].trim_end())
}

/// The OSC 52 sequence that sets the clipboard (`c`) to `text`. The text
/// travels base64-encoded, so nothing in it can end the sequence early.
pub fn osc52(text: &str) -> String {
    format!("\u{1b}]52;c;{}\u{7}", STANDARD.encode(text))
}

/// Writes a prepared sequence straight to the terminal, outside ratatui's
/// frame: it draws nothing, so the screen ratatui knows stays true.
pub fn send(out: &mut impl Write, sequence: &str) -> io::Result<()> {
    out.write_all(sequence.as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture::fixture;
    use verbatim::quotes::QuoteId;

    #[test]
    fn a_citation_names_what_is_known_on_one_safe_line() {
        let mut loaded = fixture();
        let wire = &mut loaded.corpus.articles[0].meta;
        wire.outlet = Some("Wire\u{1b}[31m News".into());
        wire.published = Some("2025-08-18".into());
        wire.url = Some("https://wire.example/a".into());
        let shared = Shared::new(loaded);
        let q = shared.quote(QuoteId::new(0)).unwrap();
        assert_eq!(
            citation(&shared, q),
            "“Russia is a very big power, and they're not” — Donald Trump, \
             Wire[31m News, 2025-08-18, https://wire.example/a"
        );
        // No outlet or date: the title stands in, and nothing is left empty.
        let q = shared.quote(QuoteId::new(2)).unwrap();
        assert_eq!(
            citation(&shared, q),
            "“Russia is very great and not” — Donald Trump, Trump: Russia very great"
        );
    }

    #[test]
    fn hostile_and_huge_text_is_cleaned_and_capped() {
        assert_eq!(clean("a\u{1b}]0;x\u{7}b\n\tc \u{202e}d"), "a]0;xb c d");
        let long = "word ".repeat(10_000);
        let cut_text = cut(&long, 100);
        assert!(
            cut_text.len() <= 100 && cut_text.ends_with('…'),
            "{cut_text}"
        );
        assert_eq!(cut("ééé", 5), "é…");
        assert_eq!(cut("ééé", 4), "…", "never inside a char");
        let mut loaded = fixture();
        loaded.corpus.articles[0].text.push_str(&long);
        let shared = Shared::new(loaded);
        let mut q = shared.quote(QuoteId::new(0)).unwrap().clone();
        let end = shared.corpus.articles[0].text.len();
        q.set_inner(q.inner().start..end);
        let text = citation(&shared, &q);
        assert!(text.len() <= MAX_CITATION_BYTES, "{}", text.len());
        assert!(
            text.ends_with("” — Donald Trump, Trump says Russia is a big power"),
            "{text}"
        );
    }

    #[test]
    fn the_escape_carries_the_text_base64_encoded() {
        let seq = osc52("“hi” — A\u{7}B");
        let payload = seq
            .strip_prefix("\u{1b}]52;c;")
            .and_then(|s| s.strip_suffix('\u{7}'))
            .unwrap();
        assert!(
            payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b))
        );
        assert_eq!(
            STANDARD.decode(payload).unwrap(),
            "“hi” — A\u{7}B".as_bytes()
        );
        let mut out = Vec::new();
        send(&mut out, &seq).unwrap();
        assert_eq!(out, seq.as_bytes());
    }
}
