//! Word alignment: ops tile both renderings exactly and normalise typography.

use proptest::prelude::*;
use verbatim::quotes::align::align;
use verbatim::quotes::{AlignOp, OpKind};

fn rebuild(s: &str, ops: &[AlignOp], side: impl Fn(&AlignOp) -> std::ops::Range<usize>) -> String {
    let mut out = String::new();
    let mut at = 0;
    for op in ops {
        let r = side(op);
        assert_eq!(r.start, at, "ops must be contiguous");
        out.push_str(&s[r.clone()]);
        at = r.end;
    }
    out
}

fn kinds(ops: &[AlignOp]) -> Vec<OpKind> {
    ops.iter().map(|o| o.kind).collect()
}

proptest! {
    #[test]
    fn ops_rebuild_both_sides(a in "\\PC*", b in "\\PC*") {
        let ops = align(&a, &b);
        prop_assert_eq!(rebuild(&a, &ops, |o| o.a()), a.clone());
        prop_assert_eq!(rebuild(&b, &ops, |o| o.b()), b.clone());
    }

    #[test]
    fn ops_rebuild_any_unicode_with_spaces(a in "[ a-zé’'“”,.\u{301}\u{202e}\t\n日本]{0,40}", b in "[ a-zé’'“”,.\u{301}\t\n日本]{0,40}") {
        let ops = align(&a, &b);
        prop_assert_eq!(rebuild(&a, &ops, |o| o.a()), a.clone());
        prop_assert_eq!(rebuild(&b, &ops, |o| o.b()), b.clone());
        // No two neighbouring runs are both changes: delete+insert became replace.
        for w in ops.windows(2) {
            prop_assert!(w[0].kind == OpKind::Equal || w[1].kind == OpKind::Equal);
        }
    }
}

#[test]
fn typography_is_not_a_change() {
    let ops = align("“Russia’s power,” he said", "\"russia's POWER,\" he said");
    assert_eq!(kinds(&ops), [OpKind::Equal]);
}

#[test]
fn garbled_translation_aligns_in_order() {
    let a = "Russia is a very big power, and they’re not";
    let b = "Russia is very great and not";
    let ops = align(a, b);
    let changed: Vec<(&str, &str)> = ops
        .iter()
        .filter(|o| o.kind != OpKind::Equal)
        .map(|o| (a[o.a()].trim(), b[o.b()].trim()))
        .collect();
    assert!(changed.contains(&("a", "")), "{changed:?}");
    assert!(changed.contains(&("big power,", "great")), "{changed:?}");
    assert!(changed.contains(&("they’re", "")), "{changed:?}");
    assert!(ops.iter().any(|o| o.kind == OpKind::Delete));
    assert!(ops.iter().any(|o| o.kind == OpKind::Replace));
}

#[test]
fn excerpt_is_equal_inside_deletes() {
    let a = "we speak about the whole security of the European continent.";
    let b = "whole security of the European continent";
    let ops = align(a, b);
    assert_eq!(kinds(&ops), [OpKind::Delete, OpKind::Equal, OpKind::Delete]);
}

#[test]
fn empty_sides() {
    assert!(align("", "").is_empty());
    let ops = align("", "new words");
    assert_eq!(kinds(&ops), [OpKind::Insert]);
    assert_eq!(ops[0].a(), 0..0);
    let ops = align("   ", "");
    assert_eq!(kinds(&ops), [OpKind::Delete]);
}
