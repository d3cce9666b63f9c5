//! A form's words in order and the order that sorts them, in one
//! allocation: the sorted bag (repeats kept) is read by index through the
//! order, not held as a second copy of the words.
//!
//! The forms live through all of grouping, and a copy of their words sorted
//! was about 7 MB of its memory peak at 10,000 articles. A form of at most
//! [`BYTE_ORDER_MAX`] words (nearly all: a unit is a sentence) keeps its
//! order as one byte per word, four to a slot; a longer one keeps one slot
//! per word. The slice's length tells the two apart ([`words_len`]).

use std::ops::Index;

use super::forms::WordId;

/// The most words whose order is kept as bytes (a byte indexes 256 words).
const BYTE_ORDER_MAX: usize = 256;
/// The packed length of a form of [`BYTE_ORDER_MAX`] words, the longest of
/// byte orders; a longer form takes at least `2 * (BYTE_ORDER_MAX + 1)`.
const BYTE_PACKED_MAX: usize = BYTE_ORDER_MAX + BYTE_ORDER_MAX / 4;

/// Slots the order of `n` words takes.
fn order_len(n: usize) -> usize {
    if n <= BYTE_ORDER_MAX {
        n.div_ceil(4)
    } else {
        n
    }
}

/// The words of a packed slice of length `len`: `n + ceil(n / 4)` for a
/// byte order (with `n = 4k + r`, `len - ceil(len / 5)` gives back `n`),
/// `2n` for a slot order.
pub fn words_len(len: usize) -> usize {
    if len <= BYTE_PACKED_MAX {
        len - len.div_ceil(5)
    } else {
        len / 2
    }
}

/// `words` followed by room for their order, to fill with [`sort`].
/// Sized exactly: growing `words` in place would leave the allocator a
/// block twice its length, which it keeps when the box is shrunk.
pub fn unsorted(words: &[WordId]) -> Box<[WordId]> {
    let n = words.len();
    let mut packed = Vec::with_capacity(n + order_len(n));
    packed.extend_from_slice(words);
    packed.resize(n + order_len(n), 0);
    packed.into_boxed_slice()
}

/// Fills the order of a packed slice from its words.
pub fn sort(packed: &mut [WordId]) {
    let n = words_len(packed.len());
    let (words, order) = packed.split_at_mut(n);
    let mut by_word: Vec<u32> = (0..n as u32).collect();
    by_word.sort_unstable_by_key(|&i| words[i as usize]);
    if n <= BYTE_ORDER_MAX {
        order.fill(0);
        for (k, &i) in by_word.iter().enumerate() {
            order[k / 4] |= i << (8 * (k % 4));
        }
    } else {
        order.copy_from_slice(&by_word);
    }
}

/// A form's words sorted, repeats kept, read through their order: indexed
/// and searched as the sorted slice it stands for.
#[derive(Clone, Copy)]
pub struct Sorted<'a> {
    words: &'a [WordId],
    order: &'a [WordId],
}

impl<'a> Sorted<'a> {
    /// The sorted view of a packed slice filled by [`sort`].
    pub fn of(packed: &'a [WordId]) -> Sorted<'a> {
        let (words, order) = packed.split_at(words_len(packed.len()));
        Sorted { words, order }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The `k`th word in sorted order.
    #[inline]
    fn at(&self, k: usize) -> &'a WordId {
        let i = if self.words.len() <= BYTE_ORDER_MAX {
            (self.order[k / 4] >> (8 * (k % 4))) & 0xff
        } else {
            self.order[k]
        };
        &self.words[i as usize]
    }

    pub fn iter(self) -> impl Iterator<Item = &'a WordId> {
        (0..self.len()).map(move |k| self.at(k))
    }

    /// The sorted words into `out` (cleared first), read in one pass.
    pub fn copy_into(self, out: &mut Vec<WordId>) {
        out.clear();
        let (n, words) = (self.words.len(), self.words);
        if n <= BYTE_ORDER_MAX {
            // Slot `k / 4` holds order byte `k` at bits `8 * (k % 4)`: its
            // little-endian bytes, in order. Four words a slot, pushed
            // together (every link's evidence reads two bags so).
            out.reserve(n);
            let (full, partial) = self.order.split_at(n / 4);
            let word = |i: u8| words[usize::from(i)];
            for slot in full {
                let [a, b, c, d] = slot.to_le_bytes();
                out.extend_from_slice(&[word(a), word(b), word(c), word(d)]);
            }
            if let Some(slot) = partial.first() {
                out.extend(slot.to_le_bytes()[..n % 4].iter().map(|&i| word(i)));
            }
        } else {
            out.extend(self.order.iter().map(|&i| words[i as usize]));
        }
    }

    /// As [`slice::binary_search`] on the sorted words.
    pub fn binary_search(&self, w: &WordId) -> Result<usize, usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.at(mid).cmp(w) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }
}

impl Index<usize> for Sorted<'_> {
    type Output = WordId;

    fn index(&self, k: usize) -> &WordId {
        self.at(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_copy(words: &[WordId]) -> Vec<WordId> {
        let mut packed = unsorted(words);
        sort(&mut packed);
        assert_eq!(&packed[..words_len(packed.len())], words);
        let sorted = Sorted::of(&packed);
        let mut copied = Vec::new();
        sorted.copy_into(&mut copied);
        assert_eq!(copied, sorted.iter().copied().collect::<Vec<_>>());
        copied
    }

    #[test]
    fn every_length_reads_back_its_words_and_their_sorted_bag() {
        // Both sides of the byte order's limit, and the lengths around
        // each multiple of four.
        for n in (0..=12).chain(250..=262).chain([1_000]) {
            let words: Vec<WordId> = (0..n as u32).map(|i| (i * 7_919 + 3) % 97).collect();
            let mut expected = words.clone();
            expected.sort_unstable();
            assert_eq!(sorted_copy(&words), expected, "{n} words");
        }
    }

    #[test]
    fn the_sorted_view_searches_like_a_slice() {
        let mut packed = unsorted(&[40, 10, 30, 10, 20]);
        sort(&mut packed);
        let sorted = Sorted::of(&packed);
        assert_eq!(sorted.len(), 5);
        assert_eq!((sorted[0], sorted[4]), (10, 40));
        assert!(sorted.binary_search(&30).is_ok());
        assert_eq!(sorted.binary_search(&25), Err(3));
        assert_eq!(sorted.binary_search(&50), Err(5));
    }
}
