//! Short renderings that no link places: an excerpt of a sentence too short
//! to anchor a group, and a loose rendering that its own article's grouped
//! scare quote names (`quotes::group::lifted`).

use verbatim::corpus::{Article, Corpus};
use verbatim::ids::{PersonId, QuoteId, SourceId};
use verbatim::quotes::Quote;
use verbatim::quotes::group::group;

use crate::common::{corpus_of, together};

/// Articles of several quotes each, `(quoted parts, speaker)`, the parts
/// printed one after another; quotes are numbered in order.
fn articles_of(articles: &[&[(&str, usize)]]) -> (Corpus, Vec<Quote>) {
    let named: Vec<Vec<(&str, Option<usize>)>> = articles
        .iter()
        .map(|parts| parts.iter().map(|&(part, s)| (part, Some(s))).collect())
        .collect();
    let named: Vec<&[(&str, Option<usize>)]> = named.iter().map(Vec::as_slice).collect();
    printed(&named, " He said ")
}

/// [`articles_of`] with a speaker or none for each part, and `between`
/// printed between one part and the next.
fn printed(articles: &[&[(&str, Option<usize>)]], between: &str) -> (Corpus, Vec<Quote>) {
    let laid: Vec<Vec<(&str, &str, Option<usize>)>> = articles
        .iter()
        .map(|parts| {
            let leads = std::iter::once("").chain(std::iter::repeat(between));
            leads
                .zip(parts.iter())
                .map(|(before, &(part, speaker))| (before, part, speaker))
                .collect()
        })
        .collect();
    laid_out(&laid)
}

/// Articles of parts `(printed before it, quoted part, speaker)`; each
/// quote is given the paragraph it stands in (a `before` may break one).
fn laid_out<B: AsRef<str>>(articles: &[Vec<(B, &str, Option<usize>)>]) -> (Corpus, Vec<Quote>) {
    // Per part: its article, where it stands and its speaker.
    let mut spans = Vec::new();
    let mut texts = Vec::new();
    for (source, parts) in articles.iter().enumerate() {
        let mut text = String::new();
        for (before, part, speaker) in parts {
            text.push_str(before.as_ref());
            let start = text.len();
            text.push_str(part);
            spans.push((source, start..text.len(), *speaker));
        }
        texts.push(text);
    }
    let articles = texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| Article::new(format!("a{i}"), format!("a{i}.txt"), t))
        .collect();
    let corpus = Corpus::from_articles(articles);
    let quotes = spans
        .into_iter()
        .enumerate()
        .map(|(i, (source, at, speaker))| {
            let paragraph = corpus.articles[source]
                .paragraph_at(at.start)
                .expect("a paragraph");
            let (id, from) = (QuoteId::new(i), SourceId::new(source));
            let mut q = Quote::new(id, from, at.clone(), at.clone(), at, paragraph);
            q.speaker = speaker.map(PersonId::new);
            q
        })
        .collect();
    (corpus, quotes)
}

#[test]
fn a_short_excerpt_joins_the_short_sentence_it_is_cut_from() {
    // Both under the core length: no group's core takes either, so only
    // the unbroken run joins them.
    let (corpus, mut quotes) = corpus_of(&[
        "Diplomacy is the craft of patience,",
        "the craft of patience",
        "the craft of quiet patience",
        "Football is the game of patience,",
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    // An edited excerpt of four words, or a sentence on one word of it, is
    // not the same run.
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    assert!(!together(&quotes, 1, 3), "{clusters:#?}");
}

#[test]
fn a_loose_rendering_joins_the_group_of_its_articles_scare_quote() {
    // Shorter than the loose sentence: the phrase fits them best.
    let invite = "We invite them all to a friendly regatta next summer.";
    let retold = "We invite them all to a friendly regatta this summer,";
    let phrase = "friendly regatta";
    // Too few words in order to link to either rendering.
    let loose = "They should hold a friendly regatta between the two old rival leagues on the northern lake before the winter comes.";
    let grouped = |third: &[(&str, usize)], fourth: &[(&str, usize)]| {
        let (corpus, mut quotes) = articles_of(&[
            &[(invite, 1), (phrase, 1)],
            &[(retold, 1), (phrase, 1)],
            third,
            fourth,
        ]);
        let clusters = group(&corpus, &mut quotes);
        (quotes, clusters)
    };
    // 0 invite, 1 phrase, 2 retold, 3 phrase, 4 phrase, 5 the sentence.
    let (quotes, clusters) = grouped(&[(phrase, 1), (loose, 1)], &[]);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(together(&quotes, 0, 4), "{clusters:#?}");
    assert!(together(&quotes, 0, 5), "{clusters:#?}");
    // Given to another speaker, the sentence is that person's.
    let (quotes, clusters) = grouped(&[(phrase, 1), (loose, 2)], &[]);
    assert!(together(&quotes, 0, 4), "{clusters:#?}");
    assert!(quotes[5].cluster.is_none(), "{clusters:#?}");
    // In another article, nothing ties it to the phrase.
    let (quotes, clusters) = grouped(&[(phrase, 1)], &[(loose, 1)]);
    assert!(together(&quotes, 0, 4), "{clusters:#?}");
    assert!(quotes[5].cluster.is_none(), "{clusters:#?}");
}

#[test]
fn a_scare_quote_echoes_the_statement_quoted_nearest_to_it() {
    let flight = "I am ready to fly to Oslo at any hour, of course.";
    let flight_retold = "Of course I am ready to fly to Oslo at any hour.";
    let deal = "We are ready to sign the grain deal with Kenya next spring.";
    let deal_retold = "We are ready to sign that grain deal with Kenya next spring.";
    let word = "ready";
    let grouped = |first: &[(&str, usize)]| {
        let (corpus, mut quotes) =
            articles_of(&[first, &[(flight_retold, 1)], &[(deal_retold, 1)]]);
        let clusters = group(&corpus, &mut quotes);
        (quotes, clusters)
    };
    // The word, then the statement it is lifted from, then another that
    // says it too: quotes 0 word, 1 flight, 2 deal, 3 and 4 the retellings.
    let (quotes, clusters) = grouped(&[(word, 1), (flight, 1), (deal, 1)]);
    assert!(
        together(&quotes, 1, 3) && together(&quotes, 2, 4),
        "{clusters:#?}"
    );
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    // The other statement quoted beside it: the word is that one's.
    let (quotes, clusters) = grouped(&[(word, 1), (deal, 1), (flight, 1)]);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    // Between the two, as near to each: it names neither.
    let (quotes, clusters) = grouped(&[(flight, 1), (word, 1), (deal, 1)]);
    assert!(quotes[1].cluster.is_none(), "{clusters:#?}");
}

/// A question put to someone and the answer that echoes it ("do you …?" /
/// "do I …?") are two utterances, however many words they share; so are a
/// question and a statement that each say words of their own. An excerpt
/// of the question keeps grouping with it.
#[test]
fn a_question_stays_apart_from_its_echo_and_from_a_statement() {
    let (corpus, mut quotes) = corpus_of(&[
        "Minister, do you ever feed the pigeons in the old square?",
        "Do you ever feed the pigeons in the old square?",
        "Do I ever feed the pigeons in the old square?",
        "We are ready for the talks, but is the other side ready?",
        "We are ready, but the other side must be ready for compromises on the border.",
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    assert!(!together(&quotes, 1, 2), "{clusters:#?}");
    assert!(!together(&quotes, 3, 4), "{clusters:#?}");
}

#[test]
fn close_rewordings_of_one_short_sentence_group_with_each_other() {
    let (corpus, mut quotes) = corpus_of(&[
        // Too short to anchor a group, and neither an unbroken run of the
        // other: each adds a word and drops one, but says the rest in order.
        "The old dam never failed before,",
        "The dam had never failed before.",
        // A second statement sharing an opening phrase covers little else.
        "We will win the vote tonight,",
        "We will win, it is close.",
    ]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(1));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(!together(&quotes, 2, 3), "{clusters:#?}");
    // With no speaker known, an edited match of a few words stays apart.
    for q in &mut quotes {
        q.speaker = None;
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 1), "{clusters:#?}");
}

/// Three articles quoting `phrase` alone (quotes 0–2, speaker 1), then
/// `last`'s articles, grouped.
fn after_phrase_alone(
    phrase: &str,
    last: &[&[(&str, usize)]],
) -> (Vec<Quote>, Vec<verbatim::quotes::Cluster>) {
    let alone: &[(&str, usize)] = &[(phrase, 1)];
    let mut articles: Vec<&[(&str, usize)]> = vec![alone, alone, alone];
    articles.extend_from_slice(last);
    let (corpus, mut quotes) = articles_of(&articles);
    let clusters = group(&corpus, &mut quotes);
    (quotes, clusters)
}

#[test]
fn a_sentence_joins_the_group_of_its_phrase_quoted_alone_elsewhere() {
    let phrase = "conclusive evidence";
    // Too few words in order to link to the phrase.
    let sentence =
        "There is still no conclusive evidence about what caused the flooding in the valley towns.";
    let other =
        "We found conclusive evidence that the river barrier had been neglected for many years.";
    let other_retold =
        "We found conclusive evidence that the river barrier was neglected for many years.";
    let grouped = |last: &[&[(&str, usize)]]| after_phrase_alone(phrase, last);
    // 0–2 the phrase, 3 the sentence.
    let (quotes, clusters) = grouped(&[&[(sentence, 1)]]);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(together(&quotes, 0, 3), "{clusters:#?}");
    // Given to another speaker, the sentence is that person's.
    let (quotes, clusters) = grouped(&[&[(sentence, 2)]]);
    assert!(quotes[3].cluster.is_none(), "{clusters:#?}");
    // Another statement of the speaker's says the phrase too: it names
    // neither.
    let (quotes, clusters) = grouped(&[&[(sentence, 1)], &[(other, 1)], &[(other_retold, 1)]]);
    assert!(together(&quotes, 4, 5), "{clusters:#?}");
    assert!(!together(&quotes, 0, 3), "{clusters:#?}");
}

/// Two outlets' own translations of the sentence a phrase comes from share
/// too few words to link: each joins the phrase's group, where two
/// sentences of one article saying the phrase would name neither.
#[test]
fn translations_in_two_articles_join_the_group_of_their_phrase() {
    let phrase = "conclusive evidence";
    let sentence =
        "There is still no conclusive evidence about what caused the flooding in the valley towns.";
    let translated = "So far we lack conclusive evidence on the reasons for this flood,";
    let unrelated = "Nobody brought conclusive evidence to the council at its meeting on Monday.";
    let grouped = |last: &[&[(&str, usize)]]| after_phrase_alone(phrase, last);
    // 0–2 the phrase, 3 and 4 the sentence in two outlets' words.
    let (quotes, clusters) = grouped(&[&[(sentence, 1)], &[(translated, 1)]]);
    assert!(together(&quotes, 0, 3), "{clusters:#?}");
    assert!(together(&quotes, 0, 4), "{clusters:#?}");
    // One article printing two sentences that say the phrase: neither.
    let (quotes, clusters) = grouped(&[&[(sentence, 1), (unrelated, 1)]]);
    assert!(!together(&quotes, 0, 3), "{clusters:#?}");
    assert!(!together(&quotes, 0, 4), "{clusters:#?}");
}

#[test]
fn copies_of_one_phrase_group_though_an_attribution_errs_on_one() {
    let (corpus, mut quotes) = corpus_of(&[
        "We propose a high-tech duel of the twenty-first century to the Western experts,",
        "Let them pick a target and we will see what a high-tech duel in Kyiv can show them,",
        "high-tech duel",
        "high-tech duel",
        "high-tech duel",
        "high-tech duel",
        "high-tech duel",
    ]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(1));
    }
    // One outlet gives its copy to the man the article names beside it.
    quotes[6].speaker = Some(PersonId::new(2));
    let clusters = group(&corpus, &mut quotes);
    for copy in 3..=6 {
        assert!(together(&quotes, 2, copy), "{copy}: {clusters:#?}");
    }
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
    // Two copies of five given to another man: two people's phrase.
    quotes[5].speaker = Some(PersonId::new(2));
    let clusters = group(&corpus, &mut quotes);
    for copy in 3..=6 {
        assert!(!together(&quotes, 2, copy), "{copy}: {clusters:#?}");
    }
}

#[test]
fn a_fragment_with_a_listed_synonym_joins_its_statement() {
    let (corpus, mut quotes) = corpus_of(&[
        "The golden age of our republic begins tonight, and it will last for decades,",
        "The golden age of our republic begins tonight,",
        "golden era",
        "a golden opportunity for the whole town and for its young people,",
        "golden chance",
    ]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(1));
    }
    let clusters = group(&corpus, &mut quotes);
    // "era" and "age" are listed near-synonyms: one edit inside the phrase.
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    // "chance" is not listed with "age" ...
    assert!(!together(&quotes, 0, 4), "{clusters:#?}");
    // ... and "era" not with "opportunity".
    assert!(!together(&quotes, 2, 3), "{clusters:#?}");
}

#[test]
fn a_fragment_with_a_listed_translation_variant_joins_its_statement() {
    // Translators write "terror" and "terrorism", "trade" and "commerce"
    // for one word (text::synonyms); a fragment one such swap away from a
    // run of the statement renders it. Another word in its place does not.
    a_swap_joins_its_statement(
        "This is not an era of war, and it is not an era of terrorism either.",
        "era of terror",
        "era of fear",
    );
}

#[test]
fn a_fragment_with_a_translators_choice_of_noun_joins_its_statement() {
    // Translators write "rubble" and "ruins" for one noun (text::synonyms):
    // a fragment one such swap away from a run of the statement renders it.
    a_swap_joins_its_statement(
        "We will clear the rubble of markets first, and then open the square to the families.",
        "ruins of markets",
        "roofs of markets",
    );
}

#[test]
fn a_fragment_with_a_translators_choice_of_image_joins_its_statement() {
    // One speech's "tetto" is a ceiling for one outlet and a roof for
    // another (text::synonyms): a fragment one such swap away from a run
    // of the statement renders it.
    a_swap_joins_its_statement(
        "The weavers of this valley climbed first and cracked the stone ceiling above every daughter here.",
        "stone roof above",
        "stone floor above",
    );
}

#[test]
fn a_fragment_with_a_translators_choice_of_stairs_joins_its_statement() {
    // Its "scala" is a ladder for one and a staircase for another.
    a_swap_joins_its_statement(
        "Those farmers carved the wooden ladder that lets our children reach the orchard gate.",
        "wooden staircase that",
        "wooden bench that",
    );
}

/// Quotes of one speaker: `statement`; `swapped`, a run of it but for one
/// word, which must join it; `other`, the run with another word in that
/// place, which must not.
fn a_swap_joins_its_statement(statement: &str, swapped: &str, other: &str) {
    let (corpus, mut quotes) = corpus_of(&[statement, swapped, other]);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(1));
    }
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
}

#[test]
fn a_fragment_given_to_its_speaker_joins_his_sentence_over_an_unattributed_one() {
    // The phrase sits as one run in the speaker's sentence and in a
    // translation that keeps it in brackets, given to nobody: about as
    // well in both, but only the first agrees on who said it. One outlet
    // gives the sentence's end to another man: the short copies link to
    // his rendering on no side, so only their fit joins them to the group.
    let texts = [
        "So, Ada Lovelace, since I know you are listening, I have four words for you: keep the music loud.",
        "Ada Lovelace, since I know you're listening, I have four words for you: keep the music loud,",
        "Ada Lovelace, ya que sé que nos escucha, tengo cuatro palabras para usted: suba la música ('keep the music loud')",
        "keep the music loud",
        "keep the music loud",
        "keep the music loud",
        "I have four words for you: keep the music loud.",
    ];
    let (corpus, mut quotes) = corpus_of(&texts);
    for q in &mut quotes {
        q.speaker = Some(PersonId::new(1));
    }
    quotes[2].speaker = None;
    quotes[6].speaker = Some(PersonId::new(2));
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    for copy in 3..=5 {
        assert!(together(&quotes, 0, copy), "{copy}: {clusters:#?}");
    }
    // Copies given to nobody fit the two long sentences alike: they join
    // neither (the short rendering, which they link to with no speaker
    // against them, is left out: it alone would place them).
    let (corpus, mut quotes) = corpus_of(&texts[..6]);
    for q in &mut quotes[..2] {
        q.speaker = Some(PersonId::new(1));
    }
    let clusters = group(&corpus, &mut quotes);
    for copy in 3..=5 {
        assert!(!together(&quotes, 0, copy), "{copy}: {clusters:#?}");
    }
}

#[test]
fn a_fragment_with_a_listed_reporting_variant_joins_its_statement() {
    // Translators write "tell" and "inform" for one word (text::synonyms):
    // a fragment one such swap away from a run of the statement renders it.
    // Another word in its place does not.
    a_swap_joins_its_statement(
        "We must inform dockers first, and then rebuild the old quay together with them.",
        "tell dockers first",
        "pay dockers first",
    );
}

#[test]
fn a_fragment_with_a_translators_variant_joins_its_statement() {
    // Translators of one speech write "shared" or "common", "freedom" or
    // "liberty" for one word (text::synonyms): a fragment one such swap
    // away from a run of the statement renders it. A content word of
    // another sense in its place does not.
    a_swap_joins_its_statement(
        "Our union must be neither a fortress nor a bazaar, but a shared home for the valley towns.",
        "a common home",
        "a quiet home",
    );
    a_swap_joins_its_statement(
        "We will always defend the freedom of Dunmore, whatever the cost to us.",
        "liberty of Dunmore",
        "harbour of Dunmore",
    );
}

#[test]
fn a_fragment_with_a_translators_adverb_joins_its_statement() {
    // Translators write "ultimately" or "finally" for one word
    // (text::synonyms): a fragment one such swap away from a run of the
    // statement renders it. Another word in its place does not.
    a_swap_joins_its_statement(
        "The levies from the capital were sudden and ultimately ruinous for the mills of the valley.",
        "and finally ruinous",
        "and quietly ruinous",
    );
}

#[test]
fn a_fragment_with_a_translators_adjective_joins_its_statement() {
    // So for "real" or "actual", "tough" or "hard".
    a_swap_joins_its_statement(
        "What the harbour board needs now is a little tough love from the county.",
        "little hard love",
        "little more love",
    );
    a_swap_joins_its_statement(
        "We want real autonomy for the island parishes, step by step, within five years.",
        "want actual autonomy",
        "want partial autonomy",
    );
}

#[test]
fn a_fragment_with_a_translators_word_of_a_speech_joins_its_statement() {
    // One word of a speech in Russian or Italian is "nature" for one
    // outlet's translator and "character" or "dimension" for another's,
    // "acquired" or "obtained", "decisively" or "resolutely"
    // (text::synonyms): a fragment one such swap away from a run of the
    // statement renders it. Another word in its place does not.
    a_swap_joins_its_statement(
        "The quarrel over the river dams has taken on a regional character since the spring floods.",
        "regional nature since",
        "regional budget since",
    );
    a_swap_joins_its_statement(
        "The quarrel over the river dams has taken on a regional character since the spring floods.",
        "regional dimension since",
        "regional budget since",
    );
    a_swap_joins_its_statement(
        "Our cooperative has obtained forty looms for the weavers of the upper valley this autumn.",
        "acquired forty looms",
        "repaired forty looms",
    );
    a_swap_joins_its_statement(
        "If the dam breaks again we will act resolutely and rebuild the lower bridges first.",
        "decisively and rebuild",
        "slowly and rebuild",
    );
}

#[test]
fn a_short_sentence_of_a_longer_quotation_joins_no_other_statement() {
    // "Port Brennmoor." opens the quotation of the mandate sentence (the crowd
    // addressed by the town's name): it continues into its neighbour, and
    // the longer statement that also names the town is not where it comes
    // from, however well its words sit inside it.
    let town = "Port Brennmoor will remain a harbour of weavers, a harbour built by weavers, \
                carried by weavers, and, from this evening, led by a weaver.";
    let town_again = "Port Brennmoor will remain a harbour of weavers, a harbour built by weavers, \
                      carried by weavers and from this evening led by a weaver.";
    let (corpus, mut quotes) = articles_of(&[
        &[(town, 0)],
        &[(town_again, 0)],
        &[(
            "Port Brennmoor. Tonight, you have handed us a mandate for repair.",
            0,
        )],
        &[("Tonight, you have handed us a mandate for repair.", 0)],
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    let units = &quotes[2].units;
    assert_eq!(units.len(), 2, "{units:?}");
    assert_ne!(units[0].cluster, quotes[0].cluster, "{clusters:#?}");
}

#[test]
fn a_garbled_short_rendering_from_an_outlet_that_names_nobody_joins_its_original() {
    // The mayor's sentence in two attributed articles; a machine-translated
    // mirror prints a garbled five-word rendering of it and names nobody,
    // not even for its other quote. An edited match of five words with no
    // speaker on one side is as often another statement on one topic, but
    // here no speaker was to be had: the words decide.
    let articles: [&[(&str, Option<usize>)]; 3] = [
        &[
            (
                "We will guard the harbour and its fishing fleet always,",
                Some(0),
            ),
            ("The new ferry quay opens in the spring,", Some(1)),
        ],
        &[(
            "We will guard the harbour and its fishing fleet always,",
            Some(0),
        )],
        &[
            ("We guard its fishing fleet.", None),
            ("Quay of ferry new opens spring.", None),
        ],
    ];
    let (corpus, mut quotes) = printed(&articles, " Then: ");
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(together(&quotes, 0, 3), "{clusters:#?}");
    // The same rendering in an article that gives its other quote a
    // speaker stays apart: there a speaker could have been named.
    quotes[4].speaker = Some(PersonId::new(1));
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(!together(&quotes, 0, 3), "{clusters:#?}");
}

#[test]
fn a_short_excerpt_but_for_an_added_article_joins_its_sentence() {
    // The curator's sentence given to nobody, and a shorter copy that
    // drops its article, given to nobody either, in articles that name a
    // speaker for their other quotes: an edited match of five words with
    // nobody named is as often another statement, but one that says every
    // word of the other's run, bar an article added, is the same words.
    let articles = |long: &'static str| -> [&'static [(&'static str, Option<usize>)]; 2] {
        let first: &'static [(&'static str, Option<usize>)] = match long {
            "article" => &[
                (
                    "The burglars carried off gems of a rare and ancient value,",
                    None,
                ),
                ("The gallery will reopen on Monday morning,", Some(1)),
            ],
            _ => &[
                (
                    "The burglars carried off gems of Byzantine rare and ancient value,",
                    None,
                ),
                ("The gallery will reopen on Monday morning,", Some(1)),
            ],
        };
        [
            first,
            &[
                ("gems of rare and ancient value", None),
                ("We are counting every loss,", Some(1)),
            ],
        ]
    };
    let (corpus, mut quotes) = printed(&articles("article"), " Then: ");
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    // A specific word added is a word of another sentence.
    let (corpus, mut quotes) = printed(&articles("specific"), " Then: ");
    let clusters = group(&corpus, &mut quotes);
    assert!(!together(&quotes, 0, 2), "{clusters:#?}");
}

#[test]
fn two_short_copies_but_for_an_added_article_group() {
    // Two short renderings (neither long enough to anchor a group), given
    // to nobody, one with an article the other drops.
    let (corpus, mut quotes) = corpus_of(&[
        "gems of a rare old value",
        "gems of rare old value",
        "gems of rare Byzantine old value",
    ]);
    let clusters = group(&corpus, &mut quotes);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(!together(&quotes, 1, 2), "{clusters:#?}");
}

/// A phrase quoted alone by outlets whose group also holds the longer
/// renderings it comes from still names that statement to a headline-like
/// sentence that is mostly that phrase and shares too few words with those
/// renderings to link.
#[test]
fn a_sentence_joins_the_statement_whose_phrase_it_holds() {
    let long =
        "We will build a floating bridge across the northern bay before the winter storms arrive.";
    let retold =
        "We are going to build a floating bridge over the northern bay ahead of the winter storms,";
    let phrase = "a floating bridge";
    let headline = "Finally, a floating bridge for fishermen";
    let loose = "By the cold season a floating bridge is what the fishermen shall get,";
    let other =
        "Nobody asked us whether a floating bridge would scare the seals away from the rocks.";
    let other_retold = "Nobody asked us if a floating bridge would scare the seals off the rocks.";
    // 0 long, 1 retold, 2 and 3 the phrase alone, 4 the last sentence.
    let grouped = |last: &str, speaker: usize, more: &[&[(&str, usize)]]| {
        let (first, second, alone) = ([(long, 1)], [(retold, 1)], [(phrase, 1)]);
        let last = [(last, speaker)];
        let mut articles: Vec<&[(&str, usize)]> = vec![&first, &second, &alone, &alone, &last];
        articles.extend_from_slice(more);
        let (corpus, mut quotes) = articles_of(&articles);
        let clusters = group(&corpus, &mut quotes);
        (quotes, clusters)
    };
    let (quotes, clusters) = grouped(headline, 1, &[]);
    assert!(together(&quotes, 0, 1), "{clusters:#?}");
    assert!(together(&quotes, 0, 2), "{clusters:#?}");
    assert!(together(&quotes, 0, 4), "{clusters:#?}");
    // Given to another speaker, the sentence is that person's.
    let (quotes, clusters) = grouped(headline, 2, &[]);
    assert!(quotes[4].cluster.is_none(), "{clusters:#?}");
    // A long sentence around the phrase may be another statement.
    let (quotes, clusters) = grouped(loose, 1, &[]);
    assert!(quotes[4].cluster.is_none(), "{clusters:#?}");
    // Another statement's renderings say the phrase too: it names neither.
    let (quotes, clusters) = grouped(headline, 1, &[&[(other, 1)], &[(other_retold, 1)]]);
    assert!(together(&quotes, 5, 6), "{clusters:#?}");
    assert!(!together(&quotes, 0, 4), "{clusters:#?}");
}

/// A scare quote in four articles, three of which quote it beside one
/// statement and the fourth beside another statement that holds the word:
/// the three decide, and the fourth copy leaves for its own article's.
#[test]
fn a_scare_quote_follows_most_of_its_copies() {
    let word = "regatta";
    let host = "We will host the great regatta on the northern lake next June.";
    let host_retold = "We will host a great regatta on the northern lake next June.";
    let host_again = "We shall host the great regatta on the northern lake in June.";
    let boats = "The old regatta boats were sold to buyers in Denmark last year.";
    let boats_retold = "The old regatta boats were sold to buyers in Denmark that year.";
    let (corpus, mut quotes) = articles_of(&[
        &[(word, 1), (host, 1)],
        &[(word, 1), (host_retold, 1)],
        &[(word, 1), (host_again, 1)],
        &[(word, 1), (boats, 1)],
        &[(boats_retold, 1)],
    ]);
    // 0, 2, 4, 6 the word; 1, 3, 5 the hosting; 7, 8 the boats.
    let clusters = group(&corpus, &mut quotes);
    assert!(
        together(&quotes, 1, 3) && together(&quotes, 1, 5) && together(&quotes, 7, 8),
        "{clusters:#?}"
    );
    for copy in [0, 2, 4] {
        assert!(together(&quotes, copy, 1), "{copy}: {clusters:#?}");
    }
    assert!(!together(&quotes, 6, 1), "{clusters:#?}");
}

/// A headline's quotation does not say where its article's scare quote
/// comes from: its editor condenses and rewords. The copy beside it
/// follows the copies whose own articles quote a statement in the body.
#[test]
fn a_headline_quote_does_not_place_its_articles_scare_quote() {
    let word = "regatta";
    let host = "We will host the great regatta on the northern lake next June.";
    let host_retold = "We will host a great regatta on the northern lake next June.";
    let host_again = "We shall host the great regatta on the northern lake in June.";
    let boats = "Old regatta boats were sold to buyers in Denmark last year";
    let boats_retold = "The old regatta boats were sold to buyers in Denmark that year.";
    // Per article, its paragraphs, each `(text before, quoted part)`.
    let articles: [&[(&str, &str)]; 5] = [
        &[("Lopez spoke. ", word), ("He said ", host)],
        &[("Lopez spoke. ", word), ("He said ", host_retold)],
        &[("Lopez spoke. ", word), ("He said ", host_again)],
        &[
            ("", boats),
            ("Lopez told buyers in Denmark about the old boats. ", word),
        ],
        &[("He said ", boats_retold)],
    ];
    let laid: Vec<Vec<(String, &str, Option<usize>)>> = articles
        .iter()
        .map(|paragraphs| {
            let breaks = std::iter::once("").chain(std::iter::repeat("\n\n"));
            breaks
                .zip(paragraphs.iter())
                .map(|(gap, &(before, part))| (format!("{gap}{before}"), part, Some(1)))
                .collect()
        })
        .collect();
    let (corpus, mut quotes) = laid_out(&laid);
    // 0, 2, 4, 7 the word; 1, 3, 5 the hosting; 6 (a headline), 8 the boats.
    let clusters = group(&corpus, &mut quotes);
    assert!(
        together(&quotes, 1, 3) && together(&quotes, 6, 8) && !together(&quotes, 1, 6),
        "{clusters:#?}"
    );
    for copy in [0, 2, 4, 7] {
        assert!(together(&quotes, copy, 1), "{copy}: {clusters:#?}");
    }
}

/// The group of the quote whose words are `said`, in each article quoting it.
fn groups_saying(
    corpus: &Corpus,
    quotes: &[Quote],
    said: &str,
) -> Vec<Option<verbatim::ids::ClusterId>> {
    quotes
        .iter()
        .filter(|q| corpus.articles[q.source.index()].text[q.inner()].trim() == said)
        .map(|q| q.cluster)
        .collect()
}

#[test]
fn the_short_first_half_of_a_sentence_quoted_in_two_follows_the_second() {
    // One writer prints one sentence as two quotations around the
    // attribution; alone, "The harbour" fits the other statement that
    // holds its words, not the one its sentence renders.
    let lead = "Harbour works on schedule\n\nMayor Tomas Brand spoke to the council on Monday.\n\n";
    let texts = [
        "\"The harbour\" Brand told reporters, \"will reopen to ships in spring.\"\n",
        "\"The port will reopen to ships in spring,\" Brand said.\n",
        "\"The port will reopen to all ships in spring,\" the mayor said.\n",
        "\"We will rebuild the harbour walls before the winter storms arrive,\" Brand said.\n",
        "\"We are going to rebuild the harbour walls before the winter storms arrive,\" Brand said.\n",
    ];
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(format!("a{i}"), format!("a{i}.txt"), format!("{lead}{t}")))
        .collect();
    let corpus = Corpus::from_articles(articles);
    let analysis = verbatim::analysis::analyze(&corpus);
    let of = |said: &str| groups_saying(&corpus, &analysis.quotes, said);
    let (head, tail) = (of("The harbour"), of("will reopen to ships in spring."));
    let walls = of("We will rebuild the harbour walls before the winter storms arrive,");
    assert_eq!(
        (head.len(), tail.len(), walls.len()),
        (1, 1, 1),
        "extracted"
    );
    assert!(tail[0].is_some(), "{:#?}", analysis.clusters);
    assert_eq!(head, tail, "{:#?}", analysis.clusters);
    assert_ne!(head, walls, "{:#?}", analysis.clusters);
}
