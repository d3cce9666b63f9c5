//! The legend in the help overlay: what the panes' symbols mean and what
//! each relation between two renderings says, one line each. The keys part
//! of the help comes from the keymap; this part from the panes' vocabulary.

use verbatim::quotes::Relation;

/// (symbol as the panes show it, meaning), in the order the panes show them.
pub const SYMBOLS: &[(&str, &str)] = &[
    ("•  ✓", "source unread, read"),
    ("▶", "open source; cursor"),
    ("~Title", "title from the text"),
    ("14q", "quotes in the source"),
    ("Δ33%", "how far it diverges"),
    ("A  B", "the sides compared"),
    ("deleted", "only in A (struck)"),
    ("inserted", "only in B (underline)"),
    ("replaced", "changed words (bold)"),
    ("/word", "search and its match"),
];

/// Every relation, in the order of [`Relation`] (closest first).
const RELATIONS: [Relation; 6] = [
    Relation::Identical,
    Relation::Punctuation,
    Relation::Excerpt,
    Relation::Extended,
    Relation::Edited,
    Relation::Reworded,
];

/// What a relation of rendering B to the reference A says.
fn meaning(relation: Relation) -> &'static str {
    match relation {
        Relation::Identical => "same words and marks",
        Relation::Punctuation => "punctuation differs",
        Relation::Excerpt => "a part of A only",
        Relation::Extended => "all of A, and more",
        Relation::Edited => "words cut or added",
        Relation::Reworded => "mostly other words",
    }
}

/// (relation name as the diff shows it, meaning) for every relation.
pub fn relations() -> Vec<(&'static str, &'static str)> {
    RELATIONS
        .iter()
        .map(|&r| (r.as_str(), meaning(r)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_fits_a_help_column() {
        // The help's columns give a meaning 21 columns beside a 16-column symbol.
        let rows = SYMBOLS.iter().copied().chain(relations());
        for (symbol, what) in rows {
            assert!(symbol.chars().count() < 16, "{symbol}");
            assert!(what.chars().count() <= 21, "{what}");
        }
        assert_eq!(relations().len(), 6);
    }
}
