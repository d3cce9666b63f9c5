//! Mentions that name a firm, not a person: many firms bear their
//! founders' names ("Morgan Stanley", "Goldman Sachs", "Louis Vuitton"),
//! which open with a given name and are the subjects of speech verbs
//! ("Morgan Stanley said in a note") as a person's are. What tells them
//! apart is what news writes around a firm only: its staff ("analysts at
//! …", "… economists"), its legal form ("…, Inc."), an apposition that
//! calls it a firm ("…, the French fashion house,", "…, which") or what
//! only a firm owns ("…'s shares fell", "…'s stores").
//!
//! Closed classes only, and only words no person's name takes: a person
//! has aides and advisers, never analysts, economists or shareholders.

use std::ops::Range;

use crate::text::fold::lower;
use crate::text::speech;
use crate::text::words::last_word;

/// Staff a firm employs and news quotes by the firm's name, before it
/// ("analysts at …", "gli analisti di …") or after it ("… strategists").
#[rustfmt::skip]
const STAFF: &[&str] = &[
    "analyst", "analysts", "economist", "economists", "strategist", "strategists",
    "analystes", "économistes", "stratèges",
    "analisti", "economisti",
    "analistas", "economistas", "estrategas",
    "analiștii", "economiștii",
];

/// People a firm serves or employs, joined to it by "at" ("shoppers at
/// …", "workers at …"): a person is no place one shops or works at.
#[rustfmt::skip]
const PATRONS: &[&str] = &[
    "shoppers", "customers", "diners", "patrons", "employees", "workers", "staffers",
];

/// Nouns only a firm's name modifies ("… shareholders", "… stores").
#[rustfmt::skip]
const FIRM_ONLY: &[&str] = &[
    "shareholders", "stockholders", "stores", "boutiques", "outlets", "showrooms",
];

/// Nouns that call the name after them a firm's ("the brand …", "fashion
/// house …", "la maison …", "il marchio …", "die Marke …").
#[rustfmt::skip]
const FIRM_NOUNS_BEFORE: &[&str] = &[
    "brand", "label", "company", "firm", "retailer", "manufacturer", "carmaker", "automaker",
    "conglomerate", "chain", "startup", "airline", "insurer", "lender",
    "marque", "maison", "enseigne", "marchio", "griffe", "marca", "marke", "modehaus",
    "modelabel", "marka", "бренд", "бренда", "марка", "марки", "brandul", "compania",
];

/// Articles and possessives that may open a relative clause's noun phrase
/// ("the company Ann Lee founded").
#[rustfmt::skip]
const ARTICLES: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "le", "la", "il", "lo", "el",
    "der", "die", "das", "den", "o",
];

/// Words before "house" that make it a firm ("fashion house …").
const HOUSE_KINDS: &[&str] = &["fashion", "auction", "publishing", "design", "couture"];

/// Prepositions that join staff to their firm ("analysts *at* …",
/// "economists *with* …", "analystes *chez* …", "analisti *di* …").
#[rustfmt::skip]
const STAFF_LINKS: &[&str] = &[
    "at", "with", "from", "chez", "de", "du", "di", "del", "della", "da", "do", "la", "de la",
];

/// Legal forms written after a firm's name, after a space or a comma
/// ("Ann Lee Inc.", "Ann Lee, Ltd").
#[rustfmt::skip]
const LEGAL_FORMS: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "LLP", "plc", "PLC", "GmbH", "AG",
    "S.A.", "SpA", "S.p.A.", "SRL", "S.R.L.", "& Co", "& Co.",
];

/// Nouns that head an apposition describing a firm ("Ann Lee, the French
/// fashion house,", "Ann Lee, a carmaker,"). A person's apposition ends on
/// a role ("the group's founder") or joins the firm by a preposition ("the
/// chief executive of the company"), which [`firm_apposition`] reads apart.
#[rustfmt::skip]
const FIRM_HEADS: &[&str] = &[
    "company", "firm", "brand", "label", "group", "retailer", "maker", "manufacturer", "chain",
    "conglomerate", "carmaker", "automaker", "bank", "lender", "insurer", "airline", "startup",
    "house", "giant", "producer", "supplier",
];

/// Prepositions that join a person's role to the firm in an apposition
/// ("the head *of* the company", "an analyst *at* the bank").
const ROLE_LINKS: &[&str] = &["of", "at", "for", "with", "from", "in", "to", "and"];

/// What a firm owns or has, after its name in the possessive ("Ann Lee's
/// shares fell", "Ann Lee's stores"): a person holds shares *in* a firm.
#[rustfmt::skip]
const POSSESSED: &[&str] = &[
    "shares", "products", "stores", "boutiques", "subsidiary", "subsidiaries", "headquarters",
    "CEO", "shareholders", "stockholders", "revenue", "revenues",
];

/// Whether an apposition after the name describes a firm: ", which" (a
/// person is "who"), or an article, at most three more words without a
/// preposition, and a noun of [`FIRM_HEADS`] that ends the apposition.
fn firm_apposition(after: &str) -> bool {
    let Some(apposition) = after.strip_prefix(", ") else {
        return false;
    };
    let clause = apposition
        .split([',', '.', ';', ':', '(', '\n'])
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.first() == Some(&"which") {
        return true;
    }
    matches!(words.first(), Some(&("the" | "a" | "an")))
        && (2..=5).contains(&words.len())
        && !words.iter().any(|w| ROLE_LINKS.contains(w))
        && words.last().is_some_and(|w| FIRM_HEADS.contains(w))
}

/// Whether the name is in the possessive before a noun of [`POSSESSED`]
/// ("Ann Lee's shares jumped"), not before "in" or "of" ("Ann Lee's
/// shares in the firm").
fn possesses_what_firms_do(after: &str) -> bool {
    let Some(rest) = ["’s ", "'s "].iter().find_map(|s| after.strip_prefix(s)) else {
        return false;
    };
    let mut words = rest.split(|c: char| c.is_whitespace() || c == ',' || c == '.');
    let noun = words.next().unwrap_or_default();
    POSSESSED.contains(&noun) && !matches!(words.next(), Some("in" | "of"))
}

/// Whether a firm's noun stands right before the name ("the brand Ann
/// Lee said", "by fashion house Ann Lee"). After an article the name must
/// end its clause or say something: "the company Ann Lee founded" is the
/// firm a person founded; a bare noun is a title ("luxury label Ann Lee").
fn firm_noun_before(before: &str, after: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let noun = last_word(before);
    let mut rest = before[..before.len() - noun.len()].trim_end();
    let firm = if noun == "house" {
        let kind = lower(last_word(rest));
        rest = rest[..rest.len() - kind.len()].trim_end();
        HOUSE_KINDS.contains(&kind.as_str())
    } else {
        FIRM_NOUNS_BEFORE.contains(&noun)
    };
    if !firm {
        return false;
    }
    let next = after.trim_start_matches(' ');
    let ends_clause = next.is_empty() || next.starts_with([',', '.', ';', ':', ')', '\n']);
    let next_word = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    let after_article = ARTICLES.contains(&lower(last_word(rest)).as_str());
    !after_article || ends_clause || speech::is_speech_verb(next_word)
}

/// Whether the mention at `name` is written as a firm's name: its staff
/// before or after it, a noun only a firm's name modifies after it, a
/// legal form after it, an apposition that describes a firm, or a thing
/// only a firm owns in its possessive.
pub(super) fn named_as_firm(text: &str, name: Range<usize>) -> bool {
    let (Some(before), Some(after)) = (text.get(..name.start), text.get(name.end..)) else {
        return false;
    };
    let next_word = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| c.is_whitespace() || c == ',').next())
        .unwrap_or_default();
    let staff_after = STAFF.contains(&next_word) || FIRM_ONLY.contains(&next_word);
    let legal_form = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(' '))
        .is_some_and(|a| {
            LEGAL_FORMS.iter().any(|form| {
                a.strip_prefix(form)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            })
        });
    // "analysts at Ann Lee's bank": the staff are the possessor's firm's.
    let possessive = after.starts_with(['\'', '’']);
    let staff_before = STAFF_LINKS.iter().any(|link| {
        before
            .strip_suffix(' ')
            .and_then(|b| b.strip_suffix(link))
            .and_then(|b| b.strip_suffix(' '))
            .is_some_and(|b| STAFF.contains(&lower(last_word(b)).as_str()))
    });
    let patrons_before = before
        .strip_suffix(" at ")
        .is_some_and(|b| PATRONS.contains(&lower(last_word(b)).as_str()));
    staff_after
        || legal_form
        || firm_noun_before(before, after)
        || (!possessive && (staff_before || patrons_before))
        || firm_apposition(after)
        || possesses_what_firms_do(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        named_as_firm(text, start..start + name.len())
    }

    #[test]
    fn a_firm_is_told_by_its_staff_or_its_legal_form() {
        assert!(at("said analysts at Carla Wendt on Monday", "Carla Wendt"));
        assert!(at("Analysts at Carla Wendt said", "Carla Wendt"));
        assert!(at("economists with Carla Wendt expect", "Carla Wendt"));
        assert!(at("Carla Wendt analysts said", "Carla Wendt"));
        assert!(at("Carla Wendt strategists wrote", "Carla Wendt"));
        assert!(at("Carla Wendt shareholders voted", "Carla Wendt"));
        assert!(at("shares of Carla Wendt, Inc. fell", "Carla Wendt"));
        assert!(at("Carla Wendt Ltd. said", "Carla Wendt"));
        assert!(at("selon les analystes de Carla Wendt", "Carla Wendt"));
        assert!(at("Carla Wendt stores closed", "Carla Wendt"));
        assert!(at("secondo gli analisti di Carla Wendt", "Carla Wendt"));
        // A person's own words, aides and acts.
        assert!(!at("said Carla Wendt on Monday", "Carla Wendt"));
        assert!(!at(
            "Carla Wendt, an analyst at the bank, said",
            "Carla Wendt"
        ));
        assert!(!at("aides to Carla Wendt said", "Carla Wendt"));
        assert!(!at("the analyst Carla Wendt said", "Carla Wendt"));
        assert!(!at("Carla Wendt included analysts", "Carla Wendt"));
        assert!(!at("Carla Wendt Incorporated", "Carla Wendt"));
        assert!(!at("analysts at Carla Wendt's bank said", "Carla Wendt"));
    }

    #[test]
    fn a_firm_is_told_by_those_who_shop_or_work_at_it() {
        assert!(at(
            "Shoppers at Carla Wendt said prices rose",
            "Carla Wendt"
        ));
        assert!(at("workers at Carla Wendt went on strike", "Carla Wendt"));
        assert!(!at(
            "workers at Carla Wendt's plant went on strike",
            "Carla Wendt"
        ));
        assert!(!at("shoppers looked at Carla Wendt", "Carla Wendt"));
        assert!(!at("fans of Carla Wendt cheered", "Carla Wendt"));
    }

    #[test]
    fn a_firm_is_told_by_an_apposition_or_what_it_owns() {
        assert!(at(
            "Carla Wendt, which is owned by a holding,",
            "Carla Wendt"
        ));
        assert!(at(
            "Carla Wendt, the French fashion house, said",
            "Carla Wendt"
        ));
        assert!(at("said Carla Wendt, a carmaker.", "Carla Wendt"));
        assert!(at("Carla Wendt's shares fell 3%", "Carla Wendt"));
        assert!(at("Carla Wendt’s stores will close", "Carla Wendt"));
        // A person's apposition, shares and acts.
        assert!(!at("Carla Wendt, who owns the firm, said", "Carla Wendt"));
        assert!(!at("Carla Wendt, the group's founder, said", "Carla Wendt"));
        assert!(!at(
            "Carla Wendt, the head of the company, said",
            "Carla Wendt"
        ));
        assert!(!at(
            "Carla Wendt, an analyst at the bank, said",
            "Carla Wendt"
        ));
        assert!(!at("Carla Wendt's shares in the firm", "Carla Wendt"));
        assert!(!at("Carla Wendt's aides said", "Carla Wendt"));
    }

    #[test]
    fn a_firm_is_told_by_the_noun_before_it() {
        assert!(at("The brand Carla Wendt said sales fell", "Carla Wendt"));
        assert!(at("a dress by fashion house Carla Wendt.", "Carla Wendt"));
        assert!(at("il marchio Carla Wendt, che", "Carla Wendt"));
        // The firm a person founded, and a house that is no firm.
        assert!(at("luxury label Carla Wendt opened a store", "Carla Wendt"));
        assert!(!at("the company Carla Wendt founded", "Carla Wendt"));
        assert!(!at("the house Carla Wendt bought, she said", "Carla Wendt"));
    }
}
