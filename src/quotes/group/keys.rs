//! The words grouping compares: folded (case, apostrophe and quote styles),
//! lightly stemmed ([`crate::text::stem`]), and with each person's spellings
//! as one word, so "Zelenskyy's plan" and "Zelensky plans" share two words.
//!
//! These keys decide only what links; the diff a reader sees still aligns
//! the words as printed, so a changed plural shows as a change.

use std::hash::Hasher;
use std::sync::{Mutex, PoisonError};

use crate::fast_hash::{FastMap, FxHasher};
use crate::people::Person;
use crate::quotes::align::for_each_folded_word;
use crate::text::contractions;
use crate::text::fold::fold_char_into;
use crate::text::spelling;
use crate::text::stem::{self, stem_into};

use super::compounds::{self, Spellings};
use super::forms::WordId;

/// Keys the words of quote units, with the corpus' people's spellings merged.
#[derive(Debug, Default)]
pub struct WordKeys {
    /// Key of a spelling → key of the person's canonical spelling of that
    /// word; only spellings that differ from it are listed.
    spellings: FastMap<u64, u64>,
}

impl WordKeys {
    /// Keys that treat the spellings the people module merged into one
    /// person (its variants) as one word: the surname of every variant as
    /// the canonical surname, a first name as the canonical first name.
    pub fn new(people: &[Person]) -> WordKeys {
        let mut spellings = FastMap::default();
        let mut cache = StemCache::default();
        for p in people {
            let canonical = cache.word_keys_of(&p.name);
            let (Some(&first), Some(&last)) = (canonical.first(), canonical.last()) else {
                continue;
            };
            for v in &p.variants {
                let words = cache.word_keys_of(v);
                let pairs = [
                    (words.last(), Some(last)),
                    (words.first().filter(|_| words.len() > 1), Some(first)),
                ];
                for (spelling, canonical) in pairs {
                    if let (Some(&s), Some(c)) = (spelling, canonical)
                        && s != c
                    {
                        spellings.entry(s).or_insert(c);
                    }
                }
            }
        }
        WordKeys { spellings }
    }

    /// The keys of the words of `text`, in order; punctuation is dropped.
    #[cfg(test)]
    pub fn of(&self, text: &str) -> Vec<u64> {
        self.of_cached(text, &mut StemCache::default())
    }

    /// The keys of the words of `text`, in order (punctuation dropped),
    /// taking each spelling's stem key from `cache` when
    /// it was stemmed before: a story's quotes share most of their words.
    pub fn of_cached(&self, text: &str, cache: &mut StemCache) -> Vec<u64> {
        let mut keys = cache.word_keys_of(text);
        if !self.spellings.is_empty() {
            for k in &mut keys {
                if let Some(&c) = self.spellings.get(k) {
                    *k = c;
                }
            }
        }
        keys
    }

    /// The key of one word, as [`WordKeys::of_cached`] keys it in a text.
    pub(super) fn key_of_word(&self, word: &str) -> u64 {
        let key = stem_key(word, &mut String::new(), &mut String::new());
        self.spellings.get(&key).copied().unwrap_or(key)
    }
}

/// The key of `word` (as written) folded, an English contraction as the
/// word of it compared ([`contractions::compared_word`]: "we're" as "we",
/// "don't" as "not"), and stemmed; `folded` and `stem` are scratch space.
fn stem_key(word: &str, folded: &mut String, stem: &mut String) -> u64 {
    stem_into(compared(word, folded), stem);
    let mut h = FxHasher::default();
    h.write(stem.as_bytes());
    (h.finish() & !SKELETON_BITS) | skeleton(stem)
}

/// `word` (as written) folded, in one of its British/American spellings
/// ([`spelling::unify`]: "honour" as "honor"), an English contraction as
/// the word of it compared; `folded` is scratch space.
fn compared<'f>(word: &str, folded: &'f mut String) -> &'f str {
    folded.clear();
    word.chars()
        .for_each(|c| fold_char_into(c, |f| folded.push(f)));
    spelling::unify(folded);
    contractions::compared_word(folded)
}

/// The stem of `word` (as written) that its key cuts
/// ([`stem::uncut_stem_into`]), and whether the key cuts it: two words of
/// one key are one word only when their uncut stems agree.
pub(super) fn uncut_stem(word: &str) -> (String, bool) {
    let (mut folded, mut stem) = (String::new(), String::new());
    let cut = stem::uncut_stem_into(compared(word, &mut folded), &mut stem);
    (stem, cut)
}

/// The low bits of a word's key that hold its spelling skeleton ([`skeleton`]).
pub const SKELETON_BITS: u64 = 0xFFFF;

/// A hash of the stem's consonant skeleton in [`SKELETON_BITS`] (never 0):
/// its first letter, then its consonants but `y`, doubles written once, `c`
/// and `z` as `s`; so spellings of one word share it ("defence" /
/// "defense", "Kiev" / "Kyiv", "analysed" / "analyzed", "colour" /
/// "color"). 0 for stems under four letters, whose skeletons say too little.
fn skeleton(stem: &str) -> u64 {
    if stem.chars().nth(3).is_none() {
        return 0;
    }
    let mut h = FxHasher::default();
    let mut last = None;
    for (i, c) in stem.chars().enumerate() {
        let c = match c {
            'c' | 'z' => 's',
            c => c,
        };
        if i > 0 && (matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || last == Some(c)) {
            continue;
        }
        h.write_u32(c as u32);
        last = Some(c);
    }
    (h.finish() & SKELETON_BITS).max(1)
}

/// Stem keys of the spellings met so far, by the hash of the spelling
/// folded that the word scan computes as it goes ([`for_each_folded_word`]):
/// folding and stemming a word costs ten times a look-up, and most words of
/// a story recur. A word's stem key is a function of its folded spelling
/// ([`compared`] folds first), so "We're" and "we're" share an entry; the
/// 64-bit hash is trusted as the stem keys' own hashes are, and spares
/// hashing each spelling again and comparing its bytes.
#[derive(Default)]
pub struct StemCache {
    keys: FastMap<u64, u64>,
    buf: (String, String),
    /// The keys of the text being keyed, before their copy.
    scratch: Vec<u64>,
    /// The distinct spellings keyed, for closed compounds ([`compounds`]).
    pub(super) spellings: Spellings,
}

impl StemCache {
    /// The stemmed keys of the words of `text`, in order, each distinct
    /// spelling folded and stemmed once.
    pub(super) fn word_keys_of(&mut self, text: &str) -> Vec<u64> {
        let StemCache {
            keys,
            buf,
            scratch,
            spellings,
        } = self;
        let (folded, stem) = buf;
        scratch.clear();
        for_each_folded_word(text, |range, folded_hash| {
            let key = *keys.entry(folded_hash).or_insert_with(|| {
                let key = stem_key(text.get(range).unwrap_or(""), folded, stem);
                // `stem_key` left the word folded in `folded`.
                spellings.note(folded, key);
                key
            });
            scratch.push(key);
        });
        // A copy without spare room: the keys live until their chunk is interned.
        scratch.clone()
    }
}

/// Per word id, whether it is the key of one of `words` (spellings of one
/// word each), from the word keys the forms were built with (`id_of`: a
/// key's word id, if any form has it).
pub fn listed_words<'w>(
    n_words: usize,
    words: impl Iterator<Item = &'w str>,
    id_of: impl Fn(u64) -> Option<WordId>,
) -> Vec<bool> {
    let mut table = vec![false; n_words];
    let mut cache = StemCache::default();
    for word in words {
        if let [key] = cache.word_keys_of(word)[..]
            && let Some(slot) = id_of(key).and_then(|w| table.get_mut(w as usize))
        {
            *slot = true;
        }
    }
    table
}

/// One [`StemCache`] per worker thread, kept over all of a build's batches
/// of units: a cache made per rayon job (`map_init`) starts empty a few
/// times per batch and stems a story's common words again each time.
/// Keys are memoised, never changed, so the words' keys are the same.
pub struct StemCaches(Vec<Mutex<StemCache>>);

impl StemCaches {
    /// Caches for the current rayon pool's threads, and one for a caller
    /// outside it.
    pub fn for_pool() -> StemCaches {
        let n = rayon::current_num_threads() + 1;
        StemCaches((0..n).map(|_| Mutex::default()).collect())
    }

    /// The closed compounds of `forms` ([`compounds::compounds`]), from the
    /// spellings these caches keyed.
    pub fn compounds(
        &self,
        keys: &WordKeys,
        forms: &[super::forms::Form],
        id_of: impl Fn(u64) -> Option<WordId> + Sync,
    ) -> FastMap<WordId, (WordId, WordId)> {
        let caches: Vec<_> = self
            .0
            .iter()
            .map(|c| c.lock().unwrap_or_else(PoisonError::into_inner))
            .collect();
        let spellings: Vec<&Spellings> = caches.iter().map(|c| &c.spellings).collect();
        compounds::compounds(&spellings, forms, |w| keys.key_of_word(w), id_of)
    }

    /// [`WordKeys::of_cached`] with the calling thread's cache. The lock is
    /// held for one text, never across a rayon call, so it is uncontended.
    pub fn keys_of(&self, keys: &WordKeys, text: &str) -> Vec<u64> {
        let last = self.0.len() - 1;
        let at = rayon::current_thread_index().map_or(last, |i| i.min(last));
        let mut cache = self.0[at].lock().unwrap_or_else(PoisonError::into_inner);
        keys.of_cached(text, &mut cache)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::align::tokenize;

    fn person(name: &str, variants: &[&str]) -> Person {
        Person::named(name, variants)
    }

    #[test]
    fn inflections_and_typography_share_keys() {
        let keys = WordKeys::default();
        assert_eq!(
            keys.of("We’re standing down, for our goals"),
            keys.of("we're stand down for our goal")
        );
        assert_ne!(keys.of("we will win"), keys.of("we will won"));
    }

    #[test]
    fn a_contraction_keeps_its_telling_word() {
        let keys = WordKeys::default();
        let (short, long) = (
            keys.of("We’re not giving up"),
            keys.of("we are not giving up"),
        );
        assert_eq!(short.len(), 4, "one word, as written");
        assert!(short.iter().all(|k| long.contains(k)));
        assert_eq!(keys.of("I don't know")[1], keys.of("I do not know")[2]);
        assert_ne!(keys.of("Anna's plan"), keys.of("Anna is plan"));
    }

    #[test]
    fn negated_contractions_share_their_not() {
        // Each negated form's "not" meets the written-out one's, so a copy
        // that spells it out differs by one word (the auxiliary), not two.
        let keys = WordKeys::default();
        let not = keys.of("not")[0];
        for (short, long) in [
            ("I wasn’t near the border", "I was not near the border"),
            ("it won't recover", "it will not recover"),
            ("we can't stop", "we cannot stop"),
        ] {
            let (s, l) = (keys.of(short), keys.of(long));
            assert!(s.contains(&not) && l.contains(&not), "{short} / {long}");
            assert!(
                s.iter().filter(|k| !l.contains(k)).count() <= 1,
                "{short} / {long}"
            );
        }
    }

    #[test]
    fn cached_keys_are_the_keys() {
        let keys = WordKeys::default();
        let uncached = |text: &str| -> Vec<u64> {
            let mut buf = (String::new(), String::new());
            tokenize(text)
                .iter()
                .filter(|t| t.word)
                .map(|t| stem_key(text[t.span.clone()].trim(), &mut buf.0, &mut buf.1))
                .collect()
        };
        let texts = [
            "We’re standing down, we're",
            "our goals: we're standing, STANDING",
        ];
        let mut cache = StemCache::default();
        for t in texts {
            assert_eq!(keys.of_cached(t, &mut cache), uncached(t));
        }
        // Each folded spelling is stemmed once: "We’re" / "we're" and
        // "standing" / "STANDING" are one entry each, the second text's
        // words look-ups but "our" and "goals".
        assert_eq!(cache.keys.len(), 5);
    }

    #[test]
    fn pooled_caches_give_the_uncached_keys() {
        use rayon::prelude::*;
        let keys = WordKeys::default();
        let texts = ["We’re standing down", "we're STANDING, down", "our goals"].repeat(50);
        let caches = StemCaches::for_pool();
        let pooled: Vec<Vec<u64>> = texts.par_iter().map(|t| caches.keys_of(&keys, t)).collect();
        let plain: Vec<Vec<u64>> = texts.iter().map(|t| keys.of(t)).collect();
        assert_eq!(pooled, plain);
        // From outside the pool too (the spare cache).
        assert_eq!(caches.keys_of(&keys, texts[1]), keys.of(texts[1]));
    }

    #[test]
    fn spellings_of_one_word_share_a_skeleton() {
        let keys = WordKeys::default();
        let skeleton = |w: &str| keys.of(w)[0] & SKELETON_BITS;
        assert_eq!(skeleton("defence"), skeleton("defense"));
        assert_eq!(skeleton("Kiev"), skeleton("Kyiv"));
        assert_eq!(skeleton("analysed"), skeleton("analyzed"));
        assert_ne!(skeleton("defence"), skeleton("offence"));
        assert_eq!(skeleton("war"), 0);
        assert_ne!(keys.of("defence"), keys.of("defense"));
    }

    #[test]
    fn british_and_american_spellings_share_keys() {
        let keys = WordKeys::default();
        assert_eq!(
            keys.of("We honour our adviser, who travelled to the centre"),
            keys.of("we honor our advisor who traveled to the center")
        );
        assert_eq!(keys.of("they apologised"), keys.of("they apologized"));
        assert_ne!(keys.of("we filled it"), keys.of("we filed it"));
    }

    #[test]
    fn a_persons_spellings_are_one_word() {
        let zelensky = person(
            "Volodymyr Zelensky",
            &[
                "Volodymyr Zelensky",
                "Volodymyr Zelenskyy",
                "Zelenskiy",
                "Selenskyj",
            ],
        );
        let keys = WordKeys::new(&[zelensky]);
        let want = keys.of("Zelensky's plan");
        assert_eq!(keys.of("Zelenskyy’s plan"), want);
        assert_eq!(keys.of("Zelenskiy plans"), want);
        assert_eq!(keys.of("Selenskyj plans"), want);
        // Without the person, spellings that differ in their first letters
        // are different words (later letters are cut: `text::stem`).
        assert_ne!(WordKeys::default().of("Selenskyj plan"), want);
    }
}
