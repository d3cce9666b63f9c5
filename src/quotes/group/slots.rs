//! Renderings in the same place of one speaker's speech. Translators of one
//! speech keep its sentence order, not its words: "Let us pray for one
//! another" / "Let's pray for each other", "Good night and sleep well" /
//! "Good night and have a good rest" share too few words in order for the
//! alignment to link them. What also says they render one sentence is
//! where they stand: in two articles, the speaker's next unit after a
//! rendering of statement P (or the unit just before one of P). So a unit
//! that no group holds joins the unit standing in the same slot of another
//! article's sequence of that speaker's units, when the two share a fair
//! part of their weighted words on top of their place.
//!
//! Precision first: the slot's anchor is a group of two or more units, the
//! speaker is known on both sides, the two renderings are of comparable
//! length and share [`MIN_SHARED`] of the shorter one's weight (rare words
//! count more) and [`MIN_SHARED_WORDS`] words without each saying a
//! specific word the other lacks
//! ([`specifics_differ`]), a form whose slots point to two different groups
//! joins none, and two groups are never merged here. The cost is two hash
//! inserts per attributed unit and one bag comparison per pair in a slot,
//! slots of more than [`MAX_SLOT_ENTRIES`] being skipped.

use std::cmp::Ordering;

use rayon::prelude::*;

use crate::fast_hash::FastMap;
use crate::ids::{PersonId, SourceId};
use crate::union_find::UnionFind;

use super::echoes::Voice;
use super::forms::{Form, FormId, Forms, UnitIdx, WordId};
use super::fragments;
use super::link::{MIN_WORDS, bag_overlap};

/// Share of the shorter rendering's weight (bag overlap) that two
/// renderings in one slot must share: a place alone is not evidence enough
/// (an article skips a sentence, and the next one stands in the slot), but
/// a place and two fifths of the words are. On the labelled news, 0.3 to
/// 0.45 gave the same groups and 0.2 or less merged different sentences of
/// one answer; lower joins different sentences of one passage (precision),
/// higher leaves reworded translations apart (recall).
const MIN_SHARED: f32 = 0.4;
/// Words two renderings in one slot must share (each counted as often as
/// both say it), on top of [`MIN_SHARED`] of the weight: one word of two
/// is two fifths of a short phrase's weight, and two phrases in one slot
/// that share one word ("harbour fees", "ferry fees") name two things, not
/// one sentence; a translation keeps more than one word. Higher would keep
/// apart short translations that reword all but two words (recall).
const MIN_SHARED_WORDS: usize = 2;
/// Renderings in one slot whose lengths differ more than this many times
/// are a sentence and a passage, or a sentence and a phrase.
const MAX_LENGTH_RATIO: usize = 3;
/// Renderings a slot may hold: more means the anchor is followed by many
/// different statements (a stock line the speaker repeats), and the place
/// pins nothing down (this also bounds the pairs compared).
pub(super) const MAX_SLOT_ENTRIES: usize = 32;

/// Which side of its anchor a slot is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Side {
    After,
    Before,
}

/// A slot: the speaker, the anchoring group (its index in the groups, as
/// `u32` like the forms below) and the side.
pub(super) type Slot = (PersonId, u32, Side);

/// A rendering standing in a slot: the slot, its article and its form.
/// 20 bytes, one per entry in one flat list: a map from slot to a list of
/// entries held a table entry and a list allocation per slot, and was
/// grouping's memory peak at 10,000 articles.
pub(super) type Entry = (Slot, SourceId, u32);

/// Moves every form that no group of two or more units holds into the
/// group of the rendering that stands in its slot in another article (see
/// the module doc), or into a new group with such renderings when none of
/// them is grouped.
pub fn adopt(forms: &Forms, groups: &mut Vec<Vec<FormId>>, voice: impl Fn(UnitIdx) -> Voice) {
    let group_of = grouped(forms, groups);
    let slots = slots(forms, &group_of, voice, 1);
    // Nodes: the forms, then one per group (a form joining a group is
    // united with the group's node).
    let n = forms.len();
    let mut sets: UnionFind<usize> = UnionFind::new(n + groups.len());
    let mut joined = false;
    // The entries of a slot, in any order: the unions made (and so the
    // sets) do not depend on it.
    let in_slots = slots.chunk_by(|x, y| x.0 == y.0);
    for entries in in_slots.filter(|e| e.len() <= MAX_SLOT_ENTRIES) {
        for &(_, sa, a) in entries {
            let a = a as FormId;
            if group_of[a] != usize::MAX {
                continue;
            }
            for (_, _, b) in entries
                .iter()
                .filter(|&&(_, sb, b)| sb != sa && b as FormId != a)
            {
                let b = *b as FormId;
                // Two lone forms are compared once.
                let lone = group_of[b] == usize::MAX;
                if (lone && b < a) || !alike(forms, a, b) {
                    continue;
                }
                let node = if lone { b } else { n + group_of[b] };
                let (ra, rb) = (sets.find(a), sets.find(node));
                if ra != rb {
                    sets.union_into_first(ra, rb);
                    joined = true;
                }
            }
        }
    }
    if joined {
        apply(forms, groups, &group_of, sets);
    }
}

/// Per form, the group that holds it when that group has two or more units
/// (`usize::MAX` otherwise: a lone rendering anchors nothing).
pub(super) fn grouped(forms: &Forms, groups: &[Vec<FormId>]) -> Vec<usize> {
    forms.group_of_each(groups, |members| {
        members
            .iter()
            .map(|&f| forms.forms[f].units.len())
            .sum::<usize>()
            >= 2
    })
}

/// Every attributed unit by the slots it stands in: after or before a unit
/// of another group in its own article's sequence of that speaker's units,
/// at most `reach` places away (1: right after or right before), sorted by
/// slot. Units are numbered in corpus order, so
/// an article's units come in text order.
pub(super) fn slots(
    forms: &Forms,
    group_of: &[usize],
    voice: impl Fn(UnitIdx) -> Voice,
    reach: usize,
) -> Vec<Entry> {
    let units = forms.forms.iter().map(|f| f.units.len()).sum::<usize>();
    // Form ids as `u32`, as the candidate search keeps them.
    let mut form_of = vec![u32::MAX; units];
    for (f, form) in forms.forms.iter().enumerate() {
        for &u in &form.units {
            if let Some(slot) = form_of.get_mut(u) {
                *slot = f as u32;
            }
        }
    }
    let long_enough = |f: u32| forms.forms[f as FormId].words().len() >= MIN_WORDS;
    let group = |f: u32| group_of[f as FormId];
    // One article at a time: units are numbered in corpus order, so an
    // article's units are contiguous and in text order. Its attributed
    // units, (speaker, unit, form), sorted by speaker then unit, give each
    // speaker's sequence. (A list of every attributed unit sorted at once
    // held 2 MB at grouping's memory peak at 10,000 articles.)
    let each = |emit: &mut dyn FnMut(Entry)| {
        let mut spoken: Vec<(PersonId, u32, u32)> = Vec::new();
        let mut article: Option<SourceId> = None;
        let mut flush = |source: SourceId, spoken: &mut Vec<(PersonId, u32, u32)>| {
            spoken.sort_unstable();
            for run in spoken.chunk_by(|x, y| x.0 == y.0) {
                let speaker = run[0].0;
                for (i, first) in run.iter().enumerate() {
                    for second in run.iter().skip(i + 1).take(reach) {
                        let (p, f) = (first.2, second.2);
                        let (gp, gf) = (group(p), group(f));
                        // A repeat of its anchor is no next sentence.
                        if gp == gf {
                            continue;
                        }
                        if gp != usize::MAX && long_enough(f) {
                            emit(((speaker, gp as u32, Side::After), source, f));
                        }
                        if gf != usize::MAX && long_enough(p) {
                            emit(((speaker, gf as u32, Side::Before), source, p));
                        }
                    }
                }
            }
            spoken.clear();
        };
        for (u, &form) in form_of.iter().enumerate() {
            if form == u32::MAX {
                continue;
            }
            let v = voice(u);
            let Some(speaker) = v.speaker else { continue };
            if let Some(done) = article.filter(|&a| a != v.source) {
                flush(done, &mut spoken);
            }
            article = Some(v.source);
            spoken.push((speaker, u as u32, form));
        }
        if let Some(source) = article {
            flush(source, &mut spoken);
        }
    };
    // Counted first, then listed: the list is made at its size, never
    // grown by doubling.
    let mut count = 0;
    each(&mut |_| count += 1);
    let mut out: Vec<Entry> = Vec::with_capacity(count);
    each(&mut |e| out.push(e));
    drop(form_of);
    out.par_sort_unstable();
    if reach > 1 {
        // A form near two units of its anchor stands in its slot once.
        out.dedup();
    }
    out
}

/// Whether two renderings in one slot are of comparable length and share
/// enough weighted words.
fn alike(forms: &Forms, a: FormId, b: FormId) -> bool {
    let (fa, fb) = (&forms.forms[a], &forms.forms[b]);
    let (la, lb) = (fa.words().len(), fb.words().len());
    if la.max(lb) > MAX_LENGTH_RATIO * la.min(lb) {
        return false;
    }
    let short = fa.weight.min(fb.weight);
    short > 0.0
        && shares_words(fa, fb)
        && bag_overlap(forms, fa, fb) >= MIN_SHARED * short
        && !specifics_differ(forms, fa, fb)
}

/// Whether two forms share [`MIN_SHARED_WORDS`] words, each counted as
/// often as both say it.
fn shares_words(a: &Form, b: &Form) -> bool {
    let (x, y) = (a.sorted(), b.sorted());
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < x.len() && j < y.len() && shared < MIN_SHARED_WORDS {
        match x[i].cmp(&y[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared >= MIN_SHARED_WORDS
}

/// Whether each of two forms says a word not common in the corpus (in at
/// most [`Forms::common_df`] forms: a name, a number, a sentence's own noun)
/// and they share none of them. The story's topic and function words weigh
/// little each but add up, so two sentences of one passage share two fifths
/// of their weight on them alone; two renderings of one sentence keep its
/// specific words (a translator keeps the name and the number), so specific
/// words on both sides and none in common are two sentences. A rendering
/// with no specific word at all (one made only of the story's common words)
/// is not judged here. A function word in common is no specific word shared:
/// in a story told mostly in other languages, "uns" or "que" is in few
/// forms, yet every statement in its language says it.
pub(super) fn specifics_differ(forms: &Forms, a: &Form, b: &Form) -> bool {
    let common = forms.common_df();
    let specific = |w: &WordId| forms.df[*w as usize] <= common;
    let (x, y) = (a.sorted(), b.sorted());
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal if fragments::is_specific(forms, x[i]) => return false,
            Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    x.iter().any(specific) && y.iter().any(specific)
}

/// Moves the forms as `sets` joined them: a set holding one group's node
/// joins that group, a set of lone forms becomes a new group, a set that
/// reaches two groups is left as it was.
fn apply(
    forms: &Forms,
    groups: &mut Vec<Vec<FormId>>,
    group_of: &[usize],
    mut sets: UnionFind<usize>,
) {
    let n = forms.len();
    // Per set root, the one group it reaches (`None`: two or more).
    let mut target: FastMap<usize, Option<usize>> = FastMap::default();
    for g in 0..groups.len() {
        target
            .entry(sets.find(n + g))
            .and_modify(|t| *t = None)
            .or_insert(Some(g));
    }
    let mut fresh: FastMap<usize, Vec<FormId>> = FastMap::default();
    let mut moved: Vec<(FormId, usize)> = Vec::new();
    for f in (0..n).filter(|&f| group_of[f] == usize::MAX) {
        let root = sets.find(f);
        match target.get(&root) {
            Some(Some(g)) => moved.push((f, *g)),
            Some(None) => {}
            None => fresh.entry(root).or_default().push(f),
        }
    }
    // Only sets of two or more lone forms become groups.
    let mut fresh: Vec<Vec<FormId>> = fresh.into_values().filter(|m| m.len() >= 2).collect();
    fresh.sort_unstable();
    let mut leaving = vec![false; n];
    for &f in moved.iter().map(|(f, _)| f).chain(fresh.iter().flatten()) {
        leaving[f] = true;
    }
    for members in groups.iter_mut() {
        members.retain(|&f| !leaving[f]);
    }
    for (f, g) in moved {
        groups[g].push(f);
    }
    groups.extend(fresh);
    groups.retain(|g| !g.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specific_words_on_both_sides_and_none_shared_are_two_sentences() {
        // Words 0-3 are in many forms (the story's topic), 4-7 in few.
        let mut df = vec![200; 4];
        df.extend([2, 2, 1, 1]);
        let forms = Forms {
            forms: vec![
                Form::new(vec![0, 1, 2, 4]),
                Form::new(vec![2, 0, 1, 3, 6]),
                Form::new(vec![5, 0, 1, 4]),
                Form::new(vec![1, 0, 2, 3]),
                Form::new(vec![7, 3, 1]),
            ],
            idf: vec![1.0; df.len()],
            df,
            ..Forms::default()
        };
        let [a, b, c, d, e] = [0, 1, 2, 3, 4].map(|f| &forms.forms[f]);
        // Topic words in common, and a specific word of its own on each side.
        assert!(specifics_differ(&forms, a, b));
        assert!(specifics_differ(&forms, b, e));
        // A specific word in common (4), wherever it stands.
        assert!(!specifics_differ(&forms, a, c));
        assert!(!specifics_differ(&forms, c, a));
        // One side says only the story's common words: not judged here.
        assert!(!specifics_differ(&forms, a, d));
        assert!(!specifics_differ(&forms, d, b));
    }

    #[test]
    fn two_phrases_in_one_slot_sharing_one_word_are_two_things() {
        // Words: 0 "harbour", 1 "fees", 2 "ferry", 3 "today", 4 "now",
        // each in few forms and of one weight.
        let mut forms = Forms {
            forms: vec![
                // "harbour fees" / "ferry fees": half of each in common.
                Form::new(vec![0, 1]),
                Form::new(vec![2, 1]),
                // "harbour fees today" / "harbour fees now": two in common.
                Form::new(vec![0, 1, 3]),
                Form::new(vec![0, 1, 4]),
            ],
            idf: vec![1.0; 5],
            df: vec![3, 4, 1, 1, 1],
            function: vec![false; 5],
            ..Forms::default()
        };
        for form in &mut forms.forms {
            form.weight = form.words().len() as f32;
        }
        assert!(!alike(&forms, 0, 1));
        assert!(alike(&forms, 2, 3));
    }

    #[test]
    fn a_rendering_one_place_further_stands_in_the_slot_within_reach() {
        use crate::ids::QuoteId;
        // One article, one speaker, four units in order: forms 0 (group 0),
        // 1 (group 1), 2 and 3 (alone).
        let mut forms = Forms {
            forms: (0..4).map(|f| Form::new(vec![2 * f, 2 * f + 1])).collect(),
            ..Forms::default()
        };
        for (f, form) in forms.forms.iter_mut().enumerate() {
            form.units = vec![f].into_boxed_slice();
        }
        let group_of = [0, 1, usize::MAX, usize::MAX];
        let voice = |u: UnitIdx| Voice {
            source: SourceId::new(0),
            quote: QuoteId::new(u),
            speaker: Some(PersonId::new(0)),
            headline: false,
        };
        let person = PersonId::new(0);
        let after = |g: u32, f: u32| ((person, g, Side::After), SourceId::new(0), f);
        let before = |g: u32, f: u32| ((person, g, Side::Before), SourceId::new(0), f);
        // Next to their anchors only.
        let next = slots(&forms, &group_of, voice, 1);
        assert_eq!(next, [after(0, 1), after(1, 2), before(1, 0)]);
        // One place further too: forms 2 and 3 past the next unit.
        let further = slots(&forms, &group_of, voice, 2);
        let expected = [
            after(0, 1),
            after(0, 2),
            after(1, 2),
            after(1, 3),
            before(1, 0),
        ];
        assert_eq!(further, expected);
    }

    #[test]
    fn a_rare_function_word_in_common_is_no_specific_word_shared() {
        // Two sentences of a German speaker in a story told mostly in
        // English ("wir werden uns wehren" / "man wird uns nicht brechen"):
        // 'uns' (word 0) is in few forms, as are each side's own verbs.
        let forms = Forms {
            forms: vec![Form::new(vec![0, 1]), Form::new(vec![0, 2])],
            idf: vec![1.0; 3],
            df: vec![2, 1, 1],
            function: vec![true, false, false],
            ..Forms::default()
        };
        let [a, b] = [0, 1].map(|f| &forms.forms[f]);
        assert!(specifics_differ(&forms, a, b));
    }
}
