//! The sources pane on the feeds cache before the corpus exists: the
//! window's articles listed from the cache's rows (title; outlet · date;
//! unread marks; newest first), so the first frame does not wait for the
//! corpus to be built from the full rows and analysed; and, when the window
//! holds no article, why, and which keys fill or widen it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use super::config::Theme;
use super::layout::pane_block;
use super::sources::ROW_HEIGHT;
use super::text::fit;

/// One article of the window, as the list shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListedRow {
    pub title: String,
    /// "outlet · date", or what of it the feed gave.
    pub origin: String,
    pub read: bool,
}

/// The cache's window as a list: what the sources pane shows until the
/// analysis arrives, and the window's length, to say so when it is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// The window: the last `days` days.
    pub days: u32,
    pub rows: Vec<ListedRow>,
}

impl Listing {
    /// The list of the cache's `articles` (newest first) in a window of `days`.
    #[cfg(feature = "feeds")]
    pub fn of(days: u32, articles: Vec<verbatim::feeds::ListedArticle>) -> Listing {
        use verbatim::corpus::display::sanitize_line;
        let rows = articles
            .into_iter()
            .map(|a| ListedRow {
                // Titles come from the network: display-safe like any text.
                title: sanitize_line(&a.title).into_owned(),
                origin: sanitize_line(
                    &[a.outlet.as_deref(), a.published.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · "),
                )
                .into_owned(),
                read: a.read,
            })
            .collect();
        Listing { days, rows }
    }

    /// Why the pane is empty and what to do: `refresh` is the key that
    /// fetches the feeds (if one is bound).
    pub fn empty_note(&self, refresh: Option<&str>) -> String {
        let days = self.days;
        let unit = if days == 1 { "day" } else { "days" };
        let fetch = refresh.map_or_else(
            || "`verbatim fetch` fetches".to_string(),
            |key| format!("{key} fetches"),
        );
        format!("no articles in the last {days} {unit} — {fetch}, --since N widens")
    }

    /// Draws the pane: the rows while `analysed` is false, else (the window
    /// turned out empty) the note saying why.
    pub fn draw(&self, frame: &mut Frame, area: Rect, pane: ListingPane<'_>) {
        let count = format!(" {} ", self.rows.len());
        let block = pane_block(pane.theme, pane.focused)
            .title(" Sources ")
            .title(Line::from(count).right_aligned());
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if pane.analysed || self.rows.is_empty() {
            let note = Paragraph::new(self.empty_note(pane.refresh_key))
                .style(pane.theme.status)
                .wrap(Wrap { trim: true });
            frame.render_widget(note, inner);
            return;
        }
        let width = usize::from(inner.width);
        let shown = usize::from(inner.height / ROW_HEIGHT) + 1;
        let lines: Vec<Line> = self
            .rows
            .iter()
            .take(shown)
            .flat_map(|row| row.lines(pane.theme, width))
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

/// How the listing is drawn this frame.
pub struct ListingPane<'a> {
    pub theme: &'a Theme,
    pub focused: bool,
    /// The analysis has arrived (and had no article).
    pub analysed: bool,
    /// The key bound to refreshing the feeds, for the empty note.
    pub refresh_key: Option<&'a str>,
}

impl ListedRow {
    /// The title line and the origin line, laid out as the sources pane's.
    fn lines(&self, theme: &Theme, width: usize) -> [Line<'static>; 2] {
        let read = if self.read { "✓" } else { "•" };
        let title = fit(&self.title, width.saturating_sub(3));
        [
            Line::from(vec![
                Span::raw(format!(" {read} ")),
                Span::styled(title, theme.title),
            ]),
            Line::from(Span::styled(
                format!("   {}", fit(&self.origin, width.saturating_sub(3))),
                theme.status,
            )),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::app::{App, update};
    use crate::tui::config::Config;
    use crate::tui::fixture::{fixture, render, screen};
    use crate::tui::model::Loaded;

    fn row(title: &str, origin: &str, read: bool) -> ListedRow {
        ListedRow {
            title: title.into(),
            origin: origin.into(),
            read,
        }
    }

    fn reader(w: u16, h: u16) -> App {
        let mut app = App::new(Config::from_texts(None, true).unwrap(), (w, h));
        update(&mut app, Action::Resize(w, h));
        app
    }

    /// The sources pane's text (the first box's inside), its lines joined
    /// with spaces: the note wraps at the pane's width.
    fn sources_text(app: &App, w: u16, h: u16) -> String {
        let text = screen(render(app, w, h).backend().buffer());
        let lines: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split(['│', '┃']).nth(1))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        lines.join(" ")
    }

    fn empty_analysis() -> Loaded {
        Loaded {
            corpus: verbatim::corpus::Corpus::from_articles(Vec::new()),
            analysis: verbatim::analysis::Analysis::default(),
            index: verbatim::search::SearchIndex::default(),
        }
    }

    #[test]
    fn the_rows_show_before_the_analysis_and_give_way_to_it() {
        let mut app = reader(200, 30);
        let origin = "Harbour News · 2026-12-01";
        let listing = Listing {
            days: 14,
            rows: vec![
                row("Harbour quay opens", origin, false),
                row("Ferry timetable changes", "Harbour News", true),
            ],
        };
        update(&mut app, Action::Listed(Box::new(listing)));
        let text = sources_text(&app, 200, 30);
        assert!(text.starts_with("• Harbour quay opens"), "{text}");
        assert!(text.contains(origin), "{text}");
        assert!(text.contains("✓ Ferry timetable changes"), "{text}");
        assert!(!text.contains("loading…"), "{text}");

        update(&mut app, Action::Loaded(Box::new(fixture())));
        let text = sources_text(&app, 200, 30);
        assert!(!text.contains("Harbour quay opens"), "{text}");
        assert!(text.contains("Trump says Russia"), "{text}");
    }

    #[test]
    fn an_empty_window_says_why_and_what_to_do() {
        let mut app = reader(120, 30);
        let listing = Listing {
            days: 14,
            rows: Vec::new(),
        };
        update(&mut app, Action::Listed(Box::new(listing)));
        let note = "no articles in the last 14 days — R fetches, --since N widens";
        let text = sources_text(&app, 120, 30);
        assert!(text.contains(note), "before the analysis: {text}");
        update(&mut app, Action::Loaded(Box::new(empty_analysis())));
        let text = sources_text(&app, 120, 30);
        assert!(text.contains(note), "after it: {text}");
        assert!(!app.should_quit(), "the reader stays open");
        // A refresh that finds articles replaces the note with them.
        update(&mut app, Action::Loaded(Box::new(fixture())));
        let text = sources_text(&app, 120, 30);
        assert!(!text.contains(note), "{text}");
        assert!(text.contains("Trump says Russia"), "{text}");
    }

    #[test]
    fn the_note_names_the_window_and_the_key() {
        let one = Listing {
            days: 1,
            rows: Vec::new(),
        };
        assert_eq!(
            one.empty_note(None),
            "no articles in the last 1 day — `verbatim fetch` fetches, --since N widens"
        );
        assert!(one.empty_note(Some("ctrl-r")).contains("— ctrl-r fetches"));
    }
}
