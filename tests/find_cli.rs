//! `verbatim find` as a user runs it: each line points at its text, and the
//! JSON document slices its sources.

use std::process::Command;

use verbatim::corpus::display::sanitize_line;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
}

#[test]
fn cli_find_lines_point_at_their_text() {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let out = bin()
        .args(["find", "zelsky", seeds, "--limit", "5", "--color", "never"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let corpus = verbatim::corpus::load_paths(&[seeds.into()]).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(!lines.is_empty());
    for line in &lines {
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert!(
            ["person", "variant", "quote", "title", "sentence"].contains(&fields[0]),
            "{line}"
        );
        fields[1].parse::<i64>().unwrap();
        let mut place = fields[2].rsplitn(3, ':');
        let col: usize = place.next().unwrap().parse().unwrap();
        let row: usize = place.next().unwrap().parse().unwrap();
        let id = place.next().unwrap();
        let article = corpus.articles.iter().find(|a| a.id == id).unwrap();
        let at: String = article
            .text
            .lines()
            .nth(row - 1)
            .unwrap()
            .chars()
            .skip(col - 1)
            .collect();
        if fields[0] != "person" {
            let text = line[line.find(fields[2]).unwrap() + fields[2].len()..].trim_start();
            let head: String = text.chars().take(6).collect();
            assert!(at.starts_with(&head), "{line} / {at}");
        }
    }
    assert!(
        lines
            .iter()
            .any(|l| l.contains("002_") && l.contains("Zelsky"))
    );
}

#[test]
fn cli_find_json_document() {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let out = bin()
        .args(["find", "very grt", seeds, "--json", "--limit", "3"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["query"], "very grt");
    let results = doc["results"].as_array().unwrap();
    assert!(!results.is_empty() && results.len() <= 3);
    let corpus = verbatim::corpus::load_paths(&[seeds.into()]).unwrap();
    for r in results {
        let id = r["source"].as_str().unwrap();
        let article = corpus.articles.iter().find(|a| a.id == id).unwrap();
        let (start, end) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        if r["kind"] != "person" {
            assert_eq!(r["text"], sanitize_line(&article.text[start..end]).as_ref());
        }
        assert!(r["score"].as_i64().unwrap() > 0);
        assert!(r["kind"].is_string());
    }
    assert!(
        results[0]["text"]
            .as_str()
            .unwrap()
            .contains("very great and not")
    );
}
