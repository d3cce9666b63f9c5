//! Feed commands, fetching and full text against a loopback server, built as one test binary: one
//! module per file. See the `[[test]]` entries in Cargo.toml for why.

#[path = "feeds_support/server.rs"]
mod server;

mod feeds_cli;
mod feeds_fetch;
mod feeds_fulltext;
