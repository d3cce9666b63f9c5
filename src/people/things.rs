//! Mentions that name a thing the way a thing is named, not a person: after
//! an article or demonstrative ("an Orlando Democrat", "the Apollo Gallery",
//! "diese Art von Gewalt"), after a noun of the thing's kind ("the satirical
//! magazine Charlie Hebdo", "la revista satírica …", "журналом …"), or as
//! the whole of a quotation (the title «Мона Лиза»). News writes a person's
//! name bare, so a name mentioned *only* so is a title, a work, a body or a
//! noun phrase whose first word happens to be a given name; a role still
//! makes it a person. And a name opened by a capitalised article ("Le
//! Monde", "El País", "Die Welt") is a title unless a given name stands
//! before it somewhere ("Marine Le Pen").
//!
//! Closed classes only: determiners, and the nouns of the kinds of things
//! news names (publications, works, storms, operations) in each language.

use std::ops::Range;

use super::Person;
use super::evidence::DEFINITE_ARTICLES;
use super::lexicon;
use super::place_words::word_before_space;
use crate::corpus::Corpus;
use crate::text::function_words::INDEFINITE_ARTICLES;
use crate::text::marks;
use crate::text::words::is_word_char;

/// Definite articles of [`DEFINITE_ARTICLES`] that are English words too
/// ("such as Ann Lee", "do", "no", "die") or English "the", which puts
/// a person's name before a noun as a modifier ("the Ann Lee era", "the Ann
/// Lee administration") where it still names the person: after these a
/// mention may still be a person's.
/// German "den" is not among them: English writes "den" before no name ("den
/// Tod von Kirk" is "Kirk's death").
const ARTICLES_ALSO_ENGLISH: &[&str] = &["the", "as", "do", "no", "die"];

/// Determiners other than the definite articles and the indefinite ones
/// ([`INDEFINITE_ARTICLES`]): Italian articles joined to a preposition and
/// demonstratives.
#[rustfmt::skip]
const OTHER_DETERMINERS: &[&str] = &[
    "alla", "allo", "alle", "agli", "nella", "nello", "nelle", "negli", "sulla", "sullo",
    "dalla", "dallo",
    "this", "these", "those", "diese", "dieser", "dieses", "diesen", "diesem",
    "cette", "questo", "questa",
];

/// Whether `word` (as written) is a determiner other than a definite
/// article: one of [`OTHER_DETERMINERS`] or an indefinite article.
/// Portuguese and Italian "a" is left out: it is a preposition as often ("a
/// Lula").
fn is_other_determiner(word: &str) -> bool {
    OTHER_DETERMINERS.contains(&word) || (word != "a" && INDEFINITE_ARTICLES.contains(&word))
}

/// Whether the word right before byte `at` (one space between) is a
/// determiner that no person's bare name follows in news writing: a
/// definite article (less [`ARTICLES_ALSO_ENGLISH`]) or another
/// determiner ([`is_other_determiner`]). A name of several words after one is an
/// institution, an event or a work ("los Juegos Olímpicos", "eine Art von").
pub(super) fn after_determiner(text: &str, at: usize) -> bool {
    word_before_space(text, at).is_some_and(|word| {
        (DEFINITE_ARTICLES.contains(&word) && !ARTICLES_ALSO_ENGLISH.contains(&word))
            || is_other_determiner(word)
    })
}

/// Nouns of the kinds of things news names with a proper name, in the
/// languages read: publications, works of art, films and books, storms,
/// operations. Lower-case before the name ("the newspaper Le Monde", "le
/// tableau …", "uraganul …"). Slavic forms are stems (their cases vary).
#[rustfmt::skip]
const KIND_NOUNS: &[&str] = &[
    "newspaper", "magazine", "tabloid", "weekly", "daily", "journal", "painting", "portrait",
    "statue", "sculpture", "film", "movie", "book", "novel", "song", "album", "hurricane",
    "storm", "typhoon", "cyclone", "ship", "yacht", "operation",
    "journal", "quotidien", "hebdomadaire", "revue", "tableau", "livre", "roman", "chanson",
    "ouragan", "tempête", "navire", "opération",
    "periódico", "diario", "revista", "semanario", "cuadro", "pintura", "película", "libro",
    "canción", "huracán", "tormenta", "buque", "operación",
    "jornal", "quadro", "filme", "livro", "furacão", "navio", "operação",
    "giornale", "quotidiano", "settimanale", "rivista", "dipinto", "canzone", "uragano",
    "operazione",
    "ziarul", "cotidianul", "revista", "tabloul", "pictura", "filmul", "cartea", "uraganul",
    "operațiunea",
];

/// Stems of the same nouns in Polish, Russian and Ukrainian ("журналом",
/// "газеты", "dziennika", "obrazu").
#[rustfmt::skip]
const KIND_STEMS: &[&str] = &[
    "gazet", "dziennik", "tygodnik", "magazyn", "czasopism", "obraz", "huragan", "operacj",
    "газет", "журнал", "картин", "фильм", "фільм", "ураган", "операци", "операці", "издани",
    "видання", "стату",
];

/// Letters a case ending adds to a stem ("журнал|ом", "dziennik|iem"); a
/// longer tail makes another word, often a person's ("журнал|ист",
/// "dziennik|arka": a journalist).
const MAX_CASE_ENDING: usize = 2;

/// Lower-case words (adjectives, mostly) that may stand between a kind
/// noun and the name it introduces ("la revista satírica …", "le magazine
/// satirique français …").
const MAX_WORDS_AFTER_KIND: usize = 2;

/// Prepositions and conjunctions: after one, the name is no longer the
/// kind noun's own ("a film by Ann Lee", "le livre de …").
#[rustfmt::skip]
const LINKS: &[&str] = &[
    "by", "of", "from", "with", "for", "to", "at", "in", "on", "about", "and", "or", "de", "di",
    "da", "du", "des", "del", "della", "par", "pour", "por", "para", "per", "von", "vom", "mit",
    "für", "und", "et", "y", "e", "și", "z", "od", "przez", "o", "i", "от", "из", "в", "на",
    "и", "від", "з", "і",
];

/// Whether a noun of a thing's kind introduces the name at byte `at`: it
/// stands right before, or with at most [`MAX_WORDS_AFTER_KIND`] lower-case
/// words between, in the same clause.
fn after_kind_noun(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    let clause_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c) && !c.is_whitespace() && c != '-')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let words: Vec<&str> = before[clause_start..].split_whitespace().collect();
    words
        .iter()
        .rev()
        .take(MAX_WORDS_AFTER_KIND + 1)
        .take_while(|w| w.starts_with(char::is_lowercase) && !LINKS.contains(w))
        .any(|w| is_kind_noun(w))
}

fn is_kind_noun(word: &str) -> bool {
    KIND_NOUNS.contains(&word)
        || KIND_STEMS.iter().any(|stem| {
            word.strip_prefix(stem)
                .is_some_and(|ending| ending.chars().count() <= MAX_CASE_ENDING)
        })
}

/// Whether the name at `name` fills a quotation: a quote mark right before
/// and right after it (the title «Мона Лиза», „Mona Lisa“).
fn fills_quotation(text: &str, name: &Range<usize>) -> bool {
    let before = text.get(..name.start).and_then(|b| b.chars().next_back());
    let mut after = text.get(name.end..).unwrap_or_default().chars();
    // An apostrophe before a letter is a possessive ("‘Ann Lee’s Day’").
    let closes = after.next().is_some_and(marks::is_quote_mark)
        && !after.next().is_some_and(char::is_alphabetic);
    before.is_some_and(marks::is_quote_mark) && closes
}

/// Whether a noun of a thing's kind follows the name at `name` as its
/// head, with at most [`MAX_WORDS_AFTER_KIND`] lower-case words between,
/// and an article or determiner stands before it: "the Charlie Hebdo
/// satirical newspaper", "a Le Monde journal". A bare name before the noun
/// is another clause's subject as often ("Ann Lee film critics").
fn before_kind_noun(text: &str, name: &Range<usize>) -> bool {
    let determined = word_before_space(text, name.start)
        .is_some_and(|w| DEFINITE_ARTICLES.contains(&w) || is_other_determiner(w));
    let Some(after) = text.get(name.end..) else {
        return false;
    };
    let clause = after
        .split(|c: char| !is_word_char(c) && !c.is_whitespace() && c != '-')
        .next()
        .unwrap_or_default();
    determined
        && clause
            .split_whitespace()
            .take(MAX_WORDS_AFTER_KIND + 1)
            .take_while(|w| w.starts_with(char::is_lowercase) && !LINKS.contains(w))
            .any(is_kind_noun)
}

/// Whether the mention at `name` is written as a thing's name is: after a
/// determiner or a noun of a thing's kind, before a kind noun it modifies,
/// or as the whole of a quotation.
pub(super) fn named_as_thing(text: &str, name: Range<usize>) -> bool {
    let several_words = text.get(name.clone()).is_some_and(|n| n.contains(' '));
    several_words && after_determiner(text, name.start)
        || fills_quotation(text, &name)
        || after_kind_noun(text, name.start)
        || before_kind_noun(text, &name)
}

/// Nouns of missiles and rockets, which take a proper name as a person
/// never does: English puts the name before the noun ("Storm Shadow
/// missiles"), the other languages after it ("missili Storm Shadow",
/// "rakiety Storm Shadow", "ракеты Storm Shadow"). English "rocket" and
/// "drone" are verbs too ("Ann Lee rockets to the top"), so the English
/// side keeps to "missile". Slavic and Romanian forms are stems.
const MISSILE_NOUNS_AFTER: &[&str] = &["missile", "missiles"];

#[rustfmt::skip]
const MISSILE_NOUNS_BEFORE: &[&str] = &[
    "missile", "missiles", "missili", "misil", "misiles", "míssil", "mísseis", "rakete",
    "raketen", "marschflugkörper",
];

const MISSILE_STEMS_BEFORE: &[&str] = &["rachet", "rakiet", "ракет"];

/// Whether the mention at `name` names a missile: a missile noun right
/// after it, or right before it (one space between each way).
pub(super) fn named_as_missile(text: &str, name: Range<usize>) -> bool {
    let after = text.get(name.end..).and_then(|a| a.strip_prefix(' '));
    let next = after.and_then(|a| a.split(|c: char| !is_word_char(c)).next());
    let before = word_before_space(text, name.start);
    next.is_some_and(|w| MISSILE_NOUNS_AFTER.contains(&w))
        || before.is_some_and(|w| {
            MISSILE_NOUNS_BEFORE.contains(&w)
                || MISSILE_STEMS_BEFORE.iter().any(|stem| {
                    w.strip_prefix(stem)
                        .is_some_and(|ending| ending.chars().count() <= 3)
                })
        })
}

/// Whether some mention of `person` of two name words or more is named as
/// `named_as` names a firm ([`super::firms::named_as_firm`]: named after its
/// founders, it speaks and opens with a given name as a person does) or a
/// missile ([`named_as_missile`]): that mention outweighs the rest.
pub(super) fn named_somewhere_as(
    corpus: &Corpus,
    person: &Person,
    named_as: impl Fn(&str, Range<usize>) -> bool,
) -> bool {
    person.mentions.iter().any(|m| {
        corpus.articles.get(m.source.index()).is_some_and(|a| {
            a.text
                .get(m.range())
                .is_some_and(|mention| mention.contains(' ') && named_as(&a.text, m.range()))
        })
    })
}

/// Whether every mention of `person` is written as a thing's name is
/// ([`named_as_thing`]): a title, a work or a body, not a person.
/// Only mentions of two name words or more count: one word alone ("Je suis
/// Charlie", "die von Kirk gegründete") is a fragment of the thing's name
/// as it would be of a person's, so it neither makes nor unmakes a thing.
pub(super) fn named_only_as_thing(corpus: &Corpus, person: &Person) -> bool {
    let mut full = 0;
    let as_thing = person.mentions.iter().all(|m| {
        corpus.articles.get(m.source.index()).is_some_and(|a| {
            let mention = a.text.get(m.range()).unwrap_or_default();
            let name_words = mention
                .split_whitespace()
                .filter(|w| !lexicon::is_particle(w))
                .count();
            if name_words < 2 {
                return true;
            }
            full += 1;
            named_as_thing(&a.text, m.range())
        })
    });
    as_thing && full > 0
}

/// Capitalised articles that open the title of a publication, a work or a
/// body ("Le Monde", "El País", "Il Foglio", "Die Welt", "The Atlantic").
/// "Le" and "La" open surnames too ("Le Pen", "La Russa"): those come with
/// a given name before them somewhere.
const TITLE_ARTICLES: &[&str] = &[
    "The", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Die", "Der", "Das",
];

/// Whether every spelling is a title opened by an article ("Le Figaro", or
/// the article alone merged with it): no spelling puts a given name first.
pub(super) fn only_titles(spellings: &[&str]) -> bool {
    !spellings.is_empty()
        && spellings.iter().all(|s| {
            s.split_whitespace()
                .next()
                .is_some_and(|first| TITLE_ARTICLES.contains(&first))
        })
        && spellings
            .iter()
            .any(|s| s.split_whitespace().nth(1).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        named_as_thing(text, start..start + name.len())
    }

    #[test]
    fn a_name_after_a_determiner_or_kind_noun_or_filling_quotes_names_a_thing() {
        assert!(at("an Austin Democrat who ran", "Austin Democrat"));
        assert!(at("près de la Rembrandt Hall", "Rembrandt Hall"));
        assert!(!at("the Ann Lee era", "Ann Lee"));
        assert!(at("für diese Art von Lärm", "Art von Lärm"));
        assert!(at("an attack on the weekly Paul Dupont", "Paul Dupont"));
        assert!(at("la revista satírica Paul Dupont", "Paul Dupont"));
        assert!(at(
            "le magazine satirique français Paul Dupont",
            "Paul Dupont"
        ));
        assert!(at("с журналом Paul Dupont", "Paul Dupont"));
        assert!(!at("relacjonowała dziennikarka Anna Nowak", "Anna Nowak"));
        assert!(!at("сказал журналист Paul Dupont", "Paul Dupont"));
        assert!(at("hängt die berühmte „Anna Maria“ von", "Anna Maria"));
        assert!(at("как «Анна Мария» и", "Анна Мария"));
        // A person's name, bare or after a role, names a person.
        assert!(!at("said Ann Lee on Monday", "Ann Lee"));
        assert!(!at("the minister, Ann Lee, said", "Ann Lee"));
        assert!(!at("“Ann Lee is right,” he said", "Ann Lee"));
        assert!(!at("the magazine. Ann Lee said", "Ann Lee"));
        assert!(!at("a film by Ann Lee", "Ann Lee"));
        assert!(!at("he said that Ann Lee won", "Ann Lee"));
        assert!(!at("players such as Ann Lee", "Ann Lee"));
        assert!(!at("the film ‘Ann Lee’s Day’ was", "Ann Lee"));
        // A kind noun the name modifies, after an article.
        assert!(at(
            "an attack on the Paul Dupont satirical weekly in Paris",
            "Paul Dupont"
        ));
        assert!(at("nach dem Tod von Ann", "Tod von Ann"));
        assert!(at("bestätigte den Tod von Lee", "Tod von Lee"));
        assert!(!at("the Ann Lee era began", "Ann Lee"));
        assert!(!at("Ann Lee film critics said", "Ann Lee"));
        assert!(!at("the Ann Lee, a magazine editor", "Ann Lee"));
        assert!(!at("the Ann Lee interview with a newspaper", "Ann Lee"));
    }

    #[test]
    fn a_name_beside_a_missile_noun_names_a_missile() {
        let at = |text: &str, name: &str| {
            let start = text.find(name).unwrap();
            named_as_missile(text, start..start + name.len())
        };
        assert!(at("fired Gale Arrow missiles at", "Gale Arrow"));
        assert!(at("i missili Gale Arrow sono", "Gale Arrow"));
        assert!(at("rakietami Gale Arrow", "Gale Arrow"));
        assert!(at("ракеты Gale Arrow", "Gale Arrow"));
        assert!(!at("Ann Lee rockets to the top", "Ann Lee"));
        assert!(!at("Ann Lee said missiles were", "Ann Lee"));
        assert!(!at("the rakietnica Ann Lee", "Ann Lee"));
    }

    #[test]
    fn a_title_opened_by_an_article_is_no_person_without_a_given_name() {
        assert!(only_titles(&["Le Courrier", "Le"]));
        assert!(only_titles(&["El Mundo"]));
        assert!(!only_titles(&["Marine Le Pen", "Le Pen"]));
        assert!(!only_titles(&["Le"]), "an article alone is no title");
        assert!(!only_titles(&[]));
    }
}
