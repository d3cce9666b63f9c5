//! The feed subcommands (`verbatim feed …`, `verbatim fetch`) and the cache
//! as the default source of articles when feeds are subscribed.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::Context;
use clap::{Args, Subcommand};
use verbatim::feeds::discover::{self, Discovery};
use verbatim::feeds::fetch::{self, FetchConfig, FetchOutcome};
use verbatim::feeds::{self, Cache, opml};
use verbatim::session::Session;

/// Flags every subcommand accepts: where the cache is and how far back to read.
#[derive(Args, Clone, Debug, Default)]
pub struct CacheArgs {
    /// The cache file [default: $XDG_DATA_HOME/verbatim/verbatim.db].
    #[arg(long, value_name = "PATH", global = true)]
    db: Option<PathBuf>,
    /// With no PATH and feeds subscribed: read the cache's articles of the last DAYS days.
    #[arg(long, value_name = "DAYS", default_value_t = 14, global = true)]
    since: u32,
}

#[derive(Args)]
pub struct FeedArgs {
    #[command(subcommand)]
    command: FeedCommand,
}

#[derive(Subcommand)]
enum FeedCommand {
    /// Subscribe to feeds.
    Add {
        #[arg(value_name = "URL", required = true)]
        urls: Vec<String>,
    },
    /// Subscribe to the feeds of an OPML file; its folders become tags.
    Import {
        #[arg(value_name = "FILE.opml")]
        file: PathBuf,
    },
    /// Print the subscriptions as OPML.
    Export,
    /// List the subscriptions and how their last fetch went.
    List {
        /// Print a JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Unsubscribe, dropping the feeds' cached articles.
    Remove {
        #[arg(value_name = "URL", required = true)]
        urls: Vec<String>,
    },
    /// Give the space of expired articles back: merge the full-text index
    /// and rewrite the cache file (VACUUM); prints its size before and after.
    Compact,
}

#[derive(Args)]
pub struct FetchArgs {
    /// Print a JSON document of the outcomes instead of a summary.
    #[arg(long)]
    json: bool,
    /// Drop cached articles older than this many days.
    #[arg(long, value_name = "DAYS", default_value_t = 90)]
    keep_days: u32,
}

static CACHE_ARGS: OnceLock<CacheArgs> = OnceLock::new();

/// Remembers the global cache flags for [`cached_session`].
pub fn configure(args: &CacheArgs) {
    let _ = CACHE_ARGS.set(args.clone());
}

fn db_path() -> PathBuf {
    CACHE_ARGS
        .get()
        .and_then(|a| a.db.clone())
        .unwrap_or_else(feeds::default_db_path)
}

fn open_cache() -> anyhow::Result<Cache> {
    let path = db_path();
    Cache::open(&path).with_context(|| format!("opening the cache {}", path.display()))
}

/// The cache, when it exists and has subscriptions: then it, not the
/// bundled corpus, is what commands without PATH read.
fn subscribed_cache() -> anyhow::Result<Option<Cache>> {
    let Some(cache) = Cache::open_existing(&db_path())? else {
        return Ok(None);
    };
    Ok(cache.has_feeds()?.then_some(cache))
}

/// How many days back commands without PATH read (`--since`).
fn since_days() -> u32 {
    CACHE_ARGS.get().map_or(14, |a| a.since)
}

/// Set when a report read the cache and its window held no article.
static EMPTY_WINDOW: OnceLock<u32> = OnceLock::new();

/// The cache's recent articles as a session, when a cache exists and has
/// subscriptions; `None` sends the caller to the bundled corpus. An empty
/// window is a session too (reports print their empty form), remembered
/// for [`refuse_empty_window`].
pub fn cached_session() -> anyhow::Result<Option<Session>> {
    let Some(cache) = subscribed_cache()? else {
        return Ok(None);
    };
    let days = since_days();
    let session = feeds::session_from_cache(&cache, days)?;
    if session.corpus.articles.is_empty() {
        let _ = EMPTY_WINDOW.set(days);
    }
    Ok(Some(session))
}

/// Why the cache's window is empty and what to do, in one line.
pub fn empty_window_message(days: u32) -> String {
    format!(
        "no articles in the cache from the last {days} {}: `verbatim fetch` fetches the \
         feeds, --since DAYS widens the window",
        if days == 1 { "day" } else { "days" }
    )
}

/// After a report: an error (exit 1) when it read an empty window, as a
/// folder with no article is one. It comes after the report, so that
/// `--json` still printed a valid, empty document.
pub fn refuse_empty_window() -> anyhow::Result<()> {
    match EMPTY_WINDOW.get() {
        Some(&days) => anyhow::bail!(empty_window_message(days)),
        None => Ok(()),
    }
}

/// The cache and window the reader opens with no PATH, checked without
/// reading articles, so the reader's first frame does not wait for them.
#[cfg(feature = "tui")]
pub fn reader_cache() -> anyhow::Result<Option<(PathBuf, u32)>> {
    Ok(subscribed_cache()?.map(|_| (db_path(), since_days())))
}

/// The cache at `db`, which the reader was started on.
#[cfg(feature = "tui")]
fn reader_db(db: &std::path::Path) -> anyhow::Result<Cache> {
    Cache::open_existing(db)?.with_context(|| format!("the cache {} is gone", db.display()))
}

/// The reader's session over the cache's articles of the last `days` days
/// (run in the background). An empty window is an empty session: the
/// reader opens anyway and says why, so that a refresh can fill it.
#[cfg(feature = "tui")]
pub fn reader_session(db: &std::path::Path, days: u32) -> anyhow::Result<Session> {
    Ok(feeds::session_from_cache(&reader_db(db)?, days)?)
}

/// The same window as a list without the articles' text: what the
/// reader's sources pane shows while the session is built.
#[cfg(feature = "tui")]
pub fn reader_listing(
    db: &std::path::Path,
    days: u32,
) -> anyhow::Result<Vec<feeds::ListedArticle>> {
    Ok(reader_db(db)?.listing_since(feeds::window_start(days))?)
}

pub fn feed(args: FeedArgs) -> anyhow::Result<()> {
    let cache = open_cache()?;
    match args.command {
        FeedCommand::Add { urls } => add(&cache, &urls),
        FeedCommand::Import { file } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let entries = opml::parse(&bytes).map_err(|message| feeds::FeedError::Opml {
                path: file.display().to_string(),
                message,
            })?;
            let mut added = 0;
            for entry in &entries {
                added +=
                    usize::from(cache.add_feed(&entry.url, entry.title.as_deref(), &entry.tags)?);
            }
            crate::diag::note(&format!("{added} of {} feeds were new", entries.len()));
            Ok(())
        }
        FeedCommand::Export => {
            let list: Vec<_> = cache
                .feeds()?
                .into_iter()
                .map(|f| (f.url, f.title, f.tags))
                .collect();
            // Titles come from the network: no control character reaches the terminal.
            print(verbatim::corpus::display::sanitize(&opml::write(&list)).as_bytes())
        }
        FeedCommand::List { json } => list(&cache, json),
        FeedCommand::Compact => {
            let path = db_path();
            let before = cache_bytes(&path);
            cache.compact()?;
            let after = cache_bytes(&path);
            let line = format!(
                "{}: {} before, {} after\n",
                path.display(),
                megabytes(before),
                megabytes(after)
            );
            print(verbatim::corpus::display::sanitize(&line).as_bytes())
        }
        FeedCommand::Remove { urls } => {
            let mut missing = Vec::new();
            for url in urls {
                if !cache.remove_feed(&url)? {
                    missing.push(url);
                }
            }
            if !missing.is_empty() {
                anyhow::bail!("not subscribed: {}", missing.join(", "));
            }
            Ok(())
        }
    }
}

/// `feed add`: each URL is fetched once to tell a feed from a web page
/// naming one (then that feed is subscribed). A URL that cannot be reached
/// now is subscribed as given; a page that names no feed is not.
fn add(cache: &Cache, urls: &[String]) -> anyhow::Result<()> {
    let parsed: Vec<reqwest::Url> = urls
        .iter()
        .map(|u| reqwest_url(u))
        .collect::<Result<_, _>>()?;
    let found = discover::discover_blocking(&fetch_config(), &parsed)?;
    let mut refused = Vec::new();
    for (given, found) in parsed.iter().zip(found) {
        let feed = match found {
            Discovery::Feed(url) => url,
            Discovery::Named(url) => {
                crate::diag::note(&format!("{given} is a web page; its feed is {url}"));
                url
            }
            Discovery::Unchecked(why) => {
                crate::diag::warning(&format!(
                    "{given}: could not check it now ({why}); subscribed as given"
                ));
                given.clone()
            }
            Discovery::NoFeed(why) => {
                crate::diag::warning(&format!("{given}: {why}; not subscribed"));
                refused.push(given.to_string());
                continue;
            }
        };
        if !cache.add_feed(feed.as_str(), None, &[])? {
            crate::diag::warning(&format!("already subscribed: {feed}"));
        }
    }
    if !refused.is_empty() {
        anyhow::bail!("no feed found at {}", refused.join(", "));
    }
    Ok(())
}

/// The bytes the cache takes on disk: the file and its write-ahead log.
fn cache_bytes(path: &std::path::Path) -> u64 {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    [path, std::path::Path::new(&wal)]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// A feed address: absolute http or https.
fn reqwest_url(url: &str) -> anyhow::Result<reqwest::Url> {
    let parsed = reqwest::Url::parse(url).with_context(|| format!("{url}: not a URL"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        anyhow::bail!("{url}: only http and https feeds are supported");
    }
    Ok(parsed)
}

fn list(cache: &Cache, json: bool) -> anyhow::Result<()> {
    let feeds = cache.feeds()?;
    if json {
        let doc = serde_json::json!({ "version": 1, "feeds": feeds });
        return print_json(&doc);
    }
    let mut text = String::new();
    for f in &feeds {
        let state = match (&f.error, f.status) {
            (Some(e), _) => format!("error: {e}"),
            (None, Some(s)) => format!("HTTP {s}"),
            (None, None) => "never fetched".to_string(),
        };
        let title = f.title.as_deref().unwrap_or("");
        let tags = f.tags.join("/");
        text.push_str(&format!(
            "{}\t{}\t{}\t{} items\t{}\n",
            f.url, title, tags, f.items, state
        ));
    }
    let text = verbatim::corpus::display::sanitize(&text).into_owned();
    print(text.as_bytes())
}

/// A JSON document on stdout through the terminal-safe writer every
/// `--json` uses: feed titles and server errors come from the network.
fn print_json(doc: &serde_json::Value) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    verbatim::report::json::write_document(&mut out, doc)?;
    Ok(())
}

fn print(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

/// `fetch.allow_private` from `$XDG_CONFIG_HOME/verbatim/config.toml`
/// (else `~/.config/…`): whether links may lead to private addresses.
fn allow_private() -> bool {
    let dir = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")));
    let Some(text) = dir.and_then(|d| std::fs::read_to_string(d.join("verbatim/config.toml")).ok())
    else {
        return false;
    };
    text.parse::<toml::Table>().ok().is_some_and(|t| {
        t.get("fetch")
            .and_then(|f| f.get("allow_private"))
            .and_then(toml::Value::as_bool)
            == Some(true)
    })
}

/// How the CLI fetches: the defaults and the user's `fetch.allow_private`.
pub fn fetch_config() -> FetchConfig {
    FetchConfig {
        allow_private: allow_private(),
        ..FetchConfig::default()
    }
}

pub fn fetch(args: FetchArgs) -> anyhow::Result<()> {
    let mut cache = open_cache()?;
    let config = fetch_config();
    let on_terminal = io::stderr().is_terminal() && !args.json;
    let outcomes = fetch::fetch_all_blocking(&mut cache, &config, |outcome, done, total| {
        if on_terminal {
            crate::diag::note(&format!("[{done}/{total}] {}", describe(outcome)));
        }
    })?;
    let expired = cache.expire(args.keep_days)?;
    if args.json {
        let doc = serde_json::json!({ "version": 1, "feeds": outcomes, "expired": expired });
        return print_json(&doc);
    }
    for outcome in outcomes.iter().filter(|o| o.error.is_some()) {
        crate::diag::warning(&describe(outcome));
    }
    let new: usize = outcomes.iter().map(|o| o.new).sum();
    let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
    println!(
        "{} feeds fetched, {new} new articles, {failed} failed, {expired} expired",
        outcomes.len()
    );
    Ok(())
}

fn describe(o: &FetchOutcome) -> String {
    let what = if let Some(e) = &o.error {
        format!("error: {e}")
    } else if o.deferred {
        "deferred (Retry-After)".to_string()
    } else if o.not_modified {
        "not modified".to_string()
    } else {
        format!("{} items, {} new", o.items, o.new)
    };
    verbatim::corpus::display::sanitize_line(&format!("{}: {what}", o.url)).into_owned()
}
