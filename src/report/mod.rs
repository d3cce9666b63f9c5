//! Output of the scriptable subcommands: serde types for `--json` and the human forms.
//!
//! Every JSON document carries `"version": 1`; fields are only ever added.

mod compact;
mod compact_key;
pub mod find;
pub mod json;
pub mod markdown;
pub mod people;
pub mod quotes;
pub mod sources;
pub mod wording;

/// Version of every JSON document this crate writes.
pub const JSON_VERSION: u32 = 1;
