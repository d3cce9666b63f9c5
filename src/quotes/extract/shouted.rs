//! Posts written all in capitals and printed bare, without quotation marks
//! or a credit: `THE OPERATION IS OVER! THE PATIENT LIVED, AND IS HEALING.
//! MAKE AMERICA GREAT AGAIN!!!`, often in English at the end of a page in
//! another language. A page's own prose is not shouted, and its headings in
//! capitals are one line without a cry; several sentences in capitals that
//! end with an exclamation mark are somebody's post. Each is its author's
//! statement, printed unquoted; attribution reads the narrative before it.

use crate::corpus::{Article, ParagraphKind};

use super::Span;
use crate::text::sentences::split_sentences;

/// A post needs a few words: a shouted heading is shorter.
const MIN_WORDS: usize = 8;

/// The letters a post needs, so that figures and symbols make no post.
const MIN_LETTERS: usize = 30;

/// The body paragraphs of `article` written as a shouted post, as spans
/// marked unquoted.
pub(super) fn shouted_posts(article: &Article) -> Vec<Span> {
    let text = article.text.as_str();
    article
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == ParagraphKind::Body)
        .filter_map(|(pi, p)| {
            let range = super::trimmed(text, p.range())?;
            shouted(&text[range.clone()]).then(|| Span::unquoted(range, pi))
        })
        .collect()
}

/// Whether `words` are a post in capitals: no lower-case letter, enough
/// words and letters, more than one sentence, a cry at the end, and no
/// quotation marks (a heading quoting someone frames their words).
fn shouted(words: &str) -> bool {
    // The cheap test first: nearly every paragraph fails it.
    if !words.ends_with('!') || words.chars().any(char::is_lowercase) {
        return false;
    }
    split_sentences(words, 0..words.len()).len() > 1
        && words.split_whitespace().count() >= MIN_WORDS
        && words.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
        && !super::has_quotation_mark(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posts(body: &str) -> Vec<String> {
        super::super::span_texts("Aranceles para todo el mundo", body, shouted_posts)
    }

    #[test]
    fn a_post_in_capitals_is_a_statement() {
        let body = "El presidente escribió en su red social por la mañana.\n\n\
            THE TALKS ARE OVER! THE DEAL IS DONE, AND IT IS GOOD. WE WILL BE STRONGER THAN EVER!!!";
        assert_eq!(
            posts(body),
            [
                "THE TALKS ARE OVER! THE DEAL IS DONE, AND IT IS GOOD. WE WILL BE STRONGER THAN EVER!!!"
            ]
        );
    }

    #[test]
    fn headings_and_prose_are_no_posts() {
        for body in [
            // One sentence, as a heading shouts.
            "Hubo reacciones.\n\nÚLTIMA HORA DESDE LA CASA BLANCA SOBRE LOS NUEVOS ARANCELES!",
            // One sentence: the stops of "U.S." end none.
            "Hubo reacciones.\n\nTHE U.S. WILL WIN THIS FIGHT AND WIN IT BIGGER THAN EVER!",
            // No cry at the end.
            "Hubo reacciones.\n\nLOS ARANCELES. LAS REACCIONES DE LOS MERCADOS EN TODO EL MUNDO",
            // Prose in ordinary case.
            "Hubo reacciones. Los mercados cayeron. ¡Fue un día muy duro para todos ellos!",
            // A heading quoting someone frames the words.
            "Hubo reacciones.\n\nTRUMP: \"THE TALKS ARE OVER\". LOS MERCADOS CAEN EN TODO EL MUNDO!",
        ] {
            assert!(posts(body).is_empty(), "{body}");
        }
    }
}
