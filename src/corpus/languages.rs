//! Each article's language, detected once per analysis: attribution asks
//! for it (German reported speech, English role subjects) and grouping
//! again (fragments tied between two groups), each for a few articles. At
//! ~0.1 ms a detection, an article both ask about should not pay twice.

use std::sync::OnceLock;

use super::{Article, Corpus};
use crate::ids::SourceId;

/// The languages of a corpus's articles ([`Article::language`]), each
/// detected on first need, from any thread.
pub struct Languages<'a> {
    articles: &'a [Article],
    detected: Vec<OnceLock<Option<String>>>,
}

impl<'a> Languages<'a> {
    pub fn new(corpus: &'a Corpus) -> Self {
        Languages {
            articles: &corpus.articles,
            detected: corpus.articles.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The language of the article `source`; `None` when it is unknown or
    /// there is no such article.
    pub fn of(&self, source: SourceId) -> Option<&str> {
        let article = self.articles.get(source.index())?;
        self.detected[source.index()]
            .get_or_init(|| article.language())
            .as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_article_is_detected_once_and_kept() {
        let text = "Talks resume in the capital after a long pause\n\n\
            The minister said on Tuesday that the talks would resume next week after a \
            pause of several weeks, and that both sides had agreed to meet again.\n\n\
            Officials from both sides met behind closed doors for more than three hours. \
            The details of the meeting were not made public, and observers described the \
            mood as cautious but hopeful.\n";
        let corpus = Corpus::from_articles(vec![Article::new("a", "a.txt", text.into())]);
        let languages = Languages::new(&corpus);
        assert_eq!(languages.of(SourceId::new(0)), Some("en"));
        assert_eq!(languages.of(SourceId::new(1)), None);
        // Kept: a second ask reads the first answer.
        let kept = languages.detected[0].get().cloned();
        assert_eq!(kept, Some(Some("en".to_string())));
    }
}
