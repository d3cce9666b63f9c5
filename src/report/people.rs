//! `verbatim people`: people with variants, roles, mentions and quotes.
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
) -> io::Result<()> {
    Ok(())
}
