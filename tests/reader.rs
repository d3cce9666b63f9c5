//! End-to-end tests of the reader, driven in tmux as a person would, built as one test binary: one
//! module per file. See the `[[test]]` entries in Cargo.toml for why.

mod screen;
#[cfg(feature = "feeds")]
#[path = "feeds_support/server.rs"]
mod server;
mod tmux;

mod e2e_diff;
mod e2e_empty_cache;
mod e2e_feeds;
mod e2e_jumps_marks;
mod e2e_lists;
mod e2e_signals;
mod e2e_tmux;
