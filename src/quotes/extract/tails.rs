//! Statements printed without quotation marks whose paragraph ends with who
//! made them: `The talks were useful and frank. — Putin.` (a dash and a
//! name) or `We will meet again soon, the Russian president said.` (a
//! reporting clause after the last comma). Mirror and machine-translated
//! sites print quotations this way once their marks are stripped.
//!
//! Wire copy writes its paraphrase the same way ("Talks will resume next
//! week, a spokesman said."), so the reporting-clause form needs the words
//! of somebody speaking: a first- or second-person word ("we", "I", "our")
//! in every sentence taken. The dash form needs its name to be a person's:
//! a given name in it, or its surname written after a given name elsewhere
//! in the article (`— Putin.` in an article naming Vladimir Putin); a
//! photo agency's credit (`— Reuters`) is neither.
//!
//! An inverted clause that names its speaker (`…, said the agency chief.`,
//! `…, said Jane Doe.`) is how reporters close a statement they print as
//! said, not their paraphrase, which keeps the subject first (`…, a
//! spokesman said.`): there a person's name or a role after the verb does
//! what the first-person word does. A photo caption may end with its
//! agency's credit after the clause (`…, the minister said. AFP`).

use std::ops::Range;

use crate::corpus::{Article, ParagraphKind};
use crate::text::function_words::is_indefinite_article;
use crate::text::person::speaks;
use crate::text::roles::role_of_any_case;
use crate::text::sentences::{is_terminator, split_sentences};
use crate::text::speech::{
    MAX_CLAUSE_WORDS, is_english_speech_verb, is_pro_drop_verb, is_pronoun, is_speech_verb,
    reporting_verb_at,
};
use crate::text::words::{bare_words, has_words, more_words_than};

use super::dashes::dash_positions;
use super::full_names::FullNames;
use super::{MIN_STATEMENT_WORDS, Span};

/// Longest name read after the dash, in words ("Vladimir Vladimirovich Putin").
pub(super) const MAX_NAME_WORDS: usize = 4;

/// The statements of `article` printed without marks and attributed at
/// their paragraph's end, as spans marked unquoted, in text order.
pub(super) fn attributed_tails(article: &Article, names: &FullNames) -> Vec<Span> {
    let text = article.text.as_str();
    let mut spans = Vec::new();
    for (pi, p) in article.paragraphs.iter().enumerate() {
        if p.kind != ParagraphKind::Body {
            continue;
        }
        let Some(paragraph) = super::trimmed(text, p.range()) else {
            continue;
        };
        let inner = dash_tail(names, paragraph.clone())
            .or_else(|| clause_tail(names, paragraph.clone()))
            .or_else(|| credited_by_next_line(article, names, pi, paragraph));
        if let Some(inner) = inner
            && !super::has_quotation_mark(&text[p.range()])
        {
            spans.push(Span::unquoted(inner, pi));
        }
    }
    spans
}

/// `Statement. — Name.`: the statement's range, when the name after the
/// paragraph's last spaced dash is a person's.
fn dash_tail(names: &FullNames, paragraph: Range<usize>) -> Option<Range<usize>> {
    let text = names.text();
    let line = &text[paragraph.clone()];
    let line = line.strip_suffix('.').unwrap_or(line);
    // Every body paragraph comes here: the dashes are found by the memchr
    // search dash speech uses, not by decoding the line.
    let dash = dash_positions(line)
        .into_iter()
        .rev()
        .find(|&i| line[..i].ends_with(char::is_whitespace))?;
    let dash_len = line[dash..].chars().next()?.len_utf8();
    let name = line[dash + dash_len..].trim();
    let statement = line[..dash].trim_end();
    let ends_right = statement
        .chars()
        .next_back()
        .is_some_and(|c| is_terminator(c) || c == ',');
    let long_enough = has_words(statement, MIN_STATEMENT_WORDS);
    let credited = if ends_right {
        names.is_person_name(name) || is_dash_reporting_clause(name, MAX_CLAUSE_WORDS)
    } else {
        // `… form a government - he said.`: translated pages drop the stop
        // too. Then the clause must end soon after its verb, or the dash
        // may part two clauses of one narrative sentence (`Prices rose in
        // May — he said the data were preliminary.`).
        is_dash_reporting_clause(name, MAX_WORDS_AFTER_OPEN_VERB)
    };
    (long_enough && credited)
        .then(|| paragraph.start..paragraph.start + statement.trim_end_matches(',').len())
}

/// Most words after the verb of a reporting clause that follows a dash
/// with no sentence end before it (`— she told reporters on Sunday`).
const MAX_WORDS_AFTER_OPEN_VERB: usize = 3;

/// Whether `clause`, the words after a statement's closing dash, is a
/// reporting clause: `— he said.`, `- Jane Doe said in her first reaction at
/// the party's office.`, `— сказал Путин.` Translated pages print direct
/// speech so once its marks are gone; wire paraphrase never closes with a
/// dash, so no first-person word is asked for. The verb stands among the
/// first words and names who speaks; where and when may follow: at most
/// `after_verb` words, twice a short clause's length in all, with no
/// sentence end among them.
fn is_dash_reporting_clause(clause: &str, after_verb: usize) -> bool {
    if clause.contains(is_terminator) {
        return false;
    }
    let (words, len) = first_words::<{ 2 * MAX_CLAUSE_WORDS + 1 }>(clause);
    if len > 2 * MAX_CLAUSE_WORDS {
        return false;
    }
    let head = &words[..len.min(MAX_CLAUSE_WORDS)];
    reporting_verb_at(head).is_some_and(|verb| {
        let rest = &words[verb + 1..len];
        (rest.len() <= after_verb || sets_the_scene(rest)) && says_who_speaks(head, verb)
    })
}

/// Whether `rest`, the words after a reporting clause's verb or speaker,
/// only say where or when (`— Jane Doe said in her first reaction at the
/// party's office`, `, says party member Ana Ruiz from a village near
/// Lyon`): it opens with a preposition of place or time and holds no word
/// that opens a clause of its own (`— he said in May that prices …`).
fn sets_the_scene(rest: &[&str]) -> bool {
    rest.first().is_some_and(|w| SCENE_PREPOSITIONS.contains(w))
        && !rest.iter().any(|w| CLAUSE_OPENERS.contains(w) || speaks(w))
}

/// Prepositions that open where or when a statement was made, after its
/// reporting clause, in the languages whose pages print statements so.
#[rustfmt::skip]
const SCENE_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "during", "after", "from", "outside", "im", "bei", "nach", "dans", "lors",
    "après", "durante", "dopo", "tras", "в", "на", "во", "після", "после", "podczas", "w", "după",
    "în",
];

/// Words that open a clause of their own after a reporting verb, or make
/// one ("— he said in May prices were …").
#[rustfmt::skip]
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whether", "if", "when", "because", "dass", "que", "qui", "che",
    "что", "що", "że", "că", "is", "are", "was", "were", "has", "have", "had", "will", "would",
    "ist", "sind", "war", "est", "sont", "était", "è", "sono", "era", "es", "son", "fue",
];

/// The first `N` words of `clause`, and how many there are (at most `N`).
/// They go to a buffer on the stack, and the rest of a long paragraph is
/// not cut into words: clauses are read on nearly every body paragraph (at
/// each of its last commas, after its last dash), and few of them report.
fn first_words<const N: usize>(clause: &str) -> ([&str; N], usize) {
    let mut words = [""; N];
    let mut len = 0;
    for (slot, word) in words.iter_mut().zip(bare_words(clause)) {
        *slot = word;
        len += 1;
    }
    (words, len)
}

/// Whether the reporting clause `clause`, its verb at `verb`, says who
/// speaks: a name, a pronoun or a role besides the verb ("and then went
/// home" is no attribution), or the verb alone in a language that drops
/// its pronouns, which names the speaker by its ending (`…, subrayó.`,
/// `…, ha detto.`, `…, zaznaczył.`). Only such a verb: an English `…,
/// said.` is a fragment.
fn says_who_speaks(clause: &[&str], verb: usize) -> bool {
    let names_subject = clause.iter().enumerate().any(|(i, w)| {
        i != verb
            && (w.chars().next().is_some_and(char::is_uppercase)
                || is_pronoun(w)
                || role_of_any_case(w).is_some())
    });
    let subject_dropped =
        verb + 1 == clause.len() && clause.len() <= 2 && is_pro_drop_verb(clause[verb]);
    subject_dropped || (clause.len() >= 2 && names_subject)
}

/// `Statement.` with `— Name` alone on the next line: the statement's
/// range, when that line is a spaced dash and a person's name (a role
/// before it read past: `— Utah Gov. Jane Doe`) and the statement ends a
/// sentence (an ellipsis too: pages cut a long statement short).
fn credited_by_next_line(
    article: &Article,
    names: &FullNames,
    pi: usize,
    paragraph: Range<usize>,
) -> Option<Range<usize>> {
    let text = article.text.as_str();
    let next = article.paragraphs.get(pi + 1)?;
    let line = text.get(next.range())?.trim();
    let mut chars = line.chars();
    let (dash, space) = (chars.next()?, chars.next()?);
    if !(crate::text::dashes::is_dash(dash) && space.is_whitespace()) {
        return None;
    }
    let name = line[dash.len_utf8()..].trim().trim_end_matches('.');
    let words: Vec<&str> = name.split_whitespace().collect();
    // The name is the line's last words; a role may stand before them.
    let named = (1..=MAX_NAME_WORDS.min(words.len()))
        .any(|n| names.is_person_name(&words[words.len() - n..].join(" ")));
    let statement = &text[paragraph.clone()];
    let ends_right = statement.chars().next_back().is_some_and(is_terminator);
    let long_enough = has_words(statement, MIN_STATEMENT_WORDS);
    (named && ends_right && long_enough && words.len() <= 2 * MAX_NAME_WORDS).then_some(paragraph)
}

/// `Statement, the Russian president said.`: the statement's range, when
/// the clause after the paragraph's last comma is a short reporting clause
/// and the sentences before it are somebody speaking.
fn clause_tail(names: &FullNames, paragraph: Range<usize>) -> Option<Range<usize>> {
    let text = names.text();
    let paragraph = without_credit(text, paragraph);
    let line = text[paragraph.clone()].strip_suffix('.')?;
    let last = line.rfind(',')?;
    if let Some(statement) =
        statement_before(names, paragraph.start, &line[..last], &line[last + 1..])
    {
        return Some(statement);
    }
    // `…, Jane Doe said, addressing the crowd.`: the reporting clause may
    // stand before a short aside of its own commas (where, to whom, who the
    // speaker is). The aside is narrative: no sentence end, nobody speaking
    // in it (else the statement goes on after the clause).
    let mut clause_end = last;
    for _ in 0..MAX_ASIDE_COMMAS {
        let aside = &line[clause_end + 1..];
        let short = bare_words(aside).nth(MAX_CLAUSE_WORDS).is_none();
        if !short || aside.contains(is_terminator) || speaks(aside) {
            return None;
        }
        let comma = line[..clause_end].rfind(',')?;
        let clause = &line[comma + 1..clause_end];
        if let Some(statement) = statement_before(names, paragraph.start, &line[..comma], clause) {
            return Some(statement);
        }
        clause_end = comma;
    }
    None
}

/// Most commas in the aside after a reporting clause (`, said one of its
/// leaders, Jane Doe, who wants more say.`).
const MAX_ASIDE_COMMAS: usize = 2;

/// The statement `before` a reporting clause `clause` (the text between its
/// commas), both slices of the paragraph starting at `start`: the sentences
/// of `before` that are somebody speaking (the last one at least), when
/// `clause` is a short reporting clause naming its speaker.
fn statement_before(
    names: &FullNames,
    start: usize,
    before: &str,
    clause: &str,
) -> Option<Range<usize>> {
    let text = names.text();
    // A clause longer than a reporting clause is none, whatever its words:
    // one word past the limit tells `reporting_verb_at` so.
    let (short, short_len) = first_words::<{ MAX_CLAUSE_WORDS + 1 }>(clause);
    let long;
    let clause = if short_len <= MAX_CLAUSE_WORDS {
        &short[..short_len]
    } else {
        // `…, says party member Ana Ruiz from a village near Lyon.`: where
        // the speaker is from or spoke may run an inverted clause past its
        // length, right after the speaker's name ("saying X's comments on
        // the issue were …" is no scene). Most long clauses open with no
        // reporting verb, and are read no further.
        if !is_speech_verb(short[0]) {
            return None;
        }
        long = first_words::<{ 2 * MAX_CLAUSE_WORDS + 1 }>(clause);
        let (words, len) = (&long.0, long.1);
        if len > 2 * MAX_CLAUSE_WORDS {
            return None;
        }
        let scene = (2..=MAX_CLAUSE_WORDS).find(|&i| {
            words[i - 1].starts_with(char::is_uppercase) && sets_the_scene(&words[i..len])
        })?;
        &words[..scene]
    };
    let verb = reporting_verb_at(clause)?;
    if !says_who_speaks(clause, verb) {
        return None;
    }
    // Other languages invert paraphrase as readily ("сообщил президент …",
    // "a déclaré le ministre"): only English inversion tells.
    let inverted =
        verb == 0 && is_english_speech_verb(clause[0]) && names_a_person(names, &clause[1..]);
    let end = start + before.len();
    let sentences = split_sentences(text, start..end);
    let speaking = |r: &Range<usize>| speaks(&text[r.clone()]);
    // The last sentence carries the clause; earlier ones of the paragraph
    // join it while they too are somebody speaking.
    // (Each sentence is asked once: `speaks` reads all its words.)
    let (last, earlier) = sentences.split_last()?;
    let last_speaks = speaking(last);
    if !(inverted || last_speaks) {
        return None;
    }
    let joined = earlier
        .iter()
        .rev()
        .take_while(|r| last_speaks && speaking(r));
    let first = joined.last().unwrap_or(last);
    let statement = first.start..end;
    has_words(&text[statement.clone()], MIN_STATEMENT_WORDS).then_some(statement)
}

/// Whether the subject of an inverted reporting clause (the words after
/// its verb) is a person: a role noun ("the agency chief", "the minister")
/// or a person's name ("Jane Doe"), not an institution ("the ministry"),
/// nor somebody left unnamed ("a spokesman", "un responsable").
fn names_a_person(names: &FullNames, subject: &[&str]) -> bool {
    if subject.first().is_some_and(|w| is_indefinite_article(w)) {
        return false;
    }
    // A role is written in lower case in prose: a capitalised word that
    // reads as one is more likely a name of a firm ("Reuters").
    let role = |w: &&str| w.starts_with(char::is_lowercase) && role_of_any_case(w).is_some();
    if subject.iter().any(role) {
        return true;
    }
    let name: Vec<&str> = subject
        .iter()
        .copied()
        .skip_while(|w| !w.starts_with(char::is_uppercase))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .collect();
    !name.is_empty() && names.is_person_name(&name.join(" "))
}

/// Longest credit after a caption's last sentence, in words ("AFP",
/// "Europa Press").
const MAX_CREDIT_WORDS: usize = 2;

/// `paragraph` without the agency credit a photo caption ends with after its
/// last sentence (`…, the minister said. AFP`, `… said. (Reuters)`): a word
/// or two, capitalised, with no sentence end of their own.
fn without_credit(text: &str, paragraph: Range<usize>) -> Range<usize> {
    let line = &text[paragraph.clone()];
    // `rfind(". ")`, by `memrchr` on the stop: std's two-way searcher is
    // built per call and walks back a byte at a time, and this runs on
    // every body paragraph that no dash closes.
    let bytes = line.as_bytes();
    let Some(dot) = memchr::memrchr_iter(b'.', bytes).find(|&i| bytes.get(i + 1) == Some(&b' '))
    else {
        return paragraph;
    };
    let credit = line[dot + 2..].trim_matches(|c: char| matches!(c, '(' | ')' | '/' | ' '));
    let shaped = has_words(credit, 1)
        && !more_words_than(credit, MAX_CREDIT_WORDS)
        && credit
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    if shaped {
        paragraph.start..paragraph.start + dot + 1
    } else {
        paragraph
    }
}

#[cfg(test)]
#[path = "tails_tests.rs"]
mod tests;
