//! The reader's own small files (configuration, saved state): read within a
//! size cap and only when they are regular files, written through a fresh
//! private temporary file.
//!
//! A config linked to `/dev/zero` once grew the reader to 2 GB, a FIFO would
//! block it forever, and a link planted at the temporary file's name made
//! quitting overwrite the link's target.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use verbatim::corpus::format_size;

/// Reads `path` as text if it exists. A device, FIFO or socket is refused
/// without blocking (the file is opened non-blocking and checked before
/// any read), as is a file over `max` bytes.
pub fn read_small(path: &Path, max: u64) -> io::Result<Option<String>> {
    let file = match OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file (a device, FIFO, socket or folder); not read",
        ));
    }
    let too_large = || {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than {}; not read", format_size(max)),
        )
    };
    if meta.len() > max {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_large());
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// Writes `path` whole or not at all: `write` fills a temporary file beside
/// it, created new (never through an existing file or link), readable by
/// the user only, synced, then renamed over `path`.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let (tmp, mut file) = create_temp_beside(path)?;
    let result = (|| {
        write(&mut file)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Attempts at a fresh temporary name before giving up: names taken by
/// earlier crashed runs or planted by someone else are passed over.
const TEMP_ATTEMPTS: u32 = 64;

fn create_temp_beside(path: &Path) -> io::Result<(PathBuf, File)> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy());
    let pid = std::process::id();
    let mut last = io::Error::other("no temporary name tried");
    for attempt in 0..TEMP_ATTEMPTS {
        let tmp = dir.join(format!(".{name}.{pid}.{attempt}.tmp"));
        // create_new is O_CREAT|O_EXCL: it fails on any existing entry,
        // a link included; O_NOFOLLOW says so twice.
        let opened = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&tmp);
        match opened {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// Moves `path` aside to the first free name of `<path>.corrupt`,
/// `<path>.corrupt.2`, ...: an earlier corrupt file is never overwritten.
/// Returns where it went.
pub fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let base = path.as_os_str().to_owned();
    for n in 1..=TEMP_ATTEMPTS {
        let mut aside = base.clone();
        aside.push(if n == 1 {
            ".corrupt".to_string()
        } else {
            format!(".corrupt.{n}")
        });
        let aside = PathBuf::from(aside);
        // A hard link fails if the name is taken, so nothing is replaced.
        match std::fs::hard_link(path, &aside) {
            Ok(()) => {
                std::fs::remove_file(path)?;
                return Ok(aside);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many earlier corrupt copies",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn devices_fifos_and_large_files_are_refused_at_once() {
        let zero = read_small(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(zero.to_string().contains("not a regular file"), "{zero}");
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            // Blocking here would hang the test: open is non-blocking.
            assert!(read_small(&fifo, 1024).is_err());
        }
        let big = dir.path().join("big");
        std::fs::write(&big, "x".repeat(2000)).unwrap();
        let e = read_small(&big, 1024).unwrap_err();
        assert!(e.to_string().contains("larger than 1 KB"), "{e}");
        assert_eq!(read_small(&dir.path().join("none"), 10).unwrap(), None);
    }

    #[test]
    fn a_planted_link_at_the_temporary_name_is_passed_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "precious").unwrap();
        let pid = std::process::id();
        for attempt in 0..3 {
            let planted = dir.path().join(format!(".state.json.{pid}.{attempt}.tmp"));
            std::os::unix::fs::symlink(&victim, planted).unwrap();
        }
        write_atomically(&path, |f| f.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn corrupt_copies_are_kept_side_by_side() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, "first").unwrap();
        let one = move_aside(&path).unwrap();
        std::fs::write(&path, "second").unwrap();
        let two = move_aside(&path).unwrap();
        assert_ne!(one, two);
        assert_eq!(std::fs::read_to_string(one).unwrap(), "first");
        assert_eq!(std::fs::read_to_string(two).unwrap(), "second");
        assert!(!path.exists());
    }
}
