//! The engine on labelled real news (`tests/fixtures/news/`, see its README):
//! the figures must not fall below the floors in `news_floors.rs`.
//! `cargo run --release --example news_eval` prints every figure.

use std::path::Path;

use verbatim::analysis::analyze;
use verbatim::eval::people::{PeopleCounts, score_people};
use verbatim::eval::{Counts, Split, Story, score};

use crate::news_floors::{CHECK, Floor, PEOPLE_CHECK, PEOPLE_TUNE, PeopleFloor, TUNE};

const ROOT: &str = "tests/fixtures/news";

fn half_counts(split: &Split, half: &str) -> Counts {
    let mut total = Counts::default();
    let mut stories = 0;
    for dir in Story::dirs(Path::new(ROOT)) {
        let story = Story::load(&dir).unwrap();
        if split.half_of(&story.labels.story) != Some(half) {
            continue;
        }
        let analysis = analyze(&story.corpus);
        let result = score(&story, &analysis).unwrap();
        total += result.total;
        stories += 1;
    }
    assert!(stories >= 4, "the {half} half has {stories} stories");
    total
}

fn assert_floor(half: &str, floor: &Floor) {
    let split = Split::load(Path::new(ROOT)).unwrap();
    let c = half_counts(&split, half);
    let figures = format!(
        "{half}: extraction {:.3}, speaker {:.3}, P {:.3}, R {:.3}, F1 {:.3}",
        c.extraction_recall(),
        c.speaker_accuracy(),
        c.pair_precision(),
        c.pair_recall(),
        c.pair_f1()
    );
    println!("{figures}");
    assert!(c.extraction_recall() >= floor.extraction, "{figures}");
    assert!(c.speaker_accuracy() >= floor.speaker, "{figures}");
    assert!(c.pair_precision() >= floor.precision, "{figures}");
    assert!(c.pair_f1() >= floor.f1, "{figures}");
    let screens = c.screens_true as f64 / c.screens.max(1) as f64;
    assert!(
        screens >= floor.screens,
        "{half}: first screens {} true of {}",
        c.screens_true,
        c.screens
    );
}

#[test]
fn the_tune_half_scores_at_least_its_floor() {
    assert_floor("tune", &TUNE);
}

#[test]
fn the_check_half_scores_at_least_its_floor() {
    assert_floor("check", &CHECK);
}

#[test]
fn every_story_is_in_one_half_and_every_label_is_found() {
    let split = Split::load(Path::new(ROOT)).unwrap();
    let dirs = Story::dirs(Path::new(ROOT));
    assert!(dirs.len() >= 3);
    for dir in dirs {
        let story = Story::load(&dir).unwrap();
        assert!(
            split.half_of(&story.labels.story).is_some(),
            "{} is in no half of split.json",
            story.labels.story
        );
        // `score` fails on a label whose text is not in its file.
        let analysis = analyze(&story.corpus);
        score(&story, &analysis).unwrap();
    }
}

/// Two stories are kept for evaluation by others; none of their coverage may
/// enter the development set.
#[test]
fn no_excerpt_is_about_the_stories_kept_for_evaluation() {
    for dir in Story::dirs(Path::new(ROOT)) {
        let story = Story::load(&dir).unwrap();
        for article in &story.corpus.articles {
            let text = article.text.to_lowercase();
            for banned in [
                "leo xiv",
                "pope leo",
                "habemus papam",
                "alaska",
                "anchorage",
            ] {
                assert!(!text.contains(banned), "{} mentions {banned}", article.path);
            }
        }
    }
}

/// Each labelled article's language, as `sources --json` reports it, is the
/// one its labeller gave. Some excerpts are short or mix languages (a German
/// report quoting English), so the floor sits under every article.
#[test]
fn the_detected_language_is_the_labelled_one() {
    let (mut right, mut total, mut misses) = (0, 0, Vec::new());
    for dir in Story::dirs(Path::new(ROOT)) {
        let story = Story::load(&dir).unwrap();
        for labelled in &story.labels.articles {
            let article = story
                .corpus
                .articles
                .iter()
                .find(|a| Path::new(&a.path).ends_with(&labelled.file))
                .unwrap();
            total += 1;
            match article.language() {
                Some(found) if found == labelled.language => right += 1,
                found => misses.push(format!(
                    "{}: {found:?} for {}",
                    article.path, labelled.language
                )),
            }
        }
    }
    let accuracy = f64::from(right) / f64::from(total);
    println!("language: {right}/{total} = {accuracy:.3}; misses: {misses:#?}");
    assert!(total >= 100);
    assert!(accuracy >= 0.97, "{accuracy:.3}: {misses:#?}");
}

/// Statements printed without quotation marks (dash-introduced speech):
/// the tune half's recall must not fall below what the engine reaches
/// (0.514 when this floor was set; 0.691 in session 25, floor 0.66; 0.653 in
/// session 26 when the Spiderweb story joined tune with 1 of its 7 found: posts
/// on X printed as paragraphs of their own and a headline "words - Name", floor
/// 0.64; 0.630 in session 28 when the Liberation Day speech joined tune with
/// 7 of its 18 found: a block quote of the speech, a transcript's paragraphs
/// after "The President.", an English post in a Spanish page, a "Trump: …"
/// subhead, floor 0.62; 0.615 in session 29 when Modi's Sindoor address
/// joined tune with none of its 3 found: a Spanish paragraph of his words
/// closed by "prometió", a headline "words: PM Modi" printed twice, floor
/// 0.61; 0.579 in session 31 when Germany's election night joined tune with
/// 5 of its 18 found: a TT report whose every quote is a line without marks,
/// a machine-translated page's "…, Scholz said" and "… - he said", Spanish
/// paragraphs closed by "expresó", Polish blocks followed by "– stwierdził.",
/// floor 0.57; 0.593 in session 31 after a reporting clause may stand before
/// a short aside and a pro-drop language's lone verb closes a statement,
/// floor 0.58; 0.650 in session 32 with lines signed after a colon, "words:
/// PM Modi", and the record's transcript turns after "The President.",
/// floor 0.63; 0.647 in session 48 when Trump and Netanyahu's press
/// conference joined tune with 2 of its 14 found: a transcript's turns
/// after "President Trump." and "Prime Minister Netanyahu.", a post on X
/// after "Netanyahu on …:", a related headline "Netanyahu: words", a pull
/// quote followed by "Donald Trump o Strefie Gazy", floor kept; 0.698 in
/// session 52 when Trump and Ramaphosa's meeting joined tune with none of
/// its 2 found: a headline "Name takes jab at Name: words", a post on X
/// signed on the next line after a dash, floor kept). The check half's are block statements
/// and label lines (`Name: words`) the engine does not read yet, so it has
/// no floor.
#[test]
fn the_tune_half_finds_unquoted_statements() {
    let split = Split::load(Path::new(ROOT)).unwrap();
    let c = half_counts(&split, "tune");
    assert!(c.unquoted >= 20, "{} unquoted labels", c.unquoted);
    assert!(c.unquoted_recall() >= 0.63, "{:.3}", c.unquoted_recall());
}

fn assert_people_floor(half: &str, floor: &PeopleFloor) {
    let split = Split::load(Path::new(ROOT)).unwrap();
    let mut total = PeopleCounts::default();
    for dir in Story::dirs(Path::new(ROOT)) {
        let story = Story::load(&dir).unwrap();
        if split.half_of(&story.labels.story) != Some(half) {
            continue;
        }
        let labels = story
            .people
            .as_ref()
            .expect("every story labels its people");
        let analysis = analyze(&story.corpus);
        total += score_people(labels, &analysis.people).counts;
    }
    let figures = format!(
        "{half}: people precision {:.3}, recall {:.3}, split {} ({} entries)",
        total.precision(),
        total.recall(),
        total.split,
        total.entries
    );
    println!("{figures}");
    assert!(total.labelled >= 40, "{figures}");
    assert!(total.precision() >= floor.precision, "{figures}");
    assert!(total.recall() >= floor.recall, "{figures}");
}

#[test]
fn the_tune_half_lists_real_people() {
    assert_people_floor("tune", &PEOPLE_TUNE);
}

#[test]
fn the_check_half_lists_real_people() {
    assert_people_floor("check", &PEOPLE_CHECK);
}
