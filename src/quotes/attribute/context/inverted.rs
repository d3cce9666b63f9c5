//! `«…», retó X`, `„…“, erzählte X`, `«…», a commencé X`: a comma (or a
//! dash) after a quote, one verb the reporting tables do not hold, maybe
//! with its auxiliary, and a person named right after it. Romance and
//! Germanic prose write the reporting clause inverted after a quote with
//! any verb of manner ("retó", "lança", "erzählte"); the tables can never
//! list them all, so the shape decides.

use super::{Context, Verdict};
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::function_words::is_function_word;
use crate::text::marks::is_quote_mark;

/// Lower-case words that stand between a comma and a name without being
/// its verb: comparisons and inclusions ("…”, like Trump", "», comme
/// Macron", "», notamment Merz") name a person the quote is set beside.
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &[
    "like", "unlike", "including", "namely", "especially", "via", "comme", "come", "como", "wie",
    "jak", "как", "як", "ca", "chez", "notamment", "surtout", "dont", "cuyo", "whose", "whom",
    "ex", "former", "sogar", "selbst", "même", "anche", "incluso", "inclusive",
];

impl Context<'_> {
    /// The person named right after an unknown verb that opens the clause
    /// after a quote and its comma (see the module doc).
    pub(super) fn inverted_unknown_verb(&self, words: &[Word]) -> Option<PersonId> {
        let first = words.first()?;
        if !self.comma_or_dash_before(first.range.start) {
            return None;
        }
        let verb_at = usize::from(words.len() > 2 && cues::is_perfect_auxiliary(first.text));
        let (verb, name) = (words.get(verb_at)?, words.get(verb_at + 1)?);
        if !may_be_verb(verb.text) {
            return None;
        }
        // Only spaces between the verb and the name ("erzählte, Musk"
        // and "erzählte. Musk" are other clauses).
        let gap = self.text.get(verb.range.end..name.range.start)?;
        if !gap.chars().all(char::is_whitespace) {
            return None;
        }
        let (r, p) = self.mention_at(name.range.start)?;
        (r.start == name.range.start && !self.possessed(&r)).then_some(p)
    }

    /// The person named right after a "Says" or "Said" that opens the
    /// words before a quote: "Says Lindqvist, harvest ‘ruined’" is a
    /// headline's inverted report, which English prose writes only after a
    /// quote ("…,” said X) and headlines also before it.
    pub(super) fn says_name(&self, words: &[Word], k: usize) -> Option<Verdict> {
        let (verb, name) = (words.first()?, words.get(1)?);
        if k != 0 || !matches!(verb.text, "Says" | "Said") {
            return None;
        }
        let gap = self.text.get(verb.range.end..name.range.start)?;
        let (r, p) = self.mention_at(name.range.start)?;
        let whole = gap.chars().all(char::is_whitespace) && r.start == name.range.start;
        (whole && !self.possessed(&r)).then_some(Verdict::Speaker(p))
    }

    /// Whether the text before `at` ends, past spaces and closing quote
    /// marks, in a comma or a dash: the quote closes a clause.
    fn comma_or_dash_before(&self, at: usize) -> bool {
        let before = self.text.get(..at).unwrap_or("").trim_end();
        let lead = before.trim_end_matches(['—', '–', '-']).trim_end();
        let dash = lead.len() < before.len();
        // A comma before or after the quote's closing marks.
        let lead_past_marks =
            lead.trim_end_matches(|c: char| is_quote_mark(c) || c.is_whitespace());
        dash || lead_past_marks.ends_with(',')
    }
}

/// Whether `word` may be the verb of an inverted reporting clause: a
/// lower-case content word that is no known reporting verb (the tables
/// decide those, with their own exceptions), no preposition, link,
/// gerund (whose object a name after it is) nor adverb.
fn may_be_verb(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().count() >= 3
        && !cues::is_speech_verb(word)
        && !is_function_word(word)
        && !cues::is_preposition(word)
        && !cues::is_clause_link(word)
        && !cues::is_coordinator(word)
        && !cues::is_subordinator(word)
        && !cues::is_determiner(word)
        && !cues::is_gerund(word)
        && !cues::is_adverb(word)
        && !word.ends_with("ment")
        && !word.ends_with("mente")
        && !NOT_VERBS.iter().any(|w| word.eq_ignore_ascii_case(w))
}
