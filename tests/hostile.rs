//! Hostile input: a folder of everything a scraper can produce, beside a good
//! article. Nothing may crash, hang, lose a readable source or let an escape
//! sequence through.

use crate::deadline;

use std::path::Path;
use std::time::Duration;

use verbatim::analysis::analyze;
use verbatim::corpus::{display::is_unsafe, load_paths};
use verbatim::ids::SourceId;

/// A small deterministic generator so the hostile files are the same on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const GOOD: &str = "Minister backs the new bridge\n\n\
    The minister said on Monday: “The bridge will be finished by spring.”\n\n\
    “We are on schedule,” the engineer told reporters.\n";

/// Identical quotes in the one-line file `huge.txt`.
const HUGE_REPEATS: usize = 60_000;

/// Writes the hostile folder; returns the names expected to load and to be skipped.
fn build_hostile_folder(dir: &Path) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    write("good.txt", GOOD.as_bytes());

    let random: Vec<u8> = (0..64 * 1024).map(|_| rng.next() as u8).collect();
    write("random.txt", &random);
    write("empty.txt", b"");
    write("nul.md", b"Looks like text\0but is not");

    let mut invalid = b"Headline with bad bytes\n\nHe said \xe2\x80\x9cthe caf\xe9 is open\xe2\x80\x9d today.\xff\xfe\n".to_vec();
    invalid.extend_from_slice(GOOD.as_bytes());
    write("invalid.txt", &invalid);

    // 60,000 identical quotes, ~8 MB on one line: pairwise grouping would be 1.8e9 comparisons,
    // so only grouping by hashing finishes (more repetitions only made the test slower).
    let one = "“This is exactly the same statement repeated for the hundredth time by the spokesperson,” the spokesperson said. ";
    write("huge.txt", one.repeat(HUGE_REPEATS).as_bytes());

    let marks = [
        "“", "”", "\"", "‘", "’", "'", "«", "»", "„", " word", " Name", ". ", "\n",
    ];
    let soup: String = (0..300_000).map(|_| *rng.pick(&marks)).collect();
    write("marks.txt", soup.as_bytes());

    // Shapes that once made the engine quadratic in one article: quotes in
    // a paragraph that never ends a sentence (each quote read it whole),
    // thousands of lines credited after a dash (each credit searched the
    // whole text for its name), and thousands of quotes of one speaker in
    // one article (each scare quote tested every other one).
    write(
        "unended.txt",
        format!("Unended\n\n{}", "\"a\" ".repeat(10_000)).as_bytes(),
    );
    let credit = "— We will build the road this year, — said Ivanov.\n";
    write(
        "credits.txt",
        format!("Credits\n\nPavel Ivanov spoke.\n{}", credit.repeat(10_000)).as_bytes(),
    );
    let said = "John Smith said \"We will win.\" ";
    write(
        "said.txt",
        format!("Said\n\n{}", said.repeat(10_000)).as_bytes(),
    );

    // Quotes in 1.7 MB of a few words and no sentence end: every grouping
    // comparison of two of them met millions of word matches (over 100 s).
    let few = [
        "John",
        "Smith",
        "said",
        "“we",
        "will”",
        "the",
        "President",
        "of",
        "Acme",
    ];
    let soup: Vec<&str> = (0..300_000).map(|_| *rng.pick(&few)).collect();
    write(
        "wordsoup.txt",
        format!("Soup\n\n{}", soup.join(" ")).as_bytes(),
    );

    // Tens of thousands of quotes of a few words, one name and "said" in one
    // article (8 MB of random marks and words): each quote with no cue of
    // its own read every attributed one that might hold its words, and
    // dash speech every quote (80 s).
    let words = [
        "“", "”", "\"", "'", "«", "»", "said", "he", "Trump", "Mr.", "—", "...",
    ];
    let said: Vec<&str> = (0..2_200_000).map(|_| *rng.pick(&words)).collect();
    write(
        "saidsoup.txt",
        format!("Said soup\n\n{}", said.join(" ")).as_bytes(),
    );

    write(
        "crlf_bom.txt",
        "\u{feff}Windows headline\r\n\r\n“Line endings differ,” the clerk said.\r\nMore text.\r\n"
            .as_bytes(),
    );
    write(
        "scripts.txt",
        "Scripts of the world\n\n\
         قال الوزير: «السلام ممكن» اليوم. The minister said “שלום עכשיו” twice.\n\
         记者说：“我们明天见。” Emoji 👩‍👩‍👧 “family 🇺🇦 flag” and e\u{301}\u{302}\u{303} “cafe\u{301}”.\n"
            .as_bytes(),
    );
    write(
        "escapes.txt",
        "Escape \u{1b}[2J\u{1b}[31mheadline\n\n\
         “Clear \u{1b}]0;pwned\u{7}the screen \u{202e}reversed\u{202c} now,” \u{9b}31m the hacker said.\n"
            .as_bytes(),
    );
    (
        vec![
            "good", "invalid", "huge", "marks", "unended", "credits", "said", "wordsoup",
            "saidsoup", "crlf_bom", "scripts", "escapes",
        ],
        vec!["random.txt", "empty.txt", "nul.md"],
    )
}

/// Runs the binary with a hang guard; returns (status code, stdout, stderr).
fn run_with_deadline(args: &[&str], deadline: Duration) -> (Option<i32>, Vec<u8>, String) {
    let run = deadline::run_with_deadline(args, None, deadline);
    (run.code, run.stdout, run.stderr)
}

#[test]
fn quotes_command_survives_a_hostile_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (loaded, skipped) = build_hostile_folder(dir.path());
    let path = dir.path().to_str().unwrap();

    let (code, stdout, stderr) =
        run_with_deadline(&["quotes", "--json", path], Duration::from_secs(120));
    assert_eq!(code, Some(0), "stderr: {stderr}");
    for name in skipped.iter().chain(&["invalid.txt"]) {
        assert!(
            stderr.contains(name),
            "{name} not named on stderr: {stderr}"
        );
    }
    assert_eq!(
        stderr.lines().count(),
        skipped.len() + 1,
        "one line per problem file: {stderr}"
    );
    let text = String::from_utf8(stdout).expect("JSON output is UTF-8");
    assert!(
        !text.chars().any(is_unsafe),
        "raw control characters in the JSON output"
    );
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut ids: Vec<&str> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    let mut expected = loaded.clone();
    expected.sort_unstable();
    assert_eq!(ids, expected);

    let (code, stdout, _) = run_with_deadline(&["quotes", "--all", path], Duration::from_secs(120));
    assert_eq!(code, Some(0));
    let human = String::from_utf8_lossy(&stdout);
    assert!(
        !human.chars().any(is_unsafe),
        "raw control characters in the human output"
    );
}

#[test]
fn every_span_in_a_hostile_folder_slices_its_source() {
    let dir = tempfile::tempdir().unwrap();
    build_hostile_folder(dir.path());
    let corpus = load_paths(&[dir.path().to_path_buf()]).unwrap();
    let analysis = analyze(&corpus);
    for quote in &analysis.quotes {
        let text = &corpus.articles[quote.source].text;
        assert!(
            text.get(quote.inner()).is_some(),
            "quote span not on char boundaries"
        );
        assert!(text.get(quote.outer()).is_some());
        assert!(text.get(quote.sentence()).is_some());
        assert!(
            quote.outer().start <= quote.inner().start && quote.inner().end <= quote.outer().end
        );
    }
    for person in &analysis.people {
        for m in &person.mentions {
            assert!(m.get(&corpus).is_some());
        }
    }
    // The identical renderings of huge.txt are one group (found by hashing, not pairwise).
    let huge = SourceId::new(corpus.articles.iter().position(|a| a.id == "huge").unwrap());
    let huge_quotes = analysis.quotes.iter().filter(|q| q.source == huge).count();
    if huge_quotes > 0 {
        assert_eq!(huge_quotes, HUGE_REPEATS);
        let cluster = analysis
            .quotes
            .iter()
            .find(|q| q.source == huge)
            .and_then(|q| q.cluster);
        let cluster = &analysis.clusters[cluster.expect("identical renderings are grouped")];
        assert_eq!(cluster.quotes.len(), HUGE_REPEATS);
    }
}

/// The repository's own Markdown (README, docs, the news set's source
/// notes) as a folder of articles: prose that is not news, full of code
/// spans, lists, label names and quoted fragments. A notes file once made
/// attribution index past its last word; nothing in it may panic, and every
/// span must slice its source.
#[test]
fn the_repositorys_own_notes_read_as_articles_without_a_panic() {
    fn markdown(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() && name != "target" && !name.to_string_lossy().starts_with('.') {
                markdown(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    markdown(Path::new(env!("CARGO_MANIFEST_DIR")), &mut paths);
    assert!(paths.len() >= 10, "{paths:?}");
    let corpus = load_paths(&paths).unwrap();
    let analysis = analyze(&corpus);
    assert!(!analysis.quotes.is_empty());
    for quote in &analysis.quotes {
        let text = &corpus.articles[quote.source].text;
        assert!(text.get(quote.inner()).is_some());
        assert!(text.get(quote.sentence()).is_some());
    }
}
