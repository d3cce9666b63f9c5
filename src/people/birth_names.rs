//! A regnal name and the birth name it replaced are one person: "Pope
//! Francis, who an hour earlier was known as Cardinal Jorge Mario
//! Bergoglio", "Bergoglio, who will go by the name Pope Francis", "Pope Leo
//! XIV, born Robert Francis Prevost". Reports of a new pope or monarch name
//! both, and quotes are attributed to either; without this the speaker is
//! split across two people.
//!
//! Two neighbouring mentions in one sentence are linked when one is of a
//! person with a regnal title or numeral and the other of a person with an
//! ordinary full name, and the words between them end in a cue ("known as",
//! "the name", "born", "the former", or "the new" opening an apposition)
//! followed by nothing but a title ("Argentine Cardinal"). "Pope Francis praised the former president X"
//! has a lower-case word after the cue and links nothing; "Pope Francis,
//! born in Buenos Aires, met X" neither. A birth name linked to two
//! different regnal people is left alone.

use super::Person;
use super::person::absorb_people;
use super::regnal;
use crate::corpus::Corpus;
use crate::text::fold::with_lower;
use crate::text::words::is_word_char;

/// Words between the two names must be fewer than this many bytes.
const MAX_GAP: usize = 100;

/// Lower-case words that may stand between the cue and the name: articles
/// and church or court titles ("the former Cardinal", "known as Father").
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "the", "a", "an", "of", "cardinal", "archbishop", "bishop", "father", "friar", "monsignor",
    "prince", "princess", "pope", "king", "queen", "el", "la", "il", "lo", "le", "der", "die",
    "cardenal", "cardinale", "kardinal", "arzobispo", "arcivescovo", "erzbischof", "di", "de",
];

/// Articles that may open an apposition before its cue ("X, the new Pope Y").
const ARTICLES: &[&str] = &["the", "el", "il", "le", "der"];

/// Whether a person has an ordinary full name of two words or more.
fn is_birth_name(p: &Person) -> bool {
    !regnal::is_regnal(p) && p.name.split_whitespace().nth(1).is_some()
}

/// Whether the words between two mentions say the names are one person.
pub(super) fn names_one_person(gap: &str) -> bool {
    if gap.len() >= MAX_GAP || gap.contains(['!', '?', '\n', '“', '"', '«']) || gap.contains(". ")
    {
        return false;
    }
    let apposed = gap.trim_start().starts_with(',');
    let words: Vec<&str> = gap
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let cue_ends = (0..words.len()).rev().find(|&i| {
        // Whether the word before the cue, lower-cased, is one of `set`.
        let after_one_of = |set: &[&str]| {
            i.checked_sub(1)
                .is_some_and(|j| with_lower(words[j], |b| set.contains(&b)))
        };
        with_lower(words[i], |w| {
            match w {
                "as" => after_one_of(&["known"]),
                // "who is also called Y"; "X called Y" is a telephone call.
                "called" => after_one_of(&["also"]),
                // "took the name", "il nome di", never "did not name".
                "name" | "nome" | "nombre" | "nom" | "namen" => after_one_of(&[
                    "the", "papal", "his", "her", "new", "regnal", "il", "el", "le", "den",
                ]),
                "formerly" | "former" | "previously" | "ex" => true,
                w if BORN.contains(&w) => true,
                // "Cardinal X, the new Pope Y", "X, now King Y": in an
                // apposition only; "X congratulated the new Pope Y" names two.
                "new" | "now" | "nuevo" | "nuovo" | "nouveau" | "neue" | "neuer" => {
                    apposed
                        && words[..i]
                            .iter()
                            .all(|w| with_lower(w, |w| ARTICLES.contains(&w)))
                }
                _ => false,
            }
        })
    });
    let Some(cue) = cue_ends else {
        return false;
    };
    words[cue + 1..].iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || with_lower(w, |w| TITLE_WORDS.contains(&w))
    })
}

/// Whether the name at byte `start` of `text` follows "of" or its Romance
/// kin: "the Archbishop of Buenos Aires, a Jesuit, will be known as Pope
/// Francis" names a see, not the birth name.
pub(super) fn governed_by_a_preposition(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|w| {
            with_lower(w, |w| {
                matches!(
                    w,
                    "of" | "de" | "del" | "della" | "di" | "da" | "du" | "des" | "do"
                )
            })
        })
}

/// (source, start, end, person) of every mention of the people `keep`
/// picks, in text order: a cue that links two names stands between
/// neighbours of this list.
pub(super) fn sorted_mentions(
    people: &[Person],
    keep: impl Fn(usize, &Person) -> bool,
) -> Vec<(usize, usize, usize, usize)> {
    let mut mentions: Vec<(usize, usize, usize, usize)> = people
        .iter()
        .enumerate()
        .filter(|&(i, p)| keep(i, p))
        .flat_map(|(i, p)| {
            p.mentions
                .iter()
                .map(move |m| (m.source.index(), m.range().start, m.range().end, i))
        })
        .collect();
    mentions.sort_unstable();
    mentions
}

/// Merges each birth-name person into the one regnal person a cue links it to.
pub(super) fn merge_birth_names(corpus: &Corpus, people: &mut Vec<Person>) {
    let regnal: Vec<bool> = people.iter().map(regnal::is_regnal).collect();
    if !regnal.contains(&true) {
        return;
    }
    let birth: Vec<bool> = people.iter().map(is_birth_name).collect();
    let mentions = sorted_mentions(people, |i, _| regnal[i] || birth[i]);
    let mut into: Vec<Option<usize>> = vec![None; people.len()];
    let mut conflicting = vec![false; people.len()];
    for pair in mentions.windows(2) {
        let ((sa, _, end_a, a), (sb, start_b, _, b)) = (pair[0], pair[1]);
        if sa != sb || a == b || regnal[a] == regnal[b] || start_b < end_a {
            continue;
        }
        let Some(gap) = corpus
            .articles
            .get(sa)
            .and_then(|x| x.text.get(end_a..start_b))
        else {
            continue;
        };
        if !names_one_person(gap) {
            continue;
        }
        let (from, to) = if regnal[a] { (b, a) } else { (a, b) };
        let birth_start = if regnal[a] { start_b } else { pair[0].1 };
        if governed_by_a_preposition(&corpus.articles[sa].text, birth_start) {
            continue;
        }
        match into[from] {
            Some(t) if t != to => conflicting[from] = true,
            _ => into[from] = Some(to),
        }
    }
    for (i, c) in conflicting.iter().enumerate() {
        if *c {
            into[i] = None;
        }
    }
    link_born_appositions(corpus, people, &regnal, &birth, &mut into);
    absorb_people(people, &into);
}

/// Words that, right before a full name, give a birth name: the cue of a
/// birth name after a regnal one ("Gregory XVII, born Marco Bellini") and
/// of an apposition whose head is the sentence's subject ("The
/// 69-year-old, born Marco Bellini,").
const BORN: &[&str] = &[
    "born",
    "née",
    "né",
    "nato",
    "nata",
    "nacido",
    "nacida",
    "geboren",
    "урождённый",
];

/// How far back the subject of a "born" apposition is looked for, in bytes.
const MAX_HEAD: usize = 120;

/// A birth name given in an apposition whose head names nobody ("The
/// 69-year-old, born Marco Bellini, spoke in Italian", "He was born Marco
/// Bellini") is the birth name of the one regnal person its article names:
/// reports of a new pope or monarch describe him so, and quote him after it.
/// An article naming two regnal people, or a head that names someone else's
/// relative ("his mother, born Ana Ruiz"), links nothing.
fn link_born_appositions(
    corpus: &Corpus,
    people: &[Person],
    regnal: &[bool],
    birth: &[bool],
    into: &mut [Option<usize>],
) {
    // Per article, its one regnal person (None: none or several).
    let mut regnal_of: Vec<Option<Option<usize>>> = vec![None; corpus.articles.len()];
    for (i, p) in people.iter().enumerate().filter(|&(i, _)| regnal[i]) {
        for m in &p.mentions {
            let slot = &mut regnal_of[m.source.index()];
            *slot = match *slot {
                None => Some(Some(i)),
                Some(Some(j)) if j == i => Some(Some(i)),
                _ => Some(None),
            };
        }
    }
    for (i, p) in people.iter().enumerate() {
        if !birth[i] || into[i].is_some() {
            continue;
        }
        let mut to: Option<usize> = None;
        for m in &p.mentions {
            let source = m.source.index();
            let (Some(Some(r)), Some(article)) = (regnal_of[source], corpus.articles.get(source))
            else {
                continue;
            };
            if born_apposition_before(&article.text, m.range().start) {
                if to.is_some_and(|t| t != r) {
                    return;
                }
                to = Some(r);
            }
        }
        if to.is_some() {
            into[i] = to;
        }
    }
}

/// Whether the name at byte `start` of `text` follows a "born" cue that
/// opens an apposition or follows "was", with a head before it that holds
/// no possessive (someone's relative) and no other capitalised name after
/// its first word.
fn born_apposition_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let before = before.trim_end();
    let Some(cue_at) = before.rfind(|c: char| c.is_whitespace() || c == ',') else {
        return false;
    };
    let cue = &before[cue_at..].trim_start_matches([',', ' ']);
    if !with_lower(cue, |c| BORN.contains(&c)) {
        return false;
    }
    let lead = before[..cue_at].trim_end();
    let opens = lead.ends_with(',')
        || lead
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| with_lower(w, |w| matches!(w, "was" | "is")));
    if !opens {
        return false;
    }
    let lead = lead.trim_end_matches(',');
    let head_start = lead
        .char_indices()
        .rev()
        .take_while(|&(i, _)| lead.len() - i <= MAX_HEAD)
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n' | '“' | '”' | '"'))
        .map_or(lead.len().saturating_sub(MAX_HEAD), |(i, c)| {
            i + c.len_utf8()
        });
    let Some(head) = lead.get(head_start..) else {
        return false;
    };
    let mut words = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)));
    let possessive = |w: &str| {
        w.ends_with("'s")
            || w.ends_with("’s")
            || with_lower(w, |w| matches!(w, "his" | "her" | "their" | "its"))
    };
    let first_ok = words.next().is_some_and(|w| !possessive(w));
    first_ok && words.all(|w| !possessive(w) && !w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::{born_apposition_before, governed_by_a_preposition, names_one_person};

    #[test]
    fn a_born_apposition_of_a_headless_subject_gives_a_birth_name() {
        for text in [
            "The 69-year-old, born Marco Bellini",
            "Later that day the new leader of the church, born Marco Bellini",
            "He was born Marco Bellini",
            "Gregory, born Marco Bellini",
        ] {
            assert!(
                born_apposition_before(text, text.find("Marco").unwrap()),
                "{text:?}"
            );
        }
        for (text, name) in [
            ("His mother, born Ana Ruiz", "Ana"),
            ("The pontiff's mother, born Ana Ruiz", "Ana"),
            ("Ana Ruiz met Teresa Lopez, born Marco Bellini", "Marco"),
            (
                "The 69-year-old was born in Turin to Marco Bellini",
                "Marco",
            ),
            ("The 69-year-old met Marco Bellini", "Marco"),
        ] {
            let at = text.find(name).unwrap();
            assert!(!born_apposition_before(text, at), "{text:?}");
        }
    }

    #[test]
    fn cues_followed_by_a_title_link_the_names() {
        for gap in [
            ", who an hour earlier was known as Argentine Cardinal ",
            ", who will go by the name Pope ",
            " was elected pope and chose the papal name ",
            ", the former Cardinal ",
            ", born ",
            ", the new Pope ",
            ", now King ",
            ", who is also called ",
        ] {
            assert!(names_one_person(gap), "{gap:?}");
        }
    }

    #[test]
    fn other_words_after_the_cue_or_a_sentence_end_do_not() {
        for gap in [
            " praised the former president ",
            ", born in Buenos Aires, met ",
            " spoke. Later the former Cardinal ",
            " did not name ",
            " met ",
            " congratulated the new Pope ",
            ", who met the new King ",
            " called ",
        ] {
            assert!(!names_one_person(gap), "{gap:?}");
        }
    }

    #[test]
    fn a_name_after_of_is_a_place_or_body() {
        let text = "The Archbishop of Lima, a Jesuit, met Dr. Ana Ruiz";
        assert!(governed_by_a_preposition(text, text.find("Lima").unwrap()));
        assert!(!governed_by_a_preposition(text, text.find("Ana").unwrap()));
        assert!(!governed_by_a_preposition("Ana Ruiz", 0));
    }
}
