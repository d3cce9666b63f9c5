//! Read limits and what is said on stderr: inputs that once filled memory
//! or blocked (`/dev/zero`, a 3 GB sparse file, a FIFO in a folder) are
//! skipped at once and named; stderr stays one safe line per problem and
//! survives being closed; without a terminal the reader refuses.

use crate::deadline;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use verbatim::corpus::{LoadError, load_paths};

const GOOD: &str = "Minister backs the bridge\n\n“It will be done by spring,” the minister said.\n";

/// The binary with a hang guard: (exit code, stdout, stderr); `stderr`
/// says where its stderr goes (`None` captures it).
fn run(args: &[&str], stderr: Option<Stdio>) -> (Option<i32>, String, String) {
    let run = deadline::run_with_deadline(args, stderr, Duration::from_secs(60));
    (run.code, String::from_utf8(run.stdout).unwrap(), run.stderr)
}

fn run_captured(args: &[&str]) -> (Option<i32>, String, String) {
    run(args, None)
}

fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn dev_zero_is_refused_after_its_first_bytes() {
    let (code, stdout, stderr) = run_captured(&["sources", "/dev/zero"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("/dev/zero") && stderr.contains("binary"),
        "{stderr}"
    );
}

#[test]
fn a_3_gb_sparse_file_in_a_folder_is_skipped_unread() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    // All zeros: binary from its first 8 KiB.
    let zeros = std::fs::File::create(dir.path().join("disk.txt")).unwrap();
    zeros.set_len(3 << 30).unwrap();
    // Text first, then a hole: too large, known from its size alone.
    let text = dir.path().join("long.txt");
    std::fs::write(&text, "word ".repeat(2000)).unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&text)
        .unwrap()
        .set_len(3 << 30)
        .unwrap();
    let corpus = load_paths(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(corpus.articles.len(), 1);
    let reason = |name: &str| {
        corpus
            .warnings
            .iter()
            .find(|w| w.path.ends_with(name))
            .map(|w| w.message.clone())
            .unwrap_or_default()
    };
    assert!(
        reason("disk.txt").contains("binary"),
        "{:?}",
        corpus.warnings
    );
    assert!(
        reason("long.txt").contains("larger than 50 MB"),
        "{:?}",
        corpus.warnings
    );
}

#[test]
fn max_filesize_changes_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    std::fs::write(dir.path().join("big.txt"), GOOD.repeat(40)).unwrap();
    let path = dir.path().to_str().unwrap();
    let (code, _, stderr) = run_captured(&["sources", "--max-filesize", "1K", path]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("big.txt: skipped: larger than 1 KB"),
        "{stderr}"
    );
    let (code, _, stderr) = run_captured(&["sources", "--max-filesize", "1M", path]);
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    let (code, _, stderr) = run_captured(&["sources", "--max-filesize", "lots", path]);
    assert_eq!(code, Some(2), "{stderr}");
}

#[test]
fn special_entries_in_a_folder_are_named_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("good.txt"), GOOD).unwrap();
    let fifo = mkfifo(&d.join("pipe.txt"));
    let _socket = std::os::unix::net::UnixListener::bind(d.join("socket.txt")).unwrap();
    std::os::unix::fs::symlink(d.join("gone.txt"), d.join("dangling.txt")).unwrap();
    std::os::unix::fs::symlink(d.join("loop.txt"), d.join("loop.txt")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.txt")).unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::os::unix::fs::symlink(d.join("sub"), d.join("folder.txt")).unwrap();
    let (code, _, stderr) = run_captured(&["sources", d.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    let mut expected = vec![
        ("socket.txt", "socket"),
        ("dangling.txt", "dangling"),
        ("loop.txt", "symbolic link cannot be followed"),
        ("zero.txt", "device"),
        ("folder.txt", "link to a folder"),
    ];
    if fifo {
        expected.push(("pipe.txt", "FIFO"));
    }
    for (name, why) in expected {
        assert!(
            stderr.lines().any(|l| l.contains(name) && l.contains(why)),
            "{name} not named as {why}: {stderr}"
        );
    }
}

#[test]
fn past_twenty_skips_the_rest_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    for i in 0..25 {
        std::fs::write(dir.path().join(format!("empty{i:02}.txt")), "").unwrap();
    }
    let (code, _, stderr) = run_captured(&["sources", dir.path().to_str().unwrap()]);
    assert_eq!(code, Some(0));
    assert_eq!(stderr.lines().count(), 21, "{stderr}");
    assert!(
        stderr.lines().last().unwrap().contains("5 more files"),
        "{stderr}"
    );
}

#[test]
fn when_nothing_loads_each_file_keeps_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("nul.txt"), "a\0b").unwrap();
    match load_paths(&[dir.path().to_path_buf()]) {
        Err(e @ LoadError::NothingLoaded { .. }) => assert_eq!(e.warnings().len(), 2),
        other => panic!("expected nothing loaded, got {other:?}"),
    }
    let (code, _, stderr) = run_captured(&["quotes", dir.path().to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("empty.txt: skipped: empty file"),
        "{stderr}"
    );
    assert!(stderr.contains("nul.txt: skipped: binary"), "{stderr}");
    assert!(stderr.contains("no readable articles"), "{stderr}");
}

#[test]
fn a_closed_stderr_is_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    std::fs::write(dir.path().join("a.txt"), "").unwrap();
    std::fs::write(dir.path().join("b.txt"), "").unwrap();
    let path = dir.path().to_str().unwrap();
    let closed = || {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        Stdio::from(writer)
    };
    let (code, stdout, _) = run(&["sources", path], Some(closed()));
    assert_eq!(code, Some(0));
    assert!(!stdout.is_empty());
    let (code, _, _) = run(&["quotes", "/no/such/file"], Some(closed()));
    assert_eq!(code, Some(1));
}

#[test]
fn names_and_values_on_stderr_are_made_safe_and_short() {
    let dir = tempfile::tempdir().unwrap();
    let osc52 = "\u{1b}]52;c;aGVsbG8=\u{7}";
    std::fs::write(dir.path().join(format!("{osc52}.txt")), "").unwrap();
    let long = "n".repeat(200);
    let deep = dir.path().join(&long).join(&long).join(&long);
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("x.txt"), "").unwrap();
    let (code, _, stderr) = run_captured(&["sources", dir.path().to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("␛]52"), "{stderr}");
    assert!(stderr.lines().all(|l| l.chars().count() < 600), "{stderr}");
}

#[test]
fn the_same_file_given_twice_is_one_source() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, GOOD).unwrap();
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&good, &link).unwrap();
    let corpus = load_paths(&[good.clone(), dir.path().to_path_buf(), link]).unwrap();
    assert_eq!(corpus.articles.len(), 1);
    assert_eq!(corpus.warnings.len(), 3, "{:?}", corpus.warnings);
    assert!(corpus.warnings[0].message.contains("same file as"));
    // Each repeat names the input it repeats: the first one given.
    let first = format!("same file as {}", good.display());
    assert!(
        corpus.warnings.iter().all(|w| w.message.ends_with(&first)),
        "{:?}",
        corpus.warnings
    );
}

#[test]
fn without_a_terminal_the_reader_refuses_in_one_line() {
    let (code, stdout, stderr) = run_captured(&[]);
    assert_eq!(code, Some(1));
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("needs a terminal"), "{stderr}");
    assert!(stderr.contains("verbatim quotes"), "{stderr}");
}

#[test]
fn global_flags_may_come_before_the_subcommand() {
    // `verbatim --color never sources` once opened the reader on a path
    // named "sources": a flag before the subcommand must not hide it.
    let (code, stdout, stderr) = run_captured(&[
        "--color",
        "never",
        "--max-filesize",
        "1M",
        "sources",
        "--json",
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.starts_with("{\"version\":1,\"sources\":["),
        "{stdout}"
    );
}

#[test]
fn a_mistyped_subcommand_gets_a_usage_error() {
    let (code, stdout, stderr) = run_captured(&["quotse"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("unrecognized subcommand 'quotse'"),
        "{stderr}"
    );
}
