//! Everything the binary writes to stderr: one `verbatim: <kind>:` prefix,
//! each line made display-safe and shortened, and never a panic.
//!
//! `eprintln!` panics when stderr is closed (`verbatim quotes DIR 2>&1 | head -1`
//! exits 101); a diagnostic that cannot be shown is not worth a crash, so
//! write errors are ignored here. Paths, config values and error messages
//! come from outside and may hold escape sequences (an OSC 52 in a file
//! name writes the clipboard) or run to megabytes: both are neutralised.

use std::borrow::Cow;
use std::io::Write;

use verbatim::corpus::LoadWarning;
use verbatim::corpus::display::sanitize_line;

/// Characters kept from each end of a longer line: enough for any real
/// path and message, small enough that a 50 MB value costs one line.
const KEEP_EACH_END: usize = 240;

/// Warnings shown one per line before the rest are summed up in one.
const WARNINGS_SHOWN: usize = 20;

pub fn warning(message: &str) {
    line("warning", message);
}

pub fn error(message: &str) {
    line("error", message);
}

/// Progress and summaries that are neither warnings nor errors.
#[cfg(feature = "feeds")]
pub fn note(message: &str) {
    write_line("", message);
}

/// Load warnings: the first [`WARNINGS_SHOWN`] one per line, then a count of the rest.
pub fn load_warnings(warnings: &[LoadWarning]) {
    for w in warnings.iter().take(WARNINGS_SHOWN) {
        warning(&w.to_string());
    }
    let rest = warnings.len().saturating_sub(WARNINGS_SHOWN);
    if rest > 0 {
        warning(&format!(
            "{rest} more files were skipped or read with problems (the first {WARNINGS_SHOWN} are listed above)"
        ));
    }
}

fn line(kind: &str, message: &str) {
    write_line(&format!("{kind}: "), message);
}

/// `verbatim: <prefix><message>`, the message made safe and shortened; a
/// write that fails is dropped.
fn write_line(prefix: &str, message: &str) {
    let safe = sanitize_line(message);
    let short = shorten(&safe);
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "verbatim: {prefix}{short}");
}

/// `s` with its middle replaced by `…` when longer than twice
/// [`KEEP_EACH_END`] characters: the start names the file, the end says why.
pub fn shorten(s: &str) -> Cow<'_, str> {
    let count = s.chars().count();
    if count <= 2 * KEEP_EACH_END + 1 {
        return Cow::Borrowed(s);
    }
    let head: String = s.chars().take(KEEP_EACH_END).collect();
    let tail: String = s.chars().skip(count - KEEP_EACH_END).collect();
    Cow::Owned(format!("{head}…{tail}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_keep_both_ends() {
        assert_eq!(shorten("short"), "short");
        let long = format!("start{}end", "x".repeat(10_000));
        let short = shorten(&long);
        assert!(short.starts_with("start") && short.ends_with("end"));
        assert_eq!(short.chars().count(), 2 * KEEP_EACH_END + 1);
    }
}
