//! Names that are no subject of the quote's clause, each on an invented
//! text: a name glued to a modifier, an opening phrase of place or medium,
//! the object of "about" or "at", a possessor opening an apposition, a
//! reporting word used as a noun, a contrasting clause with its own
//! subject, a name given as an example of a noun ("people like X"), the
//! object of "over", a name in apposition to a governed role, "state"
//! before a medium, a name in an aside after a role subject and the agents
//! of an opening participle ("Flanked by X, …", "Accompagnato da X, …") and
//! the object of a role subject's verb ("The president handed X a letter").

use crate::attribution::{some, who};

/// "Trump-era tariffs": a name glued to a modifier is no subject of its
/// sentence, so it does not speak the sentence's quote.
#[test]
fn a_name_glued_to_a_modifier_does_not_speak() {
    assert_ne!(
        who(
            "Maria Lopez met Tom Berg on Monday. Berg-era rules left the city “in ruins” for years."
        ),
        vec![some("Tom Berg")]
    );
}

/// "In a post on Truth Social, Trump questioned whether …": the subject
/// follows the opening phrase, however many words it holds; a longer
/// phrase is not passed over (its comma closes another clause).
#[test]
fn a_phrase_of_place_or_medium_opening_the_sentence_is_passed_over() {
    assert_eq!(
        who(
            "In a post on his own social network, Tom Berg questioned whether Maria Lopez \
             would “keep the promises she made to the voters.”"
        ),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(
            "Dans un long message publié sur son réseau social, Tom Berg a mis en doute la \
             volonté de Maria Lopez de « tenir ses promesses »."
        ),
        vec![some("Tom Berg")]
    );
}

/// "Sandwiched between warnings about Tom Berg and an appeal for unity,
/// Lopez paused": a name after "about" is spoken about, never the
/// sentence's subject a pronoun refers back to.
#[test]
fn a_name_after_about_is_no_subject() {
    assert_eq!(
        who(
            "Maria Lopez won the election on Monday. Sandwiched between warnings about Tom Berg \
             and an appeal for unity, Lopez paused to thank her voters.\n\n“It’s tough out \
             there,” she said."
        ),
        vec![some("Maria Lopez")]
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

/// "Y refuted these claims, but X stated that …": a reporting word after
/// "these" or "those" is a noun, not the sentence's reporting verb.
#[test]
fn a_reporting_word_after_these_is_a_noun() {
    assert_eq!(
        who(
            "Prime Minister Tom Walsh spoke on Monday. Lopez refuted these claims, but Walsh \
             stated that Lopez chose to “attack” the country."
        ),
        vec![some("Tom Walsh")]
    );
}

/// "X called it “…”, while Y labeled the attack “…”": a clause set against
/// an earlier quote's clause, opening with its own subject, is that
/// subject's; one opening with a verb is not.
#[test]
fn a_contrasting_clause_with_its_own_subject_speaks_for_itself() {
    assert_eq!(
        who(
            "Speaker Tom Walsh called it “a great heartbreak,” while Governor Maria Lopez \
             labeled the attack “disgusting and vile.”"
        ),
        vec![some("Tom Walsh"), some("Maria Lopez")]
    );
    assert_ne!(
        who(
            "Speaker Tom Walsh called it “a great heartbreak,” while calling Maria Lopez “a \
             true friend.”"
        )[1],
        some("Maria Lopez")
    );
}

/// "billionaires like X", "alguien como X": a name compared with the noun
/// before it is an example, not the sentence's subject, so a pronoun or a
/// dropped subject after it still stands for the person named before.
#[test]
fn a_name_given_as_an_example_is_no_subject() {
    assert_eq!(
        who(
            "Maria Lopez thanked her staff. Many people like Tom Berg had doubted her, and she \
             said: \"We proved them wrong.\""
        ),
        vec![some("Maria Lopez")]
    );
    assert_eq!(
        who(
            "El presidente Daniel Ortega recibió a Pablo Ruiz. «Su servicio ha sido \
             incomparable», ha subrayado el presidente, quien ha elogiado que alguien como \
             Ruiz se pusiera al servicio del país. «Es uno de los mejores hombres que he \
             conocido», ha afirmado."
        ),
        vec![some("Daniel Ortega"), some("Daniel Ortega")]
    );
}

/// "While X claimed …, Y insisted they had “…”": the reporting verb of a
/// subordinate clause opening the sentence sets the scene; the main
/// clause's subject speaks.
#[test]
fn a_verb_in_an_opening_subordinate_clause_is_not_the_quotes() {
    assert_eq!(
        who(
            "While Omar Haddad claimed the floods caused little damage, Governor Tom Berg \
             insisted they had “wrecked” the valley."
        ),
        vec![some("Tom Berg")]
    );
    assert_eq!(
        who(
            "Although Omar Haddad said the talks had failed, Tom Berg insisted there was \
             “real progress” on trade."
        ),
        vec![some("Tom Berg")]
    );
}

/// "Hours after his victory over Jan Holm, Tom Berg …": a name after
/// "over" (like "alongside", "beside", "toward", "unlike") is an object,
/// never the subject a later "he" refers back to.
#[test]
fn a_name_after_over_is_no_subject() {
    assert_eq!(
        who(
            "Hours after his narrow victory over Jan Holm, Tom Berg climbed onto a small \
             stage. He looked at the crowd and said, “The city is ours again.”"
        ),
        vec![some("Tom Berg")]
    );
}

/// "Aimed at the prime minister, Jan Holm, and his allies, Berg said …":
/// a name set off after a role that a preposition governs is that role's
/// apposition, an object too; the subject comes after the phrase.
#[test]
fn a_name_in_apposition_to_a_governed_role_is_no_subject() {
    assert_eq!(
        who(
            "In a sharp speech aimed at the prime minister, Jan Holm, and his allies, Tom Berg \
             said the vote had settled the matter. He called the campaign “a circus of lies” \
             from start to end."
        ),
        vec![some("Tom Berg")]
    );
}

/// "On Iranian state television, Haddad said …": "state" before a medium
/// is a noun's modifier, no reporting verb with no subject before it.
#[test]
fn state_before_a_medium_is_no_reporting_verb() {
    assert_eq!(
        who(
            "Foreign Minister Omar Haddad flew home on Thursday.\n\nOn Iranian state \
             television, Haddad said the rivals had “gained nothing” from the long fight."
        ),
        vec![some("Omar Haddad")]
    );
}

/// "The president, in a jab at his predecessor Jan Holm, who …, said":
/// a role opening the sentence before an aside is its subject; the name
/// in the aside neither speaks nor is the referent of a later "he".
#[test]
fn a_name_in_an_aside_after_a_role_subject_does_not_speak() {
    assert_eq!(
        who(
            "President Tom Berg took the oath of office on Monday.\n\nThe president, in a jab \
             at his predecessor Jan Holm, who sat a few feet away, said he had inherited a \
             state that “cannot manage even a simple storm” at home."
        ),
        vec![some("Tom Berg")]
    );
}

/// "Flanked by X and Y, Reyes addressed the crowd": the names after an
/// opening participle and its agent acted on the subject; a later "he"
/// is the subject, in any language.
#[test]
fn the_agents_of_an_opening_participle_are_no_subject() {
    assert_eq!(
        who(
            "Flanked by Jan Holmqvist and Anna Berglund, Marcus Reyes addressed the crowd. \
             “We have done what we promised,” he said."
        ),
        vec![some("Marcus Reyes")]
    );
    assert_eq!(
        who(
            "Acompañado por el ministro Pablo Ortega, Luis Herrera habló con la prensa. \
             «Hemos hecho lo que prometimos», añadió."
        ),
        vec![some("Luis Herrera")]
    );
}

/// "Applaudito calorosamente dalla destra, guidata da X, il leader del
/// partito, Rinaldi si è …": an adverb may stand before the agent, and the
/// phrase runs on through an aside on its last name and an apposition.
#[test]
fn an_opening_participle_phrase_runs_through_its_asides() {
    assert_eq!(
        who(
            "Applaudito calorosamente dalla destra parlamentare, guidata da Giulio Ferraresi, il \
             leader del partito che ha sostenuto la sua candidatura, Marco Rinaldi si è subito \
             dichiarato contro l'euro.\n«Il paese deve restare per i cittadini e non diventare \
             altro» ha sottolineato."
        ),
        vec![some("Marco Rinaldi")]
    );
}

/// "The Ukrainian president handed Trump a letter. He said …": a sentence
/// opening with a role and its verb has the role as its subject, the name
/// after the verb being its object; the pronoun refers to the role's
/// holder. With no verb between ("The deputy prime minister Jan Holm"),
/// the name is the subject.
#[test]
fn a_name_after_a_role_subjects_verb_is_its_object() {
    let visit = "Ukrainian President Pavel Lind met Prime Minister Tom Berg on Monday.\n\n";
    assert_eq!(
        who(&format!(
            "{visit}The Ukrainian president handed Berg a letter from his cabinet. He said it \
             was “a sign of friendship”."
        )),
        vec![some("Pavel Lind")]
    );
    assert_eq!(
        who(&format!(
            "{visit}The Ukrainian president thanked Berg for his patience. “We owe you a great \
             deal,” he added."
        )),
        vec![some("Pavel Lind")]
    );
    assert_eq!(
        who(&format!(
            "{visit}The prime minister Tom Berg took the floor after lunch. “We owe you a great \
             deal,” he added."
        )),
        vec![some("Tom Berg")]
    );
}
