//! From a group of forms to a [`Cluster`]: its units (one per quote), its
//! reference unit and every other unit aligned with it.

use crate::corpus::{Corpus, ParagraphKind};
use crate::fast_hash::FastMap;
use crate::ids::Span;
use crate::quotes::{AlignOp, Cluster, ClusterId, Quote, Relation, RenderingPair, SourceId};

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
    })
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
    let mut seen: FastMap<&str, (Relation, f64, usize, Vec<AlignOp>)> = FastMap::default();
    let mut pairs = Vec::with_capacity(plan.units.len() - 1);
    let mut divergence_max: f64 = 0.0;
    for &u in plan.units.iter().filter(|&&u| u != reference) {
        let t = text(u).text(corpus);
        let (relation, similarity, shared, mut ops) = seen
            .entry(t)
            .or_insert_with(|| ref_prepared.compare(t))
            .clone();
        shift(&mut ops, offset(reference), offset(u));
        divergence_max =
            divergence_max.max(relation::divergence_sharing(relation, similarity, shared));
        pairs.push(RenderingPair::new(
            units[reference].quote,
            units[u].quote,
            units[reference].range(),
            units[u].range(),
            relation,
            similarity,
            ops.into_boxed_slice(),
        ));
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
