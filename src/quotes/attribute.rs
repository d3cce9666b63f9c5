//! Attributing quotes to speakers.
//! (To be written by the quote-engine work.)

use crate::corpus::Corpus;
use crate::people::Person;

use super::Quote;

/// Sets `speaker` on the quotes whose speaker can be told, and fills `Person::quotes`.
pub fn attribute(_corpus: &Corpus, _quotes: &mut [Quote], _people: &mut [Person]) {}
