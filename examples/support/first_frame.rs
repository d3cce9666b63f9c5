//! The reader's time to a first frame on a feeds cache, as a user sees it:
//! the release binary started in a private tmux server, the screen polled
//! until the window's newest title is on it. Included by `feeds_figures`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::tmux::Tmux;

/// How often a run is repeated; the median is reported.
const RUNS: usize = 7;

/// The `verbatim` binary beside the running example's folder
/// (`target/release/examples/x` → `target/release/verbatim`).
fn binary() -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("verbatim"))
        .filter(|b| b.exists())
        .ok_or_else(|| anyhow::anyhow!("no verbatim binary: run `cargo build --release` first"))?;
    Ok(bin)
}

/// Times in one run: the first frame with the list, and the analysis done.
struct Run {
    first_frame: Duration,
    /// The reader's threads' time on a CPU, and waiting for one, up to the
    /// moment the first frame was seen: on a shared machine the wall time
    /// is mostly the second.
    on_cpu: Duration,
    runnable: Duration,
    analysed: Duration,
}

/// (on a CPU, waiting on a run queue) summed over the threads of `pid`
/// (`/proc/PID/task/*/schedstat`: nanoseconds).
fn scheduled(pid: &str) -> (Duration, Duration) {
    let mut on_cpu = 0;
    let mut waiting = 0;
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task"))
        .into_iter()
        .flatten();
    for task in tasks.flatten() {
        let stat = std::fs::read_to_string(task.path().join("schedstat")).unwrap_or_default();
        let mut fields = stat
            .split_whitespace()
            .map(|f| f.parse::<u64>().unwrap_or(0));
        on_cpu += fields.next().unwrap_or(0);
        waiting += fields.next().unwrap_or(0);
    }
    (Duration::from_nanos(on_cpu), Duration::from_nanos(waiting))
}

/// Starts the reader on the cache `db` and polls until `title` shows (the
/// first frame with the list), then until the header counts the sources
/// (the analysis is in), then quits it.
fn one_run(tmux: &Tmux, bin: &Path, db: &Path, home: &Path, title: &str) -> anyhow::Result<Run> {
    let command = format!(
        "env XDG_CONFIG_HOME={h}/config XDG_STATE_HOME={h}/state {} --db {}",
        bin.display(),
        db.display(),
        h = home.display()
    );
    let started = Instant::now();
    tmux.start(200, 60, &command);
    let deadline = started + Duration::from_secs(120);
    let wait = |ok: &dyn Fn(&str) -> bool| -> anyhow::Result<Duration> {
        loop {
            let screen = tmux.capture();
            if ok(&screen) {
                return Ok(started.elapsed());
            }
            anyhow::ensure!(Instant::now() < deadline, "timed out; screen:\n{screen}");
            // Polling flat out would take a core from the reader it times.
            std::thread::sleep(Duration::from_millis(2));
        }
    };
    let first_frame = wait(&|s| s.contains(title))?;
    let pid = tmux
        .run(&["display-message", "-p", "-t", "reader", "#{pane_pid}"])
        .stdout;
    let (on_cpu, runnable) = scheduled(String::from_utf8_lossy(&pid).trim());
    let analysed = wait(&|s| s.contains(" sources · "))?;
    tmux.keys(&["q"]);
    while tmux.run(&["has-session", "-t", "reader"]).status.success() {
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(Run {
        first_frame,
        on_cpu,
        runnable,
        analysed,
    })
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Prints the median time to the first frame (the list drawn from the
/// cache's rows) and to the analysis, over [`RUNS`] runs on `db`, whose
/// window's newest article is titled `title`.
pub fn measure(db: &Path, title: &str, articles: usize) -> anyhow::Result<()> {
    let bin = binary()?;
    let home = tempfile::tempdir()?;
    let tmux = Tmux {
        socket: home.path().join("tmux.sock"),
    };
    // A server that stays up, so a run does not pay for starting one.
    let out = tmux.run(&["new-session", "-d", "-s", "idle", "sleep 600"]);
    anyhow::ensure!(out.status.success(), "tmux: {out:?}");
    let mut runs = Vec::new();
    for _ in 0..RUNS {
        runs.push(one_run(&tmux, &bin, db, home.path(), title)?);
    }
    let first: Vec<Duration> = runs.iter().map(|r| r.first_frame).collect();
    let (lo, hi) = (first.iter().min().copied(), first.iter().max().copied());
    println!(
        "first frame: {articles}-article cache in the reader (200x60, tmux): median {:.0} ms \
         ({:.0}-{:.0} ms over {RUNS} runs); the analysis in after a median {:.1} s",
        ms(median(first)),
        lo.map_or(0.0, ms),
        hi.map_or(0.0, ms),
        median(runs.iter().map(|r| r.analysed).collect()).as_secs_f64()
    );
    println!(
        "  up to the first frame the reader's threads ran a median {:.0} ms and waited for a \
         CPU {:.0} ms (schedstat; the rest of the wall time is process start and polling)",
        ms(median(runs.iter().map(|r| r.on_cpu).collect())),
        ms(median(runs.iter().map(|r| r.runnable).collect()))
    );
    Ok(())
}
