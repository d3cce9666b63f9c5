//! Where the reader's articles come from (files, the bundled corpus, the
//! feeds cache) and how an article is known from one run to the next, so
//! read marks and positions follow the article, not its file stem.

use std::path::{Path, PathBuf};

use verbatim::corpus::Article;

/// What the reader opens.
#[derive(Debug, Clone)]
pub enum Origin {
    /// Files, folders or `-`; the bundled corpus when empty.
    Files(Vec<PathBuf>),
    /// The feeds cache's articles of the last `days` days.
    #[cfg(feature = "feeds")]
    Cache { db: PathBuf, days: u32 },
}

/// How the articles of one corpus of files are known across runs: the
/// corpus by its canonical roots, an article by its root's canonical path
/// joined with the article's path below that root. Two folders with files
/// of the same name are two corpora with different articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileIdentity {
    /// The corpus's key in the state file.
    corpus: String,
    /// Each root as given on the command line, and canonical.
    roots: Vec<(PathBuf, PathBuf)>,
}

/// The corpus key of the bundled corpus.
const BUNDLED: &str = "bundled";

/// The corpus key of standard input, whose articles are known by content.
const STDIN: &str = "-";

impl FileIdentity {
    /// The identity of the corpus `paths` opens (the bundled one when empty).
    pub fn of(paths: &[PathBuf]) -> FileIdentity {
        if paths.is_empty() {
            return FileIdentity {
                corpus: BUNDLED.to_string(),
                roots: Vec::new(),
            };
        }
        let roots: Vec<(PathBuf, PathBuf)> = paths
            .iter()
            .map(|given| {
                let canonical = if given.as_os_str() == STDIN {
                    given.clone()
                } else {
                    std::fs::canonicalize(given).unwrap_or_else(|_| given.clone())
                };
                (given.clone(), canonical)
            })
            .collect();
        let mut names: Vec<String> = roots.iter().map(|(_, c)| c.display().to_string()).collect();
        // `verbatim a b` and `verbatim b a` read the same corpus.
        names.sort();
        names.dedup();
        FileIdentity {
            corpus: format!("files:{}", names.join("\n")),
            roots,
        }
    }

    /// The corpus's key.
    pub fn corpus(&self) -> &str {
        &self.corpus
    }

    /// The key of `article` within the corpus: its canonical path for a
    /// file, its id in the bundled corpus (compiled in, its ids are its file
    /// names), a hash of its text for standard input.
    pub fn article(&self, article: &Article) -> String {
        if self.corpus == BUNDLED {
            return article.id.clone();
        }
        if article.path == STDIN {
            return format!("stdin:{:016x}", text_hash(&article.text));
        }
        let path = Path::new(&article.path);
        self.roots
            .iter()
            .find_map(|(given, canonical)| {
                let below = path.strip_prefix(given).ok()?;
                Some(canonical.join(below).display().to_string())
            })
            .unwrap_or_else(|| article.path.clone())
    }
}

/// FNV-1a over the text: standard input has no name to know it by.
fn text_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(path: &str, text: &str) -> Article {
        Article::new("000_a", path, text.to_string())
    }

    #[test]
    fn files_are_known_by_canonical_root_and_path_below_it() {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["one", "two"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
            std::fs::write(dir.path().join(sub).join("a.txt"), "T\n\nBody.").unwrap();
        }
        let one = dir.path().join("one");
        let two = dir.path().join("two");
        let a = FileIdentity::of(std::slice::from_ref(&one));
        let b = FileIdentity::of(std::slice::from_ref(&two));
        assert_ne!(a.corpus(), b.corpus());
        let in_one = article(&one.join("a.txt").display().to_string(), "T");
        let in_two = article(&two.join("a.txt").display().to_string(), "T");
        assert_ne!(
            a.article(&in_one),
            b.article(&in_two),
            "same stem, two files"
        );
        // The same folder reached by another spelling is the same corpus.
        let dotted = dir.path().join("two/../one");
        let again = FileIdentity::of(std::slice::from_ref(&dotted));
        assert_eq!(again.corpus(), a.corpus());
        let via_dots = article(&dotted.join("a.txt").display().to_string(), "T");
        assert_eq!(again.article(&via_dots), a.article(&in_one));
        // Order of the roots does not matter.
        assert_eq!(
            FileIdentity::of(&[one.clone(), two.clone()]).corpus(),
            FileIdentity::of(&[two, one]).corpus()
        );
    }

    #[test]
    fn bundled_and_stdin_articles_have_their_own_keys() {
        let bundled = FileIdentity::of(&[]);
        assert_eq!(bundled.corpus(), "bundled");
        assert_eq!(bundled.article(&article("seeds/000_a.txt", "")), "000_a");
        let stdin = FileIdentity::of(&[PathBuf::from("-")]);
        let one = stdin.article(&article("-", "one text"));
        assert_ne!(one, stdin.article(&article("-", "another text")));
        assert!(one.starts_with("stdin:"));
    }
}
