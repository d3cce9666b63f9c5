//! Who holds a role asked for when no one here is named with it: the most
//! mentioned holder elsewhere, and the head of government standing for
//! "the president" (a prime minister titled "Prime Minister").

use super::{Context, Verdict};
use crate::ids::PersonId;
use crate::text::roles;

impl Context<'_> {
    /// "sagte der CDU-Chef": a party's head (a compound title whose stem
    /// is an acronym that names no country: "CDU", "AfD", "PiS"), whom
    /// nobody here is named as, is the person the report is about, as a
    /// pronoun would name: reports title a leader by party after naming
    /// them by office.
    pub(super) fn party_head_subject(&self, noun: &str, at: usize, role: &str) -> Option<PersonId> {
        /// An acronym is short, and at least two of its letters capitals.
        const ACRONYM_CHARS: std::ops::RangeInclusive<usize> = 2..=5;
        let stem = roles::compound_stem(noun)?;
        let capitals = stem.chars().filter(|c| c.is_uppercase()).count();
        let acronym = ACRONYM_CHARS.contains(&stem.chars().count())
            && capitals >= 2
            && stem.chars().all(char::is_alphabetic);
        if !matches!(role, "head" | "leader")
            || !acronym
            || roles::country_of(&stem.to_lowercase()).is_some()
        {
            return None;
        }
        match self.resolve_pronoun(at) {
            Verdict::Speaker(p) => Some(p),
            _ => None,
        }
    }

    /// "The president emphasized …" where nobody here or elsewhere is
    /// named president: the head of a government is its president in
    /// several countries ("presidente del Gobierno", "presidente del
    /// Consiglio"), so the one named as prime minister or chancellor.
    /// "The Prime Minister said" where nobody is named prime minister: a
    /// translation's name for whoever heads the government, a chancellor.
    /// (Not "the chancellor" for a prime minister: in Britain a chancellor
    /// is a minister.)
    pub(super) fn head_of_government(
        &self,
        role: &str,
        before: usize,
        fits: &dyn Fn(PersonId) -> bool,
    ) -> Option<PersonId> {
        if !matches!(role, "president" | "prime") {
            return None;
        }
        let holders = self.role_mentions.get_or_init(|| self.role_mentions());
        // One titled president of a government ("presidente del Gobierno")
        // is "el presidente" before a prime minister or chancellor named since.
        let mut heads: Vec<_> = holders[..before]
            .iter()
            .rev()
            .filter(|m| !m.object && !m.former && roles::fills(m.role, "government"))
            .collect();
        heads.sort_by_key(|m| m.role != "government");
        heads
            .into_iter()
            .map(|m| m.person)
            .find(|&p| fits(p))
            .or_else(|| self.ranked_holder("government", fits))
    }

    /// "the pope said" where the pope is named only by his regnal name
    /// ("the former Cardinal John Smith, who took the name Gregory XVII"):
    /// the one person here named with a regnal numeral holds the throne a
    /// pope or monarch sits on. With two, the role tells neither.
    pub(super) fn regnal_holder(&self, role: &str) -> Option<PersonId> {
        if !matches!(role, "pope" | "church" | "king" | "queen") {
            return None;
        }
        let mut regnal = self.ranked.iter().copied().filter(|p| {
            self.people
                .get(p.index())
                .is_some_and(crate::people::has_regnal_numeral)
        });
        let first = regnal.next()?;
        regnal.next().is_none().then_some(first)
    }

    /// "the former governor said", "l'ex premier": the one person named
    /// here as a former holder of `role` ("former Governor X", "l'ex
    /// ministro X"), else nobody: a present holder is not the one meant.
    pub(super) fn former_holder(&self, role: &str) -> Option<PersonId> {
        let holders = self.role_mentions.get_or_init(|| self.role_mentions());
        let mut formers = holders
            .iter()
            .filter(|m| m.former && roles::fills(m.role, role))
            .map(|m| m.person);
        let first = formers.next()?;
        formers.all(|p| p == first).then_some(first)
    }

    /// The most mentioned person here whose corpus-wide roles include
    /// `role`, among those `fits` accepts.
    pub(super) fn ranked_holder(
        &self,
        role: &str,
        fits: &dyn Fn(PersonId) -> bool,
    ) -> Option<PersonId> {
        self.ranked.iter().copied().find(|&p| {
            fits(p)
                && self.people.get(p.index()).is_some_and(|person| {
                    person.roles.iter().any(|title| {
                        let mut previous = "";
                        title.split_whitespace().any(|w| {
                            let held = roles::role_of(w).map(|held| prime_minister(previous, held));
                            previous = w;
                            held.is_some_and(|held| roles::fills(held, role))
                        })
                    })
                })
        })
    }
}

/// A minister titled "Prime" heads the government: "Prime Minister Pedro
/// Sánchez" is "the head of the State's executive", and "the president"
/// where nobody is named president.
pub(super) fn prime_minister(qualifier: &str, role: &'static str) -> &'static str {
    if role == "minister" && qualifier.eq_ignore_ascii_case("prime") {
        "prime"
    } else {
        role
    }
}
