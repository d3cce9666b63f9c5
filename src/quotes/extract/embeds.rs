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
use crate::text::dashes::is_dash;
use crate::text::words::is_word_char;

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
            posts.extend(uncredited_post(article, pi));
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
        // A post of several paragraphs keeps the embed's wider spacing
        // between them; the words before that gap are the post's too.
        let (words, paragraph) = match earlier_post_paragraph(article, paragraph) {
            Some(first) => (article.paragraphs[first].start()..words.end, first),
            None => (words, paragraph),
        };
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

/// The post of paragraph `pi` when the page kept its picture link but
/// dropped its credit: `A brilliant operation … pic.twitter.com/x` and no
/// `— Name (@handle) date` after it. The link is the network's mark on the
/// post's own words (a paragraph of the article links its sources with
/// `https://`, not a tweet's picture); who wrote it is left to the context.
/// A paragraph whose credit follows (a person's or not) is the credited
/// rule's to judge.
fn uncredited_post(article: &Article, pi: usize) -> Option<Span> {
    let text = article.text.as_str();
    let p = &article.paragraphs[pi];
    let slice = text.get(p.range())?.trim_end();
    let last = slice.split_whitespace().next_back()?;
    let next_credits = article
        .paragraphs
        .get(pi + 1)
        .and_then(|n| text.get(n.range()))
        .is_some_and(|n| n.contains(" (@"));
    if !p.kind.is_content()
        || !last.starts_with("pic.twitter.com/")
        || next_credits
        || super::has_quotation_mark(slice)
    {
        return None;
    }
    let inner = post_words(text, p.range())?;
    Some(Span {
        outer: inner.start..p.start() + slice.len(),
        inner,
        paragraph: pi,
        quoted: false,
    })
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
            .all(|c| is_word_char(c) || matches!(c, '_' | '.' | '-'));
    // What follows the handle is the post's date: short, with a digit.
    let date = &line[handle_end + 1..];
    let date_ok = date.len() <= 40 && date.chars().any(|c| c.is_ascii_digit());
    if !(handle_ok && date_ok) {
        return None;
    }
    let before = &line[..at];
    let (dash, ch) = before.char_indices().rev().find(|&(_, c)| is_dash(c))?;
    let name = before[dash + ch.len_utf8()..].trim();
    // Spaced, or glued to the link the network appends (`…/kTB4w2— Name`).
    let spaced = dash == 0
        || before[..dash].ends_with(char::is_whitespace)
        || before[..dash]
            .split_whitespace()
            .next_back()
            .is_some_and(is_link);
    let words = name.split_whitespace().count();
    // A person's account: an organisation's post ("— Liverpool FC (@LFC)")
    // is a teaser or an announcement, not somebody's words.
    let personal = name.split_whitespace().any(is_first_name);
    (spaced && personal && (1..=MAX_NAME_WORDS).contains(&words)).then_some(dash)
}

/// Blank lines at least this many set a post's paragraphs apart where
/// scraped embeds keep their block's spacing: wider than a paragraph break.
const POST_GAP_BLANK_LINES: usize = 2;

/// The paragraph before `paragraph` when it opens the same post: a content
/// paragraph without quotation marks, set apart by the embed's wider gap
/// (`…this violence.\n\n\n\nYou need to … — Name (@handle) date`).
fn earlier_post_paragraph(article: &Article, paragraph: usize) -> Option<usize> {
    let prev = paragraph.checked_sub(1)?;
    let (before, this) = (&article.paragraphs[prev], &article.paragraphs[paragraph]);
    let text = article.text.as_str();
    let gap = text.get(before.end()..this.start())?;
    let blank_lines = gap.matches('\n').count().saturating_sub(1);
    let words = text.get(before.range())?;
    (before.kind.is_content()
        && blank_lines >= POST_GAP_BLANK_LINES
        && gap.trim().is_empty()
        && !super::has_quotation_mark(words))
    .then_some(prev)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn posts(body: &str) -> Vec<String> {
        super::super::span_texts("Leaders react online", body, embedded_posts)
    }

    #[test]
    fn a_credit_glued_to_the_posts_link_still_credits_it() {
        assert_eq!(
            posts(
                "The ceremony in the hall begins https://t.co/Ab12— Jane Doe (@janedoe) May 2, 2025"
            ),
            ["The ceremony in the hall begins"]
        );
        // Glued to a word, the dash is a hyphen in the post's text.
        assert!(
            posts("The ceremony in the hall begins—Jane Doe (@janedoe) May 2, 2025").is_empty()
        );
    }

    #[test]
    fn a_post_whose_credit_the_page_dropped_is_still_a_post() {
        assert_eq!(
            posts(
                "Kyiv reacted at once.\n\nA brilliant result, achieved by our service alone. pic.twitter.com/Ab12Cd"
            ),
            ["A brilliant result, achieved by our service alone."]
        );
        // A source link, a quoted paragraph, a short teaser, or a credit
        // the credited rule judged (an account nobody's) is no such post.
        assert!(
            posts("A brilliant result, achieved by our service alone. https://example.org/a")
                .is_empty()
        );
        assert!(
            posts("He wrote: “A brilliant result, achieved by us.” pic.twitter.com/Ab12Cd")
                .is_empty()
        );
        assert!(posts("Watch the video: pic.twitter.com/Ab12Cd").is_empty());
        assert!(
            posts("A brilliant result, achieved by our service alone. pic.twitter.com/Ab12Cd\n\n— Ministry of Defence (@DefenceU) June 1, 2025")
                .is_empty()
        );
    }

    #[test]
    fn a_post_of_two_paragraphs_set_apart_by_a_wide_gap_is_one_post() {
        let two = "Your words have led to this violence.\n\n\n\nYou need to put your own house in order before you speak again. — Jane Doe (@janedoe) May 2, 2025";
        assert_eq!(
            posts(two),
            [
                "Your words have led to this violence.\n\n\n\nYou need to put your own house in order before you speak again."
            ]
        );
        // An ordinary paragraph break keeps the narrator's line out.
        let one = "Critics answered at once.\n\nYou need to put your own house in order before you speak again. — Jane Doe (@janedoe) May 2, 2025";
        assert_eq!(
            posts(one),
            ["You need to put your own house in order before you speak again."]
        );
    }
}
