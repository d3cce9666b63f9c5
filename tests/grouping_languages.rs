//! A short phrase that two groups in different languages hold: outlets lift
//! a phrase from a rendering in their own language, and a translation that
//! keeps the original words in brackets holds them without being what was
//! copied (`group::attach`'s language tie-break).

use verbatim::corpus::{Article, Corpus};
use verbatim::quotes::Quote;
use verbatim::quotes::group::group;

use crate::common::quote;

/// Articles of one quote each, `(text, quoted part)`: the quote is the
/// part's first occurrence in the text, given to one speaker.
fn articles_of(articles: &[(&str, &str)]) -> (Corpus, Vec<Quote>) {
    let mut quotes = Vec::new();
    let mut docs = Vec::new();
    for (source, &(text, part)) in articles.iter().enumerate() {
        let start = text.find(part).expect("the part is in the text");
        quotes.push(quote(source, source, start, start + part.len(), Some(1)));
        docs.push(Article::new(
            format!("a{source}"),
            format!("a{source}.txt"),
            text.to_string(),
        ));
    }
    (Corpus::from_articles(docs), quotes)
}

#[test]
fn a_phrase_fitting_two_groups_joins_the_one_in_its_own_language() {
    // The sentence, and its translation keeping the phrase in brackets, both
    // given to the speaker: the phrase sits whole inside each, and each says
    // about as many words besides, so it fits the two about equally. The two
    // share only the phrase: they do not link, and stay two groups.
    let english =
        "We must turn the volume up on every street of this city, and not just on the main square.";
    let spanish = "Debemos subir el volumen (turn the volume up) en cada calle de esta ciudad, y no solo en la plaza mayor.";
    let phrase = "turn the volume up";
    let sentence_article = format!(
        "The mayor spoke to a crowd of supporters in the old market square on Sunday evening. \
         He told them the city needed more music and more festivals after a long and quiet winter. \
         “{english}” he said, to loud applause from the people gathered there."
    );
    let translation_article = format!(
        "El alcalde habló ante una multitud de simpatizantes en la vieja plaza del mercado el domingo por la tarde. \
         Dijo que la ciudad necesitaba más música y más fiestas después de un invierno largo y tranquilo. \
         «{spanish}», dijo, entre los aplausos de las personas que se habían reunido allí."
    );
    let phrase_articles = [
        format!(
            "The mayor promised a summer of concerts and street parties across the whole city. \
             He said it was time to “{phrase}” after a quiet winter, and he thanked the organisers for their work."
        ),
        format!(
            "Thousands of people came to hear the mayor speak about the coming festival season. \
             The city will “{phrase}”, he said, with new open-air stages in every district this year."
        ),
        format!(
            "Local musicians welcomed the plan announced by the mayor on Sunday evening in the market square. \
             He vowed to “{phrase}” in every neighbourhood, and the band played one more song for the crowd."
        ),
    ];
    let mut articles = vec![
        (sentence_article.as_str(), english),
        (translation_article.as_str(), spanish),
    ];
    articles.extend(phrase_articles.iter().map(|t| (t.as_str(), phrase)));
    let (corpus, mut quotes) = articles_of(&articles);
    let clusters = group(&corpus, &mut quotes);
    let cluster = |q: usize| quotes[q].cluster;
    // 0 the sentence, 1 its translation, 2–4 the phrase. Without the
    // tie-break the phrase joins neither, and the sentence has no group.
    assert!(cluster(0).is_some(), "{clusters:#?}");
    for q in 2..5 {
        assert_eq!(cluster(q), cluster(0), "{clusters:#?}");
    }
    assert_ne!(cluster(1), cluster(0), "{clusters:#?}");
}
