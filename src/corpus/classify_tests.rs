//! Tests of paragraph classification ([`super`]).

use super::*;
use crate::corpus::dateline::is_clock_time;
use crate::corpus::paragraphs::split;

fn kinds(text: &str) -> Vec<(ParagraphKind, &str)> {
    classify(text, split(text))
        .into_iter()
        .map(|p| (p.kind, &text[p.range()]))
        .collect()
}

use ParagraphKind::*;

#[test]
fn headline_then_body() {
    let got =
        kinds("Council approves new budget after long debate\n\nThe council voted on Monday.");
    assert_eq!(got[0].0, Title);
    assert_eq!(got[1].0, Body);
}

#[test]
fn time_stamps_and_player_notices_above_the_headline_are_not_titles() {
    for above in [
        "10.31 pm",
        "09:15 BST",
        "7:05pm ET",
        "NEW You can now listen to Example News articles!",
        "To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video",
    ] {
        let text =
            format!("{above}\n\nCouncil approves new budget\n\nThe council voted on Monday.");
        let got = kinds(&text);
        assert_ne!(got[0].0, Title, "{above}");
        assert_ne!(got[0].0, Body, "{above}");
        assert_eq!(got[1], (Title, "Council approves new budget"), "{above}");
    }
}

#[test]
fn publication_stamps_are_datelines_in_every_language_and_length() {
    for stamp in [
        "Published June 3, 2025 at 2:22 p.m. ET | Updated June 3, 2025 at 4:40 p.m. ET after the minister's remarks",
        "Aktualisiert am 03.06.2025, 14:22 Uhr",
        "Pubblicato il 3 giugno 2025 alle 14:22, aggiornato il 3 giugno 2025 alle 16:40",
        "Publié le 3 juin 2025 à 14h22, mis à jour le 3 juin 2025 à 16h40",
        "Опубликовано 03.06.2025 14:22",
    ] {
        let text =
            format!("Council approves new budget\n\n{stamp}\n\nThe council voted on Monday.");
        assert_eq!(kinds(&text)[1], (Dateline, stamp), "{stamp}");
    }
    // Prose that opens with the same words is prose.
    for line in [
        "Published figures for 2025 show the council spent more than it planned on roads",
        "Updatedness of 2025 registers",
        "Publicatie 2025",
    ] {
        let text = format!("Council approves new budget\n\nThe council voted.\n\n{line}");
        assert_eq!(kinds(&text)[2], (Body, line), "{line}");
    }
}

#[test]
fn a_time_inside_prose_is_not_a_clock_line() {
    for line in [
        "10.31 pm on Friday the vote passed",
        "3.5 percent",
        "2025",
        "12:30 noon meeting",
    ] {
        assert!(!is_clock_time(&line.to_lowercase()), "{line}");
    }
}

#[test]
fn sentence_first_line_is_not_a_title() {
    let got = kinds("The council voted on Monday to approve the budget.\nIt passed narrowly.");
    assert_eq!(got[0].0, Body);
}

#[test]
fn captions_with_credits() {
    for caption in [
        "The mayor at the opening. Photo: Jane Roe/Daily Planet",
        "Firefighters at the scene (Photo by John Doe)",
        "Protesters gather outside parliament. Credit: Example News",
        "A file photo of the harbour",
        "Anna Berg w Paryżu. Foto: Jan Nowak",
        "Анна Берг в Осло. Фото: Иван Петров",
    ] {
        let text = format!("Storm hits the coast\n\n{caption}\n\nThe storm arrived at dawn.");
        assert_eq!(kinds(&text)[1], (Caption, caption), "{caption}");
    }
}

/// A caption ending on an agency's credit is a caption however long, and
/// one opening the page is not taken for its headline; a caption quoting
/// someone is kept as prose, as the quote engine skips captions.
#[test]
fn captions_ending_on_an_agencys_credit() {
    let caption = "Chancellor Anna Berg (L) welcomes President Ivan Volkov at the chancellery \
                   in Oslo, a day after the two spoke by phone about the talks planned for \
                   June, 28 May 2025. EFE-EPA/TOM LEE";
    let text = format!(
        "{caption}\n\nBerg and Volkov agree on a plan for the talks\n\nBerg met Volkov on Wednesday."
    );
    let got = kinds(&text);
    assert_eq!(got[0], (Caption, caption));
    assert_eq!(got[1].0, Title);
    let quoting = "Berg said she was 'confident' of a deal in June. REUTERS/Tom Lee";
    let text = format!("Storm hits the coast\n\n{quoting}\n\nThe storm arrived at dawn.");
    assert_eq!(kinds(&text)[1], (Body, quoting));
}

/// A line crediting the text to agencies alone is a byline ("Von AFP").
#[test]
fn agency_credit_lines() {
    for line in ["Von AFP", "Avec AFP et Reuters", "Quelle: dpa"] {
        let text = format!("Headline\n\n{line}\n\nThe story.");
        assert_eq!(kinds(&text)[1], (Dateline, line), "{line}");
    }
}

#[test]
fn hashtag_and_keyword_lines() {
    let got =
        kinds("Headline here\n#budget #council vote# city\nTags: budget, council\nBody text.");
    assert_eq!(got[1].0, Tags);
    assert_eq!(got[2].0, Tags);
}

#[test]
fn datelines_and_bylines() {
    let got =
        kinds("Headline\n\nBy Maria Lopez\n\nMADRID, March 3\n\nUpdated 14:02 GMT\n\nThe story.");
    assert_eq!(got[1].0, Dateline);
    assert_eq!(got[2].0, Dateline);
    assert_eq!(got[3].0, Dateline);
    assert_eq!(got[4].0, Body);
}

/// Bylines in other languages are bylines too: an opener or a label, then
/// capitalised names. A surname that opens like one ("Di Maio", "Von der")
/// and prose in lower case after the word stay body.
#[test]
fn bylines_abroad() {
    let bylines = [
        "Von Anna Berg, Studio Oslo",
        "Von Anna Berg und Tom Lee",
        "di Marco Rossi",
        "Par Jean Martin (AFP)",
        "Por Ana Gil | Madrid",
        "de Ion Popescu",
        "Autor: Jan Nowak",
        "Auteur : Jean Martin",
        "Autor:in Anna Berg",
        "Текст: Анна Берг",
        "Автор: Олена Коваль",
    ];
    let prose = [
        "Von der Berg warnt vor neuen Zöllen",
        "Di Stefano attacca il governo",
        "De Luca",
        "Par ailleurs, le conseil a voté",
        "Por qué el consejo votó en contra",
        "Von Oslo nach Bergen",
        "Photo: Anna Berg",
    ];
    let lines = bylines.iter().map(|l| (l, true));
    for (line, byline) in lines.chain(prose.iter().map(|l| (l, false))) {
        let text = format!("Headline\n\n{line}\n\nThe story.");
        assert_eq!(kinds(&text)[1].0 == Dateline, byline, "{line}");
    }
}

/// A live page's heading under its time: a name that opens like a
/// month ("Marchenko", "Mayor") makes no date, so the heading is read.
#[test]
fn a_name_opening_like_a_month_makes_no_dateline() {
    let got = kinds("Headline\n\n19:30 Marchenko responds\n\nSept. 3 2025\n\nThe story.");
    assert_eq!(got[1].0, Body);
    assert_eq!(got[2].0, Dateline);
}

/// A caption's label opens the line or follows a stop; after a word the
/// same word is prose.
#[test]
fn a_label_word_after_a_word_is_prose() {
    let got = kinds(
        "Headline\n\nBerg painted a bleak picture: \"We are losing.\"\n\n\
         Berg claimed credit: \"We did it.\"\n\nBerg in Geneva. Photo: Reuters\n\n\
         Credit: AP\n\nThe summit in Geneva (Picture: AFP)",
    );
    assert_eq!(got[1].0, Body);
    assert_eq!(got[2].0, Body);
    assert_eq!(got[3].0, Caption);
    assert_eq!(got[4].0, Caption);
    assert_eq!(got[5].0, Caption);
}

/// A short dated line that quotes someone is prose, not a dateline.
#[test]
fn a_dated_line_with_a_quotation_is_body() {
    let got = kinds(
        "Headline\n\nOn August 15 Berg said: \"We made progress.\"\n\n\
         Harlow, 79, said in May: «We will see»\n\nMADRID, March 3",
    );
    assert_eq!(got[1].0, Body);
    assert_eq!(got[2].0, Body);
    assert_eq!(got[3].0, Dateline);
}

#[test]
fn legal_notice_and_comment_form_and_furniture() {
    let text = "Headline\nBody one.\nBody two.\nCopyright © 2024 Example Media. All rights reserved.\n\
                Leave a Reply\nAdvertisement";
    let got = kinds(text);
    assert_eq!(got[3].0, Boilerplate);
    assert_eq!(got[4].0, Boilerplate);
    assert_eq!(got[5].0, Boilerplate);
}

/// The legal notice in other languages is a notice too, and the teasers
/// under it are not the story.
#[test]
fn legal_notices_abroad_end_the_story() {
    for notice in [
        "Beispiel Medien GmbH. Alle Rechte vorbehalten.",
        "Exemple Presse – Tous droits réservés",
        "Esempio Editore S.p.A. Tutti i diritti riservati",
        "Riproduzione riservata",
        "Ejemplo Medios. Todos los derechos reservados.",
        "Exemplo Media. Todos os direitos reservados.",
        "Exemplu Media. Toate drepturile rezervate.",
        "Przykład Media. Wszelkie prawa zastrzeżone.",
        "Пример Медиа. Все права защищены.",
        "Приклад Медіа. Усі права захищені.",
    ] {
        let text = format!(
            "Headline\nOne.\nTwo.\nThree.\n{notice}\nBerg says the talks \"went well\" in another story."
        );
        let got = kinds(&text);
        assert_eq!(got[4].0, Boilerplate, "{notice}");
        assert_eq!(got[5].0, Boilerplate, "{notice}");
    }
}

#[test]
fn teasers_after_footer_are_boilerplate() {
    let text = "Headline\nOne.\nTwo.\nThree.\nAll rights reserved by Example Media.\n\
                An unrelated story about football begins here.\nAnother teaser.";
    let got = kinds(text);
    assert_eq!(got[5].0, Boilerplate);
    assert_eq!(got[6].0, Boilerplate);
    assert_eq!(got[1].0, Body);
}

#[test]
fn an_advertisement_line_does_not_end_the_story() {
    let text = "Headline\nOne.\nTwo.\nAdvertisement:\nHe said the talks would go on.\n\
                Advertisement:\nShe agreed on Friday.";
    let got = kinds(text);
    assert_eq!(got[3].0, Boilerplate);
    assert_eq!(got[4].0, Body);
    assert_eq!(got[6].0, Body);
}

#[test]
fn teasers_after_agency_signoff_are_boilerplate() {
    let text = "Headline\nOne.\nTwo.\nThe talks end on Friday. (XYZA)\nA teaser about the weather.";
    let got = kinds(text);
    assert_eq!(got[3].0, Body);
    assert_eq!(got[4].0, Boilerplate);
}

#[test]
fn a_dated_photo_credit_in_brackets_is_no_signoff() {
    // A caption ends like wire copy signing off, but on the picture's date:
    // the story goes on below it.
    let text = "Berg rates the talks\nOne.\nBerg rates the talks\n\
        Berg, left, and Volkov shake hands in Oslo, Thursday, October 30, 2025. (AP)\n\
        Berg said the talks were a \"great success\".\nTwo.";
    let got = kinds(text);
    assert_eq!(got[3].0, Caption);
    assert_eq!(got[4].0, Body);
    assert_eq!(got[5].0, Body);
}

#[test]
fn acronym_at_end_of_sentence_is_not_a_signoff() {
    assert!(!ends_with_signoff(
        "He joined the World Health Organization (WHO)"
    ));
    assert!(ends_with_signoff("The war goes on. (AFP)"));
}

#[test]
fn scraped_icon_name_is_split_off() {
    let text = "Headline\naccess_timeBERLIN: The chancellor spoke.";
    let got = kinds(text);
    assert_eq!(got[1], (Boilerplate, "access_time"));
    assert_eq!(got[2].1, "BERLIN: The chancellor spoke.");
    assert_eq!(got[2].0, Body);
}

#[test]
fn ordinary_snake_case_is_not_an_artefact() {
    assert_eq!(artefact_prefix("snake_case is a style"), 0);
    assert_eq!(artefact_prefix("Anchorage: x"), 0);
}

#[test]
fn folded_lowercase_matches_std() {
    for p in ["Ünïcode ÀB İstanbul ΣΑΣ K", "MIXED case Tags: x", ""] {
        let mut buf = String::from("stale");
        lower_into(p, &mut buf);
        assert_eq!(buf.replace('ς', "σ"), p.to_lowercase().replace('ς', "σ"));
    }
    assert!(starts_with_folded("TAGS: a, b", "tags:"));
    assert!(starts_with_folded(
        "(TagsToTranslate)x",
        "(tagstotranslate)"
    ));
    assert!(!starts_with_folded("Tag", "tags:"));
}

#[test]
fn symbol_only_lines_are_boilerplate() {
    let got = kinds("Headline\nBody.\n* * *\nMore body.");
    assert_eq!(got[2].0, Boilerplate);
    assert_eq!(got[3].0, Body);
}

/// A teaser for another story is a link wherever it stands, and it does
/// not end the story the way a legal notice does.
#[test]
fn a_teaser_line_is_boilerplate_and_the_story_goes_on() {
    let got = kinds(
        "Headline\nOne.\nTwo.\nThree.\nREAD MORE: Berg says Europe must 'step up'\n\
         Berg said the talks “went well”.\nLire aussi : Berg à Genève",
    );
    assert_eq!(got[4].0, Boilerplate);
    assert_eq!(got[5].0, Body);
    assert_eq!(got[6].0, Boilerplate);
}

/// The headlines listed under "Most read" or "Meistgelesen" link to other
/// stories: their quotes are not this story's, and the story's own prose
/// after the list is read again. Without such a heading above it, a
/// quoted heading (a live page's post) is read.
#[test]
fn headlines_under_a_list_heading_are_boilerplate() {
    let got = kinds(
        "Headline\nOne.\nTwo.\nMost Read\n1. 'I was terrified': Passenger describes ferry fire\n\
         Halvorsen: 'We will not back down'\nStorm warning issued for the west coast\n\
         Berg said the talks “went well.”\nMeistgelesen:\n„Noch ein weiter Weg“: Berg bleibt skeptisch\n\
         Three.\nAdvertisement\nHalvorsen: 'We have turned a page'",
    );
    assert_eq!(got[3].0, Boilerplate);
    for item in &got[4..7] {
        assert_eq!(item.0, Boilerplate, "{}", item.1);
    }
    assert_eq!(got[7].0, Body);
    assert_eq!(got[8].0, Boilerplate);
    assert_eq!(got[9].0, Boilerplate);
    assert_eq!(got[12].0, Body);
}

/// Above the story's first prose a list heading is the site's navigation,
/// and the story's own headline may follow it. In the second half a list
/// does not end the story as a legal notice does, and a line ending on a
/// stop or on a quotation's colon is the story again.
#[test]
fn a_link_list_ends_at_the_story_and_does_not_end_it() {
    let got = kinds(
        "LATEST NEWS:\nBerg promises 'humility' after the vote\nOSLO — Berg spoke on Monday.\n\
         Two.\nTrending\nBerg: 'No deal yet'\nHe said it “went well.”\n\
         Trending\nBerg: 'No deal yet'\nThe minister told reporters:\n„Wir sind bereit“",
    );
    assert_eq!(got[0].0, Boilerplate);
    assert_ne!(got[1].0, Boilerplate);
    assert_eq!(got[5].0, Boilerplate);
    assert_eq!(got[6].0, Body);
    assert_eq!(got[8].0, Boilerplate);
    assert_eq!(got[9].0, Body);
    assert_eq!(got[10].0, Body);
}

/// A comment section's counted heading in the second half ends the story:
/// the readers' words under it are not quotes of it. In the first half it
/// is a share bar's count, and the story goes on.
#[test]
fn a_counted_comments_heading_ends_the_story() {
    let got = kinds(
        "Headline\nOne.\nTwo.\nThree.\nComments (124)\nJ. Smith 2 hours ago\n\
         \"This is a disgrace,\" he wrote.",
    );
    assert_eq!(got[4].0, Boilerplate);
    assert_eq!(got[6].0, Boilerplate);
    let got = kinds("Headline\n12 Kommentare\nOne.\nTwo.\nThree.");
    assert_eq!(got[1].0, Boilerplate);
    assert_eq!(got[2].0, Body);
    assert!(!is_comment_count("Comments on the budget"));
}

#[test]
fn the_classifier_marks_the_body_paragraphs_that_announce_a_full_text() {
    // The transcript rule reads this mark instead of lower-casing every
    // body paragraph again; a capitalised phrase is found as a lower-case one.
    let text = "Ministers met in Tallinn on Monday to discuss the grain corridor.\n\n\
                HERE IS THE FULL TEXT OF THE MINISTER'S SPEECH:\n\n\
                We gather today because the harvest cannot wait for the diplomats.\n\n\
                The full text of the treaty was published on Monday.";
    let marked: Vec<bool> = classify(text, split(text))
        .iter()
        .map(|p| p.announces_full_text)
        .collect();
    assert_eq!(marked, [false, true, false, false]);
}
