//! Rule 7: an article that quotes the same words twice quotes one speaker.
//! A headline or subheading often lifts a few words from a quotation the
//! body attributes ("Prise de risque" above "« Une prise de risque », a
//! estimé François Bayrou"); the lifted copy has no cue of its own.

use crate::fast_hash::FastMap;
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
    // no evidence for another. Only quotes attributed by a cue of their own
    // vouch for a speaker.
    let attributed = speakers.to_vec();
    let vouching: Vec<usize> = (0..members.len())
        .filter(|&j| decided[j] && attributed[j].is_some())
        .collect();
    let by_word = WordIndex::new(&words, &vouching);
    for k in open {
        let short = &words[k];
        if short.len() < MIN_WORDS {
            continue;
        }
        let mut holders = by_word
            .holding(short, &vouching)
            .iter()
            .copied()
            .filter(|&j| words[j].len() > short.len() && contains_run(&words[j], short));
        let Some(first) = holders.next() else {
            continue;
        };
        let speaker = attributed[first];
        if holders.all(|j| attributed[j] == speaker) {
            speakers[k] = speaker;
        }
    }
}

/// Quotes of an article with more than this many vouching quotes are
/// looked up by word: a hostile text of tens of thousands of quotes in one
/// article made the scan of every vouching quote for every open one
/// quadratic (5.5 MB: 74 s). A news article's few dozen are scanned.
const INDEX_FROM: usize = 64;

/// Quotes of one article that may hold an open quote's words, above which
/// the open quote is left as it is: words that hundreds of quotes of one
/// article say are no phrase lifted from one of them (a hostile text of a
/// few words quoted over and over; every holder must be read to know they
/// all name one speaker).
const MAX_HOLDERS: usize = 512;

/// The vouching quotes that hold each word, when there are many of them.
struct WordIndex(Option<FastMap<u64, Vec<usize>>>);

impl WordIndex {
    fn new(words: &[Vec<u64>], vouching: &[usize]) -> WordIndex {
        if vouching.len() <= INDEX_FROM {
            return WordIndex(None);
        }
        let mut map: FastMap<u64, Vec<usize>> = FastMap::default();
        for &j in vouching {
            for &w in &words[j] {
                let list = map.entry(w).or_default();
                if list.last() != Some(&j) {
                    list.push(j);
                }
            }
        }
        WordIndex(Some(map))
    }

    /// The vouching quotes that may hold `short` (all of its words): those
    /// holding its rarest word, or all of them without an index. None when
    /// even its rarest word is in more than [`MAX_HOLDERS`] quotes.
    fn holding<'a>(&'a self, short: &[u64], vouching: &'a [usize]) -> &'a [usize] {
        let Some(map) = &self.0 else {
            return vouching;
        };
        let rarest = short
            .iter()
            .map(|w| map.get(w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|list| list.len())
            .unwrap_or(&[]);
        if rarest.len() > MAX_HOLDERS {
            &[]
        } else {
            rarest
        }
    }
}
