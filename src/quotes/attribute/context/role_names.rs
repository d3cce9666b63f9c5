//! The name a role noun titles ("il cancelliere tedesco Friedrich Merz",
//! "the minister, Jane Roe,"): read right after the noun, past its
//! qualifiers, or in apposition.

use super::Context;
use crate::corpus::ParagraphKind;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::{Word, joins_phrase};
use crate::text::{floor_char_boundary, roles};

impl Context<'_> {
    /// A name right after the role noun at `words[k]`, which the noun
    /// titles: `Some(None)` when the name follows at once (the mention
    /// decides), `Some(Some(p))` when a qualifier comes between ("il
    /// portavoce del Cremlino Peskov", "il cancelliere tedesco Friedrich
    /// Merz"), `None` when no name follows.
    pub(super) fn name_after_role(&self, words: &[Word], k: usize) -> Option<Option<PersonId>> {
        /// English titles a name at once ("the president of Russia Vladimir
        /// Putin"); French and the other Romance languages qualify the role
        /// at length first ("la cheffe de file du Rassemblement national
        /// Marine Le Pen").
        const QUALIFIER_WORDS: usize = 3;
        const ROMANCE_QUALIFIER_WORDS: usize = 6;
        let noun = &words[k];
        if words
            .get(k + 1)
            .is_some_and(|next| self.mention_in(next.range.clone()).is_some())
        {
            return Some(None);
        }
        // English puts its adjectives before the noun: after it, only a
        // capitalised qualifier or "of" ("the president of Russia Vladimir
        // Putin"), so "the chancellor met Putin" names no chancellor.
        let english = roles::is_english_role(noun.text);
        let qualifiers = if english {
            QUALIFIER_WORDS
        } else {
            ROMANCE_QUALIFIER_WORDS
        };
        // Read on in the text, not in `words`: a caller may pass the
        // opening words of a sentence only, which can end inside the phrase.
        let reach = floor_char_boundary(self.text, noun.range.end + 120);
        let following = self.first_words(noun.range.end..reach, qualifiers + 1);
        let (mut end, mut prev, mut linked) = (noun.range.end, noun.text, false);
        for w in following.iter().take(qualifiers + 1) {
            let gap = self.text.get(end..w.range.start)?;
            // "el ministro del Interior, Laurent Nuñez, explicó": a name set
            // off by commas is the role's holder in apposition.
            if gap.trim() == "," {
                return self.apposed_name(w).map(Some);
            }
            // An elided article's apostrophe ("de l'Intérieur") and an
            // initial's stop ("J.D. Vance") join; other punctuation ends it.
            if !joins_phrase(gap, prev) {
                return None;
            }
            // "an der Seite des Präsidenten Paul Moreau", "met with Prime
            // Minister X": a name a preposition governs through its title
            // is an object, and so is the role that titles it; "Governor
            // X’s plan" names a possessor, no subject either.
            if let Some((r, p)) = self.mention_starting_within(w.range.clone()) {
                return Some((!self.governed(r) && !self.possessed(r)).then_some(*p));
            }
            let capitalised = w.text.chars().next().is_some_and(char::is_uppercase);
            let link = cues::is_role_link(w.text);
            if !(capitalised || link || (!english && w.text.chars().all(char::is_lowercase))) {
                return None;
            }
            // "PM Hits Doe Hard": a title-case headline capitalises its
            // verb, while English qualifies a role after it only through a
            // link ("president of Russia") or a title ("Secretary General").
            // (In prose a capital there is a name's: "Minister Ivo Petrov".)
            if english
                && capitalised
                && !linked
                && !cues::is_role_noun(w.text)
                && self.in_title(w.range.start)
            {
                return None;
            }
            linked |= link;
            // A verb or a relative ends the role phrase: "la présidente a
            // annoncé que Macron …" names nobody as the president.
            if cues::is_speech_verb(w.text) || cues::opens_clause(w.text) {
                return None;
            }
            (end, prev) = (w.range.end, w.text);
        }
        None
    }

    /// The person named at `w` when the name closes an apposition: a comma,
    /// dash or the sentence's end after it ("the minister, Jane Roe, said",
    /// "…, a déploré le ministre, Jean Roe."); a name running on into a
    /// clause ("after meeting the minister, Roe said") is that clause's
    /// subject.
    fn apposed_name(&self, w: &Word) -> Option<PersonId> {
        let (range, person) = self.mention_at(w.range.start)?;
        if range.start != w.range.start {
            return None;
        }
        let rest = self.text.get(range.end..)?.trim_start();
        let closes = rest.is_empty() || rest.starts_with([',', '—', '–', ')', '.', ';', ':']);
        closes.then_some(person)
    }

    /// Whether byte `at` lies in the article's title (a paragraph lookup,
    /// cheap enough for every word after a role noun).
    fn in_title(&self, at: usize) -> bool {
        self.article
            .paragraph_at(at)
            .and_then(|i| self.article.paragraphs.get(i))
            .is_some_and(|p| p.kind == ParagraphKind::Title)
    }
}
