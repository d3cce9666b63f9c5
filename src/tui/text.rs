//! Small helpers for fitting display-safe text into cells by display width.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
use verbatim::corpus::display::sanitize_line;

/// `s` made display-safe on one line and cut to `width` columns, with `…` when cut.
pub fn fit(s: &str, width: usize) -> String {
    let safe = sanitize_line(s);
    if safe.width() <= width {
        return safe.into_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in safe.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// `s` followed by spaces up to `width` columns (no cut).
pub fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    let mut out = String::with_capacity(s.len() + width.saturating_sub(w));
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// Counts and percentages read the same in the reader and the reports.
pub use verbatim::report::wording::{count, percent};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("abc", 5), "abc");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("漢字漢字", 5), "漢字…");
        assert_eq!(fit("a\u{1b}b", 5), "a␛b");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(pad("漢", 4).width(), 4);
    }
}
