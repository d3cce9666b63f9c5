//! Disjoint sets (union-find) over dense indices: grouping joins forms of one
//! utterance with it, people merging joins spellings of one person.
//!
//! Which root a union keeps is the caller's choice ([`UnionFind::attach`]
//! keeps the one given, [`UnionFind::union_into_first`] the smaller index),
//! and anything kept per set (grouping's reference form) is data the caller
//! keeps by root, so this stays one plain structure.

/// An index the sets are kept over: `usize`, or `u32` where a set of millions
/// of entries halves its memory.
pub(crate) trait SetIndex: Copy + Eq + Ord {
    fn from_usize(i: usize) -> Self;
    fn to_usize(self) -> usize;
}

impl SetIndex for usize {
    fn from_usize(i: usize) -> Self {
        i
    }
    fn to_usize(self) -> usize {
        self
    }
}

impl SetIndex for u32 {
    fn from_usize(i: usize) -> Self {
        u32::try_from(i).expect("set indices fit in u32")
    }
    fn to_usize(self) -> usize {
        self as usize
    }
}

/// Disjoint sets of `0..n`, each named by its root.
#[derive(Debug, Clone)]
pub(crate) struct UnionFind<I> {
    parent: Vec<I>,
}

impl<I: SetIndex> UnionFind<I> {
    /// `n` sets of one element each.
    pub(crate) fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).map(I::from_usize).collect(),
        }
    }

    /// The root of `x`'s set, halving the path on the way.
    pub(crate) fn find(&mut self, mut x: I) -> I {
        let p = &mut self.parent;
        while p[x.to_usize()] != x {
            let up = p[p[x.to_usize()].to_usize()];
            p[x.to_usize()] = up;
            x = up;
        }
        x
    }

    /// The root of `x`'s set, read without shortening the path: for readers
    /// on several threads at once.
    pub(crate) fn root(&self, mut x: I) -> I {
        while self.parent[x.to_usize()] != x {
            x = self.parent[x.to_usize()];
        }
        x
    }

    /// Joins the set of root `absorbed` into the set of root `keep`, which
    /// stays the root. Both must be roots.
    pub(crate) fn attach(&mut self, absorbed: I, keep: I) {
        debug_assert!(self.parent[keep.to_usize()] == keep);
        self.parent[absorbed.to_usize()] = keep;
    }

    /// Joins the sets of `a` and `b` under the smaller of their roots, so a
    /// set's root is its first member.
    pub(crate) fn union_into_first(&mut self, a: I, b: I) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.attach(ra.max(rb), ra.min(rb));
        }
    }

    /// Every element's root, by element.
    pub(crate) fn into_roots(mut self) -> Vec<I> {
        (0..self.parent.len())
            .map(|i| self.find(I::from_usize(i)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attach_keeps_the_given_root_and_union_into_first_the_smaller() {
        let mut sets: UnionFind<usize> = UnionFind::new(6);
        sets.attach(0, 3);
        assert_eq!(sets.find(0), 3);
        let (r1, r3) = (sets.find(1), sets.find(3));
        sets.attach(r3, r1);
        assert_eq!(sets.find(0), 1);

        let mut sets: UnionFind<u32> = UnionFind::new(6);
        sets.union_into_first(4, 2);
        sets.union_into_first(5, 4);
        sets.union_into_first(5, 2);
        assert_eq!(sets.into_roots(), [0, 1, 2, 3, 2, 2]);
    }
}
