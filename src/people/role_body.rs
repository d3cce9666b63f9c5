//! What a role governs: the place or body written between the role and the
//! name ("prezydent Warszawy Rafał Trzaskowski", "il portavoce
//! del Cremlino …"), which belongs to the role, and the prepositions that
//! open it, which belong to no name.

use std::ops::Range;

use super::evidence::is_first_name;
use super::lexicon::{self, Lex, Word};
use super::word_shapes::{is_acronym, is_generational_suffix};
use crate::text::roles;
use crate::text::translit::is_cyrillic_letter;
use crate::text::words::after_last_space;

/// Romance prepositions that join a role to the place or body it governs
/// ("Presidente de la República", "Presidente da República", "ministre des
/// Armées").
pub(super) fn governed_by_role(word: &str) -> bool {
    matches!(
        word,
        "de" | "del" | "della" | "di" | "du" | "des" | "da" | "do"
    )
}

/// Whether the first of `words` is no given name but the next one is, with a
/// surname after it: the first is then a body or place that a role before it
/// governs ("Sejmu" in "Marszałek Sejmu Szymon Hołownia"), not a name word.
pub(super) fn body_before_full_name(text: &str, words: &[Word]) -> bool {
    let plain = |i: usize| words.get(i).is_some_and(|w| w.1 & lexicon::PARTICLE == 0);
    plain(0)
        && plain(1)
        && words.len() >= 3
        && is_first_name(&text[words[1].0.clone()])
        && !is_first_name(&text[words[0].0.clone()])
}

/// How many words open `words` as the body a role before them governs,
/// when that body has several words ("Sekretarz *Stanu USA* Marco Rubio",
/// "Wiceminister *Spraw Zagranicznych* Anna Nowak"): up to three words,
/// none a given name, then a given name with a surname after it. A body
/// never holds a given name, so the given name is where the name starts;
/// 0 when no given name and surname follow such words.
pub(super) fn body_words_before_full_name(text: &str, words: &[Word]) -> usize {
    let plain = |i: usize| words.get(i).is_some_and(|w| w.1 & lexicon::PARTICLE == 0);
    let given = |i: usize| is_first_name(&text[words[i].0.clone()]);
    // A body word may read as a given name under a case ending ("Stanu",
    // "Stan" declined); an acronym closing the body ("Stanu USA") shows it
    // is one, as no acronym stands between a person's given names.
    let closed_by_acronym = |k: usize| is_acronym(&text[words[k - 1].0.clone()]);
    (1..=MAX_BODY_WORDS)
        .take_while(|&k| plain(k - 1))
        .find(|&k| {
            plain(k) && plain(k + 1) && given(k) && (closed_by_acronym(k) || !(0..k).any(given))
        })
        .unwrap_or(0)
}

/// The most words a body between a role and a name takes ("Spraw
/// Zagranicznych i Administracji" is cut by its "i" before this matters).
const MAX_BODY_WORDS: usize = 3;

/// Prepositions that join a title to the body it governs and are no
/// surname particle, so the body's run starts after them ("Chief *of*
/// Staff", "Minister *for* Foreign Affairs", "Secretary *of the* Treasury",
/// "ministre *des* Finances", "Minister *für* Wirtschaft", "ministro
/// *degli* Esteri").
const TITLE_PREPOSITIONS: &[&str] = &[
    " of ",
    " for ",
    " of the ",
    " for the ",
    " des ",
    " für ",
    " dei ",
    " degli ",
    " delle ",
];

/// A run right after a role and a preposition ("Chief of *Staff Ann
/// Lee*", "Minister for *Foreign Affairs Ann Lee*", "le ministre des
/// *Finances Ann Lee*"): the words before a given name complete the title,
/// not the name. The role is a capitalised role head or a lower-case role.
/// Returns the role (from its head word) and where the name starts; `None`
/// when the run does not follow such a title or holds no given name with a
/// surname after it.
pub(super) fn of_title_before_name(text: &str, words: &[Word]) -> Option<(Range<usize>, usize)> {
    let start = words.first()?.0.start;
    let head_start = title_start(text.get(..start)?)?;
    let given = (1..words.len().saturating_sub(1))
        .find(|&i| words[i].1 == 0 && is_first_name(&text[words[i].0.clone()]))?;
    Some((head_start..words[given - 1].0.end, given))
}

/// Where the title that `before` ends in, with its preposition, starts:
/// the role head before the preposition ("Chief of "), or one further back
/// when the preposition closes a body that title governs, so two bodies
/// follow the role ("Secretary of State for ", "Minister of Foreign
/// Affairs of "). A body is up to [`MAX_BODY_WORDS`] capitalised words.
fn title_start(before: &str) -> Option<usize> {
    let before = joined_body(before).unwrap_or(before);
    let (inner, head) = before_preposition(before)?;
    if is_title_head(&inner[head..]) {
        return Some(head);
    }
    let mut at = head;
    for _ in 0..MAX_BODY_WORDS {
        if !inner[at..].starts_with(char::is_uppercase) {
            return None;
        }
        if let Some((outer, head)) = before_preposition(&inner[..at]) {
            return is_title_head(&outer[head..]).then_some(head);
        }
        let prev = inner[..at].strip_suffix(' ')?;
        at = prev.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    }
    None
}

/// When `before` ends in a body and "and" that open the body the run goes
/// on with ("Minister of *Health and* Social Care Ann Lee", "Minister for
/// *Rural and* Urban Affairs Ann Lee"), `before` up to that first body:
/// the title's preposition ends it. `None` otherwise.
fn joined_body(before: &str) -> Option<&str> {
    let inner = before
        .strip_suffix(" and ")
        .or_else(|| before.strip_suffix(" & "))?;
    let mut at = inner.rfind(' ').map_or(0, |i| i + 1);
    for _ in 0..MAX_BODY_WORDS {
        if !inner[at..].starts_with(char::is_uppercase) {
            return None;
        }
        if before_preposition(&inner[..at]).is_some() {
            return Some(&inner[..at]);
        }
        let prev = inner[..at].strip_suffix(' ')?;
        at = prev.rfind(' ').map_or(0, |i| i + 1);
    }
    None
}

/// `text` without the title preposition it ends in, and where its last
/// word starts.
fn before_preposition(text: &str) -> Option<(&str, usize)> {
    let inner = TITLE_PREPOSITIONS
        .iter()
        .find_map(|p| text.strip_suffix(p))?;
    Some((inner, inner.rfind(char::is_whitespace).map_or(0, |i| i + 1)))
}

/// Whether `head` heads a title: a capitalised role head or a lower-case role.
fn is_title_head(head: &str) -> bool {
    if head.starts_with(char::is_uppercase) {
        lexicon::lookup(head) & lexicon::ROLE_HEAD != 0
    } else {
        lexicon::lower_case(head) & lexicon::LOWER_ROLE != 0
    }
}

/// A lower-case role and the run after it: the place or body the role
/// governs comes first in many languages ("prezydent Warszawy Rafał
/// Trzaskowski", "sindaco di Varsavia Rafał …") and joins the role when a
/// given name follows it; a run that opens with a particle ("il presidente
/// della Repubblica") or is one acronym ("kandydat KO", "prezes IPN") is no
/// name the role titles.
///
/// One word after the body is a bare surname ("il portavoce del Cremlino
/// Peskov"), but a body of two words reads the same ("il presidente della
/// Repubblica Italiana"), so the word goes untitled: it names someone only
/// as the surname of a person named in full. A Slavic body takes no
/// preposition but the genitive ("пресс-секретарь Кремля Песков"), and its
/// ending tells it from a given name, so there the role stays.
pub(super) fn role_complement<'w>(
    text: &str,
    words: &'w [Word],
    role: Range<usize>,
) -> (&'w [Word], Option<Range<usize>>) {
    let word = |i: usize| &text[words[i].0.clone()];
    let lead = words
        .iter()
        .take_while(|w| w.1 & lexicon::PARTICLE != 0)
        .count();
    // A country's name carries both bits and is a body like any other
    // ("prezydent Niemiec Frank-Walter Steinmeier", "президент Украины").
    let country = lexicon::QUALIFIER | lexicon::NOT_PERSON;
    let plain_or_country = |bits: Lex| bits == 0 || bits == country;
    // After a preposition one word the lists hold as no name's or as a
    // body's head, then a full name that ends the run: the word is the
    // body the role governs ("il segretario generale della *Nato* Ann
    // Lee", "o secretário-geral da *Aliança* Ann Lee"), as a plain word
    // would be.
    let listed_body = |bits: Lex| {
        lead > 0
            && words.len() == lead + 3
            && bits & (lexicon::NOT_NAME | lexicon::NOT_PERSON) != 0
            && bits & !(country | lexicon::NOT_NAME) == 0
    };
    // A government or state a head or president heads is a body even
    // where a rare given name spells it ("presidente del Consiglio Maria …"),
    // and so is the city a mayor governs ("sindaco di *Roma* Roberto …").
    let body = |i: usize| {
        roles::headed_by(word(i)).is_some()
            || !is_first_name(word(i))
            || (lead > 0 && place_before_full_name(text, words, i, &role))
    };
    if words.len() >= lead + 3
        && (plain_or_country(words[lead].1) || listed_body(words[lead].1))
        && body(lead)
        && is_first_name(word(lead + 1))
    {
        return (&words[lead + 1..], Some(role.start..words[lead].0.end));
    }
    // "ministre de la Santé Ann Wolnik": after an article the body's first
    // word is no given name, whatever the table says (Sante).
    if lead > 0
        && let Some(given) = given_name_after_article(text, &words[lead - 1..])
    {
        let given = lead - 1 + given;
        return (&words[given..], Some(role.start..words[given - 1].0.end));
    }
    if let Some(given) = body_then_full_name(text, &words[lead..]) {
        let given = lead + given;
        return (&words[given..], Some(role.start..words[given - 1].0.end));
    }
    // The cheap tests first: `is_first_name` builds a key, and two-word
    // names after a lower-case role are common.
    let body_then_surname = words.len() == lead + 2
        && words[lead].1 & !country == 0
        && words[lead + 1].1 == 0
        && (lead > 0 || is_slavic_genitive(word(0)))
        && !is_first_name(word(lead))
        && !is_first_name(word(lead + 1));
    if body_then_surname && lead > 0 {
        return (&words[lead + 1..], None);
    }
    if body_then_surname {
        return (&words[1..], Some(role.start..words[0].0.end));
    }
    // "прем'єрка Ісландії Гвюдрун Ейнарсдоттір": a Cyrillic body in the
    // genitive, then two Cyrillic words, a full name whose transcribed
    // given name no table knows: the body is the role's, as before a
    // known given name.
    if lead == 0
        && words.len() == 3
        && words.iter().all(|w| w.1 & !country == 0)
        && is_slavic_genitive(word(0))
        && [word(1), word(2)]
            .iter()
            .all(|w| w.chars().all(is_cyrillic_letter))
        && !is_first_name(word(0))
    {
        return (&words[1..], Some(role.start..words[0].0.end));
    }
    if lead > 0 || (words.len() == 1 && is_acronym(word(0))) {
        return (words, None);
    }
    (words, Some(role))
}

/// Whether the word at `at` is the place or body that `role` governs, though
/// the table gives it as a given name ("il sindaco di *Roma* Roberto
/// Gualtieri", "le maire de *Paris* Anne Hidalgo", "l'allenatore del *Milan*
/// Ann Lee"): a full name follows it and ends the run, and the role is one
/// that governs a place, a body or a club. A spokesperson, an adviser or an
/// envoy may be someone's, whose name a given name may open ("la portavoce
/// di Anna Maria Rossi"), so there the word stays a given name.
pub(super) fn place_before_full_name(
    text: &str,
    words: &[Word],
    at: usize,
    role: &Range<usize>,
) -> bool {
    let word = |i: usize| &text[words[i].0.clone()];
    // The surname may open with particles ("Ugo Lo Vetro", "Ana de Souza").
    let surname = words.len().saturating_sub(1);
    words.len() >= at + 3
        && words[at + 1].1 == 0
        && words[surname].1 == 0
        && (at + 2..surname).all(|i| lexicon::is_particle_any_case(word(i)))
        && is_first_name(word(at + 1))
        && !is_first_name(word(surname))
        && governs_a_place(text.get(role.clone()).unwrap_or_default())
}

/// Whether the role written `role` (its noun last) governs a place, a body
/// or a club rather than a person: see [`place_before_full_name`].
fn governs_a_place(role: &str) -> bool {
    let noun = role.rsplit(' ').next().unwrap_or_default();
    roles::role_of(noun).is_some_and(|kind| {
        !matches!(
            kind,
            "spokesperson" | "adviser" | "envoy" | "counterpart" | "occupant" | "candidate"
        )
    })
}

/// Where the given name starts when `words` (after a lower-case role and
/// the particles that open what it governs) are a body of two or three
/// words and then a given name and a surname ("reporterul *CBS News*
/// Jennifer Jacobs", "la portavoce della *Casa Bianca* Karoline Leavitt",
/// "ministrul *Apărării Naționale* Ion Pop"). The body may hold a word the
/// table gives as a name ("Bianca"), so the name is read from the end: the
/// last two words, a given name and a plain word that is none. A body
/// never opens with a given name: "Anna Maria Nowak" is one person's.
fn body_then_full_name(text: &str, words: &[Word]) -> Option<usize> {
    full_name_after_body(text, words).filter(|_| !is_first_name(&text[words[0].0.clone()]))
}

/// Where the given name starts when `words` are two or three words without
/// a particle, then a given name and a plain word that is none: the shape
/// [`body_then_full_name`] reads, whatever the body's first word is.
fn full_name_after_body(text: &str, words: &[Word]) -> Option<usize> {
    let n = words.len();
    if !(2..=MAX_BODY_WORDS).contains(&n.checked_sub(2)?) {
        return None;
    }
    let (given, surname) = (&words[n - 2], &words[n - 1]);
    let word = |w: &Word| &text[w.0.clone()];
    let body = &words[..n - 2];
    (given.1 & (lexicon::NOT_PERSON | lexicon::NOT_NAME | lexicon::PARTICLE) == 0
        && surname.1 == 0
        && body.iter().all(|w| w.1 & lexicon::PARTICLE == 0)
        && is_first_name(word(given))
        && !is_first_name(word(surname)))
    .then_some(n - 2)
}

/// A capitalised Cyrillic noun in the genitive, as the body a role governs
/// takes it ("Кремля", "России", "України"), or an acronym ("США", "МИД").
/// Given names end otherwise, and the feminine ones in "-а" or "-я" are in
/// the first-name table, which the caller checks first.
fn is_slavic_genitive(word: &str) -> bool {
    let cyrillic = word.chars().all(is_cyrillic_letter);
    cyrillic && (is_acronym(word) || word.ends_with(['а', 'я', 'ы', 'и', 'і', 'ї', 'у', 'ю']))
}

/// A run without the particles that open it when a given name follows
/// them: there they are prepositions ("a cobrança de Bruno Fernandes", "la
/// victoire de Nicușor Dan"), where a surname's own particle comes after
/// the given name or before a surname alone ("de Gaulle", "von der Leyen").
/// Capitalised, such a word opens a byline or a sentence ("Von Anna Berg,
/// dpa"); one that is also a given name of the table ("Al", "Van", "De")
/// stays the name's.
///
/// After a Romanian genitive article the body a role governs comes first,
/// then the holder's full name ("purtătorul de cuvânt *al Kremlinului*
/// Dmitri Peskov", "purtătoarea de cuvânt *a Casei Albe* Ana Pop"): the
/// body is no part of the name, so the run starts at the given name.
pub(super) fn after_preposition<'w>(text: &str, words: &'w [Word]) -> &'w [Word] {
    let preposition = |w: &Word| {
        let word = &text[w.0.clone()];
        w.1 & lexicon::PARTICLE != 0
            || (lexicon::is_particle_any_case(word) && !is_first_name(word))
    };
    let lead = words.iter().take_while(|w| preposition(w)).count();
    if lead > 0
        && let Some(given) = given_name_after_article(text, &words[lead - 1..])
    {
        return &words[lead + given - 1..];
    }
    if lead > 0 && words.len() >= lead + 2 && is_first_name(&text[words[lead].0.clone()]) {
        return &words[lead..];
    }
    let genitive = match lead {
        // "al" is a particle too ("al-Assad"); here it opens the run.
        0 => words
            .first()
            .is_some_and(|w| after_genitive_article(text, w.0.start)),
        1 => &text[words[0].0.clone()] == "al",
        _ => false,
    };
    if !genitive {
        return words;
    }
    // The article governs a body, never a person's nominative name, so a
    // body word the table also gives as a name ("Casei" keys as "Casey",
    // "Albe" as "Alba" declined) must not hide the given name after it: the
    // name is read from the end, as after a role.
    match body_words_before_full_name(text, &words[lead..]) {
        0 => {
            full_name_after_body(text, &words[lead..]).map_or(words, |given| &words[lead + given..])
        }
        body => &words[lead + body..],
    }
}

/// Lower-case articles (and a preposition fused with one) that the lexicon
/// reads as surname particles ("de *la* Fuente", "*del* Bosque"): before
/// a capitalised word they determine a noun, a body or a place ("de la
/// Santé", "della Salute", "der Grünen"), where a person's name takes none.
const ARTICLES: &[&str] = &["la", "le", "el", "del", "della", "du", "dos", "das", "der"];

/// Whether `word` is one of the [`ARTICLES`], as written.
fn is_article(word: &str) -> bool {
    ARTICLES.contains(&word)
}

/// Where the given name starts in `words` when the first is an article, the
/// second the noun it determines, and a full name follows ("la *Santé*
/// Ann F. Wolnik", "de la *Maison-Blanche* Ann Wolnik"; "Santé" keys as
/// the given name Sante): the noun is a body or place, never a given name,
/// so the name starts at the given name after it. A body of more words
/// ("della *Casa Bianca* Ann Wolnik") is read from the end, as after a role.
fn given_name_after_article(text: &str, words: &[Word]) -> Option<usize> {
    let word = |i: usize| &text[words[i].0.clone()];
    if words.len() < 4 || !is_article(word(0)) || spelt_out_acronym(text, &words[words.len() - 1]) {
        return None;
    }
    let plain = |i: usize| words[i].1 & (lexicon::PARTICLE | lexicon::NOT_NAME) == 0;
    // A son's suffix closing the name is no surname to read from the end.
    let end = words.len() - usize::from(is_generational_suffix(word(words.len() - 1)));
    if let Some(given) = full_name_after_body(text, &words[1..end]) {
        return Some(1 + given);
    }
    (plain(1) && plain(2) && is_first_name(word(2))).then_some(2)
}

/// Whether an acronym in parentheses follows `last`: the run before it
/// spells out a body's name ("la Unión Cristiano Demócrata (CDU)"), whose
/// words may read as a given name and a surname.
fn spelt_out_acronym(text: &str, last: &Word) -> bool {
    text.get(last.0.end..)
        .and_then(|rest| rest.strip_prefix(" ("))
        .and_then(|rest| rest.split_once(')'))
        .is_some_and(|(inside, _)| is_acronym(inside))
}

/// Whether the word ending just before `at` is a Romanian genitive article
/// ("al", "a", "ai", "ale"), which joins a role to the body it governs.
fn after_genitive_article(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let word = after_last_space(before);
    matches!(word, "al" | "a" | "ai" | "ale")
}

#[cfg(test)]
#[path = "role_body_tests.rs"]
mod tests;
