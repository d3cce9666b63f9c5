//! Word lists that tell names from other capitalised words: role titles,
//! name particles, and capitalised words that never start or form a name
//! (function words, days, months; the head words of places and bodies are
//! [`markers::NOT_PERSON_HEADS`], in every language).
//!
//! These are closed classes of the language, not names of particular people.

use std::ops::Range;
use std::sync::LazyLock;

use super::markers;
use super::places;
use super::word_shapes::is_hyphenated_title;
use crate::fast_hash::FastMap;
use crate::text::calendar;
use crate::text::fold::lower_chars;
use crate::text::roles::{self, is_german_compound_title};
use crate::text::speech;

/// Capitalised words that end a role title written before a name
/// ("Prime *Minister* Giorgia Meloni", "Secretary *General* Mark Rutte"):
/// the English core, which also gives the "-elect" forms; the other
/// languages' and more English ones are [`markers::ROLE_HEADS`].
#[rustfmt::skip]
const CORE_ROLE_HEADS: &[&str] = &[
    "president", "minister", "chancellor", "secretary", "general", "sir", "dame", "lord", "lady",
    "ambassador", "representative", "senator", "sen", "governor", "gov", "mayor", "king", "queen",
    "prince", "princess", "pope", "chairman", "chairwoman", "chair", "director", "commissioner",
    "envoy", "spokesman", "spokeswoman", "spokesperson", "premier", "leader", "chief", "judge",
    "mr", "mrs", "ms", "dr", "prof", "professor", "rep", "gen", "archbishop", "bishop", "cardinal",
    "sheikh", "emir", "speaker", "colonel", "captain", "lieutenant", "sergeant", "admiral",
    "marshal", "commander", "aide", "adviser", "advisor", "official", "negotiator", "diplomat",
    "deputy", "ceo", "chairperson", "coach", "manager", "founder", "economist", "analyst",
    "correspondent", "editor", "sultan", "ayatollah", "rabbi", "imam", "mufti", "patriarch", "father", "sister",
    "brother", "officer", "attorney", "justice", "councillor", "councilor", "lawmaker", "mp", "pm",
    "vicar", "deacon", "abbot", "monsignor", "messrs", "congressman", "congresswoman",
    "assemblyman", "assemblywoman", "councilman", "councilwoman", "alderman", "sheriff",
    // India's honorifics before a name ("Shri Narendra Modi", "Smt Droupadi Murmu").
    "shri", "shrimati", "smt",
    // A czar of a policy field ("Border Czar Ana Ruiz"), not a monarch's
    // title there ([`super::regnal`] reads the monarch's alone).
    "czar", "tsar",
];

/// Lower-case words that make a role between a capitalised qualifier and a
/// name ("Kremlin *aide* Yuri Ushakov"): the English core; more in
/// [`markers::LOWER_ROLES`].
#[rustfmt::skip]
const CORE_LOWER_ROLES: &[&str] = &[
    "aide", "official", "spokesman", "spokeswoman", "spokesperson", "envoy", "adviser", "advisor",
    "minister", "president", "chancellor", "secretary", "leader", "chief", "ambassador",
    "negotiator", "commander", "diplomat", "senator", "governor", "mayor", "lawmaker", "analyst",
    "economist", "correspondent", "editor", "director", "founder", "spokesperson", "officer",
    "general", "premier", "counterpart", "deputy", "lawyer", "judge", "prosecutor", "czar", "tsar",
];

/// Lower-case particles inside or at the head of a surname ("von der Leyen").
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn",
    "al", "el", "dos", "das", "ter", "ten", "zu", "lo",
];

/// Capitalised words that are not part of a name: sentence-initial function
/// words, pronouns, days, months, and acronyms of countries and bodies.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
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
    "perhaps", "maybe", "probably", "clearly", "almighty", "emeritus", "hail",
    // The EU and the UN in the Romance languages and Polish ("l'UE",
    // "ONU", "ONZ"); the United States are among the countries.
    "ue", "onu", "onz",
];

/// What the lists say about one word, as bits: one look-up answers every
/// question the name scanner asks about a word.
pub(super) type Lex = u16;

/// A word of a run: its span and lexicon bits.
pub(super) type Word = (Range<usize>, Lex);
/// Ends a role title; matched case-insensitively for all-caps words.
pub(super) const ROLE_HEAD: Lex = 1;
/// Not part of a name; matched case-insensitively for all-caps words.
pub(super) const NOT_NAME: Lex = 2;
/// Heads a place or body; matched case-insensitively for all-caps words.
pub(super) const NOT_PERSON: Lex = 4;
/// A lower-case role word, as written (or capitalised).
pub(super) const LOWER_ROLE: Lex = 8;
/// A surname particle, exactly as written (lower case only).
pub(super) const PARTICLE: Lex = 16;
/// Qualifies a name (nation, party): joins a role, else leaves the name.
pub(super) const QUALIFIER: Lex = 32;

/// A lower-case role that titles only a full name ("prezydent Karol
/// Nawrocki", never "prezydent Warszawy").
pub(super) const FULL_NAME_ROLE: Lex = 64;
/// Opens the name of a street, building or landmark ("Torre Eiffel").
pub(super) const PLACE_OPENER: Lex = 128;
/// A lower-case role that titles a lone surname as well as a full name
/// ("il presidente Mattarella"): the languages that join a governed body
/// with a preposition ([`markers::LOWER_ROLES_ROMANCE`]).
pub(super) const SURNAME_ROLE: Lex = 256;
/// A lower-case role that governs a body in the genitive right after it
/// ([`markers::LOWER_ROLES_ABROAD`]): it titles a lone word only of a
/// nominative surname's shape ("prezydent Nawrocki", not "prezydent
/// Warszawy").
pub(super) const GENITIVE_ROLE: Lex = 512;

/// Bits that a lower-cased all-caps or camel-case word may contribute.
const FOLDABLE: Lex = ROLE_HEAD | NOT_NAME | NOT_PERSON | QUALIFIER | PLACE_OPENER;

/// Which (first two bytes, length) combinations occur among some words: a
/// word of any other shape is none of them, and this tells without hashing
/// (most words of a text are in no list).
struct ShapeFilter(Box<[u64; 1024]>);

impl ShapeFilter {
    fn slot(word: &str) -> (usize, u64) {
        let b = word.as_bytes();
        let first = usize::from(b.first().copied().unwrap_or(0) & 31);
        let second = usize::from(b.get(1).copied().unwrap_or(0) & 31);
        (first * 32 + second, 1 << word.len().min(63))
    }

    fn add(&mut self, word: &str) {
        let (slot, bit) = Self::slot(word);
        self.0[slot] |= bit;
    }

    fn may_hold(&self, word: &str) -> bool {
        let (slot, bit) = Self::slot(word);
        self.0[slot] & bit != 0
    }
}

/// Every listed word in its lower-case and capitalised forms, with its bits.
/// The lists are scanned for every word of a corpus, so they are one hash
/// map (and most words are looked up once).
struct Lexicon {
    words: FastMap<Box<str>, Lex>,
    /// Shapes of all the words.
    any: ShapeFilter,
    /// Shapes of the particles and lower-case roles, the only words the
    /// scanner looks up among the lower-case words of a text.
    lower: ShapeFilter,
}

impl Lexicon {
    fn build() -> Self {
        let mut words: FastMap<Box<str>, Lex> = FastMap::default();
        let mut add = |word: &str, bits: Lex| *words.entry(word.into()).or_default() |= bits;
        let countries: Vec<&str> = roles::country_names().collect();
        for (list, bits) in [
            (CORE_ROLE_HEADS, ROLE_HEAD),
            (CORE_LOWER_ROLES, LOWER_ROLE),
            (NOT_NAMES, NOT_NAME),
            // "Selon Maria Lopez": the marker opens no name.
            (speech::ACCORDING, NOT_NAME),
            (markers::ROLE_HEADS, ROLE_HEAD),
            (markers::LOWER_ROLES, LOWER_ROLE),
            (
                markers::LOWER_ROLES_ABROAD,
                LOWER_ROLE | FULL_NAME_ROLE | GENITIVE_ROLE,
            ),
            (markers::LOWER_KIN_ABROAD, LOWER_ROLE | FULL_NAME_ROLE),
            (
                markers::LOWER_ROLES_ROMANCE,
                LOWER_ROLE | FULL_NAME_ROLE | SURNAME_ROLE,
            ),
            (markers::QUALIFIERS, QUALIFIER),
            // A country left before a name is dropped ("in Ucraina Merz ha
            // annunciato", "przywódca Rosji Władimir Putin"); a name that
            // holds one is a place's ("La Germania").
            (&countries, QUALIFIER | NOT_PERSON),
            (markers::NOT_PERSON_HEADS, NOT_PERSON),
            (places::PLACE_OPENERS, PLACE_OPENER),
            (places::STREETS, PLACE_OPENER),
        ] {
            for word in list {
                // Lower-case and capitalised forms, so the common spellings
                // need no lower-casing (an allocation) to be looked up.
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    add(&first.to_uppercase().chain(chars).collect::<String>(), bits);
                }
                add(word, bits);
            }
        }
        // A role in the plural titles the names after it ("Justices Ana
        // Ruiz and Ole Dahl") and is never a name itself ("my brother
        // Cardinals"). A role won but not yet taken titles the name after
        // it as the role does ("Mayor-elect Ana Ruiz", "governor-elect Ole
        // Dahl"): else the title is read as the first word of the name.
        let derived = CORE_ROLE_HEADS
            .iter()
            .filter(|w| w.len() > 3)
            .map(|w| (format!("{w}s"), ROLE_HEAD))
            .chain(
                CORE_ROLE_HEADS
                    .iter()
                    .map(|w| (format!("{w}-elect"), ROLE_HEAD)),
            )
            .chain(
                CORE_LOWER_ROLES
                    .iter()
                    .map(|w| (format!("{w}-elect"), LOWER_ROLE)),
            );
        for (form, bits) in derived {
            let mut chars = form.chars();
            if let Some(first) = chars.next() {
                add(
                    &format!("{}{}", first.to_ascii_uppercase(), chars.as_str()),
                    bits,
                );
            }
            add(&form, bits);
        }
        for word in PARTICLES.iter().chain(markers::CYRILLIC_PARTICLES) {
            add(word, PARTICLE);
        }
        // Capitalised only: some are lower-case surname particles too.
        // A date stamp's one-word opener glued to a byline's name.
        let stamp_words = calendar::STAMP_OPENERS.iter().filter(|w| !w.contains(' '));
        for word in markers::FUNCTION_WORDS.iter().chain(stamp_words) {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                add(
                    &first.to_uppercase().chain(chars).collect::<String>(),
                    NOT_NAME,
                );
            }
        }
        let mut any = ShapeFilter(Box::new([0; 1024]));
        let mut lower = ShapeFilter(Box::new([0; 1024]));
        for (word, bits) in &words {
            any.add(word);
            if bits & (PARTICLE | LOWER_ROLE) != 0 {
                lower.add(word);
            }
        }
        Lexicon { words, any, lower }
    }

    fn exact(&self, word: &str) -> Lex {
        if !self.any.may_hold(word) {
            return 0;
        }
        self.words.get(word).copied().unwrap_or(0)
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// Whether `word` is the plural of a role head the lists derive it from
/// ("Leaders", "Justices"), not a role that ends in "s" itself ("Mrs").
pub(super) fn is_plural_role_head(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    // The lists derive plurals of stems longer than three letters only.
    stem.len() > 3 && CORE_ROLE_HEADS.iter().any(|h| stem.eq_ignore_ascii_case(h))
}

/// The bits of `word` as written: enough for words that start in lower case.
pub(super) fn exact(word: &str) -> Lex {
    LEXICON.exact(word)
}

/// The [`PARTICLE`] and [`LOWER_ROLE`] bits of `word` (other bits may be missing).
pub(super) fn lower_case(word: &str) -> Lex {
    let lex = &*LEXICON;
    if !lex.lower.may_hold(word) {
        return 0;
    }
    lex.exact(word)
}

/// The bits of `word`, also looking up the lower-cased form of words with a
/// capital after the first letter ("NATO", "US"), for the case-insensitive lists.
pub(super) fn lookup(word: &str) -> Lex {
    let lex = &*LEXICON;
    let mut bits = lex.exact(word);
    // A German compound title ("Kremlchef", "Ex-Kanzler") is a role head
    // the lists cannot hold: the stems are open-ended.
    if bits == 0
        && (is_german_compound_title(word)
            || is_hyphenated_title(word, |part| lex.exact(part) & ROLE_HEAD != 0))
    {
        bits = ROLE_HEAD;
    }
    if bits == 0 && has_thing_ending(word) {
        bits = NOT_PERSON;
    }
    let inner_capital = match word.as_bytes().get(1..) {
        Some(rest) if rest.is_ascii() => rest.iter().any(u8::is_ascii_uppercase),
        _ => word.chars().skip(1).any(char::is_uppercase),
    };
    if !inner_capital {
        return bits;
    }
    // The word is folded to its capitalised form ("IL" → "Il", "NATO" →
    // "Nato"): every list holds that form, and the other languages'
    // function words hold only it, so an all-caps heading's "IL" or "PER"
    // opens no name as "Il" and "Per" do not. Short ASCII words (nearly
    // every acronym) are folded on the stack.
    let mut buf = [0u8; 32];
    let folded = if word.is_ascii() && word.len() <= buf.len() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        if let Some(first) = buf.first_mut() {
            first.make_ascii_uppercase();
        }
        lex.exact(std::str::from_utf8(buf).unwrap_or_default())
    } else {
        let mut chars = lower_chars(word);
        let capitalised: String = chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        lex.exact(&capitalised)
    };
    bits | (folded & FOLDABLE)
}

/// Capitalised words whose ending no given name or surname takes at their
/// length, in one language each: a run holding one is a thing's, not a
/// person's. `(endings, fewest bytes)`.
#[rustfmt::skip]
const THING_ENDINGS: &[(&[&str], usize)] = &[
    // German abstract and collective nouns ("Amtseinführung", "Freiheit",
    // "Regierungsmannschaft"): German capitalises every noun, so "Donald
    // Trumps Amtseinführung" (Trump's inauguration) reads as one capitalised
    // run. Abstract nouns are long; "Jung" and "Young" are names.
    (&["ung", "heit", "keit", "schaft"], 8),
    // Neuter and plural endings of Polish adjectives ("Prezydenckie",
    // "Europejskie"): capitalised in titles and names of things, but a
    // surname in -ski or -cki never takes them (a family is "Kowalscy").
    // Long enough that "Mackie" and "Buckie" stay names.
    (&["skie", "ckie"], 9),
    // Plural agent nouns of Russian, Ukrainian and Polish ("Сторонники
    // Трампа", "Співробітники Ермітажу", "Przedstawiciele Kremla": supporters,
    // staff, representatives), capitalised at a sentence's head before the
    // genitive of whom they serve: a group, never a given name or surname
    // (a family's plural is "-ские", "Kowalscy"). A consonant before
    // "-ники" and "-ители" rather than "-тели", so the genitive of a given
    // name ("Вероники", "Моники") and the Georgian "Церетели" stay names.
    (&["тники", "вники", "нники", "дники", "сники", "зники", "щники", "льники", "ители",
       "ятели", "ителі", "nicy", "ciele"], 9),
];

/// Whether a capitalised word has one of [`THING_ENDINGS`] at its length.
fn has_thing_ending(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && THING_ENDINGS.iter().any(|(endings, min_bytes)| {
            word.len() >= *min_bytes && endings.iter().any(|e| word.ends_with(e))
        })
}

/// Whether `word`, as written, is one of [`markers::ROLE_ADJECTIVES`].
pub(super) fn is_role_adjective(word: &str) -> bool {
    markers::ROLE_ADJECTIVES.contains(&word)
}

pub(super) fn is_particle(word: &str) -> bool {
    exact(word) & PARTICLE != 0
}

/// Whether a written word is a surname particle in any case ("Al", "De",
/// "Le"): capitalised, it opens a bare surname ("Le Pen") or a title ("Le
/// Figaro"), never a given name.
pub(super) fn is_particle_any_case(word: &str) -> bool {
    // Particles are short ASCII words: others need no lower-casing, and
    // these are lower-cased on the stack (this is asked of every run).
    word.len() <= 5 && word.is_ascii() && crate::text::fold::with_lower(word, is_particle)
}

/// The words of `run` (split at single spaces) with their bits, as the
/// scanner hands a run over, the first starting at byte `at` of its text:
/// for the tests of the rules that read runs.
#[cfg(test)]
pub(super) fn run_at(at: usize, run: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut at = at;
    for w in run.split(' ') {
        words.push((at..at + w.len(), lookup(w)));
        at += w.len() + 1;
    }
    words
}

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
