//! The reader's actions on live news, run by the event loop because they
//! reach outside the reader's state: refreshing the feeds in the background
//! (progress in the status line; the cache is read and analysed again when
//! the fetch is done, so new articles join without a restart) and opening
//! the article's URL in the browser (a terminal browser gets the terminal
//! until it exits, as on Ctrl-Z).

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use tokio::sync::mpsc::UnboundedSender;
use verbatim::corpus::LoadOptions;

use super::action::Action;
use super::app::App;
use super::origin::Origin;
use super::{input, lifecycle};

/// What the feed actions need from the event loop.
pub struct Live {
    pub origin: Origin,
    pub options: LoadOptions,
    pub tx: UnboundedSender<Action>,
    /// Set while a refresh runs: one at a time.
    pub refreshing: Arc<AtomicBool>,
}

/// The browsers webbrowser runs in the foreground, on this terminal (its
/// list): for these the reader gives the terminal up until they exit.
const TERMINAL_BROWSERS: &[&str] = &[
    "lynx", "links", "links2", "elinks", "w3m", "eww", "netrik", "retawq", "curl",
];

/// Runs `action` if it is a feed action (`None` back), else hands it back.
pub fn handle(
    action: Action,
    app: &mut App,
    live: &Live,
    terminal: &mut ratatui::DefaultTerminal,
) -> anyhow::Result<Option<Action>> {
    match action {
        Action::RefreshFeeds => refresh(app, live),
        Action::OpenInBrowser => open_in_browser(app, terminal)?,
        other => return Ok(Some(other)),
    }
    Ok(None)
}

/// Starts fetching every feed on a thread of its own, unless one runs.
fn refresh(app: &mut App, live: &Live) {
    #[cfg(feature = "feeds")]
    if let Origin::Cache { db, days } = &live.origin {
        if live
            .refreshing
            .swap(true, std::sync::atomic::Ordering::AcqRel)
        {
            app.set_notice(Some("already fetching the feeds".to_string()));
            return;
        }
        app.set_notice(Some("fetching the feeds…".to_string()));
        let (db, days, tx) = (db.clone(), *days, live.tx.clone());
        let (options, refreshing) = (live.options.clone(), Arc::clone(&live.refreshing));
        // Its own thread, not the runtime's blocking pool: the fetch runs a
        // runtime of its own, which cannot start inside another's threads.
        std::thread::spawn(move || {
            let summary = fetch_now(&db, &tx);
            let _ = tx.send(Action::FeedNotice(summary));
            reload(&db, days, &options, &tx);
            refreshing.store(false, std::sync::atomic::Ordering::Release);
        });
        return;
    }
    let _ = live;
    app.set_notice(Some(
        "refreshing needs the feeds cache: run verbatim with no PATH, with feeds subscribed"
            .to_string(),
    ));
}

/// Fetches every feed into the cache at `db`, reporting each one done;
/// returns the one-line summary.
#[cfg(feature = "feeds")]
fn fetch_now(db: &std::path::Path, tx: &UnboundedSender<Action>) -> String {
    use verbatim::feeds::{Cache, fetch};
    let mut cache = match Cache::open(db) {
        Ok(cache) => cache,
        Err(e) => return format!("fetching failed: {e}"),
    };
    let config = crate::cli_feeds::fetch_config();
    let progress = |_: &fetch::FetchOutcome, done: usize, total: usize| {
        let _ = tx.send(Action::FeedNotice(format!(
            "fetching feeds {done}/{total}…"
        )));
    };
    match fetch::fetch_all_blocking(&mut cache, &config, progress) {
        Ok(outcomes) => {
            let new: usize = outcomes.iter().map(|o| o.new).sum();
            let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
            let feeds = outcomes.len();
            format!(
                "fetched {feeds} {}: {new} new {}, {failed} failed",
                plural(feeds, "feed", "feeds"),
                plural(new, "article", "articles")
            )
        }
        Err(e) => format!("fetching failed: {e}"),
    }
}

#[cfg(feature = "feeds")]
fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// Reads and analyses the cache's window again and hands it to the reader
/// (which keeps the article in view). A failure is a notice: the articles
/// already shown stay.
#[cfg(feature = "feeds")]
fn reload(db: &std::path::Path, days: u32, options: &LoadOptions, tx: &UnboundedSender<Action>) {
    let session = match crate::cli_feeds::reader_session(db, days) {
        Ok(session) => session,
        Err(e) => {
            let _ = tx.send(Action::FeedNotice(format!("{e:#}")));
            return;
        }
    };
    let progress = |stage, done, total| {
        let _ = tx.send(Action::Progress(stage, done, total));
    };
    if !session.prepare(&options.cancel, progress) {
        return;
    }
    let (corpus, analysis, index) = session.into_parts();
    let loaded = super::model::Loaded {
        corpus,
        analysis,
        index,
    };
    let _ = tx.send(Action::Loaded(Box::new(loaded)));
}

/// The URL of the article in view, if it has an http or https one.
pub fn article_url(app: &App) -> Result<String, &'static str> {
    let url = app
        .shared()
        .and_then(|s| s.article(app.article().source()))
        .and_then(|a| a.meta.url.clone())
        .ok_or("this article has no URL")?;
    let scheme = url.split(':').next().unwrap_or("").to_ascii_lowercase();
    if matches!(scheme.as_str(), "http" | "https") {
        Ok(url)
    } else {
        Err("only http and https URLs are opened")
    }
}

/// Opens the article's URL with webbrowser. A terminal browser named in
/// `$BROWSER` runs on this terminal: the reader gives it up (and stops
/// reading keys) until the browser exits, then draws again.
fn open_in_browser(app: &mut App, terminal: &mut ratatui::DefaultTerminal) -> anyhow::Result<()> {
    let url = match article_url(app) {
        Ok(url) => url,
        Err(why) => {
            app.set_notice(Some(why.to_string()));
            return Ok(());
        }
    };
    let on_this_terminal = browser_is_on_this_terminal(std::env::var("BROWSER").ok().as_deref());
    if on_this_terminal {
        input::pause(true);
        lifecycle::give_back();
    }
    let opened = webbrowser::open(&url);
    if on_this_terminal {
        lifecycle::resume(terminal)?;
        input::pause(false);
    }
    let notice = match opened {
        Ok(()) if on_this_terminal => None,
        Ok(()) => Some(format!("opened {url}")),
        Err(e) => Some(format!("could not open {url}: {e}")),
    };
    app.set_notice(notice.map(|n| verbatim::corpus::display::sanitize_line(&n).into_owned()));
    Ok(())
}

/// Whether the first browser `$BROWSER` names is one webbrowser runs in the
/// foreground (its entries are `:`-separated command lines).
fn browser_is_on_this_terminal(browser: Option<&str>) -> bool {
    let Some(first) = browser.and_then(|b| b.split(':').find(|e| !e.trim().is_empty())) else {
        return false;
    };
    let command = first.split_whitespace().next().unwrap_or("");
    let name = std::path::Path::new(command)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("");
    TERMINAL_BROWSERS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_browsers_are_told_from_the_rest() {
        assert!(browser_is_on_this_terminal(Some("w3m")));
        assert!(browser_is_on_this_terminal(Some(
            "/usr/bin/lynx -accept_all_cookies %s"
        )));
        assert!(browser_is_on_this_terminal(Some(":elinks:firefox")));
        assert!(!browser_is_on_this_terminal(Some("firefox:w3m")));
        assert!(!browser_is_on_this_terminal(Some("")));
        assert!(!browser_is_on_this_terminal(None));
    }
}
