//! The data every pane reads and none owns: the loaded corpus with its
//! analysis and search index, and what the reader derives from them once.

use verbatim::analysis::Analysis;
use verbatim::corpus::{Article, Corpus};
use verbatim::people::{Mention, Person, PersonId};
use verbatim::quotes::{Cluster, ClusterId, Quote, QuoteId, SourceIdx};
use verbatim::search::SearchIndex;

/// What the background load hands over: the corpus and everything computed from it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub corpus: Corpus,
    pub analysis: Analysis,
    pub index: SearchIndex,
}

/// What every pane reads and none owns: a loaded corpus as the reader uses
/// it. Read-only once built; panes borrow it, so no pane recomputes what the
/// analysis already knows.
#[derive(Debug)]
pub struct Shared {
    pub corpus: Corpus,
    pub analysis: Analysis,
    pub index: SearchIndex,
    /// Quotes of each source, in text order.
    source_quotes: Vec<Vec<QuoteId>>,
}

impl Shared {
    pub fn new(loaded: Loaded) -> Self {
        let Loaded {
            corpus,
            analysis,
            index,
        } = loaded;
        let mut source_quotes = vec![Vec::new(); corpus.articles.len()];
        for q in &analysis.quotes {
            if let Some(list) = source_quotes.get_mut(q.source) {
                list.push(q.id);
            }
        }
        for list in &mut source_quotes {
            list.sort_by_key(|&id| analysis.quotes.get(id).map_or(0, |q| q.start));
        }
        Shared {
            corpus,
            analysis,
            index,
            source_quotes,
        }
    }

    pub fn source_count(&self) -> usize {
        self.corpus.articles.len()
    }

    // Every id → item lookup of the reader goes through these few methods.

    pub fn article(&self, source: SourceIdx) -> Option<&Article> {
        self.corpus.articles.get(source)
    }

    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.analysis.quotes.get(id)
    }

    pub fn cluster(&self, id: ClusterId) -> Option<&Cluster> {
        self.analysis.clusters.get(id)
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.analysis.people.get(id)
    }

    /// The words of quote `q` (marks excluded), or "" if its span is not in its article.
    pub fn quote_text(&self, q: &Quote) -> &str {
        self.article(q.source)
            .and_then(|a| a.text.get(q.start..q.end))
            .unwrap_or("")
    }

    /// The name of who said `q`, if known.
    pub fn speaker_of(&self, q: &Quote) -> Option<&str> {
        q.speaker
            .and_then(|s| self.person(s))
            .map(|p| p.name.as_str())
    }

    /// The quotes of `source` in text order (empty for an unknown source).
    pub fn quotes_of(&self, source: SourceIdx) -> &[QuoteId] {
        self.source_quotes.get(source).map_or(&[], Vec::as_slice)
    }

    /// Where quote `id` starts in its article (0 when unknown), for ordering.
    pub fn quote_start(&self, id: QuoteId) -> usize {
        self.quote(id).map_or(0, |q| q.start)
    }

    pub fn mention(&self, person: PersonId, index: usize) -> Option<&Mention> {
        self.person(person)?.mentions.get(index)
    }

    /// The first mention of `person` spelt as their spelling `variant`
    /// (exactly, else ignoring ASCII case), or 0.
    pub fn mention_of_variant(&self, person: PersonId, variant: usize) -> usize {
        let Some(p) = self.person(person) else {
            return 0;
        };
        let Some(spelling) = p.variants.get(variant) else {
            return 0;
        };
        let text_of = |m: &Mention| self.article(m.source)?.text.get(m.start..m.end);
        p.mentions
            .iter()
            .position(|m| text_of(m) == Some(spelling.as_str()))
            .or_else(|| {
                p.mentions
                    .iter()
                    .position(|m| text_of(m).is_some_and(|t| t.eq_ignore_ascii_case(spelling)))
            })
            .unwrap_or(0)
    }
}
