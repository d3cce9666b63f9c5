//! Loading corpora from disk and stdin, through the library and the binary.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use verbatim::corpus::{LoadError, ParagraphKind, bundled_corpus, load_paths};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn every_paragraph_slices_its_source_exactly() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "crlf.txt",
        b"\xef\xbb\xbfTitle here\r\n\r\n  Body one.  \r\nBody two.\r\n",
    );
    write(dir.path(), "wrapped.md", b"# Heading\n\nA line that is wrapped at a moderate width\nand goes on to the next line of the\nsame paragraph right here.\n");
    let corpus = load_paths(&[dir.path().to_path_buf()]).unwrap();
    let bundled = bundled_corpus();
    for article in corpus.articles.iter().chain(&bundled.articles) {
        let mut last_end = 0;
        for p in &article.paragraphs {
            let slice = &article.text[p.range()];
            assert!(!slice.is_empty(), "{}: empty paragraph", article.id);
            assert_eq!(slice, slice.trim(), "{}: untrimmed paragraph", article.id);
            assert!(
                p.start() >= last_end,
                "{}: paragraphs overlap or go back",
                article.id
            );
            last_end = p.end();
        }
    }
}

#[test]
fn folders_are_recursive_sorted_and_skip_hidden_and_other_extensions() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"B title\n\nBody b.");
    write(dir.path(), "a/c.md", b"C title\n\nBody c.");
    write(dir.path(), ".hidden.txt", b"Hidden\n\nBody.");
    write(dir.path(), ".git/x.txt", b"Hidden dir\n\nBody.");
    write(dir.path(), "notes.json", b"{}");
    let corpus = load_paths(&[dir.path().to_path_buf()]).unwrap();
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["c", "b"]);
    assert!(corpus.warnings.is_empty());
}

#[test]
fn a_folders_files_come_in_the_byte_order_of_their_names() {
    // A space sorts before the stop of an extension, upper case before lower,
    // a folder named like a file's stem before that file, accents last.
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "ab.txt",
        "\u{e9}t\u{e9}.txt",
        "a.txt",
        "a b.txt",
        "Z.txt",
        "a/in.md",
    ] {
        write(dir.path(), name, b"Title\n\nBody.");
    }
    let corpus = load_paths(&[dir.path().to_path_buf()]).unwrap();
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["Z", "in", "a b", "a", "ab", "\u{e9}t\u{e9}"]);
}

#[test]
fn stem_collisions_get_distinct_ids() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "x/story.txt", b"One\n\nBody one.");
    write(dir.path(), "y/story.txt", b"Two\n\nBody two.");
    write(dir.path(), "z/story.md", b"Three\n\nBody three.");
    let corpus = load_paths(&[dir.path().to_path_buf()]).unwrap();
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["story", "story-2", "story-3"]);
}

#[test]
fn bad_files_are_skipped_with_warnings_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", b"Good title\n\nGood body.");
    write(dir.path(), "empty.txt", b"");
    write(dir.path(), "blank.txt", b"  \n\n ");
    write(dir.path(), "nul.txt", b"PK\x03\x04\0\0binary");
    let noise: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 7) as u8 | 0x80)
        .collect();
    write(dir.path(), "noise.txt", &noise);
    write(
        dir.path(),
        "latin1.txt",
        b"Caf\xe9 opens\n\nThe caf\xe9 opened.",
    );
    let corpus = load_paths(&[dir.path().to_path_buf()]).unwrap();
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["good", "latin1"]);
    let latin1 = &corpus.articles[1];
    assert!(latin1.text.contains('\u{fffd}'));
    assert_eq!(latin1.warnings.len(), 1);
    for name in [
        "empty.txt",
        "blank.txt",
        "nul.txt",
        "noise.txt",
        "latin1.txt",
    ] {
        assert!(
            corpus.warnings.iter().any(|w| w.path.ends_with(name)),
            "no warning for {name}: {:?}",
            corpus.warnings
        );
    }
}

#[test]
fn missing_path_is_an_error_alone_and_a_warning_beside_good_input() {
    let missing = PathBuf::from("/no/such/file.txt");
    match load_paths(std::slice::from_ref(&missing)) {
        Err(LoadError::Unreadable { path, .. }) => assert_eq!(path, "/no/such/file.txt"),
        other => panic!("expected an error, got {other:?}"),
    }
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", b"Title\n\nBody.");
    let corpus = load_paths(&[missing, good]).unwrap();
    assert_eq!(corpus.articles.len(), 1);
    assert_eq!(corpus.warnings.len(), 1);
}

#[test]
fn huge_single_line_file_loads_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let line = "word “quoted” and more ".repeat(20 * 1024 * 1024 / 24);
    let path = write(dir.path(), "huge.txt", line.as_bytes());
    let corpus = load_paths(&[path]).unwrap();
    assert_eq!(corpus.articles[0].paragraphs.len(), 1);
}

#[test]
fn cli_missing_path_exits_non_zero_naming_it() {
    let out = bin().args(["sources", "/no/such/file"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/no/such/file"), "{stderr}");
}

#[test]
fn cli_reads_stdin() {
    let mut child = bin()
        .args(["sources", "--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Piped headline\n\nPiped body text.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let source = &doc["sources"][0];
    assert_eq!(source["id"], "stdin");
    assert_eq!(source["path"], "-");
    assert_eq!(source["title"], "Piped headline");
}

#[test]
fn cli_bundled_sources_json_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["sources", "--json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    let sources = doc["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 5);
    for s in sources {
        let path = s["path"].as_str().unwrap();
        assert!(path.starts_with("seeds/"), "{path}");
        let title = s["title"].as_str().unwrap();
        assert!(!title.is_empty());
        for key in ["id", "title_derived", "bytes", "paragraphs", "warnings"] {
            assert!(s.get(key).is_some(), "missing {key}");
        }
    }
    // Exactly the untitled seed has a derived title, built from its first sentence.
    let derived: Vec<&serde_json::Value> = sources
        .iter()
        .filter(|s| s["title_derived"] == true)
        .collect();
    assert_eq!(derived.len(), 1);
    assert!(derived[0]["id"].as_str().unwrap().starts_with("002_"));
}

#[test]
fn seed_files_are_the_bundled_ones() {
    let corpus = bundled_corpus();
    for article in &corpus.articles {
        let on_disk = std::fs::read_to_string(
            concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + &article.path,
        )
        .unwrap();
        assert_eq!(on_disk, article.text);
    }
}

#[test]
fn paragraph_kinds_survive_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Mayor opens bridge\n\nBy Ana Silva\n\nThe bridge in the city. Photo: Ana Silva/Example\n\n\
                #bridge #city\n\nThe mayor opened the bridge on Monday.\n\nLeave a Reply";
    let path = write(dir.path(), "bridge.txt", text.as_bytes());
    let corpus = load_paths(&[path]).unwrap();
    let kinds: Vec<ParagraphKind> = corpus.articles[0]
        .paragraphs
        .iter()
        .map(|p| p.kind)
        .collect();
    use ParagraphKind::*;
    assert_eq!(kinds, [Title, Dateline, Caption, Tags, Body, Boilerplate]);
}
