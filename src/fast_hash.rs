//! A fast, non-cryptographic hasher for the engine's hot maps and sets: the
//! word look-ups of people finding and attribution, and grouping's maps of
//! word ids and forms.
//!
//! Every word of every content paragraph is looked up at least once, and std's
//! SipHash (built to resist hash flooding) cost more than the rest of the
//! look-up, and a third of the grouping time. The keys are fixed word lists,
//! corpus words, already hashed words or small id sequences, so flooding
//! cannot degrade these maps beyond the words themselves. This is the
//! multiply-rotate hash of rustc's `FxHasher`, over 8 bytes at a time.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub(crate) type FastSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_finds_what_was_inserted_and_nothing_else() {
        let mut set: FastSet<String> = FastSet::default();
        for w in ["minister", "aide", "a", "spokeswoman-in-chief"] {
            set.insert(w.to_string());
        }
        assert!(set.contains("minister") && set.contains("a"));
        assert!(set.contains("spokeswoman-in-chief"));
        assert!(!set.contains("ministers") && !set.contains("") && !set.contains("Aide"));
    }
}
