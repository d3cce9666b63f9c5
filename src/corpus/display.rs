//! Display-safe text: nothing from an article reaches a terminal raw.
//!
//! Articles keep control characters, escape sequences and bidi overrides in
//! the model (spans must slice the text as read); whatever is drawn or
//! printed goes through [`sanitize`] first. Each offending character becomes
//! one visible placeholder, so the display keeps one char per source char.

use std::borrow::Cow;

/// Whether `c` must never be written to a terminal as is.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        // Bidi embeddings, overrides and isolates can reorder what follows them.
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{200e}' | '\u{200f}' | '\u{61c}'
        | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        // Line and paragraph separators break terminal layouts.
        | '\u{2028}' | '\u{2029}'
    )
}

/// What an unsafe character is shown as.
pub fn placeholder(c: char) -> char {
    match c {
        // Control pictures make C0 characters visible: ␛ for ESC, ␀ for NUL.
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '␡',
        '\u{feff}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => ' ',
        _ => '\u{fffd}',
    }
}

/// `s` with every unsafe character replaced, one char for one char; tabs and
/// carriage returns become spaces, newlines are kept.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c == '\t' || is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\t' | '\r' => ' ',
                c if is_unsafe(c) => placeholder(c),
                c => c,
            })
            .collect(),
    )
}

/// Like [`sanitize`], and line breaks become spaces: for one-line fields.
pub fn sanitize_line(s: &str) -> Cow<'_, str> {
    let safe = sanitize(s);
    if safe.contains('\n') {
        Cow::Owned(safe.replace('\n', " "))
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(sanitize("Zelenskyy’s “plan”"), Cow::Borrowed(_)));
    }

    #[test]
    fn escapes_and_bidi_are_neutralised() {
        let hostile = "a\u{1b}[31mred\u{1b}]0;title\u{7}\u{202e}evil\u{9b}x\u{0}";
        let safe = sanitize(hostile);
        assert!(!safe.chars().any(is_unsafe));
        assert_eq!(safe.chars().count(), hostile.chars().count());
        assert!(safe.contains("␛[31mred"));
    }

    #[test]
    fn one_line_form_has_no_breaks() {
        assert_eq!(sanitize_line("a\r\nb\nc\rd\te"), "a  b c d e");
    }
}
