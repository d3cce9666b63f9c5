//! The data every pane reads and none owns: the loaded corpus with its
//! analysis and search index, and what the reader derives from them once.

use std::sync::Arc;

use verbatim::analysis::Analysis;
use verbatim::corpus::{Article, Corpus};
use verbatim::ids::Span;
use verbatim::people::{Person, PersonId};
use verbatim::quotes::{Cluster, ClusterId, Quote, QuoteId, SourceId};
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
    /// Shared with the palette's ranking thread, as is `index`.
    pub corpus: Arc<Corpus>,
    pub analysis: Analysis,
    pub index: Arc<SearchIndex>,
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
            if let Some(list) = source_quotes.get_mut(q.source.index()) {
                list.push(q.id);
            }
        }
        for list in &mut source_quotes {
            list.sort_by_key(|&id| {
                analysis
                    .quotes
                    .get(id.index())
                    .map_or(0, |q| q.inner().start)
            });
        }
        Shared {
            corpus: Arc::new(corpus),
            analysis,
            index: Arc::new(index),
            source_quotes,
        }
    }

    pub fn source_count(&self) -> usize {
        self.corpus.articles.len()
    }

    // Every id → item lookup of the reader goes through these few methods.

    pub fn article(&self, source: SourceId) -> Option<&Article> {
        self.corpus.articles.get(source.index())
    }

    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.analysis.quotes.get(id.index())
    }

    pub fn cluster(&self, id: ClusterId) -> Option<&Cluster> {
        self.analysis.clusters.get(id.index())
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.analysis.people.get(id.index())
    }

    /// The words of quote `q` (marks excluded), or "" if its span is not in its article.
    pub fn quote_text(&self, q: &Quote) -> &str {
        q.span().text(&self.corpus)
    }

    /// The name of who said `q`, if known.
    pub fn speaker_of(&self, q: &Quote) -> Option<&str> {
        q.speaker
            .and_then(|s| self.person(s))
            .map(|p| p.name.as_str())
    }

    /// The quotes of `source` in text order (empty for an unknown source).
    pub fn quotes_of(&self, source: SourceId) -> &[QuoteId] {
        self.source_quotes
            .get(source.index())
            .map_or(&[], Vec::as_slice)
    }

    /// Where quote `id` starts in its article (0 when unknown), for ordering.
    pub fn quote_start(&self, id: QuoteId) -> usize {
        self.quote(id).map_or(0, |q| q.inner().start)
    }

    pub fn mention(&self, person: PersonId, index: usize) -> Option<&Span> {
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
        let text_of = |m: &Span| m.get(&self.corpus);
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
