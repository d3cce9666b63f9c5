//! Tests of splitting a run into a role and a name ([`super`]).

use super::*;

/// The (role, name) of the one candidate of `run`, a run of words.
fn split(run: &str) -> Option<(Option<String>, String)> {
    let mut words = Vec::new();
    let mut at = 0;
    for w in run.split(' ') {
        // An initial's span leaves out its full stop, as the scanner's does.
        let initial = w.ends_with('.') && is_initial(&w[..w.len() - 1]);
        let (len, lex) = if initial {
            (w.len() - 1, 0)
        } else {
            (w.len(), lexicon::lookup(w))
        };
        words.push((at..at + len, lex));
        at += w.len() + 1;
    }
    let mut out = Vec::new();
    emit(run, &words, None, false, false, &mut out);
    let c = out.first()?;
    Some((
        c.role().map(|r| run[r].to_string()),
        run[c.span()].to_string(),
    ))
}

#[test]
fn a_particle_before_a_given_name_is_a_preposition() {
    let bare = |n: &str| Some((None, n.to_string()));
    assert_eq!(split("de Bruno Fernandes"), bare("Bruno Fernandes"));
    assert_eq!(split("de Nicolas Dupont"), bare("Nicolas Dupont"));
    assert_eq!(split("de Gaulle"), bare("de Gaulle"));
    assert_eq!(split("von der Leyen"), bare("von der Leyen"));
}

#[test]
fn what_a_capitalised_role_governs_is_no_name() {
    assert_eq!(split("El Presidente de la República"), None);
    assert_eq!(split("Presidente da República"), None);
    assert_eq!(
        split("Presidente de Francia Emmanuel Macron"),
        Some((
            Some("Presidente".to_string()),
            "Emmanuel Macron".to_string()
        ))
    );
    assert_eq!(
        split("President von der Leyen"),
        Some((Some("President".to_string()), "von der Leyen".to_string()))
    );
}

#[test]
fn a_particle_before_a_place_ends_the_name() {
    let bare = |n: &str| Some((None, n.to_string()));
    assert_eq!(split("Ronaldo la Sport TV"), bare("Ronaldo"));
    assert_eq!(
        split("Cristiano Ronaldo de Fox News"),
        bare("Cristiano Ronaldo")
    );
    assert_eq!(split("Luis de la Fuente"), bare("Luis de la Fuente"));
    assert_eq!(split("Ana Popescu la Geneva"), bare("Ana Popescu"));
    assert_eq!(split("Ina Brandt der Partei"), bare("Ina Brandt"));
    assert_eq!(split("Jan van den Berg"), bare("Jan van den Berg"));
    assert_eq!(split("De la Fuente"), bare("De la Fuente"));
    assert_eq!(split("Ursula von der Leyen"), bare("Ursula von der Leyen"));
}

#[test]
fn a_country_opens_no_name_and_makes_a_run_a_place() {
    let role = |r: &str, n: &str| Some((Some(r.to_string()), n.to_string()));
    let bare = |n: &str| Some((None, n.to_string()));
    // "in Ucraina Merz ha annunciato", "przywódca Rosji Władimir Putin".
    assert_eq!(split("Ucraina Merz"), bare("Merz"));
    assert_eq!(
        split("Rosji Władimir Putin"),
        role("Rosji", "Władimir Putin")
    );
    assert_eq!(
        split("Niemiec Frank-Walter Steinmeier").map(|c| c.1),
        bare("Frank-Walter Steinmeier").map(|c| c.1)
    );
    // A sentence opening "La Germania e la Francia …".
    assert_eq!(split("La Germania"), None);
    // Before Title-Case words that open with no given name, a country
    // is no role.
    assert_eq!(split("France Pave Way"), bare("Pave Way"));
    // The adjectives that are surnames too stay names.
    assert_eq!(split("Domenico Tedesco"), bare("Domenico Tedesco"));
    assert_eq!(split("Vincenzo Russo"), bare("Vincenzo Russo"));
}

#[test]
fn a_dotted_acronym_before_a_role_belongs_to_it() {
    let text = "met U.S. President Ann Lee and E. Roy";
    let at = text.find("President").unwrap();
    assert_eq!(dotted_acronym_before(text, at), text.find("U.S."));
    assert_eq!(dotted_acronym_before(text, text.find("Roy").unwrap()), None);
    assert_eq!(dotted_acronym_before(text, text.find("Ann").unwrap()), None);
}

#[test]
fn prefixes_leave_the_name_for_its_role_or_go() {
    let role = |r: &str, n: &str| Some((Some(r.to_string()), n.to_string()));
    let bare = |n: &str| Some((None, n.to_string()));
    assert_eq!(
        split("Republican Donald Trump"),
        role("Republican", "Donald Trump")
    );
    assert_eq!(
        split("American President-elect Donald Trump"),
        role("American President-elect", "Donald Trump")
    );
    assert_eq!(
        split("Kanzler Friedrich Merz"),
        role("Kanzler", "Friedrich Merz")
    );
    assert_eq!(split("VP Kamala Harris"), role("VP", "Kamala Harris"));
    assert_eq!(
        split("Granddaughter Naomi Biden"),
        role("Granddaughter", "Naomi Biden")
    );
    assert_eq!(split("AFP Jurgen Klopp"), bare("Jurgen Klopp"));
    assert_eq!(split("Meinungsforschungsinstituts Ipsos"), bare("Ipsos"));
    assert_eq!(
        split("Arnold Schwarzenegger"),
        bare("Arnold Schwarzenegger")
    );
    assert_eq!(split("JD Vance"), bare("JD Vance"));
    // A subhead in capitals glued to the sentence after it; a name written
    // in capitals throughout stays.
    assert_eq!(split("TARIFFS DENOUNCED Ferrand"), bare("Ferrand"));
    assert_eq!(split("TAXES CUT Anna Ferrand"), bare("Anna Ferrand"));
    assert_eq!(split("ANNA FERRAND"), bare("ANNA FERRAND"));
    // The body a role governs, in the genitive, before a full name.
    assert_eq!(
        split("Marszałek Senatu Anna Nowak"),
        role("Marszałek", "Anna Nowak")
    );
    assert_eq!(split("RP Jan Kowalski"), bare("Jan Kowalski"));
    assert_eq!(split("Prezydent RP"), None);
    assert_eq!(split("XI"), bare("XI"));
    assert_eq!(split("Senator Ann Lee"), role("Senator", "Ann Lee"));
    // A titled given name and surname the lists flag as common words.
    assert_eq!(split("Minister Anna May"), role("Minister", "Anna May"));
    assert_eq!(split("President Bill Lee"), role("President", "Bill Lee"));
    assert_eq!(split("Bill Lee"), None);
    assert_eq!(split("Anna May"), None);
    assert_eq!(split("Minister Bill May"), None);
    assert_eq!(split("Admirateur de Donald Trump"), bare("Donald Trump"));
    assert_eq!(split("Donald J. Trump"), bare("Donald J. Trump"));
    assert_eq!(split("Lyndon B"), bare("Lyndon"));
    assert_eq!(split("K. Nawrocki"), bare("Nawrocki"));
    assert_eq!(split("Ursula von der Leyen"), bare("Ursula von der Leyen"));
    assert_eq!(split("Charles de Gaulle"), bare("Charles de Gaulle"));
    // Qualifiers before less than a full name are not a role.
    assert_eq!(split("French Macron"), bare("Macron"));
    for nobody in [
        "Asian American",
        "Allianz Arena",
        "Getty Images",
        "FC Barcelona",
        "Borussia Dortmund",
        "Democratic National Convention",
        "Heute",
    ] {
        assert_eq!(split(nobody), None, "{nobody}");
    }
}

#[test]
fn a_plural_role_before_words_of_no_given_name_titles_nobody() {
    // A headline's subject and verb: no role, so no evidence of a person.
    assert_eq!(
        split("Faith Leaders Urge Calm").and_then(|(role, _)| role),
        None
    );
    assert_eq!(
        split("Justices Ana Ruiz"),
        Some((Some("Justices".to_string()), "Ana Ruiz".to_string()))
    );
    // A role that ends in "s" itself is no plural.
    assert_eq!(
        split("Mrs Tolvane Berg"),
        Some((Some("Mrs".to_string()), "Tolvane Berg".to_string()))
    );
}

#[test]
fn a_capitalised_role_governs_a_city_named_like_a_person() {
    // Georgia is a given name of the table too.
    assert_eq!(
        split("Presidente de Georgia Ana Morvelle").map(|(_, n)| n),
        Some("Ana Morvelle".to_string())
    );
}
