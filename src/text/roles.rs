//! Role nouns per language: the words that stand for a person the article
//! names elsewhere ("the chancellor", "der Kanzler", "канцлер", "il
//! pontefice"), and the one role each stands for across synonyms and
//! languages, so "the pontiff" finds the person named "Pope …".

use std::sync::LazyLock;

use crate::fast_hash::FastMap;
use crate::text::fold::with_lower;

mod bodies;
mod countries;
mod descriptions;
mod epithets;
mod former;
mod leanings;
pub use bodies::{body_after_role, titled_with_body};
pub use countries::{country_names, country_of};
pub use descriptions::{decade_of, is_description_noun, same_calling};
pub use epithets::{is_bare_epithet, is_epithet, is_epithet_adjective};
pub use former::{former_role, is_former};
pub use leanings::{is_leaning, party_of};

/// Role nouns (lower case), each with the role it stands for.
#[rustfmt::skip]
const ROLE_NOUNS: &[(&str, &[&str])] = &[
    ("president", &["president", "président", "présidente", "presidente", "presidenta",
        "präsident", "präsidenten", "präsidentin", "mandatario", "președintele", "presedintele",
        "președinte", "президент", "prezydent", "prezydenta",
        // Feminine titles, now usual in Ukrainian and Polish news.
        "президентка", "prezydentka", "președinta"]),
    // Second to a president: never the president ("the vice-president said").
    ("vice-president", &["vice-president", "vicepresident", "vice-président", "vice-présidente",
        "vicepresidente", "vicepresidenta", "vice-presidente", "vizepräsident",
        "vizepräsidentin", "vicepreședintele", "wiceprezydent", "вице-президент",
        "віце-президент"]),
    ("chancellor", &["chancellor", "kanzler", "bundeskanzler", "kanzlerin", "chancelier",
        "chancelière", "cancelliere", "cancelliera", "canciller", "chanceler", "cancelarul",
        "канцлер", "kanclerz", "канцлерка"]),
    ("prime", &["premier", "premierul", "премьер", "прем'єр", "прем’єр", "primeiro-ministro",
        "primeira-ministra", "prim-ministrul", "prim-ministru", "прем'єрка", "прем’єрка",
        "premierka",
        // A government's head, not a president, though the word ends so.
        "ministerpräsident", "ministerpräsidentin"]),
    // "Regierungschef", "Staatschef": who heads a government or a state,
    // whatever their title there (see `fills`).
    ("government", &["regierungschef", "regierungschefin"]),
    ("state", &["staatschef", "staatsoberhaupt"]),
    // "PM" is the prime minister's ("The PM also highlighted …"); a clock's
    // "6 pm" has no article before it, which English role nouns need.
    ("minister", &["minister", "ministre", "ministro", "ministra", "ministrul", "министр",
        "міністр", "міністерка", "pm", "ministru"]),
    // French calls a supreme leader a guide ("le guide suprême").
    ("leader", &["leader", "líder", "liderul", "лидер", "лідер", "lider", "dirigeant", "guide",
        "лідерка", "liderka"]),
    ("head", &["head", "chief", "chef", "cheffe", "capo", "jefe", "jefa", "chefe", "șeful", "глава",
        "голова", "szef", "oberhaupt", "очільник", "очільниця", "руководитель", "керівник",
        "керівниця"]),
    // Who sits in a seat of power, or rules a country, described without a
    // title ("l'inquilino della Casa Bianca", "le maître du Kremlin",
    // "господар Білого дому", "кремлівський диктатор"): a role only with
    // the country or seat that qualifies it (see `fills`' "country").
    ("occupant", &["inquilino", "inquilina", "locataire", "hôte", "maître", "padrone",
        "stăpânul", "gazda", "hostul", "хозяин", "господар", "господарь", "dittatore", "dictateur",
        "diktator", "dictador", "dictatorul", "диктатор", "dyktator", "tiranno", "tyran",
        // German news's word for an autocrat ("Russlands Machthaber").
        "machthaber", "machthaberin"]),
    // "his Russian counterpart X", "son homologue russe X": the holder of
    // the other country's office, whatever its title; a role only with
    // the country that qualifies it (see `fills`' "country").
    ("counterpart", &["counterpart", "homologue", "omologo", "omologa", "homólogo",
        "homóloga", "amtskollege", "amtskollegin", "omologul", "omoloaga", "odpowiednik"]),
    // Romanian "papă" is the noun without its article ("noul papă").
    ("pope", &["pope", "pontiff", "papst", "pape", "papa", "papă", "pontefice", "pontífice",
        "папа", "понтифик", "papież", "pontifex", "pontife", "pontif", "pontiful", "понтифік",
        "saint-père", "kirchenoberhaupt"]),
    ("king", &["king", "monarch", "könig", "roi", "rey", "regele", "король",
        "król"]),
    ("queen", &["queen", "königin", "reine", "regina", "reina", "rainha", "королева"]),
    ("spokesperson", &["spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin",
        "porte-parole", "portavoce", "portavoz", "porta-voz", "purtătorul", "пресс-секретарь",
        "речник", "rzecznik", "речниця", "rzeczniczka", "purtătoarea"]),
    ("candidate", &["candidate", "kandidat", "candidat", "candidato", "candidata", "candidatul",
        "кандидат", "kandydat", "кандидатка", "kandydatka"]),
    ("coach", &["coach", "manager", "trainer", "entraîneur", "technicien", "allenatore",
        "tecnico", "entrenador", "técnico", "treinador", "antrenorul", "тренер", "trener",
        "ct", "míster"]),
    // French writes a chief executive as "PDG" (président-directeur général).
    ("ceo", &["ceo", "pdg"]),
    ("cardinal", &["cardinal", "cardinale", "cardenal", "kardinal", "кардинал", "kardynał"]),
    // The head of an Orthodox church ("Ecumenical Patriarch X", "the
    // patriarch said").
    ("patriarch", &["patriarch", "patriarche", "patriarca", "patriarhul", "patriarcha",
        "патриарх", "патріарх"]),
    // A Shia cleric's title, which stands for the one titled so ("The
    // Ayatollah went further").
    ("ayatollah", &["ayatollah", "ayatolá", "ayatollá", "ajatollah", "ajatolah", "ayatollahul",
        "аятолла", "аятола"]),
    ("goalkeeper", &["goalkeeper", "goalie", "portiere", "portero", "guardameta", "arquero",
        "gardien", "guarda-redes", "goleiro", "torwart", "portarul", "вратарь", "воротар",
        "bramkarz"]),
    // A national side's coach is its selector in the Romance languages.
    ("coach", &["selecionador", "seleccionador", "sélectionneur", "selezionatore", "selecționerul",
        "selecţionerul", "bundestrainer"]),
    ("captain", &["captain", "skipper", "capitão", "capitán", "capitaine", "capitano", "căpitanul",
        "kapitän", "kapitan", "капитан", "капітан"]),
    ("player", &["player", "jogador", "jugador", "joueur", "giocatore", "jucătorul", "spieler",
        "игрок", "гравець", "zawodnik", "piłkarz", "futbolista", "calciatore", "fotbalistul"]),
    ("forward", &["striker", "forward", "avançado", "atacante", "delantero", "attaquant",
        "attaccante", "atacantul", "stürmer", "нападающий", "нападник", "napastnik"]),
    ("mayor", &["mayor", "maire", "alcalde", "alcaldesa", "sindaco", "sindaca", "prefeita", "bürgermeister",
        "oberbürgermeister", "primarul", "prefeito", "мэр", "мер", "burmistrz"]),
    // A state's or region's governor ("the governor wrote on X", "el gobernador").
    ("governor", &["governor", "gouverneur", "gouverneure", "gobernador", "gobernadora",
        "governatore", "governatrice", "governador", "governadora", "guvernatorul",
        "губернатор", "gubernator"]),
    // Diplomats and advisers ("Special Envoy X … the envoy said", "the
    // Kremlin aide", "l'ambassadeur"), and a case's prosecutor.
    ("envoy", &["envoy", "émissaire", "envoyé", "envoyée", "inviato", "inviata", "enviado",
        "enviada", "emisarul", "trimisul", "посланник", "спецпосланник", "посланець",
        "спецпосланець", "wysłannik", "emisariusz"]),
    ("ambassador", &["ambassador", "ambassadeur", "ambassadrice", "ambasciatore",
        "ambasciatrice", "embajador", "embajadora", "embaixador", "embaixadora", "ambasadorul",
        "посол", "ambasador"]),
    ("adviser", &["adviser", "advisor", "aide", "conseiller", "conseillère", "consigliere",
        "asesor", "asesora", "consilierul", "советник", "радник", "doradca"]),
    ("prosecutor", &["prosecutor", "procureur", "procuratore", "procurador", "procuradora",
        "procurorul", "прокурор", "prokurator"]),
    // A cabinet secretary ("Treasury Secretary X … the secretary said"), a
    // party's secretary ("la segretaria del Pd"), a secretary-general.
    ("secretary", &["secretary", "secrétaire", "segretario", "segretaria", "secretario",
        "secretaria", "secretário", "secretária", "secretarul", "sekretarz", "секретарь",
        "секретар", "генсек", "генсекретарь", "генсекретар", "госсекретарь", "держсекретар",
        "secretário-geral", "secretária-geral", "secretario-general", "secretaria-general"]),
    ("senator", &["senator", "sénateur", "sénatrice", "senatore", "senatrice", "senador",
        "senadora", "senatorul", "сенатор", "senatorin"]),
    ("judge", &["judge", "richter", "juge", "giudice", "juez", "jueza", "juiz", "juíza", "judecătorul", "судья",
        "суддя", "sędzia"]),
];

/// Role nouns in an oblique case, which title a name ("канцлером Німеччини
/// Фрідріхом Мерцом", "cancelarului Friedrich Merz") but never stand as
/// the subject of a reporting verb.
#[rustfmt::skip]
const OBLIQUE_ROLE_NOUNS: &[(&str, &[&str])] = &[
    ("president", &["президента", "президенту", "президентом", "президентові",
        "președintelui", "presedintelui", "prezydentem", "prezydentowi", "президентки",
        "президенткою", "prezydentki"]),
    ("chancellor", &["kanzlers", "канцлера", "канцлеру", "канцлером", "канцлерові",
        "cancelarului", "kanclerza", "kanclerzem"]),
    ("prime", &["премьера", "премьером", "прем'єра", "прем'єром", "прем’єра", "прем’єром",
        "premierului", "premierem", "ministerpräsidenten"]),
    ("minister", &["министра", "министром", "міністра", "міністром", "ministrului",
        "ministrem", "міністерки", "міністеркою"]),
    ("coach", &["тренера", "тренером", "antrenorului", "selecționerului", "trenera",
        "trenerem"]),
    ("pope", &["папы", "папи", "папой", "папою", "papei", "papieża", "papieżem", "papstes",
        "pontifului", "понтифика", "понтифіка"]),
    ("spokesperson", &["пресс-секретаря", "речника", "purtătorului", "rzecznika", "речниці",
        "речницею", "purtătoarei", "rzeczniczki"]),
    ("head", &["главы", "глави", "голови", "очільника", "руководителя", "керівника", "șefului", "szefa"]),
    ("leader", &["лидера", "лідера", "liderului", "lidera"]),
    ("mayor", &["primarului", "мэра", "мера", "burmistrza"]),
    ("governor", &["губернатора", "губернатором", "guvernatorului", "gubernatora"]),
];

/// An executive, which a head of government heads, or a president where
/// none is ("le chef de l'exécutif américain").
const EXECUTIVE: &[&str] = &[
    "executive",
    "exécutif",
    "ejecutivo",
    "esecutivo",
    "executivo",
    "executivului",
];

/// Words that make a "head" or "president" the head of a government ("chef
/// du gouvernement", "presidente del Consiglio", "глава уряду") or of a state
/// ("head of state", "chef de l'État", "capo dello Stato").
#[rustfmt::skip]
const HEADED: &[(&str, &[&str])] = &[
    ("government", &["government", "gouvernement", "governo", "gobierno", "guvernului",
        "regierung", "уряду", "правительства", "rządu", "consiglio", "кабміну", "кабмина"]),
    ("government", EXECUTIVE),
    ("state", &["state", "état", "etat", "stato", "estado", "statului", "staates", "держави",
        "государства", "państwa"]),
    // The head of the Catholic Church is its pope ("le chef de l'Église
    // catholique", "глава Католической церкви"); where the adjective comes
    // first, it is the word read.
    ("church", &["church", "église", "chiesa", "iglesia", "igreja", "bisericii", "kirche",
        "церкви", "kościoła", "catholic", "katholischen", "католической", "католицької",
        // Its members ("the leader of the world's Catholics").
        "catholics", "katholiken", "catholiques", "cattolici", "católicos", "catolicilor",
        "католиков", "католиків", "katolików",
        // The see it is governed from ("глава Ватикана", "șeful Vaticanului").
        "vatican", "vaticano", "vaticanului", "vatikans", "watykanu", "ватикана", "ватикану"]),
    // A ministry's head is its minister, or the American secretary ("глава
    // МВС", "le chef de la diplomatie", "the head of the State Department").
    ("ministry", &["ministry", "ministère", "ministero", "ministerio", "ministério",
        "ministerului", "ministeriums", "министерства", "міністерства", "ministerstwa", "мвс",
        "мвд", "мид", "мзс", "msz", "mswia", "госдепа", "держдепу", "diplomatie", "diplomazia",
        "diplomacia", "diplomației", "дипломатии", "дипломатії", "dyplomacji"]),
];

static ROLE_OF: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    ROLE_NOUNS
        .iter()
        .flat_map(|&(role, nouns)| nouns.iter().map(move |&n| (n, role)))
        .collect()
});

static OBLIQUE_ROLE_OF: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    OBLIQUE_ROLE_NOUNS
        .iter()
        .flat_map(|&(role, nouns)| nouns.iter().map(move |&n| (n, role)))
        .collect()
});

/// The English role nouns: English qualifies a role before the noun ("the
/// German chancellor"), where Romance languages qualify it after ("il
/// cancelliere tedesco").
#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "president", "chancellor", "premier", "minister", "leader", "head", "chief", "pope",
    "pontiff", "king", "monarch", "queen", "spokesman", "spokeswoman", "spokesperson",
    "candidate", "coach", "manager", "judge", "ceo", "cardinal", "goalkeeper", "goalie",
    "governor", "senator", "secretary", "envoy", "ambassador", "adviser", "advisor", "aide",
    "prosecutor", "patriarch", "pm",
];

/// Whether `word` is an English role noun.
pub fn is_english_role(word: &str) -> bool {
    with_lower(word, |w| ENGLISH.contains(&w))
}

/// The role a noun stands for ("pontiff" → "pope", "Kanzler" → "chancellor",
/// "Kremlchef" → "head"), or `None` for a word that is no role noun.
pub fn role_of(word: &str) -> Option<&'static str> {
    with_lower(word, |w| ROLE_OF.get(w).copied()).or_else(|| german_compound_role(word))
}

/// The German role nouns that end a compound title ("Kreml*chef*",
/// "Regierungs*sprecher*", "Außen*ministerin*"), each with its role. German
/// writes a role and what it governs as one word where other languages put
/// the body before or after the noun ("Kremlin chief", "chef du Kremlin").
#[rustfmt::skip]
const GERMAN_ROLE_ENDINGS: &[(&str, &str)] = &[
    ("präsident", "president"), ("präsidentin", "president"), ("kanzler", "chancellor"),
    ("kanzlerin", "chancellor"), ("minister", "minister"), ("ministerin", "minister"),
    ("sprecher", "spokesperson"), ("sprecherin", "spokesperson"), ("chef", "head"),
    ("chefin", "head"), ("trainer", "coach"), ("trainerin", "coach"),
    ("kandidat", "candidate"), ("kandidatin", "candidate"), ("bürgermeister", "mayor"),
    ("bürgermeisterin", "mayor"), ("führer", "leader"), ("führerin", "leader"),
    ("berater", "adviser"), ("beraterin", "adviser"), ("sekretär", "secretary"),
    ("sekretärin", "secretary"), ("botschafter", "ambassador"), ("botschafterin", "ambassador"),
    ("gesandter", "envoy"), ("gesandte", "envoy"),
];

/// The role of a German compound title: a capitalised noun ending in one of
/// the [`GERMAN_ROLE_ENDINGS`] after a stem of three letters or more
/// ("Kremlchef", "Regierungssprecher"), or after a hyphen ("US-Präsident",
/// "Nato-Generalsekretär"). A former holder ("Ex-Kanzler", "Altkanzlerin")
/// holds no role: see [`is_german_compound_title`].
pub fn german_compound_role(word: &str) -> Option<&'static str> {
    german_compound(word).and_then(|(role, former)| (!former).then_some(role))
}

/// Whether `word` is a German compound title, a former holder's too
/// ("Ex-Kanzler Olaf Scholz"): it titles the name after it.
pub fn is_german_compound_title(word: &str) -> bool {
    german_compound(word).is_some()
}

/// A German compound title's role, and whether it names a former holder.
/// German capitalises every noun, so words that open in lower case (nearly
/// all words) are answered by one byte test.
fn german_compound(word: &str) -> Option<(&'static str, bool)> {
    let first = *word.as_bytes().first()?;
    if first.is_ascii_lowercase() || word.len() < 6 || !word.chars().next()?.is_uppercase() {
        return None;
    }
    // Every ending closes in one of these pairs of bytes ("…nt", "…in",
    // "…er", "…ef", "…at", "…är", "…te"): most words leave here.
    let tail_bytes = word.as_bytes().get(word.len() - 2..)?;
    if !matches!(
        tail_bytes,
        b"nt" | b"in" | b"er" | b"ef" | b"at" | [0xA4, b'r'] | b"te"
    ) {
        return None;
    }
    let (prefix, tail) = match word.rsplit_once('-') {
        Some((prefix, tail)) => (Some(prefix), tail),
        None => (None, word),
    };
    let ending_of = |tail: &str| {
        GERMAN_ROLE_ENDINGS.iter().find_map(|&(ending, role)| {
            let stem = tail.strip_suffix(ending)?;
            let former = match prefix {
                Some(prefix) => prefix.eq_ignore_ascii_case("ex"),
                None => ["alt", "ex"].iter().any(|f| {
                    stem.get(..f.len())
                        .is_some_and(|s| s.eq_ignore_ascii_case(f))
                }),
            };
            (prefix.is_some() || stem.chars().count() >= 3).then_some((role, former))
        })
    };
    match prefix {
        // After a hyphen the role noun keeps its capital ("US-Präsident").
        Some(_) => with_lower(tail, ending_of),
        // Inside one word it is written in lower case ("Kremlchef").
        None => ending_of(word),
    }
}

/// The role a noun names in any case: also the oblique forms that title a
/// name ("канцлером", "cancelarului"), which [`role_of`] leaves out.
pub fn role_of_any_case(word: &str) -> Option<&'static str> {
    role_of(word)
        .or_else(|| with_lower(word, |w| OBLIQUE_ROLE_OF.get(w).copied()))
        .or_else(|| german_oblique_compound_role(word))
}

/// A German compound title in an oblique case, which titles a name after
/// "des", "dem" or "den": a weak noun's "-en" or "-n" ("des
/// Ministerpräsidenten", "dem Gesandten") or a strong noun's genitive "-s"
/// ("des Bundeskanzlers", "des Kremlchefs").
fn german_oblique_compound_role(word: &str) -> Option<&'static str> {
    ["en", "n", "s"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending).and_then(german_compound_role))
}

/// The stem a German compound title qualifies its role with, as written:
/// "US" in "US-Präsident", "Kreml" in "Kremlchef".
pub fn compound_stem(word: &str) -> Option<&str> {
    german_compound_role(word)?;
    if let Some((prefix, _)) = word.rsplit_once('-') {
        return Some(prefix);
    }
    // The ending is written in lower case inside the compound.
    let ending = GERMAN_ROLE_ENDINGS
        .iter()
        .map(|&(ending, _)| ending)
        .filter(|ending| word.ends_with(ending))
        .max_by_key(|ending| ending.len())?;
    word.get(..word.len() - ending.len())
}

/// Two-word role nouns that stand for a pope: (first word, noun). The
/// "supreme pontiff" of the Romance languages is one of them.
#[rustfmt::skip]
const HOLY_FATHER: &[(&str, &str)] = &[
    ("holy", "father"), ("santo", "padre"), ("saint", "père"), ("heilige", "vater"),
    ("heiliger", "vater"), ("sfântul", "părinte"), ("святой", "отец"), ("святейший", "отец"),
    ("святіший", "отець"), ("ojciec", "święty"), ("souverain", "pontife"),
    ("sommo", "pontefice"), ("sumo", "pontífice"), ("suveranul", "pontif"),
];

/// Two-word honorifics of a church's head, "His Holiness" (first word,
/// noun): a pope or a patriarch is styled so, and the style stands for
/// the one the article titles with either (see [`fills`]).
#[rustfmt::skip]
const HIS_HOLINESS: &[(&str, &str)] = &[
    ("his", "holiness"), ("sua", "santità"), ("sa", "sainteté"), ("su", "santidad"),
    ("seine", "heiligkeit"), ("sua", "santidade"), ("jego", "świątobliwość"),
    ("его", "святейшество"),
];

/// Two-word role nouns for a head of state's spouse: (first word, noun).
#[rustfmt::skip]
const FIRST_LADY: &[(&str, &str)] = &[
    ("first", "lady"), ("primera", "dama"), ("première", "dame"), ("primeira", "dama"),
    ("prima", "doamnă"), ("pierwsza", "dama"), ("первая", "леди"), ("перша", "леді"),
];

/// The role of a two-word noun ("the Holy Father", "il Santo Padre", "the
/// first lady"), read at its second word.
pub fn role_of_pair(first: &str, second: &str) -> Option<&'static str> {
    // Read for most words near a quote: the noun is checked first, and
    // neither word is copied when already lower case.
    let listed = |pairs: &[(&str, &str)]| {
        with_lower(second, |noun| {
            pairs
                .iter()
                .any(|&(a, b)| b == noun && with_lower(first, |w| w == a))
        })
    };
    if listed(HOLY_FATHER) {
        Some("pope")
    } else if listed(HIS_HOLINESS) {
        Some("holiness")
    } else if listed(FIRST_LADY) {
        Some("first-lady")
    } else {
        None
    }
}

/// What a "head" or "president" heads when `word` follows it (after "of",
/// "de", "del"…): "government" or "state", else `None`.
pub fn headed_by(word: &str) -> Option<&'static str> {
    with_lower(word, |w| {
        HEADED
            .iter()
            .find(|(_, words)| words.contains(&w))
            .map(|(role, _)| *role)
    })
}

/// Whether `word` is an executive (any case): see [`headed_by`].
pub fn is_executive(word: &str) -> bool {
    with_lower(word, |w| EXECUTIVE.contains(&w))
}

/// Whether a person holding `held` fills the role `asked` for: the same
/// role, or the head of a government (a prime minister or chancellor) or
/// of a state (a president or monarch) asked for by that description, or
/// for "country", whoever leads one ("le dirigeant allemand", "the
/// Kremlin chief": see the attribution's role nouns).
pub fn fills(held: &str, asked: &str) -> bool {
    let heads = |head: &str, role: &str| match head {
        "government" => matches!(role, "prime" | "chancellor"),
        "state" => matches!(role, "president" | "king" | "queen"),
        "country" => matches!(
            role,
            "president"
                | "king"
                | "queen"
                | "prime"
                | "chancellor"
                | "head"
                | "leader"
                | "counterpart"
        ),
        "church" => role == "pope",
        "holiness" => matches!(role, "pope" | "patriarch"),
        "ministry" => matches!(role, "minister" | "secretary"),
        _ => false,
    };
    // A prime minister is a minister too ("the PM").
    let minister = held == "prime" && asked == "minister";
    held == asked || minister || heads(asked, held) || heads(held, asked)
}

/// Roles of a team's people. A report on one player or coach calls them
/// "the captain" or "o avançado" without ever writing the role before
/// their name, so such a role with no named holder is read like a pronoun.
pub fn stands_for_the_subject(role: &str) -> bool {
    matches!(
        role,
        "captain" | "player" | "forward" | "coach" | "goalkeeper"
    )
}

/// Whether a role noun carries its definite article as a suffix
/// (Romanian "antrenorul", "căpitanul"), so it needs no article word.
pub fn carries_article(word: &str) -> bool {
    role_of(word).is_some() && with_lower(word, |w| w.ends_with("ul") || w.ends_with("le"))
}

#[cfg(test)]
#[path = "roles_tests.rs"]
mod tests;
