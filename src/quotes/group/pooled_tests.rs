use crate::ids::PersonId;
use crate::quotes::Quote;
use crate::quotes::group::echoes::tests::{articles_of, together};
use crate::quotes::group::group;

/// One sentence in two outlets' translations (each copied by a second
/// outlet), the same words in another order; and another sentence of the
/// same speaker on the same docks.
const HARBOUR: [&str; 3] = [
    "Kestrel Bay trawlers will use the eastern docks again before the winter storms, the harbour board promised.",
    "The harbour board has promised that before winter storms the eastern docks would reopen to Kestrel Bay trawlers.",
    "The eastern docks need a deeper channel and a new crane for the ferries from Mallory Point.",
];

fn said_by_one(articles: &[(&str, &[&str])]) -> Vec<Quote> {
    let (corpus, mut quotes) = articles_of(articles);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(5));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(!clusters.is_empty());
    quotes
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
