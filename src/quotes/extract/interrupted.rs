//! Quotations interrupted by their attribution between dashes, as Italian,
//! Spanish and Polish copy prints them (and English translated from it).
//! Between two sentences (`«Non ci saranno limiti – ha detto Merz –
//! L'Ucraina sarà in grado…»`) the attribution parts two quotations, as
//! outlets that quote one of them print it. Inside one sentence (`“The
//! racial laws – she adds – were the lowest point”`) the quotation stays
//! one, marks to marks, as a reader takes it (cut, neither side is the
//! statement); attribution reads the words between the dashes as the
//! clause after its first side, and grouping compares each side on its own.

use std::ops::Range;

use super::Span;
use super::dashes::dash_positions;
use crate::text::speech::is_speech_verb;
use crate::text::words::{bare_words, first_letter, is_word_char};

/// At most this many words between the two dashes: a verb, a name, a role.
const MAX_ATTRIBUTION_WORDS: usize = 6;

/// A quotation's words on each side of its dashed attribution, and the
/// attribution's own words (without the dashes), as byte ranges of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Interruption {
    pub before: Range<usize>,
    pub aside: Range<usize>,
    pub after: Range<usize>,
}

/// `spans` with every quotation whose dashed attribution stands between
/// two sentences split in two around it; other spans unchanged.
pub(super) fn split_interrupted(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let between_sentences = span
            .quoted
            .then(|| interruption(text, span.inner.clone()))
            .flatten()
            .filter(|cut| opens_sentence(&text[cut.after.clone()]));
        match between_sentences {
            Some(cut) => {
                out.push(Span {
                    outer: span.outer.start..cut.before.end,
                    inner: cut.before,
                    paragraph: span.paragraph,
                    quoted: true,
                });
                out.push(Span {
                    outer: cut.after.start..span.outer.end,
                    inner: cut.after,
                    paragraph: span.paragraph,
                    quoted: true,
                });
            }
            None => out.push(span),
        }
    }
    out
}

/// Whether `words` begin a sentence: their first letter is a capital.
fn opens_sentence(words: &str) -> bool {
    first_letter(words).is_some_and(char::is_uppercase)
}

/// The first dashed attribution inside the quotation `text[inner]`, with
/// the words on each side of it.
pub(crate) fn interruption(text: &str, inner: Range<usize>) -> Option<Interruption> {
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
            let aside_start = inner.start + open + dash_len(open);
            let aside = &words[open + dash_len(open)..close];
            let lead = aside.len() - aside.trim_start().len();
            Interruption {
                before: inner.start..inner.start + head.len(),
                aside: aside_start + lead..aside_start + aside.trim_end().len(),
                after: after..inner.end,
            }
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

    /// The sides and the attribution of a quotation printed between «».
    fn parts(text: &str) -> Option<[&str; 3]> {
        let inner = '«'.len_utf8()..text.len() - '»'.len_utf8();
        interruption(text, inner).map(|i| [&text[i.before], &text[i.aside], &text[i.after]])
    }

    #[test]
    fn a_dashed_attribution_interrupts_its_quotation() {
        let text = "«Non ci saranno limiti di gittata – ha detto Merz – L'Ucraina sarà in grado di difendersi»";
        assert_eq!(
            parts(text),
            Some([
                "Non ci saranno limiti di gittata",
                "ha detto Merz",
                "L'Ucraina sarà in grado di difendersi"
            ])
        );
        let glued =
            "«Non forniremo dettagli qui – ha spiegato Merz -. Non forniremo ulteriori dettagli»";
        assert_eq!(parts(glued).unwrap()[2], "Non forniremo ulteriori dettagli");
    }

    fn split(text: &str) -> Vec<&str> {
        let inner = '«'.len_utf8()..text.len() - '»'.len_utf8();
        let span = Span {
            outer: 0..text.len(),
            inner,
            paragraph: 0,
            quoted: true,
        };
        split_interrupted(text, vec![span])
            .into_iter()
            .map(|s| &text[s.inner])
            .collect()
    }

    #[test]
    fn an_attribution_between_two_sentences_parts_two_quotations() {
        let text = "«Il porto resta chiuso – ha detto Rossi – Domani riapriremo il molo»";
        assert_eq!(
            split(text),
            ["Il porto resta chiuso", "Domani riapriremo il molo"]
        );
    }

    #[test]
    fn an_attribution_inside_a_sentence_leaves_the_quotation_whole() {
        let text = "«Le tariffe del 1990 – aggiunge con forza – furono il punto più basso»";
        assert_eq!(
            split(text),
            [&text['«'.len_utf8()..text.len() - '»'.len_utf8()]]
        );
    }

    #[test]
    fn dashes_without_a_reporting_verb_stay_inside() {
        let text = "«Ci vediamo – forse domani – alla conferenza stampa di Berlino»";
        assert_eq!(parts(text), None);
        let hyphens = "«Un accordo euro-atlantico e franco-tedesco è possibile»";
        assert_eq!(parts(hyphens), None);
    }
}
