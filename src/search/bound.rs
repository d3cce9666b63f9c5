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
pub(super) enum Class {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

pub(super) fn class(c: char) -> Class {
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
pub(super) fn in_place(prev: Class, cur: Class) -> i64 {
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

/// Which chars of a text can earn a bonus, and which char pairs occur
/// adjacently: a char that never sits at a word head earns nothing after a
/// gap, and a pair that never occurs cannot be matched as a run. Both are
/// kept as Bloom-style bit sets (a collision only loosens the bound).
#[derive(Debug, Clone, Default)]
pub(super) struct Shape {
    /// 64 bits, one per slot, kept as two `u32`s: with 4-byte alignment a
    /// key packs into 48 bytes instead of 56 (15 MB at 40,000 articles).
    heads: [u32; 2],
    /// Heads that are not ASCII capitals: no case-mismatch penalty there.
    /// Only the 26 letter slots can differ from `heads` (no other slot holds
    /// an ASCII capital), so only they are kept.
    heads_lower_letters: u32,
    /// 256 bits, the most of a key's 48 bytes. Pairs are hashed into them:
    /// the 512 bits this had before kept only the first char's slot modulo
    /// 8, and on generated news text a pair a sentence lacks found its bit
    /// set more often there (23% of query pairs) than hashed into 256 (19%);
    /// 128 hashed bits let 34% through. At 40,000 articles the halving
    /// saves 62 MB.
    pairs: [u32; PAIR_WORDS],
}

/// A char's bucket: ASCII letters (case-folded) and digits get their own.
fn slot(c: char) -> u32 {
    match c.to_ascii_lowercase() {
        c @ 'a'..='z' => c as u32 - 'a' as u32,
        c @ '0'..='9' => 26 + c as u32 - '0' as u32,
        c => 36 + c as u32 % 28,
    }
}

const PAIR_WORDS: usize = 8;
/// The slots of ASCII letters (`slot('a')..=slot('z')`).
const LETTER_SLOTS: u32 = 26;

/// A pair's bit: Fibonacci hashing of the two slots (each < 64) into the
/// top 8 bits, so every slot of both chars moves the bit.
fn pair_bit(a: u32, b: u32) -> (usize, u32) {
    let bit = (a * 64 + b).wrapping_mul(0x9E37_79B1) >> 24;
    ((bit / 32) as usize, 1 << (bit % 32))
}

/// Slot `s`'s word and bit in a 64-bit set kept as two `u32`s.
fn slot_bit(s: u32) -> (usize, u32) {
    ((s / 32) as usize, 1 << (s % 32))
}

impl Shape {
    /// `folded` maps a text char to the char the query is compared with.
    pub(super) fn of(text: &str, folded: impl Fn(char) -> char) -> Self {
        let mut shape = Shape::default();
        let mut prev: Option<char> = None;
        for c in text.chars() {
            let bonus = in_place(prev.map_or(Class::Empty, class), class(c));
            let s = slot(folded(c));
            if bonus > 0 {
                let (word, bit) = slot_bit(s);
                shape.heads[word] |= bit;
                if !c.is_ascii_uppercase() && s < LETTER_SLOTS {
                    shape.heads_lower_letters |= 1 << s;
                }
            }
            if let Some(p) = prev {
                let (word, bit) = pair_bit(slot(folded(p)), s);
                shape.pairs[word] |= bit;
            }
            prev = Some(c);
        }
        shape
    }

    fn has_head(&self, s: u32) -> bool {
        let (word, bit) = slot_bit(s);
        self.heads.get(word).is_some_and(|w| w & bit != 0)
    }

    /// Whether slot `s` sits at a word head other than as an ASCII capital.
    fn has_lower_head(&self, s: u32) -> bool {
        if s < LETTER_SLOTS {
            self.heads_lower_letters & (1 << s) != 0
        } else {
            self.has_head(s)
        }
    }

    fn has_pair(&self, a: u32, b: u32) -> bool {
        let (word, bit) = pair_bit(a, b);
        self.pairs[word] & bit != 0
    }
}

/// The text the prefilter and the bounds read: either as stored, or read
/// with its ASCII capitals as lowercase letters, so that the common case
/// (news text with capitals) needs no lowercased copy kept per candidate.
#[derive(Debug, Clone, Copy)]
pub(super) struct Plain<'a> {
    pub text: &'a str,
    /// `text`'s ASCII capitals count as lowercase letters (its other chars
    /// are folded already).
    pub fold_ascii: bool,
}

impl Plain<'_> {
    /// Whether the text, as read, starts with `c`.
    fn starts_with(&self, c: char) -> bool {
        if self.fold_ascii && c.is_ascii() {
            self.text
                .as_bytes()
                .first()
                .is_some_and(|b| b.to_ascii_lowercase() == c as u8)
        } else {
            self.text.starts_with(c)
        }
    }
}

/// What the chars after the first can earn, per query char.
struct Step {
    prev_slot: u32,
    slot: u32,
    /// The run bonus after the previous query char (8 after a separator, else 4).
    run: i64,
}

/// Score bounds for one query.
pub(super) struct Bounder {
    sensitive: bool,
    /// The first query char as skim compares it, and as found in the plain text.
    first_skim: char,
    first_plain: char,
    /// The first query char's bucket in a [`Shape`].
    first_slot: u32,
    steps: Vec<Step>,
    /// A searcher for a non-ASCII first char, built once per query.
    first_finder: Option<memchr::memmem::Finder<'static>>,
}

impl Bounder {
    /// `skim` and `plain` are the query as skim and as the prefilter see it
    /// (same chars, `plain` fully lowercased when matching ignores case).
    /// `folded` must be the function [`Shape::of`] was given.
    pub(super) fn new(
        skim: &str,
        plain: &str,
        sensitive: bool,
        folded: impl Fn(char) -> char,
    ) -> Self {
        let chars: Vec<char> = skim.chars().collect();
        let plain_chars: Vec<char> = plain.chars().collect();
        let steps = chars
            .windows(2)
            .zip(plain_chars.windows(2))
            .map(|(w, p)| Step {
                prev_slot: slot(folded(p[0])),
                slot: slot(folded(p[1])),
                run: match class(w[0]) {
                    Class::Empty | Class::HardSep => 8,
                    Class::SoftSep => 7,
                    _ => 4,
                },
            })
            .collect();
        let first_plain = plain.chars().next().unwrap_or('\0');
        let mut buf = [0u8; 4];
        let first_finder = (!first_plain.is_ascii()).then(|| {
            memchr::memmem::Finder::new(first_plain.encode_utf8(&mut buf).as_bytes()).into_owned()
        });
        Bounder {
            sensitive,
            first_skim: chars.first().copied().unwrap_or('\0'),
            first_plain,
            first_slot: slot(folded(first_plain)),
            steps,
            first_finder,
        }
    }

    /// A looser bound from the text's shape and one byte comparison: the
    /// first char earns 31 only at the start, 23 at a word head (21 if every
    /// such head differs in case), 15 elsewhere.
    pub(super) fn coarse(&self, plain: Plain<'_>, camel: bool, shape: &Shape) -> i64 {
        let first = if plain.starts_with(self.first_plain) {
            31
        } else if shape.has_lower_head(self.first_slot)
            || (self.sensitive && shape.has_head(self.first_slot))
        {
            23
        } else if shape.has_head(self.first_slot) {
            21
        } else {
            15
        };
        first + self.rest(camel, shape)
    }

    /// What the chars after the first can earn at most.
    fn rest(&self, camel: bool, shape: &Shape) -> i64 {
        self.steps_from(0, camel, shape)
    }

    /// What the query chars after the first `from + 1` can earn at most.
    pub(super) fn steps_from(&self, from: usize, camel: bool, shape: &Shape) -> i64 {
        self.steps
            .iter()
            .skip(from)
            .map(|step| {
                // After a gap: 16 + b − 4 at best, b = 8 only where the char can be a head.
                let gap = if shape.has_head(step.slot) { 20 } else { 12 };
                if shape.has_pair(step.prev_slot, step.slot) {
                    let run = if camel { step.run.max(6) } else { step.run };
                    gap.max(16 + run)
                } else {
                    gap
                }
            })
            .sum()
    }

    /// The highest score skim can give: `plain` is the prefiltered text,
    /// `matched` the text skim is given (same byte layout as `plain`).
    pub(super) fn bound(&self, plain: Plain<'_>, matched: &str, camel: bool, shape: &Shape) -> i64 {
        let hay = plain.text.as_bytes();
        let first = self.first_plain as u8;
        let occurrences: Box<dyn Iterator<Item = usize>> = match &self.first_finder {
            // A folded ASCII text holds no non-ASCII char.
            Some(finder) => Box::new(finder.find_iter(hay)),
            None if plain.fold_ascii => {
                Box::new(memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay))
            }
            None => Box::new(memchr::memchr_iter(first, hay)),
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
            return self.coarse(plain, camel, shape);
        }
        first + self.rest(camel, shape)
    }
}
