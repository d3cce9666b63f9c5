//! Upper bounds on skim v2 scores, cheap enough to compute for every match,
//! so that skim itself only runs on candidates that can reach the top rows.
//!
//! How skim (fuzzy-matcher 0.3.7, fresh matcher) scores a match, per
//! matched char at text position j with in-place bonus b(j) (8 at a word
//! head, 7 after other punctuation, 6 at a camel hump, 0 inside a word;
//! doubled at position 0):
//! - the first query char: 16 + b(j) − 1;
//! - a char right after the previous match: 16 + max(b(j), 4);
//! - a char after a gap of g ≥ 1: 16 + b(j) − 3 − g ≤ 20;
//! - minus 2 wherever an ignore-case match differs in case.
//!
//! The first char's best term is computed exactly over its occurrences;
//! every later char is bounded by what its predecessor in the query allows
//! (only a separator before it can give a head bonus in a run).

/// skim's character classes (`CharType` in fuzzy-matcher's skim.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

fn class(c: char) -> Class {
    match c {
        '\0' => Class::Empty,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => Class::HardSep,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => Class::SoftSep,
        '0'..='9' => Class::Number,
        'A'..='Z' => Class::Upper,
        _ => Class::Lower,
    }
}

/// skim's in-place bonus for `cur` after `prev`.
fn in_place(prev: Class, cur: Class) -> i64 {
    match (prev, cur) {
        (Class::Empty | Class::HardSep, _) => 8,
        (Class::SoftSep, _) => 7,
        (Class::Lower | Class::Number, Class::Upper) => 6,
        _ => 0,
    }
}

/// Whether `text` has a camel hump ("McDonald"), the one way a char inside
/// a word earns a bonus.
pub(super) fn has_camel(text: &str) -> bool {
    let mut prev = Class::Empty;
    text.chars().any(|c| {
        let cur = class(c);
        let hump = matches!(prev, Class::Lower | Class::Number) && cur == Class::Upper;
        prev = cur;
        hump
    })
}

/// Score bounds for one query.
pub(super) struct Bounder {
    sensitive: bool,
    /// The first query char as skim compares it, and as found in the plain text.
    first_skim: char,
    first_plain: char,
    /// The most the chars after the first can add, without and with camel humps.
    rest: i64,
    rest_camel: i64,
    /// A searcher for a non-ASCII first char, built once per query.
    first_finder: Option<memchr::memmem::Finder<'static>>,
}

impl Bounder {
    /// `skim` and `plain` are the query as skim and as the prefilter see it
    /// (same chars, `plain` fully lowercased when matching ignores case).
    pub(super) fn new(skim: &str, plain: &str, sensitive: bool) -> Self {
        let chars: Vec<char> = skim.chars().collect();
        let (mut rest, mut rest_camel) = (0, 0);
        for w in chars.windows(2) {
            let after = match class(w[0]) {
                Class::Empty | Class::HardSep => Some(8),
                Class::SoftSep => Some(7),
                _ => None,
            };
            rest += 16 + after.unwrap_or(4).max(4);
            rest_camel += 16 + after.unwrap_or(6).max(4);
        }
        let first_plain = plain.chars().next().unwrap_or('\0');
        let mut buf = [0u8; 4];
        let first_finder = (!first_plain.is_ascii()).then(|| {
            memchr::memmem::Finder::new(first_plain.encode_utf8(&mut buf).as_bytes()).into_owned()
        });
        Bounder {
            sensitive,
            first_skim: chars.first().copied().unwrap_or('\0'),
            first_plain,
            rest,
            rest_camel,
            first_finder,
        }
    }

    /// The highest score skim can give: `plain` is the prefiltered text,
    /// `matched` the text skim is given (same byte layout as `plain`).
    pub(super) fn bound(&self, plain: &str, matched: &str, camel: bool) -> i64 {
        let hay = plain.as_bytes();
        let occurrences: Box<dyn Iterator<Item = usize>> = match &self.first_finder {
            Some(finder) => Box::new(finder.find_iter(hay)),
            None => Box::new(memchr::memchr_iter(self.first_plain as u8, hay)),
        };
        let mut first = i64::MIN;
        for j in occurrences {
            let cur = matched
                .get(j..)
                .and_then(|s| s.chars().next())
                .unwrap_or('\0');
            let prev = match matched.as_bytes().get(j.wrapping_sub(1)) {
                None => '\0',
                Some(&b) if b.is_ascii() => b as char,
                Some(_) => matched
                    .get(..j)
                    .and_then(|s| s.chars().next_back())
                    .unwrap_or('\0'),
            };
            let mut bonus = in_place(class(prev), class(cur));
            if j == 0 {
                bonus *= 2;
            }
            if !self.sensitive && cur != self.first_skim {
                bonus -= 2;
            }
            first = first.max(16 - 1 + bonus);
            // 31 only at the start; 23 (a word head, same case) is the best anywhere else.
            if first == 31 || (j > 0 && first == 23) {
                break;
            }
        }
        if first == i64::MIN {
            // Not found: the prefilter should have dropped it; bound loosely.
            first = 31;
        }
        // Later chars after a gap get at most 16 + 8 − 4 = 20.
        let rest = if camel { self.rest_camel } else { self.rest };
        first + rest.max(0)
    }
}
