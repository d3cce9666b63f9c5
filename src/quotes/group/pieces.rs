//! Forms made while grouping, after [`Forms::build`]: a piece cut from a
//! form ([`super::cuts`]), copies parted from the form they share with
//! other copies (echoes, voices, titled slogans).

use std::ops::Range;

use crate::fast_hash::FastSet;

use super::forms::{FormId, Forms, UnitIdx};

impl Forms {
    /// Adds the form of a piece cut from form `of` (its words `span`),
    /// with the piece's `units` ([`super::cuts`]): the words, speakers and
    /// person of the form it was cut from; weighed with the corpus' weights.
    pub fn add_piece(&mut self, of: FormId, span: Range<usize>, units: Vec<UnitIdx>) -> FormId {
        let mut piece = self.forms[of].piece(span, &self.idf);
        piece.units = units.into_boxed_slice();
        let (person, question) = (self.person.get(of), self.question.get(of));
        let (person, question) = (
            person.copied().unwrap_or(0),
            question.copied().unwrap_or(false),
        );
        self.forms.push(piece);
        self.person.push(person);
        self.question.push(question);
        self.forms.len() - 1
    }

    /// Takes the units in `cut` out of form `f`; how many it keeps.
    pub fn remove_units(&mut self, f: FormId, cut: &FastSet<UnitIdx>) -> usize {
        let form = &mut self.forms[f];
        let kept: Vec<UnitIdx> = form
            .units
            .iter()
            .copied()
            .filter(|u| !cut.contains(u))
            .collect();
        form.units = kept.into_boxed_slice();
        form.units.len()
    }

    /// Takes the copies `units` out of form `f` into a form of their own
    /// (the same words, in no group yet); its id.
    pub fn part_copies(&mut self, f: FormId, units: Vec<UnitIdx>) -> FormId {
        let gone: FastSet<UnitIdx> = units.iter().copied().collect();
        self.remove_units(f, &gone);
        let len = self.forms[f].words().len();
        self.add_piece(f, 0..len, units)
    }
}
