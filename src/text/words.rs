//! What a word is: the characters words are made of, and the few that may
//! join letters inside one (apostrophes, combining marks).

/// Whether `c` belongs to a word: letters and digits of any script. Quotation
/// marks, dashes and ellipses are punctuation even where Unicode is generous.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
}

/// Characters used as an apostrophe (`they’re`, `Ukraine's`, typed as a
/// backtick or acute accent in scraped text).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// Combining marks: they belong to the letter before them (a decomposed `é`).
pub fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036f | 0x1ab0..=0x1aff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

/// Whether `p` has more than `n` words (as `split_whitespace` counts them),
/// counting no further than needed. Classification counts every short paragraph, so
/// ASCII is read without decoding and no word is sliced out.
pub fn more_words_than(p: &str, n: usize) -> bool {
    let bytes = p.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            (char::from(b).is_whitespace(), 1)
        } else {
            // `i` only ever advances by whole characters, so it is a boundary.
            let c = p[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
        i += len;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_are_letters_and_digits_of_any_script() {
        for c in ['a', 'Z', '7', 'é', 'ß', 'Ж', 'ї', 'ș'] {
            assert!(is_word_char(c), "{c}");
        }
        for c in [
            ' ', '-', '“', '”', '‘', '’', '«', '»', '…', '—', '–', '.', '_',
        ] {
            assert!(!is_word_char(c), "{c}");
        }
    }

    #[test]
    fn apostrophes_and_combining_marks() {
        assert!(is_apostrophe('’') && is_apostrophe('`') && !is_apostrophe('"'));
        assert!(is_combining_mark('\u{301}') && !is_combining_mark('e'));
    }

    #[test]
    fn word_counts_agree_with_split_whitespace() {
        let samples = [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tvertical\x0bform\x0cfeed\rline\n",
            "no\u{a0}break em\u{2003}space next\u{85}line",
            "Ünïcode wörds, Жовтень  «quoted» …",
        ];
        for p in samples {
            let count = p.split_whitespace().count();
            for n in 0..count + 2 {
                assert_eq!(more_words_than(p, n), count > n, "{p:?} {n}");
            }
        }
    }
}
