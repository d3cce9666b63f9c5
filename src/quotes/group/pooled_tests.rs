use crate::ids::PersonId;
use crate::quotes::group::echoes::tests::{articles_of, together};
use crate::quotes::group::{group, listing_tier};
use crate::quotes::{Cluster, Quote};

use super::Merged;

/// One sentence in two outlets' translations (each copied by a second
/// outlet), the same words in another order; and another sentence of the
/// same speaker on the same docks.
const HARBOUR: [&str; 3] = [
    "Kestrel Bay trawlers will use the eastern docks again before the winter storms, the harbour board promised.",
    "The harbour board has promised that before winter storms the eastern docks would reopen to Kestrel Bay trawlers.",
    "The eastern docks need a deeper channel and a new crane for the ferries from Mallory Point.",
];

fn said_by_one(articles: &[(&str, &[&str])]) -> Vec<Quote> {
    grouped_by_one(articles).1
}

/// The groups and quotes of `articles`, every quote given one speaker.
fn grouped_by_one(articles: &[(&str, &[&str])]) -> (Vec<Cluster>, Vec<Quote>) {
    let (corpus, mut quotes) = articles_of(articles);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(5));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(!clusters.is_empty());
    (clusters, quotes)
}

#[test]
fn two_translations_of_one_sentence_pool_into_one_group() {
    let [a, b, other] = HARBOUR;
    let quotes = said_by_one(&[
        (a, &[a]),
        (a, &[a]),
        (b, &[b]),
        (b, &[b]),
        (other, &[other]),
        (other, &[other]),
    ]);
    assert!(together(&quotes, 0, 1) && together(&quotes, 2, 3));
    assert!(together(&quotes, 0, 2), "{quotes:#?}");
    assert!(together(&quotes, 4, 5) && !together(&quotes, 0, 4));
}

#[test]
fn an_article_printing_both_wordings_keeps_them_apart() {
    let [a, b, other] = HARBOUR;
    let both = format!("{a} Later: {b}");
    let quotes = said_by_one(&[
        (a, &[a]),
        (a, &[a]),
        (&both, &[a, b]),
        (b, &[b]),
        (other, &[other]),
        (other, &[other]),
    ]);
    assert!(together(&quotes, 0, 2) && together(&quotes, 3, 4));
    assert!(!together(&quotes, 0, 4));
}

/// An article that prints one translation and quotes a phrase of the other
/// (its headline's words, a lede's) printed one sentence, not two: the
/// phrase does not keep the translations apart.
#[test]
fn a_phrase_beside_the_other_wording_does_not_part_translations() {
    let [a, b, other] = HARBOUR;
    let phrase = "use the eastern docks again";
    let both = format!("Trawlers will {phrase}, the board says. {b}");
    let quotes = said_by_one(&[
        (a, &[a]),
        (a, &[a]),
        (&both, &[phrase, b]),
        (b, &[b]),
        (other, &[other]),
        (other, &[other]),
    ]);
    assert!(together(&quotes, 0, 2), "{quotes:#?}");
    assert!(together(&quotes, 3, 4) && together(&quotes, 0, 4));
    assert!(!together(&quotes, 0, 5));
}

/// One outlet's translation joins three copies of another's: reworded, not
/// far enough to be doubtful by its divergence alone (0.77), but nothing
/// links it to them but the pooled words.
#[test]
fn a_pooled_group_is_listed_as_doubtful() {
    let [a, b, other] = HARBOUR;
    let (clusters, quotes) = grouped_by_one(&[
        (a, &[a]),
        (a, &[a]),
        (a, &[a]),
        (b, &[b]),
        (other, &[other]),
        (other, &[other]),
    ]);
    let tier_of = |q: usize| listing_tier(&clusters[quotes[q].cluster.expect("grouped").index()]);
    assert!(together(&quotes, 0, 3));
    assert_eq!(tier_of(0), 1, "{clusters:#?}");
    assert_eq!(tier_of(4), 0, "copies of one wording stay first");
    assert!(!together(&quotes, 0, 4));
}

#[test]
fn a_group_parted_again_no_longer_rests_on_pooled_words() {
    let merged = Merged {
        side: [(3, 0), (4, 0), (7, 1), (9, 2), (11, 3)]
            .into_iter()
            .collect(),
    };
    assert!(merged.joins(&[3, 7]));
    assert!(merged.joins(&[1, 11, 9]));
    assert!(!merged.joins(&[3, 4, 8]), "one side only");
    assert!(!merged.joins(&[7, 9]), "sides of two merges");
    assert!(!Merged::default().joins(&[3, 7]));
}

/// A long form's cover reads each of its content words once against the
/// other pool's words, marked for the call: the same share as searching
/// all of them for each word, repeats and function words aside, and no
/// mark left for the next call (the pools below alternate). The forms'
/// bags are listed once ([`super::Bags`]) and read by every cover, to the
/// bit the share of a cover that read the bags itself.
#[test]
fn cover_searches_the_pool_in_order_as_a_whole_search_would() {
    use super::super::forms::{Form, Forms, WordId};
    use super::{Bags, Pool, cover};
    let n = 40usize;
    let forms = Forms {
        // Words out of order, repeated, and one a function word (3).
        forms: vec![
            Form::new(vec![30, 7, 3, 12, 7, 39, 0, 21, 12]),
            Form::new(vec![5, 6, 8, 9, 10, 11, 13]),
        ],
        idf: (0..n).map(|w| 1.0 + (w % 7) as f32 * 0.25).collect(),
        function: (0..n).map(|w| w == 3).collect(),
        ..Forms::default()
    };
    let pool = |words: Vec<WordId>, long: Vec<usize>| Pool {
        speaker: PersonId::new(1),
        sources: Vec::new(),
        words,
        long,
    };
    let whole = |f: usize, words: &[WordId]| {
        let (mut said, mut all) = (0.0f32, 0.0f32);
        for w in forms.forms[f].bag().filter(|&w| w != 3) {
            all += forms.idf[w as usize];
            if words.contains(&w) {
                said += forms.idf[w as usize];
            }
        }
        said / all
    };
    // Listed over a stale listing: nothing of it is left.
    let mut bags = Bags::new();
    bags.fill(&forms, &[1]);
    bags.fill(&forms, &[0, 1]);
    for words in [
        vec![0, 3, 12, 21, 39],
        vec![1, 7, 8, 30],
        vec![],
        vec![0, 7, 12, 21, 30, 39],
        vec![2, 4, 6, 31, 38],
    ] {
        let other = pool(words.clone(), vec![]);
        let want = whole(0, &words).max(whole(1, &words));
        assert_eq!(cover(&forms, &bags, &other), want, "{words:?}");
    }
}
