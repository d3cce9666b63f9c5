//! `/` in the article pane, as in less and vim: the query typed so far,
//! where it matches in the open article (byte spans, highlighted as it is
//! typed), and the match `n`/`N` are on. Smart case: a query with a
//! capital letter matches case exactly, any other ignores case.

use std::ops::Range;

use verbatim::corpus::{Article, ParagraphKind};
use verbatim::quotes::SourceId;

use super::action::Action;
use super::article::Wrapped;
use super::wrap::DISPLAY_LIMIT;

/// The actions worth a hint while a query is typed.
pub const HINTS: &[Action] = &[Action::SearchAccept, Action::CloseOverlay, Action::Quit];

/// A search in one article.
#[derive(Debug, Default)]
pub struct ArticleSearch {
    query: String,
    /// The query is being typed (the reader is in search mode).
    typing: bool,
    /// The article searched: its matches are spans of its text.
    source: SourceId,
    /// Where the search started: the first match at or after it is current.
    origin: usize,
    matches: Vec<Range<usize>>,
    current: usize,
}

impl ArticleSearch {
    /// `/`: an empty query typed in `source`, matches counted from byte `origin`.
    pub fn start(source: SourceId, origin: usize) -> Self {
        ArticleSearch {
            typing: true,
            source,
            origin,
            ..ArticleSearch::default()
        }
    }

    /// Whether `n`/`N` go through matches (a query was typed).
    pub fn is_active(&self) -> bool {
        !self.query.is_empty()
    }

    pub fn is_typing(&self) -> bool {
        self.typing
    }

    pub fn source(&self) -> SourceId {
        self.source
    }

    pub fn matches(&self) -> &[Range<usize>] {
        &self.matches
    }

    /// The match `n`/`N` are on.
    pub fn current(&self) -> Option<&Range<usize>> {
        self.matches.get(self.current)
    }

    /// Enter: the query stays and typing ends; an empty query ends the search.
    pub fn accept(&mut self) {
        self.typing = false;
    }

    /// A char typed (`Some`) or the last one deleted (`None`); the matches
    /// follow, the current one the first at or after where the search began.
    pub fn edit(&mut self, article: &Article, edit: Option<char>) {
        match edit {
            Some(c) => self.query.push(c),
            None => {
                self.query.pop();
            }
        }
        self.matches = find_all(article, &self.query);
        let after = self.matches.partition_point(|m| m.start < self.origin);
        self.current = if after < self.matches.len() { after } else { 0 };
    }

    /// `n`/`N`: the next match round the ends, if there is any.
    pub fn step(&mut self, forward: bool) -> Option<(Range<usize>, Wrapped)> {
        if self.matches.is_empty() {
            return None;
        }
        let (next, wrapped) = Wrapped::step(self.current, self.matches.len(), forward);
        self.current = next;
        Some((self.matches[next].clone(), wrapped))
    }

    /// "/query · 3/17" for the pane's bottom edge.
    pub fn label(&self) -> String {
        let cursor = if self.typing { "▏" } else { "" };
        let count = match (self.query.is_empty(), self.matches.len()) {
            (true, _) => String::new(),
            (false, 0) => " · no match".to_string(),
            (false, n) => format!(" · {}/{n}", self.current + 1),
        };
        format!(" /{}{cursor}{count} ", self.query)
    }
}

/// How a char compares: folded unless `exact` (smart case), curly quotes
/// and apostrophes as straight ones, any space as a space (the pane shows
/// line breaks as spaces).
fn fold(c: char, exact: bool) -> char {
    let c = match c {
        '‘' | '’' => '\'',
        '“' | '”' => '"',
        c if c.is_whitespace() => ' ',
        c => c,
    };
    if exact {
        return c;
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Every match of `query` in the article's shown paragraphs (the ones the
/// pane lays out), in order, not overlapping.
pub fn find_all(article: &Article, query: &str) -> Vec<Range<usize>> {
    let exact = query.chars().any(char::is_uppercase);
    let needle: Vec<char> = query.chars().map(|c| fold(c, exact)).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let shown = article
        .paragraphs
        .iter()
        .filter(|p| p.kind != ParagraphKind::Metadata && p.start() < DISPLAY_LIMIT);
    for p in shown {
        let end = p.end().min(DISPLAY_LIMIT);
        let Some(text) = article.text.get(p.start()..end) else {
            continue;
        };
        let hay: Vec<(usize, char)> = text
            .char_indices()
            .map(|(i, c)| (p.start() + i, fold(c, exact)))
            .collect();
        let mut i = 0;
        while i + needle.len() <= hay.len() {
            let found = hay[i..i + needle.len()]
                .iter()
                .zip(&needle)
                .all(|((_, h), n)| h == n);
            if !found {
                i += 1;
                continue;
            }
            let last = hay[i + needle.len() - 1];
            out.push(hay[i].0..last.0 + text_char_len(article, last.0));
            i += needle.len();
        }
    }
    out
}

/// The UTF-8 length of the article's char at byte `at`.
fn text_char_len(article: &Article, at: usize) -> usize {
    article
        .text
        .get(at..)
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article::new("a", "a.txt", text.to_string())
    }

    fn found<'a>(a: &'a Article, query: &str) -> Vec<&'a str> {
        find_all(a, query).into_iter().map(|r| &a.text[r]).collect()
    }

    #[test]
    fn smart_case_folds_unless_the_query_has_a_capital() {
        let a = article("Title\n\nRussia is a big power, said RUSSIA’s man; russia.\n");
        assert_eq!(found(&a, "russia"), ["Russia", "RUSSIA", "russia"]);
        assert_eq!(found(&a, "Russia"), ["Russia"]);
        assert_eq!(
            found(&a, "russia's"),
            ["RUSSIA’s"],
            "curly apostrophes match straight ones"
        );
        assert!(found(&a, "absent").is_empty());
        assert!(found(&a, "").is_empty());
    }

    #[test]
    fn matches_do_not_overlap_and_any_space_matches_a_space() {
        let a = article("Title\n\naaaa and a\tline break\n");
        assert_eq!(found(&a, "aa"), ["aa", "aa"]);
        assert_eq!(
            found(&a, "a line"),
            ["a\tline"],
            "the pane shows a tab as a space"
        );
    }

    #[test]
    fn n_goes_round_from_where_the_search_began() {
        let a = article("Title\n\nwar one, war two, war three\n");
        let second = a.text.find("war two").unwrap();
        let mut search = ArticleSearch::start(SourceId::new(0), second);
        for c in "war".chars() {
            search.edit(&a, Some(c));
        }
        assert_eq!(search.current().map(|r| r.start), Some(second));
        assert_eq!(search.label(), " /war▏ · 2/3 ");
        assert_eq!(search.step(true).map(|s| s.1), Some(Wrapped::No));
        assert_eq!(search.step(true).map(|s| s.1), Some(Wrapped::ToFirst));
        assert_eq!(search.step(false).map(|s| s.1), Some(Wrapped::ToLast));
        search.accept();
        assert_eq!(search.label(), " /war · 3/3 ");
        search.edit(&a, Some('x'));
        assert_eq!(search.label(), " /warx · no match ");
        assert_eq!(search.step(true), None);
    }
}
