//! Two renderings that say the same opening words and nothing after them in
//! common are two statements: a speaker opens many sentences alike ("We are
//! going to …", "I want to thank …"), while an outlet that rewords a
//! statement keeps some of its words throughout, not only its first few.

use super::forms::Form;
use super::link::Evidence;

/// Words each rendering must go on for after the shared opening before the
/// two count as parted: with fewer, the rest is an outlet's reworded ending
/// of one statement ("if I can, I will gladly participate" / "if I can, I
/// will happily go"), so lower would split those (recall); higher lets two
/// statements that open alike and part early merge (precision).
const MIN_PARTED_TAIL: usize = 3;

/// Whether every word matched in order (`e`) is the opening the two forms
/// share, and each says at least [`MIN_PARTED_TAIL`] words after it. An
/// excerpt of the other's opening has no words after it, so never parts.
pub fn share_only_opening(a: &Form, b: &Form, e: &Evidence) -> bool {
    let (a, b) = (a.words(), b.words());
    let opening = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    opening > 0
        && e.matched as usize <= opening
        && a.len() - opening >= MIN_PARTED_TAIL
        && b.len() - opening >= MIN_PARTED_TAIL
}

#[cfg(test)]
mod tests {
    use super::super::link::Speakers;
    use super::*;

    fn evidence(matched: u32) -> Evidence {
        Evidence {
            containment: 0.7,
            coverage: 0.5,
            matched,
            speakers: Speakers::Agree,
            run: false,
        }
    }

    #[test]
    fn renderings_that_part_after_one_opening_are_two_statements() {
        // Words: 0 "we", 1 "will", 2 "never", 3 "accept", 4 "this",
        // 5 "verdict", 6 "and", 7 "appeal", 8 "tariffs", 9 "on", 10 "our",
        // 11 "farmers", 12 "it".
        let verdict = Form::new(vec![0, 1, 2, 3, 4, 5, 6, 1, 7, 12]);
        let tariffs = Form::new(vec![0, 1, 2, 3, 8, 9, 10, 11]);
        // "we will never accept" and nothing more in common: two statements.
        assert!(share_only_opening(&verdict, &tariffs, &evidence(4)));
        assert!(share_only_opening(&tariffs, &verdict, &evidence(4)));
        // A word matched after the opening: one statement reworded.
        assert!(!share_only_opening(&verdict, &tariffs, &evidence(5)));
        // An ending of two words is an outlet's rewording, not a new statement.
        let reworded = Form::new(vec![0, 1, 2, 3, 4, 8]);
        let shorter = Form::new(vec![0, 1, 2, 3, 4, 5]);
        assert!(!share_only_opening(&reworded, &verdict, &evidence(5)));
        assert!(!share_only_opening(&reworded, &shorter, &evidence(5)));
        // An excerpt of the opening goes on for no words at all.
        let excerpt = Form::new(vec![0, 1, 2, 3]);
        assert!(!share_only_opening(&excerpt, &verdict, &evidence(4)));
        // Different first words: no shared opening to part from.
        let other = Form::new(vec![12, 1, 2, 3, 8, 9, 10, 11]);
        assert!(!share_only_opening(&other, &tariffs, &evidence(3)));
    }
}
