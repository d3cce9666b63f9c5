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
//!
//! A short excerpt may move a single word instead ("turn up the volume" for
//! "turn the volume up"): it links as the run it is but for that move
//! ([`one_word_moved`]).

use std::cell::RefCell;

use crate::quotes::align::common_ends;

use super::forms::{Form, Forms, WordId};
use super::lcs::{Cell, match_points, prefixes};
use super::link::{Evidence, MIN_CORE_WORDS, MIN_WORDS, Speakers};
use super::scatter::scattered_excerpt;

/// Words each crossed part must match: fewer would let a short phrase
/// that moved ("in the end", "we will") count as a moved clause and join two
/// statements on one topic (precision); more would miss a reworded clause
/// that keeps only a few of its words (recall).
const MIN_PART_MATCHED: u32 = 3;

/// Word matches a crossed alignment of one pair may meet, over all its
/// cuts: a news quotation's densest pair (two long renderings of one speech
/// passage) meets a few tens of thousands; a text of a few words repeated
/// thousands of times meets billions, for every pair. Such a pair is not
/// compared crossed.
const MATCH_BUDGET: usize = 500_000;

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
/// Also the link of a short form with one word moved ([`word_moved`]).
pub(super) fn relink(forms: &Forms, a: &Form, b: &Form, plain: &Evidence) -> Option<Evidence> {
    if let Some(e) = word_moved(a, b, plain) {
        return Some(e);
    }
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
    // Every cut aligns both parts with the whole longer form: each of the
    // word matches of the two forms is met once per cut.
    let cuts = (s.len() + 1).saturating_sub(2 * part);
    let cost = cuts.saturating_mul(match_points(s, l));
    if cost > MATCH_BUDGET {
        return None;
    }
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

/// The link of a short form (under [`MIN_CORE_WORDS`] words) that is a run
/// of the other but for one word moved: an outlet's cut moves a particle or
/// an adverb ("turn up the volume" for "turn the volume up", "really not
/// leaving" for "not really leaving"), and the order-preserving alignment
/// then loses a word of three or four, under the link bar. One move only:
/// two words swapped across a third ("Iran attacked Israel" / "Israel
/// attacked Iran") say another thing, and stay apart; so does a two-word
/// phrase. Not against disagreeing speakers, as for any fragment.
fn word_moved(a: &Form, b: &Form, plain: &Evidence) -> Option<Evidence> {
    let (short, long) = if a.words().len() <= b.words().len() {
        (a, b)
    } else {
        (b, a)
    };
    let n = short.words().len();
    if !(MIN_WORDS + 1..MIN_CORE_WORDS).contains(&n) || plain.speakers == Speakers::Differ {
        return None;
    }
    if !long
        .words()
        .windows(n)
        .any(|w| one_word_moved(short.words(), w))
    {
        return None;
    }
    // All of the short form's words, each once, as the run would count them.
    Some(Evidence {
        containment: 1.0,
        coverage: (short.weight / long.weight).min(1.0),
        matched: u32::try_from(n).unwrap_or(u32::MAX),
        speakers: plain.speakers,
        run: false,
    })
}

/// Whether `b` is `a` (of the same length) with one word taken out and put
/// back elsewhere: past their common start and end, one side's middle is
/// the other's rotated by one word.
fn one_word_moved(a: &[WordId], b: &[WordId]) -> bool {
    let (start, end) = common_ends(a, b);
    if start == a.len() {
        return false;
    }
    let (x, y) = (&a[start..a.len() - end], &b[start..b.len() - end]);
    let k = x.len();
    k >= 2
        && ((x[0] == y[k - 1] && x[1..] == y[..k - 1])
            || (x[k - 1] == y[0] && x[..k - 1] == y[1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Forms of the two word lists, every word weighing 1.
    fn pair_of(a: Vec<WordId>, b: Vec<WordId>) -> Forms {
        let n_words = a.iter().chain(&b).max().map_or(0, |&w| w as usize + 1);
        let mut forms = Forms {
            forms: vec![Form::new(a), Form::new(b)],
            idf: vec![1.0; n_words],
            df: vec![1; n_words],
            ..Forms::default()
        };
        for f in &mut forms.forms {
            f.weight = f.words().len() as f32;
        }
        forms
    }

    #[test]
    fn a_dense_repetition_is_not_compared_crossed() {
        // Two words repeated for a thousand words each: every cut meets
        // half a million matches.
        let forms = pair_of(
            (0..1000).map(|i| i % 2).collect(),
            (0..1200).map(|i| i % 2).collect(),
        );
        let (a, b) = (&forms.forms[0], &forms.forms[1]);
        assert!(crossed(&forms, a, b, Speakers::Agree).is_none());
        // A short pair with a moved clause is still compared.
        let forms = pair_of(vec![0, 1, 2, 3, 4, 5, 6, 7], vec![4, 5, 6, 7, 0, 1, 2, 3]);
        let (a, b) = (&forms.forms[0], &forms.forms[1]);
        let e = crossed(&forms, a, b, Speakers::Agree).expect("both clauses match");
        assert_eq!(e.matched, 8);
    }

    #[test]
    fn one_word_moved_is_one_rotation_of_the_differing_middle() {
        // turn(0) up(1) the(2) volume(3)
        assert!(one_word_moved(&[0, 1, 2, 3], &[0, 2, 3, 1]));
        assert!(one_word_moved(&[0, 2, 3, 1], &[0, 1, 2, 3]));
        // not(4) really(5) leaving(6): an adjacent swap is one move.
        assert!(one_word_moved(&[5, 4, 6], &[4, 5, 6]));
        // Iran(7) attacked(8) Israel(9): two words swapped across a third.
        assert!(!one_word_moved(&[7, 8, 9], &[9, 8, 7]));
        assert!(!one_word_moved(&[0, 1, 2, 3], &[0, 1, 2, 3]), "a run");
        assert!(
            !one_word_moved(&[0, 1, 2, 3], &[0, 1, 2, 4]),
            "a word changed"
        );
    }
}
