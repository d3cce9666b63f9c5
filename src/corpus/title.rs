//! Finding an article's title, or deriving one from its first sentence.

use std::ops::Range;

use super::dateline::opening_dateline;
use super::headline::{LEADING_LINES, is_furniture};
use super::{Paragraph, ParagraphKind, display};
use crate::text::dashes::is_dash;
use crate::text::marks;
use crate::text::sentences::{Quoted, Splitter, is_terminator};

/// Derived titles are cut to about this many characters, at a word boundary.
const DERIVED_TITLE_CHARS: usize = 90;

/// The title and whether it was derived (no title line in the article).
pub fn title_of(text: &str, paragraphs: &[Paragraph]) -> (String, bool) {
    if let Some(p) = paragraphs.iter().find(|p| p.kind == ParagraphKind::Title) {
        return (clean(&text[p.range()]), false);
    }
    // Short lines above the story that were not taken for the headline are
    // page furniture ("Support Us"): the title comes from what follows.
    let body = || paragraphs.iter().filter(|p| p.kind == ParagraphKind::Body);
    let first_body = body()
        .take(LEADING_LINES)
        .find(|p| !is_furniture(text, p))
        .or_else(|| body().next())
        .or_else(|| paragraphs.first());
    let title = first_body
        .map(|p| {
            let lede = &text[p.range()];
            shorten(&first_sentence(&lede[opening_dateline(lede)..]))
        })
        .unwrap_or_default();
    (title, true)
}

/// Display-safe text on one line with runs of whitespace collapsed, without
/// the dashes, bullets and colons that pages leave before a title or lede
/// ("- Conservative activist …", ": Vidéo …", "*Adds new information …").
fn clean(s: &str) -> String {
    let safe = display::sanitize(s);
    let safe = safe.trim_start_matches(|c: char| {
        c.is_whitespace() || is_dash(c) || matches!(c, '*' | ':' | '|' | '•' | '·')
    });
    safe.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first sentence of a paragraph, as the engine's one splitter reads it,
/// with its double-quoted passages read as units.
pub fn first_sentence(p: &str) -> String {
    let p = clean(p);
    let quoted = double_quoted(&p);
    let first = Splitter::new(&p, &quoted)
        .split(0..p.len())
        .into_iter()
        .next();
    first.map_or(p.clone(), |r| p[r].to_string())
}

/// The passages of `p` inside double quotation marks shaped to open (`“…”`,
/// `„…“`, `«…»`), outermost only; one left open runs to the end.
fn double_quoted(p: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in p.char_indices() {
        match open {
            None if marks::opens_by_shape(c) => open = Some((i, c)),
            Some((at, opener)) if marks::closes(opener, c) => {
                out.push(quoted(at..i + c.len_utf8(), &p[at..i]));
                open = None;
            }
            _ => {}
        }
    }
    if let Some((at, _)) = open {
        out.push(quoted(at..p.len(), &p[at..]));
    }
    out
}

/// `outer` as a unit, ending a sentence when its words (without the closing
/// mark) do.
fn quoted(outer: Range<usize>, words: &str) -> Quoted {
    let last = words.trim_end().chars().next_back();
    Quoted {
        outer,
        ends_sentence: last.is_some_and(is_terminator),
    }
}

fn shorten(sentence: &str) -> String {
    let sentence = sentence.trim_end_matches(['.', ' ']);
    if sentence.chars().count() <= DERIVED_TITLE_CHARS {
        return sentence.to_string();
    }
    let cut = sentence
        .char_indices()
        .nth(DERIVED_TITLE_CHARS)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;

    #[test]
    fn title_line_is_used() {
        let a = Article::new("a", "a.txt", "Storm hits coast\n\nIt rained.".into());
        assert_eq!(a.title, "Storm hits coast");
        assert!(!a.title_derived);
    }

    #[test]
    fn derived_from_first_sentence() {
        let a = Article::new(
            "a",
            "a.txt",
            "The U.S. envoy met Mr. Smith in Geneva. Talks went on.\nMore.".into(),
        );
        assert!(a.title_derived);
        assert_eq!(a.title, "The U.S. envoy met Mr. Smith in Geneva");
    }

    #[test]
    fn a_derived_title_opens_after_the_dateline_and_leading_dashes() {
        let derived = |text: &str| Article::new("a", "a.txt", text.into()).title;
        assert_eq!(
            derived("OSLO (Reuters) — Anna Berg won the vote. She thanked them.\n\nMore."),
            "Anna Berg won the vote"
        );
        assert_eq!(
            derived("Kiel, 3. Mai (dpa) - Der Kanzler kam. Er ging.\n\nMehr."),
            "Der Kanzler kam"
        );
        assert_eq!(
            derived("- Anna Berg was elected mayor. She thanked them.\n\nMore."),
            "Anna Berg was elected mayor"
        );
        assert_eq!(
            derived(": Storm hits coast\n\nIt rained hard."),
            "Storm hits coast"
        );
    }

    #[test]
    fn long_derived_title_is_cut_at_a_word() {
        let sentence = "The regional council of the northern province voted late on Tuesday night to approve \
                        a sweeping package of measures on housing and transport.";
        let a = Article::new("a", "a.txt", format!("{sentence}\nSecond paragraph."));
        assert!(a.title_derived);
        assert!(a.title.ends_with('…'));
        assert!(a.title.chars().count() <= DERIVED_TITLE_CHARS + 1);
        assert!(sentence.starts_with(a.title.trim_end_matches('…')));
    }

    #[test]
    fn sentence_end_inside_quotes_does_not_cut() {
        assert_eq!(
            first_sentence("He said “Stop. Now,” then he left. Later."),
            "He said “Stop. Now,” then he left."
        );
        // A quotation that ends like a sentence ends the sentence it closes.
        assert_eq!(
            first_sentence("He said “Stop. Now.” Then he left. Later."),
            "He said “Stop. Now.”"
        );
        assert_eq!(
            first_sentence("“Never. Ever” he said."),
            "“Never. Ever” he said."
        );
        assert_eq!(
            first_sentence("Merz sagte: „Wir sind bereit.“ Dann ging er."),
            "Merz sagte: „Wir sind bereit.“"
        );
        assert_eq!(
            first_sentence("Il a dit « Non. Jamais » puis il est parti. Fin."),
            "Il a dit « Non. Jamais » puis il est parti."
        );
        assert_eq!(first_sentence("“Open. Never closed"), "“Open. Never closed");
    }

    #[test]
    fn control_characters_never_reach_the_title() {
        let a = Article::new("a", "a.txt", "Bad \u{1b}[31mtitle\n\nBody.".into());
        assert!(!a.title.contains('\u{1b}'));
    }
}
