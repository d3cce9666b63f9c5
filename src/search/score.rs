//! skim v2's fuzzy score, computed only where the query's chars occur.
//!
//! fuzzy-matcher's `SkimMatcherV2::fuzzy` fills a (query × text) matrix per
//! call, after decoding the text into chars and allocating its caches: about
//! 10 µs for a query of eight letters against a sentence. A query that
//! loosely matches tens of thousands of sentences ("very grt") then costs
//! hundreds of milliseconds a keystroke. The score only changes where a
//! query char matches, so this module runs the same recurrence in one pass
//! over the text, touching only the (query char, text char) pairs that
//! match, with no allocation per call.
//!
//! The model is exactly skim's, as fuzzy-matcher 0.3.7 computes it with
//! positions on a fresh matcher (`fuzzy(text, query, true)`), with matrix
//! column `c` standing for text char `c - 1`:
//!
//! ```text
//! B[c]    = in-place bonus of char c-1 after char c-2 (doubled for c = 1)
//! M[i][c] = 16 - 2·[case differs] + max(M[i-1][c-1] + max(B[c], 4),
//!                                       P[i-1][c-1] + B[c])
//! P[i][c] = max(M[i][c-1] - 4, P[i][c-1] - 1)   (P[0][c] = -1)
//!         = max over c' < c of (M[i][c'] + c') - 3 - c
//! score   = max over c of M[m][c]
//! ```
//!
//! (fuzzy-matcher's scoring without positions reuses two matrix rows and
//! reads a stale "carried bonus" from two rows up, so its scores depend on
//! the text in ways the model above does not; the palette shows positions,
//! so it ranks by the scores that go with them.) A test checks the two
//! agree on arbitrary text.

use fuzzy_matcher::skim::SkimMatcherV2;

use super::bound::{class, in_place};

const SCORE_MATCH: i32 = 16;
const CASE_PENALTY: i32 = 2;
const CONSECUTIVE: i32 = 4;
/// Below any real score: a text of n chars scores at least -(n + 4·m).
const NONE: i32 = i32::MIN / 4;
/// Queries longer than this are scored by fuzzy-matcher itself (one bit per query char).
const MAX_QUERY: usize = 64;

/// What one query row remembers while the text is scanned.
#[derive(Clone, Copy)]
struct RowState {
    /// The column of this row's last match, and M there.
    last_col: u32,
    last_m: i32,
    /// max(M + col) over this row's matches, with and without the last one.
    gap_all: i32,
    gap_before_last: i32,
}

const EMPTY_ROW: RowState = RowState {
    last_col: 0,
    last_m: NONE,
    gap_all: NONE,
    gap_before_last: NONE,
};

/// A query prepared for scoring many texts.
pub struct SkimScorer {
    query: Vec<char>,
    case_sensitive: bool,
    /// Which query chars each ASCII byte matches, looked up instead of compared.
    ascii: [u64; 128],
}

impl SkimScorer {
    /// `case_sensitive: false` compares ASCII letters ignoring case, and
    /// costs 2 per char whose case differs, as skim does; other chars must
    /// be equal (fold them beforehand).
    pub fn new(query: &str, case_sensitive: bool) -> Self {
        let mut scorer = SkimScorer {
            query: query.chars().collect(),
            case_sensitive,
            ascii: [0; 128],
        };
        for b in 0..128u8 {
            scorer.ascii[b as usize] = scorer.rows_matching(char::from(b));
        }
        scorer
    }

    /// The rows `t` matches: a table look-up for ASCII.
    fn rows_matching_char(&self, t: char) -> u64 {
        match self.ascii.get(t as usize) {
            Some(&mask) => mask,
            None => self.rows_matching(t),
        }
    }

    fn rows_matching(&self, t: char) -> u64 {
        self.query
            .iter()
            .take(MAX_QUERY)
            .enumerate()
            .filter(|&(_, &q)| equal(t, q, self.case_sensitive))
            .fold(0, |mask, (k, _)| mask | 1 << k)
    }

    /// skim v2's score against `text`, or `None` when the query's chars do
    /// not all occur in order, or when the score is below `floor` (pass
    /// `i64::MIN` for every score).
    pub fn score(&self, text: &str, floor: i64) -> Option<i64> {
        let (query, case_sensitive) = (&self.query[..], self.case_sensitive);
        if query.is_empty() {
            return (floor <= 0).then_some(0);
        }
        if query.len() > MAX_QUERY {
            return reference_score(text, query, case_sensitive).filter(|&s| s >= floor);
        }
        let score = scan(text, |t| self.rows_matching_char(t), query, case_sensitive);
        score.map(i64::from).filter(|&s| s >= floor)
    }
}

fn reference_score(text: &str, query: &[char], case_sensitive: bool) -> Option<i64> {
    let query: String = query.iter().collect();
    skim_with_positions(text, &query, case_sensitive).map(|(s, _)| s)
}

/// fuzzy-matcher's own score and matched char positions: the model this
/// module reproduces, and the positions the palette highlights. A fresh
/// matcher per call: skim 0.3.7 reuses score-matrix cells across calls
/// without clearing a bonus field, so a shared matcher's results depend on
/// what it scored before (and on which thread).
pub(super) fn skim_with_positions(
    text: &str,
    query: &str,
    case_sensitive: bool,
) -> Option<(i64, Vec<usize>)> {
    let matcher = SkimMatcherV2::default();
    let matcher = if case_sensitive {
        matcher.respect_case()
    } else {
        matcher.ignore_case()
    };
    matcher.fuzzy(text, query, true)
}

fn equal(a: char, b: char, case_sensitive: bool) -> bool {
    if case_sensitive {
        a == b
    } else {
        a.eq_ignore_ascii_case(&b)
    }
}

/// The recurrence of the module doc, column by column. At each text char,
/// the rows it matches are updated from the highest down, so each reads
/// the row above as it was at the previous column.
fn scan(
    text: &str,
    rows_matching: impl Fn(char) -> u64,
    query: &[char],
    case_sensitive: bool,
) -> Option<i32> {
    let m = query.len();
    let mut rows = [EMPTY_ROW; MAX_QUERY];
    let mut best_last = NONE;
    let mut before = '\0';
    let bytes = text.as_bytes();
    let (mut at, mut col) = (0, 0);
    // Bytes, not `chars()`: news text is mostly ASCII, and only the chars a
    // query char matches need more than a table look-up.
    while at < bytes.len() {
        let t = match bytes[at] {
            b @ 0..=0x7f => char::from(b),
            _ => text[at..].chars().next().unwrap_or('\0'),
        };
        at += t.len_utf8();
        col += 1;
        let prev = std::mem::replace(&mut before, t);
        let mut mask = rows_matching(t);
        if mask == 0 {
            continue;
        }
        // Classes only where a query char matches: most chars are skipped.
        let mut b = in_place(class(prev), class(t)) as i32;
        if col == 1 {
            b *= 2;
        }
        // Highest row first: row k reads row k - 1 before it changes here.
        while mask != 0 {
            let k = 63 - mask.leading_zeros() as usize;
            mask &= !(1 << k);
            let score = SCORE_MATCH
                - if !case_sensitive && t != query[k] {
                    CASE_PENALTY
                } else {
                    0
                };
            let from = if k == 0 {
                // P[0][c] = -1 everywhere; M[0] is empty.
                b - 1
            } else {
                let above = &rows[k - 1];
                let (adjacent, gap) = if above.last_col as usize + 1 == col {
                    (above.last_m, above.gap_before_last)
                } else {
                    (NONE, above.gap_all)
                };
                let via_run = if adjacent > NONE {
                    adjacent + b.max(CONSECUTIVE)
                } else {
                    NONE
                };
                // P[k-1][col-1] + B = max(M + c') - 3 - (col - 1) + B.
                let via_gap = if gap > NONE {
                    gap - 3 - (col as i32 - 1) + b
                } else {
                    NONE
                };
                via_run.max(via_gap)
            };
            if from <= NONE {
                continue;
            }
            let value = score + from;
            let row = &mut rows[k];
            row.gap_before_last = row.gap_all;
            row.gap_all = row.gap_all.max(value + col as i32);
            row.last_col = col as u32;
            row.last_m = value;
            if k + 1 == m {
                best_last = best_last.max(value);
            }
        }
    }
    (best_last > NONE).then_some(best_last)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn score(text: &str, query: &str, case_sensitive: bool) -> Option<i64> {
        SkimScorer::new(query, case_sensitive).score(text, i64::MIN)
    }

    fn reference(text: &str, query: &str, case_sensitive: bool) -> Option<i64> {
        skim_with_positions(text, query, case_sensitive).map(|(s, _)| s)
    }

    fn texts(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec![
                'a', 'A', 'b', 'B', 'e', 'E', 'é', 'z', ' ', ' ', '.', '-', '(', '1', 'ß', 'K',
                'r', 'y', 'v',
            ]),
            len,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    #[test]
    fn known_scores() {
        // A word head at the start (16 + 2·8 - 1), then a run inside the word (16 + 4, twice).
        assert_eq!(score("abc", "abc", true), reference("abc", "abc", true));
        assert_eq!(score("abc", "abc", true), Some(71));
        assert_eq!(score("abc", "abd", true), None);
        assert_eq!(score("", "a", false), None);
        assert_eq!(score("xyz", "", false), Some(0));
    }

    #[test]
    fn queries_longer_than_the_row_mask_are_scored_too() {
        let text = "a".repeat(100);
        let query = "a".repeat(MAX_QUERY + 6);
        assert_eq!(score(&text, &query, true), reference(&text, &query, true));
        assert!(score(&text, &query, true).is_some());
        assert_eq!(score(&text[..50], &query, true), None);
    }

    #[test]
    fn long_sentences_agree_with_fuzzy_matcher() {
        let text = "Russia is a very big power, and they're not, said the President \
                    at the White House on Saturday, according to sources in Kyiv.";
        for query in ["very grt", "rsa", "whitehouse", "R", "Kyiv.", "ztq"] {
            for case_sensitive in [false, true] {
                assert_eq!(
                    score(text, query, case_sensitive),
                    reference(text, query, case_sensitive),
                    "{query:?} case_sensitive={case_sensitive}"
                );
            }
        }
    }

    static MATCHED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    #[test]
    fn the_agreement_property_sees_matches() {
        agrees_with_fuzzy_matcher();
        assert!(MATCHED.load(std::sync::atomic::Ordering::Relaxed) > 1000);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn agrees_with_fuzzy_matcher(t in texts(0..40), q in texts(1..5), sensitive in any::<bool>()) {
            let expected = reference(&t, &q, sensitive);
            MATCHED.fetch_add(usize::from(expected.is_some()), std::sync::atomic::Ordering::Relaxed);
            prop_assert_eq!(score(&t, &q, sensitive), expected);
            // With a floor: the same score when it reaches the floor, else nothing.
            let scorer = SkimScorer::new(&q, sensitive);
            for floor in [i64::MIN, 20, 40, 60] {
                let floored = scorer.score(&t, floor);
                prop_assert_eq!(floored, expected.filter(|&s| s >= floor));
            }
        }
    }
}
