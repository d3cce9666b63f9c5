//! A quotation that runs two sentences of a speech together with a comma,
//! where other outlets print each apart (`quotes::group::parting::joins_two`):
//! it must not bridge the two sentences' groups, and each sentence keeps a
//! group of its own, the joined rendering taking part in both.

use crate::common::together;
use crate::grouping::one_speaker_grouped;

#[test]
fn a_rendering_joining_two_sentences_keeps_their_groups_apart() {
    let texts = [
        // One outlet joins the two sentences with ", and".
        "We cannot build the future on the ruins of trust between nations, and I ask the leaders gathered here to choose dialogue over weapons,",
        "We cannot build the future on the ruins of trust between nations.",
        "I ask the leaders gathered here to choose dialogue over weapons.",
        // Another prints both as two sentences of one quotation.
        "We cannot build the future on the ruins of trust between nations. I ask the leaders gathered here to choose dialogue over weapons.",
        // A translator's other words for the first.
        "We cannot build tomorrow on the ruins of trust among nations,",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    assert!(!together(&quotes, 1, 2), "two sentences: {clusters:#?}");
    assert!(together(&quotes, 1, 4), "{clusters:#?}");
    // The two-sentence quotation takes part in both groups, one per unit.
    let groups_of = |q: usize| -> Vec<_> { quotes[q].units.iter().map(|u| u.cluster).collect() };
    assert_eq!(
        groups_of(3),
        vec![quotes[1].cluster, quotes[2].cluster],
        "{clusters:#?}"
    );
    // So does the joined one, cut at its comma.
    assert_eq!(
        groups_of(0),
        vec![quotes[1].cluster, quotes[2].cluster],
        "{clusters:#?}"
    );
}
