//! Running the binary with a hang guard: a regression in the limits blocks
//! or eats memory rather than failing, so every run has a deadline.

#![allow(dead_code)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a finished run left: exit code (None when killed by a signal), stdout, stderr.
pub struct Finished {
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

/// Runs `verbatim args` with stdin empty and `NO_COLOR` set; `stderr` says
/// where its stderr goes (`None` captures it). Fails the test past `deadline`.
pub fn run_with_deadline(args: &[&str], stderr: Option<Stdio>, deadline: Duration) -> Finished {
    let out_file = tempfile::NamedTempFile::new().unwrap();
    let err_file = tempfile::NamedTempFile::new().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(out_file.reopen().unwrap())
        .stderr(stderr.unwrap_or_else(|| Stdio::from(err_file.reopen().unwrap())))
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > deadline {
            child.kill().ok();
            panic!("verbatim {args:?} still running after {deadline:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Finished {
        code: status.code(),
        stdout: std::fs::read(out_file.path()).unwrap(),
        stderr: std::fs::read_to_string(err_file.path()).unwrap(),
    }
}
