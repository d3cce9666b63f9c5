//! Grouping quotes that render the same utterance, within and across sources.
//!
//! 0. `units`: each quotation is cut into sentence-level units; each unit
//!    groups on its own (below, "quote" means a unit), so a quote that
//!    holds several statements takes part in one group per statement.
//! 1. `forms`: quotes with the same words (after folding case and
//!    typography, trimming inflections and merging a person's spellings:
//!    `keys`) share a form, found by hashing, never by comparison.
//! 2. `candidates`: an inverted index over words and word bigrams; each
//!    form looks up its rarest shared features and keeps its best few
//!    partners (sub-quadratic: about linear in the number of forms).
//! 3. `link`: candidates are compared by order-preserving, IDF-weighted
//!    alignment, the evidence weighed as a whole (containment, coverage,
//!    length of the match). Speakers are soft evidence: agreeing ones let a
//!    loose translation link; disagreeing ones (attribution errs) weigh
//!    against the words, outweighed by a long verbatim excerpt, a long
//!    rendering close to both, or one keeping nearly all the other's
//!    words. An excerpt of a much longer form keeps its words together
//!    (`scatter`); two forms that share only their opening words and then
//!    part are two statements (`opening`); so are two sentences of one
//!    quote, one short, however alike they open (`units::share_a_quote`).
//! 4. Here: links merge strongest first; two groups merge only if their
//!    references (most complete renderings) link or one end has a second
//!    link into the other group: no chain of ever-weaker links, nor a phrase
//!    one statement repeats (`excerpt_bridges`), merges two statements. Short
//!    renderings (under `MIN_CORE_WORDS` words) never bridge groups: each
//!    joins only the group of its best match, and only when no other group
//!    fits about as well (a link whose speakers agree fits better by the
//!    weight a link gives them); 2–3-word fragments must sit inside it as
//!    one run, or but for one edit inside the phrase (`fragments`: "a fair
//!    deal" in "a very fair deal", "strong oscillation" in "a strong
//!    fluctuation"). A fragment that fits only inside another, attached,
//!    fragment follows it into its group; fragments no group takes join
//!    their one best near-identical partner, the short sentence they are
//!    an unbroken excerpt of, or one the same speaker is given that they
//!    reword closely (most words of both, in order), in `attach`. Stock
//!    phrases (short, every word common in the corpus) stay ungrouped,
//!    even identical copies: "the European continent" in five outlets may
//!    come from five different statements; so do ambiguous fragments, but
//!    for identical copies of a rare one given to one speaker, which group
//!    with each other ("high-tech duel"). One-word scare quotes group only
//!    as one article repeating one speaker's rare word.
//! 5. `rejoin`: two groups of two renderings or more whose every cross
//!    pair of renderings links are one statement the rules above kept
//!    apart (short wordings never bridge): they merge, unless a link
//!    between them sets two speakers against each other, a quote has a
//!    unit in both, or either group could merge with a third this way.
//!    So do two groups of one speaker, each the other's clear best fit by
//!    its renderings' rare words found among the other's (`pooled`).
//!    Before that, two of one speaker's groups near a link, in one slot of
//!    the speech, no article printing both, merge (`near_merge`).
//! 6. `strays`: an attributed unit left out that is one group rendering's
//!    words but for one swapped (a translation of one sentence by one
//!    speaker) joins that group, when its speaker speaks there and no other
//!    group fits it.
//! 7. `slots`: a unit no group holds joins the rendering that stands in
//!    its place in another article (the same speaker's next unit after one
//!    group, or the one before it) when the two share two fifths of their
//!    weighted words and do not each say a specific word the other lacks:
//!    translators keep a speech's order and its names, not its words.
//! 8. `echoes`: a scare quote of one to three words left out joins the one
//!    group that its own article's longer quotations of its speaker, holding
//!    its words as a run and nearest to it, belong to ("defeat" beside "a
//!    defeat for Russia"); so does a group of one speaker's scare quotes
//!    alone (a phrase that fits several statements, grouped with its own
//!    copies). A copy whose own article's nearest longer quotation holding
//!    its words is outside that group leaves the form (`echo_copies`).
//! 9. `lifted`: an attributed sentence left out joins the group of a
//!    scare quote its own article gives the same speaker, when it holds
//!    that quote's words and a phrase of the group's own as runs ("hold a
//!    high-tech duel between Russia and the West" beside "duel").
//!    So, in `phrase_groups`, does one joining a group made only of its
//!    speaker's phrases when it holds one as a run and no other group's
//!    rendering says them ("conclusive information" quoted alone by three
//!    outlets, the sentence it comes from by a fourth), or a group with
//!    longer renderings when the sentence is mostly the phrase (a headline).
//! 10. `rare_words`: a short quote left out whose words only one statement
//!     of its speaker holds (rare in the story: "responsibly" in two outlets,
//!     "use the networks responsibly" in a third) joins that statement.
//!     One speaker's word that three articles or more quote alone and no
//!     group holds yet ("genocide") groups its copies given to that
//!     speaker, or joins the speaker's one group of short phrases that
//!     says it ("white genocide"): `scare_words`. So do the copies of a
//!     capitalised word (a name, "Oreshnik") that three articles quote
//!     alone, given to at most one speaker. A group of one speaker's
//!     phrases alone joins the one group whose renderings hold them as a
//!     run, after a leading function word ("a tragedy" beside "the tragedy
//!     of it"): `held_phrases`; so does a fragment left out that ends with
//!     one group's scare quote, a word added before ("totally gutted"): `added_words`.
//! 11. `voices`: a short form two named speakers share ("witch hunt")
//!     gives up, in a group of one speaker's statement, the units of
//!     speakers who speak nowhere else there, when those are the more; they
//!     group with their own speaker's copies. Before that, a unit of one
//!     to three words that is a sentence of a longer quotation ("New
//!     Harbour. Tonight, …") leaves a group of longer renderings
//!     (`continuations`): it continues its neighbour, not another statement;
//!     so does a slogan printed in Title Case in prose (`titled`).
//! 12. `cuts`: a long unit holding two statements that one run-on sentence
//!     joins ("…, and …") is cut at the clause mark between a run shorter
//!     renderings in one group match and a run renderings in another group
//!     match, each piece placed in the group that matched it (when two
//!     renderings there link to it), without grouping again.
//!     Where no such cut is made, a long unit whose own group holds, but
//!     for it, only renderings wholly on one side of one of its clause
//!     marks, each side with one printed as a sentence, parts that group
//!     there (`parting`), when the sides' sentences share fewer than
//!     three words and no other member is nearly as long.
//! 13. `cluster`: the reference is the most complete rendering that two
//!     quotes give in full, preferring a body quote with a known speaker to a
//!     headline; a group holds at most one unit per quote.

mod added_words;
mod address;
mod attach;
mod candidates;
mod cluster;
mod compounds;
mod continuations;
mod core_sets;
mod cross_votes;
mod cut_sides;
mod cuts;
mod echo_copies;
mod echoes;
mod excerpt_bridges;
mod forms;
mod fragments;
mod halves;
mod held_phrases;
mod keys;
mod lcs;
mod lifted;
mod link;
mod moved;
mod near_merge;
mod opening;
mod own_sentences;
mod parting;
mod phrase_groups;
mod pieces;
mod pooled;
mod rare_words;
mod rejoin;
mod relation;
mod scare_words;
mod scatter;
mod slots;
mod sorted_words;
mod sources;
mod strays;
mod substitutions;
mod titled;
mod units;
mod voices;

use rayon::iter::Either;
use rayon::prelude::*;

use crate::corpus::{Corpus, Languages, ParagraphKind};
use crate::fast_hash::FastSet;
use crate::people::Person;

use super::{Cluster, ClusterId, Quote, QuoteId, Unit};
use attach::attach_fragments;
use cluster::Plan;
use core_sets::{completeness, join_core_forms};
use forms::{FormId, Forms, QuoteUnit};
use link::{Evidence, MIN_CORE_WORDS, MIN_LINK_WORDS};

pub use relation::{compare, divergence};
pub use sources::{listing_tier, source_divergence};

/// Clusters of two or more renderings (`id` = index): cross-outlet groups
/// before single-source ones, confident before doubtful, then most divergent
/// first (see [`listing_tier`]).
/// Sets every quote's `units` (each with its group) and its `cluster` (the
/// group of its main unit).
pub fn group(corpus: &Corpus, quotes: &mut [Quote]) -> Vec<Cluster> {
    group_with_people(corpus, quotes, &[])
}

/// [`group`], with the spellings of each of `people` (their variants)
/// compared as one word.
pub fn group_with_people(corpus: &Corpus, quotes: &mut [Quote], people: &[Person]) -> Vec<Cluster> {
    group_with(corpus, &Languages::new(corpus), quotes, people)
}

/// [`group_with_people`], with the articles' languages detected into
/// `languages` (the analysis shares them with attribution).
pub fn group_with(
    corpus: &Corpus,
    languages: &Languages,
    quotes: &mut [Quote],
    people: &[Person],
) -> Vec<Cluster> {
    // The units, flat, in quote order; the quotes' own lists (one allocation
    // each) are filled when grouping is done, not held beside the forms' peak.
    let units: Vec<QuoteUnit> = quotes
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, q)| {
            let text = corpus
                .articles
                .get(q.source.index())
                .map_or("", |a| a.text.as_str());
            units::split(text, q.inner())
                .into_iter()
                .map(move |range| QuoteUnit::new(QuoteId::new(i), range))
        })
        .collect();
    quotes.par_iter_mut().for_each(|q| {
        q.cluster = None;
        q.units = Default::default();
    });
    let keys = keys::WordKeys::new(people);
    let (units, forms, groups, cut) = group_units(corpus, languages, quotes, units, &keys);
    let plans: Vec<Plan> = groups
        .into_par_iter()
        .filter_map(|members| cluster::plan_cluster(corpus, quotes, &units, &forms, &members))
        .collect();
    // The forms are the largest part of grouping's memory; the clusters'
    // alignments are the largest part of its result: not both at once.
    // Their many small allocations are freed on all cores (on the calling
    // thread alone, the other core waited).
    let forms = forms.into_forms();
    forms.into_par_iter().for_each(drop);
    let mut clusters: Vec<(Cluster, Plan)> = plans
        .into_par_iter()
        .with_max_len(CLUSTER_PIECE)
        .map(|plan| (cluster::build_cluster(corpus, quotes, &units, &plan), plan))
        .collect();
    clusters.par_sort_by(|(a, _), (b, _)| {
        listing_tier(a)
            .cmp(&listing_tier(b))
            .then(b.divergence.total_cmp(&a.divergence))
            .then(b.quotes.len().cmp(&a.quotes.len()))
            .then(a.quotes.cmp(&b.quotes))
    });
    let mut unit_cluster: Vec<Option<ClusterId>> = vec![None; units.len()];
    for (i, (c, plan)) in clusters.iter_mut().enumerate() {
        let id = ClusterId::new(i);
        c.id = id;
        for &u in &plan.units {
            unit_cluster[u] = Some(id);
        }
    }
    // A quote's units sit side by side in `units`, in order, but for the
    // pieces of units cut, which come last.
    let mut order: Vec<forms::UnitIdx> = (0..units.len()).filter(|u| !cut.contains(u)).collect();
    if !cut.is_empty() {
        order.sort_by_key(|&u| (units[u].quote, units[u].range().start));
    }
    for same in order.chunk_by(|&x, &y| units[x].quote == units[y].quote) {
        let quote = &mut quotes[units[same[0]].quote];
        quote.units = same
            .iter()
            .map(|&u| Unit {
                cluster: unit_cluster[u],
                ..Unit::new(units[u].range())
            })
            .collect();
        quote.cluster = cluster::main_unit_cluster(&quote.units);
    }
    clusters.into_iter().map(|(c, _)| c).collect()
}

/// Clusters built as one piece of work at most (a cluster's alignments
/// cost ~0.15 M instructions on average, more for long texts): rayon's own
/// cut leaves four long pieces that it splits only when the other core
/// steals them, so one core could finish a long piece alone.
const CLUSTER_PIECE: usize = 16;

/// The units, their forms and their groups, and the units cut into pieces
/// (appended to the units, each piece in a group of its own renderings:
/// [`cuts`]).
fn group_units(
    corpus: &Corpus,
    languages: &Languages,
    quotes: &[Quote],
    mut units: Vec<QuoteUnit>,
    keys: &keys::WordKeys,
) -> (
    Vec<QuoteUnit>,
    Forms,
    Vec<Vec<FormId>>,
    FastSet<forms::UnitIdx>,
) {
    let (mut forms, mut groups, anchors) = group_once(corpus, languages, quotes, &units, keys);
    let text = |u: forms::UnitIdx| units[u].text(corpus, quotes);
    let found = cuts::find(&forms, &groups, anchors, &units, text);
    let cut = cuts::apply(&mut forms, &mut groups, &mut units, found);
    (units, forms, groups, cut)
}

/// One grouping of `units`: their forms, the groups, and the candidate
/// pairs that could anchor a cut ([`cuts::anchor_pair`]).
fn group_once(
    corpus: &Corpus,
    languages: &Languages,
    quotes: &[Quote],
    units: &[QuoteUnit],
    keys: &keys::WordKeys,
) -> (Forms, Vec<Vec<FormId>>, Vec<(u32, u32)>) {
    let mut forms = Forms::build(corpus, quotes, units, keys);
    let voice = |u: forms::UnitIdx| {
        let q = &quotes[units[u].quote];
        echoes::Voice {
            source: q.source,
            quote: q.id,
            speaker: q.speaker,
            headline: corpus
                .articles
                .get(q.source.index())
                .and_then(|a| a.paragraphs.get(q.paragraph()))
                .is_some_and(|p| p.kind == ParagraphKind::Title),
        }
    };
    let text = |u: forms::UnitIdx| units[u].text(corpus, quotes);
    // Detected only for the sources of fragments that fit two groups
    // about equally ([`attach`]): a few, not every article.
    let language = |f: FormId| {
        let source = quotes[units[*forms.forms[f].units.first()?].quote].source;
        languages.of(source)
    };
    let quote = |u: forms::UnitIdx| units[u].quote;
    let (mut groups, anchors, leaving, pooled) = group_forms(&forms, voice, text, language, quote);
    // The short half of a sentence quoted in two follows the longer's group.
    halves::follow(&forms, &mut groups, &halves::find(corpus, quotes, units));
    forms.pooled = pooled;
    // Copies of a scare quote their own article lifts from another statement.
    echo_copies::part(&mut forms, leaving);
    // A slogan printed in Title Case leaves the sentence it shares words with.
    let titled = |u: forms::UnitIdx| titled::in_prose(corpus, &quotes[units[u].quote], text(u));
    titled::release(&mut forms, &mut groups, titled);
    // A short sentence of a longer quotation leaves another statement's group.
    continuations::release(&forms, &mut groups, |u| {
        let q = units[u].quote;
        (u > 0 && units[u - 1].quote == q) || units.get(u + 1).is_some_and(|n| n.quote == q)
    });
    // Another speaker's copies of a short phrase leave a statement's group.
    voices::separate(&mut forms, &mut groups, voice);
    (forms, groups, anchors)
}

/// A link between two forms (ids as u32: a link is 24 bytes, not 40, and
/// there are hundreds of thousands).
type Link = (u32, u32, Evidence);

/// Two forms' ids, as in a [`Link`].
type Pair = (u32, u32);

/// Links, and pairs of forms.
type Links = (Vec<Link>, Vec<Pair>);

/// What [`group_forms`] finds: the groups, the pairs that could anchor a
/// cut, the scare quotes' copies leaving, and the groups' pooled merges.
type Grouped = (
    Vec<Vec<FormId>>,
    Vec<(u32, u32)>,
    echo_copies::Leaving,
    pooled::Merged,
);

/// Groups of forms (lists of form ids) that render one utterance. `voice`: a
/// unit's article, quote and speaker; `text`: its text; `quote`: its quote.
fn group_forms<'t, 'l>(
    forms: &Forms,
    voice: impl Fn(forms::UnitIdx) -> echoes::Voice + Sync,
    text: impl Fn(forms::UnitIdx) -> &'t str + Sync,
    language: impl Fn(FormId) -> Option<&'l str> + Sync,
    quote: impl Fn(forms::UnitIdx) -> QuoteId + Sync,
) -> Grouped {
    let (links, anchors, near) = find_links(forms, quote);
    let mut sets = join_core_forms(forms, &links, &text);
    let (attach, ambiguous) = attach_fragments(forms, &links, &mut sets, language, &voice);
    let mut groups = core_sets::collect_groups(forms, &mut sets, attach, &ambiguous);
    rejoin::rejoin(forms, &links, &mut groups, |u| voice(u).quote);
    near_merge::merge(forms, &links, near, &mut groups, &voice);
    // Links (4 MB at 10,000 articles) and sets freed before the adoptions.
    drop((links, sets));
    let pooled = pooled::merge(forms, &mut groups, |u| voice(u).source);
    let eligible = |f: FormId| !ambiguous[f] && !forms.is_stock_phrase(f, MIN_CORE_WORDS);
    strays::adopt(forms, &mut groups, eligible);
    slots::adopt(forms, &mut groups, &voice);
    let mut leaving = echoes::adopt(forms, &mut groups, &voice, &text);
    echoes::adopt_groups(forms, &mut groups, &voice, &text);
    lifted::adopt(forms, &mut groups, &voice, &leaving);
    phrase_groups::adopt(forms, &mut groups, &voice);
    rare_words::adopt(forms, &mut groups, &voice, &text);
    leaving.extend(scare_words::adopt(forms, &mut groups, &voice, &text));
    held_phrases::adopt(forms, &mut groups, &voice, &text);
    added_words::adopt(forms, &mut groups, &voice, &text);
    (groups, anchors, leaving, pooled)
}

/// Whether a form is long enough to bridge groups (see [`MIN_CORE_WORDS`]).
fn is_core(forms: &Forms, f: FormId) -> bool {
    forms.forms[f].words().len() >= MIN_CORE_WORDS
}

/// The candidate pairs that link, sorted by (a, b): first on their words,
/// then (the pairs that failed) with the substitutions the strong links
/// teach ([`substitutions`]); and the candidate pairs that could anchor a
/// cut of a long unit ([`cuts::anchor_pair`]); and the core pairs near a
/// link ([`near_merge`]). `quote`: a unit's quote.
fn find_links(
    forms: &Forms,
    quote: impl Fn(forms::UnitIdx) -> QuoteId + Sync,
) -> (Vec<Link>, Vec<(u32, u32)>, Vec<Link>) {
    let n = forms.len();
    // Each candidate pair is evaluated where it is found, and only the
    // pairs that link are kept, with those that might link once words
    // swapped for one another count: the candidate list is never
    // materialised.
    let candidates = candidates::Candidates::find(forms);
    // One walk over the candidate pairs serves both: each pair may anchor a
    // cut whether or not it links.
    let ((mut links, retry), (near, anchors)): (Links, Links) = (0..n)
        .into_par_iter()
        .flat_map_iter(|f| candidates.pairs_of(f))
        .flat_map_iter(|(a, b)| {
            let (fa, fb) = (&forms.forms[a], &forms.forms[b]);
            let anchor = cuts::anchor_pair(a as u32, fa, b as u32, fb);
            let core = is_core(forms, a) && is_core(forms, b);
            // Asked only of pairs that link or may ([`units::share_a_quote`]).
            let found = link_or_retry(forms, a, b)
                .filter(|_| core || !units::share_a_quote(&fa.units, &fb.units, &quote));
            // Core pairs short of a link, for the second pass ([`near_merge`]).
            let near = (core && !matches!(found, Some(Either::Left(_))))
                .then(|| near_merge::near_link(forms, a, b))
                .flatten();
            found
                .map(Either::Left)
                .into_iter()
                .chain(near.map(|l| Either::Right(Either::Left(l))))
                .chain(anchor.map(|p| Either::Right(Either::Right(p))))
        })
        .partition_map(|x| x);
    drop(candidates);
    let learned = substitutions::Substitutions::learn(forms, &links);
    if !learned.is_empty() {
        let more: Vec<Link> = retry
            .into_par_iter()
            .filter_map(|(a, b)| {
                let e =
                    learned.evidence(forms, &forms.forms[a as usize], &forms.forms[b as usize])?;
                let apart = forms.moods_part(a as usize, b as usize, e.containment);
                let (fa, fb) = (&forms.forms[a as usize], &forms.forms[b as usize]);
                let scattered = || scatter::scattered_excerpt(forms, fa, fb, &e);
                let parted = || opening::share_only_opening(fa, fb, &e);
                (e.links() && !apart && !scattered() && !parted()).then_some((a, b, e))
            })
            .collect();
        links.extend(more);
    }
    // Pairs are unique: one order, sorted on all cores.
    links.par_sort_unstable_by_key(|&(a, b, _)| (a, b));
    (links, anchors, near)
}

/// The link of candidate pair `(a, b)` on its words, or the pair to retry
/// once substitutions are learned (it may link with words swapped), or
/// neither.
fn link_or_retry(forms: &Forms, a: FormId, b: FormId) -> Option<Either<Link, Pair>> {
    // A question and its echoed answer: no link, and no retry.
    if forms.persons_clash(a, b) {
        return None;
    }
    let (fa, fb) = (&forms.forms[a], &forms.forms[b]);
    let shortest = fa.words().len().min(fb.words().len());
    let (a, b) = (a as u32, b as u32);
    let common = match link::evidence_or_bound(forms, fa, fb) {
        Ok(e) => {
            // Very short quotes must sit inside the other rendering
            // as one run, or but for one edit inside the phrase.
            let keep = if shortest >= MIN_LINK_WORDS {
                e.links() && !scatter::scattered_excerpt(forms, fa, fb, &e)
            } else {
                let near = || fragments::near_run(forms, fa, fb);
                (e.contains_fragment() || near()) && e.speakers != link::Speakers::Differ
            };
            let keep = keep && !opening::share_only_opening(fa, fb, &e);
            if keep && !forms.moods_part(a as usize, b as usize, e.containment) {
                return Some(Either::Left((a, b, e)));
            }
            // Translators move clauses and an excerpt may move a word: the pair may
            // link with one moved.
            if !keep
                && let Some(x) = moved::relink(forms, fa, fb, &e)
                && !forms.moods_part(a as usize, b as usize, x.containment)
            {
                return Some(Either::Left((a, b, x)));
            }
            e.containment * fa.weight.min(fb.weight)
        }
        Err(bound) => bound,
    };
    (shortest >= MIN_LINK_WORDS && substitutions::could_link_with_substitutions(fa, fb, common))
        .then_some(Either::Right((a, b)))
}
