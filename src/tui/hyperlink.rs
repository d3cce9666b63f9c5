//! OSC 8 hyperlinks: the article pane's heading links to the article's URL
//! on terminals that show such links (`supports-hyperlinks`: TERM_PROGRAM,
//! VTE_VERSION and the like; `FORCE_HYPERLINK=1` or `0` decides).
//!
//! ratatui draws cells, not escape sequences, so the heading's cells are
//! written a second time after each frame, wrapped in the link: the same
//! text and styles in the same places, so the frame is unchanged and
//! ratatui's next diff stays right.

use std::io::{Stdout, Write};

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use std::sync::OnceLock;

use super::app::App;
use super::config::Mode;
use super::feed_actions;

/// The symbols of a pane's top border: where the heading ends.
const BORDER: &[&str] = &["─", "━", "═", "┄", "┅", "╌", "╍"];

/// A cell of the frame with its column and row.
type PlacedCell = (u16, u16, Cell);

/// Whether links are drawn: decided once, from the environment.
pub fn enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(supports_hyperlinks::supports_hyperlinks)
}

/// The article's URL and its heading's cells in the frame just drawn, when
/// links are drawn, no overlay covers the heading, and the URL is http(s).
pub fn article_heading(app: &App, buffer: &Buffer) -> Option<(String, Vec<PlacedCell>)> {
    if !enabled() || app.mode() != Mode::Normal {
        return None;
    }
    let url = feed_actions::article_url(app).ok()?;
    Some((url, heading_cells(buffer, app.panes().article)))
}

/// The cells of the heading in the top border of `area`: from after the
/// corner up to where the border line resumes.
pub fn heading_cells(buffer: &Buffer, area: Rect) -> Vec<PlacedCell> {
    let y = area.y;
    let mut cells = Vec::new();
    for x in area.x.saturating_add(1)..area.right().saturating_sub(1) {
        let Some(cell) = buffer.cell((x, y)) else {
            break;
        };
        if BORDER.contains(&cell.symbol()) {
            break;
        }
        cells.push((x, y, cell.clone()));
    }
    cells
}

/// The OSC 8 sequence that starts a link to `url` (empty: ends it). The URL
/// is printed into an escape sequence, so only printable ASCII is kept.
pub fn osc8(url: &str) -> String {
    let url: String = url.chars().filter(|c| c.is_ascii_graphic()).collect();
    format!("\x1b]8;;{url}\x1b\\")
}

/// Writes `cells` again as a link to `url` through `backend`.
pub fn link(
    backend: &mut CrosstermBackend<Stdout>,
    cells: &[PlacedCell],
    url: &str,
) -> std::io::Result<()> {
    if cells.is_empty() {
        return Ok(());
    }
    write!(backend, "{}", osc8(url))?;
    backend.draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))?;
    write!(backend, "{}", osc8(""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::{Block, Borders, Widget};

    #[test]
    fn the_heading_is_the_title_up_to_the_border() {
        let area = Rect::new(0, 0, 30, 3);
        let mut buffer = Buffer::empty(area);
        Block::default()
            .borders(Borders::ALL)
            .title(" Harbour News · 2026 ")
            .render(area, &mut buffer);
        let text: String = heading_cells(&buffer, area)
            .iter()
            .map(|(_, _, c)| c.symbol())
            .collect();
        assert_eq!(text, " Harbour News · 2026 ");
    }

    #[test]
    fn urls_cannot_end_the_sequence_early() {
        assert_eq!(
            osc8("https://n.example/a b"),
            "\x1b]8;;https://n.example/ab\x1b\\"
        );
        assert_eq!(
            osc8("https://n.example/\x1b\\x"),
            "\x1b]8;;https://n.example/\\x\x1b\\"
        );
        assert_eq!(osc8(""), "\x1b]8;;\x1b\\");
    }
}
