//! Quotations interrupted by their attribution between dashes, as Italian,
//! Spanish and Polish copy prints them: `«Non ci saranno limiti – ha detto
//! Merz – L'Ucraina sarà in grado…»`. The words on each side of the
//! attribution are two quotations, as outlets that quote one of them print
//! it; the attribution between them is not quoted.

use std::ops::Range;

use super::Span;
use super::dashes::dash_positions;
use crate::text::speech::is_speech_verb;
use crate::text::words::{bare_words, is_word_char};

/// At most this many words between the two dashes: a verb, a name, a role.
const MAX_ATTRIBUTION_WORDS: usize = 6;

/// `spans` with every quotation interrupted by a dashed attribution split
/// in two around it; other spans unchanged.
pub(super) fn split_interrupted(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        match span
            .quoted
            .then(|| interruption(text, span.inner.clone()))
            .flatten()
        {
            Some((before, after)) => {
                out.push(Span {
                    outer: span.outer.start..before.end,
                    inner: before,
                    paragraph: span.paragraph,
                    quoted: true,
                });
                out.push(Span {
                    outer: after.start..span.outer.end,
                    inner: after,
                    paragraph: span.paragraph,
                    quoted: true,
                });
            }
            None => out.push(span),
        }
    }
    out
}

/// The words before and after the first dashed attribution inside `inner`.
fn interruption(text: &str, inner: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let words = text.get(inner.clone())?;
    let mut dashes = dash_positions(words);
    dashes.retain(|&i| spaced_before(words, i));
    dashes.windows(2).find_map(|pair| {
        let (open, close) = (pair[0], pair[1]);
        let dash_len = |at: usize| words[at..].chars().next().map_or(1, char::len_utf8);
        let between = &words[open + dash_len(open)..close];
        if !between.starts_with(char::is_whitespace) || !is_attribution(between) {
            return None;
        }
        let head = words[..open].trim_end();
        let rest = &words[close + dash_len(close)..];
        let tail = rest.trim_start_matches(|c: char| c.is_whitespace() || ".,;:".contains(c));
        let both_speak = [head, tail]
            .iter()
            .all(|s| s.split_whitespace().count() >= 2 && s.chars().any(is_word_char));
        both_speak.then(|| {
            let after = inner.start + (words.len() - tail.len());
            (inner.start..inner.start + head.len(), after..inner.end)
        })
    })
}

/// A dash with a space before it (a hyphen inside a word never counts).
fn spaced_before(words: &str, at: usize) -> bool {
    words[..at].ends_with(char::is_whitespace)
}

/// A few words with a reporting verb among the first two (`ha detto Merz`,
/// `dijo el presidente`, `powiedział Nawrocki`).
fn is_attribution(between: &str) -> bool {
    let words: Vec<&str> = bare_words(between).collect();
    (1..=MAX_ATTRIBUTION_WORDS).contains(&words.len())
        && words.iter().take(2).any(|w| is_speech_verb(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let inner = '«'.len_utf8()..text.len() - '»'.len_utf8();
        let span = Span {
            outer: 0..text.len(),
            inner,
            paragraph: 0,
            quoted: true,
        };
        split_interrupted(text, vec![span])
            .into_iter()
            .map(|s| text[s.inner].to_string())
            .collect()
    }

    #[test]
    fn a_dashed_attribution_splits_its_quotation() {
        let text = "«Non ci saranno limiti di gittata – ha detto Merz – L'Ucraina sarà in grado di difendersi»";
        assert_eq!(
            split(text),
            [
                "Non ci saranno limiti di gittata",
                "L'Ucraina sarà in grado di difendersi"
            ]
        );
        let glued =
            "«Non forniremo dettagli qui – ha spiegato Merz -. Non forniremo ulteriori dettagli»";
        assert_eq!(split(glued)[1], "Non forniremo ulteriori dettagli");
    }

    #[test]
    fn dashes_without_a_reporting_verb_stay_inside() {
        let text = "«Ci vediamo – forse domani – alla conferenza stampa di Berlino»";
        assert_eq!(split(text).len(), 1);
        let hyphens = "«Un accordo euro-atlantico e franco-tedesco è possibile»";
        assert_eq!(split(hyphens).len(), 1);
    }
}
