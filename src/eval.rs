//! Scoring the engine against hand-labelled real news
//! (`tests/fixtures/news/`): extraction recall, speaker accuracy and
//! pairwise grouping precision/recall, per story and in total.
//!
//! A story is a folder of article excerpts with a `labels.json` that gives,
//! for each file, every quotation's exact text, its speaker and the
//! utterance(s) it renders. The format is described in the fixtures' README.
//! [`people`] scores the people list against a story's `people.json`.

pub mod people;
pub mod screen;

use std::collections::{BTreeMap, HashMap};
use std::ops::{AddAssign, Range};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::analysis::Analysis;
use crate::corpus::{self, Corpus, LoadError};
use crate::people::Person;
use crate::quotes::Quote;
use crate::text::translit::loose_key;

/// A labelled story as stored in `labels.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct Labels {
    pub story: String,
    #[serde(default)]
    pub description: String,
    pub articles: Vec<LabelledArticle>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelledArticle {
    pub file: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub language: String,
    #[serde(default)]
    pub published: Option<String>,
    /// wire, original, rewrite or translated.
    #[serde(default)]
    pub kind: Option<String>,
    pub quotes: Vec<GoldQuote>,
}

/// One quotation as a person labelled it.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// The quoted words, exactly as in the file, without the marks.
    pub text: String,
    /// Which occurrence of `text` in the file (1-based).
    #[serde(default = "first")]
    pub occurrence: usize,
    pub speaker: Option<String>,
    /// The utterance(s) the quotation renders: shared labels mean the same words spoken.
    pub utterance: Utterances,
    /// False for a statement attributed without quotation marks.
    #[serde(default = "yes")]
    pub quoted: bool,
}

fn first() -> usize {
    1
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Utterances {
    One(String),
    Several(Vec<String>),
}

impl Utterances {
    pub fn labels(&self) -> &[String] {
        match self {
            Utterances::One(label) => std::slice::from_ref(label),
            Utterances::Several(labels) => labels,
        }
    }

    fn shares_with(&self, other: &Utterances) -> bool {
        self.labels().iter().any(|l| other.labels().contains(l))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {message}")]
    Labels { path: String, message: String },
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// A story's corpus (its labelled files, in label order) and its labels.
pub struct Story {
    pub dir: PathBuf,
    pub labels: Labels,
    pub corpus: Corpus,
    /// The real people the excerpts name, when labelled.
    pub people: Option<people::PeopleLabels>,
}

impl Story {
    /// Reads `dir/labels.json` and the files it lists.
    pub fn load(dir: &Path) -> Result<Story, EvalError> {
        let path = dir.join("labels.json");
        let labels: Labels = read_json(&path)?;
        let files: Vec<PathBuf> = labels.articles.iter().map(|a| dir.join(&a.file)).collect();
        let corpus = corpus::load_paths(&files)?;
        if corpus.articles.len() != files.len() {
            return Err(EvalError::Labels {
                path: path.display().to_string(),
                message: format!(
                    "{} files listed, {} loaded",
                    files.len(),
                    corpus.articles.len()
                ),
            });
        }
        Ok(Story {
            dir: dir.to_path_buf(),
            labels,
            corpus,
            people: people::PeopleLabels::load(dir)?,
        })
    }

    /// Every story folder under `root` (folders holding a `labels.json`), by name.
    pub fn dirs(root: &Path) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("labels.json").is_file())
            .collect();
        dirs.sort();
        dirs
    }
}

/// The split of the stories (`split.json` beside them): rules are tuned on
/// `tune`; `check` shows whether a gain carries over to stories not looked at.
#[derive(Debug, Clone, Deserialize)]
pub struct Split {
    pub tune: Vec<String>,
    pub check: Vec<String>,
}

impl Split {
    pub fn load(root: &Path) -> Result<Split, EvalError> {
        read_json(&root.join("split.json"))
    }

    /// `"tune"`, `"check"`, or `None` for a story in neither list.
    pub fn half_of(&self, story: &str) -> Option<&'static str> {
        if self.tune.iter().any(|s| s == story) {
            Some("tune")
        } else if self.check.iter().any(|s| s == story) {
            Some("check")
        } else {
            None
        }
    }
}

/// A JSON file of the set, or an error naming it.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, EvalError> {
    let bad = |message: String| EvalError::Labels {
        path: path.display().to_string(),
        message,
    };
    let json = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
    serde_json::from_str(&json).map_err(|e| bad(e.to_string()))
}

/// Counts from which the figures are computed; they add across stories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Quoted gold quotations, and how many the engine extracted.
    pub quotes: usize,
    pub extracted: usize,
    /// Unquoted gold statements, and how many the engine extracted.
    pub unquoted: usize,
    pub unquoted_extracted: usize,
    /// Extracted gold quotations with a named speaker, and how many the engine attributed right.
    pub attributable: usize,
    pub speaker_right: usize,
    /// Gold pairs (two quotations sharing an utterance), engine pairs among
    /// extracted gold quotations (two in one group), and pairs in both; only
    /// pairs of articles in one language (grouping does not translate).
    pub gold_pairs: usize,
    pub engine_pairs: usize,
    pub true_pairs: usize,
    /// The same for pairs across languages, reported apart.
    pub cross_gold_pairs: usize,
    pub cross_engine_pairs: usize,
    pub cross_true_pairs: usize,
    /// Stories whose first listed group holds two labelled quotations to
    /// judge, and how many of those groups are true ([`screen`]).
    pub screens: usize,
    pub screens_true: usize,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.quotes += o.quotes;
        self.extracted += o.extracted;
        self.unquoted += o.unquoted;
        self.unquoted_extracted += o.unquoted_extracted;
        self.attributable += o.attributable;
        self.speaker_right += o.speaker_right;
        self.gold_pairs += o.gold_pairs;
        self.engine_pairs += o.engine_pairs;
        self.true_pairs += o.true_pairs;
        self.cross_gold_pairs += o.cross_gold_pairs;
        self.cross_engine_pairs += o.cross_engine_pairs;
        self.cross_true_pairs += o.cross_true_pairs;
        self.screens += o.screens;
        self.screens_true += o.screens_true;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

impl Counts {
    pub fn extraction_recall(&self) -> f64 {
        ratio(self.extracted, self.quotes)
    }

    /// Statements printed without quotation marks that the engine found.
    pub fn unquoted_recall(&self) -> f64 {
        ratio(self.unquoted_extracted, self.unquoted)
    }

    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.attributable)
    }

    pub fn pair_precision(&self) -> f64 {
        ratio(self.true_pairs, self.engine_pairs)
    }

    pub fn pair_recall(&self) -> f64 {
        ratio(self.true_pairs, self.gold_pairs)
    }

    /// Recall of pairs across languages (translations grouped with their originals).
    pub fn cross_language_recall(&self) -> f64 {
        ratio(self.cross_true_pairs, self.cross_gold_pairs)
    }

    pub fn pair_f1(&self) -> f64 {
        let (p, r) = (self.pair_precision(), self.pair_recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// A story's counts, in total and per article language.
#[derive(Debug, Clone, Default)]
pub struct StoryScore {
    pub total: Counts,
    pub by_language: BTreeMap<String, Counts>,
}

/// A gold quotation located in its file, with the engine quote that renders it.
pub struct Located<'a> {
    pub gold: &'a GoldQuote,
    /// The labelled article's file name and language.
    pub file: &'a str,
    pub language: &'a str,
    /// The article's index in the story's corpus.
    pub source: usize,
    /// Where the gold quotation stands in the article's text.
    pub span: Range<usize>,
    /// The engine quote covering it, if it was extracted.
    pub engine: Option<&'a Quote>,
}

/// Scores `analysis` of `story.corpus` against the story's labels.
///
/// A gold quotation counts as extracted when an engine quote of the same
/// article covers at least half of the longer of the two spans: boundaries
/// may differ by a trailing comma or a dropped word, but two quotes glued
/// into one, or one cut in half, do not count.
pub fn score(story: &Story, analysis: &Analysis) -> Result<StoryScore, String> {
    let located = locate(story, analysis)?;
    let mut score = StoryScore::default();
    if let Some(true_group) = screen::first_group_true(&located, analysis) {
        score.total.screens = 1;
        score.total.screens_true = usize::from(true_group);
    }
    let mut add = |language: &str, counts: Counts| {
        score.total += counts;
        *score.by_language.entry(language.to_string()).or_default() += counts;
    };
    for l in &located {
        let mut c = Counts::default();
        let found = l.engine.is_some();
        if l.gold.quoted {
            c.quotes = 1;
            c.extracted = usize::from(found);
        } else {
            c.unquoted = 1;
            c.unquoted_extracted = usize::from(found);
        }
        if let (Some(q), Some(gold)) = (l.engine, &l.gold.speaker) {
            c.attributable = 1;
            let person = q.speaker.map(|p| &analysis.people[p]);
            c.speaker_right = usize::from(person.is_some_and(|p| same_person(p, gold)));
        }
        add(l.language, c);
    }
    for (i, a) in located.iter().enumerate() {
        for b in &located[i + 1..] {
            let mut c = Counts::default();
            let gold = a.gold.utterance.shares_with(&b.gold.utterance);
            let engine = match (a.engine, b.engine) {
                (Some(qa), Some(qb)) => qa.id != qb.id && share_a_group(qa, qb),
                _ => false,
            };
            let counts = [gold, engine, gold && engine].map(usize::from);
            if a.language == b.language {
                [c.gold_pairs, c.engine_pairs, c.true_pairs] = counts;
            } else {
                [c.cross_gold_pairs, c.cross_engine_pairs, c.cross_true_pairs] = counts;
            }
            // A cross-language pair is counted under the first quote's language.
            add(a.language, c);
        }
    }
    Ok(score)
}

/// Whether a unit of `a` and a unit of `b` are in one group (a quote takes
/// part in one group per unit, as a gold quotation has one label per
/// utterance); the quotes' own groups when units are not set.
fn share_a_group(a: &Quote, b: &Quote) -> bool {
    let groups = |q: &Quote| -> Vec<crate::ids::ClusterId> {
        let mut g: Vec<_> = q.units.iter().filter_map(|u| u.cluster).collect();
        g.extend(q.cluster);
        g
    };
    let of_b = groups(b);
    groups(a).iter().any(|g| of_b.contains(g))
}

/// Every gold quotation of `story`, in label order, with the engine quote of
/// the same article that covers at least half of the longer of the two spans.
pub fn locate<'a>(story: &'a Story, analysis: &'a Analysis) -> Result<Vec<Located<'a>>, String> {
    let mut by_source: HashMap<usize, Vec<&Quote>> = HashMap::new();
    for q in &analysis.quotes {
        by_source.entry(q.source.index()).or_default().push(q);
    }
    let mut out = Vec::new();
    for (source, labelled) in story.labels.articles.iter().enumerate() {
        let text = &story.corpus.articles[source].text;
        for gold in &labelled.quotes {
            let span = nth_occurrence(text, &gold.text, gold.occurrence).ok_or_else(|| {
                format!(
                    "{}: {:?} does not occur {} time(s)",
                    labelled.file, gold.text, gold.occurrence
                )
            })?;
            let engine = by_source
                .get(&source)
                .into_iter()
                .flatten()
                .copied()
                .filter(|q| covers(&q.inner(), &span))
                .max_by_key(|q| overlap(&q.inner(), &span));
            out.push(Located {
                gold,
                file: &labelled.file,
                language: &labelled.language,
                source,
                span,
                engine,
            });
        }
    }
    Ok(out)
}

fn nth_occurrence(text: &str, needle: &str, n: usize) -> Option<Range<usize>> {
    if needle.is_empty() || n == 0 {
        return None;
    }
    let start = text.match_indices(needle).nth(n - 1)?.0;
    Some(start..start + needle.len())
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn covers(engine: &Range<usize>, gold: &Range<usize>) -> bool {
    let longer = engine.len().max(gold.len());
    longer > 0 && overlap(engine, gold) * 2 >= longer
}

/// Whether the engine's person is the labelled speaker: the same full name,
/// or a spelling whose last word is the label's surname (labels give the
/// usual Latin spelling; the engine keeps the article's). A label written
/// family name first ("Xi Jinping") has that name as its surname too.
/// Surnames compare by their loose keys, as the people score does, so an
/// article's "Orban" is the label's "Orbán". The miss listings
/// (`speaker_misses`) judge by this too, so their counts are the score's.
pub fn same_person(person: &Person, gold: &str) -> bool {
    let surname = |name: &str| name.split_whitespace().last().map(loose_key);
    let gold_surnames = [
        surname(gold),
        crate::people::family_name(gold).map(loose_key),
    ];
    std::iter::once(&person.name)
        .chain(&person.variants)
        .any(|v| {
            fold(v) == fold(gold) || (surname(v).is_some() && gold_surnames.contains(&surname(v)))
        })
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_and_coverage() {
        assert_eq!(nth_occurrence("a b a b", "a", 2), Some(4..5));
        assert_eq!(nth_occurrence("a b", "c", 1), None);
        assert_eq!(nth_occurrence("a b", "a", 0), None);
        assert!(covers(&(0..10), &(0..9)));
        assert!(
            !covers(&(0..20), &(0..9)),
            "a quote glued to another is not a match"
        );
        assert!(!covers(&(0..4), &(0..10)), "half a quote is not a match");
    }

    #[test]
    fn a_speaker_spelt_without_the_labels_diacritics_is_the_labelled_one() {
        let person = Person::named("Viktor Orban", &["Viktor Orban", "Orban"]);
        assert!(same_person(&person, "Viktor Orbán"));
        assert!(same_person(
            &Person::named("Orbán", &["Orbán"]),
            "Viktor Orban"
        ));
        assert!(!same_person(&person, "Viktor Ponta"));
    }

    #[test]
    fn f1_of_counts() {
        let c = Counts {
            gold_pairs: 4,
            engine_pairs: 2,
            true_pairs: 2,
            ..Counts::default()
        };
        assert_eq!(c.pair_precision(), 1.0);
        assert_eq!(c.pair_recall(), 0.5);
        assert!((c.pair_f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            Counts::default().pair_f1(),
            1.0,
            "nothing to find, nothing wrong"
        );
    }
}
