//! One form's partner scores during candidate search, in a small hash table.
//!
//! The search adds each posting entry's weight into its partner's score. A
//! dense array indexed by form (4 bytes a form and thread) outgrows the
//! core's cache at 10,000 articles, and every entry was a load and a store
//! to a random place in it: the search ran at a tenth of the speed its
//! instruction count allows. A form scans at most a few thousand entries,
//! so a table sized to them (twice their number, open addressing) stays in
//! the first-level cache, and cleaning it costs as much as the scan did.

/// A slot no form holds: form ids are below the number of forms, which
/// `u32` ids never reach.
const EMPTY: u32 = u32::MAX;

/// Scores by form id, for one form's search at a time. Slots are handed out
/// as `u32` indices, so a form's partners are read back without probing.
/// Between searches every slot is empty: [`PartnerScores::clear`] empties
/// the slots a search used, so the table's size may change from form to form.
#[derive(Default)]
pub struct PartnerScores {
    /// `(form, score)`; the first `mask + 1` are the current table.
    slots: Vec<(u32, f32)>,
    mask: usize,
    /// `32 - log2(table size)`: the hash keeps the product's top bits.
    shift: u32,
}

impl PartnerScores {
    /// Sizes the (empty) table for up to `entries` distinct forms.
    pub fn start(&mut self, entries: usize) {
        let size = (entries * 2).next_power_of_two().max(16);
        if self.slots.len() < size {
            self.slots.resize(size, (EMPTY, 0.0));
        }
        self.mask = size - 1;
        self.shift = 32 - size.trailing_zeros();
    }

    /// The slot of `g`, and whether it is new (its score 0.0). Fibonacci
    /// hashing, so consecutive form ids (the posting lists are ascending)
    /// spread over the table. At most as many forms as
    /// [`PartnerScores::start`] was sized for.
    pub fn slot(&mut self, g: u32) -> (u32, bool) {
        let mut at = (g.wrapping_mul(0x9E37_79B9) >> self.shift) as usize;
        loop {
            match self.slots[at].0 {
                key if key == g => return (at as u32, false),
                EMPTY => {
                    self.slots[at].0 = g;
                    return (at as u32, true);
                }
                _ => at = (at + 1) & self.mask,
            }
        }
    }

    /// Adds `w` to the score of the form in `slot`.
    pub fn add(&mut self, slot: u32, w: f32) {
        self.slots[slot as usize].1 += w;
    }

    /// The form in `slot`.
    pub fn form(&self, slot: u32) -> u32 {
        self.slots[slot as usize].0
    }

    /// The score of the form in `slot`.
    pub fn score(&self, slot: u32) -> f32 {
        self.slots[slot as usize].1
    }

    /// Empties `used`, every slot the search was given.
    pub fn clear(&mut self, used: &[u32]) {
        for &at in used {
            self.slots[at as usize] = (EMPTY, 0.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_add_up_per_form_and_clear_empties_them() {
        let mut s = PartnerScores::default();
        s.start(40);
        // Consecutive ids and ids that share low bits both land apart.
        let mut used = Vec::new();
        for g in (0..40).map(|i| i * 1024) {
            let (slot, new) = s.slot(g);
            assert!(new);
            used.push(slot);
            s.add(slot, 1.0);
            let (again, new) = s.slot(g);
            assert_eq!((again, new), (slot, false));
            s.add(again, 0.5);
        }
        assert_eq!(s.form(used[1]), 1024);
        assert_eq!(s.score(used[39]), 1.5);
        s.clear(&used);
        s.start(3);
        let (slot, new) = s.slot(1024);
        assert!(new);
        assert_eq!(s.score(slot), 0.0);
    }
}
