//! Everything the reader can do, as one enum: keys map to these by name
//! (`"ctrl-p" = "open_palette"` in the config) and background tasks report
//! through the internal variants.

use serde::Deserialize;

pub use verbatim::session::Stage;

use super::cache_listing::Listing;
use super::model::Loaded;
use super::ranker::Ranked;

/// One change to the reader's state. Bindable variants are named in
/// `snake_case` in the config; internal ones cannot be bound.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    // Leaving and overlays.
    /// Quit the reader (state is saved).
    Quit,
    /// Open the jump palette.
    OpenPalette,
    /// Open the key help.
    OpenHelp,
    /// Close the open overlay, or clear a jump highlight.
    CloseOverlay,
    /// Bound keys that should do nothing (to unbind a default).
    Noop,

    // Focus and movement, routed to the focused pane.
    /// Focus the next pane.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Move down one row or line.
    MoveDown,
    /// Move up one row or line.
    MoveUp,
    /// Move down one page.
    PageDown,
    /// Move up one page.
    PageUp,
    /// Go to the top.
    Top,
    /// Go to the bottom.
    Bottom,
    /// Open the source under the cursor; in the diff, the compared rendering's article.
    Open,

    // Quotes and renderings.
    /// Select the next quote (the next mention after a person jump, the
    /// next match during a search).
    NextQuote,
    /// Select the previous quote (or mention, or match).
    PrevQuote,
    /// Show the next other rendering in the diff.
    NextRendering,
    /// Show the previous other rendering in the diff.
    PrevRendering,
    /// Swap the two sides of the diff.
    SwapSides,
    /// Toggle the diff between beside and below the article.
    ToggleStacked,

    // Lists: the groups, the sources' order and filter, a citation.
    /// Open the list of all groups of renderings.
    OpenGroups,
    /// Show the next group (in the groups list's order) from anywhere.
    NextGroup,
    /// Show the previous group.
    PrevGroup,
    /// Cycle the order of the list in view (the sources, or the open groups list).
    CycleSort,
    /// Keep the typed filter and leave the prompt.
    FilterDone,
    /// Delete the last character of the filter.
    FilterBackspace,
    /// Copy the selected rendering as a citation to the clipboard (OSC 52).
    CopyCitation,
    // Search in the article.
    /// Search where the focus is (`/`): in the sources pane, narrow the
    /// list by typing; elsewhere, search the article.
    OpenSearch,
    /// Keep the typed query: `n`/`N` go through its matches.
    SearchAccept,
    /// Delete the last character of the search query.
    SearchBackspace,

    // The palette.
    /// Select the next palette entry.
    PaletteDown,
    /// Select the previous palette entry.
    PaletteUp,
    /// Jump to the selected palette entry.
    PaletteJump,
    /// Delete the last character of the palette query.
    PaletteBackspace,

    // Live news.
    /// Fetch every feed in the background; new articles join when it is done.
    RefreshFeeds,
    /// Open the article's URL in the browser.
    OpenInBrowser,

    // Internal: produced by the event loop and background tasks.
    /// A character typed into the palette query.
    #[serde(skip)]
    PaletteInput(char),
    /// A character typed into the sources filter.
    #[serde(skip)]
    FilterInput(char),
    /// A character typed into the search query.
    #[serde(skip)]
    SearchInput(char),
    /// Palette results ranked in the background.
    #[serde(skip)]
    PaletteRanked(Box<Ranked>),
    /// Loading or analysis progress: stage, done, total.
    #[serde(skip)]
    Progress(Stage, usize, usize),
    /// The feeds cache's window, listed before its corpus is built.
    #[serde(skip)]
    Listed(Box<Listing>),
    /// The corpus is loaded and analysed.
    #[serde(skip)]
    Loaded(Box<Loaded>),
    /// Loading failed; the reader exits with this message.
    #[serde(skip)]
    LoadFailed(String),
    /// How a feed refresh is going, for the status line.
    #[serde(skip)]
    FeedNotice(String),
    /// The terminal was resized to (columns, rows).
    #[serde(skip)]
    Resize(u16, u16),
    /// A left click at (column, row).
    #[serde(skip)]
    Click(u16, u16),
    /// A wheel step at (column, row): down when true.
    #[serde(skip)]
    Wheel(u16, u16, bool),
}

impl Action {
    /// What the action does, for the help overlay and status hints.
    pub fn describe(&self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::OpenPalette => "jump palette",
            Action::OpenHelp => "help",
            Action::CloseOverlay => "close / clear",
            Action::Noop => "nothing",
            Action::FocusNext => "next pane",
            Action::FocusPrev => "previous pane",
            Action::MoveDown => "down",
            Action::MoveUp => "up",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Open => "open",
            Action::NextQuote => "next quote / match",
            Action::PrevQuote => "prev. quote / match",
            Action::NextRendering => "next rendering",
            Action::PrevRendering => "previous rendering",
            Action::SwapSides => "swap sides",
            Action::ToggleStacked => "beside / below",
            Action::PaletteDown => "next entry",
            Action::PaletteUp => "previous entry",
            Action::PaletteJump => "jump",
            Action::PaletteBackspace => "delete char",
            Action::OpenGroups => "groups list",
            Action::NextGroup => "next group",
            Action::PrevGroup => "previous group",
            Action::CycleSort => "sort order",
            Action::OpenSearch => "filter / search",
            Action::FilterDone => "keep filter",
            Action::FilterBackspace => "delete char",
            Action::CopyCitation => "copy citation",
            Action::SearchAccept => "keep the search",
            Action::SearchBackspace => "delete char",
            Action::RefreshFeeds => "refresh feeds",
            Action::OpenInBrowser => "open in browser",
            Action::PaletteInput(_)
            | Action::FilterInput(_)
            | Action::SearchInput(_)
            | Action::PaletteRanked(_)
            | Action::Progress(..)
            | Action::Listed(_)
            | Action::Loaded(_)
            | Action::LoadFailed(_)
            | Action::FeedNotice(_)
            | Action::Resize(..)
            | Action::Click(..)
            | Action::Wheel(..) => "",
        }
    }

    /// Position in the help overlay: the declaration order above.
    pub fn help_rank(&self) -> usize {
        match self {
            Action::FocusNext => 0,
            Action::FocusPrev => 1,
            Action::MoveDown => 2,
            Action::MoveUp => 3,
            Action::PageDown => 4,
            Action::PageUp => 5,
            Action::Top => 6,
            Action::Bottom => 7,
            Action::Open => 8,
            Action::NextQuote => 9,
            Action::PrevQuote => 10,
            Action::NextRendering => 11,
            Action::PrevRendering => 12,
            Action::SwapSides => 13,
            Action::ToggleStacked => 14,
            Action::OpenPalette => 15,
            Action::PaletteDown => 16,
            Action::PaletteUp => 17,
            Action::PaletteJump => 18,
            Action::PaletteBackspace => 19,
            Action::OpenHelp => 20,
            Action::CloseOverlay => 21,
            Action::Quit => 22,
            // After the keys above, in a range of their own so no rank is shared.
            Action::OpenGroups => 100,
            Action::NextGroup => 101,
            Action::PrevGroup => 102,
            Action::CycleSort => 103,
            Action::FilterDone => 105,
            Action::FilterBackspace => 106,
            Action::CopyCitation => 107,
            Action::OpenSearch => 108,
            Action::SearchAccept => 109,
            Action::SearchBackspace => 110,
            Action::RefreshFeeds => 23,
            Action::OpenInBrowser => 24,
            _ => usize::MAX,
        }
    }

    /// Same variant (ignoring payloads): keymap lookups for hints.
    pub fn same_as(&self, other: &Action) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}
