//! `verbatim find`: the palette's ranking, non-interactive.
//! (To be written by the palette work.)

use std::io::{self, Write};

use crate::corpus::Corpus;
use crate::search::{CandidateKind, SearchIndex};

/// What `verbatim find` was asked.
pub struct FindQuery<'a> {
    pub query: &'a str,
    pub limit: usize,
    pub kind: Option<CandidateKind>,
}

pub fn write_json(
    _out: &mut impl Write,
    _corpus: &Corpus,
    _index: &SearchIndex,
    _query: &FindQuery<'_>,
) -> io::Result<()> {
    Ok(())
}

pub fn write_human(
    _out: &mut impl Write,
    _corpus: &Corpus,
    _index: &SearchIndex,
    _query: &FindQuery<'_>,
    _colour: bool,
) -> io::Result<()> {
    Ok(())
}
