//! The `verbatim` command: parses the command line and hands over to a
//! subcommand or the reader. Nothing else lives here.

#[cfg(feature = "feeds")]
mod cli_feeds;
mod diag;
#[cfg(feature = "tui")]
mod tui;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use verbatim::corpus::{self, LoadOptions};
use verbatim::report;
use verbatim::search::CandidateKind;
use verbatim::session::Session;

#[derive(Parser)]
#[command(
    name = "verbatim",
    version,
    about = "Read many articles about one story and see how each quotation was rendered",
    long_about = "Read many articles about one story and see how each quotation was rendered.\n\n\
        With no subcommand, opens the reader on PATHs (files, folders of .txt/.md \
        articles, or - for standard input), or on the bundled sample corpus when no \
        PATH is given.",
    override_usage = "verbatim [OPTIONS] [PATH]...\n       verbatim [OPTIONS] <COMMAND> [ARGS]..."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Articles to read: files, folders (searched recursively) or - for stdin.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// When to use colour in output. `auto`: on a terminal unless NO_COLOR
    /// is set; `always` and `never` override both.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    color: ColorChoice,

    /// Skip files larger than SIZE (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", global = true, value_parser = parse_size,
          default_value = "50M")]
    max_filesize: u64,

    #[cfg(feature = "feeds")]
    #[command(flatten)]
    cache: cli_feeds::CacheArgs,
}

/// A size as `--max-filesize` takes it: `4096`, `512K`, `50M`, `2G` (powers of 1024).
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&text[..i], c.to_ascii_uppercase()),
        _ => (text, 'B'),
    };
    let shift = match unit {
        'B' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        _ => return Err(format!("unknown unit {unit:?}: use K, M or G")),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| "expected a number of bytes, such as 4096, 512K, 50M or 2G".to_string())?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| "too large".to_string())
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// List the articles: id, paragraphs, words and title.
    Sources(SourcesArgs),
    /// Show the groups of renderings of one utterance (cross-outlet groups first, most divergent leading), with word diffs.
    Quotes(QuotesArgs),
    /// List the people mentioned, with spelling variants, roles, mentions and quotes.
    People(PeopleArgs),
    /// Fuzzy-search people, quotes, titles and sentences (the palette, for scripts).
    Find(FindArgs),
    /// Manage feed subscriptions: add, import, export, list, remove.
    #[cfg(feature = "feeds")]
    Feed(cli_feeds::FeedArgs),
    /// Fetch every subscribed feed now into the cache.
    #[cfg(feature = "feeds")]
    Fetch(cli_feeds::FetchArgs),
}

#[derive(Args)]
struct QuotesArgs {
    /// Articles to read (default: the bundled corpus).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Print a JSON document instead of text (same as --format json).
    #[arg(long, conflicts_with = "format")]
    json: bool,
    /// Output format: text, a JSON document, or Markdown for a write-up.
    #[arg(long, value_enum, default_value_t = QuotesFormat::Text)]
    format: QuotesFormat,
    /// Also list quotes that have no other rendering (text format).
    #[arg(long)]
    all: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum QuotesFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Args)]
struct PeopleArgs {
    /// Articles to read (default: the bundled corpus).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Print a JSON document instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct FindArgs {
    /// What to look for (fuzzy; smart case).
    query: String,
    /// Articles to read (default: the bundled corpus).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Print a JSON document instead of text.
    #[arg(long)]
    json: bool,
    /// Show at most N results.
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,
    /// Only candidates of this kind.
    #[arg(long, value_enum)]
    kind: Option<FindKind>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FindKind {
    Person,
    Quote,
    Title,
    Sentence,
}

#[derive(Args)]
struct SourcesArgs {
    /// Articles to read (default: the bundled corpus).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Print a JSON document instead of a table.
    #[arg(long)]
    json: bool,
}

/// See the comment on `mimalloc` in Cargo.toml.
#[cfg(feature = "tui")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's number for its purge delay option (`mi_option_purge_delay`
/// in the vendored v3 `mimalloc.h`; libmimalloc-sys leaves it unnamed). A
/// test checks the number still holds that option's default.
#[cfg(feature = "tui")]
const MI_OPTION_PURGE_DELAY: i32 = 15;

/// Freed memory goes back to the system at once instead of after a second:
/// peak RSS then follows the live heap (at 10,000 articles, 39.2 MB, about
/// 115 MB instead of 146 MB; docs/performance.md), for about 0.2 s more
/// system time.
#[cfg(feature = "tui")]
fn tune_allocator() {
    // SAFETY: `mi_option_set` only stores a value in mimalloc's option
    // table; it runs first in `main`, before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

/// Built without the `tui` feature, the binary keeps the system allocator.
#[cfg(not(feature = "tui"))]
fn tune_allocator() {}

fn main() -> ExitCode {
    tune_allocator();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(load) = e.downcast_ref::<corpus::LoadError>() {
                diag::load_warnings(load.warnings());
            }
            diag::error(&format!("{e:#}"));
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let colour = use_colour(cli.color, io::stdout().is_terminal());
    let options = LoadOptions {
        max_file_size: cli.max_filesize,
        ..LoadOptions::default()
    };
    #[cfg(feature = "feeds")]
    cli_feeds::configure(&cli.cache);
    match cli.command {
        None => {
            refuse_mistyped_subcommand(&cli.paths);
            if let Some(reason) = no_terminal_reason() {
                anyhow::bail!(
                    "the reader needs a terminal, and {reason}; for plain output try `verbatim quotes`"
                );
            }
            // The reader always draws on a terminal, so only NO_COLOR and --color decide.
            read(cli.paths, options, use_colour(cli.color, true))
        }
        Some(command) => {
            run_report(command, &options, colour)?;
            #[cfg(feature = "feeds")]
            cli_feeds::refuse_empty_window()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Opens the reader on `paths`; with none, on the feeds cache when feeds
/// are subscribed, else on the bundled corpus.
#[cfg(feature = "tui")]
fn read(paths: Vec<PathBuf>, options: LoadOptions, colour: bool) -> anyhow::Result<ExitCode> {
    #[cfg(feature = "feeds")]
    if paths.is_empty()
        && let Some((db, days)) = cli_feeds::reader_cache()?
    {
        return tui::run(tui::Origin::Cache { db, days }, options, colour);
    }
    tui::run(tui::Origin::Files(paths), options, colour)
}

/// A build without the `tui` feature has every subcommand but no reader.
#[cfg(not(feature = "tui"))]
fn read(_paths: Vec<PathBuf>, _options: LoadOptions, _colour: bool) -> anyhow::Result<ExitCode> {
    anyhow::bail!(
        "this verbatim was built without the reader (feature `tui`); \
         try `verbatim quotes`, or rebuild with default features"
    )
}

/// A subcommand: opens the session, analyses what it needs and prints a report.
fn run_report(command: Command, options: &LoadOptions, colour: bool) -> anyhow::Result<()> {
    let open = |paths: &[PathBuf]| open(paths, options);
    match command {
        Command::Sources(args) => {
            let session = open(&args.paths)?;
            let corpus = &session.corpus;
            let printed = print_with(|out| {
                if args.json {
                    report::sources::write_json(out, corpus)
                } else {
                    report::sources::write_human(out, corpus)
                }
            });
            discard(session);
            printed
        }
        Command::Quotes(args) => {
            let session = open(&args.paths)?;
            let (corpus, analysis) = (&session.corpus, analysis_of(&session));
            let format = if args.json {
                QuotesFormat::Json
            } else {
                args.format
            };
            let printed = print_with(|out| match format {
                QuotesFormat::Json => report::quotes::write_json(out, corpus, analysis),
                QuotesFormat::Markdown => report::markdown::write(out, corpus, analysis),
                QuotesFormat::Text => {
                    report::quotes::write_human(out, corpus, analysis, args.all, colour)
                }
            });
            discard(session);
            printed
        }
        Command::People(args) => {
            let session = open(&args.paths)?;
            let (corpus, analysis) = (&session.corpus, analysis_of(&session));
            let printed = print_with(|out| {
                if args.json {
                    report::people::write_json(out, corpus, analysis)
                } else {
                    report::people::write_human(out, corpus, analysis)
                }
            });
            discard(session);
            printed
        }
        Command::Find(args) => {
            let session = open(&args.paths)?;
            analysis_of(&session);
            let (corpus, index) = (&session.corpus, session.index());
            let kind = args.kind.map(|k| match k {
                FindKind::Person => CandidateKind::Person,
                FindKind::Quote => CandidateKind::Quote,
                FindKind::Title => CandidateKind::Title,
                FindKind::Sentence => CandidateKind::Sentence,
            });
            let query = report::find::FindQuery {
                query: &args.query,
                limit: args.limit,
                kind,
            };
            let printed = print_with(|out| {
                if args.json {
                    report::find::write_json(out, corpus, index, &query)
                } else {
                    report::find::write_human(out, corpus, index, &query, colour)
                }
            });
            discard(session);
            printed
        }
        #[cfg(feature = "feeds")]
        Command::Feed(args) => cli_feeds::feed(args),
        #[cfg(feature = "feeds")]
        Command::Fetch(args) => cli_feeds::fetch(args),
    }
}

/// Leaves a report's session to the operating system: the process exits
/// next, and handing a large corpus's analysis back to the allocator piece by
/// piece (at 10,000 articles, ~110 MB of small allocations) cost tens of
/// milliseconds on one core, with the other idle, for memory the exit frees at once.
fn discard(session: Session) {
    std::mem::forget(session);
}

/// Standard output, buffered: reports run to megabytes.
type Stdout = io::BufWriter<Box<dyn Write>>;

/// Runs `write` on buffered standard output and flushes it.
fn print_with(write: impl FnOnce(&mut Stdout) -> io::Result<()>) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(unbuffered_stdout());
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Standard output without its line buffering, for reports that buffer and
/// flush their own output: `io::Stdout` searches every byte written through
/// it for a line end, which on a large JSON document was an eighth of the
/// main thread's instructions, on one core while the other waited. Writes
/// go to a duplicate of its file descriptor (the same open file); where
/// there is none (stdout closed, or not Unix), to the locked `io::Stdout`.
fn unbuffered_stdout() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        // Anything printed before stays before the report.
        let _ = io::stdout().flush();
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout().lock())
}

/// Opens `paths`, or the bundled corpus when there are none; warnings go to stderr.
fn open(paths: &[PathBuf], options: &LoadOptions) -> anyhow::Result<Session> {
    #[cfg(feature = "feeds")]
    if paths.is_empty()
        && let Some(session) = cli_feeds::cached_session()?
    {
        return Ok(session);
    }
    let session = Session::open(paths, options, |_, _, _| {})?;
    diag::load_warnings(&session.corpus.warnings);
    Ok(session)
}

/// The session's analysis; the articles the engine set aside (a bug) are
/// named on stderr like skipped files.
fn analysis_of(session: &Session) -> &verbatim::analysis::Analysis {
    let analysis = session.analysis();
    diag::load_warnings(&analysis.set_aside);
    analysis
}

/// Why the reader cannot run here, if it cannot: it reads keys from
/// standard input and draws on standard output, so both must be a
/// terminal that can draw (`verbatim | cat` would draw into the pipe).
fn no_terminal_reason() -> Option<&'static str> {
    if !io::stdout().is_terminal() {
        Some("standard output is not one")
    } else if !io::stdin().is_terminal() {
        Some("standard input is not one")
    } else if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        Some("TERM=dumb cannot draw it")
    } else {
        None
    }
}

/// `verbatim quotse` names no file: it is a mistyped subcommand, and gets
/// clap's usage error (exit 2) rather than a reader on a missing path. A
/// word without a path separator or extension that names nothing on disk
/// is taken as one.
fn refuse_mistyped_subcommand(paths: &[PathBuf]) {
    let Some(first) = paths.first() else { return };
    let Some(word) = first.to_str() else { return };
    let looks_like_a_word = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        && word != "-";
    if looks_like_a_word && !first.exists() {
        Cli::command()
            .error(
                clap::error::ErrorKind::InvalidSubcommand,
                format!("unrecognized subcommand '{word}' (and no file or folder has that name)"),
            )
            .exit();
    }
}

/// Colour on a terminal unless `NO_COLOR` is set (https://no-color.org), or as forced.
fn use_colour(choice: ColorChoice, on_terminal: bool) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    colour_rule(choice, on_terminal, no_color)
}

/// The ripgrep rule, which no-color.org asks for too: a flag given for
/// this run beats the environment, so `--color always` wins over `NO_COLOR`.
fn colour_rule(choice: ColorChoice, on_terminal: bool, no_color: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => on_terminal && !no_color,
    }
}

#[cfg(test)]
mod cli_tests {
    use super::*;

    #[test]
    fn the_colour_flag_beats_no_color() {
        assert!(colour_rule(ColorChoice::Always, false, true));
        assert!(!colour_rule(ColorChoice::Auto, true, true));
        assert!(colour_rule(ColorChoice::Auto, true, false));
        assert!(!colour_rule(ColorChoice::Never, true, false));
    }

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("50M"), Ok(50 << 20));
        assert_eq!(parse_size("2g"), Ok(2 << 30));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("99999999999G").is_err());
    }
}

#[cfg(all(test, feature = "tui"))]
mod allocator_tests {
    /// The number still names the purge delay: it holds that option's
    /// documented default, 1000 ms (tests do not run `tune_allocator`).
    #[test]
    fn the_mimalloc_option_number_is_the_purge_delay() {
        // SAFETY: reads mimalloc's option table.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 1000);
    }
}
