//! Quotation marks in context: whether a mark opens or closes a quotation
//! where it stands, and when a single quote is an apostrophe instead. Which
//! characters are marks is [`crate::text::marks`]' table.

pub(super) use crate::text::marks::{Family, closes, family};
use crate::text::marks::{
    lost_closer, may_begin_quote_mark, mojibake_mark, opens_by_shape, skip_plain_ascii,
};
use crate::text::words::is_word_char;

/// A quotation mark met while scanning, with what it may do where it stands.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mark {
    pub at: usize,
    pub ch: char,
    /// Bytes it spans: more than `ch`'s own for a mark spelt in mojibake
    /// (`â€œ`) or two apostrophes read as a double mark.
    pub len: usize,
    pub family: Family,
    pub can_open: bool,
    pub can_close: bool,
    /// A closing single quote that may be a plural possessive (`leaders’ summit`):
    /// it closes only when no other closer of its family follows in the paragraph.
    pub weak_close: bool,
    /// An opening `“` after a stop and a space (`… forever. “So she said`):
    /// machine-translated copy closes with the opening shape, so when a `“`
    /// is open and no closer follows in the paragraph, it closes that one.
    pub after_stop: bool,
}

impl Mark {
    pub(super) fn end(&self) -> usize {
        self.at + self.len
    }

    /// Typographic openers are almost never stray, so when one is left
    /// unclosed the quotation is kept, bounded by its paragraph.
    pub(super) fn bounds_when_unclosed(&self) -> bool {
        opens_by_shape(self.ch)
    }
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(is_word_char)
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
        Some(c) => c.is_whitespace() || (!is_word_char(c) && c != '_'),
    };
    !is_space(prev) && after
}

/// Whether a mark stands glued between a sentence's stop (or a comma) and
/// the capital that begins the next sentence (`conference."I assure`,
/// `site.'Level`): copy that lost the space or line break there.
pub(super) fn glued(prev: Option<char>, next: Option<char>) -> bool {
    next.is_some_and(char::is_uppercase) && prev.is_some_and(|c| ".!?,;".contains(c))
}

/// Whether `mark` stands [`glued`] between the characters around it in `text`.
fn glued_in(text: &str, mark: &Mark) -> bool {
    glued(
        text[..mark.at].chars().next_back(),
        text[mark.end()..].chars().next(),
    )
}

/// The opener mark `i` of a paragraph's `marks` stands for too, having
/// closed a quotation: when it stands glued between a stop and a capital
/// and the next mark of its family only closes (`… on the site.'Level the
/// site, … of the area,' said`), it joins two quotations that copy printed
/// in two paragraphs, the line break and one mark lost. The opener has no
/// width and stands after it: quotations never share a byte.
pub(super) fn reopens(text: &str, marks: &[Mark], i: usize) -> Option<Mark> {
    let mark = &marks[i];
    let reopens = mark.can_open
        && glued_in(text, mark)
        && marks[i + 1..]
            .iter()
            .find(|m| m.family == mark.family)
            .is_some_and(|m| m.can_close && !m.can_open);
    reopens.then_some(Mark {
        at: mark.end(),
        len: 0,
        ..*mark
    })
}

/// Two apostrophes glued between a stop and a capital while a single
/// quotation is open (`'… so magnificent.''And despite …'`) are its closer
/// and the next one's opener, not one double mark (`open`: the family of
/// the innermost open quotation): the closer, and the opener after it.
pub(super) fn split_doubled(text: &str, mark: Mark, open: Option<Family>) -> (Mark, Option<Mark>) {
    let doubled = mark.len == 2 && text[mark.at..].starts_with("''");
    if !(doubled && open == Some(Family::Single) && glued_in(text, &mark)) {
        return (mark, None);
    }
    let close = Mark {
        ch: '\'',
        len: 1,
        family: Family::Single,
        can_open: false,
        can_close: true,
        weak_close: false,
        ..mark
    };
    let opener = Mark {
        at: mark.at + 1,
        can_open: true,
        can_close: false,
        ..close
    };
    (close, Some(opener))
}

/// Characters around a mark: two before, two after.
#[derive(Debug, Clone, Copy)]
pub(super) struct Around {
    pub prev2: Option<char>,
    pub prev: Option<char>,
    pub next: Option<char>,
    pub next2: Option<char>,
}

/// Classifies the mark `ch` spanning `len` bytes at byte `at`, or `None`
/// when it is not a quotation mark here (an apostrophe, a prime).
pub(super) fn classify(ch: char, at: usize, len: usize, around: Around) -> Option<Mark> {
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
            len,
            family,
            can_open,
            can_close,
            weak_close,
            after_stop: false,
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
                // Copy that lost its line breaks glues a straight single
                // quote between a sentence's stop and the next capital
                // (`on the site.'Level the site`): no apostrophe stands
                // there, so it may close and open; the stack decides, as
                // for a glued double quote.
                if glued(prev, next) {
                    return mark(true, true, false);
                }
                let open = opens_here(prev, next);
                let close = closes_here(prev, next);
                mark(open, close && !open, weak)
            }
        };
    }
    match ch {
        // With a space after it, `“` is typed the wrong way round for a
        // closer (`the “Our Father, “ and the “Hail Mary”`) or padded
        // (`said “  padded words ”`): after a word it closes; spaced on
        // both sides, the stack decides (it closes an open quotation).
        '“' if is_space(next) => mark(is_space(prev), true, false),
        // Spaced from its words but glued to a stop (`… discrimination “.`):
        // a closer typed with the opening shape.
        '“' if prev == Some(' ')
            && next.is_some_and(|c| ",.;:!?".contains(c))
            && is_space(next2) =>
        {
            mark(false, true, false)
        }
        '“' if prev == Some(' ') && prev2.is_some_and(|c| ".!?".contains(c)) => {
            let close = closes_here(prev, next) && !opens_here(prev, next);
            mark(true, close, false).map(|m| Mark {
                after_stop: true,
                ..m
            })
        }
        '“' => {
            let close = closes_here(prev, next) && !opens_here(prev, next);
            mark(true, close, false)
        }
        // Some copy opens with the closing shape too (`se ”oltre … Usa”`):
        // after a space and before a word it cannot close.
        '”' if is_space(prev) && is_word(next) => mark(true, false, false),
        '”' => mark(false, true, false),
        '„' | '‟' => mark(true, false, false),
        '"' | '＂' => {
            // Copy typed with its straight quotes padded by spaces inside
            // (`: " Noi manterremo … ", ha detto`): after a space, a mark
            // before a space and a word may open; one before a space, the
            // line's end, or a comma or stop and a space may close; the stack
            // decides which. Never a closer glued to the word before it.
            let padded_open = is_space(prev) && next == Some(' ') && is_word(next2);
            let padded_close = prev == Some(' ')
                && (is_space(next)
                    || (next.is_some_and(|c| ",.;:!?".contains(c)) && is_space(next2)));
            if padded_open || padded_close {
                return mark(padded_open, padded_close, false);
            }
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
            // A guillemet at the end of its line closes: the word after the
            // line break is the next paragraph's (`… l’Ukraine. »⏎Cette …`).
            let line_ends = matches!(next, Some('\n' | '\r'));
            // After `«`, a dialogue dash opens the words too (`« — Vous
            // partez ? — Oui. »`), as does an ellipsis (`« … nous`); after
            // `»` a dash is the attribution's (`… » — a-t-il dit`).
            let opens_words = |c: Option<char>| {
                is_word(c)
                    || (ch == '«' && c.is_some_and(|c| crate::text::dashes::is_dash(c) || c == '…'))
            };
            // Spanish opens an exclamation or a question with `¡` or `¿`,
            // glued to the guillemet as a word would be (`«¡Viva la
            // libertad!»`): the words follow it.
            let starts_words = is_word(next) || matches!(next, Some('¡' | '¿'));
            let word_follows = starts_words || (is_space(next) && !line_ends && opens_words(next2));
            if starts_words && is_space(prev) {
                mark(true, false, false)
            } else if !word_follows {
                mark(false, true, false)
            } else {
                mark(true, true, false)
            }
        }
    }
}

/// Classifies every quotation mark of one paragraph, in order.
pub(super) fn collect_marks(text: &str, base: usize, slice: &str, out: &mut Vec<Mark>) {
    // Every paragraph passes here: only a byte that can begin a mark is
    // decoded, and the two characters before a mark are read back from it.
    let bytes = slice.as_bytes();
    // Where to look next: past the last byte tested, or read as part of a mark.
    let mut next = 0;
    loop {
        // Runs of plain ASCII hold no mark: skipped eight bytes at a time.
        let i = skip_plain_ascii(bytes, next);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        next = i + 1;
        // One test rejects most bytes left; 0xc3 0xa2 is `â`, which opens a
        // mark spelt in mojibake (0xc3 also leads é, ü …: checked only then).
        if !(may_begin_quote_mark(b) || b == 0xc3) {
            continue;
        }
        let mojibake = b == 0xc3;
        if mojibake && bytes.get(i + 1) != Some(&0xa2) {
            continue;
        }
        // A lead byte or ASCII, so `i` is a char boundary.
        let Some(mut ch) = slice[i..].chars().next() else {
            continue;
        };
        let mut len = ch.len_utf8();
        if mojibake {
            let Some((mark, spelt)) = mojibake_mark(&slice[i..]) else {
                continue;
            };
            (ch, len) = (mark, spelt);
        }
        if ch == char::REPLACEMENT_CHARACTER {
            let prev = slice[..i].chars().next_back();
            let Some(closer) = lost_closer(prev, ch, text[base + i + len..].chars().next()) else {
                continue;
            };
            ch = closer;
        }
        // Wire copy closes a straight double quote with two apostrophes
        // (`"the end of the earth'' to find`), and copy typed without a
        // double quote opens with them too (`declared: ''We will …''`): the
        // pair is one double mark spanning both, so the words end before
        // it and begin after it.
        let doubled = b == b'\'' && bytes.get(i + 1) == Some(&b'\'');
        if doubled {
            (ch, len) = ('"', 2);
        }
        if family(ch).is_none() {
            continue;
        }
        let past = i + len;
        next = past;
        let mut before = slice[..i].chars().rev();
        let (prev, prev2) = (before.next(), before.next());
        let mut after = text[base + past..].chars();
        let around = Around {
            prev2,
            prev,
            next: after.next(),
            next2: after.next(),
        };
        // Look-ahead may cross the paragraph end; that only matters for
        // whitespace tests, where a line break behaves like a space.
        if let Some(mark) = classify(ch, base + i, len, around) {
            out.push(mark);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::quoted_texts as quotes;

    #[test]
    fn a_guillemet_ending_its_line_closes_a_quotation_run_on_from_the_last_paragraph() {
        let found = quotes(
            "Macron « Nous allons créer un conseil commun.\nTous les pays doivent augmenter leurs dépenses. »\nCette alliance est reconstruite pour durer.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("Nous allons"), "{found:?}");
        assert!(found[0].ends_with("leurs dépenses."), "{found:?}");
    }

    #[test]
    fn a_straight_single_quote_glued_between_a_stop_and_a_capital_closes_and_opens() {
        // Wire copy that lost its line breaks: one mark ends a quotation and
        // the next begins at it, another ends the second before its verb.
        assert_eq!(
            quotes(
                "The mayor spoke at the harbour on Friday.'We will rebuild the pier this year. We will pay for it.'Clear the rubble and open the market again, all of it,' said the mayor."
            ),
            [
                "We will rebuild the pier this year. We will pay for it.",
                "Clear the rubble and open the market again, all of it,"
            ]
        );
        // A glued mark with another opener after it only closes.
        assert_eq!(
            quotes("She wants 'a fair vote.'Then she left, calling it 'a good day' for all."),
            ["a fair vote.", "a good day"]
        );
    }

    #[test]
    fn two_apostrophes_glued_inside_a_single_quotation_close_it_and_open_the_next() {
        assert_eq!(
            quotes(
                "He called the plan 'a fine thing for the town.''And we will build it soon,' he said."
            ),
            ["a fine thing for the town.", "And we will build it soon,"]
        );
        // With no single quotation open they stay one double mark.
        assert_eq!(
            quotes("He declared: ''We will win.'' The crowd cheered."),
            ["We will win."]
        );
    }

    #[test]
    fn a_closing_shaped_mark_before_a_word_opens() {
        assert_eq!(
            quotes("Si è chiesto se ”oltre i tre giorni Putin sarà serio”. Poi ha aggiunto altro."),
            ["oltre i tre giorni Putin sarà serio"]
        );
    }

    #[test]
    fn a_possessive_looking_closer_closes_when_the_next_closer_has_its_own_opener() {
        assert_eq!(
            quotes("Both intended to 'respond to the challenges' and 'act hand in hand' now."),
            ["respond to the challenges", "act hand in hand"]
        );
    }

    #[test]
    fn a_closer_spelt_in_mojibake_ends_its_quotation() {
        assert_eq!(
            quotes("MAYOR  \"We waited all winterâ?¦ and now it is spring.â? The crowd cheered."),
            ["We waited all winterâ?¦ and now it is spring."]
        );
        assert_eq!(
            quotes("She said â€œwe will stay hereâ€ and left."),
            ["we will stay here"]
        );
    }

    #[test]
    fn a_closer_lost_to_a_replacement_character_ends_its_quotation() {
        let intact = "“We are not ruling out any hypothesis,” he said earlier in the day.";
        let lost = intact.replace('”', "\u{fffd}");
        assert_eq!(quotes(&lost), quotes(intact));
        assert_eq!(quotes(&lost), ["We are not ruling out any hypothesis,"]);
        // One that replaced a letter is no mark.
        assert_eq!(
            quotes("“We met at the caf\u{fffd} on Monday,” she said."),
            ["We met at the caf\u{fffd} on Monday,"]
        );
    }

    #[test]
    fn an_opener_typed_before_a_space_closes_instead() {
        assert_eq!(
            quotes("They sang “Silent Night, “ then “Jingle Bells” and “Auld Lang Syne”."),
            ["Silent Night,", "Jingle Bells", "Auld Lang Syne"]
        );
    }

    #[test]
    fn two_apostrophes_are_one_double_mark_opening_or_closing() {
        assert_eq!(
            quotes("The minister declared: ''We will not give up our land''. Then he left."),
            ["We will not give up our land"]
        );
        assert_eq!(
            quotes("He would go \"to the end of the earth'' to find them, he said."),
            ["to the end of the earth"]
        );
    }

    #[test]
    fn lines_that_each_reopen_are_one_quotation_each() {
        assert_eq!(
            quotes(
                "\"We thank the firemen. They came fast.\n\"We will rebuild the hall.\n\"It will take a year.\""
            ),
            [
                "We thank the firemen. They came fast.",
                "We will rebuild the hall.",
                "It will take a year.",
            ]
        );
    }
}
