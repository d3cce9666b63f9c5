//! Where a query's chars occur in order in a text: the greedy match the
//! prefilter runs, and the shortest window holding the query, which bounds
//! how much skim's gap penalties must cost.
//!
//! skim charges a match after a gap of g skipped chars 3 + g; the score
//! bounds (`bound.rs`) assume every gap is one char long. Any alignment of
//! an m-char query spans at least the shortest window W that holds the
//! query in order, so its gaps skip at least W − m chars in at most m − 1
//! gaps: at least W − 2m + 1 chars more than the bounds charged. A sentence
//! that matches "putin" only across forty chars scores thirty below its
//! bound, and need not be scored when the top rows are better than that.

use memchr::memmem;

use super::bound::Plain;

/// Windows looked at per text before giving up on the shortest (a text
/// with more is bounded without it, which is only looser).
const MAX_WINDOWS: usize = 12;

/// Where the greedy (leftmost) match of `needle`'s chars, in order, ends in
/// `hay`, searching from byte `from`; `None` when they do not all occur.
/// Byte search on UTF-8: a char's encoding only ever matches at a char boundary.
pub(super) fn match_end(hay: Plain<'_>, needle: &str, from: usize) -> Option<usize> {
    let bytes = hay.text.as_bytes();
    let mut at = from.min(bytes.len());
    let mut buf = [0u8; 4];
    for c in needle.chars() {
        let rest = &bytes[at..];
        at += if c.is_ascii() && hay.fold_ascii {
            // `needle` is lowercase here: its capital is the same letter.
            let b = c as u8;
            memchr::memchr2(b, b.to_ascii_uppercase(), rest)? + 1
        } else if c.is_ascii() {
            memchr::memchr(c as u8, rest)? + 1
        } else {
            // Non-ASCII chars of a folded text are folded already.
            let enc = c.encode_utf8(&mut buf).as_bytes();
            memmem::find(rest, enc)? + enc.len()
        };
    }
    Some(at)
}

/// Where the latest match of `needle`'s chars, in order, that ends by byte
/// `end` starts (the greedy match run backwards).
fn match_start(hay: Plain<'_>, needle: &str, end: usize) -> Option<usize> {
    let bytes = hay.text.as_bytes();
    let mut at = end.min(bytes.len());
    let mut buf = [0u8; 4];
    for c in needle.chars().rev() {
        let before = &bytes[..at];
        at = if c.is_ascii() && hay.fold_ascii {
            let b = c as u8;
            memchr::memrchr2(b, b.to_ascii_uppercase(), before)?
        } else if c.is_ascii() {
            memchr::memrchr(c as u8, before)?
        } else {
            memmem::rfind(before, c.encode_utf8(&mut buf).as_bytes())?
        };
    }
    Some(at)
}

/// The length in chars of the shortest stretch of `hay` that holds
/// `needle`'s chars in order, or `None` when they do not occur or the text
/// has too many candidate stretches to look at.
///
/// Each stretch that holds no shorter one ends where the greedy match from
/// its start ends, and starts where the backward match from that end
/// starts; the next one starts after it.
pub(super) fn shortest_window(hay: Plain<'_>, needle: &str) -> Option<usize> {
    let step = needle.chars().next()?.len_utf8();
    let mut best: Option<usize> = None;
    let mut from = 0;
    for _ in 0..MAX_WINDOWS {
        let Some(end) = match_end(hay, needle, from) else {
            return best;
        };
        let start = match_start(hay, needle, end)?;
        let chars = hay.text.get(start..end)?.chars().count();
        best = Some(best.map_or(chars, |b| b.min(chars)));
        from = start + step;
    }
    None
}

/// What gaps must cost beyond what the score bounds charged, for a query
/// of `query_chars` chars whose shortest window in the text is `window` chars.
pub(super) fn gap_excess(window: usize, query_chars: usize) -> i64 {
    let charged = 2 * query_chars as i64 - 1;
    (window as i64 - charged).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Plain<'_> {
        Plain {
            text,
            fold_ascii: true,
        }
    }

    #[test]
    fn the_shortest_window_is_found_past_a_longer_first_one() {
        // "p…u…t" first spans 9 chars; "put" itself comes later.
        assert_eq!(shortest_window(plain("p u xx t put"), "put"), Some(3));
        assert_eq!(shortest_window(plain("Putin"), "putin"), Some(5));
        assert_eq!(shortest_window(plain("p-u-t-i-n"), "putin"), Some(9));
        assert_eq!(shortest_window(plain("nitup"), "putin"), None);
        // Chars, not bytes: “ is three bytes.
        assert_eq!(shortest_window(plain("a“b"), "ab"), Some(3));
    }

    #[test]
    fn too_many_windows_give_up() {
        let text = "ab ".repeat(MAX_WINDOWS + 1);
        assert_eq!(shortest_window(plain(&text), "ab"), None);
        let text = "ab ".repeat(MAX_WINDOWS - 1);
        assert_eq!(shortest_window(plain(&text), "ab"), Some(2));
    }

    #[test]
    fn only_the_gaps_beyond_one_char_each_count() {
        assert_eq!(gap_excess(5, 5), 0);
        assert_eq!(gap_excess(9, 5), 0, "four one-char gaps");
        assert_eq!(gap_excess(40, 5), 31);
    }
}
