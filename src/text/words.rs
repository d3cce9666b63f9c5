//! What a word is: the characters words are made of, and the few that may
//! join letters inside one (apostrophes, combining marks).

use std::sync::LazyLock;

/// The first letter of `s`, past quote marks, punctuation and digits: its
/// case tells a quotation that opens a sentence from one that goes on
/// with another's words.
pub fn first_letter(s: &str) -> Option<char> {
    s.chars().find(|c| c.is_alphabetic())
}

/// Whether `c` belongs to a word: letters and digits of any script
/// (`char::is_alphanumeric`). Quotation marks, dashes and ellipses are
/// punctuation even where Unicode is generous. The engine asks this of
/// every character it reads, and news text is full of curly quotes, dashes
/// and accented letters: the standard library answers those by searching
/// its tables (~350 instructions a character), this by one bit of
/// [`WORD_BITS`] below U+3000.
pub fn is_word_char(c: char) -> bool {
    let n = c as u32;
    if n < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    if n < WORD_BITS_END {
        let k = (n - 0x80) as usize;
        return WORD_BITS[k / 64] >> (k % 64) & 1 != 0;
    }
    c.is_alphanumeric()
}

/// The first character past [`WORD_BITS`]: Latin, Greek, Cyrillic, the
/// other alphabets, the general punctuation (quotes, dashes, spaces) and
/// the letterlike symbols sit below it, in 1.5 KiB.
const WORD_BITS_END: u32 = 0x3000;

const WORD_BITS_LEN: usize = (WORD_BITS_END as usize - 0x80).div_ceil(64);

/// `char::is_alphanumeric` for U+0080 up to [`WORD_BITS_END`], one bit a
/// character (bit `k` is U+0080 + `k`), filled from the method itself
/// once, so the two cannot disagree.
static WORD_BITS: LazyLock<[u64; WORD_BITS_LEN]> = LazyLock::new(|| {
    let mut bits = [0u64; WORD_BITS_LEN];
    for n in 0x80..WORD_BITS_END {
        if char::from_u32(n).is_some_and(char::is_alphanumeric) {
            let k = (n - 0x80) as usize;
            bits[k / 64] |= 1 << (k % 64);
        }
    }
    bits
});

/// Characters used as an apostrophe (`they’re`, `Ukraine's`, typed as a
/// backtick or acute accent in scraped text).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// Combining marks: they belong to the letter before them (a decomposed `é`).
pub fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036f | 0x1ab0..=0x1aff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

/// The whitespace-separated words of `s` without the punctuation around
/// them ("said," → "said", "« Nous" → "Nous"); a piece of punctuation alone
/// is an empty word. How clauses are read word by word.
pub fn bare_words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
}

/// The whitespace-separated tokens of `s`, each with its byte offset in
/// `s` (so a token's span is `at..at + token.len()`).
pub fn tokens_at(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |t| (t.as_ptr() as usize - s.as_ptr() as usize, t))
}

/// The word `s` ends with: its trailing run of word characters ([`is_word_char`]),
/// empty when `s` ends in anything else. Asked of the text before most
/// names and mentions, so ASCII letters and digits are read byte by byte
/// and only a non-ASCII character is decoded.
pub fn last_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut start = bytes.len();
    loop {
        while start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
            start -= 1;
        }
        if start == 0 || bytes[start - 1].is_ascii() {
            break;
        }
        // A non-ASCII character ends at `start`, a char boundary.
        match s[..start].chars().next_back() {
            Some(c) if is_word_char(c) => start -= c.len_utf8(),
            _ => break,
        }
    }
    &s[start..]
}

/// Where `s` first has `a` or `b` (ASCII punctuation) with a space right
/// after it: `s.find(". ")` for `b'.'` twice, the first of ". " and ": "
/// for `b'.'` and `b':'`. Record turns ask it of every paragraph: one
/// vectorised search for the marks, where a substring search was set up
/// for each mark.
pub fn first_spaced_mark(s: &str, a: u8, b: u8) -> Option<usize> {
    let bytes = s.as_bytes();
    memchr::memchr2_iter(a, b, bytes).find(|&i| bytes.get(i + 1) == Some(&b' '))
}

/// The part of `s` after its last space (all of `s` when it has none): the
/// word before a name, where `s` is all the text before it. The space is
/// a few bytes back, so the bytes are read back one by one: a reverse
/// `memchr` cost more to set up than the short scan.
pub fn after_last_space(s: &str) -> &str {
    let start = s.bytes().rposition(|b| b == b' ').map_or(0, |i| i + 1);
    &s[start..]
}

/// Whether `run` occurs in `words` as one unbroken run (a quotation's words
/// inside a longer one's, by whatever key the caller compares words with).
/// An empty run occurs nowhere.
pub fn contains_run<T: PartialEq>(words: &[T], run: &[T]) -> bool {
    !run.is_empty() && words.windows(run.len()).any(|w| w == run)
}

/// Whether `p` has more than `n` words (as `split_whitespace` counts them),
/// counting no further than needed. Classification counts every short
/// paragraph, so each byte costs one table look-up ([`BYTE_CLASS`]) and
/// only a byte that can begin a non-ASCII space is decoded.
pub fn more_words_than(p: &str, n: usize) -> bool {
    let bytes = p.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while let Some(&b) = bytes.get(i) {
        let space = match BYTE_CLASS[usize::from(b)] {
            ByteClass::Word => false,
            ByteClass::Space => true,
            ByteClass::MaySpace => {
                // A lead byte, and `i` advances by whole characters
                // past every one, so `i` is a boundary here.
                let c = p[i..].chars().next().unwrap_or(' ');
                i += c.len_utf8() - 1;
                c.is_whitespace()
            }
        };
        i += 1;
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// Whether `p` has at least `n` words (as `split_whitespace` counts them):
/// the thresholds of the extraction rules, asked of every body paragraph
/// and quotation, read no further than the `n`-th word.
pub fn has_words(p: &str, n: usize) -> bool {
    n == 0 || more_words_than(p, n - 1)
}

/// What one byte of UTF-8 says about whitespace, for [`more_words_than`].
#[derive(Clone, Copy)]
enum ByteClass {
    /// ASCII that is not whitespace, or a byte of a non-ASCII character
    /// that is never whitespace (continuation bytes included).
    Word,
    /// ASCII whitespace, as `char::is_whitespace` has it (with U+000B).
    Space,
    /// The lead byte of a character that may be whitespace: every non-ASCII
    /// space (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) begins with
    /// C2, E1, E2 or E3.
    MaySpace,
}

const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Word; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8 as char).is_whitespace() {
            table[b] = ByteClass::Space;
        }
        b += 1;
    }
    table[0xc2] = ByteClass::MaySpace;
    table[0xe1] = ByteClass::MaySpace;
    table[0xe2] = ByteClass::MaySpace;
    table[0xe3] = ByteClass::MaySpace;
    table
};

/// `s` with each word written in capitals written as a name is
/// ("PRESIDENT TRUMP" → "President Trump"): transcripts print their labels,
/// and so their speakers' titles, in capitals. Words with a lower-case
/// letter stay as they are.
pub fn capitals_as_written(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            if w.chars().any(char::is_lowercase) {
                return w.to_string();
            }
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_string()).unwrap_or_default();
            first + &chars.as_str().to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_part_after_the_last_space_is_what_rfind_cuts() {
        // Invented: no space, a space at either end, a non-ASCII word.
        for s in ["pe bulevardul", "calea", "", " ", "a ", "în Piața", "x  y"] {
            let cut = &s[s.rfind(' ').map_or(0, |i| i + 1)..];
            assert_eq!(after_last_space(s), cut, "{s:?}");
        }
    }

    #[test]
    fn a_spaced_mark_is_found_as_a_substring_search_finds_it() {
        // Invented: marks without a space, at the end, and both kinds.
        let lines = [
            "Dr. Holm: we. Went",
            "The Mayor.We agreed: yes. ",
            "a.b:c.",
            "x: . y",
            "",
            ". ",
        ];
        for line in lines {
            assert_eq!(
                first_spaced_mark(line, b'.', b'.'),
                line.find(". "),
                "{line:?}"
            );
            let first = [". ", ": "].iter().filter_map(|m| line.find(m)).min();
            assert_eq!(first_spaced_mark(line, b'.', b':'), first, "{line:?}");
        }
    }

    #[test]
    fn the_last_word_is_the_trailing_run_of_word_characters() {
        assert_eq!(last_word("para o"), "o");
        assert_eq!(last_word("в Украине"), "Украине");
        assert_eq!(last_word("l'annonce"), "annonce");
        assert_eq!(last_word("said, "), "");
        assert_eq!(last_word(""), "");
        // Invented: ASCII and non-ASCII letters mixed in the last word, a
        // non-ASCII stop before it, and nothing but the word.
        assert_eq!(last_word("ja, Ölz2ä"), "Ölz2ä");
        assert_eq!(last_word("«Ana"), "Ana");
        assert_eq!(last_word("x’Ölz"), "Ölz");
        assert_eq!(last_word("Ölz"), "Ölz");
        assert_eq!(last_word("a —"), "");
    }

    #[test]
    fn a_run_is_found_only_whole_and_in_order() {
        assert!(contains_run(&[1, 2, 3, 4], &[2, 3]));
        assert!(contains_run(&["a", "b"], &["a", "b"]));
        assert!(!contains_run(&[1, 2, 3, 4], &[2, 4]), "scattered words");
        assert!(!contains_run(&[1, 2], &[2, 1]));
        assert!(!contains_run(&[1, 2], &[]), "an empty run");
    }

    #[test]
    fn every_non_ascii_space_begins_with_a_byte_that_is_decoded() {
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            if c.is_whitespace() {
                let lead = c.to_string().as_bytes()[0];
                let class = BYTE_CLASS[usize::from(lead)];
                assert!(matches!(class, ByteClass::MaySpace), "{c:?}");
            }
        }
    }

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
    fn word_chars_are_exactly_the_alphanumeric_characters() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
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
            "ideo\u{3000}graphic ogham\u{1680}mark line\u{2028}separator “curly”",
        ];
        for p in samples {
            let count = p.split_whitespace().count();
            for n in 0..count + 2 {
                assert_eq!(more_words_than(p, n), count > n, "{p:?} {n}");
                assert_eq!(has_words(p, n), count >= n, "{p:?} at least {n}");
            }
        }
    }
}
