//! The weighted longest common subsequence of two word sequences: the words
//! both say in the same order, each counted by its weight, and how many.
//!
//! The textbook table ([`table`]) fills every cell of every row; but a row
//! equals the row above except from a column where its word matches: there
//! the match's value (the cell up and left, plus the word's weight) carries
//! right over the cells above that weigh less, and stops at the first that
//! weighs as much (ties keep the cell above) or at the row's next match.
//! Rows never decrease left to right (weights are not negative, and float
//! addition is monotone), so those runs are all that change: [`weighted`]
//! keeps one row and rewrites just them, each row's matches from the right
//! so that every match still reads the row above. Same cells, to the bit.

use std::cell::RefCell;

use super::forms::WordId;

/// A cell of the table: the weight matched and the number of words matched.
pub type Cell = (f32, u32);

/// Columns [`weighted`] indexes in 16 bits; a longer `b` takes the table.
const MAX_COLUMNS: usize = u16::MAX as usize;

/// The last cell of the weighted LCS table of rows `a` against columns `b`:
/// exactly [`table`]'s, at the cost of the matches and the runs they change.
pub fn weighted(a: &[WordId], b: &[WordId], w: impl Fn(WordId) -> f32) -> Cell {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0);
    }
    if b.len() > MAX_COLUMNS {
        return table(a.iter().copied(), b, w);
    }
    SCRATCH.with_borrow_mut(|s| s.weighted(a, b, w))
}

/// The last row of the weighted LCS table of rows `a` against columns `b`:
/// cell `j` is [`weighted`]`(a, &b[..j])`, to the bit, for every `j` at the
/// cost of one call (a column's cells never read the columns right of it).
/// Written into `out` so a caller reading many rows reuses one buffer.
pub fn prefixes(a: &[WordId], b: &[WordId], w: impl Fn(WordId) -> f32, out: &mut Vec<Cell>) {
    out.clear();
    if a.is_empty() || b.is_empty() {
        out.resize(b.len() + 1, (0.0, 0));
        return;
    }
    if b.len() > MAX_COLUMNS {
        out.extend(table_row(a.iter().copied(), b, w));
        return;
    }
    SCRATCH.with_borrow_mut(|s| {
        s.weighted(a, b, w);
        out.extend_from_slice(&s.row);
    });
}

/// How many pairs of positions of `a` and `b` hold the same word: the
/// matches an alignment of the two meets, and so what it costs.
pub fn match_points(a: &[WordId], b: &[WordId]) -> usize {
    let sorted = sorted_words(b);
    a.iter().map(|&x| occurrences(&sorted, x)).sum()
}

/// `words` in ascending order, for [`occurrences`].
pub fn sorted_words(words: &[WordId]) -> Vec<WordId> {
    let mut sorted = words.to_vec();
    sorted.sort_unstable();
    sorted
}

/// How often `w` occurs in the ascending `sorted`.
pub fn occurrences(sorted: &[WordId], w: WordId) -> usize {
    let from = sorted.partition_point(|&x| x < w);
    sorted[from..].iter().take_while(|&&x| x == w).count()
}

// Kept per thread: [`weighted`] runs for every candidate pair.
thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// One row of the table, and where each word of `b` sits.
#[derive(Default)]
struct Scratch {
    row: Vec<Cell>,
    /// Per column of `b` (1-based, at index column − 1): the previous column
    /// with the same word, 0 for none.
    before: Vec<u16>,
    /// Per word id: the call's stamp (high 16 bits) and the word's last
    /// column in `b` (low 16); an older stamp means the word is not in `b`,
    /// so the table is cleared only when the 16-bit stamps run out.
    last: Vec<u32>,
    stamp: u32,
}

impl Scratch {
    fn weighted(&mut self, a: &[WordId], b: &[WordId], w: impl Fn(WordId) -> f32) -> Cell {
        let Scratch {
            row,
            before,
            last,
            stamp,
        } = self;
        *stamp += 1;
        if *stamp > u32::from(u16::MAX) {
            last.fill(0);
            *stamp = 1;
        }
        let top = b.iter().max().map_or(0, |&y| y as usize + 1);
        if last.len() < top {
            last.resize(top, 0);
        }
        before.clear();
        for (j, &y) in b.iter().enumerate() {
            let entry = &mut last[y as usize];
            before.push(if *entry >> 16 == *stamp {
                (*entry & 0xFFFF) as u16
            } else {
                0
            });
            *entry = (*stamp << 16) | (j as u32 + 1);
        }
        row.clear();
        row.resize(b.len() + 1, (0.0, 0));
        for &x in a {
            let entry = last.get(x as usize).copied().unwrap_or(0);
            if entry >> 16 != *stamp {
                continue;
            }
            let wx = w(x);
            // The row's matches from the right: a match reads the cell up
            // and left, which no match to its right has rewritten.
            let mut next = b.len() + 1;
            let mut m = (entry & 0xFFFF) as usize;
            while m != 0 {
                let diag = row[m - 1];
                let matched = (diag.0 + wx, diag.1 + 1);
                row[m] = matched;
                for cell in &mut row[m + 1..next] {
                    if cell.0 >= matched.0 {
                        break;
                    }
                    *cell = matched;
                }
                next = m;
                m = usize::from(before[m - 1]);
            }
        }
        row[b.len()]
    }
}

/// The textbook weighted LCS table's last cell, rows `a` against columns
/// `b`: maximising weight, ties taking the cell above.
pub fn table(a: impl Iterator<Item = WordId>, b: &[WordId], w: impl Fn(WordId) -> f32) -> Cell {
    table_row(a, b, w).last().copied().unwrap_or((0.0, 0))
}

/// The textbook table's last row ([`table`] reads its last cell).
fn table_row(
    a: impl Iterator<Item = WordId>,
    b: &[WordId],
    w: impl Fn(WordId) -> f32,
) -> Vec<Cell> {
    let mut prev = vec![(0.0f32, 0u32); b.len() + 1];
    let mut cur = prev.clone();
    for x in a {
        let wx = w(x);
        // cur[j], prev[j] and prev[j + 1] of the textbook recurrence.
        let (mut left, mut diag) = ((0.0f32, 0u32), (0.0f32, 0u32));
        for ((cell, &up), &y) in cur[1..].iter_mut().zip(&prev[1..]).zip(b) {
            let v = if x == y {
                (diag.0 + wx, diag.1 + 1)
            } else if up.0 >= left.0 {
                up
            } else {
                left
            };
            *cell = v;
            left = v;
            diag = up;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn bits(c: Cell) -> (u32, u32) {
        (c.0.to_bits(), c.1)
    }

    #[test]
    fn match_points_count_every_pair_of_equal_words() {
        // 1 twice against 1 three times, 2 once against 2 once, 3 against none.
        assert_eq!(match_points(&[1, 2, 1, 3], &[1, 1, 2, 1]), 2 * 3 + 1);
        assert_eq!(match_points(&[], &[1]), 0);
        assert_eq!(occurrences(&sorted_words(&[4, 1, 4]), 4), 2);
    }

    #[test]
    fn ties_keep_the_cell_above() {
        // "x y" against "y x": either word alone weighs 1; the table keeps
        // the first row's match, and so must the runs.
        let w = |_: WordId| 1.0;
        assert_eq!(weighted(&[1, 2], &[2, 1], w), (1.0, 1));
        assert_eq!(
            bits(weighted(&[1, 2], &[2, 1], w)),
            bits(table([1, 2].into_iter(), &[2, 1], w))
        );
        // A heavy word outweighs two light ones in the other order.
        let w = |x: WordId| if x == 3 { 5.0 } else { 1.0 };
        assert_eq!(weighted(&[3, 1, 2], &[1, 2, 3], w), (5.0, 1));
        assert_eq!(weighted(&[], &[1], w), (0.0, 0));
    }

    #[test]
    fn stamps_that_wrap_around_forget_old_words() {
        // Past 65,535 calls the stamps start again: a word that only the
        // first call's columns held (100) must not pass for a column of the
        // call that gets the first call's stamp again.
        let w = |x: WordId| 1.0 + x as f32;
        for i in 0..70_000u32 {
            let b = if i == 0 { [100, 9] } else { [i % 5, 9] };
            let a = [100, 9, i % 7];
            assert_eq!(
                bits(weighted(&a, &b, w)),
                bits(table(a.into_iter(), &b, w)),
                "{i}"
            );
        }
    }

    proptest! {
        /// The runs give the table's last cell to the bit, with repeated
        /// words (small alphabets), ties (weights from a few values) and
        /// one side an edit of the other, as candidate pairs are.
        #[test]
        fn runs_are_the_table(
            a in proptest::collection::vec(0u32..40, 0..50),
            alphabet in 2u32..40,
            edits in proptest::collection::vec((0usize..50, 0u8..3, 0u32..40), 0..8),
            weights in proptest::collection::vec(prop_oneof![Just(0.5f32), Just(1.0), Just(1.5), 0.01f32..9.0], 40),
            unrelated in proptest::collection::vec(0u32..40, 0..50),
        ) {
            let a: Vec<WordId> = a.iter().map(|x| x % alphabet).collect();
            let mut b = a.clone();
            for (at, kind, x) in edits {
                let at = at.min(b.len());
                match kind {
                    0 => b.insert(at, x % alphabet),
                    1 if at < b.len() => { b.remove(at); }
                    _ if at < b.len() => b[at] = x % alphabet,
                    _ => b.push(x % alphabet),
                }
            }
            let w = |x: WordId| weights[x as usize];
            for (a, b) in [(&a, &b), (&b, &a), (&a, &unrelated)] {
                prop_assert_eq!(bits(weighted(a, b, w)), bits(table(a.iter().copied(), b, w)));
            }
        }

        /// Every cell of the last row is the LCS of `a` with that prefix of
        /// `b`, as a call on the prefix alone gives it (the cuts read one
        /// row where they made one call per clause mark).
        #[test]
        fn prefixes_are_calls_on_each_prefix(
            a in proptest::collection::vec(0u32..12, 0..30),
            b in proptest::collection::vec(0u32..12, 0..30),
            weights in proptest::collection::vec(prop_oneof![Just(1.0f32), Just(2.0), 0.01f32..9.0], 12),
        ) {
            let w = |x: WordId| weights[x as usize];
            let mut row = Vec::new();
            prefixes(&a, &b, w, &mut row);
            prop_assert_eq!(row.len(), b.len() + 1);
            for (j, &cell) in row.iter().enumerate() {
                prop_assert_eq!(bits(cell), bits(weighted(&a, &b[..j], w)));
                prop_assert_eq!(bits(cell), bits(table(a.iter().copied(), &b[..j], w)));
            }
        }

        /// A run of the other side aligns whole: the table's weight is the
        /// run's weights summed in order (as `Form::weight` sums them).
        #[test]
        fn a_run_aligns_whole(
            long in proptest::collection::vec(0u32..12, 1..40),
            from in 0usize..40,
            len in 1usize..40,
            weights in proptest::collection::vec(0.01f32..9.0, 12),
        ) {
            let from = from % long.len();
            let run = &long[from..(from + len).min(long.len())];
            let w = |x: WordId| weights[x as usize];
            let sum: f32 = run.iter().map(|&x| w(x)).sum();
            for (s, n) in [weighted(&long, run, w), weighted(run, &long, w)] {
                prop_assert_eq!(s.to_bits(), sum.to_bits());
                prop_assert_eq!(n as usize, run.len());
            }
        }
    }
}
