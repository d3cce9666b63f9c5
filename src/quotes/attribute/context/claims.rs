//! Quotes inside a clause that belongs to someone other than the
//! sentence's subject: the content of a named person's claim ("Trump’s
//! claims that the strikes had “obliterated” …") and an absolute phrase
//! with its own subject (", with Anna Berg hailing a “victory”").

use super::{Context, Verdict};
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;

/// How many words may stand between a claim noun and its "that"/"of"
/// ("Trump's assertion *yesterday* that …").
const CLAIM_TO_LINK: usize = 2;

/// Modifiers between a possessor and its claim noun ("Trump's *repeated*
/// claims"), besides words in "-ed".
const CLAIM_MODIFIERS: &[&str] = &[
    "earlier", "latest", "recent", "own", "new", "previous", "false", "bold", "many",
];

impl Context<'_> {
    /// "Despite Trump’s repeated claims that the bombs had “totally
    /// obliterated” …, X insisted", "to mock Y’s claims of “…”": a quote in
    /// the "that"/"of" clause of a reporting noun owned by a named person is
    /// that person's, whoever the sentence's subject is. The clause runs to
    /// the quote without a comma or a reporting verb of its own (", X
    /// called it “…”" reports anew).
    pub(super) fn claim_owner(&self, words: &[Word]) -> Option<PersonId> {
        let link = (0..words.len()).rev().find(|&i| {
            words[i].text.eq_ignore_ascii_case("that") || words[i].text.eq_ignore_ascii_case("of")
        })?;
        let clause = &words[link + 1..];
        if (link + 1..words.len()).any(|i| self.comma_before(words, i))
            || clause.iter().any(|w| cues::is_speech_verb(w.text))
        {
            return None;
        }
        let noun = (link.saturating_sub(CLAIM_TO_LINK + 1)..link)
            .rev()
            .find(|&i| is_claim_noun(words[i].text))?;
        if (noun + 1..=link).any(|i| self.comma_before(words, i))
            || words[noun + 1..link]
                .iter()
                .any(|w| w.text.starts_with(char::is_uppercase) || is_verb_of_noun(w.text))
        {
            return None;
        }
        let owner = match noun.checked_sub(1).map(|i| &words[i]) {
            Some(w) if w.possessive => w,
            Some(w) if is_claim_modifier(w.text) => {
                words.get(noun.checked_sub(2)?).filter(|o| o.possessive)?
            }
            _ => return None,
        };
        self.mention_covering(owner.range.start)
    }

    /// "…,” his statement added", "…,” the Dalai Lama's statement said":
    /// a statement owned by a pronoun or a named person as the subject of
    /// the reporting verb after the quote (`subject`, the words before
    /// it); its owner speaks.
    pub(super) fn statement_owner(&self, subject: &[Word]) -> Option<Verdict> {
        let owner = subject
            .windows(2)
            .find(|w| w[0].is_possessor() && cues::is_speech_noun(w[1].text))?;
        self.possessor_verdict(&owner[0])
    }

    /// Who the possessor of a reporting noun stands for ("his remarks",
    /// "Trump's insistence"): a pronoun's referent, or the person a mention
    /// names.
    pub(super) fn possessor_verdict(&self, owner: &Word) -> Option<Verdict> {
        if cues::is_possessive_pronoun(owner.text) {
            return Some(self.resolve_pronoun(owner.range.start));
        }
        self.mention_covering(owner.range.start)
            .map(Verdict::Speaker)
    }

    /// "…, with Prime Minister Anna Berg hailing on Tuesday a “historic
    /// victory”": an absolute phrase after a comma, "with" then a name and a
    /// reporting gerund, has the name as its speaker.
    pub(super) fn absolute_speaker(&self, words: &[Word]) -> Option<PersonId> {
        let verb = (1..words.len())
            .rev()
            .find(|&k| cues::is_speech_verb(words[k].text) && words[k].text.ends_with("ing"))?;
        // Nothing but the verb's object (no reporting verb, no comma) runs
        // from the gerund to the quote.
        if (verb + 1..words.len()).any(|i| self.comma_before(words, i)) {
            return None;
        }
        let (r, person) = self.mention_ended_at(words[verb - 1].range.end)?;
        // "with" opens the phrase after a comma; between it and the name
        // only capitalised words (a role: "Prime Minister").
        let with = (0..verb - 1)
            .rev()
            .take_while(|&j| {
                words[j].range.start >= r.start
                    || words[j].text.starts_with(char::is_uppercase)
                    || words[j].text.eq_ignore_ascii_case("with")
            })
            .find(|&j| words[j].text.eq_ignore_ascii_case("with"))?;
        self.comma_before(words, with).then_some(*person)
    }
}

/// A reporting noun, singular or plural ("claim", "claims", "warnings").
fn is_claim_noun(word: &str) -> bool {
    cues::is_speech_noun(word)
        || word
            .strip_suffix('s')
            .is_some_and(|stem| stem.len() > 2 && cues::is_speech_noun(stem))
}

/// A verb between the noun and "that" ("He said X’s statement *suggested*
/// that …", "X’s remarks *showed* that …"): the noun is that verb's
/// subject and the "that" clause the verb's, the writer's or another
/// speaker's reading of the claim rather than its content. A reporting verb,
/// a past form in "-ed" or a verb of showing; time words ("yesterday",
/// "last week") are none of these.
fn is_verb_of_noun(word: &str) -> bool {
    cues::is_speech_verb(word)
        || (word.len() > 3 && word.starts_with(char::is_lowercase) && word.ends_with("ed"))
        || [
            "shows", "showed", "shown", "means", "meant", "implies", "proves",
        ]
        .contains(&word)
}

fn is_claim_modifier(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && (word.ends_with("ed") || CLAIM_MODIFIERS.contains(&word))
}
