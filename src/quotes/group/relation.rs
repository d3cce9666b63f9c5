//! How a rendering relates to its group's reference, from their alignment.

use crate::quotes::align::{Token, TokenRun, ops_of_runs, token_runs, tokenize};
use crate::quotes::{AlignOp, OpKind, Relation};
use crate::text::words::contains_run;

use super::link::MIN_LINK_WORDS;

/// A group's reference rendering, prepared once for all its comparisons.
pub struct Reference<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    keys: Vec<u64>,
    /// Keys of its words, in order.
    words: Vec<u64>,
    /// The same, sorted: which words it has.
    bag: Vec<u64>,
}

impl<'a> Reference<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let keys = tokens.iter().map(|t| t.key).collect();
        let words = word_keys(&tokens);
        let mut bag = words.clone();
        bag.sort_unstable();
        bag.dedup();
        Reference {
            text,
            tokens,
            keys,
            words,
            bag,
        }
    }

    /// The reference's words, in order (case and typography folded: two
    /// renderings with equal lists say the same words).
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    /// The relation, word similarity in [0, 1], the words the two share and
    /// the alignment of `b` against it, with `b`'s words as [`Self::words`]
    /// reads the reference's (read here already, so a group's later checks
    /// need not read its texts again).
    pub fn compare(&self, b: &str) -> Compared {
        let tb = tokenize(b);
        let kb: Vec<u64> = tb.iter().map(|t| t.key).collect();
        let runs = token_runs(&self.keys, &kb);
        let wb = word_keys(&tb);
        let (relation, similarity, matched) = self.relation_of(&tb, &kb, &wb, &runs);
        let overlap = Overlap {
            matched,
            words: wb.len(),
            covered: self.covered_words(&runs),
            reference: self.words.len(),
        };
        let ops = ops_of_runs(self.text, &self.tokens, b, &tb, &runs);
        Compared {
            relation,
            similarity,
            overlap,
            ops,
            words: wb,
        }
    }

    /// The reference's words from the first word matched to the last.
    fn covered_words(&self, runs: &[TokenRun]) -> usize {
        let has_word = |r: &std::ops::Range<usize>| {
            self.tokens
                .get(r.clone())
                .is_some_and(|t| t.iter().any(|t| t.word))
        };
        let matched = |r: &&TokenRun| r.0 == OpKind::Equal && has_word(&r.1);
        let (Some(first), Some(last)) =
            (runs.iter().find(matched), runs.iter().rev().find(matched))
        else {
            return 0;
        };
        let (start, end) = (first.1.start, last.1.end);
        self.tokens
            .get(start..end)
            .map_or(0, |t| t.iter().filter(|t| t.word).count())
    }

    fn relation_of(
        &self,
        tb: &[Token],
        kb: &[u64],
        wb: &[u64],
        runs: &[TokenRun],
    ) -> (Relation, f64, usize) {
        let wa = &self.words;
        // Words matched in order: word tokens of `b` inside equal runs.
        let matched: usize = runs
            .iter()
            .filter(|r| r.0 == OpKind::Equal)
            .map(|r| {
                tb.get(r.2.clone())
                    .map_or(0, |t| t.iter().filter(|t| t.word).count())
            })
            .sum();
        let total = wa.len() + wb.len();
        let similarity = if total == 0 {
            1.0
        } else {
            (2 * matched) as f64 / total as f64
        };
        let relation = if self.keys == kb {
            Relation::Identical
        } else if wa.as_slice() == wb {
            Relation::Punctuation
        } else if wb.len() < wa.len() && contains_run(wa, wb) {
            Relation::Excerpt
        } else if wa.len() < wb.len() && contains_run(wb, wa) {
            Relation::Extended
        } else if self.substitutes_words(tb, runs) {
            Relation::Reworded
        } else {
            Relation::Edited
        };
        (relation, similarity.clamp(0.0, 1.0), matched)
    }

    /// Whether some words of `b` take the place of different words of the
    /// reference (a substitution, not a word moved elsewhere): rewording, as
    /// a translation does.
    fn substitutes_words(&self, tb: &[Token], runs: &[TokenRun]) -> bool {
        let has_word = |tokens: &[Token], r: &std::ops::Range<usize>| {
            tokens
                .get(r.clone())
                .is_some_and(|t| t.iter().any(|t| t.word))
        };
        runs.iter()
            .filter(|r| r.0 == OpKind::Replace)
            .any(|(_, ra, rb)| {
                let new_words = tb.get(rb.clone()).is_some_and(|t| {
                    t.iter()
                        .any(|t| t.word && self.bag.binary_search(&t.key).is_err())
                });
                has_word(&self.tokens, ra) && new_words
            })
    }
}

/// A rendering compared with the reference: see [`Reference::compare`].
#[derive(Debug, Clone)]
pub struct Compared {
    pub relation: Relation,
    pub similarity: f64,
    pub overlap: Overlap,
    pub ops: Vec<AlignOp>,
    /// The rendering's words, as [`Reference::words`] reads the reference's.
    pub words: Vec<u64>,
}

/// What a rendering shares with the reference, beyond the relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overlap {
    /// Words matched in order.
    pub matched: usize,
    /// The rendering's own words.
    pub words: usize,
    /// The reference's words from the first matched to the last: the
    /// stretch of it the rendering stands for.
    pub covered: usize,
    /// The reference's words.
    pub reference: usize,
}

impl Overlap {
    /// Whether the rendering stands for a stretch of the reference rather
    /// than the whole: a fragment too short to render a statement (under
    /// [`MIN_LINK_WORDS`] words), or a shorter rendering that only drops,
    /// adds or moves the reference's words (`Edited`: none swapped for others).
    fn renders_a_stretch(&self, relation: Relation) -> bool {
        self.covered > 0
            && (self.words < MIN_LINK_WORDS
                || (relation == Relation::Edited && self.words < self.reference))
    }
}

/// The relation, word similarity in [0, 1] and the alignment of `b` against `a`.
pub fn compare(a: &str, b: &str) -> (Relation, f64, Vec<AlignOp>) {
    let compared = Reference::new(a).compare(b);
    (compared.relation, compared.similarity, compared.ops)
}

fn word_keys(tokens: &[Token]) -> Vec<u64> {
    tokens.iter().filter(|t| t.word).map(|t| t.key).collect()
}

/// How far a rendering departs from the reference: 0 for the same words or a
/// faithful excerpt, up to 1 for entirely different words.
pub fn divergence(relation: Relation, similarity: f64) -> f64 {
    match relation {
        Relation::Identical | Relation::Excerpt | Relation::Extended => 0.0,
        Relation::Punctuation => 0.05,
        Relation::Edited | Relation::Reworded => (1.0 - similarity).max(0.1),
    }
}

/// Words a rewording must share with the reference in order for its
/// divergence to measure how it was reworded: two short sentences of one
/// speaker that share only "a" and "cyber" ("It wasn't a cyber attack",
/// "Today was not a security or cyber incident") read as a rewording at a
/// similarity of 0.3, when nothing they share says they are one statement.
/// Lower lets such groups lead the reader (a false group on its first
/// screen); higher demotes short translations that keep two words.
pub const MIN_SHARED_WORDS: usize = 3;

/// [`divergence`], with a rewording that shares fewer than
/// [`MIN_SHARED_WORDS`] words with the reference counted as wholly
/// different: the group is then a doubtful one, listed after those the
/// reader can trust. A rendering that stands for a stretch of the reference
/// ([`Overlap::renders_a_stretch`]: "friend and adviser" of "I will remain a
/// friend and an adviser and …") is measured against that stretch: measured
/// against the whole, its shortness alone read as a rewording, and a
/// faithful excerpt with a word dropped led the listing.
pub fn divergence_sharing(relation: Relation, similarity: f64, shared: Overlap) -> f64 {
    let words_changed = matches!(relation, Relation::Edited | Relation::Reworded);
    if words_changed && shared.matched < MIN_SHARED_WORDS {
        return 1.0;
    }
    let whole = divergence(relation, similarity);
    if words_changed && shared.renders_a_stretch(relation) {
        let over_stretch = (2 * shared.matched) as f64 / (shared.words + shared.covered) as f64;
        return whole.min(divergence(relation, over_stretch.clamp(0.0, 1.0)));
    }
    whole
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relation(a: &str, b: &str) -> Relation {
        compare(a, b).0
    }

    #[test]
    fn relations_from_identical_to_reworded() {
        let reference = "Ukraine’s security must, of course, be ensured.";
        assert_eq!(
            relation(reference, "ukraine's security must, of course, be ensured."),
            Relation::Identical
        );
        assert_eq!(
            relation(reference, "Ukraine’s security must of course be ensured"),
            Relation::Punctuation
        );
        assert_eq!(
            relation(reference, "security must, of course, be"),
            Relation::Excerpt
        );
        assert_eq!(
            relation(
                reference,
                "Ukraine’s security must, of course, be ensured, he said"
            ),
            Relation::Extended
        );
        assert_eq!(
            relation(reference, "Ukraine’s security must be ensured."),
            Relation::Edited
        );
        assert_eq!(
            relation(reference, "Ukraine’s security must, of course, be secured."),
            Relation::Reworded
        );
    }

    #[test]
    fn similarity_counts_words_matched_in_order() {
        let (_, s, _) = compare("a b c d", "a b c d");
        assert_eq!(s, 1.0);
        let (_, s, _) = compare("a b c d", "a b");
        assert!((s - 2.0 * 2.0 / 6.0).abs() < 1e-9);
        let (_, s, _) = compare("", "");
        assert_eq!(s, 1.0);
    }

    #[test]
    fn a_rewording_that_shares_two_words_is_wholly_different() {
        let reference = Reference::new("Today was not a security or cyber incident.");
        let Compared {
            relation,
            similarity,
            overlap: shared,
            ..
        } = reference.compare("It is a cyber attack.");
        assert!(matches!(relation, Relation::Reworded | Relation::Edited));
        assert!(divergence(relation, similarity) < 0.8);
        assert!(shared.matched < MIN_SHARED_WORDS);
        assert_eq!(divergence_sharing(relation, similarity, shared), 1.0);
        // Three words in order: a rewording, measured as one.
        let Compared {
            relation,
            similarity,
            overlap: shared,
            ..
        } = reference.compare("It was not a cyber attack.");
        assert_eq!(shared.matched, 4);
        assert_eq!(
            divergence_sharing(relation, similarity, shared),
            divergence(relation, similarity)
        );
        // An excerpt of two words diverges by nothing.
        let Compared {
            relation,
            similarity,
            overlap: shared,
            ..
        } = reference.compare("cyber incident");
        assert_eq!(divergence_sharing(relation, similarity, shared), 0.0);
    }

    #[test]
    fn a_fragment_diverges_only_over_the_stretch_it_covers() {
        let reference = Reference::new(
            "We will stay partners and good neighbours, and we will keep talking every week.",
        );
        // Three words of the reference in order, one skipped between them:
        // against the whole statement a rewording, against its stretch close.
        let Compared {
            relation,
            similarity,
            overlap: shared,
            ..
        } = reference.compare("partners and neighbours");
        assert_eq!(relation, Relation::Edited);
        assert_eq!((shared.matched, shared.words, shared.covered), (3, 3, 4));
        assert_eq!(shared.reference, 14);
        assert!(divergence(relation, similarity) > 0.6);
        let measured = divergence_sharing(relation, similarity, shared);
        assert!((measured - (1.0 - 6.0 / 7.0)).abs() < 1e-9, "{measured}");
        // Longer, with no word swapped: an excerpt with a word dropped,
        // measured over its stretch ("partners and good neighbours, and we
        // will keep talking").
        let Compared {
            relation,
            similarity,
            overlap: shared,
            ..
        } = reference.compare("partners and neighbours, and we will keep talking");
        assert_eq!(relation, Relation::Edited);
        assert!(divergence_sharing(relation, similarity, shared) < 0.15);
        assert!(divergence(relation, similarity) > 0.25);
        // A rewording of four words or more swaps words: measured against the whole.
        let Compared {
            relation,
            similarity,
            overlap: shared,
            ..
        } = reference.compare("partners and good friends forever");
        assert_eq!(relation, Relation::Reworded);
        assert_eq!(
            divergence_sharing(relation, similarity, shared),
            divergence(relation, similarity)
        );
    }

    #[test]
    fn divergence_orders_relations() {
        assert_eq!(divergence(Relation::Identical, 1.0), 0.0);
        assert!(divergence(Relation::Punctuation, 1.0) > 0.0);
        assert!(divergence(Relation::Reworded, 0.5) > divergence(Relation::Edited, 0.8));
    }
}
