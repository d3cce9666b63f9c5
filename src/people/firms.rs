//! Mentions that name a firm, not a person: many firms bear their
//! founders' names ("Morgan Stanley", "Goldman Sachs", "Louis Vuitton"),
//! which open with a given name and are the subjects of speech verbs
//! ("Morgan Stanley said in a note") as a person's are. What tells them
//! apart is what news writes around a firm only: its staff ("analysts at
//! …", "… economists"), or its legal form ("…, Inc.").
//!
//! Closed classes only, and only words no person's name takes: a person
//! has aides and advisers, never analysts, economists or shareholders.

use std::ops::Range;

use crate::text::fold::lower;
use crate::text::words::last_word;

/// Staff a firm employs and news quotes by the firm's name, before it
/// ("analysts at …", "gli analisti di …") or after it ("… strategists").
#[rustfmt::skip]
const STAFF: &[&str] = &[
    "analyst", "analysts", "economist", "economists", "strategist", "strategists",
    "analystes", "économistes", "stratèges",
    "analisti", "economisti",
    "analistas", "economistas", "estrategas",
    "analiștii", "economiștii",
];

/// Nouns only a firm's name modifies ("… shareholders").
const FIRM_ONLY: &[&str] = &["shareholders", "stockholders"];

/// Prepositions that join staff to their firm ("analysts *at* …",
/// "economists *with* …", "analystes *chez* …", "analisti *di* …").
#[rustfmt::skip]
const STAFF_LINKS: &[&str] = &[
    "at", "with", "from", "chez", "de", "du", "di", "del", "della", "da", "do", "la", "de la",
];

/// Legal forms written after a firm's name, after a space or a comma
/// ("Ann Lee Inc.", "Ann Lee, Ltd").
#[rustfmt::skip]
const LEGAL_FORMS: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "LLP", "plc", "PLC", "GmbH", "AG",
    "S.A.", "SpA", "S.p.A.", "SRL", "S.R.L.", "& Co", "& Co.",
];

/// Whether the mention at `name` is written as a firm's name: its staff
/// before or after it, a noun only a firm's name modifies after it, or a
/// legal form after it.
pub(super) fn named_as_firm(text: &str, name: Range<usize>) -> bool {
    let (Some(before), Some(after)) = (text.get(..name.start), text.get(name.end..)) else {
        return false;
    };
    let next_word = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| c.is_whitespace() || c == ',').next())
        .unwrap_or_default();
    let staff_after = STAFF.contains(&next_word) || FIRM_ONLY.contains(&next_word);
    let legal_form = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(' '))
        .is_some_and(|a| {
            LEGAL_FORMS.iter().any(|form| {
                a.strip_prefix(form)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            })
        });
    let staff_before = STAFF_LINKS.iter().any(|link| {
        before
            .strip_suffix(' ')
            .and_then(|b| b.strip_suffix(link))
            .and_then(|b| b.strip_suffix(' '))
            .is_some_and(|b| STAFF.contains(&lower(last_word(b)).as_str()))
    });
    staff_after || legal_form || staff_before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        named_as_firm(text, start..start + name.len())
    }

    #[test]
    fn a_firm_is_told_by_its_staff_or_its_legal_form() {
        assert!(at("said analysts at Carla Wendt on Monday", "Carla Wendt"));
        assert!(at("Analysts at Carla Wendt said", "Carla Wendt"));
        assert!(at("economists with Carla Wendt expect", "Carla Wendt"));
        assert!(at("Carla Wendt analysts said", "Carla Wendt"));
        assert!(at("Carla Wendt strategists wrote", "Carla Wendt"));
        assert!(at("Carla Wendt shareholders voted", "Carla Wendt"));
        assert!(at("shares of Carla Wendt, Inc. fell", "Carla Wendt"));
        assert!(at("Carla Wendt Ltd. said", "Carla Wendt"));
        assert!(at("selon les analystes de Carla Wendt", "Carla Wendt"));
        assert!(at("secondo gli analisti di Carla Wendt", "Carla Wendt"));
        // A person's own words, aides and acts.
        assert!(!at("said Carla Wendt on Monday", "Carla Wendt"));
        assert!(!at(
            "Carla Wendt, an analyst at the bank, said",
            "Carla Wendt"
        ));
        assert!(!at("aides to Carla Wendt said", "Carla Wendt"));
        assert!(!at("the analyst Carla Wendt said", "Carla Wendt"));
        assert!(!at("Carla Wendt included analysts", "Carla Wendt"));
        assert!(!at("Carla Wendt Incorporated", "Carla Wendt"));
    }
}
