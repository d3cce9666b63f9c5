//! The sentences a fragment's own articles quote it in: an outlet that
//! quotes a phrase and, elsewhere in the article, the sentence holding it
//! lifted the phrase from that sentence ("a fair deal for our workers" and,
//! a paragraph on, "a fair deal"). When every article quoting the fragment
//! does so, the fragment renders one of those sentences, not another
//! statement whose words it also fits ([`super::attach`]).

use rayon::prelude::*;

use crate::fast_hash::{FastMap, FastSet};
use crate::ids::SourceId;

use super::core_sets::Sets;
use super::echoes::holds_run;
use super::forms::{FormId, Forms, UnitIdx};
use super::{Link, is_core};

/// Per fragment (a linked form too short to be core) that each of its
/// articles also quotes inside a longer sentence of its own (a core form
/// holding its words as one run): the groups (roots in `sets`) of those
/// sentences, sorted. A fragment that some article quotes alone is not
/// listed: that article may have it from any statement.
pub(super) fn own_sentences(
    forms: &Forms,
    links: &[Link],
    sets: &mut Sets,
    source: impl Fn(UnitIdx) -> SourceId + Sync,
) -> FastMap<FormId, Vec<FormId>> {
    let mut fragments: Vec<FormId> = links
        .iter()
        .flat_map(|&(a, b, _)| [a as FormId, b as FormId])
        .filter(|&f| !is_core(forms, f))
        .collect();
    fragments.sort_unstable();
    fragments.dedup();
    // The core forms of the articles that quote a fragment.
    let wanted: FastSet<SourceId> = fragments
        .iter()
        .flat_map(|&f| forms.forms[f].units.iter().map(|&u| source(u)))
        .collect();
    let mut sentences: FastMap<SourceId, Vec<FormId>> = FastMap::default();
    for (f, form) in forms.forms.iter().enumerate() {
        if !is_core(forms, f) {
            continue;
        }
        for &u in form.units.iter() {
            let s = source(u);
            if wanted.contains(&s) {
                sentences.entry(s).or_default().push(f);
            }
        }
    }
    // The sentences holding each fragment are found on all cores (this
    // stage is otherwise serial); their groups are then read in order.
    let holding: Vec<(FormId, Vec<FormId>)> = fragments
        .into_par_iter()
        .filter_map(|f| {
            let words = forms.forms[f].words();
            let mut holding = Vec::new();
            for &u in forms.forms[f].units.iter() {
                let before = holding.len();
                let sentences = sentences.get(&source(u)).map_or(&[][..], Vec::as_slice);
                holding.extend(
                    sentences
                        .iter()
                        .copied()
                        .filter(|&c| holds_run(forms.forms[c].words(), words)),
                );
                if holding.len() == before {
                    return None;
                }
            }
            Some((f, holding))
        })
        .collect();
    let mut own = FastMap::default();
    for (f, holding) in holding {
        let mut roots: Vec<FormId> = holding.into_iter().map(|c| sets.find(c)).collect();
        roots.sort_unstable();
        roots.dedup();
        own.insert(f, roots);
    }
    own
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::group::forms::{Form, WordId};
    use crate::quotes::group::link::{Evidence, Speakers};

    fn form(words: &[WordId], units: &[UnitIdx]) -> Form {
        let mut f = Form::new(words.to_vec());
        f.units = units.into();
        f
    }

    #[test]
    fn a_fragment_every_article_quotes_inside_its_own_sentence() {
        // Words: 0 "we", 1 "want", 2 "a", 3 "fair", 4 "deal", 5 "for",
        // 6 "our", 7 "workers", 8 "and", 9 "farmers".
        let sentence = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        let forms = Forms {
            forms: vec![
                // 0: the sentence, in articles 0 and 1 (units 0, 1).
                form(&sentence, &[0, 1]),
                // 1: "a fair deal", in articles 0 and 1 (units 2, 3).
                form(&[2, 3, 4], &[2, 3]),
                // 2: "fair deal", in article 0 and in article 2, which
                // quotes no sentence (units 4, 5).
                form(&[3, 4], &[4, 5]),
            ],
            idf: vec![1.0; 10],
            df: vec![1; 10],
            ..Forms::default()
        };
        let article = |u: UnitIdx| SourceId::new([0, 1, 0, 1, 0, 2][u]);
        let e = Evidence {
            containment: 1.0,
            coverage: 0.3,
            matched: 3,
            speakers: Speakers::Unknown,
            run: true,
        };
        let links = [(0, 1, e), (0, 2, e)];
        let mut sets = Sets::new(&forms);
        let own = own_sentences(&forms, &links, &mut sets, article);
        assert_eq!(own.get(&1), Some(&vec![0]));
        // Article 2 quotes "fair deal" alone: it may come from anywhere.
        assert_eq!(own.get(&2), None);
        assert_eq!(own.len(), 1);
    }
}
