//! verbatim: see how a story was quoted.
//!
//! A terminal news reader that reads many articles about one story, finds
//! every quotation, groups the renderings of one utterance across outlets and
//! shows what changed between them.
//!
//! The map of the crate, in the order data flows:
//!
//! - [`corpus`]: loading files, folders, stdin or the bundled seeds into
//!   [`corpus::Article`]s with classified paragraphs and a display-safe text form.
//! - [`quotes`]: extraction, attribution, grouping and alignment of quotations.
//! - [`people`]: people mentioned, spelling variants merged.
//! - [`analysis`]: runs the engine once per corpus; every view borrows the result.
//! - [`search`]: candidates and fuzzy ranking for the palette and `verbatim find`.
//! - [`synth`]: generated corpora with known truth, for tests and benchmarks.
//! - [`report`]: the human and JSON output of the subcommands.
//! - `feeds` (feature `feeds`): subscriptions, fetching and the SQLite cache
//!   the articles of subscribed feeds live in.
//!
//! The reader (`src/tui/`) belongs to the binary: the library knows nothing
//! about terminals; everything here is plain, synchronous functions over plain data.

pub mod analysis;
pub mod corpus;
pub(crate) mod fast_hash;
#[cfg(feature = "feeds")]
pub mod feeds;
pub mod people;
pub mod quotes;
pub mod report;
pub mod search;
pub mod session;
pub mod synth;
