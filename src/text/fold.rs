//! Folding text for matching: case, and the typographic variants of
//! apostrophes, quotation marks and dashes.
//!
//! The rule is Unicode lower case ([`char::to_lowercase`]) for every caller;
//! the forms below differ only in what they return, so a hot path can fold
//! without allocating.

use super::{marks, words};

/// `c` folded for comparing words: lower case, and quote, apostrophe and dash
/// styles as their ASCII form, so `they’re` and `they're` are one word; a
/// cedilla typed for a comma below as the comma (`şi` and `și`).
pub fn fold_char_into(c: char, mut out: impl FnMut(char)) {
    if c.is_ascii() {
        out(if c == '`' {
            '\''
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    match c {
        c if words::is_apostrophe(c) => out('\''),
        c if marks::is_double_style(c) => out('"'),
        '–' | '—' | '‒' | '―' => out('-'),
        // Romanian's s and t with a comma below are often typed with the
        // cedilla of older fonts: one letter ("și" / "şi").
        'ş' | 'Ş' | 'Ș' => out('ș'),
        'ţ' | 'Ţ' | 'Ț' => out('ț'),
        c => c.to_lowercase().for_each(out),
    }
}

/// `c` in lower case when that is exactly one char, else `c` itself, so
/// folded text keeps its char positions (search highlights rely on it).
pub fn lower_char(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// `s` lower-cased into `out`, reusing its allocation. Unlike
/// `str::to_lowercase` a final capital sigma becomes `σ` rather than `ς`: the
/// fold is per character, like every other fold here.
pub fn lower_into(s: &str, out: &mut String) {
    out.clear();
    out.reserve(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            // A whole ASCII run at once: copied, and lower-cased below with
            // the rest (classification and the transcript rule fold every
            // short paragraph).
            let run = ascii_run(&bytes[i..]);
            out.push_str(&s[i..i + run]);
            i += run;
        } else {
            // `i` only ever advances by whole characters, so it is a boundary.
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            out.extend(c.to_lowercase());
            i += c.len_utf8();
        }
    }
    // The ASCII runs in one pass rather than one per run (runs end at every
    // typographic quote or dash). It leaves the other characters' bytes
    // alone, and the ASCII letters their folds gave ('K' for the Kelvin
    // sign) are lower case already.
    out.make_ascii_lowercase();
}

/// How many bytes at the start of `bytes` are ASCII: eight at a time (one
/// test of their high bits), then the rest one by one. News text runs ASCII
/// for dozens of bytes between typographic quotes and dashes.
fn ascii_run(bytes: &[u8]) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut run = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_ne_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        if word & HIGH_BITS != 0 {
            break;
        }
        run += 8;
    }
    run + bytes[run..].iter().take_while(|b| b.is_ascii()).count()
}

/// `s` lower-cased: the form words are stored in for case-insensitive look-up.
pub fn lower(s: &str) -> String {
    let mut out = String::new();
    lower_into(s, &mut out);
    out
}

/// `s` lower-cased, one char at a time.
pub fn lower_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_lowercase)
}

/// Whether `bytes` are all ASCII, and whether any of them is an ASCII
/// capital (told only for ASCII), eight bytes at a time: [`with_lower`]
/// asks both of a million words a run, most of them a few bytes long,
/// where a test per byte cost as much as the look-ups the words were
/// lower-cased for.
fn ascii_case(bytes: &[u8]) -> (bool, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let (mut seen, mut capitals) = (0u64, 0u64);
    // Only ORed together: a byte read twice, or a lane left zero, changes
    // nothing. Each ASCII lane plus 0x3F reaches bit 7 from 'A' up, plus
    // 0x25 from '[' up, and neither carries into the next lane (a lane
    // with bit 7 set already is not ASCII, and then the capitals are moot).
    let mut lanes = |x: u64| {
        seen |= x;
        capitals |= x.wrapping_add(ONES * 0x3F) & !x.wrapping_add(ONES * 0x25);
    };
    let n = bytes.len();
    let u16_at = |i: usize| u64::from(u16::from_le_bytes([bytes[i], bytes[i + 1]]));
    let u32_at = |i: usize| {
        u64::from(u32::from_le_bytes([
            bytes[i],
            bytes[i + 1],
            bytes[i + 2],
            bytes[i + 3],
        ]))
    };
    match n {
        0 => {}
        1 => lanes(u64::from(bytes[0])),
        2..4 => lanes(u16_at(0) | u16_at(n - 2) << 16),
        4..8 => lanes(u32_at(0) | u32_at(n - 4) << 32),
        _ => {
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                lanes(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
            }
            if !chunks.remainder().is_empty() {
                lanes(u32_at(n - 8) | u32_at(n - 4) << 32);
            }
        }
    }
    let ascii = seen & HIGH == 0;
    (ascii, ascii && capitals & HIGH != 0)
}

thread_local! {
    /// [`with_lower`]'s buffer for ASCII words.
    static ASCII_LOWER: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
}

/// Calls `f` with `word` lower-cased, allocating only for a word that has
/// upper-case letters and is not ASCII: most words looked up around quotes
/// are lower case already.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let (ascii, capitals) = ascii_case(word.as_bytes());
    if ascii {
        if !capitals {
            return f(word);
        }
        // Lower-cased in this thread's buffer, taken out while `f` runs (a
        // nested call finds it empty and grows its own). A `String` lower-
        // cased in place needs no UTF-8 check: a byte buffer did, and that
        // check was half of this function's cost (a million calls a run).
        let mut lower = ASCII_LOWER.take();
        lower.clear();
        lower.push_str(word);
        lower.make_ascii_lowercase();
        let r = f(&lower);
        ASCII_LOWER.set(lower);
        return r;
    }
    if word.chars().any(char::is_uppercase) {
        let mut lower = String::new();
        lower_into(word, &mut lower);
        f(&lower)
    } else {
        f(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> String {
        let mut out = String::new();
        s.chars().for_each(|c| fold_char_into(c, |f| out.push(f)));
        out
    }

    #[test]
    fn ascii_runs_end_at_the_first_non_ascii_byte_at_any_offset() {
        // Invented: runs shorter and longer than eight bytes, a multi-byte
        // char at each position of a word, and none at all.
        let text = "The Quick brown fox “jumps” over ÉTÉ — and runs on and on ÿ";
        let bytes = text.as_bytes();
        for start in 0..=bytes.len() {
            let want = bytes[start..].iter().take_while(|b| b.is_ascii()).count();
            assert_eq!(ascii_run(&bytes[start..]), want, "at {start}");
        }
        let mut out = String::new();
        lower_into("The “QUICK” Brown ÉTÉ FOX Σ", &mut out);
        assert_eq!(out, "the “quick” brown été fox σ");
    }

    /// `lower_into` lower-cases ASCII once at the end, over the folds of
    /// the other characters too: no fold may give an ASCII capital, and the
    /// result is that of folding each character.
    #[test]
    fn no_fold_gives_an_ascii_capital_and_lower_into_folds_each_char() {
        let mut out = String::new();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert!(!c.to_lowercase().any(|l| l.is_ascii_uppercase()), "{c:?}");
            let s = format!("A{c}Z{c}");
            lower_into(&s, &mut out);
            assert_eq!(out, lower_chars(&s).collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn word_fold_unifies_case_quotes_apostrophes_and_dashes() {
        assert_eq!(folded("They’re “OK” — Ça"), "they're \"ok\" - ça");
        assert_eq!(folded("`İ"), "'i\u{307}");
    }

    #[test]
    fn lower_forms_agree() {
        let s = "Zelenskyy ÜBER İstanbul ΣΑΣ";
        let mut into = String::new();
        lower_into(s, &mut into);
        assert_eq!(into, lower_chars(s).collect::<String>());
        assert_eq!(with_lower(s, str::to_string), into);
        assert_eq!(with_lower("said", str::to_string), "said");
        assert_eq!(with_lower("SAID", str::to_string), "said");
        assert_eq!(lower_char('İ'), 'İ');
        assert_eq!(lower_char('Ä'), 'ä');
    }

    /// Every byte value at every place of short and long words, against
    /// the tests one byte at a time.
    #[test]
    fn ascii_case_tells_ascii_and_capitals_as_a_byte_test_does() {
        for n in 0..=19 {
            for at in 0..n.max(1) {
                for b in 0..=255u8 {
                    let mut bytes = vec![b'q'; n];
                    if let Some(x) = bytes.get_mut(at) {
                        *x = b;
                    }
                    let ascii = bytes.is_ascii();
                    let capitals = ascii && bytes.iter().any(u8::is_ascii_uppercase);
                    assert_eq!(ascii_case(&bytes), (ascii, capitals), "{bytes:?}");
                }
            }
        }
        assert_eq!(ascii_case(b"Zz@[`{"), (true, true));
        assert_eq!(ascii_case(b"z@[`{\x7f"), (true, false));
    }

    /// ASCII words are lower-cased in a buffer of the thread's: a call made
    /// while another still reads its word gets its own, and a word longer
    /// than the last leaves no stale tail.
    #[test]
    fn nested_ascii_folds_keep_their_own_words() {
        let outer = with_lower("Mayor", |a| {
            let inner = with_lower("Of The Harbour Town", |b| format!("{a}|{b}"));
            format!("{inner}|{a}")
        });
        assert_eq!(outer, "mayor|of the harbour town|mayor");
        assert_eq!(
            with_lower(
                "A LONGER WORD THAN THIRTY-TWO BYTES, ALL ASCII",
                str::to_string
            ),
            "a longer word than thirty-two bytes, all ascii"
        );
        assert_eq!(with_lower("Ok", str::to_string), "ok");
    }
}
