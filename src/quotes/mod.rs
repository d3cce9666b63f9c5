//! The quote engine: every quotation in a corpus, who said it, and which
//! quotations render the same utterance.
//!
//! Pipeline (see [`crate::analysis::analyze`]): [`extract`] finds quotations
//! in content paragraphs, [`crate::people`] finds the people, [`attribute`]
//! links quotes to speakers, [`group`] clusters renderings of one utterance
//! and [`align`] says, word by word, how renderings differ.

pub mod align;
pub mod attribute;
pub mod extract;
pub mod group;

use std::ops::Range;

use serde::Serialize;

pub use crate::ids::{ClusterId, QuoteId, SourceId};
use crate::ids::{PersonId, Span, index_by};

index_by!(QuoteId => Quote);
index_by!(ClusterId => Cluster);

/// One quotation as it appears in one article.
///
/// Its three ranges and its paragraph are kept as `u32`s (72 bytes a quote,
/// not 112; 430,000 quotes at 40,000 articles) and read through
/// [`Quote::inner`], [`Quote::outer`], [`Quote::sentence`] and
/// [`Quote::paragraph`]. They fit: the loader caps a text at 50 MB by
/// default and below 4 GiB whatever `--max-filesize` says; an offset past
/// that (a text built by hand) saturates, as [`crate::ids::offset`] says.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub id: QuoteId,
    pub source: SourceId,
    inner: [u32; 2],
    outer: [u32; 2],
    sentence: [u32; 2],
    paragraph: u32,
    /// A short scare quote ("ensured", "progress") rather than a statement.
    pub fragment: bool,
    /// Whether the statement was printed inside quotation marks (false for a
    /// statement attributed by a dash or a verb alone).
    pub quoted: bool,
    pub speaker: Option<PersonId>,
    /// The group of the quote's main unit: its longest unit that has a group
    /// (the first of equals); `None` when no unit has another rendering.
    pub cluster: Option<ClusterId>,
    /// Its sentence-level units, in order (set once by grouping; empty before).
    pub units: Box<[Unit]>,
}

/// One sentence-level part of a quotation (cut at sentence ends, ellipses
/// and line breaks): each groups on its own, so one long quotation can take
/// part in several groups.
///
/// Its range is kept as 32-bit offsets (16 bytes a unit, not 24; 430,000
/// units at 40,000 articles), read through [`Unit::range`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    range: [u32; 2],
    /// The group of renderings this unit belongs to.
    pub cluster: Option<ClusterId>,
}

impl Unit {
    /// A unit of no group yet.
    pub fn new(range: Range<usize>) -> Self {
        Unit {
            range: offsets(range),
            cluster: None,
        }
    }

    /// Byte range into the quote's source, inside [`Quote::inner`].
    pub fn range(&self) -> Range<usize> {
        range(self.range)
    }
}

/// A byte range as the two [`crate::ids::offset`]s a quote or pair keeps.
fn offsets(range: Range<usize>) -> [u32; 2] {
    debug_assert!(
        u32::try_from(range.end).is_ok(),
        "a quote past 4 GiB into its text: {range:?}"
    );
    [
        crate::ids::offset(range.start),
        crate::ids::offset(range.end),
    ]
}

fn range(offsets: [u32; 2]) -> Range<usize> {
    offsets[0] as usize..offsets[1] as usize
}

impl Quote {
    /// A quote of `source` (byte ranges into its text; `paragraph` indexes
    /// `article.paragraphs`): a statement in quotation marks, not a
    /// fragment, with no speaker, group or units yet.
    pub fn new(
        id: QuoteId,
        source: SourceId,
        inner: Range<usize>,
        outer: Range<usize>,
        sentence: Range<usize>,
        paragraph: usize,
    ) -> Self {
        Quote {
            id,
            source,
            inner: offsets(inner),
            outer: offsets(outer),
            sentence: offsets(sentence),
            paragraph: crate::ids::offset(paragraph),
            fragment: false,
            quoted: true,
            speaker: None,
            cluster: None,
            units: Box::default(),
        }
    }

    /// The quoted words, without the quotation marks: see [`Quote::span`].
    pub fn inner(&self) -> Range<usize> {
        range(self.inner)
    }

    /// The quoted words with the opening and closing marks (where present).
    pub fn outer(&self) -> Range<usize> {
        range(self.outer)
    }

    /// The sentence the quote sits in.
    pub fn sentence(&self) -> Range<usize> {
        range(self.sentence)
    }

    /// Index of the paragraph (in `article.paragraphs`) where the quote opens.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// Moves the quoted words (an edit in a test, a corpus rebuilt around them).
    pub fn set_inner(&mut self, inner: Range<usize>) {
        self.inner = offsets(inner);
    }

    /// The quoted words as a span; `quote.span().text(corpus)` is the quote's text.
    pub fn span(&self) -> Span {
        Span::new(self.source, self.inner())
    }
}

/// How a rendering relates to its group's reference rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same words, the same punctuation (after normalising quote styles and case).
    Identical,
    /// The same words; only punctuation differs.
    Punctuation,
    /// A contiguous part of the reference.
    Excerpt,
    /// Contains the whole reference and more.
    Extended,
    /// Words dropped, added or reordered, but mostly the same words.
    Edited,
    /// Largely different words for the same utterance (paraphrase, translation).
    Reworded,
}

impl Relation {
    /// The name used in JSON and shown to the user.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Identical => "identical",
            Relation::Punctuation => "punctuation",
            Relation::Excerpt => "excerpt",
            Relation::Extended => "extended",
            Relation::Edited => "edited",
            Relation::Reworded => "reworded",
        }
    }
}

/// Kind of one alignment run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpKind {
    Equal,
    Delete,
    Insert,
    Replace,
}

/// One run of a word alignment between two renderings `a` and `b`:
/// byte ranges into each rendering's quote text (its `Quote::inner` slice).
/// Concatenating the `a` ranges in order rebuilds the aligned unit of `a`
/// exactly (the whole quote when it has one unit), likewise `b`.
///
/// The ranges are kept as 32-bit offsets (20 bytes a run, not 40): at
/// 40,000 articles the groups hold 1.5 million runs. An offset past 4 GiB
/// (a quote that far into one file) saturates, and its range then slices
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlignOp {
    pub kind: OpKind,
    a: [u32; 2],
    b: [u32; 2],
}

impl AlignOp {
    pub fn new(kind: OpKind, a: Range<usize>, b: Range<usize>) -> Self {
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        AlignOp {
            kind,
            a: [offset(a.start), offset(a.end)],
            b: [offset(b.start), offset(b.end)],
        }
    }

    /// The run's bytes of rendering `a`'s quote text.
    pub fn a(&self) -> Range<usize> {
        self.a[0] as usize..self.a[1] as usize
    }

    /// The run's bytes of rendering `b`'s quote text.
    pub fn b(&self) -> Range<usize> {
        self.b[0] as usize..self.b[1] as usize
    }

    /// The same run with both ranges moved on (from a unit's frame to its
    /// quote's).
    pub fn shifted(&self, by_a: usize, by_b: usize) -> Self {
        let (a, b) = (self.a(), self.b());
        AlignOp::new(
            self.kind,
            a.start + by_a..a.end + by_a,
            b.start + by_b..b.end + by_b,
        )
    }
}

/// A rendering compared with its group's reference.
///
/// The units are kept as 32-bit offsets and the runs boxed (56 bytes a
/// pair, not 80: 330,000 pairs at 40,000 articles; `divergence` fits in
/// what was padding); read them through [`RenderingPair::a_unit`] and
/// [`RenderingPair::b_unit`].
#[derive(Debug, Clone, PartialEq)]
pub struct RenderingPair {
    /// The reference quote.
    pub a: QuoteId,
    /// The other rendering.
    pub b: QuoteId,
    a_unit: [u32; 2],
    b_unit: [u32; 2],
    pub relation: Relation,
    /// In [0, 1]: 1 for identical words.
    pub similarity: f64,
    /// How far `b` departs from the reference, as its group's divergence
    /// measures it (`group::divergence_sharing`: a fragment against the
    /// stretch it stands for): the reader opens the pair that sets the
    /// group's figure. Plain [`group::divergence`] until the grouping sets it.
    pub divergence: f32,
    pub ops: Box<[AlignOp]>,
}

impl RenderingPair {
    /// `a_unit` and `b_unit` are the units aligned: byte ranges into the
    /// sources of `a` and `b`.
    pub fn new(
        a: QuoteId,
        b: QuoteId,
        a_unit: Range<usize>,
        b_unit: Range<usize>,
        relation: Relation,
        similarity: f64,
        ops: Box<[AlignOp]>,
    ) -> Self {
        RenderingPair {
            a,
            b,
            a_unit: offsets(a_unit),
            b_unit: offsets(b_unit),
            relation,
            similarity,
            divergence: group::divergence(relation, similarity) as f32,
            ops,
        }
    }

    /// The pair with the divergence its group measured for it.
    pub fn with_divergence(mut self, divergence: f64) -> Self {
        self.divergence = divergence as f32;
        self
    }

    /// The unit of `a` aligned: a byte range into `a`'s source.
    pub fn a_unit(&self) -> Range<usize> {
        range(self.a_unit)
    }

    /// The unit of `b` aligned: a byte range into `b`'s source.
    pub fn b_unit(&self) -> Range<usize> {
        range(self.b_unit)
    }

    /// Moves the units (a hand-built group whose quotes come later).
    pub fn set_units(&mut self, a_unit: Range<usize>, b_unit: Range<usize>) {
        (self.a_unit, self.b_unit) = (offsets(a_unit), offsets(b_unit));
    }
}

/// Units of quotes that render one utterance.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub id: ClusterId,
    /// The quotes with a unit in the group (one unit each), in corpus order
    /// (source, then position).
    pub quotes: Vec<QuoteId>,
    /// The quote whose unit is the most complete, most attested rendering.
    pub reference: QuoteId,
    /// That unit: a byte range into the reference quote's source.
    pub reference_unit: Range<usize>,
    /// Sources the renderings come from, sorted, without repeats.
    pub sources: Vec<SourceId>,
    /// In [0, 1]: how differently the utterance was rendered (0: all identical).
    pub divergence: f64,
    /// One pair per non-reference member: (reference, member), aligning their units.
    pub pairs: Vec<RenderingPair>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alignment_run_keeps_its_ranges_in_20_bytes() {
        let op = AlignOp::new(OpKind::Replace, 3..9, 0..4);
        assert_eq!((op.a(), op.b()), (3..9, 0..4));
        assert_eq!(op.shifted(10, 1).a(), 13..19);
        assert_eq!(op.shifted(10, 1).b(), 1..5);
        assert_eq!(size_of::<AlignOp>(), 20);
        let far = AlignOp::new(OpKind::Equal, 0..usize::MAX, 0..0);
        assert_eq!(far.a().end, u32::MAX as usize, "saturates, never wraps");
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_rendering_pair_keeps_its_divergence_in_what_was_padding() {
        let pair = RenderingPair::new(
            QuoteId::new(0),
            QuoteId::new(1),
            0..4,
            0..2,
            Relation::Reworded,
            0.6,
            Box::new([]),
        );
        assert!((pair.divergence - 0.4).abs() < 1e-6, "plain until measured");
        assert_eq!(pair.with_divergence(0.25).divergence, 0.25);
        assert_eq!(size_of::<RenderingPair>(), 56);
    }

    #[test]
    fn a_quote_keeps_its_ranges_in_72_bytes() {
        let q = Quote::new(QuoteId::new(1), SourceId::new(2), 5..9, 4..10, 0..12, 3);
        assert_eq!((q.inner(), q.outer(), q.sentence()), (5..9, 4..10, 0..12));
        assert_eq!(q.paragraph(), 3);
        assert_eq!(q.span().range(), 5..9);
        let mut moved = q.clone();
        moved.set_inner(6..8);
        assert_eq!((moved.inner(), moved.outer()), (6..8, 4..10));
        assert_eq!(size_of::<Quote>(), 72);
    }
}
