//! One sentence printed as two quotations around its attribution:
//! “The harbour” the mayor told reporters, “will reopen in spring.” Each
//! half groups on its own, and a half of one to three words (a subject, a
//! phrase: no statement of its own) fits whichever statement happens to
//! hold its words ("the harbour" in another sentence about the harbour),
//! where it pairs falsely with every rendering; the longer half is the
//! better evidence of which statement the writer quoted. So when the two
//! halves sit in different groups, such a short half follows the longer
//! into its group. A longer first half is a clause ("If we are attacked,"
//! he said, "we will respond"), which outlets quote as a statement of its
//! own: it stays where it is (moved, it cost the labelled news' tune half
//! more false pairs than it saved).
//!
//! The shape is narrow, as the writer's habit is: the first half opens with
//! a capital and ends with no stop, the second goes on in lower case right
//! after the attribution's comma and ends the sentence, both in one
//! sentence of one article, and the words between them are a short
//! attribution (a reporting verb among them). Outlets that print two
//! clauses of one sentence as two quotations for other reasons (“is not the
//! answer” but rather “the problem itself”) are left alone.

use crate::corpus::Corpus;
use crate::fast_hash::FastMap;
use crate::quotes::Quote;
use crate::text::sentences::is_terminator;
use crate::text::speech::is_speech_verb;
use crate::text::words::{bare_words, first_letter};

use super::forms::{FormId, Forms, QuoteUnit, UnitIdx};
use super::fragments::MAX_FRAGMENT_WORDS;

/// At most this many words between the two halves: a verb, a name, a role
/// and a place ("the mayor told reporters in the town hall").
const MAX_ATTRIBUTION_WORDS: usize = 10;

/// The halves of sentences printed as two quotations: (last unit of the
/// first quote, first unit of the second), as indices into `units` (which
/// list each quote's units together, in quote order).
pub fn find(corpus: &Corpus, quotes: &[Quote], units: &[QuoteUnit]) -> Vec<(UnitIdx, UnitIdx)> {
    units
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0].quote != w[1].quote)
        .filter(|(_, w)| {
            let (a, b) = (&quotes[w[0].quote], &quotes[w[1].quote]);
            corpus
                .articles
                .get(a.source.index())
                .is_some_and(|article| split_sentence(&article.text, a, b))
        })
        .map(|(u, _)| (u, u + 1))
        .collect()
}

/// Whether quotes `a` and `b` (of one article, `text`) are the two halves
/// of one sentence around its attribution (see the module doc).
fn split_sentence(text: &str, a: &Quote, b: &Quote) -> bool {
    if a.source != b.source || !a.quoted || !b.quoted || a.sentence() != b.sentence() {
        return false;
    }
    let (Some(first), Some(second)) = (text.get(a.inner()), text.get(b.inner())) else {
        return false;
    };
    let Some(between) = text.get(a.outer().end..b.outer().start) else {
        return false;
    };
    let opens = first_letter(first).is_some_and(char::is_uppercase);
    // A comma may end the first half ("The harbour," he said, "will …").
    let unfinished = first
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| !is_terminator(c));
    let goes_on = first_letter(second).is_some_and(char::is_lowercase);
    // The sentence resumes right after the attribution's comma ("…, he
    // said, “is …”"), and the second half ends it: a phrase quoted inside
    // the narrative ("promising a “golden age” for all") is no half.
    let resumes = between.trim_end().ends_with([',', ':']);
    let ends = text
        .get(b.outer().end..a.sentence().end)
        .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric));
    let words = || bare_words(between).filter(|w| !w.is_empty());
    let attribution = words().count() <= MAX_ATTRIBUTION_WORDS && words().any(is_speech_verb);
    opens && unfinished && goes_on && resumes && ends && attribution
}

/// Moves the shorter half of each pair in `halves` (units), when it is a
/// fragment, to the group of the longer (see the module doc), after every
/// stage that places fragments. Only a half whose form is its own unit
/// alone moves: a form holds every copy of its words, and other articles'
/// copies are not split.
pub fn follow(forms: &Forms, groups: &mut Vec<Vec<FormId>>, halves: &[(UnitIdx, UnitIdx)]) {
    if halves.is_empty() {
        return;
    }
    let wanted: FastMap<UnitIdx, FormId> = halves
        .iter()
        .flat_map(|&(a, b)| [(a, FormId::MAX), (b, FormId::MAX)])
        .collect();
    let mut form_of = wanted;
    for (f, form) in forms.forms.iter().enumerate() {
        for u in form.units.iter() {
            if let Some(slot) = form_of.get_mut(u) {
                *slot = f;
            }
        }
    }
    let mut group_of = forms.group_of_each(groups, |_| true);
    let mut moved = false;
    for &(a, b) in halves {
        let (Some(&fa), Some(&fb)) = (form_of.get(&a), form_of.get(&b)) else {
            continue;
        };
        if fa == FormId::MAX || fb == FormId::MAX || fa == fb {
            continue;
        }
        let len = |f: FormId| forms.forms[f].words().len();
        // The second half on a tie: it says what the first only names.
        let (short, long) = if len(fa) < len(fb) {
            (fa, fb)
        } else {
            (fb, fa)
        };
        let (from, into) = (group_of[short], group_of[long]);
        if from == into
            || into == usize::MAX
            || len(short) > MAX_FRAGMENT_WORDS
            || forms.forms[short].units.len() != 1
        {
            continue;
        }
        if from != usize::MAX {
            groups[from].retain(|&f| f != short);
        }
        groups[into].push(short);
        group_of[short] = into;
        moved = true;
    }
    if moved {
        groups.retain(|g| !g.is_empty());
    }
}
