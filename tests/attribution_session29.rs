//! Attribution kinds of session 29, each on an invented text: an
//! inverted subject written as a role phrase and then its holder's name,
//! an apposition opening with a possessor's name, the object of "at", and
//! a surname in a title-case headline.

use crate::attribution::{some, who};

/// "…,” said France’s chief prosecutor, Jean Dupont": the name after the
/// phrase's comma speaks, not a possessor inside the phrase; a phrase that
/// names its subject itself keeps it.
#[test]
fn a_name_after_an_inverted_role_phrase_speaks() {
    assert_eq!(
        who(
            "“We have nothing to hide, it is the law,” said Norway’s chief prosecutor for tax \
             fraud, Hans Keller, in an interview."
        ),
        vec![some("Hans Keller")]
    );
    assert_eq!(
        who(
            "Tom Walsh left the room. “The talks went well,” said Tom Walsh’s spokeswoman, \
             Anna Berg, on Monday."
        ),
        vec![some("Anna Berg")]
    );
    assert_eq!(
        who("“We will not give in,” said the minister Jan Berg, in Rome, before the vote."),
        vec![some("Jan Berg")]
    );
}

/// "Navarro, President Donald Trump’s senior counselor, told …": the
/// apposition after the subject's name opens with its possessor, who is
/// not the one speaking.
#[test]
fn a_possessor_opening_an_apposition_is_not_the_subject() {
    assert_eq!(
        who(
            "Anna Berg, Prime Minister Tom Walsh’s senior adviser for trade, told reporters on \
             Monday that many countries were “close seconds.”"
        ),
        vec![some("Anna Berg")]
    );
    assert_eq!(
        who(
            "Maria Lopez, Tom Walsh's longtime ally, said the deal was “a good start” for \
             everyone."
        ),
        vec![some("Maria Lopez")]
    );
}

/// "Carney takes aim at Trump, promises ‘humility’": the object of "at"
/// is never the subject of the verb after it.
#[test]
fn the_object_of_at_is_not_the_subject() {
    assert_eq!(
        who(
            "Tom Walsh won on Monday against Maria Berg. Later Walsh took aim at Berg, promised \
             “humility” and thanked his voters."
        ),
        vec![some("Tom Walsh")]
    );
    assert_eq!(
        who("Walsh takes aim at Berg, promises ‘humility’ in victory speech\n\nTom Walsh won."),
        vec![some("Tom Walsh")]
    );
}

/// "Utah governor calls the attack …": a headline drops its article, so a
/// role noun opening a clause of a headline (the title, or a short line
/// with no closing stop below a site's banner) stands for its holder.
#[test]
fn a_role_noun_opening_a_headline_clause_stands_for_its_holder() {
    assert_eq!(
        who(
            "Utah governor calls the attack a ‘political assassination’\n\nUtah Governor Tom \
             Walsh spoke on Monday."
        ),
        vec![some("Tom Walsh")]
    );
    assert_eq!(
        who(
            "Heist creates ‘terrible image’ of Utah, governor says\n\nMaria Berg spoke first. \
             Utah Governor Tom Walsh spoke on Monday. Berg left."
        ),
        vec![some("Tom Walsh")]
    );
}

/// "‘…’: Walsh Says Race Is Over": a headline capitalises its function
/// words too, and the surname among them is still the known person's.
#[test]
fn a_surname_in_a_title_case_headline_with_function_words_speaks() {
    use verbatim::corpus::{Article, Corpus};
    let text = "‘We must go on’: Walsh Says Race Is Over\n\n\
                Senator Tom Walsh spoke on Sunday in Boston about the campaign.\n";
    let corpus = Corpus::from_articles(vec![Article::new("t", "t", text.to_string())]);
    let mut quotes = crate::common::extract_all(&corpus);
    let mut people = verbatim::people::find_people(&corpus);
    verbatim::quotes::attribute::attribute(&corpus, &mut quotes, &mut people);
    let speakers: Vec<_> = quotes
        .iter()
        .map(|q| q.speaker.map(|p| people[p].name.as_str()))
        .collect();
    assert_eq!(speakers, [Some("Tom Walsh")]);
}
