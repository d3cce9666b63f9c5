//! People: names with role titles and particles, surname-only mentions,
//! spelling variants merged by evidence, what is not a person (a role, a
//! given name or a speech verb is evidence; capital letters are not), and a
//! lone first name joining the one full name of that first name.

use std::time::Instant;

use proptest::prelude::*;

use verbatim::corpus::{Corpus, bundled_corpus};
use verbatim::ids::SourceId;
use verbatim::people::{Person, find_people};

fn corpus(bodies: &[&str]) -> Corpus {
    let articles = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let text = format!("Leaders meet for talks\n\n{b}\n");
            verbatim::corpus::Article::new(format!("a{i}"), format!("a{i}"), text)
        })
        .collect();
    Corpus::from_articles(articles)
}

fn named<'a>(people: &'a [Person], name: &str) -> &'a Person {
    people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", names(people)))
}

fn names(people: &[Person]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}

fn check_mentions(c: &Corpus, people: &[Person]) {
    for p in people {
        assert!(!p.mentions.is_empty());
        for m in &p.mentions {
            let text = m.get(c).expect("a mention slices its article");
            assert!(
                p.variants.iter().any(|v| v == text),
                "{text} not a variant of {}",
                p.name
            );
        }
        let order: Vec<_> = p
            .mentions
            .iter()
            .map(|m| (m.source, m.range().start))
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "mentions out of order"
        );
    }
}

#[test]
fn spelling_variants_across_outlets_are_one_person() {
    let c = corpus(&[
        "Ukrainian President Volodymyr Zelenskiy spoke. Zelenskiy said little.",
        "Volodymyr Zelenskyy arrived. Later Zelenskyy left.",
        "Volodymyr Zelensky met the press.",
        "President Volodymyr Zelsky was there.",
        "Volodymyr Zelenskyy and the others talked.",
    ]);
    let people = find_people(&c);
    assert_eq!(people.len(), 1, "{:?}", names(&people));
    let p = &people[0];
    assert_eq!(p.name, "Volodymyr Zelenskyy");
    for v in [
        "Volodymyr Zelenskiy",
        "Zelenskiy",
        "Volodymyr Zelensky",
        "Volodymyr Zelsky",
        "Zelenskyy",
    ] {
        assert!(
            p.variants.iter().any(|x| x == v),
            "missing {v}: {:?}",
            p.variants
        );
    }
    assert_eq!(p.mentions.len(), 7);
    check_mentions(&c, &people);
}

#[test]
fn romanisations_of_one_cyrillic_name_are_one_person() {
    // German writes З as S and в as w: "Selenskyj" is "Zelensky".
    let c = corpus(&[
        "Volodymyr Zelensky met the press.",
        "Wolodymyr Selenskyj sprach mit der Presse.",
    ]);
    let people = find_people(&c);
    assert_eq!(names(&people), ["Volodymyr Zelensky"]);
    check_mentions(&c, &people);
}

#[test]
fn surname_alone_joins_the_full_name() {
    let c = corpus(&[
        "Italian Prime Minister Giorgia Meloni arrived. Later, Meloni’s aides said Meloni would speak.",
    ]);
    let people = find_people(&c);
    let p = named(&people, "Giorgia Meloni");
    assert_eq!(p.mentions.len(), 3);
    assert_eq!(p.roles, vec!["Italian Prime Minister"]);
    check_mentions(&c, &people);
}

#[test]
fn role_titles_and_particles() {
    let c = corpus(&[
        "Kremlin aide Yuri Ushakov spoke with NATO Secretary General Mark Rutte and Sir Keir Starmer.",
        "European Commission President Ursula von der Leyen met Vice President JD Vance. Later von der Leyen left.",
        "President Putin was not there, and Chancellor Merz said Merz would call.",
        "Spain PM Pedro Sanchez said the ports were open.",
    ]);
    let people = find_people(&c);
    assert_eq!(named(&people, "Pedro Sanchez").roles, vec!["Spain PM"]);
    assert_eq!(named(&people, "Yuri Ushakov").roles, vec!["Kremlin aide"]);
    assert_eq!(
        named(&people, "Mark Rutte").roles,
        vec!["NATO Secretary General"]
    );
    assert_eq!(named(&people, "Keir Starmer").roles, vec!["Sir"]);
    let vdl = named(&people, "Ursula von der Leyen");
    assert_eq!(vdl.mentions.len(), 2);
    assert_eq!(vdl.roles, vec!["European Commission President"]);
    assert_eq!(named(&people, "JD Vance").roles, vec!["Vice President"]);
    assert_eq!(named(&people, "Putin").roles, vec!["President"]);
    assert_eq!(named(&people, "Merz").mentions.len(), 2);
    check_mentions(&c, &people);
}

#[test]
fn places_organisations_and_calendar_words_are_not_people() {
    let c = corpus(&[
        "On Monday the White House said Fox News and the Oval Office staff met in Hong Kong.",
        "Trump wrote on Truth Social from New York. The Kremlin and Moscow replied in August.",
        "Donetsk and Luhansk were discussed at the Alaska Summit with the European Commission.",
        "Despite Ukraine and its European allies, Russia already holds Crimea.",
        "The grid operator Red Eléctrica said power was back.",
        "He spoke in the Rose Garden as the Dow Jones Industrial Average fell.",
    ]);
    let people = find_people(&c);
    assert!(people.is_empty(), "{:?}", names(&people));
}

#[test]
fn an_honorific_titles_a_name_and_an_operation_is_no_one() {
    let c = corpus(&[
        "Shri Ravi Kumar spoke after Operation Shakti ended.",
        "Later Shri Kumar said the Operação Sindoor was over.",
    ]);
    let people = find_people(&c);
    assert_eq!(names(&people), vec!["Ravi Kumar"]);
}

#[test]
fn people_sharing_a_surname_stay_apart() {
    let c = corpus(&["Donald Trump and Melania Trump arrived with Joe Biden."]);
    let people = find_people(&c);
    assert_eq!(
        names(&people),
        vec!["Donald Trump", "Melania Trump", "Joe Biden"]
    );
}

#[test]
fn seed_people_are_found_and_merged() {
    let c = bundled_corpus();
    let people = find_people(&c);
    check_mentions(&c, &people);
    let zelensky: Vec<&Person> = people
        .iter()
        .filter(|p| p.variants.iter().any(|v| v.contains("Zel")))
        .collect();
    assert_eq!(zelensky.len(), 1, "one Zelensky, not {}", zelensky.len());
    for v in ["Zelenskiy", "Zelenskyy", "Zelensky", "Zelsky"] {
        assert!(
            zelensky[0].variants.iter().any(|x| x.ends_with(v)),
            "{v} missing from {:?}",
            zelensky[0].variants
        );
    }
    for name in [
        "Vladimir Putin",
        "Donald Trump",
        "Giorgia Meloni",
        "Yuri Ushakov",
        "Mark Rutte",
    ] {
        named(&people, name);
    }
    for not_person in [
        "Moscow",
        "Washington",
        "Kremlin",
        "Reuters",
        "Alaska",
        "Fox News",
    ] {
        assert!(
            people
                .iter()
                .all(|p| !p.variants.iter().any(|v| v == not_person)),
            "{not_person} taken for a person"
        );
    }
}

/// 2,000 articles with 20,000 distinct names.
fn many_names_corpus() -> Corpus {
    let given = [
        "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo",
    ];
    let mut bodies = Vec::new();
    let mut n: u64 = 1;
    for _ in 0..2_000 {
        let mut body = String::new();
        for _ in 0..10 {
            n = n.wrapping_mul(6364136223846793005).wrapping_add(1);
            let surname: String = (0..7)
                .map(|k| (b'a' + ((n >> (8 + 5 * k)) % 26) as u8) as char)
                .collect();
            let first = given[(n >> 50) as usize % given.len()];
            body.push_str(&format!("Minister {first} K{surname} said so. "));
        }
        bodies.push(body);
    }
    let refs: Vec<&str> = bodies.iter().map(String::as_str).collect();
    corpus(&refs)
}

#[test]
fn many_distinct_names_stay_distinct_people() {
    let people = find_people(&many_names_corpus());
    assert!(people.len() > 15_000, "{}", people.len());
}

/// Merging is blocked, not all-pairs, so even the debug build is quick. A
/// time budget, so not in the default run: `cargo test -- --ignored`.
#[test]
#[ignore]
fn many_distinct_names_merge_quickly() {
    let c = many_names_corpus();
    let started = Instant::now();
    let people = find_people(&c);
    let took = started.elapsed();
    assert!(people.len() > 15_000, "{}", people.len());
    assert!(took.as_secs_f64() < 10.0, "took {took:?}");
}

#[test]
fn a_sentence_initial_word_written_lower_case_elsewhere_is_no_first_name() {
    let c = corpus(&[
        "Ukrainian President Volodymyr Zelenskyy spoke. Stunned Zelenskyy left the room.",
        "Aides were stunned by the news.",
    ]);
    let people = find_people(&c);
    assert_eq!(names(&people), vec!["Volodymyr Zelenskyy"]);
    let p = &people[0];
    assert_eq!(p.variants, vec!["Volodymyr Zelenskyy", "Zelenskyy"]);
    check_mentions(&c, &people);
}

#[test]
fn title_case_phrases_without_evidence_are_not_people() {
    let c = corpus(&[
        "The court was full of Lap Dogs, he wrote, and Loyalists Praised the ruling.",
        "He is isolating at Rehoboth Beach until Pacific Time noon. Legal Disclaimer follows.",
        "The Falcon Sensor update crashed Microsoft Windows machines worldwide.",
    ]);
    let people = find_people(&c);
    assert!(people.is_empty(), "{:?}", names(&people));
}

#[test]
fn a_role_a_given_name_or_a_speech_verb_is_evidence() {
    let c = corpus(&[
        "Chancellor Friedrich Merz met Rafał Trzaskowski in Warsaw.",
        "“We are ready,” said Pepijn Lijnders after the match.",
    ]);
    let people = find_people(&c);
    assert_eq!(
        names(&people),
        ["Friedrich Merz", "Rafał Trzaskowski", "Pepijn Lijnders"]
    );
}

#[test]
fn given_names_count_under_slavic_case_endings_and_in_cyrillic() {
    let c = corpus(&[
        "Na wiecu Karola Nawrockiego było głośno.",
        "Встреча с Владимиром Зеленским прошла в Берлине.",
    ]);
    let people = find_people(&c);
    assert_eq!(people.len(), 2, "{:?}", names(&people));
}

#[test]
fn a_lone_first_name_joins_the_one_full_name_of_its_article() {
    let c = corpus(&[
        "Prime Minister Keir Starmer arrived. Later Keir thanked the staff.",
        "Donald J. Trump spoke first. Donald J Trump then left.",
    ]);
    let people = find_people(&c);
    assert_eq!(names(&people), ["Keir Starmer", "Donald J. Trump"]);
    assert!(people[0].variants.iter().any(|v| v == "Keir"));
    assert_eq!(people[0].mentions.len(), 2);
}

#[test]
fn a_lone_first_name_shared_by_two_people_joins_neither() {
    let c = corpus(&["Keir Starmer and Keir Simmons spoke. Then Keir left the room."]);
    let people = find_people(&c);
    assert_eq!(names(&people), ["Keir Starmer", "Keir Simmons"]);
    assert!(people.iter().all(|p| p.mentions.len() == 1));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    /// Arbitrary text through people finding and attribution never panics,
    /// and every mention slices its article at char boundaries.
    #[test]
    fn arbitrary_text_never_panics(
        a in "[A-Za-zÀ-ÿ“”‘’'\". ,:\n-]{0,200}",
        b in any::<String>(),
    ) {
        let c = corpus(&[&a, &b]);
        let mut people = find_people(&c);
        for p in &people {
            for m in &p.mentions {
                prop_assert!(m.get(&c).is_some());
            }
        }
        let mut quotes = Vec::new();
        for (i, article) in c.articles.iter().enumerate() {
            let first = quotes.len();
            quotes.extend(verbatim::quotes::extract::extract(article, SourceId::new(i), first));
        }
        verbatim::quotes::attribute::attribute(&c, &mut quotes, &mut people);
        for q in &quotes {
            prop_assert!(q.speaker.is_none_or(|p| p.index() < people.len()));
        }
    }
}
