//! Which sources the list shows and in what order: the orders a key cycles
//! through (file, date, divergence, quote count, unread) and the typed
//! filter that narrows the list. Pure functions over the loaded corpus, so
//! the pane only keeps the result.

use verbatim::quotes::SourceId;

use super::model::Shared;

/// The order of the sources list; `cycle_sort` steps through them in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SourceOrder {
    /// As the files were read (what `verbatim sources` prints).
    #[default]
    File,
    /// Newest first; undated sources last.
    Date,
    /// Most divergent renderings first (the `Δ` badge).
    Divergence,
    /// Most quotes first.
    Quotes,
    /// Sources not opened yet first.
    Unread,
}

impl SourceOrder {
    /// The next order, wrapping round to the file order.
    pub fn next(self) -> SourceOrder {
        match self {
            SourceOrder::File => SourceOrder::Date,
            SourceOrder::Date => SourceOrder::Divergence,
            SourceOrder::Divergence => SourceOrder::Quotes,
            SourceOrder::Quotes => SourceOrder::Unread,
            SourceOrder::Unread => SourceOrder::File,
        }
    }

    /// How the pane title names the order.
    pub fn label(self) -> &'static str {
        match self {
            SourceOrder::File => "file order",
            SourceOrder::Date => "by date",
            SourceOrder::Divergence => "by Δ",
            SourceOrder::Quotes => "by quotes",
            SourceOrder::Unread => "unread first",
        }
    }
}

/// The sources to list: those matching `filter`, in `order`. Ties keep the
/// file order, so every order is deterministic. `read` holds one flag per source.
pub fn arrange(shared: &Shared, order: SourceOrder, filter: &str, read: &[bool]) -> Vec<SourceId> {
    let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
    let mut rows: Vec<SourceId> = (0..shared.source_count())
        .map(SourceId::new)
        .filter(|&s| words.is_empty() || matches(shared, s, &words))
        .collect();
    let divergence = |s: SourceId| {
        shared
            .analysis
            .source_divergence
            .get(s.index())
            .copied()
            .unwrap_or(0.0)
    };
    let date = |s: SourceId| shared.article(s).and_then(|a| a.meta.published.as_deref());
    // Stable sorts over rows already in file order: ties stay in file order.
    match order {
        SourceOrder::File => {}
        // RFC 3339 dates compare as text; `None` sorts first, so it is reversed too.
        SourceOrder::Date => rows.sort_by(|&a, &b| date(b).cmp(&date(a))),
        SourceOrder::Divergence => rows.sort_by(|&a, &b| divergence(b).total_cmp(&divergence(a))),
        SourceOrder::Quotes => rows.sort_by_key(|&s| std::cmp::Reverse(shared.quotes_of(s).len())),
        SourceOrder::Unread => rows.sort_by_key(|&s| read.get(s.index()).copied().unwrap_or(false)),
    }
    rows
}

/// Whether every word of the filter (lower-cased) occurs in the source's
/// title, outlet, date or file id, ignoring case.
fn matches(shared: &Shared, source: SourceId, words: &[String]) -> bool {
    let Some(article) = shared.article(source) else {
        return false;
    };
    let fields = [
        Some(article.title.as_str()),
        article.meta.outlet.as_deref(),
        article.meta.published.as_deref(),
        Some(article.id.as_str()),
    ];
    let haystack = fields
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    words.iter().all(|w| haystack.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture::fixture;

    fn indices(rows: &[SourceId]) -> Vec<usize> {
        rows.iter().map(|s| s.index()).collect()
    }

    #[test]
    fn each_order_sorts_with_ties_in_file_order() {
        let shared = Shared::new(fixture());
        let all = |order, read: &[bool]| indices(&arrange(&shared, order, "", read));
        let n = shared.source_count();
        assert_eq!(all(SourceOrder::File, &[]), (0..n).collect::<Vec<_>>());
        let quotes: Vec<usize> = all(SourceOrder::Quotes, &[])
            .iter()
            .map(|&i| shared.quotes_of(SourceId::new(i)).len())
            .collect();
        assert!(quotes.windows(2).all(|w| w[0] >= w[1]), "{quotes:?}");
        let divergence: Vec<f64> = all(SourceOrder::Divergence, &[])
            .iter()
            .map(|&i| shared.analysis.source_divergence[i])
            .collect();
        assert!(
            divergence.windows(2).all(|w| w[0] >= w[1]),
            "{divergence:?}"
        );
        // The one read source goes last; the others keep their file order.
        let mut unread_first: Vec<usize> = (1..n).collect();
        unread_first.push(0);
        let mut read = vec![false; n];
        read[0] = true;
        assert_eq!(all(SourceOrder::Unread, &read), unread_first);
    }

    #[test]
    fn dates_sort_newest_first_and_undated_last() {
        let mut loaded = fixture();
        loaded.corpus.articles[0].meta.published = Some("2025-08-18".into());
        loaded.corpus.articles[2].meta.published = Some("2025-08-19T10:00:00Z".into());
        let shared = Shared::new(loaded);
        assert_eq!(
            indices(&arrange(&shared, SourceOrder::Date, "", &[])),
            [2, 0, 1]
        );
    }

    #[test]
    fn the_filter_needs_every_word_in_any_field_ignoring_case() {
        let shared = Shared::new(fixture());
        let title = shared.article(SourceId::new(1)).unwrap().title.clone();
        let word = title.split_whitespace().last().unwrap().to_uppercase();
        let rows = indices(&arrange(&shared, SourceOrder::File, &word, &[]));
        assert!(rows.contains(&1), "{word} {rows:?}");
        let none = arrange(&shared, SourceOrder::File, &format!("{word} zzqx"), &[]);
        assert!(none.is_empty(), "a word that is nowhere narrows to nothing");
        let id = shared.article(SourceId::new(2)).unwrap().id.clone();
        assert_eq!(indices(&arrange(&shared, SourceOrder::File, &id, &[])), [2]);
    }

    #[test]
    fn the_orders_cycle_back_to_the_file_order() {
        let mut order = SourceOrder::default();
        let mut seen = vec![order.label()];
        for _ in 0..4 {
            order = order.next();
            seen.push(order.label());
        }
        assert_eq!(order.next(), SourceOrder::File);
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 5, "every order has its own label");
    }
}
