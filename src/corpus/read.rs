//! Reading one input within limits, and which folder entries are articles.
//!
//! A hostile input must cost little: binary is decided from the first
//! 8 KiB (a NUL, as ripgrep does) before anything else is read, and no file
//! is read past a size cap, so `/dev/zero` or a 3 GB sparse file is
//! skipped at once instead of filling memory.

use std::fs::FileType;
use std::io::Read;
use std::path::Path;

/// The size cap of one article unless the user sets another
/// (`--max-filesize`): far above any real article, far below what would
/// hurt a machine when a few are read in parallel.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 50 * 1024 * 1024;

/// The cap whatever `--max-filesize` says: offsets into a text are kept as
/// `u32` ([`crate::ids::offset`]), so no text may reach 4 GiB.
const MAX_TEXT_BYTES: u64 = u32::MAX as u64;

/// Bytes read before deciding whether an input is binary.
const BINARY_PROBE_BYTES: u64 = 8 * 1024;

/// The reason given for a file holding a NUL byte.
pub(super) const BINARY_NUL: &str = "skipped: binary file (contains NUL bytes)";

/// Reads `reader` whole unless it is binary or larger than `max` bytes.
/// `known_len` is the size the file system reports for a regular file: a
/// larger file is refused without reading past the probe.
pub(super) fn read_capped(
    mut reader: impl Read,
    known_len: Option<u64>,
    max: u64,
) -> Result<Vec<u8>, String> {
    let max = max.min(MAX_TEXT_BYTES);
    // A file of known size within the cap is read straight into a buffer
    // of its size: grown from empty, the buffer doubled from 32 bytes with a
    // read at each step (ten reads for a 4 KB article) and a copy of the
    // bytes at each, and was copied once more to shed its spare room.
    let fits = known_len.filter(|&len| len <= max);
    let mut bytes = Vec::with_capacity(fits.map_or(0, |len| usize::try_from(len).unwrap_or(0)));
    (&mut reader)
        .take(BINARY_PROBE_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|e| describe_io(&e))?;
    // The vectorised search: every file is probed, and `contains` read
    // the bytes a word at a time.
    if memchr::memchr(0, &bytes).is_some() {
        return Err(BINARY_NUL.to_string());
    }
    if known_len.is_some_and(|len| len > max) {
        return Err(too_large(max));
    }
    // A probe cut short by the end of a file of known size read it all.
    if fits.is_some() && (bytes.len() as u64) < BINARY_PROBE_BYTES {
        bytes.shrink_to_fit();
        return Ok(bytes);
    }
    if let Some(len) = known_len {
        let rest = len.saturating_sub(bytes.len() as u64);
        bytes.reserve(usize::try_from(rest).unwrap_or(0));
    }
    // One byte past the cap tells a file of exactly `max` bytes from a longer one.
    let budget = (max + 1).saturating_sub(bytes.len() as u64);
    reader
        .take(budget)
        .read_to_end(&mut bytes)
        .map_err(|e| describe_io(&e))?;
    if bytes.len() as u64 > max {
        return Err(too_large(max));
    }
    // The probe and the reads grow the buffer by doubling; the bytes become
    // the article's text, kept for the whole session: at 40,000 articles the
    // spare room was about 10 MiB.
    bytes.shrink_to_fit();
    Ok(bytes)
}

fn too_large(max: u64) -> String {
    format!(
        "skipped: larger than {} (--max-filesize changes the limit)",
        format_size(max)
    )
}

/// A byte count as people read it: `50 MB`, `1.5 GB`, `300 bytes` (powers of 1024).
pub fn format_size(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            let whole = bytes / size;
            let tenths = (bytes % size) * 10 / size;
            return if tenths == 0 {
                format!("{whole} {unit}")
            } else {
                format!("{whole}.{tenths} {unit}")
            };
        }
    }
    format!("{bytes} bytes")
}

/// An I/O error in words, for a warning naming the file.
pub(super) fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

/// What a folder entry is to the loader.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Entry {
    /// A regular file, or a link to one.
    File,
    /// A folder (not a link to one): searched in turn.
    Folder,
    /// Not read, for this reason (named in a warning).
    Skipped(String),
}

/// Classifies the entry at `path` whose own type (not followed) is `kind`.
/// Links to folders are not followed, so link cycles cannot loop.
pub(super) fn classify_entry(path: &Path, kind: FileType) -> Entry {
    if kind.is_dir() {
        return Entry::Folder;
    }
    if kind.is_file() {
        return Entry::File;
    }
    if kind.is_symlink() {
        return match std::fs::metadata(path) {
            Ok(target) if target.is_file() => Entry::File,
            Ok(target) if target.is_dir() => {
                Entry::Skipped("skipped: link to a folder (not followed)".to_string())
            }
            Ok(target) => {
                Entry::Skipped(format!("skipped: link to {}", special(target.file_type())))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Entry::Skipped("skipped: dangling symbolic link".to_string())
            }
            Err(e) => Entry::Skipped(format!("skipped: symbolic link cannot be followed: {e}")),
        };
    }
    Entry::Skipped(format!("skipped: {}", special(kind)))
}

/// The name of a file type that is neither a regular file nor a folder.
fn special(kind: FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    let _ = kind;
    "not a regular file"
}

/// What identifies a file whatever path names it: device and inode on Unix,
/// the canonical path elsewhere. The same file given twice is read once.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum FileIdentity {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg(not(unix))]
    Canonical(std::path::PathBuf),
}

pub(super) fn identity(path: &Path) -> Option<FileIdentity> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some(FileIdentity::Inode(meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(path)
            .ok()
            .map(FileIdentity::Canonical)
    }
}

/// Many replacement or control characters among the first `sniff` bytes
/// (rounded down to a character) mean the file is not text: more than one
/// character in ten. Every file is sniffed, so the characters are counted
/// in byte passes the compiler vectorises, not decoded.
pub(super) fn looks_binary(text: &str, sniff: usize) -> bool {
    let sniff = crate::text::floor_char_boundary(text, sniff);
    let head = &text.as_bytes()[..sniff];
    let (total, ascii_bad) = count_chars_and_controls(head);
    // The other control characters are U+0080–U+009F (C2 80–C2 9F); the
    // replacement character U+FFFD is EF BF BD.
    let wide_bad = memchr::memchr2_iter(0xc2, 0xef, head)
        .filter(|&i| match head[i] {
            0xc2 => head.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
            _ => head.get(i + 1..i + 3) == Some(&[0xbf, 0xbd][..]),
        })
        .count();
    total > 0 && (ascii_bad + wide_bad) * 10 > total
}

/// The characters of `bytes` (every byte but a UTF-8 continuation byte
/// starts one) and its ASCII controls other than the layout ones, and DEL.
/// Counted in blocks into byte-sized counters, with no branch per byte, so
/// that the compiler can count 16 bytes at a time.
fn count_chars_and_controls(bytes: &[u8]) -> (usize, usize) {
    let (mut chars, mut controls) = (0, 0);
    // A block's counters count at most its length: 255 fits a byte.
    for block in bytes.chunks(255) {
        let (mut block_chars, mut block_controls) = (0u8, 0u8);
        for &b in block {
            let layout = (b == b'\n') | (b == b'\r') | (b == b'\t') | (b == 0x0c) | (b == 0x1b);
            block_chars += u8::from((b as i8) >= -0x40);
            block_controls += u8::from((b == 0x7f) | ((b < 0x20) & !layout));
        }
        chars += usize::from(block_chars);
        controls += usize::from(block_controls);
    }
    (chars, controls)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule as first written, one decoded character at a time.
    fn looks_binary_by_chars(text: &str, sniff: usize) -> bool {
        let mut sniff = text.len().min(sniff);
        while !text.is_char_boundary(sniff) {
            sniff -= 1;
        }
        let (mut total, mut bad) = (0usize, 0usize);
        for c in text[..sniff].chars() {
            total += 1;
            let control = c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}' | '\u{1b}');
            if c == '\u{fffd}' || control {
                bad += 1;
            }
        }
        total > 0 && bad * 10 > total
    }

    #[test]
    fn binary_sniffing_counts_characters_as_decoding_does() {
        let samples = [
            "",
            "plain text\n",
            "\u{1}\u{2}\u{3} abc",
            "\u{fffd}\u{fffd}ab\u{fffd}\u{fffd}",
            "\u{85}\u{9f}\u{a0}\u{7f}é€ﬀ\t\r\u{1b}\u{c}",
            "Ж\u{80}\u{80}",
            "¢£\u{fffd}ÿ",
            // Past the 255-byte blocks the counting is done in.
            &"\u{1}é\n\u{9c}".repeat(200),
            &"plain é\u{fffd}".repeat(100),
        ];
        for text in samples {
            for sniff in [0, 1, 2, 3, 5, 8, 64, 254, 255, 256, 600, 2000] {
                assert_eq!(
                    looks_binary(text, sniff),
                    looks_binary_by_chars(text, sniff),
                    "{text:?} {sniff}"
                );
            }
        }
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(format_size(DEFAULT_MAX_FILE_SIZE), "50 MB");
        assert_eq!(format_size(3 << 29), "1.5 GB");
        assert_eq!(format_size(300), "300 bytes");
        assert_eq!(format_size(2048), "2 KB");
    }

    #[test]
    fn a_text_keeps_no_spare_room() {
        // 5,000 bytes: the probe's buffer doubles past them.
        let text = "word ".repeat(1000);
        for known in [None, Some(text.len() as u64)] {
            let bytes = read_capped(text.as_bytes(), known, DEFAULT_MAX_FILE_SIZE).unwrap();
            assert_eq!((bytes.len(), bytes.capacity()), (5000, 5000), "{known:?}");
        }
    }

    /// A reader that counts the reads asked of it.
    struct Counted<'a> {
        bytes: &'a [u8],
        reads: usize,
    }

    impl Read for Counted<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.reads += 1;
            self.bytes.read(buf)
        }
    }

    #[test]
    fn a_file_of_known_size_is_read_in_place() {
        // Below and above the probe's 8 KiB: the text, then the end.
        for n in [4_000, 20_000] {
            let text = "a".repeat(n);
            let mut reader = Counted {
                bytes: text.as_bytes(),
                reads: 0,
            };
            let bytes = read_capped(&mut reader, Some(n as u64), DEFAULT_MAX_FILE_SIZE).unwrap();
            assert_eq!(bytes, text.as_bytes());
            assert!(reader.reads <= 4, "{n} bytes in {} reads", reader.reads);
        }
    }

    #[test]
    fn the_cap_is_exact_and_binary_wins_early() {
        assert_eq!(read_capped(&b"abcd"[..], None, 4).unwrap(), b"abcd");
        assert!(
            read_capped(&b"abcde"[..], None, 4)
                .unwrap_err()
                .contains("larger than 4 bytes")
        );
        // An endless reader of NULs stops after the probe.
        let zeros = std::io::repeat(0);
        assert_eq!(
            read_capped(zeros, None, u64::MAX - 1).unwrap_err(),
            BINARY_NUL
        );
        // A reported size over the cap is refused before the rest is read.
        let endless_text = std::io::repeat(b'a');
        assert!(read_capped(endless_text, Some(1 << 40), 1 << 20).is_err());
        // Without a reported size, the cap still stops an endless reader.
        assert!(read_capped(std::io::repeat(b'a'), None, 1 << 20).is_err());
    }
}
