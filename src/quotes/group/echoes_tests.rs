//! The echo rule's tests (kept apart to keep `echoes.rs` short).
use super::*;
use crate::corpus::{Article, Corpus};
use crate::quotes::Quote;
use crate::quotes::group::group;

pub(crate) fn together(quotes: &[Quote], a: usize, b: usize) -> bool {
    quotes[a].cluster.is_some() && quotes[a].cluster == quotes[b].cluster
}

/// Articles of several quotes each: `(text, quoted parts in order)`.
pub(crate) fn articles_of(articles: &[(&str, &[&str])]) -> (Corpus, Vec<Quote>) {
    // Each text under a title line of its own: an article's first paragraph
    // is its headline, and grouping reads quotes in a headline apart.
    let title = |i: usize| format!("Report {i}\n\n");
    let corpus = Corpus::from_articles(
        articles
            .iter()
            .enumerate()
            .map(|(i, (t, _))| {
                Article::new(
                    format!("a{i}"),
                    format!("a{i}.txt"),
                    format!("{}{t}", title(i)),
                )
            })
            .collect(),
    );
    let mut quotes = Vec::new();
    for (source, (text, parts)) in articles.iter().enumerate() {
        let shift = title(source).len();
        let mut from = 0;
        for part in *parts {
            let start = from + text[from..].find(part).expect("a part of the text");
            from = start + part.len();
            let (start, end) = (shift + start, shift + from);
            let paragraph = corpus.articles[source]
                .paragraph_at(start)
                .expect("a paragraph");
            let id = QuoteId::new(quotes.len());
            quotes.push(Quote::new(
                id,
                SourceId::new(source),
                start..end,
                start..end,
                start..end,
                paragraph,
            ));
        }
    }
    (corpus, quotes)
}

#[test]
fn a_scare_quote_joins_the_group_of_its_own_articles_longer_quote() {
    let syria = [
        (
            "We are trying to present what happened in Syria as a defeat for Russia. It is no defeat",
            &[
                "We are trying to present what happened in Syria as a defeat for Russia.",
                "defeat",
            ][..],
        ),
        (
            "You want to present what is happening in Syria as a defeat for Russia,",
            &["You want to present what is happening in Syria as a defeat for Russia,"][..],
        ),
    ];
    let (corpus, mut quotes) = articles_of(&syria);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(5));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    // Given to someone else, the word is that person's.
    quotes[1].speaker = Some(PersonId::new(6));
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(quotes[1].cluster.is_none(), "{clusters:#?}");
    // An article that quotes only the word: the one group of its speaker
    // whose renderings say it, if there is one.
    let lone = ("defeat", &["defeat"][..]);
    let (corpus, mut quotes) = articles_of(&[syria[0], syria[1], lone]);
    quotes.remove(1);
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = QuoteId::new(i);
        q.speaker = Some(PersonId::new(5));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    let kursk = [
        (
            "Their offensive in Kursk will end in a total defeat for them, we will drive them out.",
            &[
                "Their offensive in Kursk will end in a total defeat for them, we will drive them out.",
            ][..],
        ),
        (
            "The offensive in Kursk will end in a total defeat for them, and we will drive them out,",
            &[
                "The offensive in Kursk will end in a total defeat for them, and we will drive them out,",
            ][..],
        ),
    ];
    let (corpus, mut quotes) = articles_of(&[syria[0], syria[1], kursk[0], kursk[1], lone]);
    quotes.remove(1);
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = QuoteId::new(i);
        q.speaker = Some(PersonId::new(5));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(
        together(&quotes, 0, 1) && together(&quotes, 2, 3),
        "{clusters:#?}"
    );
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    assert!(
        quotes[4].cluster.is_none(),
        "two statements say it: {clusters:#?}"
    );
}

#[test]
fn a_group_of_scare_quotes_joins_the_statement_its_articles_quote() {
    let proposal = "Let them accept a friendly chess match on neutral ground this winter and we will see who wins.";
    let retold = "Let them agree to a friendly chess match on neutral ground this winter, and we shall see who wins.";
    let boast = "Nobody in the whole federation has ever won a friendly chess match against me in any season.";
    let boasted = "Nobody in our whole federation has ever won a friendly chess match against me, in any season.";
    let phrase = "friendly chess match";
    // Every quote of these articles by one speaker, grouped.
    let grouped = |articles: Vec<(String, Vec<&str>)>| {
        let borrowed: Vec<(&str, &[&str])> = articles
            .iter()
            .map(|(t, p)| (t.as_str(), p.as_slice()))
            .collect();
        let (corpus, mut quotes) = articles_of(&borrowed);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(3));
        }
        let clusters = group(&corpus, &mut quotes);
        (quotes, clusters)
    };
    // The phrase is quoted beside the proposal in two articles, alone
    // in a third; a second statement of the speaker holds it too.
    let (quotes, clusters) = grouped(vec![
        (format!("{proposal} {phrase}"), vec![proposal, phrase]),
        (format!("{retold} {phrase}"), vec![retold, phrase]),
        (phrase.to_string(), vec![phrase]),
        (boast.to_string(), vec![boast]),
        (boasted.to_string(), vec![boasted]),
    ]);
    // 0 proposal, 1 phrase, 2 retold, 3 phrase, 4 phrase, 5 boast, 6 boasted.
    assert!(
        together(&quotes, 0, 2) && together(&quotes, 5, 6),
        "{clusters:#?}"
    );
    assert!(
        together(&quotes, 1, 4) && together(&quotes, 0, 4),
        "{clusters:#?}"
    );
    assert!(!together(&quotes, 4, 5), "{clusters:#?}");
    // An article that quotes the phrase beside the boast too: the votes
    // name two statements, and the phrase stays on its own.
    let (quotes, clusters) = grouped(vec![
        (format!("{proposal} {phrase}"), vec![proposal, phrase]),
        (format!("{retold} {phrase}"), vec![retold, phrase]),
        (phrase.to_string(), vec![phrase]),
        (format!("{boast} {phrase}"), vec![boast, phrase]),
        (boasted.to_string(), vec![boasted]),
    ]);
    // 0 proposal, 1 phrase, 2 retold, 3 phrase, 4 phrase, 5 boast, 6 phrase, 7 boasted.
    assert!(together(&quotes, 1, 4), "{clusters:#?}");
    assert!(
        !together(&quotes, 0, 4) && !together(&quotes, 5, 4),
        "{clusters:#?}"
    );
}

#[test]
fn a_scare_quote_joins_a_statement_that_says_its_word_not_only_its_cut_stem() {
    let appeal = "We ask everyone to act with responsibility and calm while the network recovers.";
    let retold = "We ask everyone to act with responsibility and calm as the network recovers,";
    let grouped = |word: &'static str| {
        let articles: [(&str, &[&str]); 3] =
            [(appeal, &[appeal]), (retold, &[retold]), (word, &[word])];
        let (corpus, mut quotes) = articles_of(&articles);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(4));
        }
        let clusters = group(&corpus, &mut quotes);
        (quotes, clusters)
    };
    let (quotes, clusters) = grouped("responsibility");
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    // "responsibly" shares the key "respons" (stems are cut at seven
    // letters) but is another word, from another sentence.
    let (quotes, clusters) = grouped("responsibly");
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(quotes[2].cluster.is_none(), "{clusters:#?}");
}

#[test]
fn a_lone_pronoun_cut_from_a_quotation_joins_no_statement() {
    let sorry = [
        (
            "We are deeply sorry for the outage and its impact. We",
            &["We are deeply sorry for the outage and its impact.", "We"][..],
        ),
        (
            "We're deeply sorry for the outage and its impact,",
            &["We're deeply sorry for the outage and its impact,"][..],
        ),
    ];
    let (corpus, mut quotes) = articles_of(&sorry);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(5));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(quotes[1].cluster.is_none(), "{clusters:#?}");
}

#[test]
fn a_short_sentence_cut_from_a_longer_quotation_is_no_scare_quote() {
    let treaty = "The fishing treaty signed by our grandparents, a treaty that fed the coast for decades. Is over,";
    let partnership =
        "Our old partnership with the northern ports, a partnership built on trust, is over,";
    let treaty_whole = "The fishing treaty signed by our grandparents, a treaty that fed the coast for decades, is over,";
    let both = format!("{treaty} {partnership}");
    let articles: [(&str, &[&str]); 3] = [
        (&both, &[treaty, partnership]),
        (partnership, &[partnership]),
        (treaty_whole, &[treaty_whole]),
    ];
    let (corpus, mut quotes) = articles_of(&articles);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(2));
    }
    let clusters = group(&corpus, &mut quotes);
    // 0 treaty (two units), 1 partnership, 2 partnership, 3 treaty.
    assert!(
        together(&quotes, 0, 3) && together(&quotes, 1, 2),
        "{clusters:#?}"
    );
    // "Is over," ends the treaty sentence: it does not join the other
    // statement of its article that holds its words.
    let groups_of = |q: &Quote| -> Vec<_> { q.units.iter().filter_map(|u| u.cluster).collect() };
    let partnership_group = quotes[1].cluster.expect("grouped");
    assert!(
        !groups_of(&quotes[0]).contains(&partnership_group),
        "{clusters:#?}"
    );
}

#[test]
fn a_run_inside_a_longer_rendering() {
    assert!(holds_run(&[1, 2, 3, 4], &[2, 3]));
    assert!(holds_run(&[1, 2, 3, 4], &[4]));
    assert!(!holds_run(&[1, 2, 3, 4], &[2, 4]), "scattered words");
    assert!(!holds_run(&[2, 3], &[2, 3]), "not longer");
}

#[test]
fn a_lone_function_word_joins_no_statement() {
    // The article quotes "over" beside the speaker's sentence that ends in
    // it: the word is in any of the speaker's statements (a third article
    // quotes another), so it names none. A content word in its place is
    // lifted from the statement quoted beside it.
    for (word, joins) in [("over", false), ("dead", true)] {
        let long = format!("The era of cheap energy from the east is {word},");
        let first = format!("The old treaty is \"{word}\". \"{long}\" he said.");
        let second = format!("The era of cheap energy from the east is {word}.");
        let third = format!("Our patience with the old partners is {word}.");
        let (corpus, mut quotes) = articles_of(&[
            (&first, &[word, &long][..]),
            (&second, &[&second[..]][..]),
            (&third, &[&third[..]][..]),
        ]);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(5));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(together(&quotes, 1, 2), "{word}: {clusters:#?}");
        assert_eq!(together(&quotes, 0, 1), joins, "{word}: {clusters:#?}");
    }
}

#[test]
fn a_scare_quote_is_lifted_only_from_a_statement_quoted_near_it() {
    let statement = "We are trying to present what happened in Syria as a defeat for Russia.";
    // Another statement of the speaker's says the word, in other articles.
    let other =
        "Their offensive in Kursk will end in a total defeat for them, we will drive them out.";
    // `between` statements of the same speaker quoted by both articles sit
    // between the statement and the scare quote.
    let scare_quote_joins = |between: usize| {
        let others: Vec<String> = (0..between)
            .map(|i| format!("We will open the kal{i} plant and the mer{i} depot next spring."))
            .collect();
        let mut first: Vec<&str> = vec![statement];
        first.extend(others.iter().map(String::as_str));
        first.push("defeat");
        let mut second: Vec<&str> = vec![statement];
        second.extend(others.iter().map(String::as_str));
        let (text_a, text_b) = (first.join(" "), second.join(" "));
        let (corpus, mut quotes) = articles_of(&[
            (&text_a, &first),
            (&text_b, &second),
            (other, &[other]),
            (other, &[other]),
        ]);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(5));
        }
        group(&corpus, &mut quotes);
        together(&quotes, 0, between + 1)
    };
    assert!(scare_quote_joins(3));
    // Hundreds of quotes away, the statement is not the one it echoes, and
    // two of the speaker's statements say the word.
    assert!(!scare_quote_joins(MAX_HOLDER_REACH + 10));
}

#[test]
fn a_scare_quote_placed_only_by_other_articles_is_a_word_they_print() {
    let back = "I return to the harbour council proud and hopeful that the long winter is ending.";
    let again = "I return to the harbour council proud and hopeful that the long winter is over,";
    // Others say "return" in sentences of their own, none grouped: the
    // word's key is no rare word of one statement ([`super::rare_words`]),
    // and only the grouped statement votes for it.
    let others = [
        "The ferries return on Monday if the ice allows it.",
        "We expect the miners to return before the first snow.",
        "No tenant will return to the old blocks this year.",
        "Prices return to normal once the bridge reopens.",
        "Our players return from injury in a fortnight.",
    ];
    let parts: Vec<[&str; 1]> = others.iter().map(|&o| [o]).collect();
    let grouped = |word: &'static str| {
        let own = [[back], [again], [word]];
        let mut articles: Vec<(&str, &[&str])> = own.iter().map(|p| (p[0], &p[..])).collect();
        articles.extend(others.iter().zip(&parts).map(|(&o, p)| (o, &p[..])));
        let (corpus, mut quotes) = articles_of(&articles);
        for (i, q) in quotes.iter_mut().enumerate() {
            q.speaker = Some(PersonId::new(if i < 3 { 7 } else { 8 + i }));
        }
        let clusters = group(&corpus, &mut quotes);
        (quotes, clusters)
    };
    // The word as the statement prints it names the statement.
    let (quotes, clusters) = grouped("hopeful");
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    // "returning" shares the key of "return" but is another use of it (a
    // promise of people "returning" to their countries).
    let (quotes, clusters) = grouped("returning");
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(quotes[2].cluster.is_none(), "{clusters:#?}");
}

#[test]
fn a_copy_its_own_article_lifts_from_another_statement_stays_out() {
    let vow =
        "We will celebrate our victory against the occupying army in every village of Norland.";
    let vowed =
        "We shall celebrate our victory against the occupying army in every village of Norland,";
    let other = "the people's victory over the cruel sanctions of the bankers.";
    let (corpus, mut quotes) = articles_of(&[
        (
            &format!("{vow} He spoke of \"victory\"."),
            &[vow, "victory"][..],
        ),
        (
            &format!("{vowed} a \"victory\" he said."),
            &[vowed, "victory"][..],
        ),
        (
            &format!("He hailed {other} What this \"victory\" means is unclear."),
            &[other, "victory"][..],
        ),
    ]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(3));
    }
    // The third article's word is given to nobody, but beside its speaker's
    // other statement that holds it.
    quotes[5].speaker = None;
    let clusters = group(&corpus, &mut quotes);
    assert!(
        together(&quotes, 0, 1) && together(&quotes, 0, 3),
        "{clusters:#?}"
    );
    assert!(!together(&quotes, 0, 5), "{clusters:#?}");
}

#[test]
fn a_scare_quote_beside_its_statement_joins_though_most_translators_reword_it() {
    // One outlet prints the word and the sentence it comes from; the other
    // outlets translate the sentence with another word.
    let said = |word: &str| {
        format!(
            "We will keep the harbour budget {word} next spring, so that the ferries and the lighthouses are paid first,"
        )
    };
    let texts: Vec<(String, Vec<String>)> = ["frugal", "thrifty", "sparing", "careful"]
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let sentence = said(w);
            if i == 0 {
                let text = format!("She called it a \"frugal\" plan. \"{sentence}\" she said.");
                (text, vec!["frugal".to_string(), sentence])
            } else {
                (format!("\"{sentence}\" she said."), vec![sentence])
            }
        })
        .collect();
    // The speaker says the word in another statement too, in another
    // article: the word alone names neither (no rarity to go by).
    let other =
        "The old mayor was frugal with the town's money and the council never forgave him for it,";
    let elsewhere = (format!("\"{other}\" she said."), vec![other.to_string()]);
    let run = |n: usize| {
        let borrowed: Vec<(&str, Vec<&str>)> = texts[..n]
            .iter()
            .chain([&elsewhere])
            .map(|(t, p)| (t.as_str(), p.iter().map(String::as_str).collect()))
            .collect();
        let articles: Vec<(&str, &[&str])> =
            borrowed.iter().map(|(t, p)| (*t, p.as_slice())).collect();
        let (corpus, mut quotes) = articles_of(&articles);
        for q in &mut quotes {
            q.speaker = Some(PersonId::new(2));
        }
        let clusters = group(&corpus, &mut quotes);
        assert!(together(&quotes, 1, 2), "{clusters:#?}");
        (together(&quotes, 0, 1), format!("{clusters:#?}"))
    };
    // One rendering in three says the word: it joins.
    let (joined, clusters) = run(3);
    assert!(joined, "{clusters}");
    // One in four: the word may be the sentence's second statement's.
    let (joined, clusters) = run(4);
    assert!(!joined, "{clusters}");
}
