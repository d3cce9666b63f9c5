//! German reported speech: the subjunctive I ("werde", "sei", "habe")
//! marks a sentence as what someone said, so a quotation inside it belongs
//! to the person being reported, not to the sentence's grammatical subject
//! ("Dazu werde man … „neuen Schwung verleihen“", "US-Präsident Donald Trump
//! habe die volle Unterstützung, „wenn es …“": both Merz's words).

use std::ops::Range;

use crate::text::fold::with_lower;

/// Subjunctive I forms of the third person that differ from the indicative
/// (German press writes reported speech in them). "sei" is left out: it is
/// also Italian ("sei mesi"); "seien" is not.
#[rustfmt::skip]
const SUBJUNCTIVE: &[&str] = &[
    "seien", "habe", "werde", "wolle", "solle", "könne", "müsse", "dürfe", "möge", "gebe",
    "brauche", "gehe", "bleibe", "stehe", "liege", "komme", "wisse", "gelte", "lasse", "sehe",
    "hoffe", "erscheine", "plane", "führe", "arbeite", "beginne", "halte", "trage", "wünsche",
];

/// Whether the words of `sentence` outside the quotation spans `outers`
/// hold a subjunctive I form ("sei" too, for an article known to be German).
pub(super) fn is_reported(
    text: &str,
    sentence: Range<usize>,
    outers: &[Range<usize>],
    german: bool,
) -> bool {
    let Some(s) = text.get(sentence.clone()) else {
        return false;
    };
    let inside = |at: usize| outers.iter().any(|o| o.contains(&at));
    let mut start = None;
    let mut found = false;
    let mut check = |from: usize, to: usize| {
        let word = &s[from..to];
        if !inside(sentence.start + from)
            && with_lower(word, |w| SUBJUNCTIVE.contains(&w) || (german && w == "sei"))
        {
            found = true;
        }
    };
    for (i, c) in s.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                check(from, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        check(from, s.len());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subjunctive_outside_the_quote_marks_reported_speech() {
        let text = "Dazu werde man „neuen Schwung geben“. Er sagte „ich werde gehen“.";
        let first = 0..text.find('.').unwrap() + 1;
        let second = first.end..text.len();
        let quote = |s: &str| {
            let at = text.find(s).unwrap();
            at..at + s.len()
        };
        let outers = [quote("„neuen Schwung geben“"), quote("„ich werde gehen“")];
        assert!(is_reported(text, first, &outers, false));
        // "werde" inside the quote is the speaker's own.
        assert!(!is_reported(text, second, &outers, true));
        let italian = "Tra sei mesi „tutto cambia“.";
        assert!(!is_reported(italian, 0..italian.len(), &[], false));
        assert!(is_reported("Sie sei „ein Geschenk“.", 0..26, &[], true));
    }
}
