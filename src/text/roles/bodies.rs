//! The body a role belongs to, written after its noun ("leader *of the
//! Brothers of Italy*", "chef *du Rassemblement national*"): a party, a
//! union or a firm, read as its capitalised words so that a role asked
//! with one body is compared with the bodies its holders are titled with.

use crate::text::words::tokens_at;

/// Prepositions that join a role noun to the body it belongs to.
#[rustfmt::skip]
const LINKS: &[&str] = &[
    "of", "de", "del", "della", "dello", "di", "du", "des", "dei", "degli", "delle", "do", "da",
];

/// Articles that may open the body ("of *the* Sons of Liguria").
const ARTICLES: &[&str] = &["the", "la", "le", "el", "il", "lo"];

/// Lower-case words that may join two capitalised words inside one body's
/// name ("Brothers *of* Italy", "Party *of the* Regions").
const INNER_LINKS: &[&str] = &["of", "the", "di", "de", "del", "della", "and", "for"];

/// Adjectives before the body ("of the *far-right* Brothers of Italy",
/// "of the *nationalist* League"): at most this many.
const MODIFIERS: usize = 2;

/// A body's name runs to at most this many capitalised words.
const BODY_WORDS: usize = 4;

/// The body written at the start of `rest` (the text right after a role
/// noun: " of the Brothers of Italy, before …"): its capitalised words,
/// without trailing punctuation, and the byte offset in `rest` where the
/// body's last word ends. `None` when `rest` opens with no link and
/// capitalised name ("leader of the opposition", "leader said").
pub fn body_after_role(rest: &str) -> Option<(Vec<&str>, usize)> {
    let mut tokens = tokens_at(rest);
    let (_, link) = tokens.next()?;
    if !rest.starts_with(' ') || !LINKS.contains(&link) {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    let mut end = 0;
    let mut modifiers = 0;
    let mut pending_links = 0;
    for (at, token) in tokens {
        let core = token.trim_end_matches(|c: char| !c.is_alphanumeric());
        let closed = core.len() < token.len();
        if core.is_empty() {
            break;
        }
        if core.starts_with(char::is_uppercase) {
            words.push(core);
            end = at + core.len();
            pending_links = 0;
            if closed || words.len() == BODY_WORDS {
                break;
            }
            continue;
        }
        if closed {
            break;
        }
        let lower_word = core.chars().all(|c| c.is_lowercase() || c == '-');
        if words.is_empty() && ARTICLES.contains(&core) && modifiers == 0 {
            continue;
        }
        if words.is_empty() && lower_word && modifiers < MODIFIERS && !LINKS.contains(&core) {
            modifiers += 1;
            continue;
        }
        if !words.is_empty() && INNER_LINKS.contains(&core) && pending_links < 2 {
            pending_links += 1;
            continue;
        }
        break;
    }
    (!words.is_empty()).then_some((words, end))
}

/// Words that name a kind of body, not which one: two parties share them.
#[rustfmt::skip]
const KINDS: &[&str] = &[
    "party", "partido", "parti", "partito", "partei", "partidul", "partia", "partij",
];

/// Whether a title ("party leader of the far-right Brothers of Italy",
/// "Liberal leader", "CDU-Chef") names the body whose capitalised words are
/// `body` ("Partido Liberal", "CDU/CSU"): they share a word, or a part of
/// one joined by a hyphen or a slash, other than a word for a kind of body.
/// A translation keeps a party's own word ("Liberal", "CDU") where it
/// renders the rest ("Partido Liberal", "leader della CDU").
pub fn titled_with_body(title: &str, body: &[&str]) -> bool {
    let parts = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(str::to_lowercase)
            .filter(|w| !KINDS.contains(&w.as_str()))
            .collect()
    };
    let title = parts(title);
    body.iter()
        .flat_map(|b| parts(b))
        .any(|b| title.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_after_a_role_is_its_capitalised_words() {
        let rest = " of the far-right Sons of Liguria, before leaving";
        let (words, end) = body_after_role(rest).unwrap();
        assert_eq!(words, ["Sons", "Liguria"]);
        assert_eq!(&rest[..end], " of the far-right Sons of Liguria");
        assert_eq!(body_after_role(" of the opposition said"), None);
        assert_eq!(body_after_role(" said the Union"), None);
        assert!(titled_with_body("Northern Union leader", &["Union"]));
        assert!(!titled_with_body(
            "leader of Green Dawn",
            &["Sons", "Liguria"]
        ));
        assert!(titled_with_body("CDU-Chef", &["CDU/CSU"]));
        assert!(titled_with_body("Liberal leader", &["Partido", "Liberal"]));
        assert!(!titled_with_body("Party leader", &["Partido", "Verde"]));
    }
}
