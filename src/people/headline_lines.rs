//! Headlines below the top of the page: a site's banner comes first ("Watch
//! CBS News"), or a heading repeats the headline further down. Such a line
//! capitalises its verbs too ("Argentine Cardinal Jorge Bergoglio Elected,
//! Takes Name Pope Francis"), so the name scan reads it as it reads the
//! title: in one-word candidates only.

use crate::corpus::teaser_headline;
use crate::text::fold::with_lower;
use crate::text::words::is_word_char;

/// Words that open a byline ("By Anna Berg", "Von Anna Berg, Studio Oslo"),
/// lower case: a byline names its people in full.
#[rustfmt::skip]
const BYLINE_OPENERS: &[&str] = &[
    "by", "von", "par", "por", "di", "da", "de", "door", "przez", "от", "від",
];

/// Whether `line` is set like a headline: one short line with no closing
/// stop whose five or more longer words are all capitalised. Prose, a
/// credit ("Foto: REUTERS/Anna Berg") and a byline are not. Every content
/// paragraph comes here, so the cheap tests that end most of them come first.
pub(super) fn is_title_case_line(line: &str) -> bool {
    let line = line.trim();
    // A teaser's label ("READ ALSO: …", "Watch: …") is judged apart from
    // the headline it introduces.
    let line = teaser_headline(line).map_or(line, str::trim);
    // Prose ends on a stop.
    if line.ends_with(['.', '!', '?', ';', '"', '”', '»', ')']) {
        return false;
    }
    if !(5..=16).contains(&line.split_whitespace().take(17).count()) {
        return false;
    }
    let byline = line
        .split_whitespace()
        .next()
        .is_some_and(|w| with_lower(w, |w| BYLINE_OPENERS.contains(&w)));
    if byline || line.contains(['\n', ':', '/', '|', '@']) {
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
    // Four capitalised words may be a byline ("Anna Berg at the Oslo Arena").
    long >= 5 && capitalised == long
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
}
