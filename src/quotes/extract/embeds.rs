//! Posts embedded from social networks, as scraped pages print them: the
//! post's words, a link to its picture, then the credit —
//! `My fellow Democrats, I have decided … pic.twitter.com/x8Dn — Joe Biden
//! (@JoeBiden) July 21, 2024` — or the words in one paragraph and the credit
//! alone in the next. The post is its author's statement, printed without
//! quotation marks; the credit names who made it.

use std::ops::Range;

use crate::corpus::Article;
use crate::people::is_first_name;

use super::Span;
use super::dashes::is_dash;

/// A post needs a few words: shorter ones are link teasers ("Watch:").
const MIN_POST_WORDS: usize = 4;

/// Longest account name read in a credit, in words.
const MAX_NAME_WORDS: usize = 6;

/// The posts embedded in `article`'s paragraphs, as spans marked unquoted.
pub(super) fn embedded_posts(article: &Article) -> Vec<Span> {
    let text = article.text.as_str();
    let mut posts = Vec::new();
    for (pi, p) in article.paragraphs.iter().enumerate() {
        let Some(slice) = text.get(p.range()) else {
            continue;
        };
        let Some(dash) = credit_start(slice) else {
            continue;
        };
        // The credit ends the post's own paragraph, or stands alone after it.
        let (words, paragraph) = if slice[..dash].trim().is_empty() {
            let Some(prev) = pi.checked_sub(1).and_then(|i| article.paragraphs.get(i)) else {
                continue;
            };
            (prev.range(), pi - 1)
        } else {
            (p.start()..p.start() + dash, pi)
        };
        if !article.paragraphs[paragraph].kind.is_content() {
            continue;
        }
        if let Some(inner) = post_words(text, words.clone()) {
            // The outer span runs on over the appended link to the credit,
            // so the credit reads as the label after it (`… — Joe Biden`).
            let outer_end = inner.end.max(words.start + text[words].trim_end().len());
            posts.push(Span {
                outer: inner.start..outer_end,
                inner,
                paragraph,
                quoted: false,
            });
        }
    }
    posts
}

/// Where the credit `— Name (@handle) date` that ends `paragraph` starts
/// (its dash), if it has one and names a person (a given name in it).
fn credit_start(paragraph: &str) -> Option<usize> {
    let line = paragraph.trim_end();
    // Every paragraph comes here: the last " (@" is found from the `@`s,
    // which prose seldom has, by a vectorised search for them.
    let bytes = line.as_bytes();
    let at = memchr::memrchr_iter(b'@', bytes).find(|&i| i >= 2 && &bytes[i - 2..i] == b" (")? - 2;
    let handle_end = at + 3 + line[at + 3..].find(')')?;
    let handle = &line[at + 3..handle_end];
    let handle_ok = !handle.is_empty()
        && handle.len() <= 40
        && handle
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'));
    // What follows the handle is the post's date: short, with a digit.
    let date = &line[handle_end + 1..];
    let date_ok = date.len() <= 40 && date.chars().any(|c| c.is_ascii_digit());
    if !(handle_ok && date_ok) {
        return None;
    }
    let before = &line[..at];
    let (dash, ch) = before.char_indices().rev().find(|&(_, c)| is_dash(c))?;
    let name = before[dash + ch.len_utf8()..].trim();
    let spaced = dash == 0 || before[..dash].ends_with(char::is_whitespace);
    let words = name.split_whitespace().count();
    // A person's account: an organisation's post ("— Liverpool FC (@LFC)")
    // is a teaser or an announcement, not somebody's words.
    let personal = name.split_whitespace().any(is_first_name);
    (spaced && personal && (1..=MAX_NAME_WORDS).contains(&words)).then_some(dash)
}

/// The post's words in `range`: without the trailing picture or short link
/// the network appends, and without padding; `None` when too short.
fn post_words(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let mut slice = text.get(range.clone())?.trim_end();
    while let Some(last) = slice.split_whitespace().next_back()
        && is_link(last)
    {
        slice = slice[..slice.len() - last.len()].trim_end();
    }
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.len();
    let words = text[start..end].split_whitespace().count();
    (words >= MIN_POST_WORDS).then_some(start..end)
}

fn is_link(word: &str) -> bool {
    word.starts_with("pic.twitter.com/")
        || word.starts_with("http://")
        || word.starts_with("https://")
}
