//! Two renderings of one sentence whose clauses come in another order.
//!
//! Translators move clauses: "we cannot accept X, but we will not abandon
//! Y" renders "we will not abandon Y, but we cannot accept X"; "in the
//! coming years the country will try to annex land" renders "the country
//! will try to annex land in the coming years". The order-preserving
//! alignment ([`super::link`]) then matches only the longer clause, and the
//! pair falls under the link bar though both say the same words. Here the
//! shorter form is cut in two and each part aligned in order with the
//! other form, the parts crossing: the words of both clauses count, each
//! clause still in its own order.
//!
//! Only pairs the order-preserving alignment failed and whose speakers
//! agree are compared again (`link_or_retry`): a crossed alignment matches
//! more of any two statements on one topic, and the attribution is what
//! says the two are one person's sentence.

use std::cell::RefCell;

use super::forms::{Form, Forms, WordId};
use super::lcs::{Cell, prefixes};
use super::link::{Evidence, MIN_CORE_WORDS, Speakers};
use super::scatter::scattered_excerpt;

/// Words each crossed part must match: fewer would let a short phrase
/// that moved ("in the end", "we will") count as a moved clause and join two
/// statements on one topic (precision); more would miss a reworded clause
/// that keeps only a few of its words (recall).
const MIN_PART_MATCHED: u32 = 3;

thread_local! {
    static ROWS: RefCell<Rows> = RefCell::new(Rows::default());
}

/// The buffers of one crossed alignment, kept per thread: it runs for every
/// pair that fails the order-preserving one while speakers agree.
#[derive(Default)]
struct Rows {
    tail: Vec<Cell>,
    head: Vec<Cell>,
    reversed_head: Vec<WordId>,
    reversed_long: Vec<WordId>,
}

/// The link of two core forms with one clause moved, when their alignment in
/// order (`plain`) failed to link them and one speaker says both.
pub(super) fn relink(forms: &Forms, a: &Form, b: &Form, plain: &Evidence) -> Option<Evidence> {
    let core = a.words().len().min(b.words().len()) >= MIN_CORE_WORDS;
    if !core || plain.speakers != Speakers::Agree || plain.links() {
        return None;
    }
    let e = crossed(forms, a, b, plain.speakers)?;
    (e.links() && !scattered_excerpt(forms, a, b, &e)).then_some(e)
}

/// The evidence of the best crossed alignment: the shorter form cut into a
/// head and a tail, the tail aligned with a start of the longer form and the
/// head with the rest. `None` when no cut matches [`MIN_PART_MATCHED`]
/// words on both sides.
fn crossed(forms: &Forms, a: &Form, b: &Form, speakers: Speakers) -> Option<Evidence> {
    let (short, long) = if a.weight <= b.weight { (a, b) } else { (b, a) };
    if short.weight <= 0.0 {
        return None;
    }
    let w = |x: WordId| forms.idf[x as usize];
    let (s, l) = (short.words(), long.words());
    let part = MIN_PART_MATCHED as usize;
    let mut best: Option<Cell> = None;
    ROWS.with_borrow_mut(|rows| {
        let Rows {
            tail,
            head,
            reversed_head,
            reversed_long,
        } = rows;
        reversed_long.clear();
        reversed_long.extend(l.iter().rev());
        for cut in part..=s.len().saturating_sub(part) {
            // tail[j]: the tail against the longer form's first j words;
            // head[k]: the head against its last k words (both reversed).
            prefixes(&s[cut..], l, w, tail);
            reversed_head.clear();
            reversed_head.extend(s[..cut].iter().rev());
            prefixes(reversed_head, reversed_long, w, head);
            for (j, t) in tail.iter().enumerate() {
                let h = head[l.len() - j];
                if t.1 < MIN_PART_MATCHED || h.1 < MIN_PART_MATCHED {
                    continue;
                }
                let sum = (t.0 + h.0, t.1 + h.1);
                if best.is_none_or(|b| sum.0 > b.0) {
                    best = Some(sum);
                }
            }
        }
    });
    let (common, matched) = best?;
    Some(Evidence {
        containment: (common / short.weight).min(1.0),
        coverage: (common / long.weight).min(1.0),
        matched,
        speakers,
        run: false,
    })
}
