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
    let within = best_window_weight(forms, short.words(), long.words());
    let compact = Evidence {
        containment: (within / short.weight).min(e.containment),
        ..*e
    };
    !compact.links()
}

/// The most weight of `short`'s words, in order, that one window of `long`
/// holds.
fn best_window_weight(forms: &Forms, short: &[WordId], long: &[WordId]) -> f32 {
    let width = (WINDOW_PER_WORD * short.len() + WINDOW_SLACK).min(long.len());
    let weight = |w: WordId| forms.idf[w as usize];
    long.windows(width)
        .map(|window| lcs::weighted(short, window, weight).0)
        .fold(0.0, f32::max)
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
