//! One compound written closed by some outlets and apart by others
//! (`quotes::group::compounds`): "dockworkers" / "dock workers".

use crate::common::together;
use crate::grouping::one_speaker_grouped;

#[test]
fn a_compound_written_closed_groups_with_the_rendering_writing_it_apart() {
    // Compared word by word, the two share only "and deserve better".
    let texts = [
        "Dockworkers, steelworkers, autoworkers and farmworkers deserve better.",
        "Dock workers, steel workers, auto workers and farm workers deserve better.",
    ];
    let (quotes, clusters) = one_speaker_grouped(&texts);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
}
