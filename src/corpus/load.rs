//! Loading articles from files, folders, standard input or the bundled seeds.
//!
//! Bad input never stops the rest from loading: unreadable, binary, empty,
//! oversized and special files become one-line warnings naming the file.
//! Files are read (within the limits of [`super::read`]) and parsed in
//! parallel; all per-file work is linear in the file's size.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use super::article_ids::{IdAllocator, stem};
use super::html_file;
use super::read::{self, Entry, describe_io};
use super::{Article, Corpus};
use crate::fast_hash::FastMap;

/// Bytes inspected to decide whether a file is text.
const SNIFF_BYTES: usize = 64 * 1024;

/// A file that was skipped or read with a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadWarning {
    pub path: String,
    pub message: String,
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why nothing could be loaded. Each variant keeps the other files' warnings,
/// so every file's reason can still be shown.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {message}")]
    Unreadable {
        path: String,
        message: String,
        warnings: Vec<LoadWarning>,
    },
    #[error("no readable articles in {paths}")]
    NothingLoaded {
        paths: String,
        warnings: Vec<LoadWarning>,
    },
}

impl LoadError {
    /// The files skipped, besides the error itself.
    pub fn warnings(&self) -> &[LoadWarning] {
        match self {
            LoadError::Unreadable { warnings, .. } | LoadError::NothingLoaded { warnings, .. } => {
                warnings
            }
        }
    }
}

/// Limits and cancellation for one load.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Files larger than this are skipped with a warning.
    pub max_file_size: u64,
    /// Set from another thread to stop reading; files not yet read are skipped.
    pub cancel: Arc<AtomicBool>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: read::DEFAULT_MAX_FILE_SIZE,
            cancel: Arc::default(),
        }
    }
}

/// The five seed articles, embedded so that `verbatim` works from any directory.
const BUNDLED: &[(&str, &str)] = &[
    (
        "000_cdcd68c6aeb65e30.txt",
        include_str!("../../seeds/000_cdcd68c6aeb65e30.txt"),
    ),
    (
        "001_be595df8ddc5e56e.txt",
        include_str!("../../seeds/001_be595df8ddc5e56e.txt"),
    ),
    (
        "002_f8be6ca9cb3afce6.txt",
        include_str!("../../seeds/002_f8be6ca9cb3afce6.txt"),
    ),
    (
        "003_62210df4e4ee305d.txt",
        include_str!("../../seeds/003_62210df4e4ee305d.txt"),
    ),
    (
        "004_1f1645cd06658523.txt",
        include_str!("../../seeds/004_1f1645cd06658523.txt"),
    ),
];

/// The bundled corpus (the seed articles), with paths `seeds/<file>`.
pub fn bundled_corpus() -> Corpus {
    let articles = BUNDLED
        .iter()
        .map(|(name, text)| {
            Article::new(
                stem(Path::new(name)),
                format!("seeds/{name}"),
                text.to_string(),
            )
        })
        .collect();
    Corpus::from_articles(articles)
}

/// An input with its decoded text and notes on how it was read.
type DecodedInput = (Input, String, Vec<String>);

/// Where one article comes from.
#[derive(Debug, Clone)]
enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    fn display(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// Loads every article under `paths`: files, folders (recursively, `.txt` and
/// `.md`, hidden entries skipped) and `-` for standard input.
///
/// A path that cannot be read is an error only when nothing else loads; with
/// other articles it is a warning, as are skipped files.
pub fn load_paths(paths: &[PathBuf]) -> Result<Corpus, LoadError> {
    load_paths_with(paths, &LoadOptions::default(), |_, _| {})
}

/// [`load_paths`] within `options`, calling `progress(done, total)` as files
/// are read (from any thread).
pub fn load_paths_with(
    paths: &[PathBuf],
    options: &LoadOptions,
    progress: impl Fn(usize, usize) + Sync,
) -> Result<Corpus, LoadError> {
    let mut warnings = Vec::new();
    let (inputs, first_error) = gather_inputs(paths, &mut warnings);
    let inputs = drop_repeated_files(inputs, &mut warnings);
    let read = read_inputs(inputs, options, progress);
    let articles = build_articles(read, &mut warnings);
    if articles.is_empty() {
        if let Some(w) = first_error {
            warnings.retain(|other| *other != w);
            return Err(LoadError::Unreadable {
                path: w.path,
                message: w.message,
                warnings,
            });
        }
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(LoadError::NothingLoaded {
            paths: names.join(", "),
            warnings,
        });
    }
    Ok(Corpus { articles, warnings })
}

/// The inputs `paths` name (folders expanded), and the first path that could
/// not be read at all: the error to give if nothing else loads.
fn gather_inputs(
    paths: &[PathBuf],
    warnings: &mut Vec<LoadWarning>,
) -> (Vec<Input>, Option<LoadWarning>) {
    let mut inputs = Vec::new();
    let mut first_error = None;
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => collect_dir(path, &mut inputs, warnings),
            Ok(_) => inputs.push(Input::File(path.clone())),
            Err(e) => {
                let w = LoadWarning {
                    path: path.display().to_string(),
                    message: describe_io(&e),
                };
                first_error.get_or_insert_with(|| w.clone());
                warnings.push(w);
            }
        }
    }
    (inputs, first_error)
}

/// Reads and decodes every input in parallel, within the size cap, until cancelled.
fn read_inputs(
    inputs: Vec<Input>,
    options: &LoadOptions,
    progress: impl Fn(usize, usize) + Sync,
) -> Vec<Result<DecodedInput, LoadWarning>> {
    let total = inputs.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    inputs
        .into_par_iter()
        .map(|input| {
            let result = if options.cancel.load(Ordering::Relaxed) {
                Err(LoadWarning {
                    path: input.display(),
                    message: "skipped: loading was cancelled".to_string(),
                })
            } else {
                read_article_text(&input, options.max_file_size)
            };
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress(n, total);
            result.map(|(text, notes)| (input, text, notes))
        })
        .collect()
}

/// Articles from what was read, with unique ids in input order; read notes
/// become warnings too.
fn build_articles(
    read: Vec<Result<DecodedInput, LoadWarning>>,
    warnings: &mut Vec<LoadWarning>,
) -> Vec<Article> {
    let mut ids = IdAllocator::default();
    let mut pending = Vec::new();
    for item in read {
        match item {
            Ok((input, text, notes)) => {
                let id = ids.allocate(match &input {
                    Input::Stdin => "stdin".to_string(),
                    Input::File(p) => stem(p),
                });
                for note in &notes {
                    warnings.push(LoadWarning {
                        path: input.display(),
                        message: note.clone(),
                    });
                }
                pending.push((id, input.display(), text, notes));
            }
            Err(w) => warnings.push(w),
        }
    }
    let built: Vec<Result<Article, LoadWarning>> = pending
        .into_par_iter()
        .map(|(id, path, text, notes)| {
            // Splitting a text into paragraphs should never panic; if it
            // does (a bug), that file is skipped, not the whole load.
            let built = std::panic::catch_unwind(|| Article::new(id, path.clone(), text));
            let mut article = built.map_err(|_| LoadWarning {
                path,
                message: "skipped: reading it failed (a bug: please report it)".to_string(),
            })?;
            // Reading notes first, then what the text itself said (front matter).
            let own = std::mem::replace(&mut article.warnings, notes);
            article.warnings.extend(own);
            Ok(article)
        })
        .collect();
    let mut articles = Vec::with_capacity(built.len());
    for b in built {
        match b {
            Ok(article) => articles.push(article),
            Err(w) => warnings.push(w),
        }
    }
    articles
}

/// Keeps the first of inputs naming the same file (through another path, a
/// link or a folder given beside one of its files): one outlet read twice
/// would look like two outlets agreeing.
fn drop_repeated_files(inputs: Vec<Input>, warnings: &mut Vec<LoadWarning>) -> Vec<Input> {
    // One `stat` per file: asked on all cores, the answers then read in order.
    let identities: Vec<Option<read::FileIdentity>> = inputs
        .par_iter()
        .map(|input| match input {
            Input::File(path) => read::identity(path),
            Input::Stdin => None,
        })
        .collect();
    // Each file's first input, by index: its name is written out only for
    // a repeat's warning, not for every file.
    let mut first_seen: FastMap<&read::FileIdentity, usize> = FastMap::default();
    let keep: Vec<bool> = identities
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let Some(id) = id else {
                return true;
            };
            match first_seen.get(id) {
                Some(&first) => {
                    warnings.push(LoadWarning {
                        path: inputs[i].display(),
                        message: format!("skipped: the same file as {}", inputs[first].display()),
                    });
                    false
                }
                None => {
                    first_seen.insert(id, i);
                    true
                }
            }
        })
        .collect();
    drop(first_seen);
    inputs
        .into_iter()
        .zip(keep)
        .filter_map(|(input, keep)| keep.then_some(input))
        .collect()
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Folders give their `.txt` and `.md` files, and with the `feeds` feature
/// (which extracts a page's main text) their `.html` and `.htm` files.
fn is_article_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
        || (cfg!(feature = "feeds") && html_file::is_html_file(path))
}

/// Collects article files below `dir` in a stable (sorted) order. Entries
/// with an article's name that are not regular files (FIFOs, sockets,
/// devices, dangling or looping links, links to folders) are named in a
/// warning and never opened: a FIFO would block, a device never end.
fn collect_dir(dir: &Path, inputs: &mut Vec<Input>, warnings: &mut Vec<LoadWarning>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            warnings.push(LoadWarning {
                path: dir.display().to_string(),
                message: describe_io(&e),
            });
            return;
        }
    };
    let mut children: Vec<(OsString, std::fs::FileType)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_type().ok().map(|t| (e.file_name(), t)))
        .filter(|(name, _)| !is_hidden(Path::new(name)))
        .collect();
    // The paths' order (all share `dir`, so it is their names' byte order),
    // without comparing the paths component by component: at 10,000 files
    // that cost tens of milliseconds before anything was read.
    children.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (name, kind) in children {
        let path = dir.join(name);
        match read::classify_entry(&path, kind) {
            Entry::Folder => collect_dir(&path, inputs, warnings),
            _ if !is_article_file(&path) => {}
            Entry::File => inputs.push(Input::File(path)),
            Entry::Skipped(message) => warnings.push(LoadWarning {
                path: path.display().to_string(),
                message,
            }),
        }
    }
}

/// Reads and decodes one input of at most `max_size` bytes. Returns the
/// text and notes about how it was read.
fn read_article_text(input: &Input, max_size: u64) -> Result<(String, Vec<String>), LoadWarning> {
    let warn = |message: String| LoadWarning {
        path: input.display(),
        message,
    };
    let bytes = match input {
        Input::Stdin => read::read_capped(std::io::stdin().lock(), None, max_size),
        Input::File(p) => {
            let file = std::fs::File::open(p).map_err(|e| warn(describe_io(&e)))?;
            let len = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            read::read_capped(file, len, max_size)
        }
    }
    .map_err(warn)?;
    let bytes = match input {
        Input::File(p) if html_file::is_html_file(p) => {
            html_file::main_text(bytes, p).map_err(warn)?
        }
        _ => bytes,
    };
    decode_owned(bytes).map_err(warn)
}

/// Decodes bytes to text: rejects empty and binary data, decodes invalid UTF-8
/// lossily. Returns the text and notes on how it was read, or why it was rejected.
pub fn decode_bytes(bytes: &[u8]) -> Result<(String, Vec<String>), String> {
    decode_owned(bytes.to_vec())
}

/// [`decode_bytes`] on bytes it may keep: valid UTF-8 becomes the text
/// without a copy, so a large folder is not held twice while loading.
fn decode_owned(bytes: Vec<u8>) -> Result<(String, Vec<String>), String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("skipped: empty file".to_string());
    }
    // Every byte of the corpus: the vectorised search (see `read_capped`).
    if memchr::memchr(0, &bytes).is_some() {
        return Err(read::BINARY_NUL.to_string());
    }
    let (text, lossy) = match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    };
    if read::looks_binary(&text, SNIFF_BYTES) {
        return Err("skipped: binary file (mostly non-text bytes)".to_string());
    }
    if text.trim_matches(super::paragraphs::is_pad).is_empty() {
        return Err("skipped: empty file".to_string());
    }
    let mut notes = Vec::new();
    if lossy {
        notes.push("invalid UTF-8; undecodable bytes shown as U+FFFD".to_string());
    }
    Ok((text, notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_rules() {
        assert!(decode_bytes(b"").is_err());
        assert!(decode_bytes(b" \n\t").is_err());
        assert!(decode_bytes(b"abc\0def").unwrap_err().contains("binary"));
        let random: Vec<u8> = (0..4000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8 | 0x80)
            .collect();
        assert!(decode_bytes(&random).unwrap_err().contains("binary"));
        let (text, notes) = decode_bytes(b"caf\xe9 au lait").unwrap();
        assert_eq!(text, "caf\u{fffd} au lait");
        assert_eq!(notes.len(), 1);
        let (text, notes) = decode_bytes("Zelenskyy’s".as_bytes()).unwrap();
        assert_eq!(text, "Zelenskyy’s");
        assert!(notes.is_empty());
    }

    #[test]
    fn bundled_has_the_seeds() {
        let corpus = bundled_corpus();
        assert_eq!(corpus.articles.len(), 5);
        assert!(corpus.articles.iter().all(|a| a.path.starts_with("seeds/")));
    }
}
