//! One run of capitalised words split into a role title and a name.

use std::ops::Range;

use super::candidate::Candidate;
use super::evidence::is_first_name;
use super::kinship;
use super::lexicon::{self, Lex, Word};
use super::namesakes;
use super::places;
use super::regnal;
use super::role_body::{
    after_preposition, body_before_full_name, body_words_before_full_name, governed_by_role,
    of_title_before_name, place_before_full_name, role_complement,
};
use super::word_shapes::{
    is_abstract_noun, is_acronym, is_career_compound, is_compound_noun, is_generational_suffix,
    is_initial, names_a_party,
};
use crate::text::translit::is_cyrillic;
use crate::text::{calendar, roles};

/// Given names that are function words of another language, written with
/// a capital ("Per", Italian "for"): a name only inside a sentence.
const GIVEN_FUNCTION_WORDS: &[&str] = &["Per"];

/// The candidates of one run of words (spans with lexicon bits).
#[inline(never)]
pub(super) fn emit(
    text: &str,
    words: &[Word],
    outer_role: Option<Range<usize>>,
    headline: bool,
    initial: bool,
    out: &mut Vec<Candidate>,
) {
    let Some(run_first) = words.first().map(|w| w.0.start) else {
        return;
    };
    if places::names_place(text, words) || namesakes::names_namesake(text, words) {
        return;
    }
    // "Наполеона III Евгении": a regnal numeral or "Jr" ends its name; a
    // name after it is another person's (a consort's, a list's next).
    if let Some(end) = (1..words.len().saturating_sub(1))
        .find(|&i| is_generational_suffix(&text[words[i].0.clone()]))
    {
        emit(text, &words[..=end], outer_role, headline, initial, out);
        return emit(text, &words[end + 1..], None, headline, false, out);
    }
    // "Donald Trump Monday slammed …": American news puts the day between a
    // subject and its verb; the day ends the name before it. Only after a
    // given name and surname: "Good Friday", "Cyber Monday" name no one.
    if let [name @ .., day] = words
        && name.len() >= 2
        && calendar::is_english_weekday(&text[day.0.clone()])
    {
        return emit(text, name, outer_role, headline, initial, out);
    }
    // "a declarat Ronaldo la Sport TV", "dijo Merz de la Casa Blanca": the
    // particle is a preposition before a place or body; the name ends there.
    if let Some(p) = preposition_before_place(words).or_else(|| unpaired_particle(text, words)) {
        return emit(text, &words[..p], outer_role, headline, initial, out);
    }
    let (words, outer_role) = match outer_role {
        Some(role) => role_complement(text, words, role),
        None => (words, None),
    };
    let words = after_preposition(text, words);
    let mut from = 0;
    let mut role = outer_role;
    if role.is_none()
        && let Some((title, given)) = of_title_before_name(text, words)
    {
        role = Some(title);
        from = given;
    }
    // "said Per Lindqvist": a given name that is another language's
    // function word (Italian "per") opens a name inside a sentence, where
    // the function word is written in lower case: right after a word. After
    // a quotation mark, a colon or a comma it opens a clause («Per Giorgia
    // Meloni la riforma è giusta»), and before a given name it is the
    // preposition ("Per Giorgia Meloni").
    let given_first = !initial
        && !headline
        && from == 0
        && words.len() >= 2
        && GIVEN_FUNCTION_WORDS.contains(&&text[words[0].0.clone()])
        && text[..words[0].0.start]
            .trim_end()
            .ends_with(char::is_alphabetic)
        && !super::evidence::is_first_name(&text[words[1].0.clone()])
        && words[1..]
            .iter()
            .all(|w| w.1 & (lexicon::NOT_NAME | lexicon::NOT_PERSON) == 0);
    let unmarked: Vec<Word>;
    let words = if given_first {
        unmarked = std::iter::once((words[0].0.clone(), 0))
            .chain(words[1..].iter().cloned())
            .collect();
        &unmarked[..]
    } else {
        words
    };
    let has = |i: usize, bit: Lex| words[i].1 & bit != 0;
    // Leading function words, days and acronyms (sentence starts, "US President").
    while from < words.len() && has(from, lexicon::NOT_NAME) {
        from += 1;
    }
    // A role word before "Jr"/"Sr" is the surname it qualifies ("Martin
    // Luther King Jr").
    let before_suffix = |i: usize| {
        words
            .get(i + 1)
            .is_some_and(|w| is_generational_suffix(&text[w.0.clone()]))
    };
    let role_head = (from..words.len())
        .rev()
        .find(|&i| has(i, lexicon::ROLE_HEAD) && !before_suffix(i));
    if let Some(r) = role_head {
        // Acronyms belong to the role ("US President"), function words do not.
        let mut lead = from;
        while lead > 0 && is_acronym(&text[words[lead - 1].0.clone()]) {
            lead -= 1;
        }
        let role_start = role.as_ref().map_or_else(
            || dotted_acronym_before(text, words[lead].0.start).unwrap_or(words[lead].0.start),
            |r| r.start,
        );
        role = Some(role_start..words[r].0.end);
        from = r + 1;
        // "El Presidente de la República": a preposition right after the
        // role opens what the role governs, not a name; a given name may
        // follow it ("Presidente de Francia Emmanuel Macron"). Germanic
        // particles stay a surname's ("President von der Leyen").
        if words
            .get(from)
            .is_some_and(|w| governed_by_role(&text[w.0.clone()]))
        {
            let role_noun = words[r].0.clone();
            let given = |i: &usize| {
                !has(*i, lexicon::PARTICLE)
                    && is_first_name(&text[words[*i].0.clone()])
                    && !place_before_full_name(text, words, *i, &role_noun)
            };
            match (from..words.len()).find(given) {
                Some(given) => from = given,
                None => return,
            }
        }
        // "Marszałek Sejmu Szymon Hołownia", "Präsident Frankreichs Emmanuel
        // Macron", "Sekretarz Stanu USA Marco Rubio": the words between the
        // role and a given name that opens a full name are the body the
        // role governs, in the genitive.
        from += body_words_before_full_name(text, &words[from..]);
    }
    if kinship::names_a_relative(text, &words[from..]) {
        return;
    }
    let mut to = words.len();
    // A run cannot end in a particle ("Leyen de") or an initial cut from its
    // surname ("Donald J").
    while to > from
        && (has(to - 1, lexicon::PARTICLE) || text[words[to - 1].0.clone()].chars().count() == 1)
    {
        to -= 1;
    }
    let qualified_from = from;
    from = name_start(text, &words[..to], from);
    // Nation and party adjectives left before a full name are its role
    // ("Republican Donald Trump"); before anything less they are dropped.
    // A country's name (which the lists mark as no person's) is a role only
    // before a known given name ("Rosji Władimir Putin"), not before any
    // Title-Case words ("Germany and France Pave Way").
    let rest = &words[from..to];
    let country_named = words[qualified_from..from]
        .iter()
        .any(|w| w.1 & lexicon::NOT_PERSON != 0);
    if role.is_none()
        && from > qualified_from
        && rest.iter().filter(|w| w.1 & lexicon::PARTICLE == 0).count() >= 2
        && words[qualified_from..from]
            .iter()
            .all(|w| w.1 & lexicon::QUALIFIER != 0)
        && (!country_named || is_first_name(&text[rest[0].0.clone()]))
    {
        role = Some(words[qualified_from].0.start..words[from - 1].0.end);
    }
    let name = &words[from..to];
    // "Faith Leaders Urge Calm": a role in the plural titles a list of
    // names ("Justices Ana Ruiz and Ole Dahl"), which opens with a given
    // name or a lone surname; before words of no given name it is a
    // headline's subject, and what follows is its verb.
    if let Some(head) = role_head
        && name.len() >= 2
        && lexicon::is_plural_role_head(&text[words[head].0.clone()])
        && !is_first_name(&text[name[0].0.clone()])
    {
        role = None;
    }
    if names_a_party(text, name) {
        return;
    }
    // "Der Heilige Vater", "Святіший Отець", "Suveranul Pontif": two words
    // that together stand for a role (a pope, a first lady) name nobody.
    if let [first, second] = name
        && roles::role_of_pair(&text[first.0.clone()], &text[second.0.clone()]).is_some()
    {
        return;
    }
    // What is left after a role may be the place it governs ("Alcalde de
    // Nueva York"): the whole run was no place, its tail may be.
    if from > 0 && places::names_place(text, name) {
        return;
    }
    let not_a_name = |w: &Word| w.1 & (lexicon::NOT_PERSON | lexicon::NOT_NAME) != 0;
    if name.is_empty() {
        // "Lopez Tells Party Leaders": a headline's run may end on the
        // verb's object, a role in the plural, with no name after it; the
        // words before it are still one-word candidates, which count only
        // as known surnames.
        if headline
            && let Some(head) = role_head
            && head + 1 == words.len()
            && lexicon::is_plural_role_head(&text[words[head].0.clone()])
        {
            push_one_word_candidates(words[..head].iter().filter(|w| !not_a_name(w)), out);
        }
        return;
    }
    if name.iter().any(not_a_name) && !(role.is_some() && titled_given_name_and_surname(text, name))
    {
        // A headline capitalises its function words too ("Walsh Says Race
        // Is Over"): its other words are still one-word candidates, which
        // count only as known surnames.
        if headline {
            push_one_word_candidates(name.iter().filter(|w| !not_a_name(w)), out);
        }
        return;
    }
    let name_words = name.iter().filter(|w| w.1 & lexicon::PARTICLE == 0).count();
    // Long title-case runs and headline runs without a role are split into
    // one-word candidates, which count only as known surnames. A headline
    // capitalises its verbs too, so after a role only a given name and one
    // surname are sure to be the name ("President Joe Biden"); anything
    // else is split, role and all ("President Trump Reacts", "Judge
    // Finally Faced Down Donald Trump").
    let regnal = role
        .as_ref()
        .and_then(|r| text.get(r.clone()))
        .is_some_and(regnal::is_title);
    // A regnal name is a given name ("Pope Francis"); in a headline a title
    // may be followed by a verb instead ("New Pope Elected").
    let headline_verb_after_title =
        headline && regnal && name_words == 1 && !is_first_name(&text[name[0].0.clone()]);
    // A title before a name and its regnal numeral is sure of that name
    // in a headline too ("Catholicos Aram II Visits Rome"): the numeral
    // ended the run.
    let regnal_numeral =
        regnal && name_words == 2 && regnal::is_numeral(&text[name[name.len() - 1].0.clone()]);
    let headline_split = headline_verb_after_title
        || headline
            && name_words > 1
            && !regnal_numeral
            && (role.is_none() || !(name_words == 2 && is_first_name(&text[name[0].0.clone()])));
    if name_words > 4 || headline_split {
        push_one_word_candidates(name.iter(), out);
        return;
    }
    let span = name[0].0.start..name[name.len() - 1].0.end;
    if name_words == 1 && !regnal && names_by_place(text, span.clone()) {
        return;
    }
    // Two capitals alone after a role are the body or country it governs
    // ("Prezydent RP", "Kancelaria Prezydenta RP"): as a person's name they
    // are initials, which stand before a surname. Without a role they may be
    // a surname in capitals ("XI welcomed the leaders").
    if role.is_some()
        && name_words == 1
        && is_acronym(&text[span.clone()])
        && text[span.clone()].chars().count() == 2
    {
        return;
    }
    let initial = initial && name[0].0.start == run_first;
    out.push(Candidate::new(span, role, name_words, initial).with_regnal_title(regnal));
}

/// Each of `words` but its particles as a one-word candidate: it counts
/// only as a known surname.
fn push_one_word_candidates<'w>(words: impl Iterator<Item = &'w Word>, out: &mut Vec<Candidate>) {
    let words = words.filter(|w| w.1 & lexicon::PARTICLE == 0);
    out.extend(words.map(|w| Candidate::new(w.0.clone(), None, 1, false)));
}

/// A titled pair of a given name and a surname, one of which the lists
/// flag as a common word: a month or modal as the surname ("Prime Minister
/// Theresa May"), a thing's head word as the given name ("President Bill
/// Clinton"). The title rules out the month in a date and the bill in
/// "Radio Liberty" or "Senate Bill"; the other word must be a plain one.
fn titled_given_name_and_surname(text: &str, name: &[Word]) -> bool {
    let [given, surname] = name else {
        return false;
    };
    let plain = |w: &Word| w.1 == 0;
    let given_flagged = given.1 & lexicon::NOT_NAME == 0 && plain(surname);
    let surname_flagged = surname.1 & lexicon::NOT_PERSON == 0 && plain(given);
    (given_flagged || surname_flagged) && is_first_name(&text[given.0.clone()])
}

/// Whether the lone given name at `span` is a saint's or a historical
/// figure's, named by a place ("Francis of Assisi", "Joan of Arc"): not the
/// person the article's lone "Francis" means.
fn names_by_place(text: &str, span: Range<usize>) -> bool {
    // The look-up of the first name is the dear test: it comes last.
    text.get(span.end..)
        .and_then(|rest| rest.strip_prefix(" of "))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        && is_first_name(&text[span.clone()])
}

/// Where the name proper starts in a run whose role (if any) ends before
/// `from`: after function words, nation and party adjectives, an agency code
/// ("AFP Jurgen Klopp") and a word joined to a full name by a particle
/// ("Admirateur de Donald Trump": names put particles before one surname).
fn name_start(text: &str, words: &[Word], mut from: usize) -> usize {
    let has = |i: usize, bit: Lex| words[i].1 & bit != 0;
    let word = |i: usize| &text[words[i].0.clone()];
    let plain_after = |i: usize| {
        words[i + 1..]
            .iter()
            .all(|w| w.1 & lexicon::PARTICLE == 0)
            .then_some(words.len() - i - 1)
    };
    loop {
        let before = from;
        while from < words.len() && has(from, lexicon::NOT_NAME | lexicon::QUALIFIER) {
            from += 1;
        }
        // An initial before a surname ("K. Nawrocki") leaves the surname,
        // which finds the person named in full.
        while from + 1 < words.len() && words[from].1 == 0 && is_initial(word(from)) {
            from += 1;
        }
        // A word of fifteen letters or more before more name words is a
        // compound noun, not a given name ("des Meinungsforschungsinstituts
        // Ipsos").
        // So is a German abstract noun ("Handlungen Trumps"), and a career
        // in one word ("Actor-turned-politician Jan Holm").
        while from + 1 < words.len()
            && (is_compound_noun(word(from))
                || is_abstract_noun(word(from))
                || is_career_compound(word(from)))
        {
            from += 1;
        }
        // Two capitals are a first name's initials ("JD Vance"); three or
        // more an agency or body. Two before a full name are a body too
        // ("Prezydent RP Karol Nawrocki"): initials stand for a given name.
        // Cyrillic writes initials with full stops ("Дж. Д. Вэнс"), so two
        // capitals there are a body ("главы ЕК Урсулы").
        if from + 1 < words.len()
            && !has(from, lexicon::NOT_PERSON)
            && is_acronym(word(from))
            && !is_acronym(word(from + 1))
            && (word(from).chars().count() >= 3
                || is_cyrillic(word(from))
                || body_before_full_name(text, &words[from..]))
        {
            from += 1;
        }
        // Two or more words in capitals before a word in plain case are a
        // subhead glued to the sentence after it ("FASCISM CONDEMNED
        // Meloni said"): a name is written in one case throughout, and a
        // person's initials are one word ("JD Vance").
        let capitals = words[from..]
            .iter()
            .take_while(|w| is_acronym(&text[w.0.clone()]))
            .count();
        if capitals >= 2 && from + capitals < words.len() {
            from += capitals;
        }
        if let Some(p) = (from + 1..words.len()).find(|&i| has(i, lexicon::PARTICLE))
            && plain_after(p).is_some_and(|n| n >= 2)
        {
            from = p + 1;
        }
        if from == before {
            return from;
        }
    }
}

/// The first particle after a name word that is followed by the head of a
/// place or body's name ("la" in "Ronaldo la Sport TV"): names put particles
/// before surnames, never before "TV" or "House".
fn preposition_before_place(words: &[Word]) -> Option<usize> {
    let place = words.iter().position(|w| w.1 & lexicon::NOT_PERSON != 0)?;
    (1..place)
        .find(|&p| words[p].1 & lexicon::PARTICLE != 0)
        .filter(|&p| words[..p].iter().any(|w| w.1 == 0))
}

/// A lone lower-case "la", "der" or "den" after a name word ("Igor Sadovsky
/// la Geneva", Romanian for "at"; "eine neue Seite der Beziehung", German
/// nouns joined by an article): names write them only after another
/// particle ("Luis de la Fuente", "von der Leyen", "van den Berg"), so here
/// each is a preposition or an article and the name ends before it.
fn unpaired_particle(text: &str, words: &[Word]) -> Option<usize> {
    (1..words.len()).find(|&p| {
        matches!(text.get(words[p].0.clone()), Some("la" | "der" | "den"))
            && !lexicon::is_particle_any_case(&text[words[p - 1].0.clone()])
    })
}

/// The start of a dotted acronym right before `at`, one space between
/// ("*U.S.* President", "*U.K.* Foreign Secretary"). Its full stop ends the
/// run of capitals, but it qualifies the role as "US" would.
fn dotted_acronym_before(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    let start = before
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |i| i + 1);
    let token = &before[start..];
    let letters = token.split_terminator('.').collect::<Vec<_>>();
    let dotted = token.ends_with('.')
        && letters.len() >= 2
        && letters
            .iter()
            .all(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_uppercase()));
    dotted.then_some(start)
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
