//! Which of an article's leading lines is its headline.
//!
//! Scraped pages often open with page furniture above the headline: a site
//! name ("The Western Journal"), a menu entry ("Next Story", "• Economy"), a
//! category ("Categories: Politics"), a byline of names, a player's notice
//! or a photo's description. Each is short and headline-shaped, so the first
//! short line is not enough. A headline says what the story says: a good
//! part of its longer words come back in the text below it. The first of
//! the leading lines that is long enough and shares its words with the text
//! that follows is the headline; failing that, the one that shares the
//! largest part; when none shares any, the article has no title line and
//! one is derived from its prose. A long leading line that shares few words
//! is a lede printed without its full stop: not furniture, and a derived
//! title comes from it.

use super::{Paragraph, ParagraphKind};
use crate::text::floor_char_boundary;
use crate::text::fold::{lower_into, with_lower};
use crate::text::words::is_word_char;

/// Headline-shaped lines looked at above the first line of prose.
pub(super) const LEADING_LINES: usize = 6;

/// A leading line of at most this many words that is not the headline is
/// page furniture; a longer one is prose.
const FURNITURE_MAX_WORDS: usize = 12;

/// Above a text long enough to judge by, a headline has at least this many
/// words with letters in them: "Next Story", "Support Us" and "Categories:
/// Politics" have fewer.
const MIN_HEADLINE_WORDS: usize = 3;

/// The text below a candidate in which its words are looked for: about the
/// lede and the paragraphs after it.
const LOOK_AHEAD_BYTES: usize = 2500;

/// Below this many words after the candidate there is too little text to
/// judge a headline by, and its shape alone decides.
const MIN_WORDS_TO_JUDGE: usize = 40;

/// Words of this many letters or more are the ones a headline shares with
/// its story; shorter ones are mostly function words.
const CONTENT_WORD_CHARS: usize = 4;

/// A headline has at least two content words ("El nuevo Obs con AFP" has
/// one), and at least a third of them come back in the text below it. Not
/// more: a headline often says in its own words what the lede says ("Orban
/// e Putin si schierano con Le Pen" above "il premier ungherese").
const MIN_CONTENT_WORDS: usize = 2;
const SHARED_PART: usize = 3;

/// A content word is looked for by its first letters only, so that an
/// inflected form in the text ("обжалует" for "обжаловать", "tariffs" for
/// "tariff") still counts.
const STEM_CHARS: usize = 5;

/// First words of a line that describes a picture rather than the story:
/// "Photo of Donald Trump" names the story's people but is not its headline.
const PICTURE_WORDS: &[&str] = &[
    "photo", "photos", "image", "picture", "video", "foto", "bild",
];

/// Openings of the site's own calls to act above a story ("Stay up to date
/// with notifications from …", "Sign up for your FREE newsletter …", "Share
/// this @site", "Sponsor: …"), lower case: they name the site's words, not
/// the story's, however many of them come back below.
#[rustfmt::skip]
const PROMO_OPENINGS: &[&str] = &[
    "sign up for", "subscribe to", "stay up to date", "share this", "follow us", "sponsor:",
    "sponsored:", "get the latest", "download our", "download the app",
];

/// Whether `line` opens as a call to act (see [`PROMO_OPENINGS`]).
fn is_promo(line: &str) -> bool {
    let head = &line[..floor_char_boundary(line, 40)];
    with_lower(head.trim_start(), |h| {
        PROMO_OPENINGS.iter().any(|p| h.starts_with(p))
    })
}

/// Marks the headline among the leading paragraphs, if there is one: the
/// first that reads as the headline, else the one sharing the largest part
/// of its words with the text below (the earliest of equals), if any does.
pub(super) fn mark_title(text: &str, paragraphs: &mut [Paragraph]) {
    // Time stamps, bylines and media-player notices above the headline are
    // not the headline; anything else first (a tag line, a footer) means the
    // page has none.
    let leading = paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.start() < p.end()
                && !matches!(p.kind, ParagraphKind::Dateline | ParagraphKind::Caption)
        })
        .take_while(|(_, p)| p.kind == ParagraphKind::Body && is_headline_shaped(&text[p.range()]))
        .take(LEADING_LINES);
    let mut lower = String::new();
    let mut best: Option<(usize, Shared)> = None;
    for (i, p) in leading {
        let Some(shared) = shared_words(&text[p.range()], &text[p.end()..], &mut lower) else {
            continue;
        };
        if shared.reads_as_headline() {
            best = Some((i, shared));
            break;
        }
        if shared.part_above(best.map(|(_, b)| b)) {
            best = Some((i, shared));
        }
    }
    if let Some((i, _)) = best {
        paragraphs[i].kind = ParagraphKind::Title;
    }
}

/// Whether `paragraph`, a body paragraph, is page furniture above the
/// story: a short headline-shaped line that does not read as the headline.
pub(super) fn is_furniture(text: &str, paragraph: &Paragraph) -> bool {
    let line = &text[paragraph.range()];
    is_headline_shaped(line)
        && line.split_whitespace().count() <= FURNITURE_MAX_WORDS
        && !shared_words(line, &text[paragraph.end()..], &mut String::new())
            .is_some_and(Shared::reads_as_headline)
}

/// Short, on one line and not a sentence: the shape of a headline (and of
/// page furniture).
pub fn is_headline_shaped(line: &str) -> bool {
    let sentence_end = line.ends_with('.') && !line.ends_with("...");
    line.chars().count() <= 200
        && line.split_whitespace().count() <= 30
        && !sentence_end
        && !line.contains('\n')
}

/// How many of a line's content words come back in the text below it.
#[derive(Clone, Copy)]
enum Shared {
    /// The text below is too short to judge by (a test, a stub): the line's
    /// shape alone decides.
    Unjudged,
    Counted {
        found: usize,
        of: usize,
    },
}

impl Shared {
    fn reads_as_headline(self) -> bool {
        match self {
            Shared::Unjudged => true,
            Shared::Counted { found, of } => of >= MIN_CONTENT_WORDS && found * SHARED_PART >= of,
        }
    }

    /// Whether some words are shared, a larger part of them than `other`'s.
    fn part_above(self, other: Option<Shared>) -> bool {
        let Shared::Counted { found, of } = self else {
            return true;
        };
        of >= MIN_CONTENT_WORDS
            && found > 0
            && match other {
                None => true,
                Some(Shared::Unjudged) => false,
                Some(Shared::Counted {
                    found: o_found,
                    of: o_of,
                }) => found * o_of > o_found * of,
            }
    }
}

/// The shared words of a headline-shaped `line` and the text `below` it;
/// `None` when the line cannot be a headline (too few words, a picture's
/// description).
fn shared_words(line: &str, below: &str, lower: &mut String) -> Option<Shared> {
    let below = &below[..floor_char_boundary(below, LOOK_AHEAD_BYTES)];
    if below.split_whitespace().nth(MIN_WORDS_TO_JUDGE).is_none() {
        return Some(Shared::Unjudged);
    }
    // Compounds are read by their parts ("Merz-Macron-Treffen"): the text
    // names them one by one.
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–'))
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < MIN_HEADLINE_WORDS
        || with_lower(words[0], |w| PICTURE_WORDS.contains(&w))
        || is_promo(line)
    {
        return None;
    }
    lower_into(below, lower);
    let stems: Vec<String> = words
        .iter()
        .filter(|w| w.chars().count() >= CONTENT_WORD_CHARS)
        .map(|w| w.to_lowercase().chars().take(STEM_CHARS).collect())
        .collect();
    let of = stems.len();
    let mut found = 0;
    // Counting stops once the line reads as the headline: most first lines
    // do, after a word or two.
    for stem in &stems {
        if (Shared::Counted { found, of }).reads_as_headline() {
            break;
        }
        if memchr::memmem::find(lower.as_bytes(), stem.as_bytes()).is_some() {
            found += 1;
        }
    }
    Some(Shared::Counted { found, of })
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;

    /// A lede long enough to judge a headline by.
    const STORY: &str = "The city council approved the new harbour bridge on Tuesday after \
        a long debate about its cost, which the mayor called reasonable. Work on the bridge \
        will start next spring, and the council expects the harbour to reopen to ships \
        within two years. Residents who opposed the plan said the bridge would block the \
        view of the old town from the water.";

    fn title_of(head: &str) -> (String, bool) {
        let a = Article::new("a", "a.txt", format!("{head}\n\n{STORY}"));
        (a.title, a.title_derived)
    }

    #[test]
    fn a_headline_that_tells_the_story_is_the_title() {
        let (title, derived) = title_of("Council approves harbour bridge after debate");
        assert_eq!(title, "Council approves harbour bridge after debate");
        assert!(!derived);
    }

    #[test]
    fn furniture_above_the_headline_is_passed_over() {
        for furniture in [
            "Next Story",
            "Categories: Politics",
            "• Economy",
            "The Evening Gazette",
            "Photo of the harbour bridge",
            "Maria Lopez and John Carter",
            // Calls to act name the story's words and still are no headline.
            "Stay up to date with the council's harbour bridge debate",
            "Sign up for your free council and harbour newsletter",
            "Share this @harbourbridgenews.com",
        ] {
            let head = format!("{furniture}\n\nCouncil approves harbour bridge after debate");
            let (title, derived) = title_of(&head);
            assert_eq!(
                title, "Council approves harbour bridge after debate",
                "{furniture}"
            );
            assert!(!derived);
        }
    }

    #[test]
    fn furniture_alone_gives_way_to_a_title_from_the_prose() {
        let (title, derived) = title_of("Support Us\n\nYour cart is currently empty!");
        assert!(derived);
        assert!(title.starts_with("The city council approved"), "{title}");
    }

    #[test]
    fn inflected_words_count_as_shared() {
        // "bridges", "approving" and "councils" come back as "bridge",
        // "approved" and "council".
        let (title, derived) = title_of("Councils approving bridges");
        assert_eq!(title, "Councils approving bridges");
        assert!(!derived);
    }

    #[test]
    fn a_headline_in_its_own_words_beats_furniture_that_shares_none() {
        // Only "harbour" comes back in the story: not a third of the words,
        // but more than the site name shares.
        let head = "The Evening Gazette\n\nHarbour works drag on through the winter";
        let (title, derived) = title_of(head);
        assert_eq!(title, "Harbour works drag on through the winter");
        assert!(!derived);
    }

    #[test]
    fn a_short_text_leaves_the_first_line_its_title() {
        let a = Article::new("a", "a.txt", "Storm hits coast\n\nIt rained.".into());
        assert_eq!(a.title, "Storm hits coast");
        assert!(!a.title_derived);
    }
}
