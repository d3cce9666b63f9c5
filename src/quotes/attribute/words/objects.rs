//! Where a mention stands so that it is no sentence's subject: the object
//! of a preposition, the agent of a participle, a name after a governed
//! title or in its apposition, a name in an aside after a role or after a
//! role subject's verb, or after a Romance or German "of".

use super::word_before;
use crate::quotes::attribute::cues;
use crate::text::words::last_word;

/// Whether the mention starting at `at` is the object of a preposition
/// ("met *with* Putin", "conferencia *con* Zelenski", "*з* Мерцом") or
/// an example of the noun before it ("billionaires *like* Trump"): the
/// word right before it, with nothing but spaces between.
pub(in crate::quotes::attribute) fn governed(text: &str, at: usize) -> bool {
    let (head, start) = word_before(text, at);
    let word = &head[start..];
    let before = head[..start].trim_end();
    let previous = last_word(before);
    // "alguien como Musk se pusiera …": compared with a lower-case noun
    // right before it; "Como dijo Musk", "y, como Musk, …" have none.
    if cues::is_comparison(word) {
        return previous.starts_with(char::is_lowercase) && !cues::is_coordinator(previous);
    }
    // "an der Seite des Kanzlers X": one stood beside, as after "alongside".
    if cues::is_company_phrase(previous, word) {
        return true;
    }
    // "Ready to meet X", "wants to call X": the object of an English
    // infinitive, whose subject (the speaker) is dropped or named before.
    if infinitive_object(previous, word) {
        return true;
    }
    if word.is_empty() || !cues::is_preposition(word) {
        return false;
    }
    // "according to X", "thanks to X": X is the source, not an object;
    // "as for X, he …", "quant à X, il …": X is the topic the next clause
    // takes up as its subject.
    let source = word.eq_ignore_ascii_case("to")
        && (previous.eq_ignore_ascii_case("according") || previous.eq_ignore_ascii_case("thanks"));
    let topic = (word.eq_ignore_ascii_case("for") && previous.eq_ignore_ascii_case("as"))
        || (word == "à" && previous.eq_ignore_ascii_case("quant"));
    !(source || topic)
}

/// Whether `word`, after `previous`, is an English infinitive ("to
/// *meet*") whose object a name right after it is: a lower-case word that
/// is no preposition or article. "to former X" passes too, rightly: a
/// preposition's object is no subject either; "to the President X" is
/// read through its title ([`governed_through_title`]). "to which" is
/// no infinitive.
fn infinitive_object(previous: &str, word: &str) -> bool {
    previous.eq_ignore_ascii_case("to")
        && word.len() > 1
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !cues::is_preposition(word)
        && !cues::is_determiner(word)
        // "…, to which X responded": a relative after "to" opens a clause
        // whose subject X is.
        && !crate::text::speech::opens_relative_clause(word)
}

/// Whether the mention at `at` is the agent of a participle right before
/// it ("the right, *led by* X, …", "la destra, *guidata da* X, …", "*backed
/// by* X"): the phrase hangs on another noun, so X is not the subject.
pub(in crate::quotes::attribute) fn agent_of_participle(text: &str, at: usize) -> bool {
    let (head, agent_start) = word_before(text, at);
    let (head, verb_start) = word_before(head, agent_start);
    let participle = &head[verb_start..];
    let agent = text.get(agent_start..at).unwrap_or("").trim_end();
    if participle.starts_with(char::is_lowercase) && cues::opens_agent_phrase(&[participle, agent])
    {
        return true;
    }
    // An adverb between them ("guidata saldamente da X").
    let (head, first_start) = word_before(head, verb_start);
    let first = &head[first_start..];
    first.starts_with(char::is_lowercase) && cues::opens_agent_phrase(&[first, participle, agent])
}

/// Whether a title before the mention at `at` is the object of a
/// preposition ("met *with* French President Emmanuel Macron", "a
/// spokesperson *for* the opposition leader Feijóo", "*con* el presidente
/// francés Macron"): a few words, one a role noun, between the
/// preposition and the name, with nothing but spaces between them.
/// A reporting clause's subject is no such object; a sentence's subject,
/// which pronouns refer back to, is still read by [`governed`] alone
/// (measured on the labelled news: the stricter reading lost more there
/// than it won).
pub(in crate::quotes::attribute) fn governed_through_title(text: &str, at: usize) -> bool {
    /// Words a title may take ("the Spanish Prime Minister").
    const TITLE_WORDS: usize = 4;
    let mut at = at;
    let mut role = false;
    for _ in 0..TITLE_WORDS {
        let (head, start) = word_before(text, at);
        let word = &head[start..];
        // Punctuation, a line break (a headline above) or nothing before
        // the name ends the phrase.
        if word.is_empty()
            || text
                .get(head.len()..at)
                .is_none_or(|gap| gap.contains('\n'))
        {
            return false;
        }
        if cues::is_preposition(word)
            || cues::is_company_phrase(last_word(head[..start].trim_end()), word)
        {
            return role && governed(text, at);
        }
        role |= crate::text::roles::role_of_any_case(word).is_some();
        at = start;
    }
    false
}

/// Whether the mention starting at `at` is set off by a comma after a
/// role noun that a preposition governs ("aimed at the prime minister,
/// Jan Berg, and his allies"): the role's apposition, an object as the
/// role is.
pub(in crate::quotes::attribute) fn governed_apposition(text: &str, at: usize) -> bool {
    /// Words between the preposition and the role noun ("the Polish prime").
    const TITLE_WORDS: usize = 3;
    let Some(head) = text.get(..at).and_then(|h| h.trim_end().strip_suffix(',')) else {
        return false;
    };
    let role = last_word(head);
    if role.is_empty() || crate::text::roles::role_of_any_case(role).is_none() {
        return false;
    }
    let mut rest = &head[..head.len() - role.len()];
    for _ in 0..=TITLE_WORDS {
        let trimmed = rest.trim_end_matches(' ');
        let word = last_word(trimmed);
        // Punctuation or a line break ends the phrase.
        if word.is_empty() || trimmed.len() == rest.len() {
            return false;
        }
        if cues::is_preposition(word) {
            return true;
        }
        rest = &trimmed[..trimmed.len() - word.len()];
    }
    false
}

/// Whether a sentence opens with a role phrase and a comma, and `head`
/// (the sentence up to a mention) runs on past that comma into an aside
/// ("The president, in a jab at his predecessor Jan Holm, …, said"): the
/// role is the sentence's subject, not the name in the aside. A name
/// right after the comma is the role's own ("The president, Jan Holm,").
pub(in crate::quotes::attribute) fn in_role_aside(head: &str) -> bool {
    /// Words before the role noun: an article and a qualifier or two.
    const ROLE_WORDS: usize = 4;
    let Some((phrase, aside)) = head.split_once(',') else {
        return false;
    };
    // The first and last of at most ROLE_WORDS words, read without
    // listing the phrase: before a sentence's first comma it may be long.
    let mut words = phrase.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let mut role = first;
    for (n, word) in words.enumerate() {
        if n + 2 > ROLE_WORDS {
            return false;
        }
        role = word;
    }
    cues::is_determiner(first)
        && crate::text::roles::role_of(role).is_some()
        && !aside.trim().is_empty()
}

/// Whether an English sentence opens with a role phrase as its subject and
/// a verb after it, and `head` (the sentence up to a mention) runs on from
/// that verb ("The Ukrainian president handed Jan Holm a letter"): the
/// mention is the verb's object; the role, which pronouns after it refer
/// back to, is the subject. "The deputy prime minister Jan Holm" names its
/// subject (no verb between), as do "The president and Jan Holm" and "The
/// president of Kestavia, Jan Holm" (a word joining the role to the name).
pub(in crate::quotes::attribute) fn after_role_subject(head: &str) -> bool {
    /// Words before the verb: the article, qualifiers and the role noun.
    const ROLE_WORDS: usize = 4;
    /// Lower-case words after a role noun that join it to what follows
    /// rather than open its predicate.
    const JOINING: &[&str] = &[
        "and", "or", "nor", "but", "of", "for", "from", "in", "at", "on", "to", "with", "who",
        "whose", "which", "that", "himself", "herself",
    ];
    let words: Vec<&str> = head.split_whitespace().take(ROLE_WORDS + 1).collect();
    let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.');
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    if !first.eq_ignore_ascii_case("the") {
        return false;
    }
    // The last role noun of the opening words, all of them plain words
    // ("The U.S. president", not "The president's" nor "The president,").
    let opening = rest
        .iter()
        .take(ROLE_WORDS - 1)
        .take_while(|w| plain(w))
        .count();
    let Some(role) = rest[..opening]
        .iter()
        .rposition(|w| crate::text::roles::role_of(w).is_some())
    else {
        return false;
    };
    rest.get(role + 1).is_some_and(|verb| {
        plain(verb)
            && verb.starts_with(char::is_lowercase)
            && crate::text::roles::role_of(verb).is_none()
            && !JOINING.contains(verb)
    })
}

/// Whether the mention starting at `at` follows a Romance or German "of"
/// ("las amenazas *de* Putin"): a subject only when the clause has no other.
pub(in crate::quotes::attribute) fn genitive(text: &str, at: usize) -> bool {
    let (head, start) = word_before(text, at);
    cues::is_genitive_preposition(&head[start..])
}
