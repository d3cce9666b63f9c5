//! Short fragments (two or three words) that are near-identical to a run of
//! another rendering: "a fair deal" / "a very fair deal", "make the deal" /
//! "make a deal". Such fragments are quoted as phrases, and outlets add an
//! intensifier or swap an article, and translators swap a listed
//! near-synonym ("a strong oscillation" / "a strong fluctuation":
//! [`crate::text::synonyms`]); anything looser than one such edit is no
//! longer the same phrase, so a looser match is never a fragment's link.

use super::forms::{Form, FormId, Forms, WordId};
use super::link::{Evidence, MIN_CORE_WORDS, MIN_LINK_WORDS, MIN_WORDS, Speakers};

/// Forms with at most this many words are fragments that link only as
/// (near-)runs of the other form.
pub const MAX_FRAGMENT_WORDS: usize = MIN_LINK_WORDS - 1;

/// The share of a window's weight the words matched in it must carry when one
/// word is replaced: so the replaced words are function words ("the" / "a"),
/// not the content the phrase says ("fair" / "bad"). Lower lets a changed
/// content word pass (precision); higher refuses swapped articles (recall).
const REPLACED_CONTAINMENT: f32 = 0.75;

/// Whether the shorter of two forms (a fragment of at most
/// [`MAX_FRAGMENT_WORDS`] words) matches a window of the other but for one
/// edit inside it: one word added between two of its words, one
/// low-weight word replaced (with at least [`MIN_WORDS`] words matched), or
/// one word swapped for a listed near-synonym.
pub fn near_run(forms: &Forms, a: &Form, b: &Form) -> bool {
    let (short, long) = if a.words().len() <= b.words().len() {
        (a.words(), b.words())
    } else {
        (b.words(), a.words())
    };
    let n = short.len();
    if !(MIN_WORDS..=MAX_FRAGMENT_WORDS).contains(&n) {
        return false;
    }
    run_but_for_one_added(short, long, |_| true)
        || (n > MIN_WORDS
            && long
                .windows(n)
                .any(|w| replaces_one_common_word(forms, short, w)))
        || long.windows(n).any(|w| swaps_one_synonym(forms, short, w))
}

/// Whether `short`'s words stand in `long` in a row but for one word added
/// between two of them ("a fair deal" in "a very fair deal"), a word
/// `added` accepts.
fn run_but_for_one_added(
    short: &[WordId],
    long: &[WordId],
    added: impl Fn(WordId) -> bool,
) -> bool {
    let n = short.len();
    long.windows(n + 1).any(|w| {
        // The word added stands at `at` (0 < at < n) when the window's
        // first `at` words and its last `n - at` are the short form's:
        // within its shared prefix and suffix.
        let prefix = w.iter().zip(short).take_while(|(x, y)| x == y).count();
        let suffix = w
            .iter()
            .rev()
            .zip(short.iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let first = (n - suffix).max(1);
        let last = prefix.min(n - 1);
        (first..=last).any(|at| added(w[at]))
    })
}

/// Whether `window` is `short` with one word swapped for a listed
/// near-synonym ([`crate::text::synonyms`]): "a strong oscillation" in "a
/// strong fluctuation".
fn swaps_one_synonym(forms: &Forms, short: &[WordId], window: &[WordId]) -> bool {
    let mut differing = short.iter().zip(window).filter(|(x, y)| x != y);
    match (differing.next(), differing.next()) {
        (Some((&x, &y)), None) => forms.synonyms.binary_search(&(x.min(y), x.max(y))).is_ok(),
        _ => false,
    }
}

/// Whether `window` is `short` with one word replaced, the words kept
/// carrying most of the weight of both.
fn replaces_one_common_word(forms: &Forms, short: &[WordId], window: &[WordId]) -> bool {
    let differing = short.iter().zip(window).filter(|(x, y)| x != y).count();
    if differing != 1 {
        return false;
    }
    let weight = |words: &[WordId]| -> f32 { words.iter().map(|&w| forms.idf[w as usize]).sum() };
    let kept: f32 = short
        .iter()
        .zip(window)
        .filter(|(x, y)| x == y)
        .map(|(&x, _)| forms.idf[x as usize])
        .sum();
    kept >= REPLACED_CONTAINMENT * weight(short) && kept >= REPLACED_CONTAINMENT * weight(window)
}

/// Whether word `w` is specific: in few forms (not the story's topic words
/// nor, in its language, a function word), so it tells one statement from
/// another. A listed function word is never specific: in a story told
/// mostly in other languages, "uns" or "que" is in few forms, yet every
/// statement in its language says it.
pub fn is_specific(forms: &Forms, w: WordId) -> bool {
    forms.df[w as usize] <= forms.common_df()
        && !forms.function.get(w as usize).copied().unwrap_or(false)
}

/// Whether `fragment` says a specific word ([`is_specific`]) that `other`
/// says too. A phrase made only of the story's common words ("the deal",
/// "very good") is said in many statements, so the one it fits best is no
/// sign of the one it renders.
pub fn shares_a_specific_word(forms: &Forms, fragment: &Form, other: &Form) -> bool {
    fragment
        .words()
        .iter()
        .any(|&w| is_specific(forms, w) && other.sorted().binary_search(&w).is_ok())
}

/// Whether a link may place the short form `fragment` (under
/// [`MIN_CORE_WORDS`] words) in the group of the longer rendering it links
/// to. Fragments of at most [`MAX_FRAGMENT_WORDS`] words link only as
/// (near-)runs already; a form of four to six words links on its weighted
/// words, and an edited match of so few words with nobody named on one
/// side is as often another statement on one topic: "we guard its fishing
/// fleet" given to nobody fits the mayor's "we will guard the harbour and
/// its fishing fleet" as loosely as her next statement on the fleet. An
/// unbroken run of the other places it, and so do both speakers known (the
/// link weighed them). `unnamed_by_outlet`: each side with nobody named
/// comes from articles that name nobody at all (a garbled translated
/// mirror): there no speaker was to be had, so words are all there is. The
/// test reads the link's own two sides only, so adding an attributed
/// article elsewhere moves no other article's short form.
pub fn places_short_form(
    forms: &Forms,
    fragment: &Form,
    other: &Form,
    e: &Evidence,
    unnamed_by_outlet: bool,
) -> bool {
    fragment.words().len() <= MAX_FRAGMENT_WORDS
        || unbroken_but_for_one_added(forms, fragment, other, e)
        || e.speakers != Speakers::Unknown
        || unnamed_by_outlet
}

/// Whether the shorter of two forms stands in the other as one run, or as
/// one but for a common word added inside it ([`is_specific`] not):
/// "de valor histórico incalculable" in "de un valor histórico
/// incalculable". Every word of it is said, in its order and together: an
/// outlet's copy that drops an article, not a second statement on the
/// topic. A specific word added is a word of another sentence.
pub fn unbroken_but_for_one_added(forms: &Forms, a: &Form, b: &Form, e: &Evidence) -> bool {
    let (short, long) = if a.words().len() <= b.words().len() {
        (a.words(), b.words())
    } else {
        (b.words(), a.words())
    };
    e.run
        || (short.len() >= MIN_WORDS
            && run_but_for_one_added(short, long, |w| !is_specific(forms, w)))
}

/// Containment and coverage from which two short forms (neither a core
/// form) are close rewordings of each other: each says most of the other's
/// weight in one order ("this has never happened before" / "something that
/// has never happened before", "we will win tonight" / "we must win
/// tonight"), where a second statement on one topic shares a phrase with
/// it but not the rest ("we will win, it is close"). Lower joins such
/// statements (precision); higher keeps a translation's short renderings
/// apart (recall).
const CLOSE_SHORT_CONTAINMENT: f32 = 0.7;
const CLOSE_SHORT_COVERAGE: f32 = 0.55;

/// Whether a link between two short forms is a close rewording of one
/// short sentence: both sides mostly matched, at least [`MIN_LINK_WORDS`]
/// words of it in order (in a sentence of four, one swapped content word is
/// another statement: "we'll see what happens" / "we'll see what
/// follows"), and given to one speaker. A
/// short phrase is easily echoed, so only an agreeing attribution lets an
/// edited match stand for one sentence (with none known, an edited excerpt
/// of a few words is as often another sentence built on the same phrase).
pub fn close_short_rewording(e: &Evidence) -> bool {
    e.speakers == Speakers::Agree
        && e.matched as usize >= MIN_LINK_WORDS
        && e.containment >= CLOSE_SHORT_CONTAINMENT
        && e.coverage >= CLOSE_SHORT_COVERAGE
}

/// Whether an ambiguous fragment's identical copies still group with each
/// other: the same rare phrase ("high-tech duel"), quoted by two outlets or
/// more and given to one speaker (nearly) wherever it is attributed. It fits two of
/// that speaker's statements about equally, so it joins neither; but copies
/// of one rare phrase of one person render one utterance, even when an
/// attribution errs on a copy or two ([`Forms::one_speaker`]). Stock phrases
/// (every word common) stay alone even so: "the European continent" in five
/// outlets may come from five statements; and a phrase with no speaker, or
/// with two about equally, says nothing about one utterance.
pub fn echoed_by_one_speaker(forms: &Forms, f: FormId) -> bool {
    let form = &forms.forms[f];
    form.units.len() >= 2
        && forms.one_speaker(f).is_some()
        && form.words().len() >= MIN_WORDS
        && !forms.is_stock_phrase(f, MIN_CORE_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Forms of word-id lists; word `w` weighs `idf[w]`.
    fn forms_of(lists: &[&[WordId]], idf: &[f32]) -> Forms {
        Forms {
            forms: lists.iter().map(|l| Form::new(l.to_vec())).collect(),
            idf: idf.to_vec(),
            df: vec![1; idf.len()],
            ..Forms::default()
        }
    }

    #[test]
    fn one_word_added_or_one_common_word_replaced() {
        // Words: 0 "a", 1 "the", 2 "fair", 3 "deal", 4 "very", 5 "make",
        // 6 "bad", 7 "we"; articles weigh little.
        let idf = [0.2, 0.2, 2.0, 2.5, 1.0, 1.5, 2.0, 0.5];
        let forms = forms_of(
            &[
                &[0, 2, 3],       // a fair deal
                &[7, 0, 4, 2, 3], // we a very fair deal
                &[5, 1, 3],       // make the deal
                &[7, 5, 0, 3],    // we make a deal
                &[0, 6, 3],       // a bad deal
                &[2, 3],          // fair deal
                &[2, 4, 3],       // fair very deal
                &[7, 0, 2, 3],    // we a fair deal: a run, not a near run
            ],
            &idf,
        );
        let f = |i: usize| &forms.forms[i];
        assert!(near_run(&forms, f(0), f(1)), "a word added inside");
        assert!(near_run(&forms, f(2), f(3)), "an article replaced");
        assert!(!near_run(&forms, f(0), f(4)), "a content word replaced");
        assert!(near_run(&forms, f(5), f(6)), "two words and one added");
        assert!(
            !near_run(&forms, f(5), f(4)),
            "one word matched is not enough"
        );
        assert!(!near_run(&forms, f(0), f(7)), "a run is a run");
        assert!(!near_run(&forms, f(1), f(3)), "only fragments");
    }

    #[test]
    fn one_listed_synonym_swapped_is_a_near_run() {
        // Words: 0 "strong", 1 "fluctuation", 2 "oscillation", 3 "a",
        // 4 "in", 5 "grid", 6 "shock"; 1 and 2 are listed near-synonyms.
        let idf = [1.5, 2.5, 2.5, 0.2, 0.3, 2.0, 2.5];
        let mut forms = forms_of(
            &[
                &[0, 2],             // strong oscillation
                &[3, 0, 1, 4, 3, 5], // a strong fluctuation in a grid
                &[0, 6],             // strong shock
                &[0, 2, 5],          // strong oscillation grid
            ],
            &idf,
        );
        let f = |forms: &Forms, i: usize| forms.forms[i].clone();
        let (short, long) = (f(&forms, 0), f(&forms, 1));
        assert!(!near_run(&forms, &short, &long), "unlisted: two words");
        forms.synonyms = vec![(1, 2)];
        assert!(near_run(&forms, &short, &long), "a listed synonym swapped");
        assert!(!near_run(&forms, &f(&forms, 2), &long), "another word");
        assert!(
            !near_run(&forms, &f(&forms, 3), &long),
            "a swap and a second edit"
        );
    }
}
