//! Fast search for a fixed list of keywords, as paragraph classification
//! and the transcript rule need it on every short paragraph of every article.

/// A fixed keyword list searched in one pass over the text instead of one
/// substring search per keyword: keywords are indexed by their first two
/// bytes (and a third, so that a common pair like "re" or "co" rarely gets
/// as far as a comparison): most positions cost a table look-up or two.
pub(crate) struct Keywords {
    list: Vec<&'static str>,
    /// For each byte value, the keywords whose first byte it is (bit i = `list[i]`).
    first: [u64; 256],
    /// For each byte value, the keywords whose second byte it is, or that have none.
    second: [u64; 256],
    /// For each byte value, the keywords whose third byte it is, or that have none.
    third: [u64; 256],
}

impl Keywords {
    pub(crate) fn new(list: Vec<&'static str>) -> Self {
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
    #[cfg(test)]
    pub(super) fn any_in(&self, hay: &str) -> bool {
        self.found_in(hay, !0) != 0
    }

    /// The keywords that occur in `hay` (bit i = `list[i]`, a byte-wise
    /// substring test), in one pass; the pass stops at the first keyword
    /// found whose bit is in `stop`, so the mask is complete only when none is.
    pub(crate) fn found_in(&self, hay: &str, stop: u64) -> u64 {
        let bytes = hay.as_bytes();
        let mut found = 0u64;
        // Where two bytes follow, the three look-ups are made without a
        // branch between them: common letters begin some keyword, so a test
        // after each look-up was a branch the processor often mispredicted.
        for (at, w) in bytes.windows(3).enumerate() {
            let mask = self.first[usize::from(w[0])]
                & self.second[usize::from(w[1])]
                & self.third[usize::from(w[2])]
                & !found;
            if mask != 0 && self.confirm(bytes, at, mask, &mut found, stop) {
                return found;
            }
        }
        // The last two positions: past the end, only shorter keywords can still match.
        for at in bytes.len().saturating_sub(2)..bytes.len() {
            let next = |k: usize, table: &[u64; 256]| {
                bytes.get(at + k).map_or(!0, |&n| table[usize::from(n)])
            };
            let mask = self.first[usize::from(bytes[at])]
                & next(1, &self.second)
                & next(2, &self.third)
                & !found;
            if mask != 0 && self.confirm(bytes, at, mask, &mut found, stop) {
                return found;
            }
        }
        found
    }

    /// Adds to `found` the keywords of `mask` that start at `at`; whether
    /// one of them is in `stop` (the search ends there).
    fn confirm(&self, bytes: &[u8], at: usize, mut mask: u64, found: &mut u64, stop: u64) -> bool {
        while mask != 0 {
            let i = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if bytes[at..].starts_with(self.list[i].as_bytes()) {
                *found |= 1 << i;
                if *found & stop != 0 {
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
            let keywords = Keywords::new(list.to_vec());
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

    #[test]
    fn short_keywords_are_found_at_the_very_end() {
        // One- and two-byte keywords and a three-byte one, in haystacks
        // shorter than three bytes and at their last positions.
        let list = vec!["x", "yz", "é", "abc"];
        let keywords = Keywords::new(list.clone());
        for hay in [
            "", "x", "zx", "yz", "ayz", "é", "aé", "ab", "abc", "zabc", "xab",
        ] {
            let contained = (list.iter().enumerate())
                .filter(|(_, k)| hay.contains(*k))
                .fold(0u64, |mask, (i, _)| mask | 1 << i);
            assert_eq!(keywords.found_in(hay, 0), contained, "{hay:?}");
        }
    }

    #[test]
    fn found_keywords_are_those_contained_until_a_stop() {
        let hay = "photo: getty images; all rights reserved (photo by x) ©";
        let list: Vec<&str> = [CAPTION_MARKERS, FOOTER_MARKERS].concat();
        let keywords = Keywords::new(list.clone());
        let contained = |h: &str| {
            (list.iter().enumerate())
                .filter(|(_, m)| h.contains(*m))
                .fold(0u64, |mask, (i, _)| mask | 1 << i)
        };
        for start in 0..hay.len() {
            let Some(h) = hay.get(start..) else { continue };
            assert_eq!(keywords.found_in(h, 0), contained(h), "{h:?}");
            // Stopping at a keyword still reports it, and only keywords seen.
            let stopped = keywords.found_in(h, !0);
            assert_eq!(stopped & !contained(h), 0, "{h:?}");
            assert_eq!(stopped != 0, contained(h) != 0, "{h:?}");
        }
    }
}
