//! Lookups in the article's person mentions (sorted by position): the
//! mention in, at, covering or ending at a span, and the first or last one
//! that can be a subject.

use std::ops::Range;

use super::Context;
use crate::ids::PersonId;
use crate::quotes::attribute::words::genitive;

impl Context<'_> {
    /// Whether a person mention ends at byte `end`.
    pub(super) fn mention_ending_at(&self, end: usize) -> bool {
        self.mention_ended_at(end).is_some()
    }

    /// The person mention that ends at byte `end`, with its range.
    pub(super) fn mention_ended_at(&self, end: usize) -> Option<&(Range<usize>, PersonId)> {
        let i = self.mentions.partition_point(|(r, _)| r.end < end);
        self.mentions.get(i).filter(|(r, _)| r.end == end)
    }

    pub(super) fn mention_in(&self, range: Range<usize>) -> Option<PersonId> {
        self.mention_within(range).map(|(_, p)| *p)
    }

    /// The first mention starting in `range`, if it ends there too.
    pub(super) fn mention_within(&self, range: Range<usize>) -> Option<&(Range<usize>, PersonId)> {
        let i = self
            .mentions
            .partition_point(|(r, _)| r.start < range.start);
        self.mentions.get(i).filter(|(r, _)| r.end <= range.end)
    }

    pub(super) fn last_mention_in(&self, range: Range<usize>) -> Option<(usize, PersonId)> {
        let i = self.mentions.partition_point(|(r, _)| r.start < range.end);
        i.checked_sub(1)
            .and_then(|j| self.mentions.get(j))
            .filter(|(r, _)| r.start >= range.start && r.end <= range.end)
            .map(|(r, p)| (r.start, *p))
    }

    /// The mention that starts within `range` (it may run past it).
    pub(super) fn mention_starting_in(&self, range: Range<usize>) -> Option<PersonId> {
        self.mention_starting_within(range).map(|(_, p)| *p)
    }

    /// [`Self::mention_starting_in`], with the mention's range.
    pub(super) fn mention_starting_within(
        &self,
        range: Range<usize>,
    ) -> Option<&(Range<usize>, PersonId)> {
        let i = self
            .mentions
            .partition_point(|(r, _)| r.start < range.start);
        self.mentions.get(i).filter(|(r, _)| r.start < range.end)
    }

    /// The mention that covers byte `at` ("Lopez" of "Maria Lopez’s").
    pub(super) fn mention_covering(&self, at: usize) -> Option<PersonId> {
        let i = self.mentions.partition_point(|(r, _)| r.start <= at);
        let (r, p) = self.mentions.get(i.checked_sub(1)?)?;
        (r.end > at).then_some(*p)
    }

    /// The mention starting at `at` (a title may precede the name by one
    /// word), with its range.
    pub(super) fn mention_at(&self, at: usize) -> Option<(Range<usize>, PersonId)> {
        let i = self.mentions.partition_point(|(r, _)| r.start < at);
        let (r, p) = self.mentions.get(i)?;
        let gap = self.text.get(at..r.start)?;
        (gap.split_whitespace().count() <= 1).then(|| (r.clone(), *p))
    }

    pub(super) fn first_mention_in(&self, range: Range<usize>) -> Option<(usize, PersonId)> {
        let i = self
            .mentions
            .partition_point(|(r, _)| r.start < range.start);
        let within = self.mentions[i..]
            .iter()
            .take_while(|(r, _)| r.end <= range.end);
        self.subject_among(within)
    }

    /// The last mention in `range` that can be a subject: not a possessor
    /// ("Y's efforts").
    pub(super) fn last_subject_mention_in(&self, range: Range<usize>) -> Option<(usize, PersonId)> {
        let i = self.mentions.partition_point(|(r, _)| r.start < range.end);
        let within = self.mentions[..i]
            .iter()
            .rev()
            .take_while(|(r, _)| r.start >= range.start)
            .filter(|(r, _)| r.end <= range.end);
        self.subject_among(within)
    }

    /// Of `mentions`, in the order searched, the first that can be a
    /// subject (neither a possessor nor governed), preferring one not in
    /// the genitive; with where it starts.
    fn subject_among<'m>(
        &self,
        mentions: impl Iterator<Item = &'m (Range<usize>, PersonId)> + Clone,
    ) -> Option<(usize, PersonId)> {
        let subjects = mentions.filter(|(r, _)| !self.possessed(r) && !self.governed(r));
        subjects
            .clone()
            .find(|(r, _)| !genitive(self.text, r.start))
            .or_else(|| subjects.clone().next())
            .map(|(r, p)| (r.start, *p))
    }
}
