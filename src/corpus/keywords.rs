//! Fast search for a fixed list of keywords, as paragraph classification
//! needs it on every short paragraph of every article.

/// A fixed keyword list searched in one pass over the text instead of one
/// substring search per keyword: keywords are indexed by their first two
/// bytes (and a third, so that a common pair like "re" or "co" rarely gets
/// as far as a comparison): most positions cost a table look-up or two.
pub(super) struct Keywords {
    list: &'static [&'static str],
    /// For each byte value, the keywords whose first byte it is (bit i = `list[i]`).
    first: [u64; 256],
    /// For each byte value, the keywords whose second byte it is, or that have none.
    second: [u64; 256],
    /// For each byte value, the keywords whose third byte it is, or that have none.
    third: [u64; 256],
}

impl Keywords {
    pub(super) fn new(list: &'static [&'static str]) -> Self {
        assert!(list.len() <= 64, "keyword lists fit a 64-bit mask");
        let mut first = [0u64; 256];
        let mut second = [0u64; 256];
        let mut third = [0u64; 256];
        for (i, k) in list.iter().enumerate() {
            let bit = 1u64 << i;
            match k.as_bytes() {
                [] => {}
                [a] => {
                    first[usize::from(*a)] |= bit;
                    second.iter_mut().for_each(|m| *m |= bit);
                    third.iter_mut().for_each(|m| *m |= bit);
                }
                [a, b] => {
                    first[usize::from(*a)] |= bit;
                    second[usize::from(*b)] |= bit;
                    third.iter_mut().for_each(|m| *m |= bit);
                }
                [a, b, c, ..] => {
                    first[usize::from(*a)] |= bit;
                    second[usize::from(*b)] |= bit;
                    third[usize::from(*c)] |= bit;
                }
            }
        }
        Keywords {
            list,
            first,
            second,
            third,
        }
    }

    /// Whether any keyword occurs in `hay` (a byte-wise substring test, as `str::contains`).
    pub(super) fn any_in(&self, hay: &str) -> bool {
        let bytes = hay.as_bytes();
        for (at, &b) in bytes.iter().enumerate() {
            let mut mask = self.first[usize::from(b)];
            if mask == 0 {
                continue;
            }
            // Past the end, only shorter keywords can still match.
            let next = |k: usize, table: &[u64; 256]| {
                bytes.get(at + k).map_or(!0, |&n| table[usize::from(n)])
            };
            mask &= next(1, &self.second);
            if mask == 0 {
                continue;
            }
            mask &= next(2, &self.third);
            while mask != 0 {
                let i = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                if bytes[at..].starts_with(self.list[i].as_bytes()) {
                    return true;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::classify::{CAPTION_MARKERS, FOOTER_MARKERS};

    #[test]
    fn keyword_search_matches_substring_search() {
        let hay = "a photo by x; ©2024 all rights reserved, getty images, (photo ©";
        for list in [CAPTION_MARKERS, FOOTER_MARKERS] {
            let keywords = Keywords::new(list);
            for start in 0..hay.len() {
                let Some(h) = hay.get(start..) else { continue };
                assert_eq!(
                    keywords.any_in(h),
                    list.iter().any(|m| h.contains(m)),
                    "{h:?}"
                );
            }
        }
    }
}
