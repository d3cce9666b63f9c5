//! Evidence that a run of capitalised words names a place or a club, not a
//! person, even when its first word is a given name ("Washington DC", "Rio de
//! Janeiro (RJ)", "Paris Saint-Germain", "Torre Eiffel", "Bulevardul Regina
//! Elisabeta"), and the adjective suffixes that make a name a modifier
//! ("a Ferguson-style u-turn", "Trump-backed").
//!
//! Closed classes only: state codes, the head words that open the name of a
//! street, square, building or landmark, and saints' prefixes of places.

use super::lexicon::{self, Lex, Word};
use crate::text::words::{after_last_space, is_word_char};

/// Codes of US states, Brazilian states and Canadian provinces that are no
/// word, degree or honour of their own: after a name, in the same run
/// ("Washington DC") or after a comma ("Austin, TX"), they make it a place.
#[rustfmt::skip]
const STATE_CODES: &[&str] = &[
    "AK", "AZ", "CA", "CT", "FL", "GA", "IA", "IL", "KS", "KY", "MI", "MN", "MT", "NC", "ND",
    "NH", "NJ", "NM", "NV", "NY", "RI", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV",
    "WY", "DC", "RJ", "SP", "MG", "RS", "PR", "CE", "DF", "PB", "RN", "RR", "BC", "NS", "NB",
    "SK",
];

/// State codes that are also words, degrees or agencies ("IN", "ME", "BA",
/// "AP", "QC"): they make a place only in parentheses ("Rio de Janeiro (RJ)").
#[rustfmt::skip]
const STATE_CODES_IN_PARENTHESES: &[&str] = &[
    "AL", "AR", "CO", "DE", "HI", "ID", "IN", "LA", "MA", "MD", "ME", "MO", "MS", "NE", "OH",
    "OK", "OR", "PA", "SC", "AC", "AP", "AM", "BA", "ES", "GO", "PE", "PI", "RO",
    "SE", "TO", "AB", "MB", "NL", "NT", "NU", "ON", "QC", "YT",
];

/// Nouns of streets and squares that many languages write in lower case
/// before the name ("pe bulevardul Regina Elisabeta", "rue Saint-Honoré",
/// "ulica Marszałkowska"); capitalised, they open the name themselves.
#[rustfmt::skip]
pub(super) const STREETS: &[&str] = &[
    "rue", "boulevard", "avenue", "avenida", "bulevardul", "bulevard", "strada", "calea", "piața",
    "piata", "piazza", "viale", "plaza", "calle", "paseo", "praça", "praca", "rua", "ulica",
    "aleja", "plac",
];

/// Words beyond [`STREETS`] that open the name of a square, building or
/// landmark (or of a military operation) in the languages read ("*Torre* Eiffel", "*Mount* Everest",
/// "*San* Francisco"), lower case. None is a given name, so a run they open
/// names a place even when a given name or a title follows.
#[rustfmt::skip]
pub(super) const PLACE_OPENERS: &[&str] = &[
    "mount", "lake", "fort", "cape", "port", "via", "torre", "palazzo", "palacio", "palácio", "castello",
    "château", "chateau", "parc", "parque", "parco", "parcul", "hotel", "hotelul", "stadionul",
    "estádio", "estadio", "stadio", "aeroportul", "aeroporto", "aeropuerto", "aéroport", "gare",
    "rynek", "lago", "monte", "isla", "ilha", "île", "mont", "pont",
    "ponte", "puente", "museo", "museu", "musée", "museum", "teatro", "théâtre", "teatrul",
    "catedral", "cathédrale", "cattedrale", "basilica", "basílica", "basilique", "san", "santa",
    "santo", "são", "sao", "st", "sankt", "sainte", "ste",
    // "New" of a place's name in other languages ("Nueva York", "Nova Iorque",
    // "Nuova Delhi", "Nowy Jork").
    "nueva", "nuevo", "nova", "novo", "nuova", "nuovo", "nowy", "nowa",
    // Not places, but names that the same word opens whatever follows:
    // military operations ("Operation Shakti", "Operação Sindoor").
    "operation", "operação", "operación", "opération", "operazione", "operacja", "operațiunea",
    "operatiunea",
];

/// Whether the run `words` of `text` names a place: a place opener before
/// at least one more word (any title must follow the opener directly:
/// "Bulevardul Regina Elisabeta", but "Lake County Commissioner John Doe" is a
/// commissioner), a saint's hyphenated name that follows no particle ("Paris
/// Saint-Germain", never "de Saint-Exupéry"), or a state code after it.
pub(super) fn names_place(text: &str, words: &[Word]) -> bool {
    let word = |i: usize| text.get(words[i].0.clone()).unwrap_or_default();
    let has = |i: usize, bit: Lex| words[i].1 & bit != 0;
    let lead = (0..words.len())
        .find(|&i| !has(i, lexicon::NOT_NAME) || has(i, lexicon::PLACE_OPENER))
        .unwrap_or(words.len());
    let opened = lead + 1 < words.len()
        && has(lead, lexicon::PLACE_OPENER)
        && (lead + 2..words.len()).all(|i| !has(i, lexicon::ROLE_HEAD));
    let saint = (0..words.len())
        .any(|i| is_saints_compound(word(i)) && (i == 0 || !has(i - 1, lexicon::PARTICLE)));
    let coded = words.len() >= 2 && STATE_CODES.contains(&word(words.len() - 1));
    opened || saint || coded || followed_by_state_code(text, words) || after_street(text, words)
}

/// A run right after a lower-case street noun ("pe bulevardul Regina
/// Elisabeta").
fn after_street(text: &str, words: &[Word]) -> bool {
    let Some(before) = words.first().and_then(|w| text.get(..w.0.start)) else {
        return false;
    };
    let previous = before.trim_end_matches(' ');
    if previous.len() == before.len() {
        return false;
    }
    let previous = after_last_space(previous);
    STREETS.contains(&previous)
}

/// "Saint-Germain", "Sainte-Foy", "St-Étienne": a place or parish.
fn is_saints_compound(word: &str) -> bool {
    word.starts_with('S')
        && ["Saint-", "Sainte-", "St-", "Ste-"]
            .iter()
            .any(|prefix| word.strip_prefix(prefix).is_some_and(|r| !r.is_empty()))
}

/// A state code right after the run: "(RJ)" for any code, ", TX" for the
/// codes that are no word.
fn followed_by_state_code(text: &str, words: &[Word]) -> bool {
    let Some(after) = words.last().and_then(|w| text.get(w.0.end..)) else {
        return false;
    };
    fn code_at(rest: &str) -> Option<&str> {
        let code = rest.get(..2)?;
        let ends = rest[2..].chars().next().is_none_or(|c| !is_word_char(c));
        (ends && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(code)
    }
    if let Some(inner) = after.trim_start_matches(' ').strip_prefix('(')
        && let Some(code) = code_at(inner)
        && inner[2..].starts_with(')')
    {
        return STATE_CODES.contains(&code) || STATE_CODES_IN_PARENTHESES.contains(&code);
    }
    after
        .strip_prefix(", ")
        .and_then(code_at)
        .is_some_and(|code| STATE_CODES.contains(&code))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `run` (words split at spaces) names a place where it first
    /// stands in `text`.
    fn place(text: &str, run: &str) -> bool {
        names_place(text, &lexicon::run_at(text.find(run).unwrap(), run))
    }

    #[test]
    fn state_codes_openers_and_saints_mark_places() {
        for (text, run) in [
            ("Washington DC - The president", "Washington DC"),
            ("Rio de Janeiro (RJ)", "Rio de Janeiro"),
            ("Austin, TX, said", "Austin"),
            ("Paris Saint-Germain won", "Paris Saint-Germain"),
            ("Torre Eiffel lit up", "Torre Eiffel"),
            (
                "Bulevardul Regina Elisabeta was full",
                "Bulevardul Regina Elisabeta",
            ),
            ("In San Francisco, people", "In San Francisco"),
            ("en Nueva York el", "Nueva York"),
            ("pe bulevardul Regina Elisabeta", "Regina Elisabeta"),
        ] {
            assert!(place(text, run), "{run}");
        }
        for (text, run) in [
            ("Joe Biden said", "Joe Biden"),
            ("Antoine de Saint-Exupéry wrote", "Antoine de Saint-Exupéry"),
            (
                "Lake County Commissioner John Doe said",
                "Lake County Commissioner John Doe",
            ),
            ("Jane Doe, IN THE END", "Jane Doe"),
            ("Jane Doe, CAN do", "Jane Doe"),
            ("Jane Doe QC said", "Jane Doe QC"),
            ("Santa", "Santa"),
        ] {
            assert!(!place(text, run), "{run}");
        }
        assert!(place("Indianapolis (IN) said", "Indianapolis"));
    }
}
