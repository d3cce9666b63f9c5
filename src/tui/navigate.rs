//! Moving around the corpus: the first screen, opening sources, stepping
//! through quotes and renderings, palette jumps and mouse picks.

use verbatim::analysis::Analysis;
use verbatim::ids::PersonId;
use verbatim::quotes::{ClusterId, QuoteId, Relation, SourceId};
use verbatim::search::Target;

use super::app::{self, App, DiffView, Loaded, Pane};
use super::config::Mode;

/// Installs a freshly loaded corpus and picks the first screen.
pub fn on_loaded(app: &mut App, loaded: Loaded) {
    let n = loaded.corpus.articles.len();
    let mut source_quotes = vec![Vec::new(); n];
    for q in &loaded.analysis.quotes {
        if let Some(list) = source_quotes.get_mut(q.source.index()) {
            list.push(q.id);
        }
    }
    for list in &mut source_quotes {
        list.sort_by_key(|&id| loaded.analysis.quotes[id].inner.start);
    }
    app.source_quotes = source_quotes;
    app.read = vec![false; n];
    app.progress = None;
    let first = first_comparison(&loaded.analysis);
    let skipped = loaded.corpus.warnings.len();
    if skipped > 0 {
        // The full list goes to stderr when the reader exits.
        app.notice = Some(format!(
            "{skipped} file(s) skipped or read with problems (listed on exit)"
        ));
    }
    let restore = app.restore.take();
    app.data = Some(loaded);

    if let Some((cluster, pair)) = first {
        show_cluster(app, cluster, pair);
    }
    let remembered = restore.as_ref().and_then(|s| {
        let data = app.data.as_ref()?;
        let i = data.corpus.articles.iter().position(|a| a.id == s.source)?;
        Some((i, s.scroll))
    });
    if let (Some(state), Some(data)) = (&restore, &app.data) {
        let read: std::collections::HashSet<&str> = state.read.iter().map(String::as_str).collect();
        for (flag, a) in app.read.iter_mut().zip(&data.corpus.articles) {
            *flag = read.contains(a.id.as_str());
        }
    }
    match (remembered, first) {
        // Where the reader left off, with the comparison still in the diff pane.
        (Some((source, scroll)), _) => {
            open_source(app, SourceId::new(source));
            app.scroll = scroll;
            app::ensure_wrapped(app);
            app::clamp_scroll(app);
            app.focus = Pane::Article;
        }
        (None, Some(_)) => {
            // The first screen is the comparison, in the context of the divergent rendering.
            if let Some(q) = shown_quote(app) {
                select_quote(app, q, false);
            }
            app.focus = Pane::Diff;
        }
        (None, None) => {
            open_source(app, SourceId::new(0));
            app.focus = Pane::Sources;
        }
    }
}

/// The most divergent group spanning two or more sources (groups come most
/// divergent first), with its pair from another source that differs most.
/// A rewording beats a mere excerpt or extension, however short: changed
/// words are what the reader is for.
fn first_comparison(analysis: &Analysis) -> Option<(ClusterId, usize)> {
    let cluster = analysis
        .clusters
        .iter()
        .find(|c| c.sources.len() >= 2 && !c.pairs.is_empty())
        .or_else(|| analysis.clusters.iter().find(|c| !c.pairs.is_empty()))?;
    let source_of = |id: QuoteId| analysis.quotes.get(id.index()).map(|q| q.source);
    let reference_source = source_of(cluster.reference);
    let pair = cluster
        .pairs
        .iter()
        .enumerate()
        .filter(|(_, p)| source_of(p.b) != reference_source)
        .min_by(|(_, a), (_, b)| {
            let changed = |r: Relation| matches!(r, Relation::Edited | Relation::Reworded);
            changed(b.relation)
                .cmp(&changed(a.relation))
                .then(a.similarity.total_cmp(&b.similarity))
        })
        .map_or(0, |(i, _)| i);
    Some((cluster.id, pair))
}

/// The quote on the "other" side of the diff (the reference when the group has no pairs).
fn shown_quote(app: &App) -> Option<QuoteId> {
    let data = app.data.as_ref()?;
    let cluster = data.analysis.clusters.get(app.diff.cluster?.index())?;
    Some(
        cluster
            .pairs
            .get(app.diff.pair)
            .map_or(cluster.reference, |p| p.b),
    )
}

/// Enter in the diff: opens the compared rendering in its article, or the
/// reference when the compared one is already open; the diff stays as it is.
pub fn open_shown_rendering(app: &mut App) {
    let other = shown_quote(app);
    let reference = app
        .diff
        .cluster
        .and_then(|c| app.data.as_ref()?.analysis.clusters.get(c.index()))
        .map(|c| c.reference);
    let target = if other.is_some() && app.selected_quote == other {
        reference
    } else {
        other
    };
    if let Some(q) = target.or(app.diff.lone) {
        app.highlight = None;
        select_quote(app, q, false);
    }
}

fn show_cluster(app: &mut App, cluster: ClusterId, pair: usize) {
    app.diff = DiffView {
        cluster: Some(cluster),
        pair,
        ..DiffView::default()
    };
}

/// Opens `source` in the article pane.
pub fn open_source(app: &mut App, source: SourceId) {
    let n = app.data.as_ref().map_or(0, |d| d.corpus.articles.len());
    if source.index() >= n {
        return;
    }
    if app.source != source {
        app.scroll = 0;
        app.selected_quote = None;
    }
    app.source = source;
    app.source_cursor = source.index();
    if let Some(r) = app.read.get_mut(source.index()) {
        *r = true;
    }
    app::ensure_wrapped(app);
}

/// Selects quote `id`: its source opens, it scrolls into view, the diff shows its group.
pub fn select_quote(app: &mut App, id: QuoteId, follow_diff: bool) {
    let Some(q) = app
        .data
        .as_ref()
        .and_then(|d| d.analysis.quotes.get(id.index()))
    else {
        return;
    };
    let (source, start, cluster) = (q.source, q.inner.start, q.cluster);
    open_source(app, source);
    app.selected_quote = Some(id);
    app::reveal(app, start);
    if follow_diff {
        let pair = cluster.and_then(|c| {
            let data = app.data.as_ref()?;
            let cl = data.analysis.clusters.get(c.index())?;
            Some(cl.pairs.iter().position(|p| p.b == id).unwrap_or(0))
        });
        match (cluster, pair) {
            (Some(c), Some(pair)) => show_cluster(app, c, pair),
            _ => {
                app.diff = DiffView {
                    lone: Some(id),
                    ..DiffView::default()
                }
            }
        }
    }
}

/// `n`/`N`: the next mention of the person jumped to, else the next quote in the article.
pub fn step_quote(app: &mut App, forward: bool) {
    if let Some((person, at)) = app.mention_cycle {
        let Some(count) = app
            .data
            .as_ref()
            .and_then(|d| d.analysis.people.get(person.index()))
            .map(|p| p.mentions.len())
            .filter(|&n| n > 0)
        else {
            app.mention_cycle = None;
            return;
        };
        let next = if forward {
            (at + 1) % count
        } else {
            (at + count - 1) % count
        };
        go_to_mention(app, person, next);
        return;
    }
    let Some(list) = app.source_quotes.get(app.source.index()) else {
        return;
    };
    if list.is_empty() {
        return;
    }
    let current = app
        .selected_quote
        .and_then(|id| list.iter().position(|&q| q == id));
    let next = match current {
        Some(i) if forward => (i + 1).min(list.len() - 1),
        Some(i) => i.saturating_sub(1),
        // Nothing selected yet: the first quote on screen (n) or the last (N).
        None => {
            let lines = app
                .wrapped()
                .map(|w| w.lines.as_slice())
                .unwrap_or_default();
            let height = usize::from(app.panes().article_inner().height).max(1);
            let data = app.data.as_ref();
            let start_of = |id: &QuoteId| {
                data.and_then(|d| d.analysis.quotes.get(id.index()))
                    .map_or(0, |q| q.inner.start)
            };
            if forward {
                let top = lines.get(app.scroll).map_or(0, |l| l.bytes.start);
                list.partition_point(|id| start_of(id) < top)
                    .min(list.len() - 1)
            } else {
                let last = (app.scroll + height).min(lines.len()).saturating_sub(1);
                let bottom = lines.get(last).map_or(usize::MAX, |l| l.bytes.end);
                list.partition_point(|id| start_of(id) < bottom)
                    .saturating_sub(1)
            }
        }
    };
    if let Some(&id) = list.get(next) {
        app.highlight = None;
        select_quote(app, id, true);
    }
}

fn go_to_mention(app: &mut App, person: PersonId, index: usize) {
    let Some(m) = app
        .data
        .as_ref()
        .and_then(|d| d.analysis.people.get(person.index()))
        .and_then(|p| p.mentions.get(index))
        .cloned()
    else {
        return;
    };
    app.mention_cycle = Some((person, index));
    go_to_span(app, m.source, m.range.start, m.range.end);
}

/// Opens `source` scrolled to bytes `start..end`, highlighted.
fn go_to_span(app: &mut App, source: SourceId, start: usize, end: usize) {
    open_source(app, source);
    app.highlight = Some((source, start..end));
    app::reveal(app, start);
}

/// `]`/`[`: the next other rendering of the group.
pub fn step_rendering(app: &mut App, forward: bool) {
    let Some(n) = app
        .diff
        .cluster
        .and_then(|c| app.data.as_ref()?.analysis.clusters.get(c.index()))
        .map(|c| c.pairs.len())
        .filter(|&n| n > 0)
    else {
        return;
    };
    app.diff.pair = if forward {
        (app.diff.pair + 1) % n
    } else {
        (app.diff.pair + n - 1) % n
    };
    app.diff.scroll = 0;
}

/// Palette rows ranked at a time: a screenful and then some. Moving past
/// them ranks the next page (the matches are remembered, so only ranking
/// runs again); ranking every match on each keystroke would cost up to ten
/// times as much on a large corpus.
pub const PALETTE_PAGE: usize = 100;

/// Re-ranks the palette for the current query.
pub fn refresh_palette(app: &mut App) {
    rank_palette(app, PALETTE_PAGE);
    app.palette.selected = 0;
}

fn rank_palette(app: &mut App, rows: usize) {
    let palette = &mut app.palette;
    palette.hits = app
        .data
        .as_ref()
        .map(|d| palette.searcher.search(&d.index, &palette.query, rows))
        .unwrap_or_default();
}

/// Down in the palette, ranking the next page when the selection reaches
/// the last ranked row and more candidates match.
pub fn palette_down(app: &mut App) {
    let palette = &app.palette;
    if palette.selected + 1 >= palette.hits.len()
        && palette.hits.len() < palette.searcher.match_count()
    {
        let rows = palette.hits.len() + PALETTE_PAGE;
        rank_palette(app, rows);
    }
    if app.palette.selected + 1 < app.palette.hits.len() {
        app.palette.selected += 1;
    }
}

/// Enter in the palette: go where the selected entry points.
pub fn palette_jump(app: &mut App) {
    let target = app
        .palette
        .hits
        .get(app.palette.selected)
        .and_then(|h| app.data.as_ref()?.index.candidates.get(h.candidate))
        .map(|c| c.target.clone());
    app.mode = Mode::Normal;
    let Some(target) = target else { return };
    app.mention_cycle = None;
    app.highlight = None;
    app.focus = Pane::Article;
    match target {
        Target::Person { person } => go_to_mention(app, person, 0),
        Target::Variant { person, variant } => {
            let index = app
                .data
                .as_ref()
                .and_then(|d| {
                    let p = d.analysis.people.get(person.index())?;
                    let spelling = p.variants.get(variant)?;
                    let text_of = |m: &verbatim::ids::Span| m.get(&d.corpus);
                    p.mentions
                        .iter()
                        .position(|m| text_of(m) == Some(spelling.as_str()))
                        .or_else(|| {
                            p.mentions.iter().position(|m| {
                                text_of(m).is_some_and(|t| t.eq_ignore_ascii_case(spelling))
                            })
                        })
                })
                .unwrap_or(0);
            go_to_mention(app, person, index);
        }
        Target::Quote { quote } => select_quote(app, quote, true),
        Target::Title { source } => {
            open_source(app, source);
            app.scroll = 0;
        }
        Target::Sentence { source, start, end } => go_to_span(app, source, start, end),
    }
}

/// A left click: focus the pane under the pointer; on a source row, open it.
pub fn click(app: &mut App, x: u16, y: u16) {
    if app.mode != Mode::Normal {
        return;
    }
    let panes = app.panes();
    let Some(pane) = panes.pane_at(x, y) else {
        return;
    };
    app.focus = pane;
    if pane == Pane::Sources {
        let inner = panes.sources_inner();
        if y < inner.y || y >= inner.bottom() {
            return;
        }
        let offset = super::sources::first_row(app.source_cursor, inner.height);
        let row = offset + usize::from((y - inner.y) / super::sources::ROW_HEIGHT);
        if app
            .data
            .as_ref()
            .is_some_and(|d| row < d.corpus.articles.len())
        {
            open_source(app, SourceId::new(row));
        }
    }
    if pane == Pane::Diff {
        let inner = panes.diff_inner();
        if y < inner.y || y >= inner.bottom() {
            return;
        }
        let lines = super::diff::lines(app, inner.width).len();
        let line = super::diff::scroll_of(app, lines, inner.height) + usize::from(y - inner.y);
        let picked = super::diff::rendering_on_line(app, line);
        let pair = picked.and_then(|q| {
            let cluster = app
                .data
                .as_ref()?
                .analysis
                .clusters
                .get(app.diff.cluster?.index())?;
            cluster.pairs.iter().position(|p| p.b == q)
        });
        if let Some(pair) = pair {
            app.diff.pair = pair;
        }
    }
}
