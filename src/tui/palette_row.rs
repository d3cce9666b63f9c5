//! One palette row: the kind, the text with its matched chars marked, and
//! on the right where it comes from — the source (outlet, else title, else
//! file id), the speaker for a quote, the counts for a person. The text is
//! cut to make room; the source is not (unless it alone would fill the row).

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
use verbatim::corpus::display::sanitize_line;
use verbatim::search::{CandidateKind, CandidateRef, Hit, Target};

use super::config::Theme;
use super::model::Shared;
use super::text::fit;

/// Columns of the selection marker and the kind ("▶ sentence ").
const KIND_COLUMNS: usize = 11;
/// Columns between the text and the source.
const GAP: usize = 2;
/// The text keeps at least this many columns beside a long source.
const MIN_TEXT_COLUMNS: usize = 12;

/// "12 of 3,456": matches of all candidates.
pub fn count(matches: usize, total: usize) -> String {
    format!("{} of {}", grouped(matches), grouped(total))
}

/// `n` with a comma every three digits.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn kind_label(kind: CandidateKind) -> &'static str {
    match kind {
        CandidateKind::Person => "person",
        CandidateKind::Variant => "variant",
        CandidateKind::Quote => "quote",
        CandidateKind::Title => "title",
        CandidateKind::Sentence => "sentence",
    }
}

/// What the right of the row names: where the candidate comes from.
pub fn source_of(c: &CandidateRef<'_>, data: &Shared) -> String {
    let article = c.source.and_then(|s| data.article(s));
    let line = match (c.kind, &c.target, article) {
        (CandidateKind::Person | CandidateKind::Variant, _, _) | (_, _, None) => {
            c.detail(&data.corpus).into_owned()
        }
        (CandidateKind::Quote, Target::Quote { quote }, Some(a)) => {
            let speaker = data
                .quote(*quote)
                .and_then(|q| data.speaker_of(q))
                .unwrap_or("unattributed");
            format!("{speaker} · {}", a.label())
        }
        // A title's own row names the outlet, else the file: not the title again.
        (CandidateKind::Title, _, Some(a)) => a.meta.outlet.clone().unwrap_or_else(|| a.id.clone()),
        (_, _, Some(a)) => a.label().to_owned(),
    };
    sanitize_line(&line).into_owned()
}

/// One ranked candidate in `width` columns.
pub fn hit_line(
    c: &CandidateRef<'_>,
    data: &Shared,
    hit: &Hit,
    selected: bool,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let room = width.saturating_sub(KIND_COLUMNS);
    // A source is cut only where the text would have no room left at all; a
    // person's counts and other spellings are context, cut at half the row.
    let right_room = match c.kind {
        CandidateKind::Person | CandidateKind::Variant => room / 2,
        _ => room.saturating_sub(GAP + MIN_TEXT_COLUMNS),
    };
    let source = fit(&source_of(c, data), right_room);
    let text_room = room.saturating_sub(source.width() + GAP);
    let mut spans = vec![Span::styled(
        format!(
            "{}{:<9}",
            if selected { "▶ " } else { "  " },
            kind_label(c.kind)
        ),
        theme.status,
    )];
    // Candidate text is display-safe by contract; sanitising again keeps
    // one char per char, so `matched` char indices still line up.
    let text = c.text(&data.corpus);
    let text = sanitize_line(&text);
    let used = marked(&text, &hit.matched, text_room, theme.matched, &mut spans);
    spans.push(Span::raw(" ".repeat(text_room.saturating_sub(used) + GAP)));
    spans.push(Span::styled(source, theme.status));
    let line = Line::from(spans);
    if selected {
        line.style(theme.cursor)
    } else {
        line
    }
}

/// Pushes `text` cut to `room` columns (with "…" when cut), its matched
/// chars in `matched_style`; returns the columns used.
fn marked(
    text: &str,
    matched: &[usize],
    room: usize,
    matched_style: Style,
    spans: &mut Vec<Span<'static>>,
) -> usize {
    let mut matched = matched.to_vec();
    matched.sort_unstable();
    let cut = text.width() > room;
    let limit = if cut { room.saturating_sub(1) } else { room };
    let (mut run, mut run_matched, mut used) = (String::new(), false, 0);
    let style = |m: bool| if m { matched_style } else { Style::default() };
    for (ci, ch) in text.chars().enumerate() {
        let w = ch.width().unwrap_or(0);
        if used + w > limit {
            break;
        }
        let m = matched.binary_search(&ci).is_ok();
        if m != run_matched && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), style(run_matched)));
        }
        run_matched = m;
        run.push(ch);
        used += w;
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, style(run_matched)));
    }
    if cut && room > 0 {
        spans.push(Span::raw("…"));
        used += 1;
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::app::{App, update};
    use crate::tui::config::Config;
    use crate::tui::fixture::{fixture, render, screen};
    use verbatim::search::SearchIndex;

    /// The fixture with the index the reader builds, palette open on `query`.
    fn palette_on(query: &str, w: u16, h: u16) -> App {
        let mut loaded = fixture();
        loaded.index = SearchIndex::build(&loaded.corpus, &loaded.analysis);
        let mut app = App::new(Config::from_texts(None, false).unwrap(), (w, h));
        update(&mut app, Action::Resize(w, h));
        update(&mut app, Action::Loaded(Box::new(loaded)));
        update(&mut app, Action::OpenPalette);
        for c in query.chars() {
            update(&mut app, Action::PaletteInput(c));
        }
        app
    }

    #[test]
    fn each_row_names_its_source_whole_and_cuts_the_text_instead() {
        for (w, h) in [(80, 24), (120, 30), (160, 45)] {
            let app = palette_on("said", w, h);
            let text = screen(render(&app, w, h).backend().buffer());
            let data = app.shared().unwrap();
            let hits = app.palette().hits();
            assert!(hits.len() >= 3, "{text}");
            for hit in hits.iter().take(usize::from(h) - 8) {
                let c = data.index.get(hit.candidate).unwrap();
                if matches!(c.kind, CandidateKind::Person | CandidateKind::Variant) {
                    continue;
                }
                let source = source_of(&c, data);
                let row = text
                    .lines()
                    .find(|l| l.contains(kind_label(c.kind)) && l.contains(source.as_str()));
                assert!(row.is_some(), "{w}x{h}: no row ends in {source:?}:\n{text}");
            }
            assert!(
                text.contains('…'),
                "{w}x{h}: long sentences are cut:\n{text}"
            );
        }
    }

    #[test]
    fn the_palette_counts_matches_of_all_candidates() {
        let app = palette_on("zel", 100, 30);
        let text = screen(render(&app, 100, 30).backend().buffer());
        let data = app.shared().unwrap();
        let expected = count(app.palette().match_count(), data.index.len());
        assert!(app.palette().match_count() >= 2);
        assert!(text.contains(&expected), "{expected}:\n{text}");
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(count(12, 3456), "12 of 3,456");
        assert_eq!(count(0, 1_234_567), "0 of 1,234,567");
        assert_eq!(count(999, 100), "999 of 100");
    }

    #[test]
    fn a_cut_text_ends_in_an_ellipsis_and_keeps_its_marks() {
        let mut spans = Vec::new();
        let used = marked(
            "abcdefgh",
            &[0, 1, 7],
            5,
            Style::default().bold(),
            &mut spans,
        );
        let shown: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(shown, "abcd…");
        assert_eq!(used, 5);
        assert_eq!(spans[0].content, "ab");
    }
}
