//! Evidence that a merged name is a person. Two capitalised words are not
//! one by themselves: headlines ("Lap Dogs", "Loyalists Praised") and
//! adjective–noun pairs ("Different Nordic") look the same. A person needs
//! one of: a role title on some mention ("Chancellor Friedrich Merz"), a
//! full spelling whose first word is a given name of the first-name table
//! (`assets/first_names.txt`, in either script), or a mention that is the
//! subject of a speech verb ("Kvaratskhelia said", "— сказал Навроцкий").
//! A spelling seen once with evidence carries every mention merged with it.

use std::ops::Range;
use std::sync::LazyLock;

use super::Person;
use super::appositions::described;
use super::firms;
use super::lexicon;
use super::lists;
use super::person::number_in_mention_order;
use super::place_words::word_before_space;
use super::things;
use super::title_names;
use super::word_shapes::is_capitals_word;
use crate::corpus::Corpus;
use crate::fast_hash::FastSet;
use crate::text::speech;
use crate::text::translit::{doubled_key, loose_key};
use crate::text::words::{is_word_char, last_word};

/// Given names by their loose key (transliterated, without diacritics), so
/// "Jürgen", "Jurgen" and "Юрген" find one entry. Built once.
static FIRST_NAMES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    table_names()
        .map(loose_key)
        .filter(|key| !key.is_empty() && !COUNTRY_GIVEN_NAMES.contains(&key.as_str()))
        .collect()
});

/// The table's given names by their [`doubled_key`]: how each is spelt,
/// doubled letters and all ([`is_given_name_only_folded`]). The variants
/// that are names ("Phillip", "Matthias", "Anna") have lines of their own.
static FIRST_NAME_SPELLINGS: LazyLock<FastSet<String>> =
    LazyLock::new(|| table_names().map(doubled_key).collect());

/// The given names of `assets/first_names.txt`, as written there.
fn table_names() -> impl Iterator<Item = &'static str> {
    include_str!("../../assets/first_names.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// Names of countries, continents and states (in any language) that the
/// census lists also give as given names. In news they name the place
/// ("makes America Strong", "India Today", "Georgia Power"), so they open no
/// person's name. Given names that are as often a person's ("Jordan",
/// "Israel", "Paris", "Victoria") stay.
const COUNTRY_GIVEN_NAMES: &[&str] = &[
    "america",
    "argentina",
    "asia",
    "india",
    "italia",
    "kenya",
    "georgia",
    "florida",
    // The same in the other languages' spellings ("le sénateur de Floride").
    "floride",
];

/// Case endings of given names in the Slavic languages ("Karola", "Karolem",
/// "Donalda", "Małgorzaty", "Владимира"), as loose keys, and what the
/// nominative puts in their place: nothing, or the feminine "a".
const CASE_ENDINGS: &[(&str, &str)] = &[
    ("em", ""),
    ("om", ""),
    ("ovi", ""),
    ("ie", ""),
    ("a", ""),
    ("u", ""),
    ("e", ""),
    ("i", "a"),
    ("e", "a"),
    ("u", "a"),
    ("oi", "a"),
];

/// Whether `word` is a given name of the table, in any script or spelling,
/// or one under a Slavic case ending. A compound given name is one when
/// each of its parts is a capitalised given name ("Jean-Noël", "Hans-Peter",
/// "Анна-Марія", not "German-made"); the table lists few compounds.
pub(crate) fn is_first_name(word: &str) -> bool {
    if word.contains('-') {
        let mut parts = word.split('-');
        let given = |part: &str| {
            part.chars().next().is_some_and(char::is_uppercase) && is_simple_first_name(part)
        };
        return parts.clone().count() >= 2 && parts.all(given);
    }
    is_simple_first_name(word)
}

/// Whether `word` is itself a given name of the table, in any script or
/// spelling, without reading a case ending off it ("Jair", not "Jaira").
pub(super) fn is_listed_first_name(word: &str) -> bool {
    FIRST_NAMES.contains(&loose_key(word))
}

/// [`is_first_name`] for a word without a hyphen.
fn is_simple_first_name(word: &str) -> bool {
    let key = loose_key(word);
    in_table(&FIRST_NAMES, &key) || is_portuguese_on_name(word, &key)
}

/// Whether `word` is a Portuguese given name in "-ão" that the table lists
/// in "-on" as other languages write it ("Leão"; `key` is its loose key).
fn is_portuguese_on_name(word: &str, key: &str) -> bool {
    word.ends_with("ão")
        && key.strip_suffix("ao").is_some_and(|stem| {
            stem.chars().count() >= 2 && FIRST_NAMES.contains(&format!("{stem}on"))
        })
}

/// Whether `word`, a Latin word with a doubled letter, is a given name of the
/// table only once that letter is written once ("Tariff" and "Tarif"): a
/// common word of the text more often than a spelling of the name, so the
/// scan asks whether the text writes it in lower case too. Only Latin
/// letters count as doubled: in Cyrillic, transliteration makes doubles of
/// its own ("-ий").
pub(super) fn is_given_name_only_folded(word: &str) -> bool {
    // Most words double no letter: this pass spares them the keys.
    let doubled = word
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_alphabetic() && w[0].eq_ignore_ascii_case(&w[1]));
    doubled
        && !word.contains('-')
        && is_simple_first_name(word)
        && !in_table(&FIRST_NAME_SPELLINGS, &doubled_key(word))
}

/// Whether `key` is in `table` as it is or under a Slavic case ending.
fn in_table(table: &FastSet<String>, key: &str) -> bool {
    // One buffer for the nominatives tried, not a string per case ending.
    let mut nominative_key = String::new();
    table.contains(key)
        || CASE_ENDINGS.iter().any(|(ending, nominative)| {
            key.strip_suffix(ending).is_some_and(|stem| {
                stem.chars().count() >= 3 && {
                    nominative_key.clear();
                    nominative_key.push_str(stem);
                    nominative_key.push_str(nominative);
                    table.contains(&nominative_key)
                }
            })
        })
}

/// Drops the people without evidence and numbers the rest in mention order.
/// `places` are the words the corpus uses as places ([`super::place_words`]).
pub(super) fn keep_people_with_evidence(
    corpus: &Corpus,
    people: &mut Vec<Person>,
    places: &FastSet<&str>,
) {
    let before = people.len();
    let evidenced: Vec<bool> = people
        .iter()
        .map(|p| has_evidence(corpus, p, places))
        .collect();
    let listed = lists::listed_with_people(corpus, people, &evidenced);
    let mut keep = evidenced.iter().zip(&listed).map(|(e, l)| *e || *l);
    people.retain(|_| keep.next().unwrap_or(false));
    if people.len() != before {
        number_in_mention_order(people);
    }
}

/// A role is evidence. A place word proves nothing: not as a mention next
/// to a speech verb ("Germania dichiarò"), not as the given name of a
/// spelling ("Paris Saint-Germain"), and a surname that is a place takes the
/// given name's evidence away ("Германии Украине").
fn has_evidence(corpus: &Corpus, person: &Person, places: &FastSet<&str>) -> bool {
    let place_surname = person
        .name
        .split_whitespace()
        .next_back()
        .is_some_and(|w| places.contains(w));
    let place_first = |v: &str| {
        v.split_whitespace()
            .next()
            .is_some_and(|w| places.contains(w))
    };
    let spellings: Vec<&str> = std::iter::once(&person.name)
        .chain(&person.variants)
        .map(String::as_str)
        .collect();
    if spellings.iter().all(|s| is_capitals_word(s)) {
        return false;
    }
    // A headline capitalises its verbs, so a role before one reads as a
    // title and its name ("…, President Says", "Foreign Minister Warns",
    // "What The Chancellor Said"): a reporting verb alone names no one,
    // though a full name may hold one ("Edward Said").
    if spellings
        .iter()
        .all(|s| !s.contains(' ') && speech::is_speech_verb(s))
    {
        return false;
    }
    // Asked before the roles: "British Storm Shadow missiles" reads its
    // adjective as a role.
    if things::named_somewhere_as(corpus, person, things::named_as_missile) {
        return false;
    }
    if !person.roles.is_empty() {
        return true;
    }
    if things::only_titles(&spellings)
        || things::named_only_as_thing(corpus, person)
        || things::named_somewhere_as(corpus, person, firms::named_as_firm)
    {
        return false;
    }
    (!place_surname
        && std::iter::once(&person.name)
            .chain(&person.variants)
            .any(|v| (starts_with_first_name(v) && !place_first(v)) || has_name_particle(v)))
        || person.mentions.iter().any(|m| {
            corpus.articles.get(m.source.index()).is_some_and(|a| {
                let mention = a.text.get(m.range()).unwrap_or_default();
                let place = places.contains(mention);
                // "said the Panchen Lama": a title that is a name is a
                // person's, though an article stands before it.
                let institution = mention.contains(' ')
                    && after_definite_article(&a.text, m.range().start)
                    && !title_names::is_title_name(mention);
                !place
                    && !institution
                    && (speaks(&a.text, m.range()) || described(&a.text, m.range()))
            })
        })
}

/// Definite articles, alone or joined to a preposition, in the languages
/// read. A name of several words after one is an institution or an event
/// ("the White House said", "los Juegos Olímpicos, anunció", "para o
/// Parlamento Europeu"): a person's full name takes no article in news
/// writing. Portuguese "a" is left out: it is a preposition as often.
#[rustfmt::skip]
pub(super) const DEFINITE_ARTICLES: &[&str] = &[
    "the", "el", "la", "los", "las", "del", "al", "le", "les", "du", "des", "au", "aux", "il",
    "lo", "gli", "della", "dello", "dei", "degli", "delle", "o", "os", "as", "do", "dos", "das",
    "no", "na", "nos", "nas", "die", "der", "den", "dem",
];

/// Whether the word right before byte `at` (one space between) is a
/// definite article.
fn after_definite_article(text: &str, at: usize) -> bool {
    word_before_space(text, at).is_some_and(|word| DEFINITE_ARTICLES.contains(&word))
}

/// A spelling of two or more name words whose first is a given name. A
/// particle is none, in any case ("Le Figaro", "De la Fuente").
fn starts_with_first_name(spelling: &str) -> bool {
    let mut words = spelling
        .split_whitespace()
        .filter(|w| !lexicon::is_particle_any_case(w));
    match (words.next(), words.next()) {
        (Some(first), Some(_)) => is_first_name(first),
        _ => false,
    }
}

/// A spelling with a particle that only names use between its words
/// ("Pepijn van der Berg", "Nasser bin Abdullah") or an Arabic article
/// joined to a later word ("Nasser Al-Khelaifi"): the shape of a personal
/// name. "de", "der", "von" and the like are prepositions and articles too
/// ("Ministerio de Defensa", "Prozent der Stimmen", "Einschätzung von
/// Fachleuten"), so they prove nothing.
fn has_name_particle(spelling: &str) -> bool {
    let words: Vec<&str> = spelling.split_whitespace().collect();
    let inner = |i: usize| {
        i > 0 && i + 1 < words.len() && matches!(words[i], "bin" | "ibn" | "bint" | "van" | "ter")
    };
    let arabic = |w: &str| {
        ["Al-", "al-", "El-", "el-"].iter().any(|article| {
            w.strip_prefix(article)
                .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
        })
    };
    (0..words.len()).any(|i| inner(i) || (i > 0 && arabic(words[i])))
}

/// Auxiliaries and adverbs between a subject and its reporting verb ("Trump
/// has also said", "Kelemen Hunor a également salué", "Merz hat betont").
#[rustfmt::skip]
pub(super) const BEFORE_VERB: &[&str] = &[
    "has", "had", "have", "was", "also", "later", "then", "again", "once", "a", "ha", "hat",
    "hatte", "è", "es", "está", "foi", "era", "também", "já", "aussi", "également",
    "encore", "déjà", "anche", "già", "poi", "también", "ya", "auch", "bereits", "ebenfalls",
    "dann", "też", "także", "już", "și", "deja", "также", "уже", "тоже", "теж", "вже",
];

/// Whether the name at `name` is the subject of a speech verb: the word
/// after it, maybe after an auxiliary or adverb ("Merz said", "Doué, 19,
/// told", "Trump has also said") or before it ("said Merz", "— заявил
/// Зеленский", "according to Merz" in one word: "laut Merz"), or a name
/// signing a statement at the end of its line ("… — Orbán Viktor").
fn speaks(text: &str, name: Range<usize>) -> bool {
    let (Some(before), Some(after)) = (text.get(..name.start), text.get(name.end..)) else {
        return false;
    };
    // A piece that is empty stands for punctuation: the clause ended.
    let verb_after = after
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
        .split(|c: char| !is_word_char(c))
        .take(3)
        .find(|w| !BEFORE_VERB.contains(w))
        .is_some_and(speech::is_speech_verb);
    let previous = last_word(before.trim_end());
    let signed = before.trim_end_matches(' ').ends_with(['—', '–'])
        && after
            .split('\n')
            .next()
            .is_some_and(|line| line.trim_end_matches(['.', ' ']).is_empty());
    // "commissioner of the Department of Public Safety, said": the object of
    // a preposition is not the verb's subject.
    let governed = PREPOSITIONS.contains(&previous);
    (verb_after && !governed)
        || signed
        || speech::is_speech_verb(previous)
        || speech::is_according(previous)
}

/// Prepositions whose object a capitalised name may be ("the Ministry of
/// Culture confirmed", "an official from Acme Corp said"): a verb after
/// it has another subject.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "of", "from", "by", "with", "for", "at", "in", "on", "into", "against", "about", "de", "di",
    "du", "del", "della", "dello", "von", "vom", "zum", "zur",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_are_found_in_any_spelling_or_script() {
        for name in [
            "Jürgen",
            "Jurgen",
            "KAROL",
            "Nicușor",
            "Владимир",
            "Volodymyr",
            "Karolem",
            "Małgorzaty",
            "Владимира",
            "Leão",
        ] {
            assert!(is_first_name(name), "{name}");
        }
        for word in [
            "Lap",
            "Loyalists",
            "Allianz",
            "Different",
            "Breaking",
            "Irmão",
            "",
        ] {
            assert!(!is_first_name(word), "{word}");
        }
        // A compound given name is one when each part is one.
        for name in ["Jean-Noël", "Hans-Peter", "Anne-Marie", "Анна-Марія"] {
            assert!(is_first_name(name), "{name}");
        }
        for word in [
            "Jean-Lap",
            "Baden-Württemberg",
            "Saint-Denis",
            "German-made",
            "Jean-",
            "-",
        ] {
            assert!(!is_first_name(word), "{word}");
        }
    }

    #[test]
    fn a_spelling_needs_a_given_name_and_more() {
        assert!(starts_with_first_name("Ursula von der Leyen"));
        assert!(starts_with_first_name("Rafał Trzaskowski"));
        assert!(!starts_with_first_name("Karol"), "a first name alone");
        assert!(!starts_with_first_name("Lap Dogs"));
        // A capitalised particle is no given name, though "Le" is one.
        assert!(!starts_with_first_name("Le Figaro"));
        assert!(!starts_with_first_name("Al Jazeera"));
        assert!(starts_with_first_name("Marine Le Pen"));
    }

    #[test]
    fn a_particle_inside_a_name_gives_it_a_person_s_shape() {
        for name in [
            "Pepijn van der Berg",
            "Nasser bin Abdullah",
            "Nasser Al-Khelaifi",
        ] {
            assert!(has_name_particle(name), "{name}");
        }
        for phrase in [
            "Al-Khelaifi",
            "Lap Dogs",
            "Al-shabab Base",
            "Ministerio de Defensa",
            "Prozent der Stimmen",
            "Einschätzung von Fachleuten",
        ] {
            assert!(!has_name_particle(phrase), "{phrase}");
        }
    }

    #[test]
    fn a_speech_verb_next_to_the_name_makes_it_a_speaker() {
        let at = |text: &str, name: &str| {
            let start = text.find(name).unwrap();
            speaks(text, start..start + name.len())
        };
        assert!(at("Neymar said it was over.", "Neymar"));
        assert!(at("“It is over,” said Lula.", "Lula"));
        assert!(at("«Всё», — заявил Песков.", "Песков"));
        assert!(at("Laut Merz ist das so.", "Merz"));
        assert!(at("Ann Lee has also said so.", "Ann Lee"));
        assert!(at("Kelemen Hunor, a également déclaré", "Kelemen Hunor"));
        assert!(at(
            "The talks were useful. — Orbán Viktor\nNext",
            "Orbán Viktor"
        ));
        assert!(!at("Ann Lee has also won. Said", "Ann Lee"));
        assert!(!at("Ann Lee. Said", "Ann Lee"));
        assert!(!at("— Ann Lee and others", "Ann Lee"));
        assert!(!at("Lap Dogs bark at the court.", "Lap Dogs"));
        assert!(!at("Blue Screen", "Blue Screen"));
        // The object of a preposition is not the verb's subject.
        assert!(!at("the Office of Fair Trade, said", "Fair Trade"));
        assert!(!at("the Ministry of Trade confirmed", "Trade"));
    }

    #[test]
    fn a_name_of_several_words_after_a_definite_article_is_no_person_s() {
        let at = |text: &str, name: &str| after_definite_article(text, text.find(name).unwrap());
        assert!(at(
            "acoja los Juegos Olímpicos, anunció",
            "Juegos Olímpicos"
        ));
        assert!(at("as the White House said", "White House"));
        assert!(at("para o Parlamento Europeu", "Parlamento Europeu"));
        assert!(!at("said Emmanuel Macron", "Emmanuel Macron"));
        assert!(
            !at("theory Anna Lee", "Anna Lee"),
            "a word ending in an article"
        );
        assert!(!at("Anna Lee said", "Anna Lee"));
    }

    #[test]
    fn a_country_is_no_given_name() {
        assert!(!is_first_name("America") && !is_first_name("Argentina"));
        assert!(is_first_name("Jordan") && is_first_name("Victoria"));
        assert!(!starts_with_first_name("America Strong"));
    }

    #[test]
    fn a_title_name_after_the_article_is_a_person() {
        use crate::corpus::{Article, Corpus};
        let people_in = |text: &str| {
            let text = format!("Talks\n\n{text}\n");
            let corpus = Corpus::from_articles(vec![Article::new("a", "a", text)]);
            let people = super::super::find_people(&corpus);
            people.into_iter().map(|p| p.name).collect::<Vec<String>>()
        };
        let spoken = "\"We are grateful,\" said the Karmapa Lama, who visited the \
                      monastery. Later the White House said it was pleased.";
        assert_eq!(people_in(spoken), ["Karmapa Lama"]);
        // Named as a kind of office, the title stands for no one in particular.
        let listed = "Figures such as the Karmapa Lama and other abbots must be chosen anew.";
        assert!(people_in(listed).is_empty());
    }
}
