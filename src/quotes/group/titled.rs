//! Short quotes printed in Title Case ("Make America Wealthy Again") in
//! an article's prose are a slogan or a name the article quotes, not an
//! echo of the sentence whose words they share ("we will make America
//! wealthy again"). Forms fold case, so such a copy shares its form with
//! the lower-case copies that do render the sentence: the decision is per
//! unit. A titled copy leaves a group that holds a longer rendering or an
//! untitled copy, and groups only with the titled copies of its form.

use crate::corpus::{Corpus, ParagraphKind};
use crate::people::is_title_case_line;
use crate::quotes::Quote;
use crate::text::words::bare_words;

use super::forms::{FormId, Forms, UnitIdx};
use super::link::MIN_CORE_WORDS;

/// The fewest words a titled quote has: a name of two or three words
/// ("Liberation Day", "Operation Harbour Light") is printed capitalised
/// wherever it is quoted, and the labels group it with the sentence that
/// says it; a capitalised phrase of four words or more is a slogan or a
/// title. Lower parts names from their sentences (recall); higher keeps
/// slogans in them (precision).
const MIN_TITLED_WORDS: usize = 4;

/// Whether a quote's text is in Title Case: [`MIN_TITLED_WORDS`] words or
/// more, each opening with a capital, and some letter in lower case (a
/// quote in capitals throughout is shouted, not titled).
pub(super) fn is_title_case(text: &str) -> bool {
    let mut words = 0;
    let mut capitalised = true;
    for w in bare_words(text).filter(|w| !w.is_empty()) {
        words += 1;
        capitalised &= w.chars().next().is_some_and(char::is_uppercase);
    }
    words >= MIN_TITLED_WORDS && capitalised && text.chars().any(char::is_lowercase)
}

/// Whether quote `q`'s unit `text` is printed in Title Case in a body
/// paragraph that is not itself in Title Case (a headline or a subhead
/// capitalises every word it quotes).
pub(super) fn in_prose(corpus: &Corpus, q: &Quote, text: &str) -> bool {
    corpus.articles.get(q.source.index()).is_some_and(|a| {
        a.paragraphs.get(q.paragraph()).is_some_and(|p| {
            p.kind == ParagraphKind::Body
                && is_title_case(text)
                && a.text
                    .get(p.start()..p.end())
                    // A page may repeat its headline below the top, set
                    // in headline style, short words in lower case ("‘We
                    // Will Not Back Down’ – Mayor Vows to Fight On"): its
                    // quote renders the sentence it capitalises, as the
                    // headline's does; strict Title Case read it as prose.
                    .is_some_and(|prose| !is_title_case(prose) && !is_title_case_line(prose))
        })
    })
}

/// Takes the titled copies (`titled`: a unit printed in Title Case in
/// prose that is not) of each short form (under [`MIN_CORE_WORDS`] words)
/// out of every group that keeps another rendering; the titled copies of
/// one form become a group of their own. One pass over the groups' members.
pub(super) fn release(
    forms: &mut Forms,
    groups: &mut Vec<Vec<FormId>>,
    titled: impl Fn(UnitIdx) -> bool,
) {
    let mut alone = Vec::new();
    for members in groups.iter_mut() {
        if members.len() < 2 {
            continue;
        }
        let mut leaving: Vec<(FormId, Vec<UnitIdx>)> = Vec::new();
        let mut others = false;
        for &f in members.iter() {
            let form = &forms.forms[f];
            let copies: Vec<UnitIdx> = if form.words().len() < MIN_CORE_WORDS {
                form.units.iter().copied().filter(|&u| titled(u)).collect()
            } else {
                Vec::new()
            };
            others |= copies.len() < form.units.len();
            if !copies.is_empty() {
                leaving.push((f, copies));
            }
        }
        if !others {
            continue;
        }
        for (f, copies) in leaving {
            if copies.len() == forms.forms[f].units.len() {
                members.retain(|&m| m != f);
                alone.push(f);
            } else {
                alone.push(forms.part_copies(f, copies));
            }
        }
    }
    groups.extend(alone.into_iter().map(|f| vec![f]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::group::forms::Form;

    #[test]
    fn a_slogan_in_title_case_is_titled() {
        assert!(is_title_case("Keep Harbourton Green Forever"));
        assert!(is_title_case("Keep Harbourton Green Forever,"));
        // A name, a sentence, a shouted post.
        assert!(!is_title_case("Harbour Day"));
        assert!(!is_title_case("Keep Harbourton green forever"));
        assert!(!is_title_case("KEEP HARBOURTON GREEN FOREVER"));
    }

    #[test]
    fn a_headline_repeated_in_the_body_is_no_prose() {
        use crate::corpus::{Article, Corpus};
        use crate::ids::{QuoteId, SourceId};
        // A slogan on placards in a sentence, and the page's headline
        // repeated below its top, its short words in lower case.
        let text = "Harbour road to close after council vote\n\n\
                    The council voted on Tuesday to close the harbour road.\n\n\
                    Protesters outside held signs reading ‘We Will Not Back Down’ all day.\n\n\
                    ‘We Will Not Back Down’ – Mayor Vows to Fight On\n\n\
                    She spoke outside the town hall on Wednesday morning.";
        let corpus = Corpus::from_articles(vec![Article::new("a", "a.txt", text.into())]);
        let article = &corpus.articles[0];
        let quote_in = |paragraph: usize| {
            let p = &article.paragraphs[paragraph];
            let at = p.start() + article.text[p.start()..].find("We Will").unwrap();
            let span = at..at + "We Will Not Back Down".len();
            let q = Quote::new(
                QuoteId::new(0),
                SourceId::new(0),
                span.clone(),
                span.clone(),
                span,
                paragraph,
            );
            in_prose(&corpus, &q, "We Will Not Back Down")
        };
        let placards = (0..article.paragraphs.len())
            .find(|&i| article.text[article.paragraphs[i].start()..].starts_with("Protesters"));
        let repeated = (0..article.paragraphs.len())
            .find(|&i| article.text[article.paragraphs[i].start()..].starts_with("‘We Will"));
        let repeated = repeated.unwrap();
        // Body text, as a page's repeated headline is read: the rule, not
        // the paragraph's kind, keeps its quote from reading as a slogan.
        assert_eq!(article.paragraphs[repeated].kind, ParagraphKind::Body);
        assert!(quote_in(placards.unwrap()));
        assert!(!quote_in(repeated));
    }

    #[test]
    fn titled_copies_leave_the_sentence_and_keep_each_other() {
        // Words: 0 "we", 1 "will", 2 "keep", 3 "harbourton", 4 "green",
        // 5 "forever", 6 "and", 7 "clean".
        let mut sentence = Form::new(vec![0, 1, 2, 3, 4, 5, 6, 7]);
        sentence.units = vec![0].into();
        // "keep Harbourton green forever" (unit 1) and "Keep Harbourton
        // Green Forever" twice (units 2, 3): one form, case folded.
        let mut phrase = Form::new(vec![2, 3, 4, 5]);
        phrase.units = vec![1, 2, 3].into();
        let mut forms = Forms {
            forms: vec![sentence, phrase],
            idf: vec![1.0; 8],
            df: vec![1; 8],
            ..Forms::default()
        };
        let mut groups = vec![vec![0, 1]];
        release(&mut forms, &mut groups, |u| u >= 2);
        assert_eq!(groups, vec![vec![0, 1], vec![2]]);
        assert_eq!(&*forms.forms[1].units, &[1]);
        assert_eq!(&*forms.forms[2].units, &[2, 3]);
    }
}
