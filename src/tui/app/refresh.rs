//! What a refresh keeps. New articles swap the corpus and its analysis
//! under the reader, and every id is numbered afresh (a new article pushes
//! the others down), so the view is kept by identity: the focused pane, and
//! the quotes shown and selected by their article's id and their text's
//! place in it; they are found again in the new analysis after the swap.
//! The article in view and its scroll are the state keeper's (they come
//! back through the saved state, as after a restart).

use std::ops::Range;

use verbatim::quotes::QuoteId;

use super::super::layout::Pane;
use super::super::model::Shared;
use super::App;

/// A quote known by what it is rather than by its id in one analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
struct QuoteIdentity {
    /// The article's corpus id: the same in every analysis of the cache.
    article: String,
    /// The quoted words' bytes in the article.
    span: Range<usize>,
    text: String,
}

impl QuoteIdentity {
    fn of(shared: &Shared, id: QuoteId) -> Option<QuoteIdentity> {
        let quote = shared.quote(id)?;
        Some(QuoteIdentity {
            article: shared.article(quote.source)?.id.clone(),
            span: quote.inner(),
            text: shared.quote_text(quote).to_string(),
        })
    }

    /// The quote in `shared` with this identity: the same words at the
    /// same place in the same article, else (the feed edited the article,
    /// moving its text) the same words nearest that place in it.
    fn find(&self, shared: &Shared) -> Option<QuoteId> {
        let source = shared
            .corpus
            .articles
            .iter()
            .position(|a| a.id == self.article)?;
        let quotes = shared.quotes_of(verbatim::quotes::SourceId::new(source));
        let same_words = |&&id: &&QuoteId| {
            shared
                .quote(id)
                .is_some_and(|q| shared.quote_text(q) == self.text)
        };
        quotes
            .iter()
            .filter(same_words)
            .min_by_key(|&&id| shared.quote_start(id).abs_diff(self.span.start))
            .copied()
    }
}

/// The view a refresh keeps, taken before the swap.
#[derive(Debug)]
pub(super) struct Kept {
    focus: Pane,
    /// The rendering the diff shows beside the reference, or its lone quote.
    shown: Option<QuoteIdentity>,
    /// The diff's `▶` cursor is on the reference.
    on_reference: bool,
    swapped: bool,
    /// The quote selected in the article.
    selected: Option<QuoteIdentity>,
}

impl Kept {
    /// The view now, when a corpus is loaded (nothing to keep before).
    pub(super) fn capture(app: &App) -> Option<Kept> {
        let shared = app.shared.as_ref()?;
        let identity = |id: Option<QuoteId>| id.and_then(|id| QuoteIdentity::of(shared, id));
        Some(Kept {
            focus: app.focus,
            shown: identity(
                app.diff
                    .shown_quote(Some(shared))
                    .or(app.diff.open_target(Some(shared))),
            ),
            on_reference: app.diff.on_reference(),
            swapped: app.diff.swapped(),
            selected: identity(app.article.selected_quote()),
        })
    }

    /// Puts the kept view back on the corpus just loaded; what is no longer
    /// there is left as loading chose it.
    pub(super) fn restore(self, app: &mut App) {
        app.focus = self.focus;
        let Some(shared) = app.shared.as_ref() else {
            return;
        };
        let shown = self.shown.as_ref().and_then(|q| q.find(shared));
        let selected = self.selected.as_ref().and_then(|q| q.find(shared));
        if let Some(q) = shown {
            app.diff.follow(Some(shared), q);
            app.diff
                .keep_view(Some(shared), self.on_reference, self.swapped);
        }
        let in_view = app.article.source();
        let start_of = |id| shared.quote(id).filter(|q| q.source == in_view);
        if let Some((id, at)) = selected.and_then(|id| Some((id, start_of(id)?.inner().start))) {
            let inner = app.article_inner();
            app.article.select(app.shared.as_ref(), inner, id, at);
        }
    }
}

#[cfg(test)]
mod tests {
    use verbatim::corpus::Article;
    use verbatim::quotes::{ClusterId, SourceId};

    use super::super::super::action::Action;
    use super::super::super::fixture::{app_at, fixture, press};
    use super::super::super::model::Loaded;
    use super::super::super::state::SavedState;
    use super::super::update;
    use super::*;

    /// The fixture as a refresh brings it back: a new article first (every
    /// source one further down) and the quotes and groups numbered in the
    /// reverse order, so no old id means what it meant.
    fn refreshed() -> Loaded {
        let mut loaded = fixture();
        let text = "Ferry news\n\nNobody is quoted here.\n".to_string();
        let articles = &mut loaded.corpus.articles;
        articles.insert(0, Article::new("003_ferry", "003_ferry.txt", text));
        let last_quote = loaded.analysis.quotes.len() - 1;
        let last_group = loaded.analysis.clusters.len() - 1;
        let quote = |q: QuoteId| QuoteId::new(last_quote - q.index());
        let group = |c: ClusterId| ClusterId::new(last_group - c.index());
        let source = |s: SourceId| SourceId::new(s.index() + 1);
        let analysis = &mut loaded.analysis;
        for q in &mut analysis.quotes {
            q.id = quote(q.id);
            q.source = source(q.source);
            q.cluster = q.cluster.map(group);
            for unit in &mut q.units {
                unit.cluster = unit.cluster.map(group);
            }
        }
        analysis.quotes.reverse();
        for c in &mut analysis.clusters {
            c.id = group(c.id);
            c.reference = quote(c.reference);
            c.quotes = c.quotes.iter().rev().map(|&q| quote(q)).collect();
            c.sources = c.sources.iter().map(|&s| source(s)).collect();
            for p in &mut c.pairs {
                (p.a, p.b) = (quote(p.a), quote(p.b));
            }
        }
        analysis.clusters.reverse();
        for person in &mut analysis.people {
            person.quotes = person.quotes.iter().map(|&q| quote(q)).collect();
            for m in &mut person.mentions {
                m.source = source(m.source);
            }
        }
        analysis.source_divergence.insert(0, 0.0);
        loaded
    }

    /// What the diff and the article show, by identity.
    fn view(
        app: &App,
    ) -> (
        Pane,
        Option<QuoteIdentity>,
        bool,
        bool,
        Option<QuoteIdentity>,
    ) {
        let shared = app.shared().unwrap();
        let identity = |id: Option<QuoteId>| id.and_then(|id| QuoteIdentity::of(shared, id));
        (
            app.focus(),
            identity(app.diff.shown_quote(Some(shared))),
            app.diff.on_reference(),
            app.diff.swapped(),
            identity(app.article.selected_quote()),
        )
    }

    #[test]
    fn a_refresh_keeps_the_focus_and_the_diff_by_identity() {
        let mut app = app_at(160, 45, true);
        // The translation's second quote, in the peace group (the first
        // screen selected its first); the cursor on the group's reference,
        // the sides swapped; then the sources.
        press(&mut app, &["tab", "g", "j", "enter", "n"]);
        press(&mut app, &["tab", "k", "s", "tab"]);
        let before = view(&app);
        assert_eq!(before.0, Pane::Sources);
        let shown = before.1.clone().unwrap();
        assert_eq!(shown.text, "we need lasting peace", "{before:?}");
        assert!(before.2 && before.3, "{before:?}");
        assert_eq!(before.4.as_ref(), Some(&shown));

        // As the event loop does: the keeper restores the article in view.
        app.restore_on_load(Some(SavedState {
            version: 1,
            source: "001_translated".into(),
            scroll: 0,
            read: Vec::new(),
        }));
        update(&mut app, Action::Loaded(Box::new(refreshed())));
        assert_eq!(app.article().source(), SourceId::new(2), "renumbered");
        assert_eq!(view(&app), before);
        // The ids changed under it: the same quote now has another one.
        assert_eq!(app.diff.shown_quote(app.shared()), Some(QuoteId::new(1)));
    }

    #[test]
    fn a_quote_moved_by_an_edit_is_found_by_its_words() {
        let shared = Shared::new(fixture());
        let identity = QuoteIdentity::of(&shared, QuoteId::new(3)).unwrap();
        let mut edited = fixture();
        let moved = "we need lasting peace";
        let article = &mut edited.corpus.articles[1];
        article.text = format!("Trump: Russia very great\n\nSaid \"{moved}\" at last.\n");
        let start = article.text.find(moved).unwrap();
        edited.analysis.quotes[3].set_inner(start..start + moved.len());
        let shared = Shared::new(edited);
        assert_ne!(
            shared.quote(QuoteId::new(3)).unwrap().inner(),
            identity.span
        );
        assert_eq!(identity.find(&shared), Some(QuoteId::new(3)));
        let gone = QuoteIdentity {
            text: "never said".into(),
            ..identity
        };
        assert_eq!(gone.find(&shared), None);
    }
}
