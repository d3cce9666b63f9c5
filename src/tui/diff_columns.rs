//! The diff's two aligned columns: each op of the word alignment starts at
//! the same column on both sides, only the changed words carry a change
//! style, and rows break by the reader's one wrap rule (punctuation stays
//! with the word before it, see [`super::wrap`]).

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;
use verbatim::corpus::display::sanitize_line;
use verbatim::quotes::OpKind;

use super::config::Theme;
use super::wrap::{binds_to_previous, lines};

/// One op of the alignment: its kind and its text on the left and right.
pub type Cell<'a> = (OpKind, &'a str, &'a str);

/// The rows, and the first row that shows a change (where a rendering opens).
pub type Columns = (Vec<Line<'static>>, Option<usize>);

/// Lays `cells` out as two columns side by side in `width` columns.
pub fn side_by_side(cells: &[Cell], width: usize, theme: &Theme) -> Columns {
    let col = width.saturating_sub(3) / 2;
    if col < 4 {
        return (Vec::new(), None);
    }
    let mut rows = Rows {
        col,
        theme,
        done: Vec::new(),
        row: (Vec::new(), Vec::new()),
        used: 0,
        first_change: None,
        space_owed: false,
    };
    let cell_width = |(_, a, b): &Cell| sanitize_line(a).width().max(sanitize_line(b).width());
    let mut i = 0;
    while i < cells.len() {
        // A cell that starts with punctuation (`,` after `power`) goes where
        // the cell before it goes: the unit moves to a new row whole.
        let bound = cells[i + 1..]
            .iter()
            .take_while(|(_, a, b)| binds_to_previous(a) || binds_to_previous(b))
            .count();
        let unit = &cells[i..=i + bound];
        let unit_width: usize = unit.iter().map(cell_width).sum();
        if rows.used > 0 && rows.used + unit_width > col {
            rows.break_row();
        }
        for &cell in unit {
            rows.place(cell);
        }
        i += bound + 1;
    }
    rows.finish()
}

/// The rest of two quotations around the units the columns align, each
/// side wrapped on its own in its column, in `style` (dimmed: it is context,
/// not compared). No rows when neither side has any.
pub fn context_rows(
    left: &str,
    right: &str,
    width: usize,
    style: Style,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let col = width.saturating_sub(3) / 2;
    let (left, right) = (sanitize_line(left.trim()), sanitize_line(right.trim()));
    if col < 4 || (left.is_empty() && right.is_empty()) {
        return Vec::new();
    }
    let (ll, rl) = (lines(&left, col), lines(&right, col));
    (0..ll.len().max(rl.len()))
        .map(|i| {
            let mut spans = Vec::new();
            push_side(&mut spans, ll.get(i).copied().unwrap_or(""), style, col);
            spans.push(Span::styled(" │ ", theme.border));
            push_side(&mut spans, rl.get(i).copied().unwrap_or(""), style, col);
            Line::from(spans)
        })
        .collect()
}

/// Rows being laid out.
struct Rows<'t> {
    /// Columns per side.
    col: usize,
    theme: &'t Theme,
    done: Vec<(Vec<Span<'static>>, Vec<Span<'static>>)>,
    row: (Vec<Span<'static>>, Vec<Span<'static>>),
    /// Columns of the open row in use.
    used: usize,
    first_change: Option<usize>,
    /// The open row ends a wide cell whose closing space was trimmed to wrap
    /// it: the next word is owed that space ("part of", not "partof"), a
    /// comma or full stop is not ("this wall,").
    space_owed: bool,
}

impl Rows<'_> {
    fn styles(&self, kind: OpKind) -> (Style, Style) {
        let theme = self.theme;
        match kind {
            OpKind::Equal => (Style::default(), Style::default()),
            OpKind::Delete => (theme.deleted, theme.deleted),
            OpKind::Insert => (theme.inserted, theme.inserted),
            OpKind::Replace => (theme.replaced, theme.replaced),
        }
    }

    fn break_row(&mut self) {
        self.done.push(std::mem::take(&mut self.row));
        self.used = 0;
        self.space_owed = false;
    }

    /// Places one cell on the open row, on a new one when it does not fit,
    /// or over rows of its own when it is wider than a column.
    fn place(&mut self, (kind, a, b): Cell) {
        let (a, b) = (sanitize_line(a), sanitize_line(b));
        let (sa, sb) = self.styles(kind);
        let w = a.width().max(b.width());
        // The space owed to a word counts toward the room it needs: a word
        // that fits only without it starts a row rather than join the last.
        let space = usize::from(
            std::mem::take(&mut self.space_owed)
                && !(binds_to_previous(&a) || binds_to_previous(&b)),
        );
        if w <= self.col {
            if self.used + space + w > self.col {
                self.break_row();
            }
            if space == 1 && self.used > 0 {
                self.row.0.push(Span::raw(" "));
                self.row.1.push(Span::raw(" "));
                self.used += 1;
            }
            self.note_change(kind);
            // Words at the start of a row lose their separating space.
            let (a, b) = if self.used == 0 {
                (a.trim_start(), b.trim_start())
            } else {
                (&*a, &*b)
            };
            let w = a.width().max(b.width());
            push_side(&mut self.row.0, a, sa, w);
            push_side(&mut self.row.1, b, sb, w);
            self.used += w;
            return;
        }
        if self.used > 0 {
            self.break_row();
        }
        self.note_change(kind);
        let (la, lb) = (lines(a.trim(), self.col), lines(b.trim(), self.col));
        let count = la.len().max(lb.len());
        for i in 0..count {
            let (ta, tb) = (
                la.get(i).copied().unwrap_or(""),
                lb.get(i).copied().unwrap_or(""),
            );
            if i + 1 == count {
                // The last row stays open: a `,` inserted after this cell
                // joins its last word instead of starting a row.
                let w = ta.width().max(tb.width());
                push_side(&mut self.row.0, ta, sa, w);
                push_side(&mut self.row.1, tb, sb, w);
                self.used = w;
                self.space_owed =
                    a.ends_with(char::is_whitespace) || b.ends_with(char::is_whitespace);
            } else {
                let mut r = (Vec::new(), Vec::new());
                push_side(&mut r.0, ta, sa, self.col);
                push_side(&mut r.1, tb, sb, self.col);
                self.done.push(r);
            }
        }
    }

    /// The open row is where the renderings first differ, unless an
    /// earlier one was.
    fn note_change(&mut self, kind: OpKind) {
        if kind != OpKind::Equal && self.first_change.is_none() {
            self.first_change = Some(self.done.len());
        }
    }

    fn finish(mut self) -> Columns {
        if self.used > 0 {
            self.break_row();
        }
        let (col, theme) = (self.col, self.theme);
        let lines = self
            .done
            .into_iter()
            .map(|(left, right)| {
                let lw: usize = left.iter().map(|s| s.content.width()).sum();
                let mut spans = left;
                spans.push(Span::raw(" ".repeat(col.saturating_sub(lw))));
                spans.push(Span::styled(" │ ", theme.border));
                spans.extend(right);
                Line::from(spans)
            })
            .collect();
        (lines, self.first_change)
    }
}

/// A cell's text split into leading space, words and trailing space, so
/// that only the words carry the change style.
fn split_space(s: &str) -> (&str, &str, &str) {
    let core = s.trim();
    let lead = s.len() - s.trim_start().len();
    (&s[..lead], core, &s[lead + core.len()..])
}

/// One side of a cell, padded to `w` columns.
fn push_side(spans: &mut Vec<Span<'static>>, text: &str, style: Style, w: usize) {
    let (lead, core, _) = split_space(text);
    if !lead.is_empty() {
        spans.push(Span::raw(lead.to_string()));
    }
    spans.push(Span::styled(core.to_string(), style));
    let pad_to = w.saturating_sub(lead.width() + core.width());
    spans.push(Span::raw(" ".repeat(pad_to)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme() -> Theme {
        crate::tui::config::Config::from_texts(None, true)
            .unwrap()
            .theme
    }

    /// The rows `side_by_side` lays `cells` out in, as plain text.
    fn side_by_side_texts(cells: &[Cell], width: usize) -> Vec<String> {
        let (rows, _) = side_by_side(cells, width, &theme());
        rows.iter()
            .map(|row| row.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    /// Issue 13 defect 5: a comma one rendering inserts right after a run of
    /// equal words too wide for a column stays on that run's last row.
    #[test]
    fn punctuation_after_a_wide_cell_stays_on_its_last_row() {
        let run = "We have waited ten years for this wall";
        let rest = " and the town deserves it";
        let cells: [Cell; 4] = [
            (OpKind::Equal, run, run),
            (OpKind::Insert, "", ","),
            (OpKind::Equal, rest, rest),
            (OpKind::Replace, ",", "."),
        ];
        let texts = side_by_side_texts(&cells, 63);
        assert!(texts.iter().any(|t| t.contains("this wall,")), "{texts:#?}");
        for text in &texts {
            for side in text.split('│') {
                assert!(!binds_to_previous(side.trim_start()), "{texts:#?}");
            }
        }
    }

    /// A changed run too wide for a column is wrapped over rows of its own;
    /// the word after it still stands one space from its last word.
    #[test]
    fn the_word_after_a_wide_cell_keeps_its_space() {
        let cells: [Cell; 3] = [
            (
                OpKind::Replace,
                "we all know that he will be in ",
                "They all said that he would be part ",
            ),
            (OpKind::Equal, "of ", "of "),
            (OpKind::Equal, "the town", "the town"),
        ];
        let texts = side_by_side_texts(&cells, 43);
        assert!(texts.iter().any(|t| t.contains("part of")), "{texts:#?}");
        assert!(!texts.iter().any(|t| t.contains("partof")), "{texts:#?}");
        // A word that fits the row only without its space starts a row.
        let cells: [Cell; 2] = [cells[0], (OpKind::Equal, "from", "from")];
        let texts = side_by_side_texts(&cells, 43);
        assert!(!texts.iter().any(|t| t.contains("partfrom")), "{texts:#?}");
        assert!(texts.iter().any(|t| t.starts_with("from")), "{texts:#?}");
    }

    #[test]
    fn context_rows_wrap_each_side_in_its_column_in_the_given_style() {
        let theme = theme();
        let rows = context_rows("We must end it. …", "", 30, theme.dimmed, &theme);
        let col = (30 - 3) / 2;
        assert!(rows.len() >= 2, "13 columns cannot hold the left side");
        for row in &rows {
            let text: String = row.spans.iter().map(|s| s.content.as_ref()).collect();
            assert_eq!(text.find('│').map(|i| text[..i].width()), Some(col + 1));
        }
        let first = &rows[0].spans[0];
        assert_eq!(
            (first.content.as_ref(), first.style),
            ("We must end", theme.dimmed)
        );
        assert!(context_rows("", "  ", 30, theme.dimmed, &theme).is_empty());
    }
}
