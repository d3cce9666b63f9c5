//! Mentions titled by a role noun ("U.S. President Donald Trump", "el
//! canciller alemán, Friedrich Merz"): who holds which role in an article,
//! read once and asked by the role-noun resolution beside it.

use super::Context;
use super::qualifiers::{fold_qualifier, is_elect, tokens};
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::{genitive, governed, governed_through_title};
use crate::text::words::is_word_char;
use crate::text::{floor_char_boundary, roles};

/// A mention titled by a role noun ("Russian President Vladimir Putin").
pub(super) struct RoleMention<'a> {
    /// Where the mention starts.
    pub at: usize,
    pub role: &'static str,
    /// The word before the role noun when capitalised ("Russian"), as written.
    pub qualifier: Option<&'a str>,
    /// Named as the object of a preposition or as a possessor ("of Pope
    /// Francis", "Pope Francis’s"), not as anyone's subject.
    pub object: bool,
    /// Named as a former holder ("former Governor X", "l'ex ministro X"):
    /// only "the former governor" stands for them, never "the governor".
    pub former: bool,
    pub person: PersonId,
}

impl RoleMention<'_> {
    /// How well this mention answers a role noun read as `role`, best
    /// first: a holder named as a subject before one named as an object,
    /// one titled with that very role before one who only fills it, and,
    /// for a noun with no qualifier of its own (`unqualified`: "the
    /// president"), one titled without a country before one named for a
    /// country ("Russian President Y").
    pub(super) fn rank(&self, role: &str, unqualified: bool) -> (bool, bool, bool) {
        (
            self.object,
            self.role != role,
            unqualified && self.qualifier.is_some(),
        )
    }
}

impl<'a> Context<'a> {
    /// Mentions with a role noun among the few words before them
    /// ("U.S. President Donald Trump", "канцлер Германии Фридрих Мерц"),
    /// with the capitalised word before that noun as its qualifier; in text
    /// order.
    pub(super) fn role_mentions(&self) -> Vec<RoleMention<'a>> {
        const LOOK_BACK_WORDS: usize = 3;
        // "la ministre de la Culture, X", "the head of the Commission X":
        // the links of a body's complement ("de", "la", "of the") don't
        // count against the look-back until a role noun is found, at most
        // this many (precision: a farther noun titles another clause).
        const BODY_LINKS: usize = 3;
        let mut out = Vec::new();
        for (r, p) in &self.mentions {
            let from = floor_char_boundary(self.text, r.start.saturating_sub(80));
            let lead = self.text.get(from..r.start).unwrap_or("");
            let tokens = tokens(lead);
            let mut last_first = tokens.iter().rev().peekable();
            // The word between the role noun and the name, if any.
            let mut after: Option<&str> = None;
            let (mut counted, mut links, mut titled) = (0, 0, false);
            for i in 0.. {
                if counted == LOOK_BACK_WORDS {
                    break;
                }
                let Some(&(at, token)) = last_first.next() else {
                    break;
                };
                let core = token.trim_matches(|c: char| !is_word_char(c));
                let link = cues::is_role_link(core) || cues::is_determiner(core);
                if !titled && i > 0 && link && links < BODY_LINKS {
                    links += 1;
                } else {
                    counted += 1;
                }
                // "… the president. Tomorrow, Berg": a word ending its
                // sentence is no title (abbreviations, "Gov.", are short).
                if i > 0 && token.ends_with(['.', '!', '?']) && core.chars().count() > 3 {
                    break;
                }
                // "First Lady Jane Doe": a two-word role noun, read at its
                // second word; its first is passed over, so the word before
                // it qualifies it.
                let pair = last_first.peek().and_then(|&&(_, first)| {
                    roles::role_of_pair(first.trim_matches(|c: char| !is_word_char(c)), core)
                });
                if pair.is_some() {
                    last_first.next();
                }
                // "el exministro Pedro Gil": a former holder in one word.
                let (role, fused) = match roles::role_of_any_case(core).or(pair) {
                    Some(role) => (Some(role), false),
                    None => (roles::former_role(core), true),
                };
                if let Some(role) = role {
                    titled = true;
                    let former = fused || former_before(last_first.clone().map(|&(_, t)| t));
                    // "presidente del Gobierno, Pedro Sánchez": what the
                    // head or president heads, in the words up to the name.
                    let role = match role {
                        "head" | "president" => lead[at + token.len()..]
                            .split_whitespace()
                            .take(3)
                            .find_map(|w| {
                                roles::headed_by(w.trim_matches(|c: char| !is_word_char(c)))
                            })
                            .unwrap_or(role),
                        _ => role,
                    };
                    // "Vice President Kamala Harris": second to a
                    // president, never one ("the president said").
                    let vice = last_first.peek().is_some_and(|&&(_, q)| {
                        q.trim_matches(|c: char| !is_word_char(c))
                            .eq_ignore_ascii_case("vice")
                    });
                    let role = if vice && role == "president" {
                        "vice-president"
                    } else {
                        role
                    };
                    // The capitalised word right before, on the same line,
                    // or a country written in lower case before or after
                    // the noun ("der russische Präsident", "le président
                    // russe"), or the stem of a compound ("US-Präsident").
                    let is_country = |q: &str| roles::country_of(&fold_qualifier(q)).is_some();
                    let qualifier = last_first
                        .peek()
                        .filter(|&&&(q_at, q)| !lead[q_at + q.len()..at].contains('\n'))
                        .map(|&&(_, q)| q)
                        .filter(|q| q.starts_with(char::is_uppercase) || is_country(q))
                        .filter(|q| !cues::is_determiner(q))
                        .filter(|q| !q.ends_with([',', ';', ':', '!', '?']))
                        .map(|q| q.trim_end_matches('.'))
                        .or_else(|| after.filter(|q| is_country(q) || is_elect(q)))
                        .or_else(|| roles::compound_stem(core))
                        .or_else(|| country_after_name(self.text, r.end));
                    let role = super::holders::prime_minister(qualifier.unwrap_or(""), role);
                    // "Norway's Chief Justice X", "Chilean Foreign Minister
                    // X": a country before a capitalised title word
                    // qualifies the role as it would right before the noun
                    // ("the Norwegian judge" is X, not another judge).
                    let qualifier = match qualifier {
                        Some(q) if !is_country(q) => {
                            let mut back = last_first.clone();
                            back.next();
                            back.next()
                                .filter(|&&(c_at, c)| !lead[c_at + c.len()..at].contains('\n'))
                                .map(|&(_, c)| c)
                                .filter(|c| c.starts_with(char::is_uppercase) && is_country(c))
                                .or(Some(q))
                        }
                        other => other,
                    };
                    let object = governed(self.text, from + at)
                        || governed(self.text, r.start)
                        || governed_through_title(self.text, r.start)
                        || genitive(self.text, from + at)
                        || self.possessed(r);
                    out.push(RoleMention {
                        at: r.start,
                        role,
                        qualifier,
                        object,
                        former,
                        person: *p,
                    });
                }
                // A comma right before the name sets off an apposition ("el
                // canciller alemán, Friedrich Merz"); further back it closes
                // another clause. A reporting verb between makes the name
                // its object: "Utah governor calls Tom Berg's death …".
                if token.ends_with([';', ':', '!', '?'])
                    || (i > 0 && token.ends_with(','))
                    || cues::is_speech_verb(core)
                {
                    break;
                }
                after = Some(core);
            }
        }
        out
    }
}

/// The country an English title names after the name ("President Anna
/// Berg *of Norway*", "Prime Minister Ole Dahl *of the Netherlands*"), as
/// some papers write every foreign leader: it qualifies the role as
/// "Norwegian President Anna Berg" would.
fn country_after_name(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?.strip_prefix(" of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let word = rest.split_whitespace().next()?;
    let word = word.trim_end_matches(|c: char| !is_word_char(c));
    (word.starts_with(char::is_uppercase) && roles::country_of(&fold_qualifier(word)).is_some())
        .then_some(word)
}

/// Whether the words before a role noun (nearest first) make it a former
/// one: "former" right before it, or with one adjective between ("Brazil's
/// *former* right-wing president, X", "the *former* Brazilian leader X"),
/// whose holder holds the role no more.
fn former_before<'t>(mut before: impl Iterator<Item = &'t str>) -> bool {
    let core = |t: &str| roles::is_former(t.trim_matches(|c: char| !is_word_char(c)));
    let Some(next) = before.next() else {
        return false;
    };
    // Punctuation after the adjective ends the phrase: "former, president".
    let plain = |t: &str| t.chars().all(|c| is_word_char(c) || "-'’".contains(c));
    core(next)
        || (plain(next)
            && before
                .next()
                .is_some_and(|second| plain(second) && core(second)))
}
