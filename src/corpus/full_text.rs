//! The paragraph that announces a speech printed in full after it ("Here
//! is the full text of the president's address:", "Testo integrale del
//! discorso:"): the phrase tests, read on the classifier's lower-case copy
//! of each short paragraph, so that the transcript rule (quotes'
//! `transcripts`) does not lower-case every body paragraph a second time.

use std::sync::LazyLock;

use super::keywords::Keywords;
use crate::text::fold::lower_into;

/// English phrases that announce the full text of something, lower case:
/// a speech only with a [`SPEECH_NOUNS`] word too ("the text of the law" is
/// no speech).
const FULL_TEXT_EN: [&str; 5] = [
    "full text",
    "full transcript",
    "text of",
    "transcript of",
    "as prepared for delivery",
];

/// Phrases that announce a speech printed in full in the other languages
/// the engine reads, lower case; each names a speech or is only used of one.
const FULL_TEXT_OTHER: [&str; 17] = [
    "testo integrale",
    "il testo del discorso",
    "texto íntegro",
    "texto completo del discurso",
    "texto integral",
    "na íntegra",
    "texte intégral",
    "l'intégralité du discours",
    "im wortlaut",
    "pełny tekst",
    "pełna treść",
    "полный текст",
    "текст выступления",
    "текст обращения",
    "повний текст",
    "текст звернення",
    "textul integral",
];

/// What a full text is of: a speech, not a law or a contract.
const SPEECH_NOUNS: [&str; 12] = [
    "speech",
    "address",
    "remarks",
    "homily",
    "sermon",
    "message",
    "statement",
    "lecture",
    "testimony",
    "eulogy",
    "letter",
    "blessing",
];

/// Words saying the text follows right here (an introduction may also just
/// end with a colon), lower case. An editor's note pointing further down
/// ("For the full text, see below") does not introduce what follows it.
const FOLLOWS_HERE: [&str; 14] = [
    "here is",
    "here are",
    "here's",
    "below is",
    "the following is",
    "as follows",
    "di seguito",
    "a continuación",
    "ci-dessous",
    "nachfolgend",
    "poniżej",
    "ниже",
    "нижче",
    "mai jos",
];

static FOLLOWS_HERE_KEYWORDS: LazyLock<Keywords> =
    LazyLock::new(|| Keywords::new(FOLLOWS_HERE.to_vec()));

/// An introduction is one short paragraph.
pub(crate) const MAX_INTRO_WORDS: usize = 45;

/// An introduction's words fit in this many bytes.
pub(super) const MAX_INTRO_BYTES: usize = MAX_INTRO_WORDS * 12;

/// Whether `paragraph` says a speech's full text follows: a full-text
/// phrase (the English ones with a speech noun, as they also introduce
/// documents), and a colon at its end or words saying the text follows
/// here. `lower` is `paragraph` lower-cased when `lowered`, else a scratch
/// buffer. Its length and quotation marks are the transcript rule's tests.
pub(crate) fn announces_full_text(paragraph: &str, lower: &mut String, lowered: bool) -> bool {
    let trimmed = paragraph.trim();
    // Every body paragraph of every article comes here: the cheap tests first.
    if trimmed.is_empty() || trimmed.len() > MAX_INTRO_BYTES {
        return false;
    }
    // The fold differs from `str::to_lowercase` only in a final sigma, which
    // no phrase here holds; no phrase starts or ends with a space, so the
    // untrimmed copy holds the same phrases.
    if !lowered {
        lower_into(paragraph, lower);
    }
    let lower = lower.as_str();
    let has = |phrases: &[&str]| phrases.iter().any(|p| lower.contains(p));
    // "Follows here" first, its 14 phrases in one pass, and few paragraphs
    // pass it.
    (trimmed.ends_with(':') || FOLLOWS_HERE_KEYWORDS.found_in(lower, !0) != 0)
        && (has(&FULL_TEXT_OTHER) || (has(&FULL_TEXT_EN) && has(&SPEECH_NOUNS)))
}
