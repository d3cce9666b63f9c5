//! Whether a short form matched inside a much longer one is an excerpt of
//! it or its words met by chance. An outlet that cuts a sentence keeps its
//! words together: "nous sommes prêts à exercer le pouvoir" is not an
//! excerpt of "nous sommes prêts à redresser le pays, prêts à défendre …,
//! prêts à faire du pouvoir d'achat …", where its opening stands at the
//! start and "le" and "pouvoir" twenty words on. The weighted alignment
//! counts order, not distance, so a long passage that repeats a speaker's
//! common words holds most of any of the speaker's short sentences.

use super::forms::{Form, Forms, WordId};
use super::lcs;
use super::link::Evidence;

/// Coverage under which a link rests on the shorter form being an excerpt
/// whose words a long passage (over four times its weight) may hold by
/// chance. Higher would test forms of comparable length, which an edited
/// rendering reorders and cuts (recall); lower lets a run-on passage of
/// several statements take a short sentence it only scatters (precision).
const SCATTER_COVERAGE: f32 = 0.25;

/// Words, per word of the shorter form, that the window holding an excerpt
/// may span (plus [`WINDOW_SLACK`]): an outlet drops a clause or two from
/// an excerpt ("…"), so the words kept may spread over twice their number.
const WINDOW_PER_WORD: usize = 2;
const WINDOW_SLACK: usize = 2;

/// Whether the link `e` between `a` and `b` rests on an excerpt whose words
/// the longer form holds only scattered: no window of the longer form of
/// about twice the shorter one's length holds enough of it to link.
pub fn scattered_excerpt(forms: &Forms, a: &Form, b: &Form, e: &Evidence) -> bool {
    if e.run || e.coverage >= SCATTER_COVERAGE {
        return false;
    }
    let (short, long) = if a.words().len() <= b.words().len() {
        (a, b)
    } else {
        (b, a)
    };
    if short.weight <= 0.0 {
        return false;
    }
    let Some(within) = best_window_weight(forms, short, long.words(), e.containment) else {
        // Too dense to align within the budget: only a hostile text (a few
        // words repeated thousands of times) gets here, and it gets no link.
        return true;
    };
    let compact = Evidence {
        containment: (within / short.weight).min(e.containment),
        ..*e
    };
    !compact.links()
}

/// Word matches a scan of one pair may align ([`best_window_weight`]): the
/// densest pair of the news set and of 2,500 generated articles needs 129;
/// a quotation of a few words repeated thousands of times needs millions
/// per pair, for every pair (a 60 kB article of one such paragraph took 30 s).
const MATCH_BUDGET: usize = 50_000;

/// Headroom on a window's bound against the rounding of sums in another
/// order (the alignment adds in f32): a window is skipped only when it
/// surely cannot beat the best.
const BOUND_SLACK: f64 = 1.0 + 1e-4;

/// The most weight of `short`'s words, in order, that one window of `long`
/// holds, as far as it matters: the scan stops once a window holds
/// `enough` of `short`'s weight (the link's own containment, which no
/// window can raise). `None` when the windows worth aligning hold more
/// word matches than [`MATCH_BUDGET`].
fn best_window_weight(forms: &Forms, short: &Form, long: &[WordId], enough: f32) -> Option<f32> {
    let words = short.words();
    let width = (WINDOW_PER_WORD * words.len() + WINDOW_SLACK).min(long.len());
    let weight = |w: WordId| forms.idf[w as usize];
    let sorted = lcs::sorted_words(words);
    // How often `short` says each word of `long`, 0 for a word it lacks.
    let said: Vec<usize> = long.iter().map(|&w| lcs::occurrences(&sorted, w)).collect();
    // Per window, sliding: the weight of its words that `short` says (no
    // alignment of the window weighs more) and the matches aligning it costs.
    let (mut bound, mut matches) = (0.0f64, 0usize);
    for (&w, &n) in long[..width].iter().zip(&said) {
        if n > 0 {
            bound += f64::from(weight(w));
            matches += n;
        }
    }
    let (mut best, mut spent) = (0.0f32, 0usize);
    for start in 0..=long.len() - width {
        if start > 0 {
            let (gone, came) = (start - 1, start + width - 1);
            if said[gone] > 0 {
                bound -= f64::from(weight(long[gone]));
                matches -= said[gone];
            }
            if said[came] > 0 {
                bound += f64::from(weight(long[came]));
                matches += said[came];
            }
        }
        // A window opening on a word `short` lacks aligns no more than the
        // next one, which holds the rest of it; one whose matching words
        // weigh no more than the best cannot beat it.
        let last = start + width == long.len();
        if (said[start] == 0 && !last) || bound * BOUND_SLACK < f64::from(best) {
            continue;
        }
        spent += matches;
        if spent > MATCH_BUDGET {
            return None;
        }
        best = best.max(lcs::weighted(words, &long[start..start + width], weight).0);
        if best / short.weight >= enough {
            break;
        }
    }
    Some(best)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::group::link::evidence;

    /// Forms of word-id lists, every word weighing 1.
    fn forms_of(lists: &[Vec<WordId>]) -> Forms {
        let n_words = lists.iter().flatten().max().map_or(0, |&w| w as usize + 1);
        let mut forms: Vec<Form> = lists.iter().map(|l| Form::new(l.clone())).collect();
        for f in &mut forms {
            f.weight = f.words().len() as f32;
        }
        Forms {
            forms,
            idf: vec![1.0; n_words],
            df: vec![1; n_words],
            ..Forms::default()
        }
    }

    /// The best window by aligning every window.
    fn every_window(forms: &Forms, short: &[WordId], long: &[WordId]) -> f32 {
        let width = (WINDOW_PER_WORD * short.len() + WINDOW_SLACK).min(long.len());
        let w = |x: WordId| forms.idf[x as usize];
        long.windows(width)
            .map(|window| lcs::weighted(short, window, w).0)
            .fold(0.0, f32::max)
    }

    proptest::proptest! {
        #[test]
        fn skipping_windows_keeps_the_best(
            short in proptest::collection::vec(0u32..12, 1..8),
            long in proptest::collection::vec(0u32..12, 8..60),
            weights in proptest::collection::vec(0.1f32..5.0, 12),
        ) {
            let mut forms = forms_of(&[short.clone(), long.clone()]);
            forms.idf = weights;
            let mut form = Form::new(short.clone());
            form.weight = short.iter().map(|&x| forms.idf[x as usize]).sum();
            let got = best_window_weight(&forms, &form, &long, f32::INFINITY);
            proptest::prop_assert_eq!(got, Some(every_window(&forms, &short, &long)));
        }
    }

    #[test]
    fn a_dense_repetition_is_not_aligned() {
        // Two words repeated for thousands of words: every window holds
        // every word of the shorter form many times over.
        let long: Vec<WordId> = (0..4000).map(|i| i % 2).collect();
        let short: Vec<WordId> = (0..200).map(|i| i % 2).collect();
        let forms = forms_of(&[short.clone(), long.clone()]);
        let got = best_window_weight(&forms, &forms.forms[0], &long, f32::INFINITY);
        assert_eq!(got, None);
    }

    #[test]
    fn an_excerpt_keeps_its_words_together() {
        // Words 0-5: a six-word sentence; 10 onwards: other words.
        let sentence: Vec<WordId> = (0..6).collect();
        let filler = |from: WordId, n: WordId| (from..from + n).collect::<Vec<_>>();
        // Its opening, then twenty other words, then the rest of it.
        let scattered = [&sentence[..4], &filler(10, 20), &[30, 4, 31, 5]].concat();
        // The sentence with one word dropped in, amid other statements.
        let compact = [
            &filler(40, 10),
            &sentence[..3],
            &[50],
            &sentence[3..],
            &filler(60, 10),
        ]
        .concat();
        // The sentence word for word, amid other statements.
        let verbatim = [&filler(70, 12), &sentence[..], &filler(90, 12)].concat();
        let forms = forms_of(&[sentence, scattered, compact, verbatim]);
        let f = |i: usize| &forms.forms[i];
        for other in 1..4 {
            let e = evidence(&forms, f(0), f(other)).expect("all its words, in order");
            assert!(e.links() && e.coverage < SCATTER_COVERAGE, "{other}: {e:?}");
        }
        let scattered_in = |other: usize| {
            let e = evidence(&forms, f(0), f(other)).expect("evidence");
            scattered_excerpt(&forms, f(0), f(other), &e)
        };
        assert!(scattered_in(1), "twenty words between its parts");
        assert!(!scattered_in(2), "one word added inside");
        assert!(!scattered_in(3), "an unbroken run");
    }
}
