//! Word lists that tell names from other capitalised words: role titles,
//! name particles, and capitalised words that never start or form a name
//! (function words, days, months, place and organisation head words).
//!
//! These are closed classes of the language, not names of particular people.

use std::sync::LazyLock;

use super::fast_hash::FastSet;

/// Capitalised words that end a role title written before a name
/// ("Prime *Minister* Giorgia Meloni", "Secretary *General* Mark Rutte").
#[rustfmt::skip]
const ROLE_HEADS: &[&str] = &[
    "president", "minister", "chancellor", "secretary", "general", "sir", "dame", "lord", "lady",
    "ambassador", "representative", "senator", "sen", "governor", "gov", "mayor", "king", "queen",
    "prince", "princess", "pope", "chairman", "chairwoman", "chair", "director", "commissioner",
    "envoy", "spokesman", "spokeswoman", "spokesperson", "premier", "leader", "chief", "judge",
    "mr", "mrs", "ms", "dr", "prof", "professor", "rep", "gen", "archbishop", "bishop", "cardinal",
    "sheikh", "emir", "speaker", "colonel", "captain", "lieutenant", "sergeant", "admiral",
    "marshal", "commander", "aide", "adviser", "advisor", "official", "negotiator", "diplomat",
    "deputy", "ceo", "chairperson", "coach", "manager", "founder", "economist", "analyst",
    "correspondent", "editor", "sultan", "ayatollah", "rabbi", "imam", "father", "sister",
    "brother", "officer", "attorney", "justice", "councillor", "councilor", "lawmaker", "mp",
];

/// Lower-case words that make a role between a capitalised qualifier and a
/// name ("Kremlin *aide* Yuri Ushakov").
#[rustfmt::skip]
const LOWER_ROLES: &[&str] = &[
    "aide", "official", "spokesman", "spokeswoman", "spokesperson", "envoy", "adviser", "advisor",
    "minister", "president", "chancellor", "secretary", "leader", "chief", "ambassador",
    "negotiator", "commander", "diplomat", "senator", "governor", "mayor", "lawmaker", "analyst",
    "economist", "correspondent", "editor", "director", "founder", "spokesperson", "officer",
    "general", "premier", "counterpart", "deputy", "lawyer", "judge", "prosecutor",
];

/// Lower-case particles inside or at the head of a surname ("von der Leyen").
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn",
    "al", "el", "dos", "das", "ter", "ten", "zu",
];

/// Capitalised words that are not part of a name: sentence-initial function
/// words, pronouns, days, months, and acronyms of countries and bodies.
#[rustfmt::skip]
const NOT_NAME: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "and",
    "but", "or", "nor", "so", "yet", "if", "as", "while", "when", "where", "what", "why", "how",
    "who", "whom", "whose", "which", "that", "this", "these", "those", "there", "here", "then",
    "than", "after", "before", "since", "until", "despite", "although", "though", "because",
    "according", "still", "meanwhile", "however", "also", "following", "during", "under", "over",
    "about", "against", "between", "into", "through", "among", "amid", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "should", "may", "might", "must", "shall", "he", "she", "it", "they", "we", "i", "you", "his",
    "her", "its", "their", "our", "my", "your", "him", "them", "us", "me", "not", "no", "yes",
    "all", "some", "any", "each", "every", "both", "either", "neither", "many", "most", "more",
    "such", "other", "another", "one", "two", "three", "first", "last", "next", "new", "old",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow", "us", "uk", "eu", "un", "usa", "nato",
    "u.s", "u.k", "north", "south", "east", "west", "united", "saudi", "middle", "hong", "san",
    "los", "las", "santa", "great", "sri", "western", "eastern", "northern", "southern", "central",
    "reports", "report", "breaking", "update", "live", "watch", "read", "photo", "video",
    "editorial", "opinion", "analysis", "exclusive", "speaking", "asked", "pressed", "just", "even",
    "only", "now", "once", "again", "already", "well", "very", "mr.", "st", "later", "earlier",
    "separately", "instead", "finally", "indeed", "moreover", "overall", "tonight", "last", "thus",
    "perhaps", "maybe", "probably", "clearly",
];

/// Capitalised words that head the name of a place, body, event or thing,
/// so a sequence containing one is not a person ("Fox *News*", "Oval *Office*").
#[rustfmt::skip]
const NOT_PERSON_HEADS: &[&str] = &[
    "news", "house", "office", "war", "agreement", "social", "media", "base", "strip", "ministry",
    "commission", "council", "union", "party", "army", "forces", "force", "bank", "fund", "times",
    "post", "agency", "group", "street", "square", "summit", "conference", "day", "article",
    "region", "province", "city", "state", "states", "kingdom", "republic", "coast", "sea", "ocean",
    "island", "islands", "mountains", "airport", "university", "institute", "center", "centre",
    "network", "press", "tv", "radio", "review", "journal", "company", "corporation", "ltd", "inc",
    "club", "court", "parliament", "congress", "senate", "assembly", "department", "committee",
    "organization", "organisation", "association", "federation", "league", "cup", "games",
    "olympics", "championship", "treaty", "accord", "plan", "act", "law", "bill", "policy",
    "initiative", "program", "programme", "project", "foundation", "trust", "service", "services",
    "guard", "navy", "police", "council", "church", "hospital", "school", "college", "station",
    "hall", "palace", "tower", "bridge", "park", "river", "lake", "valley", "gulf", "peninsula",
    "desert", "air", "airlines", "airways", "motors", "energy", "oil", "gas", "security", "peace",
    "ceasefire", "guarantees", "talks", "deal", "crisis", "conflict", "revolution", "movement",
    "front", "alliance", "coalition", "government", "administration", "embassy", "consulate",
    "mission", "bureau", "authority", "board", "exchange", "market", "index", "report", "daily",
    "weekly", "herald", "tribune", "gazette", "telegraph", "guardian", "express", "mirror",
    "observer", "chronicle", "channel", "online", "digital",
];

/// Lookup sets built once: lists are scanned for every capitalised word of a
/// corpus, so a linear scan would dominate people finding.
fn set(list: &'static [&'static str]) -> FastSet<String> {
    // Lower-case and capitalised forms, so the common spellings need no
    // lower-casing (an allocation) to be looked up.
    let mut out = FastSet::default();
    for word in list {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.insert(first.to_uppercase().chain(chars).collect::<String>());
        }
        out.insert((*word).to_string());
    }
    out
}

static ROLE_HEAD_SET: LazyLock<FastSet<String>> = LazyLock::new(|| set(ROLE_HEADS));
static LOWER_ROLE_SET: LazyLock<FastSet<String>> = LazyLock::new(|| set(LOWER_ROLES));
static NOT_NAME_SET: LazyLock<FastSet<String>> = LazyLock::new(|| set(NOT_NAME));
static NOT_PERSON_SET: LazyLock<FastSet<String>> = LazyLock::new(|| set(NOT_PERSON_HEADS));

fn contains(set: &FastSet<String>, word: &str) -> bool {
    set.contains(word)
        || (word.chars().skip(1).any(char::is_uppercase) && set.contains(&word.to_lowercase()))
}

pub(super) fn is_role_head(word: &str) -> bool {
    contains(&ROLE_HEAD_SET, word)
}

pub(super) fn is_lower_role(word: &str) -> bool {
    LOWER_ROLE_SET.contains(word)
}

pub(super) fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

pub(super) fn is_not_name(word: &str) -> bool {
    contains(&NOT_NAME_SET, word)
}

pub(super) fn is_not_person_head(word: &str) -> bool {
    contains(&NOT_PERSON_SET, word)
}
