//! Headlines below the top of the page: a site's banner comes first ("Watch
//! CBS News"), or a heading repeats the headline further down. Such a line
//! capitalises its verbs too ("Argentine Cardinal Jorge Bergoglio Elected,
//! Takes Name Pope Francis"), so the name scan reads it as it reads the
//! title: in one-word candidates only.

use crate::corpus::{BYLINE_OPENERS, teaser_headline};
use crate::text::floor_char_boundary;
use crate::text::fold::with_lower;
use crate::text::words::is_word_char;

/// A kicker, the label in capitals before a headline ("EXPLAINER: …",
/// "FACT CHECK: …"), holds at most this many words within this many bytes.
const KICKER_WORDS: usize = 3;
const KICKER_BYTES: usize = 32;

/// Words of four letters or more a headline capitalises, at least: fewer
/// may be a byline's or a place's ("Anna Berg at the Oslo Arena"). After a
/// teaser's label or a kicker the line is a headline by its place, so two
/// do ("EXPLAINER: Why Oslo Matters"); it still has three words or more,
/// so a labelled name alone ("EXCLUSIVE: Anna Berg") stays a name.
const MIN_LONG_WORDS: usize = 5;
const MIN_LONG_WORDS_LABELLED: usize = 2;
const MIN_WORDS_LABELLED: usize = 3;

/// Words before a colon inside a headline, at least: fewer make a label
/// ([`is_headline`]). A name of three words before a colon is read as a
/// headline's words (one-word candidates), which few names are.
const MIN_WORDS_BEFORE_COLON: usize = 3;

/// Whether `line` is set like a headline: one short line with no closing
/// stop whose longer words are all capitalised. Prose, a credit ("Foto:
/// REUTERS/Anna Berg") and a byline are not. Every content paragraph comes
/// here, so the cheap tests that end most of them come first.
pub(crate) fn is_title_case_line(line: &str) -> bool {
    let line = line.trim();
    // A teaser's label ("READ ALSO: …", "Watch: …") or a kicker is judged
    // apart from the headline it introduces.
    match teaser_headline(line).or_else(|| kicker_headline(line)) {
        Some(rest) => is_headline(rest.trim(), MIN_WORDS_LABELLED, MIN_LONG_WORDS_LABELLED),
        None => is_headline(line, MIN_LONG_WORDS, MIN_LONG_WORDS),
    }
}

/// The headline after a kicker: a label of a few words in capital letters
/// only ("EXPLAINER", "FACT CHECK", "АНАЛИЗ"), then a colon. A byline's
/// label ("BY:", "REPORTING BY:") names its people after it, and a figure
/// makes it a time ("UPDATED 5:42"), so neither is one.
fn kicker_headline(line: &str) -> Option<&str> {
    let colon = line[..floor_char_boundary(line, KICKER_BYTES)].find(':')?;
    let label = &line[..colon];
    let capitals = label
        .chars()
        .all(|c| c.is_whitespace() || (c.is_alphabetic() && c.is_uppercase()));
    let mut words = label.split_whitespace();
    let count = words.clone().count();
    let byline = words
        .next_back()
        .is_some_and(|w| with_lower(w, |w| BYLINE_OPENERS.contains(&w)));
    (capitals && (1..=KICKER_WORDS).contains(&count) && !byline).then(|| &line[colon + 1..])
}

/// Whether `line` (without its label) is a headline of `min_words` to
/// sixteen words, `min_long` or more of them long and all those capitalised.
fn is_headline(line: &str, min_words: usize, min_long: usize) -> bool {
    // Prose ends on a stop.
    if line.ends_with(['.', '!', '?', ';', '"', '”', '»', ')']) {
        return false;
    }
    if !(min_words..=16).contains(&line.split_whitespace().take(17).count()) {
        return false;
    }
    let byline = line
        .split_whitespace()
        .next()
        .is_some_and(|w| with_lower(w, |w| BYLINE_OPENERS.contains(&w)));
    if byline || line.contains(['\n', '/', '|', '@']) {
        return false;
    }
    // A speaker's or a credit's label holds a word or two ("Berg: …",
    // "Photo: …", "Anna Berg: …"); a headline's first half holds more ("Red
    // Carpet, Flyover And Handshake: Inside The Welcome").
    if let Some(colon) = line.find(':')
        && line[..colon].split_whitespace().count() < MIN_WORDS_BEFORE_COLON
    {
        return false;
    }
    let mut long = 0;
    let mut capitalised = 0;
    for word in line.split_whitespace() {
        let word = word.trim_matches(|c: char| !is_word_char(c));
        // Figures have no case ("Kills 46, Injures Over 1,000").
        let figure = word.starts_with(|c: char| c.is_ascii_digit());
        if word.chars().count() >= 4 && !figure {
            long += 1;
            capitalised += usize::from(word.chars().next().is_some_and(char::is_uppercase));
        }
    }
    long >= min_long && capitalised == long
}

#[cfg(test)]
mod tests {
    use super::is_title_case_line;

    #[test]
    fn a_title_case_line_anywhere_reads_as_a_headline() {
        assert!(is_title_case_line(
            "Dutch Skater Anna Berg Crowned, Takes Gold In Oslo"
        ));
        assert!(is_title_case_line(
            "READ ALSO: Dutch Skater Anna Berg Crowned, Takes 2,000 Fans"
        ));
        for line in [
            "Dutch skater Anna Berg was crowned in Oslo on Sunday",
            "Anna Berg Wins Gold.",
            "Anna Berg and Ole Dahl",
            "Von Anna Berg Und Ole Dahl, Studio Oslo",
            "Gold Medal Winner Anna Berg — Foto: REUTERS/Ole Dahl",
            "Anna Berg at the Oslo Arena",
            "Photo: Anna Berg and Ole Dahl at the Oslo Arena",
        ] {
            assert!(!is_title_case_line(line), "{line}");
        }
    }

    #[test]
    fn a_short_headline_after_a_kicker_or_teaser_label_reads_as_a_headline() {
        for line in [
            "EXPLAINER: Why Oslo Matters",
            "FACT CHECK: Did Berg Say That",
            "АНАЛИЗ: Почему Осло Важен",
            "Read more: Grace Under Pressure",
            // Three words or more before a colon are a headline's own.
            "Grace Under Pressure: Inside The Welcome",
            "Rose Garden Remarks: What The Envoy Said",
        ] {
            assert!(is_title_case_line(line), "{line}");
        }
        for line in [
            // A name alone after a label, a byline's label, a time, prose.
            "EXCLUSIVE: Anna Berg",
            "REPORTING BY: Anna Maria Berg",
            "UPDATED 5:42 PM Oslo Time Today",
            "EXPLAINER: why Oslo matters to Anna Berg",
            "Berg: Hope Springs Eternal",
            "Anna Berg: Hope Springs Eternal For The Gold Medal",
        ] {
            assert!(!is_title_case_line(line), "{line}");
        }
    }
}
