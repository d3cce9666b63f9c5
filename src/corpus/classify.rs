//! Classifying paragraphs: title, dateline, body, caption, tags or boilerplate.
//!
//! Decisions rest on general signals (length, punctuation, position and
//! keywords common to scraped news pages), never on particular sentences.
//! Nothing is deleted: the reader dims non-content paragraphs and the quote
//! engine skips them.

use std::ops::Range;
use std::sync::LazyLock;

use super::credit;
use super::dateline::is_dateline;
use super::full_text::announces_full_text;
use super::keywords::Keywords;
use super::{Paragraph, ParagraphKind};
use crate::text::floor_char_boundary;
use crate::text::fold::{lower_chars, lower_into, with_lower};
use crate::text::marks;
use crate::text::sentences::is_terminator;
use crate::text::words::{is_word_char, more_words_than};

/// Paragraphs longer than this are prose whatever keywords they contain.
const SHORT_BYTES: usize = 600;

/// Phrases that mark a photo caption or credit.
pub(super) const CAPTION_MARKERS: &[&str] = &[
    "photo:",
    "photos:",
    // The label in most other languages read ("Foto: Jan Nowak", "Фото: …").
    "foto:",
    "fotos:",
    "фото:",
    "photo by",
    "photograph:",
    "photograph by",
    "image:",
    "images:",
    "image by",
    "credit:",
    "credits:",
    "picture:",
    "pictured:",
    "file photo",
    "getty images",
    "video grab",
    "screengrab",
    "screen grab",
    "(photo",
    "/ reuters",
    "/reuters",
    "ap photo",
    "afp photo",
    "via reuters",
    "©",
    // Media players' placeholders, scraped as text where the player was.
    "enable javascript",
    "you can now listen to",
    "browser does not support the video",
    "browser does not support the audio",
];

/// Phrases that mark legal notices, comment forms and page furniture.
pub(super) const FOOTER_MARKERS: &[&str] = &[
    "all rights reserved",
    // The same notice in the other languages the reader meets.
    "alle rechte vorbehalten",
    "tous droits réservés",
    "tutti i diritti riservati",
    "riproduzione riservata",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "toate drepturile rezervate",
    "wszelkie prawa zastrzeżone",
    "все права защищены",
    "усі права захищені",
    "all rights of the published",
    "rights of the published",
    "without a written",
    "without written permission",
    "may not be reproduced",
    "may not be published, broadcast",
    "copyright ©",
    "leave a reply",
    "leave a comment",
    "your email address will not be published",
    "required fields are marked",
    "post a comment",
    "subscribe to our newsletter",
    "sign up for our",
    "share this article",
    "share on facebook",
    "click here to",
    "follow us on",
    "cookie policy",
    "privacy policy",
];

/// Paragraph texts that are page furniture on their own.
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "advertisements",
    "related",
    "related articles",
    "read more",
    "share",
    "comments",
];

/// Headings of the site's lists of its other stories ("Most read",
/// "Trending", "Meistgelesen"), lower case: the headlines under them are
/// not the story. "Related" and "Read also" are left out: they link to
/// the same story, whose quotes their headlines carry.
#[rustfmt::skip]
const LIST_HEADINGS: &[&str] = &[
    "most read", "most popular", "most viewed", "most shared", "most commented", "trending",
    "trending now", "top stories", "latest news", "latest stories", "more stories",
    "you may also like", "you might also like", "recommended", "recommended for you",
    "meistgelesen", "am meisten gelesen", "i più letti", "più letti", "les plus lus",
    "les plus populaires", "самое читаемое", "популярное", "найпопулярніше", "cele mai citite",
    "lo más leído", "mais lidas", "najczęściej czytane",
];

/// Prefixes of keyword lines.
const TAG_PREFIXES: &[&str] = &[
    "tags:",
    "tags -",
    "topics:",
    "keywords:",
    "(tagstotranslate)",
];

pub fn classify(text: &str, raw: Vec<Range<usize>>) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::with_capacity(raw.len());
    // One lower-casing buffer per article rather than one allocation per paragraph.
    let mut lower = String::new();
    for range in raw {
        // Icon names scraped from page markup ("text_fieldsAnchorage: ...") are
        // split off so that the prose after them is still read.
        let artefact = artefact_prefix(&text[range.clone()]);
        let body_start = range.start + artefact;
        if artefact > 0 {
            out.push(Paragraph::new(
                range.start..body_start,
                ParagraphKind::Boilerplate,
            ));
        }
        let body = &text[body_start..range.end];
        let kind = kind_of(body, &mut lower);
        let mut paragraph = Paragraph::new(body_start..range.end, kind);
        // `kind_of` left a body paragraph lower-cased unless it was long.
        paragraph.announces_full_text = kind == ParagraphKind::Body
            && announces_full_text(body, &mut lower, body.len() <= SHORT_BYTES);
        out.push(paragraph);
    }
    super::byline::mark_author_lines(text, &mut out);
    super::headline::mark_title(text, &mut out);
    // After the story's end is found: a linked headline is no notice.
    mark_trailing_teasers(text, &mut out);
    mark_link_lists(text, &mut out);
    out
}

/// The most words a linked headline under a list heading has; a longer
/// line is the story going on.
const LINK_LIST_WORDS: usize = 25;

/// The headlines under a list heading ("Most read", "Related") are links
/// to other stories, and their quotes are those stories': they are
/// boilerplate up to the first paragraph that is prose again, a long one
/// or one ending as a sentence does. Above the story's first prose the list
/// is the site's navigation, and the story's own headline, as shaped as
/// any link, may be next: it is left alone.
fn mark_link_lists(text: &str, paragraphs: &mut [Paragraph]) {
    let (mut begun, mut in_list) = (false, false);
    for p in paragraphs.iter_mut() {
        let line = &text[p.range()];
        if p.kind == ParagraphKind::Boilerplate {
            in_list = in_list || begun && is_list_heading(line);
        } else if p.kind == ParagraphKind::Body && (in_list || !begun) {
            let prose = more_words_than(line, LINK_LIST_WORDS) || ends_as_sentence(line);
            begun = begun || prose;
            in_list = in_list && !prose;
            if in_list {
                p.kind = ParagraphKind::Boilerplate;
            }
        }
    }
}

/// Whether `line` ends on a sentence's stop, before any closing marks
/// ("… went well.”"), or on the colon that introduces a quotation ("Berg
/// told reporters:"); a headline does neither ("Berg: 'No deal yet'").
fn ends_as_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(marks::trails_sentence)
        .ends_with(|c| is_terminator(c) || c == ':')
}

fn kind_of(p: &str, lower: &mut String) -> ParagraphKind {
    if is_tags(p) {
        return ParagraphKind::Tags;
    }
    if p.len() > SHORT_BYTES {
        return ParagraphKind::Body;
    }
    lower_into(p, lower);
    let lower = lower.as_str();
    // Footer and caption phrases in one pass; a footer phrase decides at once.
    let markers = MARKERS.found_in(lower, FOOTER_BITS);
    let footer = is_furniture(lower) || markers & FOOTER_BITS != 0;
    // A teaser for another story ("READ MORE: Berg says …") is a link, and
    // its quotes are that story's.
    if footer || !p.chars().any(is_word_char) || teaser_headline(p).is_some() || is_comment_count(p)
    {
        return ParagraphKind::Boilerplate;
    }
    // The mask first: counting words reads the whole paragraph.
    if is_caption(lower, markers) && !more_words_than(p, 30)
        || credit::ends_with_credit(p) && !more_words_than(p, credit::CAPTION_MAX_WORDS)
    {
        return ParagraphKind::Caption;
    }
    if is_dateline(p, lower) {
        return ParagraphKind::Dateline;
    }
    ParagraphKind::Body
}

/// Words naming a comment section, lower case.
#[rustfmt::skip]
const COMMENT_WORDS: &[&str] = &[
    "comments", "comment", "kommentare", "commenti", "commentaires", "comentarios", "comentarii",
    "comentários", "komentarze", "комментарии", "коментарі",
];

/// A comment section's heading with its count ("Comments (124)", "12
/// Kommentare"): readers' words follow, not the story's. A bare
/// "Comments" is also a share bar's button, between the story's paragraphs.
fn is_comment_count(line: &str) -> bool {
    // "Comments (124)" and its translations are well under this.
    const LONGEST: usize = 40;
    if line.len() > LONGEST {
        return false;
    }
    let mut words = line
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | ':'))
        .filter(|w| !w.is_empty());
    let (Some(a), Some(b), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let count = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    let named = |w: &str| with_lower(w, |w| COMMENT_WORDS.contains(&w));
    count(a) && named(b) || named(a) && count(b)
}

/// Words of the labels that introduce a teaser for another article
/// ("READ ALSO:", "Lire aussi :", "Leggi anche:", "Czytaj więcej:"), lower case.
#[rustfmt::skip]
const TEASER_WORDS: &[&str] = &[
    "read", "also", "more", "watch", "see", "related", "recommended", "lire", "aussi", "voir",
    "leggi", "anche", "lee", "leia", "también", "também", "mehr", "lesen", "auch", "czytaj",
    "więcej", "zobacz", "citește", "și", "читайте", "также", "також",
];

/// Whether `label`, the words before a colon, introduces a teaser: a few
/// words, all of [`TEASER_WORDS`]. A caption's "Photo:" is no such label.
fn is_teaser_label(label: &str) -> bool {
    let mut words = label.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| with_lower(w, |w| TEASER_WORDS.contains(&w)))
}

/// The headline a teaser line introduces ("READ MORE: Berg says …",
/// "Lire aussi : …"), after its label; `None` for any other line.
pub(crate) fn teaser_headline(line: &str) -> Option<&str> {
    // A label is a few short words ("Читайте также" is 27 bytes): its
    // colon is near the start, and every paragraph comes here.
    const LABEL_BYTES: usize = 48;
    let colon = line[..floor_char_boundary(line, LABEL_BYTES)].find(':')?;
    is_teaser_label(&line[..colon]).then(|| &line[colon + 1..])
}

/// Whether the caption markers `markers` found in `lower` make a caption. A
/// label ("Photo:", "Credit:") opens the line or follows a stop or bracket
/// ("Berg in Geneva. Photo: Reuters", "(Credit: AP)"); after a word it is
/// prose ("painted a bleak picture: “…”", "claimed credit: “…”").
fn is_caption(lower: &str, markers: u64) -> bool {
    if markers & CAPTION_BITS == 0 {
        return false;
    }
    let labels_a_credit = |marker: &str| {
        lower.match_indices(marker).any(|(at, _)| {
            lower[..at]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c))
        })
    };
    CAPTION_MARKERS
        .iter()
        .enumerate()
        .filter(|&(i, _)| markers & (1 << i) != 0)
        .any(|(_, marker)| !marker.ends_with(':') || labels_a_credit(marker))
}

/// A line that is page furniture on its own ("Advertisement:", "Most read").
fn is_furniture(line: &str) -> bool {
    is_bare_line_of(line, FURNITURE_LINES) || is_list_heading(line)
}

/// A line heading a list of links to other stories ("Most read", "Trending").
fn is_list_heading(line: &str) -> bool {
    is_bare_line_of(line, LIST_HEADINGS)
}

/// Whether `line`, without the marks around it, is one of `lines`
/// (lower case), whatever its case.
fn is_bare_line_of(line: &str, lines: &[&str]) -> bool {
    // The longest line ("найпопулярніше") is 28 bytes.
    const LONGEST: usize = 32;
    let bare = line.trim_matches(|c: char| !is_word_char(c));
    bare.len() <= LONGEST && with_lower(bare, |bare| lines.contains(&bare))
}

/// Whether `p`, lower-cased, starts with the ASCII keyword `prefix`, without
/// building the lower-cased text.
fn starts_with_folded(p: &str, prefix: &str) -> bool {
    let mut folded = lower_chars(p);
    prefix.chars().all(|want| folded.next() == Some(want))
}

fn is_tags(p: &str) -> bool {
    // The prefixes are at most 17 characters: well inside the 24-character
    // head the rule looks at, so comparing against the whole text is the same.
    if TAG_PREFIXES.iter().any(|t| starts_with_folded(p, t)) {
        return true;
    }
    if !p.contains('#') {
        return false;
    }
    let tokens = p.split_whitespace().take(200);
    let (mut total, mut hashed) = (0usize, 0usize);
    for token in tokens {
        total += 1;
        if token.contains('#') {
            hashed += 1;
        }
    }
    hashed >= 2 && hashed * 4 >= total
}

/// Caption markers, then footer markers: bit i of a mask is the i-th of them.
static MARKERS: LazyLock<Keywords> =
    LazyLock::new(|| Keywords::new([CAPTION_MARKERS, FOOTER_MARKERS].concat()));
const CAPTION_BITS: u64 = (1 << CAPTION_MARKERS.len()) - 1;
const FOOTER_BITS: u64 = ((1 << FOOTER_MARKERS.len()) - 1) << CAPTION_MARKERS.len();
const _: () = assert!(CAPTION_MARKERS.len() + FOOTER_MARKERS.len() <= 64);

/// Length in bytes of a scraped icon name glued to the paragraph ("text_fields", "access_time").
pub(crate) fn artefact_prefix(p: &str) -> usize {
    let bytes = p.as_bytes();
    let mut i = 0;
    let mut underscores = 0;
    while i < bytes.len() && (bytes[i].is_ascii_lowercase() || bytes[i] == b'_') {
        underscores += usize::from(bytes[i] == b'_');
        i += 1;
    }
    let glued = i < bytes.len() && bytes[i].is_ascii_uppercase();
    let shaped = underscores > 0 && bytes[0] != b'_' && bytes[i.saturating_sub(1)] != b'_';
    if glued && shaped { i } else { 0 }
}

/// Everything after a footer (legal notice, comment form) or an agency sign-off
/// in the second half of an article is an appended teaser, not the story.
fn mark_trailing_teasers(text: &str, paragraphs: &mut [Paragraph]) {
    let n = paragraphs.len();
    // Furniture ("Advertisement", "Read more") sits between a story's own
    // paragraphs, so only a notice or a sign-off ends the story.
    let ends_story = |i: usize, p: &Paragraph| {
        let line = &text[p.range()];
        i * 2 >= n
            && (p.kind == ParagraphKind::Boilerplate
                && (line.len() > 12 && !is_furniture(line) && teaser_headline(line).is_none()
                    || is_comment_count(line))
                || p.kind == ParagraphKind::Body && ends_with_signoff(line))
    };
    if let Some(cut) = paragraphs
        .iter()
        .enumerate()
        .position(|(i, p)| ends_story(i, p))
    {
        for p in &mut paragraphs[cut + 1..] {
            if p.kind == ParagraphKind::Body {
                p.kind = ParagraphKind::Boilerplate;
            }
        }
    }
}

/// "... the war. (ILKHA)": an agency code in parentheses after the last sentence.
fn ends_with_signoff(p: &str) -> bool {
    let Some(body) = p.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let code = &body[open + 1..];
    let before = body[..open].trim_end();
    (2..=12).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '/' || c == '-')
        && (before.ends_with('.') || before.ends_with('”') || before.ends_with('"'))
}

#[cfg(test)]
#[path = "classify_tests.rs"]
mod tests;
