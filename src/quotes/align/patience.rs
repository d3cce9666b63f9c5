//! The Patience diff of two token key sequences, as `similar` 3.2's
//! `capture_diff_slices(Algorithm::Patience, ..)` computes it, with its
//! anchors (keys that occur once on their side) found by a plain hash map.
//!
//! `similar` hashes every token with SipHash to find the anchors (40 % of
//! the diff's instructions); our keys are hashes already. Only the
//! anchor search is ours: its Myers diff (between the anchors and over
//! them), its `Replace` and `Compact` passes are `similar`'s own, called the
//! way its Patience driver calls them, so the ops are the same
//! (`matches_similar` checks it against `similar` itself).

use std::cell::RefCell;
use std::convert::Infallible;

use similar::algorithms::{Capture, Compact, DiffHook, NoFinishHook, Replace, myers};
use similar::{Algorithm, DiffOp, capture_diff_slices};

/// `similar` tries a near-disjoint fast path before Patience only when both
/// sides have at least this many tokens (its `DISJOINT_FAST_PATH_MIN_LEN`):
/// such inputs (no quotation is that long) are left to `similar` whole.
const SIMILAR_PREFLIGHT_MIN_LEN: usize = 512;

/// The ops `capture_diff_slices(Algorithm::Patience, old, new)` gives.
pub fn patience_ops(old: &[u64], new: &[u64]) -> Vec<DiffOp> {
    if old.len() >= SIMILAR_PREFLIGHT_MIN_LEN && new.len() >= SIMILAR_PREFLIGHT_MIN_LEN {
        return capture_diff_slices(Algorithm::Patience, old, new);
    }
    let mut d = Compact::new(Replace::new(Capture::new()), old, new);
    let Ok(()) = patience(&mut d, old, new);
    d.into_inner().into_inner().into_ops()
}

/// `similar`'s `patience::diff_deadline` without a deadline, for inputs its
/// preflight does not scan.
fn patience<D: DiffHook<Error = Infallible>>(
    d: &mut D,
    old: &[u64],
    new: &[u64],
) -> Result<(), Infallible> {
    // A one-sided input has no anchors.
    if old.is_empty() || new.is_empty() {
        if !new.is_empty() {
            d.insert(0, 0, new.len())?;
        } else if !old.is_empty() {
            d.delete(0, old.len(), 0)?;
        }
        return d.finish();
    }
    if old == new {
        d.equal(0, 0, old.len())?;
        return d.finish();
    }
    let (old_unique, new_unique) = (unique(old), unique(new));
    let old_keys: Vec<u64> = old_unique.iter().map(|&i| old[i]).collect();
    let new_keys: Vec<u64> = new_unique.iter().map(|&i| new[i]).collect();
    let mut anchors = Replace::new(Anchors {
        d,
        old,
        new,
        old_unique: &old_unique,
        new_unique: &new_unique,
        old_current: 0,
        new_current: 0,
    });
    // Myers over the unique keys: its equal runs are the anchors.
    myers::diff_deadline(
        &mut anchors,
        &old_keys[..],
        0..old_keys.len(),
        &new_keys[..],
        0..new_keys.len(),
        None,
    )
}

/// The positions of the keys that occur once in `keys`, ascending (what
/// `similar`'s `unique` returns, found without SipHash).
fn unique(keys: &[u64]) -> Vec<usize> {
    // Kept per thread: this runs twice per rendering compared.
    thread_local! {
        static TABLE: RefCell<KeyCounts> = RefCell::new(KeyCounts::default());
    }
    TABLE.with_borrow_mut(|table| table.unique(keys))
}

/// Whether each key of a sequence repeats, in an open-addressing table
/// indexed by the keys' own bits: the keys are 64-bit hashes of folded
/// words already, so hashing them again (as a `HashMap` does, with its
/// control bytes and two look-ups per key) only costs instructions.
#[derive(Default)]
struct KeyCounts {
    /// Per slot: the key and how often it occurs (0: empty, 1: once, 2: more).
    slots: Vec<(u64, u8)>,
    /// Per position of the sequence: its key's slot.
    slot_of: Vec<u32>,
}

impl KeyCounts {
    fn unique(&mut self, keys: &[u64]) -> Vec<usize> {
        // At most half full, so a probe ends soon at an empty slot.
        let size = (2 * keys.len()).next_power_of_two().max(2);
        let mask = size - 1;
        self.slots.clear();
        self.slots.resize(size, (0, 0));
        self.slot_of.clear();
        self.slot_of.reserve(keys.len());
        for &k in keys {
            // Fibonacci hashing spreads keys whose low bits agree.
            let mut at = (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask;
            loop {
                let slot = &mut self.slots[at];
                if slot.1 == 0 {
                    *slot = (k, 1);
                    break;
                }
                if slot.0 == k {
                    slot.1 = 2;
                    break;
                }
                at = (at + 1) & mask;
            }
            self.slot_of.push(at as u32);
        }
        // Sized once: collected from a filter, the list would grow from
        // empty by reallocating (a few times for a sentence's ~20 keys).
        let mut once = Vec::with_capacity(keys.len());
        once.extend(
            (self.slot_of.iter().enumerate())
                .filter(|&(_, &at)| self.slots[at as usize].1 == 1)
                .map(|(i, _)| i),
        );
        once
    }
}

/// `similar`'s Patience hook: each anchor (a pair of unique keys matched
/// by the Myers diff over them) extends the equal run before it, and the
/// tokens between anchors are diffed by Myers.
struct Anchors<'a, D> {
    d: &'a mut D,
    old: &'a [u64],
    new: &'a [u64],
    old_unique: &'a [usize],
    new_unique: &'a [usize],
    old_current: usize,
    new_current: usize,
}

impl<D: DiffHook<Error = Infallible>> DiffHook for Anchors<'_, D> {
    type Error = Infallible;

    fn equal(&mut self, old: usize, new: usize, len: usize) -> Result<(), Infallible> {
        for (old, new) in (old..old + len).zip(new..new + len) {
            let (a0, b0) = (self.old_current, self.new_current);
            let (old_anchor, new_anchor) = (self.old_unique[old], self.new_unique[new]);
            while self.old_current < old_anchor
                && self.new_current < new_anchor
                && self.new[self.new_current] == self.old[self.old_current]
            {
                self.old_current += 1;
                self.new_current += 1;
            }
            if self.old_current > a0 {
                self.d.equal(a0, b0, self.old_current - a0)?;
            }
            // Most anchors follow the equal run before them: nothing lies
            // between, and Myers over two empty ranges emits nothing (its
            // finish is not passed on), so it is not called for them.
            if self.old_current < old_anchor || self.new_current < new_anchor {
                let mut no_finish = NoFinishHook::new(&mut self.d);
                myers::diff_deadline(
                    &mut no_finish,
                    self.old,
                    self.old_current..old_anchor,
                    self.new,
                    self.new_current..new_anchor,
                    None,
                )?;
            }
            self.old_current = old_anchor;
            self.new_current = new_anchor;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Infallible> {
        myers::diff_deadline(
            self.d,
            self.old,
            self.old_current..self.old.len(),
            self.new,
            self.new_current..self.new.len(),
            None,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn similar_ops(old: &[u64], new: &[u64]) -> Vec<DiffOp> {
        capture_diff_slices(Algorithm::Patience, old, new)
    }

    #[test]
    fn edge_cases_match_similar() {
        let cases: [(&[u64], &[u64]); 7] = [
            (&[], &[]),
            (&[], &[1, 2]),
            (&[1, 2], &[]),
            (&[1, 2, 3], &[1, 2, 3]),
            (&[1, 1, 0, 0], &[0, 1, 1, 0]),
            (
                &[11, 1, 2, 2, 3, 4, 4, 4, 5, 47, 19],
                &[10, 1, 2, 2, 8, 9, 4, 4, 7, 47, 18],
            ),
            (&[1, 2, 3, 4], &[1, 2, 3]),
        ];
        for (old, new) in cases {
            assert_eq!(
                patience_ops(old, new),
                similar_ops(old, new),
                "{old:?} {new:?}"
            );
        }
    }

    /// The keys occurring once, by counting: what [`unique`] must give.
    fn unique_by_counting(keys: &[u64]) -> Vec<usize> {
        (0..keys.len())
            .filter(|&i| keys.iter().filter(|&&k| k == keys[i]).count() == 1)
            .collect()
    }

    #[test]
    fn unique_keys_survive_colliding_slots() {
        // Keys equal in their high bits share a first slot (the table
        // probes on), 0 is a key like any other, and the table is reused.
        let keys: Vec<u64> = vec![0, 1 << 40, 0, 2 << 40, 3 << 40, 1 << 40, 7, 0];
        assert_eq!(unique(&keys), unique_by_counting(&keys));
        assert_eq!(unique(&keys), [3, 4, 6]);
        assert_eq!(unique(&[5]), [0]);
        assert!(unique(&[]).is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// The same ops as `similar`'s Patience diff: small alphabets give
        /// repeated keys (no anchors, Myers only), large ones many anchors;
        /// `new` is an edit of `old`, as renderings are.
        #[test]
        fn matches_similar(
            old in proptest::collection::vec(0u64..1000, 0..120),
            alphabet in 2u64..200,
            edits in proptest::collection::vec((0usize..120, 0u8..3, 0u64..1000), 0..12),
        ) {
            let old: Vec<u64> = old.iter().map(|x| x % alphabet).collect();
            let mut new = old.clone();
            for (at, kind, x) in edits {
                let at = at.min(new.len());
                match kind {
                    0 => new.insert(at, x % alphabet),
                    1 if at < new.len() => { new.remove(at); }
                    _ if at < new.len() => new[at] = x % alphabet,
                    _ => new.push(x % alphabet),
                }
            }
            prop_assert_eq!(patience_ops(&old, &new), similar_ops(&old, &new));
            prop_assert_eq!(patience_ops(&new, &old), similar_ops(&new, &old));
        }

        /// [`unique`] keeps exactly the keys that occur once, in order.
        #[test]
        fn unique_matches_counting(
            keys in proptest::collection::vec(0u64..64, 0..200),
            shift in 0u32..60,
        ) {
            // Shifted small keys collide in the table's first slots.
            let keys: Vec<u64> = keys.iter().map(|k| k << shift).collect();
            prop_assert_eq!(unique(&keys), unique_by_counting(&keys));
        }
    }
}
