//! The reader's state and the one `update` that changes it. Drawing reads
//! this state and nothing else; the event loop turns input into actions.

use std::collections::HashMap;
use std::ops::Range;

use verbatim::analysis::Analysis;
use verbatim::corpus::Corpus;
use verbatim::people::PersonId;
use verbatim::quotes::{ClusterId, QuoteId, SourceId};
use verbatim::search::{Hit, SearchIndex, Searcher};

use super::action::{Action, Stage};
use super::config::{Config, Mode};
use super::layout::{self, Panes};
use super::state::SavedState;
use super::wrap::WrappedArticle;

/// What the background load hands over: the corpus and everything computed from it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub corpus: Corpus,
    pub analysis: Analysis,
    pub index: SearchIndex,
}

/// The panes that take focus, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sources,
    Article,
    Diff,
}

/// What the diff pane compares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DiffView {
    /// The group shown; `None` with `lone` set shows a quote without other renderings.
    pub cluster: Option<ClusterId>,
    /// Index into the cluster's `pairs`: the other rendering shown beside the reference.
    pub pair: usize,
    pub swapped: bool,
    pub scroll: usize,
    pub lone: Option<QuoteId>,
}

/// The jump palette's query and current results.
#[derive(Debug, Clone, Default)]
pub struct Palette {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// Remembers earlier queries' matches so each keystroke re-checks only those.
    pub searcher: Searcher,
}

#[derive(Debug)]
pub struct App {
    pub config: Config,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    pub data: Option<Loaded>,
    /// Quotes of each source, in text order.
    pub source_quotes: Vec<Vec<QuoteId>>,
    /// Loading stage, done, total while the background task runs.
    pub progress: Option<(Stage, usize, usize)>,
    pub mode: Mode,
    pub focus: Pane,
    /// Inverts the automatic choice of diff beside / below the article.
    pub stack_toggled: bool,
    pub source_cursor: usize,
    /// The source shown in the article pane.
    pub source: SourceId,
    pub read: Vec<bool>,
    /// First article line shown.
    pub scroll: usize,
    pub selected_quote: Option<QuoteId>,
    pub diff: DiffView,
    /// A mention or sentence to highlight after a jump.
    pub highlight: Option<(SourceId, Range<usize>)>,
    /// After a person jump, `n`/`N` walk this person's mentions: (person, current mention).
    pub mention_cycle: Option<(PersonId, usize)>,
    pub palette: Palette,
    /// A one-line notice for the status bar (warnings, errors).
    pub notice: Option<String>,
    pub should_quit: bool,
    /// Set when loading failed: the reader exits with this error.
    pub failure: Option<String>,
    /// State from the last run, applied once the corpus is loaded.
    pub restore: Option<SavedState>,
    wraps: HashMap<(SourceId, u16), WrappedArticle>,
}

impl App {
    pub fn new(config: Config, size: (u16, u16)) -> Self {
        App {
            config,
            size,
            data: None,
            source_quotes: Vec::new(),
            progress: Some((Stage::Starting, 0, 0)),
            mode: Mode::Normal,
            focus: Pane::Diff,
            stack_toggled: false,
            source_cursor: 0,
            source: SourceId::default(),
            read: Vec::new(),
            scroll: 0,
            selected_quote: None,
            diff: DiffView::default(),
            highlight: None,
            mention_cycle: None,
            palette: Palette::default(),
            notice: None,
            should_quit: false,
            failure: None,
            restore: None,
            wraps: HashMap::new(),
        }
    }

    pub fn panes(&self) -> Panes {
        layout::panes(self.size, self.stack_toggled)
    }

    /// The open article wrapped to the article pane, if it was wrapped for this width.
    pub fn wrapped(&self) -> Option<&WrappedArticle> {
        let width = self.panes().article_inner().width;
        self.wraps.get(&(self.source, width))
    }

    /// Wraps the open article for the current width unless already cached.
    fn ensure_wrapped(&mut self) {
        let Some(data) = &self.data else { return };
        let Some(article) = data.corpus.articles.get(self.source.index()) else {
            return;
        };
        let width = self.panes().article_inner().width;
        // Other widths are stale after a resize; keep only this one's.
        if self.wraps.keys().any(|(_, w)| *w != width) {
            self.wraps.retain(|(_, w), _| *w == width);
        }
        self.wraps
            .entry((self.source, width))
            .or_insert_with(|| WrappedArticle::new(article, width));
    }

    fn article_lines(&self) -> usize {
        self.wrapped().map_or(0, |w| w.lines.len())
    }

    fn article_height(&self) -> usize {
        usize::from(self.panes().article_inner().height).max(1)
    }

    fn clamp_scroll(&mut self) {
        let max = self.article_lines().saturating_sub(self.article_height());
        self.scroll = self.scroll.min(max);
    }

    /// Scrolls so that byte `at` of the open article is on screen, a third down when it was not.
    fn reveal(&mut self, at: usize) {
        self.ensure_wrapped();
        let Some(line) = self.wrapped().map(|w| w.line_of(at)) else {
            return;
        };
        let height = self.article_height();
        if line < self.scroll || line >= self.scroll + height {
            self.scroll = line.saturating_sub(height / 3);
        }
        self.clamp_scroll();
    }
}

/// Applies one action. Returns a follow-up action, if any.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    match action {
        Action::Resize(w, h) => {
            app.size = (w, h);
            app.ensure_wrapped();
            app.clamp_scroll();
        }
        Action::Progress(stage, done, total) => app.progress = Some((stage, done, total)),
        Action::Loaded(loaded) => super::navigate::on_loaded(app, *loaded),
        Action::LoadFailed(message) => {
            app.failure = Some(message);
            app.should_quit = true;
        }
        Action::Quit => app.should_quit = true,
        Action::Noop => {}
        Action::OpenHelp => app.mode = Mode::Help,
        Action::OpenPalette => {
            app.mode = Mode::Palette;
            app.palette = Palette::default();
            super::navigate::refresh_palette(app);
        }
        Action::CloseOverlay => {
            if app.mode == Mode::Normal {
                app.highlight = None;
                app.mention_cycle = None;
                app.notice = None;
            }
            app.mode = Mode::Normal;
        }
        Action::FocusNext | Action::FocusPrev => {
            let order = [Pane::Sources, Pane::Article, Pane::Diff];
            let i = order.iter().position(|p| *p == app.focus).unwrap_or(0);
            let step = if matches!(action, Action::FocusNext) {
                1
            } else {
                2
            };
            app.focus = order[(i + step) % 3];
        }
        Action::MoveDown => move_by(app, 1),
        Action::MoveUp => move_by(app, -1),
        Action::PageDown => move_by(app, page(app)),
        Action::PageUp => move_by(app, -page(app)),
        Action::Top => move_by(app, isize::MIN / 2),
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::Open => match app.focus {
            Pane::Sources => {
                super::navigate::open_source(app, SourceId::new(app.source_cursor));
                app.focus = Pane::Article;
            }
            Pane::Diff => super::navigate::open_shown_rendering(app),
            Pane::Article => {}
        },
        Action::NextQuote => super::navigate::step_quote(app, true),
        Action::PrevQuote => super::navigate::step_quote(app, false),
        Action::NextRendering => super::navigate::step_rendering(app, true),
        Action::PrevRendering => super::navigate::step_rendering(app, false),
        Action::SwapSides => app.diff.swapped = !app.diff.swapped,
        Action::ToggleStacked => {
            app.stack_toggled = !app.stack_toggled;
            app.ensure_wrapped();
            app.clamp_scroll();
        }
        Action::PaletteInput(c) => {
            app.palette.query.push(c);
            super::navigate::refresh_palette(app);
        }
        Action::PaletteBackspace => {
            app.palette.query.pop();
            super::navigate::refresh_palette(app);
        }
        Action::PaletteDown => super::navigate::palette_down(app),
        Action::PaletteUp => app.palette.selected = app.palette.selected.saturating_sub(1),
        Action::PaletteJump => super::navigate::palette_jump(app),
        Action::Click(x, y) => super::navigate::click(app, x, y),
        Action::Wheel(_, _, down) if app.mode == Mode::Palette => {
            return update(
                app,
                if down {
                    Action::PaletteDown
                } else {
                    Action::PaletteUp
                },
            );
        }
        Action::Wheel(_, _, _) if app.mode == Mode::Help => {}
        Action::Wheel(x, y, down) => {
            if let Some(pane) = app.panes().pane_at(x, y) {
                app.focus = pane;
                move_by(app, if down { 3 } else { -3 });
            }
        }
    }
    None
}

fn page(app: &App) -> isize {
    let rows = match app.focus {
        Pane::Sources => app.panes().sources_inner().height / 2,
        Pane::Article => app.panes().article_inner().height,
        Pane::Diff => app.panes().diff_inner().height,
    };
    isize::try_from(rows.saturating_sub(1).max(1)).unwrap_or(1)
}

fn shift(value: usize, by: isize, max: usize) -> usize {
    value.saturating_add_signed(by).min(max)
}

/// Moves the cursor or scroll position of the focused pane.
fn move_by(app: &mut App, by: isize) {
    match app.focus {
        Pane::Sources => {
            let n = app.data.as_ref().map_or(0, |d| d.corpus.articles.len());
            app.source_cursor = shift(app.source_cursor, by, n.saturating_sub(1));
        }
        Pane::Article => {
            app.ensure_wrapped();
            let max = app.article_lines().saturating_sub(app.article_height());
            app.scroll = shift(app.scroll, by, max);
        }
        Pane::Diff => {
            let height = usize::from(app.panes().diff_inner().height);
            let max = super::diff::line_count(app).saturating_sub(height);
            app.diff.scroll = shift(app.diff.scroll, by, max);
        }
    }
}

pub(super) fn ensure_wrapped(app: &mut App) {
    app.ensure_wrapped();
}

pub(super) fn clamp_scroll(app: &mut App) {
    app.clamp_scroll();
}

pub(super) fn reveal(app: &mut App, at: usize) {
    app.reveal(at);
}
