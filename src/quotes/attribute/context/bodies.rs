//! The head of a named body: "the Commission chief", "the NATO chief",
//! "the head of the Commission". English press names a body's head so
//! whatever the title ("NATO Secretary-General", "IMF Managing Director",
//! "Fed Chair"), so the one person titled with that body is meant.

use super::Context;
use super::qualifiers::fold_qualifier;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::Word;
use crate::text::roles;

/// Acronyms standing for a body a title may spell out: "the EU chief" is
/// the one titled "European Commission President". Each acronym with the
/// words a title holds all of to name its body.
const SPELLED_OUT: &[(&str, &[&str])] = &[
    ("eu", &["european", "commission"]),
    ("eu", &["european", "union"]),
    ("un", &["united", "nations"]),
];

/// A capitalised body after its head ("the head of the European
/// Commission"): at most this many words, its last the one compared.
const BODY_WORDS: usize = 3;

impl Context<'_> {
    /// The one person here titled with the body named before the head at
    /// `words[k]` (`before`, folded: "the *Commission* chief") or after it
    /// ("the head *of the Commission*"), whatever their title's noun; with
    /// two such people, or no body, nobody.
    pub(super) fn body_head(
        &self,
        words: &[Word],
        k: usize,
        before: Option<&str>,
    ) -> Option<PersonId> {
        // "the White House chief of staff": a longer role, not the head.
        let mut after = words.iter().skip(k + 1);
        if after.next().is_some_and(|w| cues::is_role_link(w.text))
            && after
                .find(|w| !cues::is_role_link(w.text) && !cues::is_determiner(w.text))
                .is_some_and(|w| !w.text.starts_with(char::is_uppercase))
        {
            return None;
        }
        let body = match before {
            Some(b) => b.to_string(),
            None => body_after(words, k)?,
        };
        // A country's head is whoever leads it (see `holder_of`); a role
        // noun is no body ("the Prime chief" is no title).
        if body.is_empty() || roles::country_of(&body).is_some() || roles::role_of(&body).is_some()
        {
            return None;
        }
        let mut holders = self.ranked.iter().copied().filter(|p| {
            self.people
                .get(p.index())
                .is_some_and(|person| person.roles.iter().any(|t| titled_with(t, &body)))
        });
        let first = holders.next()?;
        holders.next().is_none().then_some(first)
    }
}

impl Context<'_> {
    /// "the leader of the Sons of Liguria", "the Green Dawn leader": a
    /// leader or head asked with the party, union or firm it leads. The
    /// holder is the one titled with that body, here or else in the
    /// corpus, never another body's leader; with no such holder, nobody
    /// (`Some(None)`). `None` when no body is named with the noun.
    pub(super) fn named_body_holder(
        &self,
        words: &[Word],
        k: usize,
        role: &str,
    ) -> Option<Option<PersonId>> {
        if !matches!(role, "leader" | "head") {
            return None;
        }
        let noun = words.get(k)?;
        let reach = crate::text::floor_char_boundary(self.text, noun.range.end + BODY_BYTES);
        let body = match self
            .text
            .get(noun.range.end..reach)
            .and_then(roles::body_after_role)
        {
            Some((body, _)) => body,
            None => body_before(words, k)?,
        };
        // A country, a seat or a state is whoever leads it (`holder_of`).
        if let [one] = body[..] {
            let folded = fold_qualifier(one);
            if roles::country_of(&folded).is_some()
                || roles::headed_by(one).is_some()
                || roles::is_leaning(one)
                || roles::party_of(one).is_some()
            {
                return None;
            }
        }
        let leads = |p: &&crate::people::Person| {
            p.roles.iter().any(|title| {
                !title.split_whitespace().any(roles::is_former)
                    && title
                        .split_whitespace()
                        .any(|w| matches!(roles::role_of(w), Some("leader" | "head")))
                    && roles::titled_with_body(title, &body)
            })
        };
        let one = |mut holders: Vec<PersonId>| {
            holders.dedup();
            (holders.len() == 1).then(|| holders[0])
        };
        let here: Vec<PersonId> = self
            .ranked
            .iter()
            .filter(|p| self.people.get(p.index()).is_some_and(|x| leads(&x)))
            .copied()
            .collect();
        if !here.is_empty() {
            return Some(one(here));
        }
        Some(one(self
            .people
            .iter()
            .filter(leads)
            .map(|p| p.id)
            .collect()))
    }
}

/// How far after a role noun its body is read ("of the far-right Sons of
/// Liguria").
const BODY_BYTES: usize = 120;

/// The capitalised words between an article and the role noun at
/// `words[k]` ("the *Green Dawn* leader"): a body written before its
/// leader. A capital opening a sentence is no body's, so the article must
/// stand before them.
fn body_before<'t>(words: &[Word<'t>], k: usize) -> Option<Vec<&'t str>> {
    let run = words[..k]
        .iter()
        .rev()
        .take(BODY_WORDS + 1)
        .take_while(|w| w.text.starts_with(char::is_uppercase) && !cues::is_determiner(w.text))
        .count();
    let opened = k
        .checked_sub(run + 1)
        .is_some_and(|j| cues::is_determiner(words[j].text));
    (run > 0 && run <= BODY_WORDS && opened)
        .then(|| words[k - run..k].iter().map(|w| w.text).collect())
}

/// The body named after a head ("of the European Commission"), folded:
/// the last word of a capitalised run past the links and articles.
fn body_after(words: &[Word], k: usize) -> Option<String> {
    let mut rest = words
        .iter()
        .skip(k + 1)
        .skip_while(|w| cues::is_role_link(w.text) || cues::is_determiner(w.text));
    let first = rest
        .next()
        .filter(|w| w.text.starts_with(char::is_uppercase))?;
    let last = rest
        .take(BODY_WORDS - 1)
        .take_while(|w| w.text.starts_with(char::is_uppercase))
        .last()
        .unwrap_or(first);
    Some(fold_qualifier(last.text))
}

/// Whether a title ("European Commission President") names `body`
/// (folded): one of its words, or the words an acronym spells out.
fn titled_with(title: &str, body: &str) -> bool {
    let folded: Vec<String> = title.split_whitespace().map(fold_qualifier).collect();
    let has = |w: &str| folded.iter().any(|f| f == w);
    has(body)
        || SPELLED_OUT
            .iter()
            .any(|(acronym, spelled)| *acronym == body && spelled.iter().all(|w| has(w)))
}
