//! From a group of forms to a [`Cluster`]: its units (one per quote), its
//! reference unit and every other unit aligned with it.

use crate::corpus::{Corpus, ParagraphKind};
use crate::fast_hash::{FastMap, FastSet};
use crate::ids::Span;
use crate::quotes::{AlignOp, Cluster, ClusterId, Quote, RenderingPair, SourceId, Unit};

use super::forms::{FormId, Forms, QuoteUnit, UnitIdx};
use super::{completeness, link, relation};

/// A form with fewer than this share of the longest form's words is an
/// excerpt, never the reference.
const COMPLETE_SHARE: f32 = 0.6;

/// The group's reference form: among its complete forms (close to the
/// longest in words), the most complete one that at least two units give in
/// full (their words contain it as one run), else the most complete. So a
/// sentence two outlets report in full wins over one outlet's longer cut that
/// adds words before it, while a trimmed copy never displaces a full
/// rendering that several outlets repeat.
fn reference_form(forms: &Forms, members: &[FormId]) -> Option<FormId> {
    let longest = members
        .iter()
        .map(|&f| forms.forms[f].words().len())
        .max()
        .unwrap_or(0);
    let attested_twice = |f: FormId| -> bool {
        let form = &forms.forms[f];
        let within: usize = members
            .iter()
            .filter(|&&g| g != f && forms.forms[g].words().len() > form.words().len())
            .filter(|&&g| link::contiguous(form, &forms.forms[g]))
            .map(|&g| forms.forms[g].units.len())
            .sum();
        form.units.len() + within >= 2
    };
    members
        .iter()
        .copied()
        .filter(|&f| forms.forms[f].words().len() as f32 >= COMPLETE_SHARE * longest as f32)
        .max_by(|&x, &y| {
            attested_twice(x)
                .cmp(&attested_twice(y))
                .then(completeness(forms, x).total_cmp(&completeness(forms, y)))
                .then(y.cmp(&x))
        })
}

/// A group's units in corpus order, at most one per quote, and its reference
/// unit: all a cluster needs of the forms, so they can be freed before the
/// alignments are built.
pub struct Plan {
    pub units: Vec<UnitIdx>,
    pub reference: UnitIdx,
    /// Whether the group rests on pooled words alone (`Merged::joins`).
    pub pooled: bool,
}

pub fn plan_cluster(
    corpus: &Corpus,
    quotes: &[Quote],
    units: &[QuoteUnit],
    forms: &Forms,
    members: &[FormId],
) -> Option<Plan> {
    let ref_form = reference_form(forms, members)?;
    let reference = *forms.forms[ref_form].units.iter().min_by_key(|&&u| {
        let quote = &quotes[units[u].quote];
        let kind = corpus
            .articles
            .get(quote.source.index())
            .and_then(|a| a.paragraphs.get(quote.paragraph()))
            .map(|p| p.kind);
        // A body rendering with a known speaker says who said it; a headline
        // is often trimmed or recased.
        let shown = quote.speaker.is_some() && kind != Some(ParagraphKind::Title);
        (!shown, quote.source, units[u].range().start)
    })?;
    let ref_quote = units[reference].quote;
    let mut ids: Vec<UnitIdx> = members
        .iter()
        .flat_map(|&f| forms.forms[f].units.iter().copied())
        .filter(|&u| u == reference || units[u].quote != ref_quote)
        .collect();
    ids.sort_by_key(|&u| (quotes[units[u].quote].source, units[u].range().start, u));
    // One unit per quote (the first): a quote is one rendering in a group.
    // Quotes do not overlap, so one quote's units sit side by side here.
    ids.dedup_by_key(|u| units[*u].quote);
    (ids.len() >= 2).then_some(Plan {
        units: ids,
        reference,
        pooled: forms.pooled.joins(members),
    })
}

/// A rendering that shares fewer of its words with the reference than this
/// (its similarity) is far from it: far enough that, printed word for word
/// by several outlets, it is a text of its own (see [`two_texts`]). Lower
/// trusts more such groups to lead the reader; higher demotes groups whose
/// copied wire rewording stays close to the original.
const TWO_TEXTS_SIMILARITY: f64 = 0.5;
/// Sources that must print a wording word for word for it to be a text
/// someone published rather than one outlet's rewording.
const TEXT_SOURCES: usize = 2;

/// Whether a group holds two texts: the reference's words and a far
/// rendering's words each printed word for word by [`TEXT_SOURCES`]
/// sources. An outlet's rewording is one outlet's (or one wire's,
/// reprinted); two wordings that several outlets each copy exactly were
/// both published: two statements of one speaker on one theme (a post and
/// a letter), or two translations, and neither is a misquote to lead the
/// reader with. `printed`: each rendering's text and source; `reference`
/// and `far` index into it; `words_of_text`: each text's words.
fn two_texts(
    printed: &[(&str, SourceId)],
    words_of_text: &FastMap<&str, Vec<u64>>,
    reference: usize,
    far: &[usize],
) -> bool {
    // The distinct sources printing each wording.
    let mut sources_of: FastMap<&[u64], Vec<SourceId>> = FastMap::default();
    for &(t, source) in printed {
        sources_of
            .entry(&words_of_text[t])
            .or_default()
            .push(source);
    }
    for sources in sources_of.values_mut() {
        sources.sort_unstable();
        sources.dedup();
    }
    let printed_by = |i: usize| {
        printed
            .get(i)
            .map_or(0, |(t, _)| sources_of[words_of_text[t].as_slice()].len())
    };
    printed_by(reference) >= TEXT_SOURCES && far.iter().any(|&i| printed_by(i) >= TEXT_SOURCES)
}

/// Renderings with fewer words are phrases ("a horrible betrayal"), too
/// short to say a statement's part of their own: sharing no word with
/// another rendering says nothing of them. Lower counts a short excerpt of
/// one clause beside a rewording of another as two statements (true groups
/// of a long sentence quoted in pieces demoted); higher keeps groups first
/// whose divergent rendering renders another clause than an outlet's.
const MIN_PART_WORDS: usize = 5;

/// Whether the group's most divergent rendering (`divergent`, of at least
/// [`MIN_PART_WORDS`] words) and another source's rendering of as many
/// words share fewer than [`relation::MIN_SHARED_WORDS`] words, in any
/// order: the two render different parts of a reference that joins two
/// statements ("We are not closing any border crossing, but we must first
/// restore the water supply" beside "It does not close any border crossing"
/// and "We still must first restore water supply"), or the divergent one
/// is another statement on the reference's theme. Its divergence then
/// measures what it leaves out, not how it rewords: no misquote to lead
/// the reader with.
/// `printed`: each rendering's text and source; `words_of_text`: each
/// text's words.
fn renders_apart(
    printed: &[(&str, SourceId)],
    words_of_text: &FastMap<&str, Vec<u64>>,
    divergent: usize,
) -> bool {
    // Every printed text is in the map, as two_texts reads it too.
    let Some(&(text, source)) = printed.get(divergent) else {
        return false;
    };
    let mut words = words_of_text[text].clone();
    if words.len() < MIN_PART_WORDS {
        return false;
    }
    words.sort_unstable();
    // Identical texts (often most of a group) are read once.
    let mut seen: FastSet<&str> = FastSet::default();
    printed
        .iter()
        .filter(|&&(t, s)| s != source && t != text && seen.insert(t))
        .any(|&(t, _)| {
            let other = &words_of_text[t];
            other.len() >= MIN_PART_WORDS && !shares_words(&words, other)
        })
}

/// Whether `other` shares [`relation::MIN_SHARED_WORDS`] words with `bag`
/// (sorted), each counted as often as both have it. Most renderings share
/// them within their first words: each is looked up in the bag, and no
/// rendering is copied or sorted.
pub(super) fn shares_words<W: Ord>(bag: &[W], other: &[W]) -> bool {
    // Where in `bag` each shared word starts: a word is shared again only
    // while the bag holds more copies of it than were counted.
    let mut taken = [0usize; relation::MIN_SHARED_WORDS];
    let mut n = 0;
    for w in other {
        let start = bag.partition_point(|x| x < w);
        let copies = bag[start..].iter().take_while(|&x| x == w).count();
        let counted = taken[..n].iter().filter(|&&p| p == start).count();
        if counted < copies {
            taken[n] = start;
            n += 1;
            if n == taken.len() {
                return true;
            }
        }
    }
    false
}

/// `ops` moved from a unit's frame to its quote's (`Quote::inner`) frame.
fn shift(ops: &mut [AlignOp], by_a: usize, by_b: usize) {
    for op in ops {
        *op = op.shifted(by_a, by_b);
    }
}

pub fn build_cluster(
    corpus: &Corpus,
    quotes: &[Quote],
    units: &[QuoteUnit],
    plan: &Plan,
) -> Cluster {
    let text = |u: UnitIdx| Span::new(quotes[units[u].quote].source, units[u].range());
    let offset = |u: UnitIdx| units[u].range().start - quotes[units[u].quote].inner().start;
    let reference = plan.reference;
    let ref_text = text(reference).text(corpus);
    let ref_prepared = relation::Reference::new(ref_text);
    // Identical texts (often thousands) are compared once.
    let mut seen: FastMap<&str, relation::Compared> = FastMap::default();
    let mut pairs = Vec::with_capacity(plan.units.len() - 1);
    let mut divergence_max: f64 = 0.0;
    // The rendering that sets it, by its index in `plan.units`.
    let mut divergent: Option<usize> = None;
    // Renderings far from the reference, by their index in `plan.units`.
    let mut far: Vec<usize> = Vec::new();
    for (i, &u) in plan
        .units
        .iter()
        .enumerate()
        .filter(|&(_, &u)| u != reference)
    {
        let t = text(u).text(corpus);
        let compared = seen.entry(t).or_insert_with(|| ref_prepared.compare(t));
        let (relation, similarity, shared) =
            (compared.relation, compared.similarity, compared.overlap);
        let mut ops = compared.ops.clone();
        shift(&mut ops, offset(reference), offset(u));
        let divergence = relation::divergence_sharing(relation, similarity, shared);
        if divergence > divergence_max {
            divergence_max = divergence;
            divergent = Some(i);
        }
        if divergence > 1.0 - TWO_TEXTS_SIMILARITY && divergence < 1.0 {
            far.push(i);
        }
        pairs.push(
            RenderingPair::new(
                units[reference].quote,
                units[u].quote,
                units[reference].range(),
                units[u].range(),
                relation,
                similarity,
                ops.into_boxed_slice(),
            )
            .with_divergence(divergence),
        );
    }
    // Two groups merged on their pooled words alone, no rendering linking
    // to another, may be two sentences: no misquote to lead the reader with.
    if plan.pooled {
        divergence_max = 1.0;
    }
    // Only a group that could lead the reader is read again.
    if divergence_max < 1.0 && (!far.is_empty() || divergent.is_some()) {
        let printed: Vec<(&str, SourceId)> = plan
            .units
            .iter()
            .map(|&u| (text(u).text(corpus), quotes[units[u].quote].source))
            .collect();
        // Each text's words, as the comparisons read them.
        let mut words_of_text: FastMap<&str, Vec<u64>> = seen
            .into_iter()
            .map(|(t, compared)| (t, compared.words))
            .collect();
        words_of_text
            .entry(ref_text)
            .or_insert_with(|| ref_prepared.words().to_vec());
        let at_reference = plan.units.iter().position(|&u| u == reference);
        let two = !far.is_empty()
            && at_reference.is_some_and(|r| two_texts(&printed, &words_of_text, r, &far));
        if two || divergent.is_some_and(|d| renders_apart(&printed, &words_of_text, d)) {
            divergence_max = 1.0;
        }
    }
    let ids: Vec<_> = plan.units.iter().map(|&u| units[u].quote).collect();
    let mut sources: Vec<SourceId> = ids.iter().map(|&q| quotes[q].source).collect();
    sources.sort_unstable();
    sources.dedup();
    Cluster {
        id: ClusterId::default(),
        quotes: ids,
        reference: units[reference].quote,
        reference_unit: units[reference].range(),
        sources,
        divergence: divergence_max,
        pairs,
    }
}

/// The group of a quote's main unit: its longest unit that has a group (the
/// first of equals). The longest, because it carries most of the quote.
pub fn main_unit_cluster(units: &[Unit]) -> Option<ClusterId> {
    let mut best: Option<&Unit> = None;
    for u in units.iter().filter(|u| u.cluster.is_some()) {
        if best.is_none_or(|b| u.range().len() > b.range().len()) {
            best = Some(u);
        }
    }
    best.and_then(|u| u.cluster)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::ids::QuoteId;

    /// The group of `texts`, one article and quote each, the first the
    /// reference.
    fn cluster_of(texts: &[&str]) -> Cluster {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::new(format!("a{i}"), format!("a{i}.txt"), t.to_string()))
            .collect();
        let corpus = Corpus::from_articles(articles);
        let quotes: Vec<Quote> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let whole = 0..t.len();
                let (id, source) = (QuoteId::new(i), SourceId::new(i));
                Quote::new(id, source, whole.clone(), whole.clone(), whole, 0)
            })
            .collect();
        let units: Vec<QuoteUnit> = quotes
            .iter()
            .map(|q| QuoteUnit::new(q.id, q.inner()))
            .collect();
        let plan = Plan {
            units: (0..units.len()).collect(),
            reference: 0,
            pooled: false,
        };
        build_cluster(&corpus, &quotes, &units, &plan)
    }

    #[test]
    fn a_divergent_rendering_sharing_no_word_with_another_outlets_is_doubtful() {
        // One outlet joins two statements in one sentence; the most
        // divergent rendering rewords the first, another outlet's renders
        // only the second: they share no word.
        let joined = "We are not closing any border crossing, but we must first restore the water supply to every village,";
        let first = "It does not close any border crossing";
        let second = "We still must first restore water supply to every single village.";
        let alone = cluster_of(&[joined, joined, first]);
        assert!(
            alone.divergence > 0.5 && alone.divergence < 1.0,
            "{alone:#?}"
        );
        let both = cluster_of(&[joined, joined, first, second]);
        assert_eq!(both.divergence, 1.0, "listed as doubtful");
        // A rendering of the whole shares the first clause's words: one
        // statement reworded, the group as divergent as before.
        let whole = "We won't close any border crossing, but must restore water to every village.";
        let reworded = cluster_of(&[joined, joined, first, whole]);
        assert_eq!(reworded.divergence, alone.divergence);
        // A phrase of the second clause is too short to say it apart.
        let phrase = cluster_of(&[joined, joined, first, "restore the water supply"]);
        assert_eq!(phrase.divergence, alone.divergence);
    }

    #[test]
    fn shared_words_count_each_copy_once() {
        // The bag holds "the" twice and "deal" once.
        let bag = [1, 1, 2, 3, 4];
        assert!(shares_words(&bag, &[9, 1, 8, 1, 2]));
        // A third "the" finds no copy left: two words shared.
        assert!(!shares_words(&bag, &[1, 1, 1, 9]));
        // Repeats of one word count once: one word shared.
        assert!(!shares_words(&bag, &[2, 2, 2, 2]));
        // In any order, as many as both hold.
        assert!(shares_words(&bag, &[4, 7, 3, 2]));
        assert!(!shares_words(&[], &[1, 2, 3]));
    }

    #[test]
    fn two_wordings_each_printed_by_two_outlets_are_two_texts() {
        let source = SourceId::new;
        let post = "We regret the delay and thank everyone for their patience.";
        let letter = "Our whole team regrets the delay to all our passengers.";
        // The post word for word in two outlets (case aside), the letter's
        // far wording in two others: two published texts.
        let printed = [
            (post, source(0)),
            (
                "we regret the delay and thank everyone for their patience",
                source(1),
            ),
            (letter, source(2)),
            (letter, source(3)),
        ];
        let words: FastMap<&str, Vec<u64>> = printed
            .iter()
            .map(|&(t, _)| (t, relation::Reference::new(t).words().to_vec()))
            .collect();
        let two_texts = |printed: &[(&str, SourceId)], reference, far: &[usize]| {
            two_texts(printed, &words, reference, far)
        };
        assert!(two_texts(&printed, 0, &[2]));
        // The far wording in one outlet only: an outlet's rewording.
        assert!(!two_texts(&printed[..3], 0, &[2]));
        // One outlet printing it twice is still one outlet.
        let twice = [
            printed[0],
            printed[1],
            (letter, source(2)),
            (letter, source(2)),
        ];
        assert!(!two_texts(&twice, 0, &[2]));
        // The reference in one outlet only: nothing says it was published as is.
        let once = [printed[0], printed[2], printed[3]];
        assert!(!two_texts(&once, 0, &[1]));
    }
}
