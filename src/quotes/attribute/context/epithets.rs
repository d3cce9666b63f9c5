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
        let noun_at = epithet_noun(after_verb)?;
        if self.may_name_someone(&after_verb[noun_at + 1..]) {
            return None;
        }
        let at = before.unwrap_or(after_verb[noun_at].range.start);
        match self.last_speaker.get().filter(|(s, _)| *s < at) {
            Some((_, p)) => Some(Verdict::Speaker(p)),
            None => Some(self.resolve_pronoun(at)),
        }
    }

    /// An epithet as the subject right before its verb, `words[k..]` ending
    /// with it or with an auxiliary after it ("…, el republicano aseguró
    /// que X «…»", "le dirigeant républicain a déclaré"): the person the
    /// report is about, as after the verb.
    pub(super) fn epithet_before_verb(&self, words: &[Word], k: usize) -> Option<Verdict> {
        let noun = k + epithet_noun(&words[k..])?;
        let ends = match &words[noun + 1..] {
            [] => true,
            [auxiliary] => cues::is_perfect_auxiliary(auxiliary.text),
            _ => false,
        };
        if !ends {
            return None;
        }
        self.epithet_subject(&words[k..])
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

/// Where the epithet noun of `words` stands, when they open with one: a
/// Romance definite article, an optional adjective ("l'ancienne
/// candidate"), the noun; or a Polish epithet, which takes no article.
fn epithet_noun(words: &[Word]) -> Option<usize> {
    let article = words.first()?;
    // Polish has no article: "– stwierdził prezes IPN".
    if roles::is_bare_epithet(article.text) {
        return Some(0);
    }
    // English names the roles it qualifies before the noun ("the
    // far-right leader"); the rule is for languages that qualify after.
    if !cues::is_determiner(article.text) || article.text.eq_ignore_ascii_case("the") {
        return None;
    }
    match words.get(1) {
        Some(w) if roles::is_epithet(w.text) => Some(1),
        Some(w) if roles::is_epithet_adjective(w.text) => {
            words.get(2).filter(|n| roles::is_epithet(n.text))?;
            Some(2)
        }
        _ => None,
    }
}
