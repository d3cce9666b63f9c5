//! The dashes that set words off from the words around them: speech and a
//! speaker's label (`– Putin`), a dateline (`NEW YORK — `), a title's or a
//! lede's leftover bullet. Extraction, attribution and the corpus's page
//! readers ask this one table.

/// The dashes: hyphen-minus, en dash, em dash and horizontal bar. A
/// hyphen-minus sets words off only with a space beside it (inside a word
/// it is a hyphen); the callers check the spacing.
pub const DASHES: [char; 4] = ['-', '–', '—', '―'];

/// Whether `c` is one of [`DASHES`].
pub fn is_dash(c: char) -> bool {
    DASHES.contains(&c)
}

/// The first of the `spaced` dashes (each a space, a dash of [`DASHES`]
/// and a space: " – ") in `text`: where it starts, and which. Attribution
/// asks it of the words before most reporting clauses, so one search finds
/// the dashes' first bytes (a hyphen, or the lead byte the wide dashes
/// share) where a substring search per dash was set up and run.
pub fn first_spaced(text: &str, spaced: &[&'static str]) -> Option<(usize, &'static str)> {
    const WIDE_DASH_LEAD: u8 = 0xe2;
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'-', WIDE_DASH_LEAD, bytes)
        .filter(|&i| i > 0 && bytes[i - 1] == b' ')
        .find_map(|i| {
            let at = &bytes[i - 1..];
            let dash = spaced.iter().find(|d| at.starts_with(d.as_bytes()))?;
            Some((i - 1, *dash))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_spaced_dash_is_found_as_a_search_per_dash_finds_it() {
        // Invented: hyphens inside words, unspaced and half-spaced dashes,
        // each dash spaced in every order, and a dash left out of the set.
        let texts = [
            "Ana Ruiz – the mayor – said",
            "well-known Ana Ruiz — once mayor - said",
            "Ana Ruiz - a co-founder – said",
            "Ana—Ruiz –said - ",
            "x -y ― z – — z",
            "–",
            " – ",
            "",
        ];
        let spaced = [" - ", " – ", " — "];
        for text in texts {
            let searched = (spaced.into_iter())
                .filter_map(|d| text.find(d).map(|i| (i, d)))
                .min();
            assert_eq!(first_spaced(text, &spaced), searched, "{text:?}");
        }
    }

    #[test]
    fn dashes_are_the_four_dash_characters_and_nothing_else() {
        for c in ['-', '–', '—', '―'] {
            assert!(is_dash(c), "{c}");
        }
        for c in ['‐', '_', '~', '−', '·', 'a', ' '] {
            assert!(!is_dash(c), "{c}");
        }
    }
}
