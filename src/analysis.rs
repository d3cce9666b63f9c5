//! The analysis of a corpus: computed once per load, borrowed by every view.

use rayon::prelude::*;

use crate::corpus::{Corpus, Languages, LoadWarning};
use crate::people::{self, Person};
use crate::quotes::{Cluster, Quote, QuoteId, SourceId, attribute, extract, group};

/// Everything the engine knows about a corpus.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// All quotes, in corpus order; `quotes[id].id == id`.
    pub quotes: Vec<Quote>,
    /// People, `people[id].id == id`.
    pub people: Vec<Person>,
    /// Groups of renderings: cross-outlet before single-source, confident
    /// before doubtful, then most divergent first; `clusters[id].id == id`.
    pub clusters: Vec<Cluster>,
    /// Per source (index as in the corpus): the share of its renderings that
    /// diverge from the other outlets' (0 when it has none in cross-source groups).
    pub source_divergence: Vec<f64>,
    /// Articles the engine failed on (a bug), analysed as if empty so that
    /// the rest still loads; one line each for stderr. Empty as a rule.
    pub set_aside: Vec<LoadWarning>,
}

mod guard;

/// Runs the whole engine over `corpus`. A panic inside it (a bug) does not
/// end the run: the articles that cause it are set aside with a warning
/// (see [`guard`]) and everything else is analysed.
pub fn analyze(corpus: &Corpus) -> Analysis {
    guard::analyze_with(corpus, analyze_unguarded)
}

/// The engine itself, stage after stage.
fn analyze_unguarded(corpus: &Corpus) -> Analysis {
    // Extraction and people finding read only the corpus. People's merging
    // is mostly serial, so it runs beside extraction, which keeps the other
    // core busy and takes both once the merge is done. The name scan comes
    // first, alone: run beside extraction too, it ended about when
    // extraction did, and the merge then ran with the other core idle.
    let candidates = people::NameCandidates::find(corpus);
    let (mut quotes, mut people) = rayon::join(
        || extract_all(corpus),
        || people::merge_candidates(corpus, candidates),
    );
    // Both stages ask some articles' languages, a detection each: once.
    let languages = Languages::new(corpus);
    attribute::attribute_with(corpus, &languages, &mut quotes, &mut people);
    let clusters = group::group_with(corpus, &languages, &mut quotes, &people);
    let source_divergence = group::source_divergence(corpus, &quotes, &clusters);
    Analysis {
        quotes,
        people,
        clusters,
        source_divergence,
        set_aside: Vec::new(),
    }
}

/// Articles extracted as one piece of work at most (an article costs
/// ~0.3 M instructions).
/// Extraction starts while the other core runs people's merge: rayon then
/// cuts the articles into four long pieces, one per split it expects, and
/// the core freed by the merge could take only a piece not yet begun,
/// idling while the last long one finished. Pieces this short keep both
/// cores busy to the end.
const EXTRACT_PIECE: usize = 4;

/// Every quote of the corpus, numbered in corpus order (speakers and clusters unset).
pub fn extract_all(corpus: &Corpus) -> Vec<Quote> {
    let per_source: Vec<Vec<Quote>> = corpus
        .articles
        .par_iter()
        .enumerate()
        .with_max_len(EXTRACT_PIECE)
        .map(|(i, article)| extract::extract(article, SourceId::new(i), 0))
        .collect();
    // Sized once: growing by doubling would hold up to twice the quotes at the peak.
    let mut quotes: Vec<Quote> = Vec::with_capacity(per_source.iter().map(Vec::len).sum());
    for source in per_source {
        quotes.extend(source);
    }
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = QuoteId::new(i);
    }
    quotes
}
