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

#[cfg(test)]
mod tests {
    use super::*;

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
