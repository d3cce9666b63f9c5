//! `verbatim quotes`: groups of renderings with word diffs, as text or JSON.
//! (To be written by the quote-engine work.)

use std::io::{self, Write};

use crate::analysis::Analysis;
use crate::corpus::Corpus;

pub fn write_json(_out: &mut impl Write, _corpus: &Corpus, _analysis: &Analysis) -> io::Result<()> {
    Ok(())
}

pub fn write_human(
    _out: &mut impl Write,
    _corpus: &Corpus,
    _analysis: &Analysis,
    _all: bool,
    _colour: bool,
) -> io::Result<()> {
    Ok(())
}
