//! Role phrases and role nouns ("the Russian leader", "le chef de
//! l'État", "the Holy Father") resolved to the person the article names in
//! that role, with the country a role is qualified by.

use std::collections::HashMap;

use super::Context;
use super::qualifiers::{
    country_after, country_referred, elect_after, fold_qualifier, same_qualifier,
};
use super::role_mentions::RoleMention;
use crate::ids::PersonId;
use crate::quotes::attribute::cues;
use crate::quotes::attribute::words::{Word, previous_word};
use crate::text::roles;

impl<'a> Context<'a> {
    /// "the Russian leader", "The Russian President": a role phrase whose
    /// qualifier matches a role held by someone named in this article.
    pub(super) fn role_phrase(&self, words: &[Word], k: usize) -> Option<PersonId> {
        let the = words.get(k)?;
        if !the.text.eq_ignore_ascii_case("the") {
            return None;
        }
        let qualifier = words.get(k + 1)?;
        let noun = words.get(k + 2)?;
        let capitalised = qualifier
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if !capitalised || !cues::is_role_noun(noun.text) {
            return None;
        }
        self.role_words
            .get_or_init(|| self.role_words())
            .get(&fold_qualifier(qualifier.text))
            .copied()
    }

    /// The person a role phrase ("the Russian leader") or a role noun
    /// ("der Kanzler") opening at `words[k]` stands for.
    pub(super) fn role_at(&self, words: &[Word], k: usize) -> Option<PersonId> {
        self.role_phrase(words, k)
            .or_else(|| self.role_noun(words, k))
    }

    /// A role noun standing for a person named elsewhere ("the German
    /// chancellor", "der Kanzler", "канцлер", "the pontiff", "the Holy
    /// Father", "le chef de l'État"), not followed by the name itself: the
    /// person last named with that role before it, else the most mentioned
    /// person here holding it. A qualifier ("the U.S. president") rules out
    /// holders named with another one ("Russian President Vladimir Putin").
    pub(super) fn role_noun(&self, words: &[Word], k: usize) -> Option<PersonId> {
        self.role_noun_read_by(words, k, roles::role_of)
    }

    /// [`Self::role_noun`] in any case: after "according to" a Slavic or
    /// Romanian role noun is governed ("по словам американского
    /// президента", "potrivit președintelui american").
    pub(super) fn governed_role_noun(&self, words: &[Word], k: usize) -> Option<PersonId> {
        self.role_noun_read_by(words, k, roles::role_of_any_case)
    }

    fn role_noun_read_by(
        &self,
        words: &[Word],
        k: usize,
        role_of: fn(&str) -> Option<&'static str>,
    ) -> Option<PersonId> {
        let noun = words.get(k)?;
        // "dijo el exministro": a former holder in one word.
        let own = role_of(noun.text);
        let fused = match own {
            Some(_) => None,
            None => roles::former_role(noun.text),
        };
        let role = own.or(fused).or_else(|| {
            let first = words.get(k.checked_sub(1)?)?;
            roles::role_of_pair(first.text, noun.text)
        })?;
        let role = self.headed(words, k, role);
        // "the Prime Minister": a minister titled "Prime" heads the
        // government (see `head_of_government` for whom it names).
        let role = match k.checked_sub(1) {
            Some(j) => super::holders::prime_minister(words[j].text, role),
            None => role,
        };
        // "the Catholic leader", "the church leader": a body named before
        // a head or leader is what it heads.
        let role = match k
            .checked_sub(1)
            .and_then(|j| roles::headed_by(words[j].text))
        {
            Some(body) if matches!(role, "head" | "leader") => body,
            _ => role,
        };
        // "the Russian President": the qualified phrase decides, at "the".
        if k >= 2 && self.role_phrase(words, k - 2).is_some() {
            return None;
        }
        if let Some(named) = self.name_after_role(words, k) {
            return named;
        }
        // "the former governor", "l'ex premier", "the former Brazilian
        // leader": a holder no more, so never today's.
        // Read in the text, not in `words`: a caller may pass the words
        // from the noun on, past "the former finance" as modifiers.
        let lead = self.text.get(..noun.range.start).unwrap_or("");
        let mut back = lead
            .split_whitespace()
            .rev()
            .take(2)
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'));
        let (one, two) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
        if fused.is_some()
            || roles::is_former(one)
            || (roles::is_former(two) && !one.is_empty() && !cues::is_determiner(one))
        {
            return self.former_holder(role);
        }
        // English needs its article ("the president"): a bare "president"
        // is a title or a common noun. Other languages may drop it.
        // "the 45th and 47th president": ordinals stand between them.
        let ordinals = if words[..k].last().is_some_and(|w| cues::is_ordinal(w.text)) {
            words[..k]
                .iter()
                .rev()
                .take(3)
                .take_while(|w| cues::is_ordinal(w.text) || w.text.eq_ignore_ascii_case("and"))
                .count()
        } else {
            0
        };
        // The article may stand four words back: "the first Latin
        // American pope".
        let determined = words[(k - ordinals).saturating_sub(4)..k]
            .iter()
            .any(|w| cues::is_determiner(w.text) || w.possessive);
        // Headlines drop the article: "CEO promises …", "Kremlin leader
        // says …", a capitalised role opening the words or titled by a
        // capitalised noun before it.
        let capitalised = |w: &Word| w.text.starts_with(char::is_uppercase);
        let headline = capitalised(noun)
            && k.checked_sub(1)
                .is_none_or(|j| capitalised(&words[j]) && !cues::is_determiner(words[j].text));
        // Polish has no articles: "- podkreślił premier" (a reporting verb
        // of a language other than English right before the bare noun).
        // Nor has English machine-translated from it, where a country names
        // the office: "…”, said American president."
        let after_verb_abroad = || {
            let previous = previous_word(self.text, noun.range.start);
            if cues::is_speech_verb(previous) {
                return !crate::text::speech::is_english_speech_verb(previous);
            }
            k.checked_sub(1).is_some_and(|j| {
                roles::country_of(&fold_qualifier(words[j].text)).is_some()
                    && cues::is_speech_verb(previous_word(self.text, words[j].range.start))
            })
        };
        if noun.text.is_ascii()
            && !determined
            && !headline
            && !roles::carries_article(noun.text)
            && !after_verb_abroad()
            && !self.opens_title_clause(words, k)
        {
            return None;
        }
        let before = self.qualifier_before(words, k);
        let qualifier = before
            .clone()
            .or_else(|| country_after(words, k))
            .or_else(|| country_referred(self.text, words, k))
            .or_else(|| elect_after(words, k))
            .or_else(|| roles::compound_stem(noun.text).map(fold_qualifier));
        // "the Commission chief", "the head of the Commission": the one
        // titled with that body, whatever their title.
        if role == "head"
            && let Some(p) = self.body_head(words, k, before.as_deref())
        {
            return Some(p);
        }
        if let Some(holder) = self.named_body_holder(words, k, role) {
            return holder;
        }
        let holder = |role| self.holder_of(words, k, role, qualifier.as_deref());
        // "le chef de l'exécutif américain": an executive is headed by a
        // prime minister or chancellor where there is one, else by the
        // president of a presidential system.
        if role == "government" && self.heads_executive(words, k) {
            return holder(role).or_else(|| holder("state"));
        }
        holder(role)
    }

    /// The person a role noun at `words[k]`, read as `role` and qualified
    /// by `qualifier`, stands for here (see [`Self::role_noun`]).
    fn holder_of(
        &self,
        words: &[Word],
        k: usize,
        role: &'static str,
        qualifier: Option<&str>,
    ) -> Option<PersonId> {
        let noun = &words[k];
        // "le chef du Kremlin", "il leader tedesco": a head or leader of a
        // country is whoever leads it, a president or a chancellor; so is
        // its seat's occupant ("l'inquilino della Casa Bianca"), who is
        // nobody without the seat.
        let role = match qualifier.and_then(roles::country_of) {
            Some(_) if matches!(role, "head" | "leader" | "occupant") => "country",
            _ if role == "occupant" => return None,
            _ => role,
        };
        let holders = self.role_mentions.get_or_init(|| self.role_mentions());
        let before = holders.partition_point(|m| m.at < noun.range.start);
        // "the legacy of Pope Francis": a holder named as an object is
        // passed over for one named as a subject. "der Kanzler" is whoever
        // was named chancellor before a head of government who only fills
        // the role ("Bundeskanzler X … Regierungschefin Y … der Kanzler").
        let mut named: Vec<&RoleMention> = holders[..before]
            .iter()
            .rev()
            .filter(|m| !m.former && roles::fills(m.role, role))
            .collect();
        // An unqualified "the president" is the one the article titles so
        // without a country ("President X"), not one it names for a country
        // ("Russian President Y", "the Ukrainian president, Z"), even when
        // that one was named last.
        named.sort_by_key(|m| m.rank(role, qualifier.is_none()));
        if qualifier.is_none()
            && let Some(subject) = self.subject_among_tied(&named, role, noun.range.start)
        {
            return Some(subject);
        }
        let named = named.into_iter();
        // "the U.S. president": whoever is named so first, else the holder
        // last named, unless named for another country.
        let exact = qualifier.and_then(|q| {
            named
                .clone()
                .find(|m| {
                    m.qualifier
                        .is_some_and(|mq| same_qualifier(&fold_qualifier(mq), q))
                })
                .map(|m| m.person)
        });
        let fits =
            |p: PersonId| qualifier.is_none_or(|q| !self.named_for_another_country(p, role, q));
        // A leader described by a leaning is the report's subject before
        // anyone titled leader elsewhere: "a écrit le dirigeant
        // nationaliste" after naming a prime minister is not the party
        // leader the whole story titles so.
        exact
            .or_else(|| named.clone().map(|m| m.person).find(|&p| fits(p)))
            .or_else(|| self.leaning_leader_subject(words, k, role))
            .or_else(|| self.ranked_holder(role, &fits))
            .or_else(|| self.regnal_holder(role))
            .or_else(|| self.head_of_government(role, before, &fits))
            .or_else(|| self.team_role_subject(role, noun.range.start))
            .or_else(|| self.party_head_subject(noun.text, noun.range.start, role))
            .or_else(|| self.corpus_holder(role, qualifier))
    }

    /// "the far-right leader told reporters", "The Socialist leader called
    /// on …", "a écrit le dirigeant nationaliste": a leader described by a
    /// leaning, whom nobody here is named as, is the person the report is
    /// about, as a pronoun would name. (Letting any head of government
    /// fill it gave a party's leader to the president.) English puts the
    /// leaning before the noun, the Romance languages after it (Italian
    /// with the English noun: "il leader sovranista").
    fn leaning_leader_subject(&self, words: &[Word], k: usize, role: &str) -> Option<PersonId> {
        if role != "leader" {
            return None;
        }
        let before = k.checked_sub(1).and_then(|j| words.get(j));
        if !before
            .into_iter()
            .chain(words.get(k + 1))
            .any(|w| roles::is_leaning(w.text))
        {
            return None;
        }
        self.resolve_pronoun(words[k].range.start).speaker()
    }

    /// "chef du gouvernement", "presidente del Consiglio", "head of state":
    /// a head or president of a government or state stands for whoever
    /// heads it, whatever their title; so does a leader ("the leader of
    /// the Catholic Church").
    fn headed(&self, words: &[Word], k: usize, role: &'static str) -> &'static str {
        if !matches!(role, "head" | "president" | "leader") {
            return role;
        }
        let mut after = words_after_role(words, k);
        let Some(body) = after.find(|w| !cues::is_role_link(w.text)) else {
            return role;
        };
        // "the head of the State's executive": the possessed noun is what
        // the head heads, not its possessor, past a count ("the leader of
        // the world's 1.4 billion Catholics").
        let body = if body.possessive {
            after.find(|w| !is_count(w.text)).unwrap_or(body)
        } else {
            body
        };
        // "глава французького МВС": a lower-case adjective may come first.
        let lower = body.text.starts_with(char::is_lowercase);
        let next = after.next().filter(|_| lower);
        roles::headed_by(body.text)
            .or_else(|| roles::headed_by(next?.text))
            .unwrap_or(role)
    }

    /// Whether the head or president at `words[k]` heads an executive
    /// ("chef de l'exécutif", "capo dell'esecutivo"): the first body word
    /// [`Self::headed`] reads.
    fn heads_executive(&self, words: &[Word], k: usize) -> bool {
        words_after_role(words, k)
            .find(|w| !cues::is_role_link(w.text))
            .is_some_and(|w| roles::is_executive(w.text))
    }

    /// A capitalised adjective right before a role noun ("the *U.S.*
    /// president", "the *French* cardinal"), or an adjective of country in
    /// a language that writes it in lower case ("der *russische* Präsident",
    /// "*американский* президент"), folded ("us").
    fn qualifier_before(&self, words: &[Word], k: usize) -> Option<String> {
        let word = words.get(k.checked_sub(1)?)?;
        if cues::is_determiner(word.text) {
            return None;
        }
        // A country qualifies wherever it stands ("sagte Russlands
        // Präsident", the words after the verb opening the slice); another
        // capitalised word only inside a sentence, where its capital is its own.
        let folded = fold_qualifier(word.text);
        if roles::country_of(&folded).is_some() {
            return Some(folded);
        }
        let capitalised = word.text.chars().next().is_some_and(char::is_uppercase);
        // "Norway's Foreign Minister said", "the Chilean Interior Minister": a
        // country before a capitalised title word is the qualifier. Not
        // before "Vice": "the US Vice President" is no US president.
        if capitalised
            && !word.text.eq_ignore_ascii_case("vice")
            && let Some(country) = k
                .checked_sub(2)
                .map(|j| fold_qualifier(words[j].text))
                .filter(|c| roles::country_of(c).is_some())
        {
            return Some(country);
        }
        let opens_sentence = k < 2 || self.mention_at(word.range.start).is_some();
        (capitalised && !opens_sentence).then_some(folded)
    }

    /// Whether `person` holds `role` here or elsewhere only for a country
    /// other than `qualifier` (a country too): "Russian President Vladimir
    /// Putin" is not "the U.S. president". A club or other qualifier rules
    /// nobody out ("Liverpool manager" may be "the German manager").
    fn named_for_another_country(&self, person: PersonId, role: &str, qualifier: &str) -> bool {
        let Some(country) = roles::country_of(qualifier) else {
            return false;
        };
        let holders = self.role_mentions.get_or_init(|| self.role_mentions());
        let here = holders
            .iter()
            .filter(|m| m.person == person && !m.former && roles::fills(m.role, role))
            .filter_map(|m| m.qualifier);
        let titles = self
            .people
            .get(person.index())
            .map_or(&[][..], |p| p.roles.as_slice());
        let elsewhere = titles.iter().filter_map(|title| {
            let mut words = title.split_whitespace().rev();
            let noun = words.next()?;
            roles::role_of(noun).filter(|r| roles::fills(r, role))?;
            words.next()
        });
        let countries: Vec<&str> = here
            .chain(elsewhere)
            .filter_map(|q| roles::country_of(&fold_qualifier(q)))
            .collect();
        !countries.is_empty() && !countries.contains(&country)
    }

    /// "o capitão", "the striker": a team role nobody here is named with
    /// stands for the person the report is about, as a pronoun would.
    fn team_role_subject(&self, role: &str, at: usize) -> Option<PersonId> {
        if !roles::stands_for_the_subject(role) {
            return None;
        }
        self.resolve_pronoun(at).speaker()
    }

    /// The first word of each role of the people mentioned here; a word
    /// belongs to the most mentioned person holding it.
    pub(super) fn role_words(&self) -> HashMap<String, PersonId> {
        let mut role_words = HashMap::new();
        for &p in &self.ranked {
            for role in self
                .people
                .get(p.index())
                .map(|x| x.roles.as_slice())
                .unwrap_or(&[])
            {
                if let Some(first) = role.split_whitespace().next() {
                    role_words.entry(fold_qualifier(first)).or_insert(p);
                }
            }
        }
        role_words
    }
}

/// The words after the head or president at `words[k]` that may name what
/// it heads ("chef *de l'État*", "presidente *del Consiglio dei ministri*",
/// "leader *of the world's 1.4 billion Catholics*").
fn words_after_role<'w, 't>(words: &'w [Word<'t>], k: usize) -> impl Iterator<Item = &'w Word<'t>> {
    words.iter().skip(k + 1).take(6)
}

/// A number or its scale ("1.4", "billion", "millions"), which counts the
/// people a body is made of before naming them.
fn is_count(word: &str) -> bool {
    const SCALES: &[&str] = &["million", "millions", "billion", "billions", "milliards"];
    word.starts_with(|c: char| c.is_ascii_digit())
        || crate::text::fold::with_lower(word, |w| SCALES.contains(&w))
}
