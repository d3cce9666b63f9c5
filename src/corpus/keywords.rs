//! Fast search for a fixed list of keywords, as paragraph classification
//! and the transcript rule need it on every short paragraph of every article.

/// Keywords shorter than this are searched one by one (`memmem`): a
/// one- or two-byte keyword ("©") would keep the skipping search below from
/// skipping at all.
const SHORT: usize = 4;

/// Buckets of the skip table: two bytes hashed to 12 bits. (Three bytes
/// to 15 bits skipped less on the transcript rule's phrases, whose windows
/// are six bytes: a window moves at most its length less the block's.)
const BUCKETS: usize = 1 << 12;

/// A fixed keyword list searched in one pass over the text instead of one
/// substring search per keyword. The pass skips (Wu–Manber): it looks at
/// the last two bytes of a window as long as the shortest keyword, and
/// moves the window as far as no keyword can end a window there; only
/// where one can, keywords are indexed by their first three bytes, so most
/// windows cost one table look-up and most bytes none.
pub(crate) struct Keywords {
    list: Vec<&'static str>,
    /// The keywords of at least [`SHORT`] bytes (bit i = `list[i]`).
    long: u64,
    /// The length of the shortest of them: the window.
    window: usize,
    /// For each hashed pair of bytes, how far the window may move when its
    /// last two bytes are that pair (0: a keyword's window ends so).
    shift: Box<[u8; BUCKETS]>,
    /// For each byte value, the keywords whose first byte it is (bit i = `list[i]`).
    first: [u64; 256],
    /// For each byte value, the keywords whose second byte it is, or that have none.
    second: [u64; 256],
    /// For each byte value, the keywords whose third byte it is, or that have none.
    third: [u64; 256],
}

/// The skip table's bucket of the byte pair `a`, `b`.
fn bucket(a: u8, b: u8) -> usize {
    (usize::from(a & 0x3f) << 6) | usize::from(b & 0x3f)
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
        let is_long = |k: &str| k.len() >= SHORT;
        let long = (list.iter().enumerate())
            .filter(|(_, k)| is_long(k))
            .fold(0u64, |mask, (i, _)| mask | 1 << i);
        let window = list.iter().filter(|k| is_long(k)).map(|k| k.len()).min();
        let window = window.unwrap_or(SHORT).min(usize::from(u8::MAX));
        let mut shift = Box::new([(window - 1) as u8; BUCKETS]);
        for k in list.iter().filter(|k| is_long(k)) {
            let head = &k.as_bytes()[..window];
            for end in 1..window {
                let s = &mut shift[bucket(head[end - 1], head[end])];
                *s = (*s).min((window - 1 - end) as u8);
            }
        }
        Keywords {
            list,
            long,
            window,
            shift,
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
    /// substring test). The search may end at the first keyword found whose
    /// bit is in `stop`: the mask is complete when it holds none of `stop`,
    /// and else holds only keywords that occur.
    pub(crate) fn found_in(&self, hay: &str, stop: u64) -> u64 {
        let bytes = hay.as_bytes();
        let mut found = 0u64;
        // The short keywords one by one (lists have one or none), from
        // where their first byte is.
        let mut short = !self.long & self.every();
        while short != 0 {
            let i = short.trailing_zeros() as usize;
            short &= short - 1;
            let k = self.list[i].as_bytes();
            let starts = |&at: &usize| bytes[at..].starts_with(k);
            if k.first()
                .is_some_and(|&b| memchr::memchr_iter(b, bytes).any(|at| starts(&at)))
            {
                found |= 1 << i;
                if found & stop != 0 {
                    return found;
                }
            }
        }
        let window = self.window;
        // `end` is the window's last byte; a window at `at` starts a keyword
        // only if its last two bytes are a pair some keyword's window ends
        // on (shift 0), and every other shift passes no keyword's start.
        let mut end = window - 1;
        while end < bytes.len() {
            let s = self.shift[bucket(bytes[end - 1], bytes[end])];
            if s != 0 {
                end += usize::from(s);
                continue;
            }
            let at = end + 1 - window;
            let mask = self.first[usize::from(bytes[at])]
                & self.second[usize::from(bytes[at + 1])]
                & self.third[usize::from(bytes[at + 2])]
                & self.long
                & !found;
            if mask != 0 && self.confirm(bytes, at, mask, &mut found, stop) {
                return found;
            }
            end += 1;
        }
        found
    }

    /// The bits of every keyword of the list.
    fn every(&self) -> u64 {
        u64::MAX
            .checked_shr(64 - self.list.len() as u32)
            .unwrap_or(0)
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

    proptest::proptest! {
        /// Keywords of every length, overlapping and sharing their heads
        /// and tails, are found as a substring search finds them, in text
        /// over a small alphabet (so they occur often, at any offset).
        #[test]
        fn skipping_search_matches_substring_search(
            hay in "[abc é]{0,60}",
            keys in proptest::collection::vec("[abc é]{1,7}", 1..12),
        ) {
            let list: Vec<&'static str> =
                keys.into_iter().map(|k| &*Box::leak(k.into_boxed_str())).collect();
            let keywords = Keywords::new(list.clone());
            let contained = (list.iter().enumerate())
                .filter(|(_, k)| hay.contains(*k))
                .fold(0u64, |mask, (i, _)| mask | 1 << i);
            proptest::prop_assert_eq!(keywords.found_in(&hay, 0), contained);
            let stopped = keywords.found_in(&hay, !0);
            proptest::prop_assert_eq!(stopped & !contained, 0);
            proptest::prop_assert_eq!(stopped != 0, contained != 0);
        }
    }
}
