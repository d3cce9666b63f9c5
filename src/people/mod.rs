//! People mentioned in a corpus, with the spelling variants of one person merged.
//!
//! [`names`] finds name candidates per article (a role title and a name);
//! this file merges them into people by evidence:
//!
//! 1. Full names (first name + surname) are people. Two spellings with the
//!    same first name and surnames within a small edit distance are one person
//!    ("Volodymyr Zelenskiy" / "Volodymyr Zelensky" / "Volodymyr Zelsky").
//!    Comparisons are blocked by first name and the surname's first letters,
//!    so merging stays near-linear on large corpora.
//! 2. A one-word name is a person only when it is (or is one small edit away
//!    from) a known surname, or carries a role title ("President Putin",
//!    "Chancellor Merz"). Places and organisations never get a first name or a
//!    role, so they stay out. A one-word name no one's surname explains is a
//!    person when it speaks a quotation in an inverted clause ("“…,” said
//!    Okonkwo"): [`lone_speakers`].
//! 3. Other [`forms`] of a known full name join it: an oblique case
//!    ("Karola Nawrockiego"), the surname first ("Orbán Viktor"), a surname
//!    opening with its particle ("De la Fuente"). A titled given name
//!    ("Pope Leo", "Prince William") is a [`regnal`] name: it joins only a
//!    regnal person ("Leo XIV"), and the title stays in the name shown.
//! 4. A merged person stays only with [`evidence`]: a role, a given name of
//!    the first-name table, a name particle, an apposition, or a mention as
//!    the subject of a speech verb.

mod appositions;
mod birth_names;
mod candidate;
mod evidence;
mod family_first;
mod firms;
mod forms;
mod garbled;
mod headline_lines;
mod kinship;
mod lexicon;
mod lists;
mod lone_speakers;
mod markers;
mod merge;
mod names;
mod namesakes;
mod oblique;
mod person;
mod place_words;
mod places;
mod regnal;
mod regnal_names;
mod role_body;
mod run;
mod scripts;
mod separators;
mod surnames;
mod things;
mod title_names;
mod word_shapes;

// Grouping reads it too: a body paragraph set like a headline is no prose.
pub(crate) use headline_lines::is_title_case_line;

use rayon::prelude::*;

use crate::corpus::Corpus;
use crate::fast_hash::FastSet;
pub use crate::ids::PersonId;
use crate::ids::{QuoteId, Span, index_by};
use crate::text::fold::lower;
use crate::text::words::is_word_char;
pub(crate) use evidence::is_first_name;
pub(crate) use family_first::family_name;
pub(crate) use regnal::has_regnal_numeral;
pub(crate) use word_shapes::is_generational_suffix;

index_by!(PersonId => Person);

/// A person, with every way the corpus names them.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub id: PersonId,
    /// Canonical name: the most complete, most frequent full name.
    pub name: String,
    /// Every distinct spelling seen (full names and surnames), canonical first.
    pub variants: Vec<String>,
    /// Role titles seen with the name ("Italian Prime Minister").
    pub roles: Vec<String>,
    /// Mentions in corpus order (source, then position).
    pub mentions: Vec<Span>,
    /// Quotes attributed to this person, in corpus order.
    pub quotes: Vec<QuoteId>,
}

#[cfg(test)]
impl Person {
    /// A person known only by spellings, for tests of code that reads names.
    pub(crate) fn named(name: &str, variants: &[&str]) -> Person {
        Person {
            id: PersonId::new(0),
            name: name.to_string(),
            variants: variants.iter().map(|v| v.to_string()).collect(),
            roles: Vec::new(),
            mentions: Vec::new(),
            quotes: Vec::new(),
        }
    }
}

/// People mentioned in the content paragraphs of `corpus`.
pub fn find_people(corpus: &Corpus) -> Vec<Person> {
    merge_candidates(corpus, NameCandidates::find(corpus))
}

/// Every article's name candidates, before any merging: the parallel half
/// of [`find_people`].
pub struct NameCandidates(Vec<Vec<candidate::Candidate>>);

impl NameCandidates {
    /// The candidates of `corpus`, article by article on all cores.
    pub fn find(corpus: &Corpus) -> NameCandidates {
        NameCandidates(corpus.articles.par_iter().map(names::candidates).collect())
    }
}

/// The people the candidates found in `corpus` make: the mostly serial half
/// of [`find_people`], so a caller can run it beside other work.
pub fn merge_candidates(corpus: &Corpus, candidates: NameCandidates) -> Vec<Person> {
    let NameCandidates(mut per_source) = candidates;
    drop_common_words(corpus, &mut per_source);
    let places = place_words::place_words(corpus, &per_source);
    let mut people = merge::merge(corpus, per_source);
    scripts::merge_across_scripts(&mut people);
    garbled::merge_garbled_spellings(corpus, &mut people);
    birth_names::merge_birth_names(corpus, &mut people);
    regnal_names::merge_translated_regnal_names(&mut people);
    title_names::merge_title_names(corpus, &mut people);
    evidence::keep_people_with_evidence(corpus, &mut people, &places);
    people
}

/// Capitalised words the corpus also writes in lower case are common words,
/// not names. A sentence-initial first word of that kind is dropped ("Later",
/// "Meanwhile", "Pressed" all occur lower-case somewhere, "Volodymyr" does
/// not); a name without a role whose every word is of that kind is a phrase
/// ("Blue Screen", "Legal Disclaimer", "Loyalists Praised") unless the same
/// spelling carries a role somewhere. Only the words in those positions are
/// looked up, in one parallel pass. A first word that meets a given name only
/// with a doubled letter written once ("Tariff Increases", where "Tarif" is
/// one) is dropped so too, wherever it stands: the text writes "tariff" as
/// well, and no "russlan" for "Russlan Kellner".
fn drop_common_words(corpus: &Corpus, per_source: &mut [Vec<candidate::Candidate>]) {
    let mut queries: FastSet<String> = FastSet::default();
    let mut with_role: FastSet<&str> = FastSet::default();
    for (cands, article) in per_source.iter().zip(&corpus.articles) {
        let text = article.text.as_str();
        for c in cands.iter() {
            if c.first_word_doubtful() {
                queries.insert(lower(c.first_word(text)));
            }
            if c.may_be_phrase() || titled_phrase_shape(c, text) {
                queries.extend(c.name_words(text).map(lower));
            } else if c.role().is_some() {
                with_role.insert(text.get(c.span()).unwrap_or_default());
            }
        }
    }
    if queries.is_empty() {
        return;
    }
    let sketch = Sketch::of(&queries);
    let common: FastSet<String> = corpus
        .articles
        .par_iter()
        .map(|a| lower_case_words(&a.text, &queries, &sketch))
        .reduce(FastSet::default, |mut a, b| {
            a.extend(b);
            a
        });
    let is_common = |w: &str| common.contains(&lower(w));
    let phrase = |c: &candidate::Candidate, text: &str| {
        (c.may_be_phrase()
            && !with_role.contains(text.get(c.span()).unwrap_or_default())
            && (c.name_words(text).all(is_common) || ends_in_common_words(c, text, is_common)))
            || (titled_phrase_shape(c, text) && c.name_words(text).all(is_common))
    };
    let phrases: Vec<Vec<bool>> = per_source
        .iter()
        .zip(&corpus.articles)
        .map(|(cands, a)| cands.iter().map(|c| phrase(c, &a.text)).collect())
        .collect();
    drop(with_role);
    for ((cands, article), phrases) in per_source.iter_mut().zip(&corpus.articles).zip(phrases) {
        let text = &article.text;
        let mut is_phrase = phrases.into_iter();
        cands.retain(|_| !is_phrase.next().unwrap_or(false));
        for c in cands.iter_mut() {
            if c.first_word_doubtful() && common.contains(&lower(c.first_word(text))) {
                c.drop_first_word(text);
            }
            // Asked after that drop: "Minimum Tariff Baseline" opens with two.
            // A phrase's words are all among the queries.
            if c.may_be_phrase()
                && evidence::is_given_name_only_folded(c.first_word(text))
                && common.contains(&lower(c.first_word(text)))
            {
                c.drop_first_word(text);
            }
        }
    }
}

/// Whether a titled name may be a title-case phrase after a capitalised
/// word that reads as a rank: two name words or more, the first no given
/// name ("Special General *Body Meeting*", where "Senator Sue Gray" opens
/// with one). Such a name whose every word the corpus writes in lower case
/// is a phrase, its title notwithstanding.
fn titled_phrase_shape(c: &candidate::Candidate, text: &str) -> bool {
    c.role().is_some() && c.name_words_count() >= 2 && !is_first_name(c.first_word(text))
}

/// Whether a name of three words or more ends in two common words: a
/// headline's words after a given name ("Charlotte Hornets Win Title",
/// "Austin Powers Returns"), where a person's name ends in a surname that
/// is seldom a common word, let alone two ("Martin Luther King").
fn ends_in_common_words(
    c: &candidate::Candidate,
    text: &str,
    is_common: impl Fn(&str) -> bool,
) -> bool {
    let mut last = c.name_words(text).rev();
    c.name_words_count() >= 3
        && last.next().is_some_and(&is_common)
        && last.next().is_some_and(&is_common)
}

/// The words of `queries` that `text` writes starting in lower case, a word
/// being a maximal run of word characters ([`is_word_char`]). This reads every byte of
/// the corpus (on the people side of analysis, its longer one), so ASCII is
/// classified without decoding, a word's ASCII run is skipped in one tight
/// loop, and only words of a queried length are hashed.
fn lower_case_words(text: &str, queries: &FastSet<String>, sketch: &Sketch) -> FastSet<String> {
    let mut found = FastSet::default();
    let bytes = text.as_bytes();
    // Whether the non-ASCII character at byte `i` is a word character, and its length.
    let word_char_at = |i: usize| -> (bool, usize) {
        match text[i..].chars().next() {
            Some(c) => (is_word_char(c), c.len_utf8()),
            None => (false, 1),
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        // An ASCII byte (most bytes) is classified here, without a call.
        let (starts, len) = match bytes[i] {
            b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
            _ => word_char_at(i),
        };
        i += len;
        if !starts {
            continue;
        }
        loop {
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            // The word goes on only through a non-ASCII word character.
            if bytes.get(i).is_none_or(u8::is_ascii) {
                break;
            }
            let (more, len) = word_char_at(i);
            if !more {
                break;
            }
            i += len;
        }
        let word = &text[start..i];
        // The first letter first: it is one byte to read for most words,
        // where the sketch reads four and multiplies.
        let lower_first = match bytes[start] {
            b if b.is_ascii() => b.is_ascii_lowercase(),
            _ => word.chars().next().is_some_and(char::is_lowercase),
        };
        if lower_first && sketch.may_hold(word) && queries.contains(word) {
            found.insert(word.to_string());
        }
    }
    found
}

/// The queried words' lengths and ends, as bits: a word that is no query
/// nearly always misses them, at the price of reading a few bytes, where a
/// look-up in the queries hashes the whole word (half the corpus's words
/// have a queried length).
struct Sketch {
    lengths: u64,
    /// Bit [`Sketch::slot`] of every query, 2^16 bits.
    ends: Vec<u64>,
}

impl Sketch {
    const BITS: u32 = 16;

    fn of(queries: &FastSet<String>) -> Sketch {
        let mut sketch = Sketch {
            lengths: 0,
            ends: vec![0; (1 << Self::BITS) / 64],
        };
        for q in queries {
            sketch.lengths |= 1 << q.len().min(63);
            let slot = Self::slot(q.as_bytes());
            sketch.ends[slot / 64] |= 1 << (slot % 64);
        }
        sketch
    }

    /// A hash of the word's length and its first and last two bytes.
    fn slot(w: &[u8]) -> usize {
        let at = |i: usize| w.get(i).copied().map_or(0, u64::from);
        let n = w.len();
        let key = (n as u64)
            | at(0) << 8
            | at(1) << 16
            | at(n.wrapping_sub(2)) << 24
            | at(n.wrapping_sub(1)) << 32;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Self::BITS)) as usize
    }

    /// False when `word` is surely no query.
    fn may_hold(&self, word: &str) -> bool {
        self.lengths & (1 << word.len().min(63)) != 0 && {
            let slot = Self::slot(word.as_bytes());
            self.ends[slot / 64] & (1 << (slot % 64)) != 0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_words_are_whole_words_starting_in_lower_case() {
        let queries: FastSet<String> = ["later", "über", "x"]
            .map(String::from)
            .into_iter()
            .collect();
        let found = |text: &str| {
            let sketch = Sketch::of(&queries);
            let mut v: Vec<String> = lower_case_words(text, &queries, &sketch)
                .into_iter()
                .collect();
            v.sort();
            v
        };
        assert_eq!(found("Later, they left; later on."), ["later"]);
        assert_eq!(
            found("Later; laterally; xlater; Über"),
            Vec::<String>::new()
        );
        assert_eq!(found("—über—x"), ["x", "über"]);
        assert_eq!(found("é later"), ["later"]);
        assert_eq!(found(""), Vec::<String>::new());
    }

    #[test]
    fn the_sketch_keeps_every_query_and_drops_most_other_words() {
        let queries: FastSet<String> = ["later", "meanwhile", "blue", "über", "a", "x1"]
            .map(String::from)
            .into_iter()
            .collect();
        let sketch = Sketch::of(&queries);
        assert!(queries.iter().all(|q| sketch.may_hold(q)));
        // Words of a queried length that are no query: few pass.
        let others = ["lateR", "latex", "blur", "glue", "b", "x2", "meanwhilf"];
        let passed = others.iter().filter(|w| sketch.may_hold(w)).count();
        assert!(passed <= 1, "{passed} of {} passed", others.len());
    }
}
