//! Rule 7: an article that quotes the same words twice quotes one speaker.
//! A headline or subheading often lifts a few words from a quotation the
//! body attributes ("Prise de risque" above "« Une prise de risque », a
//! estimé François Bayrou"); the lifted copy has no cue of its own.

use crate::ids::PersonId;
use crate::quotes::align::word_keys;
use crate::text::words::contains_run;

use super::Quote;

/// Fewer words than this match too much of any longer quotation by chance.
const MIN_WORDS: usize = 2;

/// Gives each quote of one article (`members`, indices into `quotes`) that
/// has no cue of its own the speaker of the quotes of the article attributed
/// by a cue that contain its words as one run, when they all name one person.
pub(super) fn share_repeated_words(
    text: &str,
    quotes: &[Quote],
    members: &[usize],
    speakers: &mut [Option<PersonId>],
    decided: &[bool],
) {
    // Quotes with no cue of their own, whether or not rules 5–6 carried a
    // speaker to them: a heading after a paragraph of someone else's quotes
    // inherits that someone by continuation.
    let open: Vec<usize> = (0..members.len()).filter(|&k| !decided[k]).collect();
    if open.is_empty() || speakers.iter().all(Option::is_none) {
        return;
    }
    // Words as grouping compares them: folded case, quote and apostrophe
    // styles.
    let words: Vec<Vec<u64>> = members
        .iter()
        .map(|&i| word_keys(text.get(quotes[i].inner()).unwrap_or_default()))
        .collect();
    // Speakers as the earlier rules left them: a quote given one here is
    // no evidence for another.
    let attributed = speakers.to_vec();
    for k in open {
        let short = &words[k];
        if short.len() < MIN_WORDS {
            continue;
        }
        // Only quotes attributed by a cue of their own vouch for a speaker.
        let mut holders = (0..members.len()).filter(|&j| {
            decided[j]
                && attributed[j].is_some()
                && words[j].len() > short.len()
                && contains_run(&words[j], short)
        });
        let Some(first) = holders.next() else {
            continue;
        };
        let speaker = attributed[first];
        if holders.all(|j| attributed[j] == speaker) {
            speakers[k] = speaker;
        }
    }
}
