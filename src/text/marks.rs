//! The table of quotation marks: which characters are marks, which pair with
//! which, and which end or open a quotation by their shape.
//!
//! Whether a mark opens or closes *where it stands* (an apostrophe, a prime,
//! a straight quote between words) is extraction's business
//! (`quotes::extract::marks`); this module only says what the characters are.

/// Marks that pair with each other belong to one family; nesting alternates
/// families, so a closer only ever matches the nearest opener of its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
    Guillemet,
    Chevron,
}

impl Family {
    pub const COUNT: usize = 4;

    pub fn index(self) -> usize {
        self as usize
    }
}

/// The family of quotation mark `c`, or `None` when it is not one.
pub fn family(c: char) -> Option<Family> {
    match c {
        '“' | '”' | '"' | '„' | '‟' | '＂' => Some(Family::Double),
        '‘' | '’' | '\'' | '‚' | '‛' => Some(Family::Single),
        '«' | '»' => Some(Family::Guillemet),
        '‹' | '›' => Some(Family::Chevron),
        _ => None,
    }
}

/// Whether `b` can be the first byte of a quotation mark in UTF-8: `"`,
/// `'`, and the lead bytes of U+00AB/U+00BB (C2), U+2018–U+203A (E2) and
/// U+FF02 (EF). Any other byte begins no mark, so scanners skip it undecoded.
pub fn may_begin_quote_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xc2 | 0xe2 | 0xef)
}

/// The first index at or after `at` whose byte is a straight quote or not
/// ASCII: the only bytes [`may_begin_quote_mark`] can accept (or that lead a
/// mark spelt in mojibake), so a scanner for marks may skip everything
/// before it. Every paragraph is scanned for marks and news copy runs
/// plain ASCII for dozens of bytes between them, so eight bytes are tested
/// at once: their high bits, and whether any equals `"` or `'`.
pub fn skip_plain_ascii(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // With no high bit set, `(x - ONES) & !x & HIGH_BITS` is non-zero
    // exactly when some byte of `x` is zero (no borrow crosses a byte that
    // is not zero); `word ^ b * ONES` zeroes the bytes equal to `b`.
    let holds = |word: u64, b: u8| {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGH_BITS != 0
    };
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*chunk);
        if word & HIGH_BITS != 0 || holds(word, b'"') || holds(word, b'\'') {
            break;
        }
        at += 8;
    }
    let plain = |b: &u8| b.is_ascii() && !matches!(b, b'"' | b'\'');
    at + bytes
        .get(at..)
        .map_or(0, |rest| rest.iter().take_while(|b| plain(b)).count())
}

/// A curly mark's UTF-8 read as cp1252 and often damaged further, as
/// scraped pages print it: `â€œ`/`â?œ` for “, `â€™`/`â?™` for ’, `â€˜`/`â?˜`
/// for ‘, and `â€` or `â?` for ” (its last byte, undefined in cp1252, lost).
/// Returns the mark it stands for and the bytes it spans at `s`'s start;
/// `None` for anything else, such as a mangled ellipsis (`â?¦`) or dash.
pub fn mojibake_mark(s: &str) -> Option<(char, usize)> {
    let rest = s.strip_prefix('â')?;
    let euro = rest.chars().next().filter(|&c| c == '€' || c == '?')?;
    let head = 'â'.len_utf8() + euro.len_utf8();
    let tail = rest[euro.len_utf8()..].chars().next();
    let mark = match tail {
        Some('œ') => '“',
        Some('™') => '’',
        Some('˜') => '‘',
        Some('\u{9d}') => '”',
        // Another cp1252 character of the range a UTF-8 tail byte maps to
        // spells some other character (`â€¦` is an ellipsis, `â€”` a dash).
        Some(c) if is_cp1252_tail(c) => return None,
        _ => return Some(('”', head)),
    };
    Some((mark, head + tail.map_or(0, char::len_utf8)))
}

/// The closer a decoder lost: U+FFFD REPLACEMENT CHARACTER where a page's
/// curly `”` met the wrong encoding (`any hypothesis,� he said`). Only right
/// after a clause's punctuation and before a space or the end can it stand
/// for nothing but a closing mark; anywhere else it replaced a letter
/// (`caf� au lait`) and is no mark.
pub fn lost_closer(prev: Option<char>, c: char, next: Option<char>) -> Option<char> {
    let after_stop = prev.is_some_and(|p| ",.;!?…".contains(p));
    let before_space = next.is_none_or(char::is_whitespace);
    (c == char::REPLACEMENT_CHARACTER && after_stop && before_space).then_some('”')
}

/// Whether cp1252 decodes a byte of 0x80–0xBF (a UTF-8 continuation byte)
/// as `c`.
fn is_cp1252_tail(c: char) -> bool {
    ('\u{80}'..='\u{bf}').contains(&c) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".contains(c)
}

/// Whether `c` is a quotation mark of any family.
pub fn is_quote_mark(c: char) -> bool {
    family(c).is_some()
}

/// Whether a quotation opened by `open` may be closed by `close`.
/// Mixed styles (`“…"`) are common in scraped text, so they are allowed.
pub fn closes(open: char, close: char) -> bool {
    match open {
        '“' | '"' | '＂' | '‟' => matches!(close, '”' | '"' | '“' | '＂'),
        '„' => matches!(close, '“' | '”' | '"'),
        '”' => matches!(close, '”' | '"'),
        '‘' | '\'' | '‛' => matches!(close, '’' | '\'' | '‘'),
        '‚' => matches!(close, '‘' | '’'),
        '«' => close == '»',
        '»' => close == '«',
        '‹' => close == '›',
        '›' => close == '‹',
        _ => false,
    }
}

/// Double quotes and guillemets (and the double prime typed for them): one
/// style when words are compared.
pub fn is_double_style(c: char) -> bool {
    matches!(family(c), Some(Family::Double | Family::Guillemet)) || c == '″'
}

/// Double marks shaped to open, whatever stands around them: `“` (English),
/// `„` (German, Polish, Romanian), `«` (French, Russian). Where the next
/// closer of the pair is missing they still open a quotation, as typed
/// openers are almost never stray.
pub fn opens_by_shape(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

/// What may follow a sentence's final stop and still belong to the sentence:
/// closing quotation marks and brackets (`… ends.”`, `(… so.)`).
pub fn trails_sentence(c: char) -> bool {
    matches!(c, ')' | ']' | '”' | '’' | '"' | '\'' | '»' | '›')
}

/// What may come before a sentence's first letter: opening quotation marks
/// and brackets.
pub fn leads_sentence(c: char) -> bool {
    is_quote_mark(c) || matches!(c, '(' | '[')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_begins_with_a_byte_the_scanners_stop_at() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut utf8 = [0; 4];
            let lead = c.encode_utf8(&mut utf8).as_bytes()[0];
            assert!(family(c).is_none() || may_begin_quote_mark(lead), "{c}");
        }
    }

    #[test]
    fn skipping_plain_ascii_stops_at_the_bytes_a_mark_can_begin_with() {
        // Every position of every kind of stop, in and across eight-byte words.
        for stop in ["\"", "'", "“", "«", "é", "â€œ"] {
            for at in 0..20 {
                let text = format!("{}{stop}{}", "a".repeat(at), "b".repeat(9));
                assert_eq!(skip_plain_ascii(text.as_bytes(), 0), at, "{text}");
                assert_eq!(skip_plain_ascii(text.as_bytes(), at), at, "{text}");
            }
        }
        let plain = "no marks in these thirty bytes.";
        assert_eq!(skip_plain_ascii(plain.as_bytes(), 3), plain.len());
        assert_eq!(skip_plain_ascii(b"", 0), 0);
        // A byte next to `"` (0x22) or `'` (0x27) is not taken for it.
        assert_eq!(skip_plain_ascii(b"!#&(!#&(!#&(x", 0), 13);
    }

    #[test]
    fn mojibake_spells_curly_marks_but_not_ellipses() {
        assert_eq!(mojibake_mark("â€œYes"), Some(('“', 7)));
        assert_eq!(mojibake_mark("â?œYes"), Some(('“', 5)));
        assert_eq!(mojibake_mark("â? He"), Some(('”', 3)));
        assert_eq!(mojibake_mark("â€"), Some(('”', 5)));
        assert_eq!(mojibake_mark("â€\u{9d} He"), Some(('”', 7)));
        assert_eq!(mojibake_mark("â?™s"), Some(('’', 6)));
        assert_eq!(mojibake_mark("â?¦ but"), None);
        assert_eq!(mojibake_mark("â€” but"), None);
        assert_eq!(mojibake_mark("âmbito"), None);
    }

    #[test]
    fn a_replacement_character_after_a_stop_is_a_lost_closer() {
        let lost = char::REPLACEMENT_CHARACTER;
        assert_eq!(lost_closer(Some(','), lost, Some(' ')), Some('”'));
        assert_eq!(lost_closer(Some('.'), lost, None), Some('”'));
        assert_eq!(lost_closer(Some('f'), lost, Some(' ')), None);
        assert_eq!(lost_closer(Some('.'), lost, Some('s')), None);
        assert_eq!(lost_closer(Some(','), 'x', Some(' ')), None);
    }

    #[test]
    fn the_table_pairs_marks_by_family() {
        assert_eq!(family('„'), Some(Family::Double));
        assert_eq!(family('‚'), Some(Family::Single));
        assert_eq!(family('a'), None);
        assert!(closes('„', '“') && closes('«', '»') && closes('»', '«'));
        assert!(!closes('“', '’') && !closes('«', '”'));
        assert!(opens_by_shape('„') && !opens_by_shape('”') && !opens_by_shape('"'));
        assert!(is_double_style('«') && is_double_style('″') && !is_double_style('’'));
        assert!(trails_sentence('”') && !trails_sentence('“'));
        assert!(leads_sentence('„') && leads_sentence('(') && !leads_sentence(')'));
    }
}
