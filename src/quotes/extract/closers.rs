//! Which opener a closer closes when it is not simply the nearest open one
//! of its family: copy that mixes the marks of two families (`"… rasoio»`,
//! `« … ",`) and copy that nests a quotation in the same mark and closes
//! both with one (`« Ils me disent : « C'est fini », a-t-il dit`).

use super::Scanner;
use super::headless::attributed;
use super::marks::{Family, Mark, closes};

/// For each of a paragraph's `marks`, whether a later one passes `test`.
pub(super) fn followed_by(marks: &[Mark], test: impl Fn(&Mark) -> bool) -> Vec<bool> {
    let mut later = vec![false; marks.len()];
    let mut seen = false;
    for (i, m) in marks.iter().enumerate().rev() {
        later[i] = seen;
        seen |= test(m);
    }
    later
}

impl Scanner {
    /// Whether the innermost open quotation of `ch`'s family opened with `ch`.
    pub(super) fn opened_by(&self, ch: char) -> bool {
        let Some(family) = super::marks::family(ch) else {
            return false;
        };
        self.by_family[family.index()]
            .last()
            .is_some_and(|&at| self.stack[at].mark.ch == ch)
    }

    /// Where a straight double quote waits that `mark`, a closing guillemet
    /// with no guillemet open, closes: sloppy copy mixes them (`"… rasoio»,`).
    /// So does a typographic `“` when no double closer follows in the
    /// paragraph (`double_follows` false): copy machine-translated from
    /// French keeps the guillemet that closed the quotation but turns its
    /// opener into the target language's (`“En respuesta … Ucrania»,`,
    /// `“ carattere globale »`); left open, that `“` swallowed the rest of
    /// its paragraph and every quotation in it.
    pub(super) fn straight_opener_closed_by(
        &self,
        mark: Mark,
        double_follows: bool,
    ) -> Option<&usize> {
        let innermost = self.by_family[Family::Double.index()].last()?;
        let opener = self.stack[*innermost].mark.ch;
        let mixed = opener == '"' || (opener == '“' && !double_follows);
        let closing_guillemet = mark.family == Family::Guillemet && !mark.can_open;
        (mixed && closing_guillemet && *innermost + 1 == self.stack.len()).then_some(innermost)
    }

    /// Where an innermost `«` waits that `mark`, a double quote with no
    /// double quote open, closes when no closing guillemet follows in the
    /// paragraph (`guillemet_follows` false): French copy typed on a
    /// keyboard without guillemets ends `« … ",` or `« … ”`.
    pub(super) fn guillemet_closed_by(&self, mark: Mark, guillemet_follows: bool) -> Option<usize> {
        let innermost = *self.by_family[Family::Guillemet.index()].last()?;
        let guillemet = self.stack[innermost].mark.ch == '«';
        let double = mark.family == Family::Double && !mark.can_open;
        (guillemet && double && !guillemet_follows && innermost + 1 == self.stack.len())
            .then_some(innermost)
    }

    /// Where the outermost of several open quotations of `mark`'s family
    /// waits when `mark` is followed by its attribution (`, a-t-il dit`):
    /// the quotation ends there, so one mark closes the one nested inside
    /// it too (`« Mes enfants me disent : « Le trophée est à nous », a-t-il
    /// confié`), as French copy often prints it.
    pub(super) fn nested_closed_by(&self, text: &str, mark: &Mark) -> Option<usize> {
        let open = &self.by_family[mark.family.index()];
        let (&outer, &inner) = (open.first()?, open.last()?);
        let same_mark = self.stack[outer].mark.ch == self.stack[inner].mark.ch;
        let nested = open.len() >= 2 && same_mark && mark.family != Family::Single;
        let words = &text[self.stack[inner].mark.end()..mark.at];
        let handed_on = words.trim_end().ends_with(',');
        (nested
            && closes(self.stack[outer].mark.ch, mark.ch)
            && attributed(handed_on, &text[mark.end()..]))
        .then_some(outer)
    }
}

#[cfg(test)]
mod tests {
    use super::super::quoted_texts as quotes;

    #[test]
    fn a_guillemet_may_be_closed_by_a_double_quote_when_no_guillemet_follows() {
        assert_eq!(
            quotes("Elle a dit que « les discussions vont durer des semaines\", selon un proche."),
            ["les discussions vont durer des semaines"]
        );
        assert_eq!(
            quotes("Il a jugé « la situation très grave ” avant de partir."),
            ["la situation très grave"]
        );
        assert_eq!(
            quotes("Il a dit « nous voterons \"non\" demain » hier soir."),
            ["nous voterons \"non\" demain"]
        );
    }

    #[test]
    fn one_closer_before_the_attribution_closes_a_nested_quotation_too() {
        assert_eq!(
            quotes(
                "« Mes voisins me répètent : « La coupe est pour nous », a-t-il raconté en riant."
            ),
            ["Mes voisins me répètent : « La coupe est pour nous"]
        );
        assert_eq!(
            quotes("« Il parle d'une « trahison » de ses alliés », a-t-il déclaré."),
            ["Il parle d'une « trahison » de ses alliés"]
        );
    }
}
