//! Who holds a role asked for when no one here is named with it: the most
//! mentioned holder elsewhere, and the head of government standing for
//! "the president" (a prime minister titled "Prime Minister"); and, among
//! holders named alike, the one the narrative is about.

use super::Context;
use super::qualifiers::fold_qualifier;
use super::role_mentions::RoleMention;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::text::roles;

impl Context<'_> {
    /// "U.S. President X and Russian President Y met … X spoke after Y.
    /// “…,” the president said": holders of an unqualified role noun that
    /// [`RoleMention::rank`] cannot tell apart (all named for a country, or
    /// none) are the holder the narrative is about, the last sentence
    /// subject before `at`, when that is one of them; else `None` and the
    /// last named stands. `named` is sorted by that rank.
    pub(super) fn subject_among_tied(
        &self,
        named: &[&RoleMention],
        role: &str,
        at: usize,
    ) -> Option<PersonId> {
        let rank = |m: &RoleMention| m.rank(role, true);
        let first = named.first()?;
        let tied: Vec<PersonId> = named
            .iter()
            .take_while(|m| rank(m) == rank(first))
            .map(|m| m.person)
            .collect();
        if tied.iter().all(|&p| p == first.person) {
            return None;
        }
        let i = self.subjects.partition_point(|&(s, _)| s < at);
        let (_, subject) = *self.subjects[..i].last()?;
        tied.contains(&subject).then_some(subject)
    }

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
        self.resolve_pronoun(at).speaker()
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

    /// "the Russian president said" where nobody here is named for that
    /// country's office: a rewrite or a translated mirror may name its
    /// people by role alone. The one person the whole corpus titles so
    /// ("Russian President X" in another outlet's copy) holds it; with two
    /// (a former holder titled without "former", a successor), the role
    /// tells neither.
    pub(super) fn corpus_holder(&self, role: &str, qualifier: Option<&str>) -> Option<PersonId> {
        let country = roles::country_of(qualifier?)?;
        let mut holders = self
            .people
            .iter()
            .filter(|person| {
                person
                    .roles
                    .iter()
                    .any(|title| titles_for_country(title, role, country))
            })
            .map(|person| person.id);
        let first = holders.next()?;
        holders.next().is_none().then_some(first)
    }

    /// "the former governor said", "l'ex premier": the one person named
    /// here as a former holder of `role` ("former Governor X", "l'ex
    /// ministro X", "X, a former finance minister,"), else nobody: a
    /// present holder is not the one meant.
    pub(super) fn former_holder(&self, role: &str) -> Option<PersonId> {
        let holders = self.role_mentions.get_or_init(|| self.role_mentions());
        let mut formers = holders
            .iter()
            .filter(|m| m.former && roles::fills(m.role, role))
            .map(|m| m.person)
            .chain(self.apposed_formers(role));
        let first = formers.next()?;
        formers.all(|p| p == first).then_some(first)
    }

    /// The people described as former holders of `role` in an apposition
    /// after their name ("Tom Berg, a former finance minister, …"), which
    /// the titles before names (`role_mentions`) do not read.
    fn apposed_formers<'s>(&'s self, role: &'s str) -> impl Iterator<Item = PersonId> + 's {
        /// "a former deputy finance minister": the adjectives and the
        /// noun after "former" stay within a few words.
        const PHRASE_WORDS: usize = 4;
        self.mentions.iter().filter_map(move |(r, p)| {
            let rest = self.text.get(r.end..)?.strip_prefix(", ")?;
            let mut words = rest.split_whitespace().take(PHRASE_WORDS + 2);
            // "a former …", "the former …", "l'ex …": an article may open it.
            let mut first = words.next()?;
            if cues::opens_apposition(first) {
                first = words.next()?;
            }
            if !roles::is_former(first) {
                return None;
            }
            // A word with punctuation after it ends the apposition, and counts.
            let mut open = true;
            let phrase = words.take(PHRASE_WORDS).map_while(|token| {
                let core = token.trim_end_matches(|c: char| !c.is_alphanumeric());
                open.then(|| {
                    open = core.len() == token.len();
                    core
                })
            });
            held_roles(phrase)
                .any(|(_, held)| roles::fills(held, role))
                .then_some(*p)
        })
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
                        held_roles(title.split_whitespace())
                            .any(|(_, held)| roles::fills(held, role))
                    })
                })
        })
    }
}

/// Whether `title` ("Russian President", "U.S. Secretary of State") holds
/// `role` for `country`: a role noun with the country's adjective just
/// before it, and no word marking a former holder.
fn titles_for_country(title: &str, role: &str, country: &str) -> bool {
    !title.split_whitespace().any(roles::is_former)
        && held_roles(title.split_whitespace()).any(|(before, held)| {
            roles::fills(held, role) && roles::country_of(&fold_qualifier(before)) == Some(country)
        })
}

/// The roles the nouns of a title's `words` hold, each with the word
/// before its noun ("Russian" in "Russian President"); a minister titled
/// "Prime" holds the government ([`prime_minister`]).
fn held_roles<'w>(
    words: impl Iterator<Item = &'w str>,
) -> impl Iterator<Item = (&'w str, &'static str)> {
    let mut previous = "";
    words.filter_map(move |word| {
        let held = roles::role_of(word).map(|held| (previous, prime_minister(previous, held)));
        previous = word;
        held
    })
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
