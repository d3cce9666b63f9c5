//! The diff pane's model: every line it shows for one selection and width,
//! and which line lists which rendering. Built once when the selection or
//! the width changes, then read by scrolling, mouse picks and drawing.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;
use verbatim::corpus::display::sanitize_line;
use verbatim::quotes::{Cluster, ClusterId, OpKind, Quote, QuoteId, RenderingPair, SourceId};

use super::config::Theme;
use super::diff_columns::{Cell, context_rows, side_by_side};
use super::model::Shared;
use super::text::{count, fit, pad, percent};
use super::wrap::lines;

/// Renderings listed at most, around the shown one (a group can be huge).
const LIST_LIMIT: usize = 200;

/// The fewest columns a label's source or speaker is cut to: enough to
/// tell outlets apart at a glance.
const MIN_LABEL_PART: usize = 6;

/// What the diff pane compares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    /// The group shown; `None` with `lone` set shows a quote without other renderings.
    pub cluster: Option<ClusterId>,
    /// Index into the cluster's `pairs`: the other rendering shown beside the reference.
    pub pair: usize,
    pub swapped: bool,
    /// The list's `▶` cursor is on the reference rather than on the shown rendering.
    pub on_reference: bool,
    pub lone: Option<QuoteId>,
    /// The article in view when it has no quote in any group, to say so.
    pub article_without_group: Option<SourceId>,
}

/// The pane's content for one selection at one width.
#[derive(Debug, Clone)]
pub struct DiffModel {
    pub selection: Selection,
    pub width: u16,
    pub lines: Vec<Line<'static>>,
    /// The first line of the aligned renderings where they differ: where a
    /// rendering opens, so a long shared start does not hide the change.
    pub first_change: Option<usize>,
    /// (content line, rendering listed on it), for mouse picks.
    rows: Vec<(usize, QuoteId)>,
}

impl DiffModel {
    pub fn build(
        shared: Option<&Shared>,
        theme: &Theme,
        selection: &Selection,
        width: u16,
    ) -> DiffModel {
        let page = content(shared, theme, selection, width);
        DiffModel {
            selection: selection.clone(),
            width,
            lines: page.out,
            first_change: page.first_change,
            rows: page.rows,
        }
    }

    /// The rendering listed on content line `line`, if any.
    pub fn rendering_on_line(&self, line: usize) -> Option<QuoteId> {
        self.rows.iter().find(|(l, _)| *l == line).map(|(_, q)| *q)
    }
}

/// The pane's lines, where the renderings first differ, and which line
/// lists which rendering.
fn content(shared: Option<&Shared>, theme: &Theme, selection: &Selection, width: u16) -> Content {
    let Some(data) = shared else {
        return Content {
            out: vec![Line::raw("analysing…")],
            first_change: None,
            rows: Vec::new(),
        };
    };
    let mut page = Page {
        data,
        theme,
        width: usize::from(width),
        out: Vec::new(),
        first_change: None,
        rows: Vec::new(),
    };
    let Some(cluster) = selection.cluster.and_then(|c| data.cluster(c)) else {
        match selection.article_without_group {
            Some(source) => page.article_without_group(source),
            None => page.no_group(selection.lone.and_then(|id| data.quote(id))),
        }
        return page.into_content();
    };
    page.group_header(cluster);
    let reference = data.quote(cluster.reference);
    let pair = cluster.pairs.get(selection.pair);
    let other = pair.and_then(|p| data.quote(p.b));
    let (Some(reference), Some(pair), Some(other)) = (reference, pair, other) else {
        if let Some(r) = reference {
            page.plain_quote(r);
        }
        return page.into_content();
    };
    page.labels(reference, pair, other, selection.swapped);
    page.aligned(reference, pair, other, selection.swapped);
    let cursor = if selection.on_reference {
        cluster.reference
    } else {
        other.id
    };
    page.renderings(cluster, cursor);
    page.into_content()
}

/// What a page leaves behind once laid out.
struct Content {
    out: Vec<Line<'static>>,
    first_change: Option<usize>,
    rows: Vec<(usize, QuoteId)>,
}

/// The lines being laid out, with what they are built from.
struct Page<'a> {
    data: &'a Shared,
    theme: &'a Theme,
    width: usize,
    out: Vec<Line<'static>>,
    first_change: Option<usize>,
    rows: Vec<(usize, QuoteId)>,
}

impl Page<'_> {
    fn into_content(self) -> Content {
        Content {
            out: self.out,
            first_change: self.first_change,
            rows: self.rows,
        }
    }

    /// The outlet of `q`'s article, else its title, else its file id.
    fn source_label(&self, q: &Quote) -> &str {
        self.data.article(q.source).map_or("?", |a| a.label())
    }

    /// The A/B labels' name for `q`'s source: its outlet (else title), and
    /// the day it was published when known (#12: outlet and date).
    fn name_and_day(&self, q: &Quote) -> (&str, Option<&str>) {
        let Some(article) = self.data.article(q.source) else {
            return ("?", None);
        };
        let day = (article.meta.published.as_deref()).map(|d| d.get(..10).unwrap_or(d));
        (article.label(), day)
    }

    fn speaker(&self, q: &Quote) -> &str {
        self.data.speaker_of(q).unwrap_or("speaker unknown")
    }

    /// A quote without other renderings, or nothing selected at all.
    fn no_group(&mut self, lone: Option<&Quote>) {
        let width = self.width;
        if let Some(q) = lone {
            self.out.push(Line::styled(
                fit("This quote has no other rendering.", width),
                self.theme.header,
            ));
            self.out.push(Line::raw(fit(
                &format!("{} · {}", self.source_label(q), self.speaker(q)),
                width,
            )));
            self.plain_quote(q);
        } else {
            self.out.push(Line::raw(fit(
                "No quote has more than one rendering.",
                width,
            )));
            self.out
                .push(Line::raw(fit("n/N select quotes in the article.", width)));
        }
    }

    /// The article in view has no quote that another rendering shares.
    fn article_without_group(&mut self, source: SourceId) {
        let width = self.width;
        let label = self.data.article(source).map_or("?", |a| a.label());
        self.out.push(Line::styled(
            fit("This article has no quote in a group.", width),
            self.theme.header,
        ));
        self.out.push(Line::raw(fit(label, width)));
        self.out.push(Line::raw(fit(
            "Open another source, or n/N to select its quotes.",
            width,
        )));
    }

    fn plain_quote(&mut self, q: &Quote) {
        let text = self.data.quote_text(q);
        self.out
            .extend(wrap_plain(text, self.width, self.theme.quote));
    }

    fn group_header(&mut self, cluster: &Cluster) {
        self.out.push(Line::styled(
            fit(
                &format!(
                    "Group {}/{} · divergence {} · {} · {}",
                    cluster.id.index() + 1,
                    self.data.analysis.clusters.len(),
                    percent(cluster.divergence),
                    count(cluster.sources.len(), "source"),
                    count(cluster.quotes.len(), "rendering")
                ),
                self.width,
            ),
            self.theme.header,
        ));
    }

    /// The A and B lines naming each side, left side first.
    fn labels(&mut self, reference: &Quote, pair: &RenderingPair, other: &Quote, swapped: bool) {
        // The relation and similarity are what the line is for: the source
        // label is cut first, then the speaker, and only then the rest.
        let room = self.width.saturating_sub(2);
        let label = |q: &Quote, tail: String| {
            let speaker = self.speaker(q);
            let (name, day) = self.name_and_day(q);
            // The day is kept whole; the outlet's name is what gets cut.
            let day = day.map_or(String::new(), |d| format!(" {d}"));
            let fixed = tail.width() + 3 + day.width();
            let name_room = room
                .saturating_sub(fixed + speaker.width())
                .max(MIN_LABEL_PART);
            let speaker_room = room
                .saturating_sub(fixed + name_room.min(name.width()))
                .max(MIN_LABEL_PART);
            format!(
                "{}{day} · {}{tail}",
                fit(name, name_room),
                fit(speaker, speaker_room)
            )
        };
        let label_a = label(reference, " · reference".to_string());
        let label_b = label(
            other,
            format!(
                " · {} · similarity {}",
                pair.relation.as_str(),
                percent(pair.similarity)
            ),
        );
        let (left, right) = if swapped {
            (("B", label_b), ("A", label_a))
        } else {
            (("A", label_a), ("B", label_b))
        };
        for (tag, label) in [left, right] {
            self.out.push(Line::from(vec![
                Span::styled(format!("{tag} "), self.theme.key),
                Span::raw(fit(&label, self.width.saturating_sub(2))),
            ]));
        }
        self.out.push(Line::raw(""));
    }

    /// The two renderings aligned word by word, then the legend.
    fn aligned(&mut self, reference: &Quote, pair: &RenderingPair, other: &Quote, swapped: bool) {
        let text_a = self.data.quote_text(reference);
        let text_b = self.data.quote_text(other);
        let cells: Vec<Cell> = pair
            .ops
            .iter()
            .map(|op| {
                let a = text_a.get(op.a()).unwrap_or("");
                let b = text_b.get(op.b()).unwrap_or("");
                if swapped {
                    let kind = match op.kind {
                        OpKind::Delete => OpKind::Insert,
                        OpKind::Insert => OpKind::Delete,
                        k => k,
                    };
                    (kind, b, a)
                } else {
                    (op.kind, a, b)
                }
            })
            .collect();
        let theme = self.theme;
        // A pair aligns one sentence-level unit of each quotation; the rest
        // of each quotation is shown around it, dimmed, so a sentence is
        // never read out of its quotation.
        let (before_a, after_a) = around(text_a, reference, &pair.a_unit());
        let (before_b, after_b) = around(text_b, other, &pair.b_unit());
        let (before, after) = if swapped {
            ((before_b, before_a), (after_b, after_a))
        } else {
            ((before_a, before_b), (after_a, after_b))
        };
        let context =
            |(l, r): (String, String)| context_rows(&l, &r, self.width, theme.dimmed, theme);
        let before = (elided(before.0, true), elided(before.1, true));
        let after = (elided(after.0, false), elided(after.1, false));
        self.out.extend(context(before));
        let (rows, first_change) = side_by_side(&cells, self.width, theme);
        self.first_change = first_change.map(|row| self.out.len() + row);
        self.out.extend(rows);
        self.out.extend(context(after));
        self.out.push(Line::raw(""));
        self.out.push(Line::from(vec![
            Span::styled("deleted", theme.deleted),
            Span::raw("  "),
            Span::styled("inserted", theme.inserted),
            Span::raw("  "),
            Span::styled("replaced", theme.replaced),
        ]));
        self.out.push(Line::raw(""));
    }

    /// Every rendering of the group (up to [`LIST_LIMIT`] around the one
    /// under the cursor), the cursor's marked `▶`.
    fn renderings(&mut self, cluster: &Cluster, cursor: QuoteId) {
        self.out.push(Line::styled(
            format!("All renderings ({})", cluster.quotes.len()),
            self.theme.header,
        ));
        let shown_at = cluster
            .quotes
            .iter()
            .position(|&q| q == cursor)
            .unwrap_or(0);
        let first = shown_at.saturating_sub(LIST_LIMIT / 2);
        let listed = cluster.quotes.get(first..).unwrap_or_default();
        let listed = &listed[..listed.len().min(LIST_LIMIT)];
        // One pass over the pairs for the listed rows, not one per row: a group can be huge.
        let wanted: std::collections::HashSet<QuoteId> = listed.iter().copied().collect();
        let relations: std::collections::HashMap<QuoteId, String> = cluster
            .pairs
            .iter()
            .filter(|p| wanted.contains(&p.b))
            .map(|p| {
                let label = format!("{} {}", p.relation.as_str(), percent(p.similarity));
                (p.b, label)
            })
            .collect();
        for &id in listed {
            let Some(q) = self.data.quote(id) else {
                continue;
            };
            let relation = if id == cluster.reference {
                "reference"
            } else {
                relations.get(&id).map_or("", String::as_str)
            };
            self.rows.push((self.out.len(), id));
            let row = self.rendering_row(relation, cursor, q);
            self.out.push(row);
        }
        if cluster.quotes.len() > first + LIST_LIMIT {
            self.out.push(Line::raw(format!(
                "… {} more",
                cluster.quotes.len() - first - LIST_LIMIT
            )));
        }
    }

    fn rendering_row(&self, relation: &str, cursor: QuoteId, q: &Quote) -> Line<'static> {
        let theme = self.theme;
        let marker = if q.id == cursor { "▶ " } else { "  " };
        let head = format!(
            "{marker}{} {} ",
            pad(&fit(self.source_label(q), 16), 16),
            pad(relation, 16)
        );
        let rest = self.width.saturating_sub(head.width());
        let text = fit(&format!("“{}”", self.data.quote_text(q)), rest);
        let style = if q.id == cursor {
            theme.quote_selected
        } else if relation == "reference" {
            theme.title
        } else {
            Style::default()
        };
        Line::from(vec![
            Span::styled(head, style),
            Span::styled(text, theme.quote),
        ])
    }
}

/// The parts of a quote's text before and after one of its units (`unit`
/// is into the article, like the quote's `inner`).
fn around<'t>(text: &'t str, q: &Quote, unit: &std::ops::Range<usize>) -> (&'t str, &'t str) {
    let clamp = |at: usize| at.saturating_sub(q.inner().start).min(text.len());
    let (start, end) = (clamp(unit.start), clamp(unit.end));
    if start >= end {
        return ("", "");
    }
    (
        text.get(..start).unwrap_or(""),
        text.get(end..).unwrap_or(""),
    )
}

/// Context marked as cut where it meets the unit: `text …` before it
/// (`leads_in`), `… text` after it; nothing when there is no text.
fn elided(text: &str, leads_in: bool) -> String {
    match text.trim() {
        "" => String::new(),
        t if leads_in => format!("{t} …"),
        t => format!("… {t}"),
    }
}

fn wrap_plain(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    let safe = sanitize_line(text);
    lines(&safe, width)
        .into_iter()
        .map(|l| Line::styled(l.to_string(), style))
        .collect()
}

#[cfg(test)]
mod tests {
    use verbatim::ids::PersonId;

    use super::*;

    fn quote_at(inner: std::ops::Range<usize>) -> Quote {
        let outer = inner.start - 1..inner.end + 1;
        let mut quote = Quote::new(
            QuoteId::new(0),
            SourceId::new(0),
            inner.clone(),
            outer,
            inner,
            0,
        );
        quote.speaker = Some(PersonId::new(0));
        quote
    }

    #[test]
    fn a_unit_inside_a_quotation_leaves_its_sentences_around_it() {
        let text = "We must end it. It will end soon. Prices are too high.";
        let q = quote_at(100..100 + text.len());
        let unit = 116..133; // "It will end soon."
        assert_eq!(&text[16..33], "It will end soon.");
        let (before, after) = around(text, &q, &unit);
        assert_eq!(before, "We must end it. ");
        assert_eq!(after, " Prices are too high.");
        assert_eq!(elided(before, true), "We must end it. …");
        assert_eq!(elided(after, false), "… Prices are too high.");
    }

    #[test]
    fn a_unit_that_is_the_whole_quotation_has_no_context() {
        let text = "Russia is a very big power";
        let q = quote_at(10..10 + text.len());
        assert_eq!(around(text, &q, &q.inner()), ("", ""));
        // An empty or out-of-range unit (a fixture's 0..0) shows no context.
        assert_eq!(around(text, &q, &(0..0)), ("", ""));
        assert_eq!(elided(" ", true), "");
    }
}
