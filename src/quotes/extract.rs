//! Finding quotations in the content paragraphs of an article.
//! (To be written by the quote-engine work.)

use crate::corpus::Article;

use super::{Quote, SourceIdx};

/// Every quotation in `article`, in text order, with `speaker` and `cluster` unset
/// and `id` numbered from `first_id`.
pub fn extract(_article: &Article, _source: SourceIdx, _first_id: usize) -> Vec<Quote> {
    Vec::new()
}
