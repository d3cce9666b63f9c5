//! The labelled stories of one half of the news set, as the miss listings
//! read them (`pair_misses`, `short_misses`, `speaker_misses`). Included
//! with `#[path = "support/half_stories.rs"] mod half_stories;`.

use std::path::Path;

use verbatim::eval::{Split, Story};

/// Where the news set lives, from the repository's root.
pub const ROOT: &str = "tests/fixtures/news";

/// The stories of `half` ("tune" or "check"), in directory order, or only
/// the one named `only` among them.
pub fn stories_of(
    half: &'static str,
    only: Option<String>,
) -> anyhow::Result<impl Iterator<Item = anyhow::Result<Story>>> {
    let split = Split::load(Path::new(ROOT))?;
    Ok(Story::dirs(Path::new(ROOT))
        .into_iter()
        .map(|dir| Ok(Story::load(&dir)?))
        .filter(move |story: &anyhow::Result<Story>| {
            story.as_ref().map_or(true, |s| {
                split.half_of(&s.labels.story) == Some(half)
                    && only.as_deref().is_none_or(|o| o == s.labels.story)
            })
        }))
}
