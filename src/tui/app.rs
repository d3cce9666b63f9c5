//! The reader's state — one state per pane plus what they share — and the
//! one `update` that changes it, routing each action to the pane that owns
//! it. Moves that span panes (opening a source, selecting a quote, jumps)
//! live here; drawing reads this state and nothing else.

use std::ops::Range;

use ratatui::layout::Rect;
use verbatim::people::PersonId;
use verbatim::quotes::{QuoteId, SourceId};
use verbatim::search::Target;

use super::action::{Action, Stage};
use super::article::ArticlePane;
use super::cache_listing::Listing;
use super::config::{Config, Mode};
use super::diff::{self, DiffPane};
use super::groups::GroupsPane;
use super::layout::{self, Pane, Panes};
use super::model::{Loaded, Shared};
use super::palette::PalettePane;
use super::sources::SourcesPane;
use super::state::SavedState;

// The groups list, the sources filter and copying a citation.
mod lists;
// Mouse input: where a click or wheel step lands.
mod mouse;
// What a refresh keeps of the view: focus, diff, selected quote.
mod refresh;
// n/N through quotes, mentions and search matches.
mod steps;

#[derive(Debug)]
pub struct App {
    config: Config,
    /// Terminal size (columns, rows).
    size: (u16, u16),
    /// Inverts the automatic choice of diff beside / below the article.
    stack_toggled: bool,
    shared: Option<Shared>,
    /// The feeds cache's window as listed before the corpus exists.
    listing: Option<Listing>,
    /// Loading stage, done, total while the background task runs.
    progress: Option<(Stage, usize, usize)>,
    mode: Mode,
    focus: Pane,
    sources: SourcesPane,
    article: ArticlePane,
    diff: DiffPane,
    palette: PalettePane,
    groups: GroupsPane,
    /// An OSC 52 clipboard escape for the event loop to write to the terminal.
    clipboard: Option<String>,
    /// A one-line notice for the status bar (warnings, errors).
    notice: Option<String>,
    should_quit: bool,
    /// Set when loading failed: the reader exits with this error.
    failure: Option<String>,
    /// State from the last run, applied once the corpus is loaded.
    restore: Option<SavedState>,
}

impl App {
    pub fn new(config: Config, size: (u16, u16)) -> Self {
        App {
            config,
            size,
            stack_toggled: false,
            shared: None,
            listing: None,
            progress: Some((Stage::Starting, 0, 0)),
            mode: Mode::Normal,
            focus: Pane::Diff,
            sources: SourcesPane::default(),
            article: ArticlePane::default(),
            diff: DiffPane::default(),
            palette: PalettePane::default(),
            groups: GroupsPane::default(),
            clipboard: None,
            notice: None,
            should_quit: false,
            failure: None,
            restore: None,
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Whether the user flipped the automatic diff beside / below choice.
    pub fn stack_toggled(&self) -> bool {
        self.stack_toggled
    }

    /// The layout at the current terminal size.
    pub fn panes(&self) -> Panes {
        layout::panes(self.size, self.stack_toggled)
    }

    /// The loaded corpus and its analysis, once loading is done.
    pub fn shared(&self) -> Option<&Shared> {
        self.shared.as_ref()
    }

    /// The feeds cache's window listed from its rows, when reading the cache.
    pub fn listing(&self) -> Option<&Listing> {
        self.listing.as_ref()
    }

    pub fn progress(&self) -> Option<(Stage, usize, usize)> {
        self.progress
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn sources(&self) -> &SourcesPane {
        &self.sources
    }

    pub fn article(&self) -> &ArticlePane {
        &self.article
    }

    pub fn diff(&self) -> &DiffPane {
        &self.diff
    }

    pub fn palette(&self) -> &PalettePane {
        &self.palette
    }

    pub fn groups(&self) -> &GroupsPane {
        &self.groups
    }

    pub fn palette_mut(&mut self) -> &mut PalettePane {
        &mut self.palette
    }

    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    pub fn set_notice(&mut self, notice: Option<String>) {
        self.notice = notice;
    }

    /// State from the last run, to apply when the corpus arrives.
    pub fn restore_on_load(&mut self, saved: Option<SavedState>) {
        self.restore = saved;
    }

    pub fn should_quit(&self) -> bool {
        self.should_quit
    }

    /// The loaded data, taken out (to leave it unfreed at exit).
    pub fn take_shared(&mut self) -> Option<Shared> {
        self.shared.take()
    }

    /// Why loading failed, if it did (taken once, to exit with).
    pub fn take_failure(&mut self) -> Option<String> {
        self.failure.take()
    }

    /// What to remember for the next run: the open source, its scroll and the sources read.
    pub fn saved_state(&self) -> Option<SavedState> {
        let shared = self.shared.as_ref()?;
        let article = shared.article(self.article.source())?;
        Some(SavedState {
            version: 1,
            source: article.id.clone(),
            scroll: self.article.scroll(),
            read: shared
                .corpus
                .articles
                .iter()
                .zip(self.sources.read())
                .filter(|(_, r)| **r)
                .map(|(a, _)| a.id.clone())
                .collect(),
        })
    }

    fn article_inner(&self) -> Rect {
        self.panes().article_inner()
    }

    /// Keeps the open article wrapped and scrolled within bounds for the current layout.
    fn fit_article(&mut self) {
        let inner = self.article_inner();
        self.article
            .ensure_wrapped(self.shared.as_ref(), inner.width);
        self.article.clamp_scroll(inner);
        self.article.keep_in_view(self.shared.as_ref(), inner);
    }

    /// Installs a freshly loaded corpus and picks the first screen.
    fn on_loaded(&mut self, loaded: Loaded) {
        let shared = Shared::new(loaded);
        self.progress = None;
        let first = diff::first_comparison(&shared);
        let skipped = shared.corpus.warnings.len() + shared.analysis.set_aside.len();
        if skipped > 0 {
            // The full list goes to stderr when the reader exits.
            self.notice = Some(format!(
                "{skipped} file(s) skipped or read with problems (listed on exit)"
            ));
        }
        let restore = self.restore.take();
        let remembered = restore.as_ref().and_then(|s| {
            let i = shared
                .corpus
                .articles
                .iter()
                .position(|a| a.id == s.source)?;
            Some((i, s.scroll))
        });
        self.sources
            .load(&shared, restore.as_ref().map(|s| s.read.as_slice()));
        self.article.load();
        self.diff.load();
        self.groups.load(&shared);
        self.shared = Some(shared);
        if let Some((cluster, pair)) = first {
            self.diff.show_cluster(cluster, pair);
        }
        match (remembered, first) {
            // Where the reader left off, with the comparison still in the diff pane.
            (Some((source, scroll)), _) => {
                self.open_source(SourceId::new(source));
                let inner = self.article_inner();
                self.article.scroll_to(self.shared.as_ref(), inner, scroll);
                self.focus = Pane::Article;
            }
            (None, Some(_)) => {
                // The first screen is the comparison, in the context of the divergent rendering.
                if let Some(q) = self.diff.shown_quote(self.shared.as_ref()) {
                    self.select_quote(q, false);
                }
                self.focus = Pane::Diff;
            }
            (None, None) => {
                self.open_source(SourceId::new(0));
                self.focus = Pane::Sources;
            }
        }
    }

    /// Opens `source` in the article pane.
    fn open_source(&mut self, source: SourceId) {
        let n = self.shared.as_ref().map_or(0, Shared::source_count);
        if source.index() >= n {
            return;
        }
        let width = self.article_inner().width;
        self.article.open(self.shared.as_ref(), width, source);
        self.sources.opened(source);
        // The diff never shows a group the article in view has no part in.
        self.diff.follow_source(self.shared.as_ref(), source);
    }

    /// Selects quote `id`: its source opens, it scrolls into view, and with
    /// `follow_diff` the diff shows its group.
    fn select_quote(&mut self, id: QuoteId, follow_diff: bool) {
        let Some((source, start)) = self
            .shared()
            .and_then(|s| s.quote(id))
            .map(|q| (q.source, q.inner().start))
        else {
            return;
        };
        self.open_source(source);
        let inner = self.article_inner();
        self.article.select(self.shared.as_ref(), inner, id, start);
        if follow_diff {
            self.diff.follow(self.shared.as_ref(), id);
        }
    }

    /// Opens the source of `person`'s mention `index`, highlighted; `n`/`N` walk on from it.
    fn go_to_mention(&mut self, person: PersonId, index: usize) {
        let Some(m) = self
            .shared()
            .and_then(|s| s.mention(person, index))
            .cloned()
        else {
            return;
        };
        self.article.set_mention_cycle(Some((person, index)));
        self.go_to_span(m.source, m.range());
    }

    /// Opens `source` scrolled to `span`, highlighted.
    fn go_to_span(&mut self, source: SourceId, span: Range<usize>) {
        self.open_source(source);
        let inner = self.article_inner();
        self.article
            .highlight_span(self.shared.as_ref(), inner, span);
    }

    /// Enter: on a source, open it; in the diff, the shown rendering in its
    /// article (the diff stays as it is).
    fn open(&mut self) {
        match self.focus {
            Pane::Sources => {
                if let Some(source) = self.sources.selected() {
                    self.open_source(source);
                    self.focus = Pane::Article;
                }
            }
            Pane::Diff => {
                if let Some(q) = self.diff.open_target(self.shared.as_ref()) {
                    self.article.clear_highlight();
                    self.select_quote(q, false);
                }
            }
            Pane::Article => {}
        }
    }

    /// Enter in the palette: go where the selected entry points.
    fn palette_jump(&mut self) {
        let target = self.palette.target(self.shared().map(|s| &s.index));
        self.mode = Mode::Normal;
        let Some(target) = target else { return };
        self.article.set_mention_cycle(None);
        self.article.clear_highlight();
        self.focus = Pane::Article;
        match target {
            Target::Person { person } => self.go_to_mention(person, 0),
            Target::Variant { person, variant } => {
                let index = self
                    .shared()
                    .map_or(0, |s| s.mention_of_variant(person, variant));
                self.go_to_mention(person, index);
            }
            Target::Quote { quote } => self.select_quote(quote, true),
            Target::Title { source } => {
                self.open_source(source);
                let inner = self.article_inner();
                self.article.scroll_to(self.shared.as_ref(), inner, 0);
            }
            Target::Sentence { source, start, end } => self.go_to_span(source, start..end),
        }
    }

    /// Rows a page key moves in the focused pane.
    fn page(&self) -> isize {
        let panes = self.panes();
        let rows = match self.focus {
            Pane::Sources => SourcesPane::page(panes.sources_inner()),
            Pane::Article => panes.article_inner().height,
            Pane::Diff => panes.diff_inner().height,
        };
        isize::try_from(rows.saturating_sub(1).max(1)).unwrap_or(1)
    }

    /// Moves the cursor or scroll position of the focused pane.
    fn move_by(&mut self, by: isize) {
        let panes = self.panes();
        let shared = self.shared.as_ref();
        match self.focus {
            Pane::Sources => self.sources.move_by(by),
            Pane::Article => self.article.move_by(shared, panes.article_inner(), by),
            Pane::Diff => self
                .diff
                .move_by(shared, &self.config.theme, panes.diff_inner(), by),
        }
    }
}

/// Applies one action. Returns a follow-up action, if any.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let shared = app.shared.as_ref();
    match action {
        Action::Resize(w, h) => {
            app.size = (w, h);
            app.fit_article();
        }
        Action::Progress(stage, done, total) => app.progress = Some((stage, done, total)),
        Action::Listed(listing) => app.listing = Some(*listing),
        Action::Loaded(loaded) => {
            let kept = refresh::Kept::capture(app);
            app.on_loaded(*loaded);
            if let Some(kept) = kept {
                kept.restore(app);
            }
        }
        Action::LoadFailed(message) => {
            app.failure = Some(message);
            app.should_quit = true;
        }
        Action::Quit => app.should_quit = true,
        // The event loop runs these (feed_actions.rs); their news is a notice.
        Action::RefreshFeeds | Action::OpenInBrowser => {}
        Action::FeedNotice(line) => app.notice = Some(line),
        Action::Noop => {}
        Action::OpenHelp => app.mode = Mode::Help,
        Action::OpenPalette => {
            app.mode = Mode::Palette;
            app.palette.reopen(shared);
        }
        Action::CloseOverlay => {
            if app.mode == Mode::Filter || (app.mode == Mode::Normal && app.focus == Pane::Sources)
            {
                app.sources.clear_filter(shared);
            }
            if app.mode == Mode::Normal {
                app.article.clear_highlight();
                app.article.set_mention_cycle(None);
                app.notice = None;
            }
            if matches!(app.mode, Mode::Normal | Mode::Search) {
                app.article.clear_search();
            }
            app.mode = Mode::Normal;
        }
        Action::FocusNext => app.focus = app.focus.next(),
        Action::FocusPrev => app.focus = app.focus.prev(),
        Action::MoveDown
        | Action::MoveUp
        | Action::PageDown
        | Action::PageUp
        | Action::Top
        | Action::Bottom
        | Action::Open
        | Action::CycleSort
            if app.mode == Mode::Groups =>
        {
            app.groups_key(&action)
        }
        Action::OpenGroups => app.open_groups(),
        Action::NextGroup => app.step_group(true),
        Action::PrevGroup => app.step_group(false),
        Action::CycleSort => app.sources.cycle_order(shared),
        Action::OpenSearch if app.focus == Pane::Sources => app.filter_key(action),
        Action::FilterInput(_) | Action::FilterBackspace | Action::FilterDone => {
            app.filter_key(action)
        }
        Action::CopyCitation => app.copy_citation(),
        // In the diff, j/k move the renderings list's cursor; pages and the wheel scroll.
        Action::MoveDown | Action::MoveUp if app.focus == Pane::Diff => {
            let by = if matches!(action, Action::MoveDown) {
                1
            } else {
                -1
            };
            app.diff.move_cursor(app.shared.as_ref(), by);
        }
        Action::MoveDown => app.move_by(1),
        Action::MoveUp => app.move_by(-1),
        Action::PageDown => app.move_by(app.page()),
        Action::PageUp => app.move_by(-app.page()),
        Action::Top => app.move_by(isize::MIN / 2),
        Action::Bottom => app.move_by(isize::MAX / 2),
        Action::Open => app.open(),
        Action::NextQuote => app.step_quote(true),
        Action::PrevQuote => app.step_quote(false),
        Action::NextRendering => app.diff.step_rendering(app.shared.as_ref(), true),
        Action::PrevRendering => app.diff.step_rendering(app.shared.as_ref(), false),
        Action::SwapSides => app.diff.swap_sides(),
        Action::ToggleStacked => {
            app.stack_toggled = !app.stack_toggled;
            app.fit_article();
        }
        Action::OpenSearch
        | Action::SearchAccept
        | Action::SearchBackspace
        | Action::SearchInput(_) => app.search(action),
        Action::PaletteInput(c) => app.palette.input(shared, c),
        Action::PaletteBackspace => app.palette.backspace(shared),
        Action::PaletteDown => app.palette.down(shared),
        Action::PaletteUp => app.palette.up(),
        Action::PaletteJump => app.palette_jump(),
        Action::PaletteRanked(ranked) => app.palette.receive(*ranked),
        Action::Click(x, y) => app.click(x, y),
        Action::Wheel(x, y, down) => app.wheel(x, y, down),
    }
    // The diff's lines are built here, once per selection and width, so a
    // frame only reads them.
    let inner = app.panes().diff_inner();
    app.diff.sync(app.shared.as_ref(), &app.config.theme, inner);
    None
}
