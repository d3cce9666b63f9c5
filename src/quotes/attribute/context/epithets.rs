//! Epithets after a reporting verb: "« … », a martelé la responsable
//! d'extrême droite", "a déclaré le candidat d'extrême droite", "dijo la
//! dirigente": a definite description of someone the article names
//! elsewhere, without the title they are named with.

use super::{Context, Verdict};
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::roles;

/// How many words of the description after its noun are read for a name
/// it may hold ("le vice-président du RN Louis Aliot").
const DESCRIPTION_WORDS: usize = 8;

impl Context<'_> {
    /// An epithet opening `after_verb` (the words after a reporting verb):
    /// a Romance definite article, an optional adjective ("l'ancienne
    /// candidate"), a person noun. It stands for the person the report is
    /// about, as a pronoun would: epithets re-describe the story's subject.
    /// Only where the roles found no holder (the caller asks them first).
    pub(super) fn epithet_subject(&self, after_verb: &[Word]) -> Option<Verdict> {
        self.epithet_before(after_verb, None)
    }

    /// [`Self::epithet_subject`], its referent sought before `before` when
    /// given rather than before the epithet: "Sokolov, sottolinea il
    /// tycoon, «…»" re-describes someone named before the clause, not
    /// the name the clause interrupts.
    pub(super) fn epithet_before(
        &self,
        after_verb: &[Word],
        before: Option<usize>,
    ) -> Option<Verdict> {
        let article = after_verb.first()?;
        // Polish has no article: "– stwierdził prezes IPN".
        let bare = roles::is_bare_epithet(article.text);
        // English names the roles it qualifies before the noun ("the
        // far-right leader"); the rule is for languages that qualify after.
        if !bare && (!cues::is_determiner(article.text) || article.text.eq_ignore_ascii_case("the"))
        {
            return None;
        }
        let noun_at = match after_verb.get(1) {
            _ if bare => 0,
            Some(w) if roles::is_epithet(w.text) => 1,
            Some(w) if roles::is_epithet_adjective(w.text) => {
                after_verb.get(2).filter(|n| roles::is_epithet(n.text))?;
                2
            }
            _ => return None,
        };
        if self.may_name_someone(&after_verb[noun_at + 1..]) {
            return None;
        }
        let at = before.unwrap_or(after_verb[noun_at].range.start);
        match self.last_speaker.get().filter(|(s, _)| *s < at) {
            Some((_, p)) => Some(Verdict::Speaker(p)),
            None => Some(self.resolve_pronoun(at)),
        }
    }

    /// Whether the words of a description, up to its first punctuation,
    /// hold two capitalised words in a row: a name the people list may have
    /// missed ("le vice-président du RN Louis Aliot"), so the epithet may
    /// not be the report's subject. Acronyms ("RN") are not names.
    fn may_name_someone(&self, description: &[Word]) -> bool {
        let name_like = |w: &Word| {
            w.text.starts_with(char::is_uppercase) && w.text.chars().any(char::is_lowercase)
        };
        let mut previous_capital = false;
        for (i, w) in description.iter().take(DESCRIPTION_WORDS).enumerate() {
            if i > 0 {
                let gap = self
                    .text
                    .get(description[i - 1].range.end..w.range.start)
                    .unwrap_or("");
                if gap
                    .chars()
                    .any(|c| !c.is_whitespace() && c != '\'' && c != '’')
                {
                    return false;
                }
            }
            let capital = name_like(w);
            if capital && previous_capital {
                return true;
            }
            previous_capital = capital;
        }
        false
    }
}
