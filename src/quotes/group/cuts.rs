//! Where a long unit that holds several statements is cut at a clause mark.
//!
//! One outlet runs two sentences of a speech into one ("we propose an
//! experiment, a duel of the century, let them pick a target and we will
//! strike it"), or joins them with a comma or a semicolon, where others
//! print each apart. The sentence splitter ([`super::units`]) cannot cut
//! there: most commas join one statement's clauses, and cutting at every
//! ";" or ":" split single statements that other outlets print whole. So a
//! unit is cut only where the other renderings say so: at a clause mark
//! between a run that shorter renderings in one group match and a run that
//! renderings in another group match, each wholly on its side; each piece
//! joins the group that placed it. Placed, not grouped again: a second
//! grouping costs as much as the first, and lets a piece link to another
//! long unit that holds two statements, merging their groups.

use std::ops::Range;

use rayon::prelude::*;

use crate::fast_hash::FastSet;
use crate::quotes::align::for_each_word;

use super::cut_sides::{self, heavy_enough, side_containment};
use super::forms::{Form, FormId, Forms, QuoteUnit, UnitIdx, WordId};
use super::lcs;
use super::link::{self, MIN_LINK_WORDS};
use super::parting::{self, Parting};

/// Units of fewer words are never cut: a short sentence rarely holds two
/// statements, and its halves would be fragments that fit anywhere.
pub const MIN_CUT_WORDS: usize = 12;
/// Fewest words a piece may have: shorter, it fits any group holding the
/// same few words (precision).
pub const MIN_PIECE_WORDS: usize = 4;
/// An anchor (a rendering that places a piece) has at most this share of
/// the long form's words: a rendering as long renders all of it, or
/// something else.
pub const MAX_ANCHOR_SHARE: f32 = 0.8;
/// Words an anchor must match in order inside its piece.
pub(super) const MIN_ANCHOR_MATCHED: u32 = 3;
/// Share of an anchor's weight its piece must hold in order: lower lets a
/// topic phrase two statements share cut one of them (precision); higher
/// misses loose translations of one half (recall).
pub(super) const MIN_ANCHOR_CONTAINMENT: f32 = 0.5;
/// Share of an anchor's match with the whole span that must lie on its side
/// of the cut: an anchor matching both sides renders both, and places
/// neither.
pub(super) const SIDE_SHARE: f32 = 0.9;

/// Renderings of a group (units: identical copies count each) that must
/// link to a piece for it to join that group. One rendering linking a
/// piece of a run-on quotation may be another statement on its topic ("the
/// port of X will reopen to grain ships" beside "the port of X stays closed
/// to grain ships"), and the cut then ties the whole quotation to it; two
/// that agree are the statement. On the labelled news one cost 23 false
/// pairs of the 42 the cuts made on the half not tuned on (and 6 of 48 on
/// the tuned half), for 9 and 16 true pairs.
pub(super) const MIN_PLACING_RENDERINGS: usize = 2;

/// For a candidate pair of forms, `(long, short)` when the shorter could
/// anchor a cut of the longer ([`find`] weighs it).
pub fn anchor_pair(a: u32, fa: &Form, b: u32, fb: &Form) -> Option<(u32, u32)> {
    let ((long, fl), (short, fs)) = if fa.words().len() >= fb.words().len() {
        ((a, fa), (b, fb))
    } else {
        ((b, fb), (a, fa))
    };
    let (nl, ns) = (fl.words().len(), fs.words().len());
    (nl >= MIN_CUT_WORDS && ns >= MIN_LINK_WORDS && ns as f32 <= MAX_ANCHOR_SHARE * nl as f32)
        .then_some((long, short))
}

/// A long form cut into pieces, each placed in the group of the renderings
/// that match it.
pub struct Cut {
    form: FormId,
    /// The group the form was in (`usize::MAX` for none).
    group: usize,
    /// Word spans of the form, and the group each piece joins.
    pieces: Vec<(Range<usize>, usize)>,
    /// Per unit of the form with the same clause marks, its pieces' byte
    /// ranges into its quote's source, in order.
    units: Vec<(UnitIdx, Vec<Range<usize>>)>,
    /// For a form that parts its own group ([`parting`]): the members that
    /// leave it with the second piece, for a new group.
    leaving: Option<Vec<FormId>>,
    /// Members of the form's group that go with a piece ([`cut_sides`]).
    moving: Vec<(FormId, usize)>,
}

/// The cuts of long forms. `anchors`: candidate pairs `(long, short)` from
/// [`anchor_pair`]; `groups`: the groups of a first grouping; `text`: a
/// unit's text.
pub fn find<'t>(
    forms: &Forms,
    groups: &[Vec<FormId>],
    mut anchors: Vec<(u32, u32)>,
    units: &[QuoteUnit],
    text: impl Fn(UnitIdx) -> &'t str + Sync,
) -> Vec<Cut> {
    let group_of = forms.group_of_each(groups, |_| true);
    anchors.retain(|&(_, s)| group_of[s as usize] != usize::MAX);
    anchors.par_sort_unstable();
    let by_long: Vec<&[(u32, u32)]> = anchors.chunk_by(|x, y| x.0 == y.0).collect();
    by_long
        .into_par_iter()
        .filter_map(|same| {
            let long = same[0].0 as FormId;
            let placed: Vec<(FormId, usize)> = same
                .iter()
                .map(|&(_, s)| (s as FormId, group_of[s as usize]))
                .collect();
            let form = &forms.forms[long];
            let first = *form.units.first()?;
            let marks = || mark_words(text(first));
            // Where no cut between groups places its pieces, the form may
            // part its own group ([`parting`]): only a form far longer than
            // every other member can hold two of them, which is cheap to
            // ask before its marks are read.
            let own = group_of[long];
            let parts_own = |at: Option<Vec<usize>>| {
                let members = groups.get(own)?;
                if !parting::may_part(forms, members, long, MAX_ANCHOR_SHARE) {
                    return None;
                }
                let at = at.unwrap_or_else(marks);
                let parting = parting::inside(forms, &text, members, long, &at, MIN_PIECE_WORDS)?;
                Some(cut(forms, long, own, parting, units, &text))
            };
            // Two groups at least, or no cut can part them.
            if placed.iter().all(|&(_, g)| g == placed[0].1) {
                return parts_own(None);
            }
            let at = marks();
            let whole = 0..form.words().len();
            let pieces = place(forms, form.words(), &placed, &at, whole, usize::MAX);
            // Each piece must link to renderings of the group that placed
            // it, as grouping would link them: a few words an anchor
            // matches inside a long piece do not make them one statement;
            // nor does one rendering ([`MIN_PLACING_RENDERINGS`]).
            let links_its_group = |(span, g): &(Range<usize>, usize)| {
                let piece = form.piece(span.clone(), &forms.idf);
                // Aligned only until enough renderings link.
                let mut linked = 0;
                placed.iter().filter(|&&(_, pg)| pg == *g).any(|&(s, _)| {
                    if link::evidence(forms, &piece, &forms.forms[s]).is_some_and(|e| e.links()) {
                        linked += forms.forms[s].units.len();
                    }
                    linked >= MIN_PLACING_RENDERINGS
                })
            };
            if pieces.len() < 2 || !pieces.iter().all(links_its_group) {
                return parts_own(Some(at));
            }
            let cut_at: Vec<usize> = pieces[1..].iter().map(|(span, _)| span.start).collect();
            let moving = cut_sides::followers(forms, groups, own, long, &pieces, &text);
            let units = form
                .units
                .iter()
                .filter_map(|&u| Some((u, unit_pieces(units[u].range(), text(u), &cut_at)?)))
                .collect();
            Some(Cut {
                form: long,
                group: group_of[long],
                pieces,
                units,
                leaving: None,
                moving,
            })
        })
        .collect()
}

/// The cut of form `long` that parts its own group `group`.
fn cut<'t>(
    forms: &Forms,
    long: FormId,
    group: usize,
    parting: Parting,
    units: &[QuoteUnit],
    text: &impl Fn(UnitIdx) -> &'t str,
) -> Cut {
    let [first, second] = parting.pieces;
    let cut_at = [second.start];
    let units = forms.forms[long]
        .units
        .iter()
        .filter_map(|&u| Some((u, unit_pieces(units[u].range(), text(u), &cut_at)?)))
        .collect();
    Cut {
        form: long,
        group,
        // The second piece's group is made when the cut is applied.
        pieces: vec![(first, group), (second, usize::MAX)],
        units,
        leaving: Some(parting.leaving),
        moving: Vec::new(),
    }
}

/// The byte ranges of a unit (`range`, whose text is `text`) cut at the
/// clause marks after the words `cut_at`; none when it lacks one of them.
fn unit_pieces(range: Range<usize>, text: &str, cut_at: &[usize]) -> Option<Vec<Range<usize>>> {
    let marks = clause_marks(text);
    let mut from = range.start;
    let mut out = Vec::with_capacity(cut_at.len() + 1);
    for k in cut_at {
        let m = marks.iter().find(|m| m.words_before == *k)?;
        out.push(from..range.start + m.end);
        from = range.start + m.resume;
    }
    out.push(from..range.end);
    Some(out)
}

/// Applies `cuts`: each piece becomes a new unit (appended to `units`) of a
/// new form in the group that placed it; the units cut leave their form,
/// and a form left with no unit leaves its group. Returns the units cut.
pub fn apply(
    forms: &mut Forms,
    groups: &mut Vec<Vec<FormId>>,
    units: &mut Vec<QuoteUnit>,
    cuts: Vec<Cut>,
) -> FastSet<UnitIdx> {
    let mut removed = FastSet::default();
    // A group parts once: were a second form of it to part it too, its
    // members would already have moved.
    let mut parted: FastSet<usize> = FastSet::default();
    for mut cut in cuts {
        if cut.units.is_empty() {
            continue;
        }
        if let Some(leaving) = cut.leaving.take() {
            if !parted.insert(cut.group) {
                continue;
            }
            groups[cut.group].retain(|f| !leaving.contains(f));
            if let Some(last) = cut.pieces.last_mut() {
                last.1 = groups.len();
            }
            groups.push(leaving);
        }
        cut_sides::follow(groups, cut.group, std::mem::take(&mut cut.moving));
        let mut of_piece: Vec<Vec<UnitIdx>> = vec![Vec::new(); cut.pieces.len()];
        for (u, ranges) in &cut.units {
            let quote = units[*u].quote;
            for (j, r) in ranges.iter().enumerate() {
                of_piece[j].push(units.len());
                units.push(QuoteUnit::new(quote, r.clone()));
            }
            removed.insert(*u);
        }
        for ((span, group), piece_units) in cut.pieces.into_iter().zip(of_piece) {
            let f = forms.add_piece(cut.form, span, piece_units);
            groups[group].push(f);
        }
        let left = forms.remove_units(cut.form, &removed);
        if left == 0 && cut.group != usize::MAX {
            groups[cut.group].retain(|&f| f != cut.form);
        }
    }
    removed
}

/// The pieces of `span` of `long` and the group each joins: cut at the
/// clause mark (at one of the word positions `at`) with the best pair of
/// anchors in different groups wholly on its two sides, then each side the
/// same way; `span` whole, placed in `group`, when no mark has such a pair.
fn place(
    forms: &Forms,
    long: &[WordId],
    anchors: &[(FormId, usize)],
    at: &[usize],
    span: Range<usize>,
    group: usize,
) -> Vec<(Range<usize>, usize)> {
    let w = |x: WordId| forms.idf[x as usize];
    let places: Vec<usize> = at
        .iter()
        .copied()
        .filter(|&k| k >= span.start + MIN_PIECE_WORDS && k + MIN_PIECE_WORDS <= span.end)
        .collect();
    if places.is_empty() {
        return vec![(span, group)];
    }
    // Per place, the containment of each anchor wholly on either side, with
    // its group. An anchor's left sides are the cells of one LCS row (each
    // place's prefix of the span), its match with the whole span the last.
    let mut sides: Vec<[Vec<(usize, f32)>; 2]> = vec![Default::default(); places.len()];
    let mut row = Vec::new();
    let mut matching = Vec::with_capacity(anchors.len());
    for &(s, group) in anchors {
        let short = &forms.forms[s];
        lcs::prefixes(short.words(), &long[span.clone()], w, &mut row);
        let whole = row[span.len()];
        if whole.1 < MIN_ANCHOR_MATCHED || short.weight <= 0.0 {
            continue;
        }
        for (i, &k) in places.iter().enumerate() {
            if let Some(containment) = side_containment(row[k - span.start], whole, short.weight) {
                sides[i][0].push((group, containment));
            }
        }
        matching.push((short, group, whole));
    }
    // Right sides take one LCS per place; only those that can pair with a
    // left side of another group are worth it. A suffix never matches more
    // weight than a longer one, so past the first place where the weight
    // falls short, every later one does too.
    for (short, group, whole) in matching {
        for (i, &k) in places.iter().enumerate() {
            if sides[i][0].iter().all(|&(g, _)| g == group) {
                continue;
            }
            let (weight, matched) = lcs::weighted(short.words(), &long[k..span.end], w);
            if !heavy_enough(weight, whole, short.weight) {
                break;
            }
            if let Some(containment) = side_containment((weight, matched), whole, short.weight) {
                sides[i][1].push((group, containment));
            }
        }
    }
    let mut best: Option<(f32, usize, usize, usize)> = None;
    for (i, [left, right]) in sides.iter().enumerate() {
        for &(ga, ca) in left {
            for &(gb, cb) in right {
                // Later places win ties: the words between two anchors more
                // often lead into the second statement than trail the first.
                if ga != gb && best.is_none_or(|(b, ..)| ca + cb >= b) {
                    best = Some((ca + cb, places[i], ga, gb));
                }
            }
        }
    }
    match best {
        Some((_, k, ga, gb)) => {
            let mut out = place(forms, long, anchors, at, span.start..k, ga);
            out.extend(place(forms, long, anchors, at, k..span.end, gb));
            out
        }
        None => vec![(span, group)],
    }
}

/// Where a unit's text may be cut: the words before each of its clause marks.
pub fn mark_words(text: &str) -> Vec<usize> {
    clause_marks(text).iter().map(|m| m.words_before).collect()
}

/// A clause mark inside a unit: the left piece ends at `end` (the mark
/// kept, as a sentence keeps its stop), the right one starts at `resume`,
/// after `words_before` words (as grouping keys them); `joins`: a semicolon
/// or colon, which joins two sentences more often than a comma does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct ClauseMark {
    end: usize,
    resume: usize,
    pub words_before: usize,
    pub joins: bool,
}

/// The clause marks of a unit's text: a comma, semicolon or colon followed
/// by a space (not "1,000" or "16:30"; a full-width one in any case), and a
/// dash between spaces, with words on both sides. Words are counted as
/// grouping keys them (one key per word), without keying them.
pub(super) fn clause_marks(text: &str) -> Vec<ClauseMark> {
    // Every mark starts with one of these bytes (the ASCII ones, or the
    // first byte of the dashes' and the full-width marks' encodings), so
    // the text is decoded only there, and split into words only when a
    // mark is found: many units have none.
    let starts = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| matches!(b, b',' | b';' | b':' | b'-' | 0xE2 | 0xEF));
    let mut found: Vec<(usize, usize, usize, bool)> = Vec::new();
    for (i, _) in starts {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        let after = &text[i + c.len_utf8()..];
        let spaced_after = after.starts_with(char::is_whitespace);
        let end = match c {
            ',' | ';' | ':' if spaced_after => i + 1,
            '，' | '；' | '：' => i + c.len_utf8(),
            '–' | '—' | '-' if spaced_after && text[..i].ends_with(char::is_whitespace) => {
                text[..i].trim_end().len()
            }
            _ => continue,
        };
        let resume = text.len() - after.trim_start().len();
        found.push((i, end, resume, matches!(c, ';' | ':' | '；' | '：')));
    }
    if found.is_empty() {
        return Vec::new();
    }
    let mut words: Vec<Range<usize>> = Vec::new();
    for_each_word(text, |r| words.push(r));
    let mut marks = Vec::with_capacity(found.len());
    for (i, end, resume, joins) in found {
        let words_before = words.partition_point(|w| w.start < i);
        let inside_a_word = words
            .get(words_before.wrapping_sub(1))
            .is_some_and(|w| w.end > i);
        if words_before == 0 || words_before == words.len() || inside_a_word {
            continue;
        }
        marks.push(ClauseMark {
            end,
            resume,
            words_before,
            joins,
        });
    }
    marks
}

#[cfg(test)]
#[path = "cuts_tests.rs"]
mod tests;
