//! verbatim: see how a story was quoted.
//!
//! A terminal news reader that reads many articles about one story, finds
//! every quotation, groups the renderings of one utterance across outlets and
//! shows what changed between them.
//!
//! The map of the crate, in the order data flows:
//!
//! - [`text`]: the ground floor every reader of text shares: word characters,
//!   the sentence splitter and its abbreviations, quotation marks, case folds.
//! - [`ids`]: the newtype ids of sources, quotes, people and clusters, and
//!   [`ids::Span`], the one way to slice an article's text.
//! - [`corpus`]: loading files, folders, stdin or the bundled seeds into
//!   [`corpus::Article`]s with classified paragraphs and a display-safe text form.
//! - [`quotes`]: extraction, attribution, grouping and alignment of quotations.
//! - [`people`]: people mentioned, spelling variants merged.
//! - [`analysis`]: runs the engine once per corpus; every view borrows the result.
//! - [`search`]: candidates and fuzzy ranking for the palette and `verbatim find`.
//! - [`session`]: the one loader of a session (corpus, then analysis and index
//!   on first use, with progress) used by the CLI, the reader and the examples.
//! - [`report`]: the human, JSON and Markdown output of the subcommands.
//! - [`synth`]: generated corpora with known truth, for tests and benchmarks.
//! - [`eval`]: scores the engine against hand-labelled real news
//!   (`tests/fixtures/news/`).
//! - `feeds` (feature `feeds`): subscriptions, fetching and the SQLite cache
//!   the articles of subscribed feeds live in.
//!
//! The reader (`src/tui/`) belongs to the binary and is compiled only with the
//! `tui` feature; network and storage only with `feeds` (both on by default).
//! The core cannot import a terminal, async, network, database or allocator
//! crate, and `cargo build --no-default-features` checks it.
//! Everything here is plain, synchronous functions over plain data.
//!
//! These docs are for the people who work on verbatim, not for users of a
//! published library: read them with `cargo doc --document-private-items`,
//! where the links to private helpers resolve.
#![allow(rustdoc::private_intra_doc_links)]

pub mod analysis;
pub mod corpus;
pub mod eval;
pub(crate) mod fast_hash;
#[cfg(feature = "feeds")]
pub mod feeds;
pub mod ids;
pub mod people;
pub mod quotes;
pub mod report;
pub mod search;
pub mod session;
pub mod synth;
pub mod text;
pub(crate) mod union_find;
