//! `verbatim quotes --format markdown`: a write-up a fact-checker can paste.

use std::process::Command;

fn verbatim(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

#[test]
fn groups_are_written_as_markdown_with_citations() {
    let dir = tempfile::tempdir().unwrap();
    let a = "---\noutlet: Wire One\nurl: https://wire.example.com/a\ndate: 2025-06-25\n---\n\
        Minister speaks\n\n\
        \"We will not accept any deal that leaves our farmers worse off,\" Minister Jane Roe said on Tuesday.\n";
    let b = "---\noutlet: Daily *Two*\n---\n\
        Roe rejects deal\n\n\
        \"We will not accept a deal that leaves our farmers worse off,\" Minister Jane Roe told parliament.\n";
    std::fs::write(dir.path().join("a.md"), a).unwrap();
    std::fs::write(dir.path().join("b.md"), b).unwrap();
    let out = verbatim(&[
        "quotes",
        "--format",
        "markdown",
        dir.path().to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.starts_with("# How the quotations were rendered\n"),
        "{md}"
    );
    assert!(md.contains("## Group 1: We will not accept"), "{md}");
    assert!(
        md.contains("Wire One, 2025-06-25, <https://wire.example.com/a>"),
        "{md}"
    );
    // Markdown in article text is escaped, not interpreted.
    assert!(md.contains(r"Daily \*Two\*"), "{md}");
    // The changed word is marked on both sides.
    assert!(md.contains("~~any~~ **a**"), "{md}");
}

#[test]
fn json_and_a_format_conflict() {
    let out = verbatim(&["quotes", "--json", "--format", "markdown"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
