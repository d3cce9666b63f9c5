//! Joining core forms (long enough to bridge groups) into sets along their
//! links, strongest first: two sets join when their references link, or when
//! a second rendering of one set links into the other (a long run-on
//! reference links badly). Each set keeps its most complete form as reference.
//! A long form that runs two sentences together never bridges the sets of
//! the two ([`parting::joins_two`]).

use rayon::prelude::*;

use super::cuts::{MAX_ANCHOR_SHARE, MIN_CUT_WORDS};
use super::excerpt_bridges;
use super::forms::{FormId, Forms, UnitIdx};
use super::link::{EXCERPT_CONTAINMENT, Evidence, evidence};
use super::link::{MIN_CORE_WORDS, MIN_WORDS};
use super::parting;
use super::{Link, fragments, is_core};
use crate::fast_hash::FastMap;
use crate::union_find::UnionFind;

/// Core forms joined by their links, strongest first; two groups join only
/// when their references link too, or when one end of the link has a second
/// link into the other group; `text`: a unit's text.
pub(super) fn join_core_forms<'a, 't>(
    forms: &'a Forms,
    links: &[Link],
    text: &(impl Fn(UnitIdx) -> &'t str + Sync),
) -> Sets<'a> {
    let mut sets = Sets::new(forms);
    let core = |f: u32| is_core(forms, f as FormId);
    // Indices into `links` (u32: half the size of references) of the links
    // between core forms, strongest first; and the same by their second form,
    // so each form's partners are found on both sides of the sorted links.
    let mut core_links: Vec<u32> = (0..links.len())
        .filter(|&i| core(links[i].0) && core(links[i].1))
        .map(|i| i as u32)
        .collect();
    let mut by_second = core_links.clone();
    // Sorted on all cores: this stage is otherwise serial. Pairs are unique,
    // so each order is the one order.
    by_second.par_sort_unstable_by_key(|&i| (links[i as usize].1, links[i as usize].0));
    core_links.par_sort_unstable_by(|&x, &y| {
        let (x, y) = (&links[x as usize], &links[y as usize]);
        y.2.score()
            .total_cmp(&x.2.score())
            .then((x.0, x.1).cmp(&(y.0, y.1)))
    });
    let partners = CorePartners {
        links,
        by_second: &by_second,
        core: &core,
    };
    // Two long references that share only one clause of each render two
    // statements that two outlets each ran together with one they share:
    // their link `e` does not make them one.
    let one_statement = |e: &Evidence, x: FormId, y: FormId| {
        e.containment >= EXCERPT_CONTAINMENT || !parting::share_one_clause(forms, text, x, y)
    };
    let refs_link = |x: FormId, y: FormId| {
        evidence(forms, &forms.forms[x], &forms.forms[y])
            .is_some_and(|e| e.links() && one_statement(&e, x, y))
    };
    // The link joins the two references themselves: it links them.
    let is_the_link =
        |refs: (FormId, FormId), a: FormId, b: FormId| refs == (a, b) || refs == (b, a);
    // Whether long form `long` (of the set of root `own`), linking `end` of
    // the set of root `other`, would join the two only by running its
    // statement and theirs together. Asked first on the two forms' lengths
    // alone ([`parting::may_part`] asks the same of every member): most
    // links fail there, and the judging is serial.
    let joins_two = |sets: &mut Sets, long: FormId, end: FormId, own: FormId, other: FormId| {
        let n = forms.forms[long].words().len();
        n >= MIN_CUT_WORDS
            && forms.forms[end].words().len() as f32 <= MAX_ANCHOR_SHARE * n as f32
            && {
                let ours = partners.in_set(sets, long, own);
                !ours.is_empty() && {
                    let theirs = partners.in_set(sets, long, other);
                    parting::joins_two(forms, text, long, &ours, &theirs)
                }
            }
    };
    // Whether long form `long` (of the set of root `own`) links the set of
    // root `other` only by running its statement and theirs together, when
    // the sets' references do not link ([`parting::bridges_two`]). Unlike
    // [`joins_two`], its sides need no sentence printed whole: the
    // references already disagree.
    let bridges = |sets: &mut Sets, long: FormId, own: FormId, other: FormId| {
        forms.forms[long].words().len() >= MIN_CUT_WORDS && {
            let ours = partners.in_set(sets, long, own);
            !ours.is_empty() && {
                let theirs = partners.in_set(sets, long, other);
                parting::bridges_two(forms, text, long, &ours, &theirs)
            }
        }
    };
    for batch in core_links.chunks(JUDGED_AHEAD) {
        // Whether the references link, asked on all cores of the sets as
        // they stand before the batch; a union within it changes a few
        // references, and those links are asked again below.
        let ahead: Vec<Option<(FormId, FormId, bool)>> = batch
            .par_iter()
            .map(|&i| {
                let (a, b, _) = links[i as usize];
                let (a, b) = (a as FormId, b as FormId);
                let (ra, rb) = (sets.root(a), sets.root(b));
                let (ref_a, ref_b) = (sets.reference[ra], sets.reference[rb]);
                (ra != rb && !is_the_link((ref_a, ref_b), a, b))
                    .then(|| (ref_a, ref_b, refs_link(ref_a, ref_b)))
            })
            .collect();
        for (&i, asked) in batch.iter().zip(ahead) {
            let (a, b, _) = links[i as usize];
            let (a, b) = (a as FormId, b as FormId);
            let (ra, rb) = (sets.find(a), sets.find(b));
            if ra == rb {
                continue;
            }
            let (ref_a, ref_b) = (sets.reference[ra], sets.reference[rb]);
            // The references' check keeps a chain of looser links from
            // carrying another statement into a group (an excerpt that
            // shares a run with a second sentence). It refuses few links
            // (16 on the labelled news' tune half), and loosening it lost
            // more than it gained: dropping it, or passing a form the other
            // reference contains (containment 0.6, support 0.8), cost tune
            // 34 and 55 true pairs for 93 and 34 more false ones; passing
            // two near copies of their references (0.8 both ways) joined 5
            // true pairs for 6 false.
            let e = links[i as usize].2;
            let refs_agree = if is_the_link((ref_a, ref_b), a, b) {
                one_statement(&e, a, b)
            } else {
                match asked {
                    Some((x, y, linked)) if (x, y) == (ref_a, ref_b) => linked,
                    _ => refs_link(ref_a, ref_b),
                }
            };
            // A bare excerpt link passes only on the references (the
            // excerpt's own copies would give it a second link).
            let agree = if excerpt_bridges::is_bare(&e) {
                refs_agree
            } else {
                refs_agree
                    || partners.links_into(&mut sets, b, a, ra)
                    || partners.links_into(&mut sets, a, b, rb)
            };
            // Whether the groups of two forms agree: one group, or linked references.
            let groups_agree = |sets: &mut Sets, x: FormId, y: FormId| {
                let (rx, ry) = (sets.find(x), sets.find(y));
                rx == ry || refs_link(sets.reference[rx], sets.reference[ry])
            };
            let partners_of = |f: FormId| partners.with_evidence(f);
            if agree
                && !excerpt_bridges::strays_from_home(forms, &e, (a, b), partners_of, |x, y| {
                    groups_agree(&mut sets, x, y)
                })
                && !joins_two(&mut sets, a, b, ra, rb)
                && !joins_two(&mut sets, b, a, rb, ra)
                && (refs_agree || !(bridges(&mut sets, a, ra, rb) || bridges(&mut sets, b, rb, ra)))
            {
                sets.union(ra, rb);
            }
        }
    }
    sets
}

/// Links whose references' evidence is asked at once, on all cores, before
/// they are judged in order: the evidence was most of this serial stage's
/// time. Larger batches waste more asks on references a union in the batch
/// replaced.
const JUDGED_AHEAD: usize = 512;

/// Each core form's core link partners, read from the links sorted by their
/// first form and from `by_second` (indices into them, sorted by the second).
struct CorePartners<'l, C> {
    links: &'l [Link],
    by_second: &'l [u32],
    core: &'l C,
}

impl<C: Fn(u32) -> bool> CorePartners<'_, C> {
    /// Whether form `f` links a form of the group of root `root` other than
    /// `besides` (the link being judged): a second rendering of that group
    /// agrees with `f`, so the two groups render one statement even when
    /// their references (a long run-on quotation, say) do not link.
    fn links_into(&self, sets: &mut Sets, f: FormId, besides: FormId, root: FormId) -> bool {
        self.of(f)
            .filter(|&x| x != besides)
            .any(|x| sets.find(x) == root)
    }

    /// Form `f`'s core partners in the group of root `root`.
    fn in_set(&self, sets: &mut Sets, f: FormId, root: FormId) -> Vec<FormId> {
        self.of(f).filter(|&x| sets.find(x) == root).collect()
    }

    /// Form `f`'s core link partners.
    fn of(&self, f: FormId) -> impl Iterator<Item = FormId> + '_ {
        self.with_evidence(f).map(|(x, _)| x)
    }

    /// Form `f`'s core link partners, each with the link's evidence.
    fn with_evidence(&self, f: FormId) -> impl Iterator<Item = (FormId, Evidence)> + '_ {
        let f = f as u32;
        let first = self.links.partition_point(|l| l.0 < f);
        let forward = self.links[first..]
            .iter()
            .take_while(move |l| l.0 == f)
            .map(|l| (l.1, l.2));
        let second = self
            .by_second
            .partition_point(|&i| self.links[i as usize].1 < f);
        let backward = self.by_second[second..]
            .iter()
            .map(|&i| &self.links[i as usize])
            .take_while(move |l| l.1 == f)
            .map(|l| (l.0, l.2));
        forward
            .chain(backward)
            .filter(|&(x, _)| (self.core)(x))
            .map(|(x, e)| (x as FormId, e))
    }
}

/// Forms joined into sets, with each set's reference form kept by root.
pub(super) struct Sets<'a> {
    forms: &'a Forms,
    sets: UnionFind<FormId>,
    /// Per root: the set's most complete, most attested form.
    reference: Vec<FormId>,
}

impl<'a> Sets<'a> {
    pub(super) fn new(forms: &'a Forms) -> Self {
        let n = forms.len();
        Sets {
            forms,
            sets: UnionFind::new(n),
            reference: (0..n).collect(),
        }
    }

    pub(super) fn find(&mut self, x: FormId) -> FormId {
        self.sets.find(x)
    }

    /// [`Sets::find`] without shortening paths, for readers on all cores.
    fn root(&self, x: FormId) -> FormId {
        self.sets.root(x)
    }

    /// Joins the sets of roots `ra` and `rb` under `ra`, keeping the more
    /// complete of their references.
    pub(super) fn union(&mut self, ra: FormId, rb: FormId) {
        let (fa, fb) = (self.reference[ra], self.reference[rb]);
        let keep = if completeness(self.forms, fb) > completeness(self.forms, fa) {
            fb
        } else {
            fa
        };
        self.sets.attach(rb, ra);
        self.reference[ra] = keep;
    }
}

/// How good a reference a form makes: complete (heavy) and attested (many quotes).
pub(super) fn completeness(forms: &Forms, f: FormId) -> f32 {
    let form = &forms.forms[f];
    form.weight * (1.0 + 0.5 * (form.units.len() as f32).ln())
}

/// The groups: every form long enough by its root, fragments moved to the
/// group they attach to, in a deterministic order.
pub(super) fn collect_groups(
    forms: &Forms,
    sets: &mut Sets,
    mut attach: Vec<(FormId, FormId)>,
    ambiguous: &[bool],
) -> Vec<Vec<FormId>> {
    attach.sort_unstable();
    let mut by_root: FastMap<FormId, Vec<FormId>> = FastMap::default();
    for (f, &ambiguous) in ambiguous.iter().enumerate() {
        // Short phrases that fit several statements equally: even identical
        // copies of them may come from different statements, so they stay alone.
        let alone = (ambiguous && !fragments::echoed_by_one_speaker(forms, f))
            || forms.is_stock_phrase(f, MIN_CORE_WORDS);
        let long_enough =
            forms.forms[f].words().len() >= MIN_WORDS || forms.is_repeated_scare_quote(f);
        if long_enough && !alone {
            by_root.entry(sets.find(f)).or_default().push(f);
        }
    }
    for (frag, root) in attach {
        if let Some(own) = by_root.get_mut(&sets.find(frag)) {
            own.retain(|&x| x != frag);
        }
        by_root.entry(root).or_default().push(frag);
    }
    let mut groups: Vec<Vec<FormId>> = by_root.into_values().filter(|g| !g.is_empty()).collect();
    groups.sort_unstable();
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::group::forms::Form;
    use crate::quotes::group::link::{Evidence, Speakers};

    /// Forms of eight distinct words each (core forms), with no quotes behind them.
    fn core_forms(n: u32) -> Forms {
        let forms = (0..n)
            .map(|f| Form::new((8 * f..8 * f + 8).collect()))
            .collect();
        Forms {
            forms,
            idf: vec![1.0; 8 * n as usize],
            df: vec![1; 8 * n as usize],
            ..Forms::default()
        }
    }

    fn link(a: u32, b: u32) -> Link {
        let e = Evidence {
            containment: 1.0,
            coverage: 1.0,
            matched: 8,
            speakers: Speakers::Unknown,
            run: true,
        };
        (a, b, e)
    }

    #[test]
    fn a_second_link_into_the_group_is_found_on_either_side() {
        let forms = core_forms(5);
        // Sorted by (a, b), as `find_links` leaves them.
        let links = [link(0, 1), link(0, 3), link(1, 2), link(2, 4)];
        let by_second: Vec<u32> = {
            let mut v: Vec<u32> = (0..links.len() as u32).collect();
            v.sort_unstable_by_key(|&i| (links[i as usize].1, links[i as usize].0));
            v
        };
        let core = |_: u32| true;
        let partners = CorePartners {
            links: &links,
            by_second: &by_second,
            core: &core,
        };
        let mut sets = Sets::new(&forms);
        // One group {1, 3}; form 0 links both of its members.
        sets.union(1, 3);
        let root = sets.find(1);
        assert!(
            partners.links_into(&mut sets, 0, 1, root),
            "0-3 besides 0-1"
        );
        assert!(
            partners.links_into(&mut sets, 0, 3, root),
            "0-1 besides 0-3"
        );
        // Form 2 links 1 (found before it) and 4: one link into the group only.
        assert!(!partners.links_into(&mut sets, 2, 1, root));
        // Form 4 links only 2, which is in no group with 1 or 3.
        assert!(!partners.links_into(&mut sets, 4, 2, root));
    }

    /// Forms of invented sentences (form `i` has the one unit `i`), every
    /// word weighing 1, with their links found as grouping finds them.
    fn sentence_forms(texts: &[&str]) -> (Forms, Vec<Link>) {
        let mut ids: FastMap<String, u32> = FastMap::default();
        let forms: Vec<Form> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let words = t
                    .split_whitespace()
                    .map(|w| {
                        let w = w
                            .trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase();
                        let next = ids.len() as u32;
                        *ids.entry(w).or_insert(next)
                    })
                    .collect::<Vec<_>>();
                let mut f = Form::new(words);
                f.weight = f.words().len() as f32;
                f.units = vec![i].into_boxed_slice();
                f
            })
            .collect();
        let forms = Forms {
            forms,
            idf: vec![1.0; ids.len()],
            df: vec![1; ids.len()],
            ..Forms::default()
        };
        let mut links = Vec::new();
        for a in 0..texts.len() {
            for b in a + 1..texts.len() {
                if let Some(e) = evidence(&forms, &forms.forms[a], &forms.forms[b])
                    && e.links()
                {
                    links.push((a as u32, b as u32, e));
                }
            }
        }
        (forms, links)
    }

    #[test]
    fn two_run_ons_sharing_one_clause_keep_their_other_statements_apart() {
        let texts = [
            // Statement one run on with statement two, by a comma.
            "we will rebuild every school in the valley before winter, \
             nobody else has any right to decide our future",
            // Another statement run on with statement two, by a semicolon.
            "the council keeps its full power over every village; \
             nobody else has any right to decide our future",
            "we will rebuild every school in the valley before winter",
            "rebuild every school in the valley before winter",
            "nobody else has any right to decide our future",
            "else has any right to decide our future",
        ];
        let (forms, links) = sentence_forms(&texts);
        let text = |u: UnitIdx| texts[u];
        // The two run-ons link on the clause they share (as references).
        assert!(links.iter().any(|l| (l.0, l.1) == (0, 1)));
        let mut sets = join_core_forms(&forms, &links, &text);
        let set = |sets: &mut Sets, f: FormId| sets.find(f);
        assert_eq!(set(&mut sets, 2), set(&mut sets, 3));
        assert_eq!(set(&mut sets, 1), set(&mut sets, 4));
        assert_eq!(set(&mut sets, 4), set(&mut sets, 5));
        assert_ne!(set(&mut sets, 2), set(&mut sets, 4), "two statements");
        assert_ne!(set(&mut sets, 0), set(&mut sets, 1));
    }

    #[test]
    fn overlapping_excerpts_of_one_sentence_share_more_than_a_clause() {
        let texts = [
            "the mayor has our full support, when it comes to it, ending the strike",
            "when it comes to it, ending the strike and the queues at the gates",
        ];
        let (forms, _) = sentence_forms(&texts);
        let text = |u: UnitIdx| texts[u];
        assert!(!parting::share_one_clause(&forms, &text, 0, 1));
    }
}
