//! Quotation marks typed sloppily in translated and scraped copy, each on an
//! invented text: straight quotes padded with spaces inside the quotation,
//! a quotation closed with the opening shape `“`, and Spanish `¡`/`¿`
//! glued to a guillemet.

use verbatim::corpus::Article;
use verbatim::ids::SourceId;
use verbatim::quotes::extract::extract;

fn quotes(line: &str) -> Vec<String> {
    let a = Article::new("t", "t", format!("A headline about the budget\n\n{line}\n"));
    extract(&a, SourceId::new(0), 0)
        .iter()
        .map(|q| a.text[q.inner()].to_string())
        .collect()
}

/// `: " Parole … ", ha detto`: copy that pads its straight quotes with a
/// space inside each mark still quotes the words between them, closed
/// before a comma, a stop or a space, and never the words between two
/// quotations.
#[test]
fn straight_quotes_padded_with_spaces_inside_are_read() {
    assert_eq!(
        quotes(
            "Il ministro apre il dibattito. \" Porteremo il bilancio in aula entro marzo \", \
             ha detto il ministro ai giornalisti."
        ),
        ["Porteremo il bilancio in aula entro marzo"]
    );
    assert_eq!(
        quotes(
            "Il ministro ha risposto: \" Non cambieremo la legge sul lavoro quest'anno \". \
             Poi ha aggiunto: \" Le tasse scenderanno per tutte le famiglie \". Fine."
        ),
        [
            "Non cambieremo la legge sul lavoro quest'anno",
            "Le tasse scenderanno per tutte le famiglie",
        ]
    );
    assert_eq!(
        quotes("\" We will cut the tax on bread and milk \" the minister told the chamber."),
        ["We will cut the tax on bread and milk"]
    );
}

/// Machine-translated copy closes with the opening shape: `“… forever.
/// “So the minister …` or `… of the law “.`. With no closer after it in
/// the paragraph, a `“` after a stop ends the quotation left open, and the
/// attribution after it is no part of the quote; with a closer later, it
/// still opens.
#[test]
fn a_quotation_closed_with_the_opening_shape_ends_there() {
    assert_eq!(
        quotes(
            "“The harbour will be rebuilt before the winter storms. “So the mayor, \
             in a passage of her address to the council on Monday."
        ),
        ["The harbour will be rebuilt before the winter storms."]
    );
    assert_eq!(
        quotes(
            "“The harbour will be rebuilt before any storm. We owe \
             it to the fishermen “. The council then voted."
        ),
        ["The harbour will be rebuilt before any storm. We owe it to the fishermen"]
    );
    assert_eq!(
        quotes("He spoke of the “harbour”. “We will rebuild it,” he said."),
        ["harbour", "We will rebuild it,"]
    );
}

/// Copy machine-translated from French keeps the guillemet that closed a
/// quotation and turns only its opener into `“`: `“ … »`. With no double
/// closer later in the paragraph, the guillemet closes the `“`, so the
/// quotations after it in the paragraph are read too; a `“ … ”` quotation
/// holding a guillemet pair is untouched.
#[test]
fn an_opening_double_quote_closed_by_a_guillemet_ends_there() {
    assert_eq!(
        quotes(
            "El alcalde dijo: “Reconstruiremos el puerto antes del invierno», y añadió \
             «Nadie quedará sin casa» antes de que “Los pescadores tendrán ayudas del \
             ayuntamiento»."
        ),
        [
            "Reconstruiremos el puerto antes del invierno",
            "Nadie quedará sin casa",
            "Los pescadores tendrán ayudas del ayuntamiento",
        ]
    );
    assert_eq!(
        quotes(
            "Per il sindaco il porto ha ormai una dimensione “ strategica », riferisce \
             la radio locale."
        ),
        ["strategica"]
    );
    assert_eq!(
        quotes("“The mayor called it «a disgrace» before the vote,” a councillor said."),
        ["The mayor called it «a disgrace» before the vote,"]
    );
}

/// A page that lost a straight closer: `"Words …, the mayor said …` with no
/// `"` after them in the paragraph, and the next paragraph opening a
/// quotation of its own. The words end at the comma before the reporting
/// clause; with no such clause, the stray opener quotes nothing.
#[test]
fn a_straight_quote_that_lost_its_closer_ends_before_its_attribution() {
    let article = |first: &str| {
        let text = format!(
            "A headline about the harbour\n\n{first}\n\nShe called the plan \"a fair deal\" for the \
             fishermen.\n\nThe council votes on Tuesday.\n"
        );
        let a = Article::new("t", "t", text);
        extract(&a, SourceId::new(0), 0)
            .iter()
            .map(|q| a.text[q.inner()].to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        article(
            "\"The harbour will be rebuilt before the winter storms, the mayor said in her \
             address on Monday."
        ),
        [
            "The harbour will be rebuilt before the winter storms,",
            "a fair deal"
        ]
    );
    assert_eq!(
        article("The harbour is \"about to be rebuilt before the winter storms."),
        ["a fair deal"]
    );
}

/// `«¡Viva …!»`, `«¿Quién …?»`: Spanish opens an exclamation or a question
/// with an inverted mark glued to the guillemet; the guillemet still opens
/// the quotation, as it does before a word.
#[test]
fn a_guillemet_before_an_inverted_exclamation_or_question_mark_opens() {
    assert_eq!(
        quotes(
            "La ministra cerró el acto gritando «¡Arriba los puertos del norte!», y el \
             público aplaudió."
        ),
        ["¡Arriba los puertos del norte!"]
    );
    assert_eq!(
        quotes("El alcalde preguntó: «¿Quién pagará las obras del tranvía?». Nadie respondió."),
        ["¿Quién pagará las obras del tranvía?"]
    );
}
