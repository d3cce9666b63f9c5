//! How a rendering relates to its group's reference, from their alignment.

use std::collections::HashSet;

use crate::quotes::align::{Token, align_tokens, tokenize};
use crate::quotes::{AlignOp, OpKind, Relation};

/// The relation, word similarity in [0, 1] and the alignment of `b` against `a`.
pub fn compare(a: &str, b: &str) -> (Relation, f64, Vec<AlignOp>) {
    compare_with(a, &tokenize(a), b)
}

/// [`compare`] with the reference's tokens computed once for a whole group.
pub fn compare_with(a: &str, ta: &[Token], b: &str) -> (Relation, f64, Vec<AlignOp>) {
    let tb = tokenize(b);
    let ops = align_tokens(a, ta, b, &tb);
    let (relation, similarity) = relation_of(ta, &tb, &ops);
    (relation, similarity, ops)
}

fn words(tokens: &[Token]) -> Vec<u64> {
    tokens.iter().filter(|t| t.word).map(|t| t.key).collect()
}

fn contains_run(long: &[u64], short: &[u64]) -> bool {
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

fn relation_of(ta: &[Token], tb: &[Token], ops: &[AlignOp]) -> (Relation, f64) {
    let wa = words(ta);
    let wb = words(tb);
    // Words matched in order: word tokens of `b` inside equal runs.
    let matched = ops
        .iter()
        .filter(|o| o.kind == OpKind::Equal)
        .map(|o| {
            tb.iter()
                .filter(|t| t.word && t.span.start >= o.b.start && t.span.end <= o.b.end)
                .count()
        })
        .sum::<usize>();
    let total = wa.len() + wb.len();
    let similarity = if total == 0 {
        1.0
    } else {
        (2 * matched) as f64 / total as f64
    };
    let relation = if ta.iter().map(|t| t.key).eq(tb.iter().map(|t| t.key)) {
        Relation::Identical
    } else if wa == wb {
        Relation::Punctuation
    } else if wb.len() < wa.len() && contains_run(&wa, &wb) {
        Relation::Excerpt
    } else if wa.len() < wb.len() && contains_run(&wb, &wa) {
        Relation::Extended
    } else if substitutes_words(ta, tb, ops) {
        Relation::Reworded
    } else {
        Relation::Edited
    };
    (relation, similarity.clamp(0.0, 1.0))
}

/// Whether some words of `b` take the place of different words of `a`
/// (a substitution, not a word moved elsewhere): rewording, as a translation does.
fn substitutes_words(ta: &[Token], tb: &[Token], ops: &[AlignOp]) -> bool {
    let bag_a: HashSet<u64> = words(ta).into_iter().collect();
    ops.iter().filter(|o| o.kind == OpKind::Replace).any(|o| {
        let a_words = ta
            .iter()
            .any(|t| t.word && t.span.start >= o.a.start && t.span.end <= o.a.end);
        let new_words = tb.iter().any(|t| {
            t.word && t.span.start >= o.b.start && t.span.end <= o.b.end && !bag_a.contains(&t.key)
        });
        a_words && new_words
    })
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
    fn divergence_orders_relations() {
        assert_eq!(divergence(Relation::Identical, 1.0), 0.0);
        assert!(divergence(Relation::Punctuation, 1.0) > 0.0);
        assert!(divergence(Relation::Reworded, 0.5) > divergence(Relation::Edited, 0.8));
    }
}
