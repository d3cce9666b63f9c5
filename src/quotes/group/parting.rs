//! Where a group that holds two statements only through one run-on
//! rendering parts in two.
//!
//! One outlet joins two sentences of a speech with a comma ("Hatred and
//! faith cannot live together, fear and hope cannot walk together") where
//! the others each print one of them as a sentence. Those short quotes each
//! fit the long one and join its group, so the group holds both statements,
//! and every pair across them is false. [`super::cuts`] cuts such a unit
//! only between two groups; here the group is its own: when every other
//! rendering in it lies wholly on one side of one clause mark of the long
//! form, and each side holds a rendering printed as a whole sentence that
//! places it, the long form is cut there and the renderings of its second
//! side leave with its second piece. A single other rendering that spans
//! the mark (an outlet printing the whole run-on sentence) keeps the group
//! whole: then it is one statement. So does one as long as the run-on
//! ([`may_part`], asked before any alignment: most long forms sit among
//! renderings as long as they are), and two sides whose sentences share
//! three words, as the reader's doubtful groups do not.

use std::ops::Range;

use crate::text::sentences::is_terminator;
use crate::text::words::first_letter;

use super::cluster::shares_words;
use super::cuts::{self, MAX_ANCHOR_SHARE, MIN_PIECE_WORDS};
use super::forms::{FormId, Forms, UnitIdx, WordId};
use super::lcs;
use super::link::{self, MIN_LINK_WORDS};

/// Words a rendering must match on its side to place it (not only follow
/// it): fewer fit either statement, or an item of a list.
const MIN_PLACING_WORDS: u32 = MIN_LINK_WORDS as u32;
/// Share of a placing rendering's own weight its side must hold.
const MIN_PLACING_CONTAINMENT: f32 = 0.5;

/// A long form's group parted in two at a clause mark.
pub struct Parting {
    /// The two word spans of the long form: the first stays in its group,
    /// the second leaves with `leaving`.
    pub pieces: [Range<usize>; 2],
    /// The members of the group that leave with the second piece.
    pub leaving: Vec<FormId>,
}

/// Whether form `long` may part its group `members`: only when it is the
/// one long rendering there, every other at most `max_share` of its words
/// (as long, another renders all of it, or spans the mark). Most long forms
/// sit among renderings as long as they are; this keeps the alignments of
/// [`inside`] to the few that do not.
pub fn may_part(forms: &Forms, members: &[FormId], long: FormId, max_share: f32) -> bool {
    let limit = max_share * forms.forms[long].words().len() as f32;
    members.len() >= 3
        && members
            .iter()
            .all(|&m| m == long || forms.forms[m].words().len() as f32 <= limit)
}

/// The parting of the group `members` of form `long` at one of its clause
/// marks (`at`: the words before each), when every other member lies wholly
/// on one side of it and both sides hold a rendering printed as a sentence
/// (`text`: a unit's text) that places them and links to that side's piece;
/// none when a member spans the mark. The
/// latest such mark wins, as in [`super::cuts`]; `min_piece`: the fewest
/// words of a piece.
pub fn inside<'t>(
    forms: &Forms,
    text: &impl Fn(UnitIdx) -> &'t str,
    members: &[FormId],
    long: FormId,
    at: &[usize],
    min_piece: usize,
) -> Option<Parting> {
    let form = &forms.forms[long];
    let n = form.words().len();
    let w = |x| forms.idf[x as usize];
    let others: Vec<FormId> = members.iter().copied().filter(|&m| m != long).collect();
    if others.len() < 2 {
        return None;
    }
    let whole: Vec<lcs::Cell> = others
        .iter()
        .map(|&m| lcs::weighted(forms.forms[m].words(), form.words(), w))
        .collect();
    // The marks that join two sentences ([`joining_marks`]), read once.
    let mut joining: Option<Vec<usize>> = None;
    'marks: for &k in at.iter().rev() {
        if k < min_piece || k + min_piece > n {
            continue;
        }
        let (left, right) = (&form.words()[..k], &form.words()[k..]);
        // Per member: its side (true for the second) and whether it places it.
        let mut sides: Vec<(bool, bool)> = Vec::with_capacity(others.len());
        for (&m, &(all, _)) in others.iter().zip(&whole) {
            let words = forms.forms[m].words();
            let weight = forms.forms[m].weight;
            let on = |side: &[_]| {
                let (got, matched) = lcs::weighted(words, side, w);
                let places =
                    matched >= MIN_PLACING_WORDS && got >= MIN_PLACING_CONTAINMENT * weight;
                (got >= cuts::SIDE_SHARE * all).then_some(places)
            };
            match (on(left), on(right)) {
                (Some(places), None) => sides.push((false, places)),
                (None, Some(places)) => sides.push((true, places)),
                _ => continue 'marks,
            }
        }
        // A semicolon or colon joining two sentences that outlets print
        // apart is the run-on's own mark, not a clause of one statement: there
        // a sentence quoted before an attribution ('"We want peace," he
        // said', its stop turned comma) places its side, and the two sides
        // may share a speech's frame of function words ("we want … for the
        // … of …, who have …"). Not at a comma: sides placed by such
        // quotes, or sharing only function words, parted single statements
        // there and cost recall.
        let joins = joining
            .get_or_insert_with(|| joining_marks(forms, text, long))
            .contains(&k);
        let placing = |second: bool| -> Vec<FormId> {
            others
                .iter()
                .zip(&sides)
                .filter(|&(_, &(s, p))| s == second && p)
                .filter(|&(&m, _)| {
                    forms.forms[m]
                        .units
                        .iter()
                        .any(|&u| printed_whole(text(u), joins))
                })
                .map(|(&m, _)| m)
                .collect()
        };
        let (first, second) = (placing(false), placing(true));
        // The two sides' sentences must be apart, as the reader's doubtful
        // groups are ([`super::cluster`]): two sentences sharing three
        // words may be one statement some outlets print in two, and a group
        // parted there became a first screen judged false (not counting
        // function words, one did on the check half: they count but at a
        // joining mark).
        let content = |w: &WordId| !forms.function.get(*w as usize).copied().unwrap_or(false);
        let apart = |a: FormId, b: FormId| {
            let mut bag = Vec::new();
            forms.forms[a].sorted().copy_into(&mut bag);
            let theirs = forms.forms[b].words();
            if !joins {
                return !shares_words(&bag, theirs);
            }
            bag.retain(content);
            let theirs: Vec<WordId> = theirs.iter().copied().filter(content).collect();
            !shares_words(&bag, &theirs)
        };
        if !first.iter().any(|&a| second.iter().any(|&b| apart(a, b))) {
            continue;
        }
        let piece_links = |span: Range<usize>, by: &[FormId]| {
            let piece = form.piece(span, &forms.idf);
            by.iter()
                .any(|&m| link::evidence(forms, &piece, &forms.forms[m]).is_some_and(|e| e.links()))
        };
        if !piece_links(0..k, &first) || !piece_links(k..n, &second) {
            continue;
        }
        let leaving = others
            .iter()
            .zip(&sides)
            .filter(|&(_, &(s, _))| s)
            .map(|(&m, _)| m)
            .collect();
        return Some(Parting {
            pieces: [0..k, k..n],
            leaving,
        });
    }
    None
}

/// Whether the long form `long`, whose link would join `theirs` (its
/// partners in another set) to `ours` (its partners in its own), holds the
/// two as two statements: each set wholly on its own side of one of its
/// clause marks, as [`inside`] parts a group. Then it runs together two
/// sentences that outlets print apart, and must not bridge their groups:
/// grouped apart, [`super::cuts`] cuts it between them, and each sentence
/// keeps its own group (merged, one of the two was left out of it).
pub fn joins_two<'t>(
    forms: &Forms,
    text: &impl Fn(UnitIdx) -> &'t str,
    long: FormId,
    ours: &[FormId],
    theirs: &[FormId],
) -> bool {
    let members: Vec<FormId> = [long].iter().chain(ours).chain(theirs).copied().collect();
    if ours.is_empty() || theirs.is_empty() || !may_part(forms, &members, long, MAX_ANCHOR_SHARE) {
        return false;
    }
    let Some(&first) = forms.forms[long].units.first() else {
        return false;
    };
    let at = cuts::mark_words(text(first));
    inside(forms, text, &members, long, &at, MIN_PIECE_WORDS).is_some_and(|p| {
        let leaving = |side: &[FormId]| {
            p.leaving.len() == side.len() && side.iter().all(|m| p.leaving.contains(m))
        };
        leaving(ours) || leaving(theirs)
    })
}

/// The words before each semicolon or colon of form `long`'s first unit
/// (`text`: a unit's text).
pub(super) fn joining_marks<'t>(
    forms: &Forms,
    text: &impl Fn(UnitIdx) -> &'t str,
    long: FormId,
) -> Vec<usize> {
    let Some(&first) = forms.forms[long].units.first() else {
        return Vec::new();
    };
    cuts::clause_marks(text(first))
        .iter()
        .filter(|m| m.joins)
        .map(|m| m.words_before)
        .collect()
}

/// Whether a unit's text is printed as a whole sentence: a capital first, a
/// stop last (not an ellipsis: words left out), or, when `comma` is true, a
/// comma standing for the stop before an attribution. A clause quoted alone
/// is as often part of one statement, so only sentences place a side.
fn printed_whole(text: &str, comma: bool) -> bool {
    let text =
        text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\''));
    let capital = first_letter(text).is_some_and(char::is_uppercase);
    let stop = text
        .chars()
        .next_back()
        .is_some_and(|c| (is_terminator(c) && c != '…') || (comma && c == ','));
    capital && stop
}

/// Whether two long forms share only one clause of each: a clause of one
/// holds a clause of the other nearly whole ([`SHARED_CLAUSE`]), and the
/// rest of each is a clause the other says little of ([`OWN_CLAUSES`]).
/// Two outlets that each run a different sentence together with one they
/// share ("We kept our word, the rest is up to them" beside "Nobody forced
/// us; the rest is up to them") render two statements between them: as
/// the references of two sets, they do not make the sets one statement
/// (`text`: a unit's text).
pub fn share_one_clause<'t>(
    forms: &Forms,
    text: &impl Fn(UnitIdx) -> &'t str,
    a: FormId,
    b: FormId,
) -> bool {
    let (fa, fb) = (&forms.forms[a], &forms.forms[b]);
    if fa.words().len() < cuts::MIN_CUT_WORDS || fb.words().len() < cuts::MIN_CUT_WORDS {
        return false;
    }
    let sides_a = clause_sides(forms, text, a);
    if sides_a.is_empty() {
        return false;
    }
    let sides_b = clause_sides(forms, text, b);
    let w = |x: WordId| forms.idf[x as usize];
    let weight = |s: &[WordId]| s.iter().map(|&x| w(x)).sum::<f32>();
    // The share of the lighter of two spans that the other says in order.
    let holds = |x: &[WordId], y: &[WordId]| {
        let lighter = weight(x).min(weight(y));
        lighter > 0.0 && {
            let (matched, _) = lcs::weighted(x, y, w);
            matched / lighter >= SHARED_CLAUSE
        }
    };
    // A clause of one form that the other says little of, anywhere in it.
    let own = |clause: &[WordId], other: &[WordId]| {
        lcs::weighted(clause, other, w).0 <= OWN_CLAUSES * weight(clause)
    };
    sides_a.iter().any(|(xa, ra)| {
        own(ra, fb.words())
            && sides_b
                .iter()
                .any(|(xb, rb)| holds(xa, xb) && own(rb, fa.words()))
    })
}

/// Share of the lighter of two clauses that the other must say in order
/// for the two to be one clause two long forms share.
const SHARED_CLAUSE: f32 = 0.8;
/// Share of a form's other clause that the other form may say in order
/// when they are two statements: a word or two a statement repeats
/// ("recognise" beside "recognition"). Two overlapping excerpts of one
/// sentence ("our full support, when it comes to ending the war" beside
/// "when it comes to ending the war and the killing") each say the
/// other's first clause.
const OWN_CLAUSES: f32 = 0.25;

/// Each way form `long` splits at one of its clause marks, each side with
/// a piece's words: (one side, the other), both ways round.
fn clause_sides<'f, 't>(
    forms: &'f Forms,
    text: &impl Fn(UnitIdx) -> &'t str,
    long: FormId,
) -> Vec<(&'f [WordId], &'f [WordId])> {
    let form = &forms.forms[long];
    let Some(&first) = form.units.first() else {
        return Vec::new();
    };
    let (words, n) = (form.words(), form.words().len());
    cuts::mark_words(text(first))
        .into_iter()
        .filter(|&k| k >= MIN_PIECE_WORDS && k + MIN_PIECE_WORDS <= n)
        .flat_map(|k| [(&words[..k], &words[k..]), (&words[k..], &words[..k])])
        .collect()
}

/// Whether long form `long`, linking two sets whose references do not
/// link, bridges them only by running two statements together: its
/// partners in its own set (`ours`) and those in the other (`theirs`) lie
/// on two sides of one of its clause marks, each partner's match (all but
/// a tenth of its weight) on one side. A long partner that shares only one
/// clause with it ([`share_one_clause`]) renders another statement beside
/// one of its own and sides with neither; so a form whose partners in the
/// other set are all such bridges it too.
pub fn bridges_two<'t>(
    forms: &Forms,
    text: &impl Fn(UnitIdx) -> &'t str,
    long: FormId,
    ours: &[FormId],
    theirs: &[FormId],
) -> bool {
    let form = &forms.forms[long];
    let words = form.words();
    if form.units.is_empty() || words.len() < cuts::MIN_CUT_WORDS || theirs.is_empty() {
        return false;
    }
    let w = |x: WordId| forms.idf[x as usize];
    // The partners that render a statement of the form's own, each with
    // the weight it matches of the whole form.
    let own_statements = |ms: &[FormId]| -> Vec<(FormId, f32)> {
        ms.iter()
            .copied()
            .filter(|&m| !share_one_clause(forms, text, long, m))
            .map(|m| (m, lcs::weighted(forms.forms[m].words(), words, w).0))
            .collect()
    };
    let ours = own_statements(ours);
    if ours.is_empty() {
        return false;
    }
    let theirs = own_statements(theirs);
    if theirs.is_empty() {
        return true;
    }
    let all_on = |ms: &[(FormId, f32)], side: &[WordId]| {
        ms.iter().all(|&(m, all)| {
            lcs::weighted(forms.forms[m].words(), side, w).0 >= cuts::SIDE_SHARE * all
        })
    };
    clause_sides(forms, text, long)
        .into_iter()
        .any(|(one, other)| all_on(&ours, one) && all_on(&theirs, other))
}
