//! Fragments (forms under `MIN_CORE_WORDS` words) and the group each
//! joins: the group of its best match when no other fits about as well,
//! else the fragment it fits inside, else its one best free partner. A
//! fragment that each of its articles also quotes inside a longer sentence
//! of its own joins only a group of those sentences ([`own_sentences`]).

use rayon::prelude::*;

use crate::fast_hash::{FastMap, FastSet};
use crate::ids::SourceId;

use super::core_sets::Sets;
use super::echoes::Voice;
use super::forms::{FormId, Forms, UnitIdx};
use super::link::{AGREEING_SPEAKERS, Evidence, Speakers};
use super::own_sentences::own_sentences;
use super::{Link, fragments, is_core};

/// How much better a fragment's best group must fit than any other.
const AMBIGUITY_MARGIN: f32 = 0.1;

/// How well a fragment fits the group of the form it links to: the link's
/// score, plus the weight a link gives agreeing speakers. A fragment given
/// to its speaker that sits as well inside a sentence of that speaker as
/// inside one with no speaker known (a translation that keeps the words in
/// brackets) renders the attributed sentence: speakers are soft evidence
/// here as in [`Evidence::support`].
fn fit(e: &Evidence) -> f32 {
    let speakers = if e.speakers == Speakers::Agree {
        AGREEING_SPEAKERS
    } else {
        0.0
    };
    e.score() + speakers
}

/// Fragments and the group (root) each joins, and the fragments that fit
/// several groups about equally (by form id). `source`: a unit's article.
pub(super) fn attach_fragments<'l>(
    forms: &Forms,
    links: &[Link],
    sets: &mut Sets,
    language: impl Fn(FormId) -> Option<&'l str> + Sync,
    voice: impl Fn(UnitIdx) -> Voice + Sync,
) -> (Vec<(FormId, FormId)>, Vec<bool>) {
    let source = |u: UnitIdx| voice(u).source;
    let core = |f: FormId| is_core(forms, f);
    // A fragment each of its articles quotes inside a sentence of its own
    // was lifted from one of those: it fits no other group, however well
    // its words do (a phrase the speaker used in two statements).
    let own = own_sentences(forms, links, sets, source);
    let elsewhere = |frag: FormId, root: FormId| own.get(&frag).is_some_and(|r| !r.contains(&root));
    // A fragment fits only a rendering it shares a specific word with: a
    // phrase of the story's common words fits many statements.
    let specific = |frag: FormId, other: FormId| {
        fragments::shares_a_specific_word(forms, &forms.forms[frag], &forms.forms[other])
    };
    // The articles that give a quote a speaker. A form with nobody named
    // whose copies all stand in other articles comes from outlets that
    // name nobody (a garbled translated mirror): its missing speaker says
    // nothing about its being another statement.
    let naming: FastSet<SourceId> = forms
        .forms
        .iter()
        .flat_map(|f| f.units.iter())
        .filter_map(|&u| {
            let v = voice(u);
            v.speaker.map(|_| v.source)
        })
        .collect();
    let named_or_unnaming = |f: FormId| {
        let form = &forms.forms[f];
        !form.speakers.is_empty() || form.units.iter().all(|&u| !naming.contains(&source(u)))
    };
    // Fragments join the group of their best match, unless another group fits
    // about as well: a phrase that fits two statements says nothing about
    // which one it renders.
    // The words are compared on all cores (this stage is otherwise
    // serial); the fits are then listed in link order.
    let fitting: Vec<(FormId, FormId, f32)> = links
        .par_iter()
        .flat_map_iter(|&(a, b, e)| {
            let (a, b) = (a as FormId, b as FormId);
            [(a, b), (b, a)]
                .into_iter()
                .filter(move |&(frag, other)| {
                    !core(frag)
                        && core(other)
                        && specific(frag, other)
                        && fragments::places_short_form(
                            forms,
                            &forms.forms[frag],
                            &forms.forms[other],
                            &e,
                            named_or_unnaming(frag) && named_or_unnaming(other),
                        )
                })
                .map(move |(frag, other)| (frag, other, fit(&e)))
        })
        .collect();
    let mut fits: Fits = FastMap::default();
    for (frag, other, fit) in fitting {
        let root = sets.find(other);
        if !elsewhere(frag, root) {
            fits.entry(frag).or_default().push((fit, root, other));
        }
    }
    let (mut attach, ambiguous_frags) = best_fits(fits, &language);
    // Then fragments that fit only inside an attached fragment ("must be
    // ensured" lifted from the excerpt "security must be ensured", itself
    // an edited excerpt of the full sentence) follow it into its group;
    // not one whose articles quote it inside their own sentences: it fitted
    // those directly above, and when that left it undecided or out, a
    // phrase it sits inside decides nothing more.
    let joined: FastMap<FormId, FormId> = attach.iter().copied().collect();
    let inside_fits: Vec<(FormId, (f32, FormId, FormId))> = links
        .par_iter()
        .flat_map_iter(|&(a, b, e)| {
            let (a, b) = (a as FormId, b as FormId);
            let (joined, own) = (&joined, &own);
            [(a, b), (b, a)]
                .into_iter()
                .filter_map(move |(frag, other)| {
                    let inside = forms.forms[frag].words().len() < forms.forms[other].words().len();
                    if core(frag)
                        || !inside
                        || joined.contains_key(&frag)
                        || own.contains_key(&frag)
                    {
                        return None;
                    }
                    if !specific(frag, other) {
                        return None;
                    }
                    let &root = joined.get(&other)?;
                    Some((frag, (fit(&e), root, other)))
                })
        })
        .collect();
    let mut fits: Fits = FastMap::default();
    for (frag, fit) in inside_fits {
        fits.entry(frag).or_default().push(fit);
    }
    let (more, more_ambiguous) = best_fits(fits, &language);
    attach.extend(more);
    let mut ambiguous = vec![false; forms.len()];
    for f in ambiguous_frags.into_iter().chain(more_ambiguous) {
        ambiguous[f] = true;
    }
    join_free_fragments(forms, links, sets, &attach, &ambiguous);
    (attach, ambiguous)
}

/// Fragments that no group takes but that render one phrase ("a fair deal",
/// "a very fair deal") join each other, each only its one best partner, and
/// only through a (near-)run of a fragment of at most
/// [`fragments::MAX_FRAGMENT_WORDS`] words, or through an unbroken run of a
/// longer short form (under [`MIN_CORE_WORDS`](super::link::MIN_CORE_WORDS) words, so no group's core
/// would take it: a six-word sentence and its four-word excerpt).
fn join_free_fragments(
    forms: &Forms,
    links: &[Link],
    sets: &mut Sets,
    attach: &[(FormId, FormId)],
    ambiguous: &[bool],
) {
    let joined: FastSet<FormId> = attach.iter().map(|&(f, _)| f).collect();
    let free = |f: FormId| !is_core(forms, f) && !joined.contains(&f) && !ambiguous[f];
    let mut fits: Fits = FastMap::default();
    for &(a, b, e) in links {
        let (a, b) = (a as FormId, b as FormId);
        let shortest = forms.forms[a]
            .words()
            .len()
            .min(forms.forms[b].words().len());
        // A longer short form (four to six words) joins another only as an
        // unbroken run of it ("the art of compromise" in "politics is the
        // art of compromise"), or as a close rewording given to the same
        // speaker that says most of both forms: an edited excerpt of four
        // words is as often a second statement on one topic ("we will win
        // tonight" / "we will win, it is close"), which cost precision on
        // the labelled news, but one that says all but a word of each side
        // ("this never happened before" / "it has never happened before")
        // is one sentence.
        let fits_as_fragment = shortest <= fragments::MAX_FRAGMENT_WORDS
            || fragments::unbroken_but_for_one_added(forms, &forms.forms[a], &forms.forms[b], &e)
            || fragments::close_short_rewording(&e);
        if !fits_as_fragment || !free(a) || !free(b) {
            continue;
        }
        for (frag, other) in [(a, b), (b, a)] {
            let root = sets.find(other);
            fits.entry(frag).or_default().push((fit(&e), root, other));
        }
    }
    // Free fragments join one another on fit alone: a pair of copies of
    // one phrase has no rendering of its own to prefer.
    let (pairs, _) = best_fits(fits, &|_| None);
    for (frag, root) in pairs {
        let (ra, rb) = (sets.find(frag), sets.find(root));
        if ra != rb {
            sets.union(ra, rb);
        }
    }
}

/// Per fragment, its fits: (how well, the group's root, the form linked to).
type Fits = FastMap<FormId, Vec<(f32, FormId, FormId)>>;

/// Per fragment, the group it fits best, or (second list) none when another
/// group fits about as well. Among groups that fit about equally, the one
/// alone in holding a rendering in the fragment's language takes it: an
/// outlet lifts a phrase from a rendering in its own language, and a
/// translation that keeps the original words in brackets ("suba el volumen
/// ('turn the volume up')") holds them too without being what was copied.
/// `language`: the language of a form's article, when known.
fn best_fits<'l>(
    fits: Fits,
    language: &(impl Fn(FormId) -> Option<&'l str> + Sync),
) -> (Vec<(FormId, FormId)>, Vec<FormId>) {
    let mut attach = Vec::new();
    let mut ties = Vec::new();
    for (frag, mut groups) in fits {
        groups.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        let (best, root, _) = groups[0];
        let rival = groups.iter().find(|g| g.1 != root).map(|g| g.0);
        if rival.is_none_or(|s| best - s >= AMBIGUITY_MARGIN) {
            attach.push((frag, root));
        } else {
            // The fits within the margin (the list is sorted: they come first).
            groups.retain(|g| best - g.0 < AMBIGUITY_MARGIN);
            ties.push((frag, groups));
        }
    }
    // Languages are detected once per article, on all cores, before the
    // ties ask for them one by one.
    let mut asked: Vec<FormId> = ties
        .iter()
        .flat_map(|(frag, close)| std::iter::once(*frag).chain(close.iter().map(|g| g.2)))
        .collect();
    asked.sort_unstable();
    asked.dedup();
    asked.par_iter().for_each(|&f| {
        language(f);
    });
    let same_language = |a: FormId, b: FormId| language(a).is_some_and(|l| language(b) == Some(l));
    let mut ambiguous = Vec::new();
    for (frag, close) in ties {
        let mut own: Vec<FormId> = close
            .iter()
            .filter(|g| same_language(frag, g.2))
            .map(|g| g.1)
            .collect();
        own.sort_unstable();
        own.dedup();
        match own.as_slice() {
            [only] => attach.push((frag, *only)),
            _ => ambiguous.push(frag),
        }
    }
    (attach, ambiguous)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{PersonId, QuoteId};

    /// Units' voices: each unit its own quote in article `source(u)`,
    /// given to `speaker(u)`.
    fn voices(
        source: impl Fn(UnitIdx) -> SourceId + Sync,
        speaker: impl Fn(UnitIdx) -> Option<PersonId> + Sync,
    ) -> impl Fn(UnitIdx) -> Voice + Sync {
        move |u| Voice {
            source: source(u),
            quote: QuoteId::new(u),
            speaker: speaker(u),
            headline: false,
        }
    }

    /// Fragment 0 fits group 10 (through its form 11) and group 20
    /// (through form 21) about equally.
    fn tied() -> Fits {
        let mut fits = Fits::default();
        fits.insert(0, vec![(0.90, 10, 11), (0.85, 20, 21), (0.40, 30, 31)]);
        fits
    }

    #[test]
    fn a_fragment_its_article_quotes_inside_a_sentence_joins_that_sentence() {
        use crate::quotes::group::forms::Form;
        // Words: 0 "we", 1 "want", 2 "a", 3 "fair", 4 "deal", 5 "for",
        // 6 "our", 7 "farmers", 8 "is", 9 "what", 10 "will", 11 "sign",
        // 12 "today", 13 "and", 14 "workers".
        let lists: [&[u32]; 3] = [
            // 0: "we want a fair deal for our farmers and workers" (article 0).
            &[0, 1, 2, 3, 4, 5, 6, 7, 13, 14],
            // 1: "a fair deal is what we will sign today" (article 1).
            &[2, 3, 4, 8, 9, 0, 10, 11, 12],
            // 2: "a fair deal", quoted by article 0 beside its sentence.
            &[2, 3, 4],
        ];
        let mut forms = Forms {
            forms: lists.iter().map(|l| Form::new(l.to_vec())).collect(),
            idf: vec![1.0; 15],
            df: vec![1; 15],
            ..Forms::default()
        };
        for (f, u) in [(0, 0), (1, 1), (2, 2)] {
            forms.forms[f].units = vec![u].into();
        }
        let article = |u: UnitIdx| SourceId::new([0, 1, 0][u]);
        let inside = |coverage: f32| Evidence {
            containment: 1.0,
            coverage,
            matched: 3,
            speakers: Speakers::Unknown,
            run: true,
        };
        // The other statement fits the fragment clearly better (it covers
        // more of the shorter sentence), yet the fragment's article took it
        // from its own sentence.
        let links = [(0, 2, inside(0.3)), (1, 2, inside(0.6))];
        let mut sets = Sets::new(&forms);
        let (attach, ambiguous) = attach_fragments(
            &forms,
            &links,
            &mut sets,
            |_| None,
            voices(article, |_| None),
        );
        assert_eq!(attach, vec![(2, 0)]);
        assert!(!ambiguous[2]);
        // Quoted alone by an article of its own, it joins its best fit.
        let alone = |u: UnitIdx| SourceId::new([0, 1, 2][u]);
        let mut sets = Sets::new(&forms);
        let (attach, _) =
            attach_fragments(&forms, &links, &mut sets, |_| None, voices(alone, |_| None));
        assert_eq!(attach, vec![(2, 1)]);
    }

    #[test]
    fn a_fragment_of_common_words_fits_no_group() {
        use crate::quotes::group::forms::Form;
        // Words: 0 "the", 1 "deal", 2 "is", 3 "done", 4 "and", 5 "tariffs",
        // 6 "fall", 7 "soybeans". "the", "deal", "is", "and" are in many
        // forms (the story's topic and function words).
        let lists: [&[u32]; 3] = [
            // 0: "the deal is done and tariffs fall and soybeans"
            &[0, 1, 2, 3, 4, 5, 6, 4, 7],
            // 1: "the deal is"
            &[0, 1, 2],
            // 2: "tariffs fall"
            &[5, 6],
        ];
        let mut forms = Forms {
            forms: lists.iter().map(|l| Form::new(l.to_vec())).collect(),
            idf: vec![1.0; 8],
            df: vec![50, 50, 50, 3, 50, 3, 3, 3],
            ..Forms::default()
        };
        for f in 0..3 {
            forms.forms[f].units = vec![f].into();
        }
        let inside = Evidence {
            containment: 1.0,
            coverage: 0.3,
            matched: 2,
            speakers: Speakers::Unknown,
            run: true,
        };
        let links = [(0, 1, inside), (0, 2, inside)];
        let mut sets = Sets::new(&forms);
        let (attach, _) = attach_fragments(
            &forms,
            &links,
            &mut sets,
            |_| None,
            voices(SourceId::new, |_| None),
        );
        assert_eq!(attach, vec![(2, 0)]);
    }

    #[test]
    fn a_short_form_given_to_nobody_joins_an_attributed_sentence_only_as_a_run() {
        use crate::quotes::group::forms::Form;
        // Words: 0 "we", 1 "will", 2 "guard", 3 "the", 4 "harbour",
        // 5 "and", 6 "its", 7 "fishing", 8 "fleet", 9 "always",
        // 10 "nets", 11 "dry".
        let lists: [&[u32]; 3] = [
            // 0: "we will guard the harbour and its fishing fleet always",
            // given to the mayor (article 0).
            &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            // 1: "we guard its fishing fleet", quoted with no speaker
            // (article 1).
            &[0, 2, 6, 7, 8],
            // 2: "the nets dry", given to a skipper in article `skipper`.
            &[3, 10, 11],
        ];
        let mut forms = Forms {
            forms: lists.iter().map(|l| Form::new(l.to_vec())).collect(),
            idf: vec![1.0; 12],
            df: vec![1; 12],
            ..Forms::default()
        };
        for f in 0..3 {
            forms.forms[f].units = vec![f].into();
        }
        forms.forms[0].speakers = vec![PersonId::new(0)].into();
        forms.forms[2].speakers = vec![PersonId::new(1)].into();
        let link = |run: bool, speakers: Speakers| Evidence {
            containment: 1.0,
            coverage: 0.5,
            matched: 5,
            speakers,
            run,
        };
        // Units' speakers are the forms' (each form has one unit).
        let attached = |forms: &Forms, e: Evidence, skipper: usize| {
            let mut sets = Sets::new(forms);
            let links = [(0, 1, e)];
            let article = move |u: UnitIdx| SourceId::new([0, 1, skipper][u]);
            let speaker = |u: UnitIdx| forms.forms[u].speakers.first().copied();
            attach_fragments(forms, &links, &mut sets, |_| None, voices(article, speaker)).0
        };
        // An edited match with nobody named on one side, in an article
        // that names a speaker elsewhere, places nothing.
        let edited = link(false, Speakers::Unknown);
        assert_eq!(attached(&forms, edited, 1), vec![]);
        // As an unbroken run it joins; so it does with both speakers known.
        assert_eq!(
            attached(&forms, link(true, Speakers::Unknown), 1),
            vec![(1, 0)]
        );
        // From an article that names nobody (the skipper is quoted
        // elsewhere), the words decide: no speaker was to be had there.
        assert_eq!(attached(&forms, edited, 2), vec![(1, 0)]);
        forms.forms[1].speakers = vec![PersonId::new(0)].into();
        assert_eq!(
            attached(&forms, link(false, Speakers::Agree), 1),
            vec![(1, 0)]
        );
        // Where nobody is named anywhere, the words decide too.
        for f in 0..3 {
            forms.forms[f].speakers = Default::default();
        }
        assert_eq!(attached(&forms, edited, 1), vec![(1, 0)]);
    }

    #[test]
    fn a_tie_goes_to_the_one_group_in_the_fragments_language() {
        // Forms 0 and 11 are in one language, 21 and 31 in another.
        let language = |f: FormId| Some(if [0, 11].contains(&f) { "en" } else { "es" });
        assert_eq!(best_fits(tied(), &language), (vec![(0, 10)], vec![]));
    }

    #[test]
    fn a_tie_stays_a_tie_when_the_language_says_nothing() {
        // Both close groups hold a rendering in the fragment's language,
        // or none does (no language is known): the fragment joins neither.
        assert_eq!(best_fits(tied(), &|_| Some("en")), (vec![], vec![0]));
        assert_eq!(best_fits(tied(), &|_| None), (vec![], vec![0]));
        // A clear best fit needs no language.
        let mut fits = Fits::default();
        fits.insert(0, vec![(0.90, 10, 11), (0.50, 20, 21)]);
        assert_eq!(best_fits(fits, &|_| None), (vec![(0, 10)], vec![]));
    }
}
