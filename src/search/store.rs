//! How the index keeps its candidates: 12 bytes each for the bulk of them
//! (sentences and titles, which point into their article and whose detail
//! is the article's id), 12 more for a quote (its id, speaker and end), whole
//! [`Candidate`]s in a side table for the few that carry texts of their own
//! (people, variants, hand-made ones).
//!
//! At 40,000 articles the palette has over a million sentences; as full
//! `Candidate`s (about 120 bytes) they weighed more than the text itself.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::corpus::Corpus;
use crate::ids::QuoteId;

use super::{Candidate, CandidateKind, CandidateRef, CandidateText, SourceId, Target, TextRef};

/// `Entry::source` of a candidate with no place in the text.
const NO_SOURCE: u32 = u32::MAX;
/// Bits of `Entry::meta` holding its code (a kind, [`COMPACT_QUOTE`] or
/// [`FULL`]); the rest is the payload: a plain span's length, or an index
/// into a side table.
const KIND_BITS: u32 = 3;
/// The largest payload (a span of 512 MiB, half a billion side entries):
/// more than a capped file holds; anything past it keeps its full form.
const PAYLOAD_MAX: u32 = u32::MAX >> KIND_BITS;

/// One candidate, compact: a sentence or title is entirely described by its
/// kind, source and span; anything else keeps its full form in the side table.
/// The span's end is its start plus the payload (a plain entry) or is in
/// [`QuoteEntry`]: 12 bytes an entry, not 16, at two million candidates.
#[derive(Debug, Clone, Copy)]
struct Entry {
    source: u32,
    start: u32,
    /// The code (low [`KIND_BITS`]) and the payload.
    meta: u32,
}

const KINDS: [CandidateKind; 5] = [
    CandidateKind::Person,
    CandidateKind::Variant,
    CandidateKind::Quote,
    CandidateKind::Title,
    CandidateKind::Sentence,
];

fn kind_bits(kind: CandidateKind) -> u32 {
    KINDS.iter().position(|&k| k == kind).unwrap_or(0) as u32
}

/// The kind code (in place of a [`KINDS`] index) of a quote kept compact:
/// its span in the entry, its id and speaker in [`Store::quotes`].
const COMPACT_QUOTE: u32 = KINDS.len() as u32;
/// The code of an entry whose candidate is in [`Store::full`].
const FULL: u32 = COMPACT_QUOTE + 1;
const KIND_MASK: u32 = (1 << KIND_BITS) - 1;

/// A quote's id, speaker (an index into [`Store::speakers`]) and the end of
/// its span.
#[derive(Debug, Clone, Copy)]
struct QuoteEntry {
    quote: u32,
    speaker: u32,
    end: u32,
}

/// Where an entry's story is.
enum Slot {
    /// All in the entry: the kind and the span's length.
    Plain(CandidateKind, usize),
    /// Span's start in the entry, the rest in `quotes`.
    Quote(usize),
    /// In `full`.
    Full(usize),
}

/// The candidates of an index, in index order.
#[derive(Debug, Clone, Default)]
pub(super) struct Store {
    entries: Vec<Entry>,
    full: Vec<Candidate>,
    quotes: Vec<QuoteEntry>,
    /// Speakers' names, each once (450,000 quotes have about 1,000).
    speakers: Vec<Box<str>>,
    /// While building: where each speaker's name is in `speakers`.
    speaker_at: HashMap<Box<str>, u32>,
}

impl Store {
    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    fn slot(entry: &Entry) -> Slot {
        let (code, payload) = (entry.meta & KIND_MASK, (entry.meta >> KIND_BITS) as usize);
        match code {
            COMPACT_QUOTE => Slot::Quote(payload),
            FULL => Slot::Full(payload),
            _ => Slot::Plain(KINDS[code as usize % KINDS.len()], payload),
        }
    }

    /// Entry `i`'s span (source, start, end), unless it is in the side table.
    fn span(&self, i: usize) -> Option<(usize, usize, usize)> {
        let entry = self.entries.get(i)?;
        let (source, start) = (entry.source as usize, entry.start as usize);
        match Self::slot(entry) {
            Slot::Plain(_, len) => Some((source, start, start + len)),
            Slot::Quote(side) => Some((source, start, self.quotes.get(side)?.end as usize)),
            Slot::Full(_) => None,
        }
    }

    /// Adds `candidate` in its most compact form. Offsets past 4 GiB cannot
    /// be kept compact; such a candidate (there are none: files are capped
    /// far below that) keeps its full form.
    pub(super) fn push(&mut self, candidate: Candidate) {
        let fits = |n: usize| u32::try_from(n).ok();
        let span = candidate.source.and_then(|source| {
            Some((
                fits(source.index())?,
                fits(candidate.start)?,
                fits(candidate.end)?,
            ))
        });
        let spanned = matches!(candidate.text, CandidateText::Span);
        let length = span
            .and_then(|(_, start, end)| end.checked_sub(start))
            .filter(|&len| len <= PAYLOAD_MAX);
        let meta = match (span, &candidate.detail, &candidate.target) {
            (Some(_), CandidateText::SourceId, target)
                if spanned
                    && candidate.source.and_then(|s| {
                        derived_target(candidate.kind, s, candidate.start, candidate.end)
                    }) == Some(target.clone()) =>
            {
                length.map(|len| kind_bits(candidate.kind) | len << KIND_BITS)
            }
            (Some((_, _, end)), CandidateText::Speaker(name), Target::Quote { quote })
                if spanned && candidate.kind == CandidateKind::Quote =>
            {
                self.compact_quote(name, *quote, end)
            }
            _ => None,
        };
        let entry = match (span, meta) {
            (Some((source, start, _)), Some(meta)) => Entry {
                source,
                start,
                meta,
            },
            _ => {
                let at = fits(self.full.len())
                    .filter(|&i| i <= PAYLOAD_MAX)
                    .unwrap_or(PAYLOAD_MAX);
                self.full.push(candidate);
                Entry {
                    source: NO_SOURCE,
                    start: 0,
                    meta: FULL | at << KIND_BITS,
                }
            }
        };
        self.entries.push(entry);
    }

    /// The meta of a compact quote, its id, speaker and end noted.
    fn compact_quote(&mut self, speaker: &str, quote: QuoteId, end: u32) -> Option<u32> {
        let at = u32::try_from(self.quotes.len())
            .ok()
            .filter(|&i| i <= PAYLOAD_MAX)?;
        let speaker = match self.speaker_at.get(speaker) {
            Some(&i) => i,
            None => {
                let i = u32::try_from(self.speakers.len()).ok()?;
                self.speakers.push(speaker.into());
                self.speaker_at.insert(speaker.into(), i);
                i
            }
        };
        self.quotes.push(QuoteEntry {
            quote: u32::try_from(quote.index()).ok()?,
            speaker,
            end,
        });
        Some(COMPACT_QUOTE | at << KIND_BITS)
    }

    pub(super) fn get(&self, i: usize) -> Option<CandidateRef<'_>> {
        let entry = self.entries.get(i)?;
        let source = (entry.source != NO_SOURCE).then(|| SourceId::new(entry.source as usize));
        let (_, start, end) = self.span(i).unwrap_or_default();
        let (kind, detail, target) = match Self::slot(entry) {
            Slot::Full(side) => {
                let c = self.full.get(side)?;
                return Some(CandidateRef {
                    kind: c.kind,
                    text: TextRef::of(&c.text),
                    detail: TextRef::of(&c.detail),
                    source: c.source,
                    start: c.start,
                    end: c.end,
                    target: c.target.clone(),
                });
            }
            Slot::Quote(side) => {
                let q = self.quotes.get(side)?;
                let speaker = self.speakers.get(q.speaker as usize)?;
                let quote = QuoteId::new(q.quote as usize);
                (
                    CandidateKind::Quote,
                    TextRef::Speaker(speaker),
                    Target::Quote { quote },
                )
            }
            Slot::Plain(kind, _) => (
                kind,
                TextRef::SourceId,
                derived_target(kind, source?, start, end)?,
            ),
        };
        Some(CandidateRef {
            kind,
            text: TextRef::Span,
            detail,
            source,
            start,
            end,
            target,
        })
    }

    /// Candidate `i`'s kind.
    pub(super) fn kind(&self, i: usize) -> Option<CandidateKind> {
        match Self::slot(self.entries.get(i)?) {
            Slot::Plain(kind, _) => Some(kind),
            Slot::Quote(_) => Some(CandidateKind::Quote),
            Slot::Full(side) => self.full.get(side).map(|c| c.kind),
        }
    }

    /// Candidate `i`'s text (ranking reads it on every keystroke: a compact
    /// entry is sliced straight from its article).
    pub(super) fn text<'c>(&'c self, i: usize, corpus: &'c Corpus) -> Option<Cow<'c, str>> {
        let Some((source, start, end)) = self.span(i) else {
            return self.get(i).map(|c| c.text(corpus));
        };
        let text = corpus
            .articles
            .get(source)
            .and_then(|a| a.text.get(start..end));
        Some(Cow::Borrowed(text.unwrap_or("")))
    }

    /// Bytes the store holds on the heap (its tables and the side table's texts).
    pub(super) fn heap_bytes(&self) -> usize {
        let owned = |t: &CandidateText| match t {
            CandidateText::Owned(s) => s.len(),
            _ => 0,
        };
        self.entries.capacity() * size_of::<Entry>()
            + self.quotes.capacity() * size_of::<QuoteEntry>()
            + self.speakers.iter().map(|s| s.len()).sum::<usize>()
            + self.full.capacity() * size_of::<Candidate>()
            + self
                .full
                .iter()
                .map(|c| owned(&c.text) + owned(&c.detail))
                .sum::<usize>()
    }

    /// Done building: frees the spare room and the speakers' lookup.
    pub(super) fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
        self.full.shrink_to_fit();
        self.quotes.shrink_to_fit();
        self.speaker_at = HashMap::new();
    }
}

/// The target a sentence or title has by construction.
fn derived_target(
    kind: CandidateKind,
    source: SourceId,
    start: usize,
    end: usize,
) -> Option<Target> {
    match kind {
        CandidateKind::Sentence => Some(Target::Sentence { source, start, end }),
        CandidateKind::Title => Some(Target::Title { source }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(source: usize, start: usize, end: usize) -> Candidate {
        let source = SourceId::new(source);
        Candidate {
            kind: CandidateKind::Sentence,
            text: CandidateText::Span,
            detail: CandidateText::SourceId,
            source: Some(source),
            start,
            end,
            target: Target::Sentence { source, start, end },
        }
    }

    #[test]
    fn spans_are_kept_compact_and_read_back_whole() {
        let mut store = Store::default();
        store.push(sentence(3, 10, 20));
        let title = Candidate {
            kind: CandidateKind::Title,
            target: Target::Title {
                source: SourceId::new(3),
            },
            ..sentence(3, 0, 5)
        };
        store.push(title);
        assert!(store.full.is_empty(), "both are plain spans");
        let s = store.get(0).unwrap();
        assert_eq!(s.kind, CandidateKind::Sentence);
        assert_eq!((s.source, s.start, s.end), (Some(SourceId::new(3)), 10, 20));
        assert!(s.borrows_its_span());
        assert_eq!(
            s.target,
            Target::Sentence {
                source: SourceId::new(3),
                start: 10,
                end: 20
            }
        );
        let t = store.get(1).unwrap();
        assert_eq!(t.kind, CandidateKind::Title);
        assert_eq!(
            t.target,
            Target::Title {
                source: SourceId::new(3)
            }
        );
        assert!(store.get(2).is_none());
    }

    #[test]
    fn a_quote_keeps_its_end_beside_its_speaker_and_an_entry_is_12_bytes() {
        let mut store = Store::default();
        for (quote, start, end) in [(7, 4, 30), (8, 40, 41)] {
            store.push(Candidate {
                kind: CandidateKind::Quote,
                detail: CandidateText::Speaker("Ann Lee".into()),
                target: Target::Quote {
                    quote: QuoteId::new(quote),
                },
                ..sentence(2, start, end)
            });
        }
        assert!(store.full.is_empty(), "both are compact quotes");
        assert_eq!(store.speakers.len(), 1, "one speaker, kept once");
        let q = store.get(1).unwrap();
        assert_eq!(
            (q.kind, q.source),
            (CandidateKind::Quote, Some(SourceId::new(2)))
        );
        assert_eq!((q.start, q.end), (40, 41));
        assert_eq!(
            q.target,
            Target::Quote {
                quote: QuoteId::new(8)
            }
        );
        assert_eq!(store.get(0).map(|q| (q.start, q.end)), Some((4, 30)));
        assert_eq!(size_of::<Entry>(), 12);
    }

    #[test]
    fn anything_else_keeps_its_full_form() {
        let mut store = Store::default();
        let named = Candidate {
            kind: CandidateKind::Sentence,
            text: "own text".into(),
            ..sentence(1, 0, 8)
        };
        let elsewhere = Candidate {
            target: Target::Title {
                source: SourceId::new(9),
            },
            ..sentence(1, 0, 8)
        };
        let nowhere = Candidate {
            source: None,
            ..sentence(1, 0, 8)
        };
        let past_u32 = u32::MAX as usize + 1;
        let far = sentence(1, past_u32, past_u32 + 4);
        for c in [named, elsewhere, nowhere, far] {
            store.push(c.clone());
            let back = store.get(store.len() - 1).unwrap();
            assert_eq!(back.target, c.target);
            assert_eq!(
                (back.source, back.start, back.end),
                (c.source, c.start, c.end)
            );
            assert_eq!(back.kind, c.kind);
        }
        assert_eq!(store.full.len(), 4);
        assert_eq!(
            store
                .get(0)
                .unwrap()
                .text(&crate::corpus::Corpus::default()),
            "own text"
        );
    }
}
