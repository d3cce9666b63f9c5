//! Distinct word sequences ("forms") of the quotes' units, and word weights learned from them.
//!
//! Units whose words are the same after folding case, quote styles and
//! apostrophes, light stemming and a person's spellings ([`WordKeys`]) share one form, found by hashing: 150,000 identical quotes
//! cost one hash lookup each and are never compared pairwise.

use std::hash::Hasher;
use std::ops::Range;
use std::sync::atomic::{AtomicU32, Ordering};

use rayon::prelude::*;

use crate::corpus::Corpus;
use crate::fast_hash::{FastMap, FxHasher};
use crate::ids::{PersonId, SourceId};
use crate::quotes::Quote;
use crate::text::function_words::function_words;
use crate::text::synonyms;

pub use super::units::QuoteUnit;

use super::address::persons_clash;
use super::compounds::split_compounds;
use super::keys::{SKELETON_BITS, StemCache, StemCaches, WordKeys, listed_words};
use super::link::EXCERPT_CONTAINMENT;
use super::sorted_words::{self, Sorted};

pub type WordId = u32;
pub type FormId = usize;
/// An index into the units grouping reads ([`Forms::build`]'s `units`).
pub type UnitIdx = usize;

/// One distinct rendering text (as a word sequence) and the units that have it.
#[derive(Debug, Clone)]
pub struct Form {
    /// The words, then the order that sorts them (for bag overlaps): one
    /// allocation, as forms are most of grouping's memory ([`sorted_words`]).
    word_lists: Box<[WordId]>,
    /// Boxed slices, not `Vec`s, like the speakers: a form is 56 bytes,
    /// not 72, and the forms live through all of grouping's memory peaks.
    pub units: Box<[UnitIdx]>,
    /// Sum of the weights of `words` (with repeats).
    pub weight: f32,
    /// Speakers of its quotes where known, sorted, without repeats.
    pub speakers: Box<[PersonId]>,
    /// Whether all its quotes come from one article and name one speaker.
    pub one_voice: bool,
}

impl Form {
    #[cfg(test)]
    pub(super) fn new(words: Vec<WordId>) -> Form {
        let mut form = Form::unsorted(words);
        form.sort_bag();
        form
    }

    /// A form whose sorted half is not sorted yet ([`Form::sort_bag`]):
    /// [`Forms::build`] sorts all forms' bags on all cores, not on the
    /// thread that interns the units.
    fn unsorted(words: Vec<WordId>) -> Form {
        Form {
            word_lists: sorted_words::unsorted(&words),
            units: Box::default(),
            weight: 0.0,
            speakers: Box::default(),
            one_voice: true,
        }
    }

    /// Gives the form other words (its units and speakers kept).
    pub(super) fn set_words(&mut self, words: Vec<WordId>) {
        self.word_lists = sorted_words::unsorted(&words);
        self.sort_bag();
    }

    fn sort_bag(&mut self) {
        sorted_words::sort(&mut self.word_lists);
    }

    /// The form of the words `span` of this one, with its speakers and no
    /// units, weighed by `idf`.
    pub fn piece(&self, span: Range<usize>, idf: &[f32]) -> Form {
        let mut piece = Form::unsorted(self.words()[span].to_vec());
        piece.sort_bag();
        piece.weight = piece.words().iter().map(|&w| idf[w as usize]).sum();
        piece.speakers = self.speakers.clone();
        piece.one_voice = self.one_voice;
        piece
    }

    /// The words in order.
    pub fn words(&self) -> &[WordId] {
        &self.word_lists[..sorted_words::words_len(self.word_lists.len())]
    }

    /// The words sorted, repeats kept.
    pub fn sorted(&self) -> Sorted<'_> {
        Sorted::of(&self.word_lists)
    }

    /// Its distinct words, ascending.
    pub fn bag(&self) -> impl Iterator<Item = WordId> + '_ {
        let mut last = None;
        self.sorted().iter().copied().filter(move |&w| {
            let new = last != Some(w);
            last = Some(w);
            new
        })
    }
}

/// The listed near-synonyms ([`synonyms::ENGLISH`]) as pairs of word ids
/// (lower first, sorted, without repeats), for the pairs whose two words
/// both occur (`id_of`: a key's word id, if any form has it).
fn synonym_pairs(id_of: impl Fn(u64) -> Option<WordId>) -> Vec<(WordId, WordId)> {
    let mut cache = StemCache::default();
    let mut id = |word: &'static str| match cache.word_keys_of(word)[..] {
        [key] => id_of(key),
        _ => None,
    };
    let mut pairs: Vec<(WordId, WordId)> = synonyms::pairs(synonyms::ENGLISH)
        .filter_map(|(a, b)| Some((id(a)?, id(b)?)))
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (x.min(y), x.max(y)))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Units whose words are keyed in one parallel batch.
const KEY_CHUNK: usize = 8_192;

/// Units keyed as one piece of work at most (~2 M instructions): a batch
/// starts while the other core interns the one before, so rayon cuts it
/// into four long pieces and the freed core could take only one not yet
/// begun (see `analysis::EXTRACT_PIECE`).
const KEY_PIECE: usize = 256;

fn hash_words(words: &[WordId]) -> u64 {
    let mut h = FxHasher::default();
    h.write_usize(words.len());
    for &w in words {
        h.write_u32(w);
    }
    h.finish()
}

/// All forms of a corpus' quote units.
#[derive(Debug, Clone, Default)]
pub struct Forms {
    pub forms: Vec<Form>,
    /// Per word: inverse document frequency over forms (rare words weigh more).
    pub idf: Vec<f32>,
    /// Per word: number of forms containing it.
    pub df: Vec<u32>,
    /// Per word: its spelling skeleton ([`super::keys::SKELETON_BITS`] of
    /// its key; 0 for none).
    pub skeleton: Vec<u16>,
    /// Per form: its grammatical-person bits ([`super::address::person_of`]).
    pub person: Vec<u8>,
    /// Per word: its grammatical-person bits ("we", "you"; 0 for most).
    pub word_person: Vec<u8>,
    /// Per form: whether a unit of it asks ([`super::address::is_question`]).
    pub question: Vec<bool>,
    /// Pairs of words (lower id first) that are listed near-synonyms
    /// ([`crate::text::synonyms`]) and both occur in some form.
    pub synonyms: Vec<(WordId, WordId)>,
    /// Per form: the speaker given most of its attributed units
    /// ([`lead_speaker`]), if one is.
    pub lead: Vec<Option<PersonId>>,
    /// Per word: whether it keys a listed function word, which no
    /// statement owns however rare its language is in the corpus.
    pub function: Vec<bool>,
    /// The sides of the merges of groups on pooled words alone
    /// ([`super::pooled`]), to list the groups holding both as doubtful.
    pub pooled: super::pooled::Merged,
}

/// Share of a form's attributed units one speaker must be given to lead it:
/// attribution errs now and then (a copy of one person's "Je suis Marine"
/// given to the Marine it names), so a form whose copies are nearly all one
/// person's is that person's; lower would take a phrase two people each
/// said a few times for one person's (precision).
const LEAD_SHARE: f32 = 0.75;

/// The speaker given at least [`LEAD_SHARE`] of the units, of `speakers`
/// (one entry per attributed unit, sorted), if any.
fn lead_speaker(speakers: &[PersonId]) -> Option<PersonId> {
    let lead = speakers
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| run.len())?;
    (lead.len() as f32 >= LEAD_SHARE * speakers.len() as f32).then(|| lead[0])
}

/// Forms as units are interned, in unit order (word and form ids are
/// numbered by first appearance: ties between equally rare features break by
/// id, so the numbering must not depend on threads).
#[derive(Default)]
struct Interner {
    vocab: FastMap<u64, WordId>,
    // Forms by a hash of their words; the rare hash collision between
    // different word sequences goes to `collided`. Keying by the words
    // themselves would hold a second copy of every form's words.
    by_hash: FastMap<u64, FormId>,
    collided: FastMap<Vec<WordId>, FormId>,
    forms: Vec<Form>,
    /// Per unit, its form (`u32::MAX` for a unit without words); the
    /// forms' unit lists are made from it once all are in. (A growing list
    /// per form, and one of speakers, held two list headers and two small
    /// allocations per form at grouping's memory peak at 10,000 articles.)
    form_of_unit: Vec<u32>,
    /// Per form, the article and speaker of its first unit.
    first_voice: Vec<(SourceId, Option<PersonId>)>,
}

impl Interner {
    /// Adds the units of chunk number `c` (`chunk`), whose word keys are `texts`.
    fn add_chunk(&mut self, quotes: &[Quote], c: usize, chunk: &[QuoteUnit], texts: Vec<Vec<u64>>) {
        for (j, (u, words)) in chunk.iter().zip(texts).enumerate() {
            if words.is_empty() {
                continue;
            }
            let q = &quotes[u.quote];
            let i: UnitIdx = c * KEY_CHUNK + j;
            let f = self.form_of(words, (q.source, q.speaker));
            self.forms[f].one_voice &=
                q.speaker.is_some() && self.first_voice[f] == (q.source, q.speaker);
            self.form_of_unit[i] = f as u32;
        }
    }

    /// Per form, its units in order ([`Interner::form_of_unit`] turned
    /// around), each list made at its size.
    fn units_of_forms(&self) -> Vec<Box<[UnitIdx]>> {
        let mut counts = vec![0usize; self.forms.len()];
        for &f in self.form_of_unit.iter().filter(|&&f| f != u32::MAX) {
            counts[f as usize] += 1;
        }
        let mut lists: Vec<Box<[UnitIdx]>> = counts
            .iter()
            .map(|&n| vec![0; n].into_boxed_slice())
            .collect();
        counts.iter_mut().for_each(|n| *n = 0);
        for (u, &f) in self.form_of_unit.iter().enumerate() {
            if f != u32::MAX {
                let f = f as usize;
                lists[f][counts[f]] = u;
                counts[f] += 1;
            }
        }
        lists
    }

    /// The form of a unit with these word keys (and this article and
    /// speaker), added if new.
    fn form_of(&mut self, words: Vec<u64>, voice: (SourceId, Option<PersonId>)) -> FormId {
        let vocab = &mut self.vocab;
        let ids: Vec<WordId> = words
            .into_iter()
            .map(|w| {
                let next = vocab.len() as WordId;
                *vocab.entry(w).or_insert(next)
            })
            .collect();
        let forms = &mut self.forms;
        let h = hash_words(&ids);
        let f = match self.by_hash.get(&h) {
            Some(&f) if forms[f].words() == ids.as_slice() => return f,
            Some(_) => *self.collided.entry(ids).or_insert_with_key(|ids| {
                forms.push(Form::unsorted(ids.clone()));
                forms.len() - 1
            }),
            None => {
                forms.push(Form::unsorted(ids));
                self.by_hash.insert(h, forms.len() - 1);
                forms.len() - 1
            }
        };
        if self.first_voice.len() < forms.len() {
            self.first_voice.push(voice);
        }
        f
    }
}

impl Forms {
    /// The forms of `units` (of `quotes`).
    pub fn build(corpus: &Corpus, quotes: &[Quote], units: &[QuoteUnit], keys: &WordKeys) -> Forms {
        // Words are keyed in parallel a chunk at a time (all units' keys at
        // once would be tens of MB at 10,000 articles), and a chunk is
        // interned, serially, while the next one is keyed.
        let caches = StemCaches::for_pool();
        let key_chunk = |chunk: &[QuoteUnit]| -> Vec<Vec<u64>> {
            chunk
                .par_iter()
                .with_max_len(KEY_PIECE)
                .map(|u| caches.keys_of(keys, u.text(corpus, quotes)))
                .collect()
        };
        let chunks: Vec<&[QuoteUnit]> = units.chunks(KEY_CHUNK).collect();
        let mut interner = Interner {
            form_of_unit: vec![u32::MAX; units.len()],
            ..Interner::default()
        };
        let mut keyed = chunks.first().map(|chunk| key_chunk(chunk));
        for (c, &chunk) in chunks.iter().enumerate() {
            let texts = keyed.take().unwrap_or_default();
            let ((), next) = rayon::join(
                || interner.add_chunk(quotes, c, chunk, texts),
                || chunks.get(c + 1).map(|next| key_chunk(next)),
            );
            keyed = next;
        }
        let units_of_form = interner.units_of_forms();
        let Interner {
            vocab, mut forms, ..
        } = interner;
        // A compound some outlets write closed and others apart is
        // compared as its two words ([`compounds`]).
        let compounds = caches.compounds(keys, &forms, |k| vocab.get(&k).copied());
        split_compounds(&mut forms, &compounds);
        // The spellings' keys are not needed past the keying.
        drop(caches);
        let lead: Vec<Option<PersonId>> = forms
            .par_iter_mut()
            .zip(units_of_form)
            .map(|(f, own)| {
                f.units = own;
                let mut speakers: Vec<PersonId> = f
                    .units
                    .iter()
                    .filter_map(|&u| quotes[units[u].quote].speaker)
                    .collect();
                speakers.sort_unstable();
                let lead = lead_speaker(&speakers);
                speakers.dedup();
                f.speakers = speakers.into_boxed_slice();
                lead
            })
            .collect();
        let mut skeleton = vec![0u16; vocab.len()];
        for (&key, &w) in &vocab {
            skeleton[w as usize] = (key & SKELETON_BITS) as u16;
        }
        let table = super::address::person_table(vocab.len(), |k| vocab.get(&k).copied());
        let synonyms = synonym_pairs(|k| vocab.get(&k).copied());
        let function = listed_words(vocab.len(), function_words(), |k| vocab.get(&k).copied());
        drop(vocab);
        let person = forms
            .par_iter()
            .map(|f| super::address::person_of(&table, f.words()))
            .collect();
        let n_words = skeleton.len();
        let question = forms
            .par_iter()
            .map(|f| {
                f.units.iter().any(|&u| {
                    let unit = &units[u];
                    let text = unit.text(corpus, quotes);
                    super::address::is_question(text)
                })
            })
            .collect();
        Forms {
            skeleton,
            person,
            word_person: table,
            question,
            synonyms,
            lead,
            function,
            ..Forms::weigh(forms, n_words)
        }
    }

    /// Forms with their bags sorted, word frequencies and weights.
    fn weigh(mut forms: Vec<Form>, n_words: usize) -> Forms {
        // The forms live through grouping: no spare capacity (at 10,000
        // articles the doubling left 57,000 empty slots of 128 bytes).
        forms.shrink_to_fit();
        let df: Vec<AtomicU32> = (0..n_words).map(|_| AtomicU32::new(0)).collect();
        forms.par_iter_mut().for_each(|f| {
            f.sort_bag();
            for w in f.bag() {
                df[w as usize].fetch_add(1, Ordering::Relaxed);
            }
        });
        let df: Vec<u32> = df.into_iter().map(AtomicU32::into_inner).collect();
        let n = forms.len() as f32;
        let idf: Vec<f32> = df
            .iter()
            .map(|&d| (1.0 + n / d.max(1) as f32).ln())
            .collect();
        forms.par_iter_mut().for_each(|f| {
            f.weight = f.words().iter().map(|&w| idf[w as usize]).sum();
        });
        Forms {
            forms,
            idf,
            df,
            ..Forms::default()
        }
    }

    /// The one speaker of form `f`: its only one, or the one given nearly
    /// all its attributed units ([`LEAD_SHARE`]).
    pub fn one_speaker(&self, f: FormId) -> Option<PersonId> {
        match self.forms[f].speakers[..] {
            [s] => Some(s),
            _ => self.lead.get(f).copied().flatten(),
        }
    }

    /// Whether a one-word form is one scare quote repeated: an article that
    /// quotes the same rare word of the same speaker twice refers back to
    /// one utterance (across articles, or unattributed, it may not).
    pub fn is_repeated_scare_quote(&self, f: FormId) -> bool {
        let form = &self.forms[f];
        form.words().len() == 1
            && form.units.len() > 1
            && form.one_voice
            && !self.is_stock_phrase(f, 2)
    }

    /// Whether a short form is a stock phrase ("the European continent"):
    /// even its rarest word is in many forms, so identical copies of it say
    /// nothing about one utterance.
    pub fn is_stock_phrase(&self, f: FormId, short: usize) -> bool {
        let form = &self.forms[f];
        let common = self.common_df();
        form.words().len() < short && form.sorted().iter().all(|&w| self.df[w as usize] > common)
    }

    /// The rarest of `words`: in the fewest forms, the lower id on a tie.
    /// A short form or run is looked up by it.
    pub fn rarest_of(&self, words: &[WordId]) -> Option<WordId> {
        words
            .iter()
            .copied()
            .min_by_key(|&w| (self.df[w as usize], w))
    }

    /// Words in more forms than this are common: function words and the
    /// story's topic words, which say little about which statement a
    /// rendering is.
    pub fn common_df(&self) -> u32 {
        (self.forms.len() / 200).max(20) as u32
    }

    /// Whether two forms, one of which asks, speak in clashing persons
    /// ([`persons_clash`]): a question and its echoed answer.
    pub fn persons_clash(&self, a: FormId, b: FormId) -> bool {
        let asks = |f: FormId| self.question.get(f).copied().unwrap_or(false);
        let person = |f: FormId| self.person.get(f).copied().unwrap_or(0);
        (asks(a) || asks(b)) && persons_clash(person(a), person(b))
    }

    /// Whether two forms, `containment` of the shorter matched, part by
    /// mood ([`super::address::moods_part`]).
    pub fn moods_part(&self, a: FormId, b: FormId, containment: f32) -> bool {
        super::address::moods_part(&self.question, a, b, containment, EXCERPT_CONTAINMENT)
    }

    /// The forms alone, the word and form tables beside them freed.
    pub fn into_forms(self) -> Vec<Form> {
        self.forms
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// Per form, the index of the group in `groups` that holds it when that
    /// group passes `keep`; `usize::MAX` for the rest.
    pub fn group_of_each(
        &self,
        groups: &[Vec<FormId>],
        keep: impl Fn(&[FormId]) -> bool,
    ) -> Vec<usize> {
        let mut group_of = vec![usize::MAX; self.len()];
        for (g, members) in groups.iter().enumerate() {
            if keep(members) {
                for &f in members {
                    group_of[f] = g;
                }
            }
        }
        group_of
    }
}

#[cfg(test)]
#[path = "forms_tests.rs"]
mod tests;
