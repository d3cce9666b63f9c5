//! Quotation marks in context: whether a mark opens or closes a quotation
//! where it stands, and when a single quote is an apostrophe instead. Which
//! characters are marks is [`crate::text::marks`]' table.

use crate::text::marks::opens_by_shape;
pub(super) use crate::text::marks::{Family, closes, family};

/// A quotation mark met while scanning, with what it may do where it stands.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mark {
    pub at: usize,
    pub ch: char,
    pub family: Family,
    pub can_open: bool,
    pub can_close: bool,
    /// A closing single quote that may be a plural possessive (`leaders’ summit`):
    /// it closes only when no other closer of its family follows in the paragraph.
    pub weak_close: bool,
}

impl Mark {
    pub(super) fn end(&self) -> usize {
        self.at + self.ch.len_utf8()
    }

    /// Typographic openers are almost never stray, so when one is left
    /// unclosed the quotation is kept, bounded by its paragraph.
    pub(super) fn bounds_when_unclosed(&self) -> bool {
        opens_by_shape(self.ch)
    }
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Before an opening mark: start, space, an opening bracket or dash, or another mark.
fn opens_here(prev: Option<char>, next: Option<char>) -> bool {
    let before = match prev {
        None => true,
        Some(c) => {
            c.is_whitespace() || "([{—–-/:".contains(c) || family(c).is_some() || c == '\u{feff}'
        }
    };
    before && !is_space(next)
}

/// After a closing mark: end, space, punctuation or another mark.
fn closes_here(prev: Option<char>, next: Option<char>) -> bool {
    let after = match next {
        None => true,
        Some(c) => c.is_whitespace() || (!c.is_alphanumeric() && c != '_'),
    };
    !is_space(prev) && after
}

/// Characters around a mark: two before, two after.
#[derive(Debug, Clone, Copy)]
pub(super) struct Around {
    pub prev2: Option<char>,
    pub prev: Option<char>,
    pub next: Option<char>,
    pub next2: Option<char>,
}

/// Classifies the mark `ch` at byte `at`, or `None` when it is not a quotation
/// mark here (an apostrophe, a prime).
pub(super) fn classify(ch: char, at: usize, around: Around) -> Option<Mark> {
    let family = family(ch)?;
    let Around {
        prev2,
        prev,
        next,
        next2,
    } = around;
    let mark = |can_open, can_close, weak_close| {
        Some(Mark {
            at,
            ch,
            family,
            can_open,
            can_close,
            weak_close,
        })
    };
    if family == Family::Single {
        // Contractions and possessives (`Ukraine’s`, `they’re`), elided years
        // (`’90s`) and `rock ’n’ roll` are apostrophes, never marks.
        let inside_word = is_word(prev) && is_word(next);
        let elided_year = is_space(prev) && next.is_some_and(|c| c.is_ascii_digit());
        let elided_n = (matches!(next, Some('n' | 'N'))
            && next2.is_some_and(|c| self::family(c).is_some()))
            || (matches!(prev, Some('n' | 'N'))
                && prev2.is_some_and(|c| self::family(c).is_some()));
        if inside_word || elided_year || elided_n {
            return None;
        }
        let weak = matches!(prev, Some('s' | 'S'))
            && is_space(next)
            && next2.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        return match ch {
            '‘' | '‛' => mark(true, false, false),
            '’' => mark(false, closes_here(prev, next), weak),
            '‚' => mark(opens_here(prev, next), false, false),
            _ => {
                let open = opens_here(prev, next);
                let close = closes_here(prev, next);
                mark(open, close && !open, weak)
            }
        };
    }
    match ch {
        '“' => {
            let close = closes_here(prev, next) && !opens_here(prev, next);
            mark(true, close, false)
        }
        '”' => mark(false, true, false),
        '„' | '‟' => mark(true, false, false),
        '"' | '＂' => {
            // Copy that lost a space still opens a quotation before a capital
            // (`conference."I assure`, `word"To`); the stack decides whether
            // such a mark closes one instead.
            let glued_open = next.is_some_and(char::is_uppercase)
                && prev.is_some_and(|c| c.is_alphabetic() || ".!?,;".contains(c));
            let spaced_open = opens_here(prev, next);
            // Otherwise, after a non-space a straight quote can end a quotation.
            let close = closes_here(prev, next) || (!spaced_open && !is_space(prev));
            mark(spaced_open || glued_open, close, false)
        }
        // Guillemets point either way (« » in French, » « in German), so
        // their shape decides only when it is plain: glued to the word that
        // follows it opens, with no word after it closes. Spaced on both
        // sides (French « … »), the stack decides.
        _ => {
            let word_follows = is_word(next) || (is_space(next) && is_word(next2));
            if is_word(next) && is_space(prev) {
                mark(true, false, false)
            } else if !word_follows {
                mark(false, true, false)
            } else {
                mark(true, true, false)
            }
        }
    }
}
