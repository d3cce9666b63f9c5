//! The countries a role is qualified by, in the nine languages: adjectives,
//! countries named as a role governs them, and seats of power.

use std::sync::LazyLock;

use crate::fast_hash::FastMap;

/// Country qualifiers of a role, folded ("us" for "U.S."), each with the
/// one spelling they compare as: two different countries name two
/// different people ("the U.S. president" is not "Russian President
/// Vladimir Putin"), where a club or party may be the same person's
/// ("Liverpool manager", "the German manager").
#[rustfmt::skip]
const COUNTRIES: &[(&str, &str)] = &[
    ("us", "us"), ("usa", "us"), ("american", "us"), ("russian", "russia"), ("russia", "russia"),
    ("ukrainian", "ukraine"), ("ukraine", "ukraine"), ("german", "germany"),
    ("germany", "germany"), ("french", "france"), ("france", "france"), ("british", "uk"),
    ("uk", "uk"), ("britain", "uk"), ("chinese", "china"), ("china", "china"),
    ("italian", "italy"), ("spanish", "spain"), ("polish", "poland"), ("romanian", "romania"),
    ("portuguese", "portugal"), ("israeli", "israel"), ("iranian", "iran"), ("indian", "india"),
    ("japanese", "japan"), ("turkish", "turkey"), ("canadian", "canada"), ("mexican", "mexico"),
    ("brazilian", "brazil"), ("argentine", "argentina"), ("australian", "australia"),
    ("dutch", "netherlands"), ("belgian", "belgium"), ("hungarian", "hungary"),
    ("belarusian", "belarus"), ("finnish", "finland"), ("swedish", "sweden"),
    ("norwegian", "norway"), ("danish", "denmark"), ("austrian", "austria"),
    ("swiss", "switzerland"), ("greek", "greece"), ("irish", "ireland"), ("korean", "korea"),
    ("saudi", "saudi"), ("egyptian", "egypt"), ("syrian", "syria"),
    ("palestinian", "palestine"), ("venezuelan", "venezuela"), ("czech", "czechia"),
    ("slovak", "slovakia"), ("georgian", "georgia"), ("moldovan", "moldova"),
    // The other languages: adjectives in their common forms, the country
    // in the genitive where a Slavic role governs it ("президент США"),
    // and the seats that stand for a government ("chef du Kremlin").
    ("américain", "us"), ("américaine", "us"), ("americano", "us"), ("americana", "us"),
    ("statunitense", "us"), ("estadounidense", "us"), ("norteamericano", "us"),
    ("norteamericana", "us"), ("amerikanische", "us"), ("amerikanischen", "us"),
    ("amerikanischer", "us"), ("sua", "us"), ("сша", "us"), ("американский", "us"),
    ("американского", "us"), ("американський", "us"), ("американського", "us"),
    ("étatsunis", "us"), ("maisonblanche", "us"),
    ("russe", "russia"), ("russo", "russia"), ("russa", "russia"), ("ruso", "russia"),
    ("rusa", "russia"), ("rus", "russia"), ("russische", "russia"), ("russischen", "russia"),
    ("russischer", "russia"), ("россии", "russia"), ("российский", "russia"),
    ("российского", "russia"), ("рф", "russia"), ("росії", "russia"), ("російський", "russia"),
    ("російського", "russia"), ("kremlin", "russia"), ("cremlino", "russia"),
    ("kreml", "russia"), ("kremlinului", "russia"), ("кремля", "russia"),
    ("кремлевский", "russia"), ("кремлёвский", "russia"), ("кремлівський", "russia"),
    ("kremlowski", "russia"), ("rusă", "russia"), ("российской", "russia"),
    // Seats of power named in two words, folded together ("della Casa
    // Bianca", "Белого дома", "de la Casa Albă").
    ("whitehouse", "us"), ("casabianca", "us"), ("casablanca", "us"), ("casaalbă", "us"),
    ("casaalba", "us"), ("белогодома", "us"), ("білогодому", "us"), ("weißenhauses", "us"),
    ("weißenhaus", "us"), ("białegodomu", "us"), ("downingstreet", "uk"),
    ("ukrainien", "ukraine"), ("ukrainienne", "ukraine"), ("ucraino", "ukraine"),
    ("ucraina", "ukraine"), ("ucraniano", "ukraine"), ("ucraniana", "ukraine"),
    ("ukrainische", "ukraine"), ("ukrainischen", "ukraine"), ("ukrainischer", "ukraine"),
    ("ucrainean", "ukraine"), ("украины", "ukraine"), ("украинский", "ukraine"),
    ("україни", "ukraine"), ("український", "ukraine"), ("українського", "ukraine"),
    ("allemand", "germany"), ("allemande", "germany"), ("tedesco", "germany"),
    ("tedesca", "germany"), ("alemán", "germany"), ("alemana", "germany"),
    ("alemão", "germany"), ("alemã", "germany"), ("deutsche", "germany"),
    ("deutschen", "germany"), ("deutscher", "germany"),
    ("germane", "germany"), ("германии", "germany"), ("немецкий", "germany"),
    ("німеччини", "germany"), ("німецький", "germany"),
    ("français", "france"), ("française", "france"), ("francese", "france"),
    ("francés", "france"), ("francesa", "france"), ("francês", "france"),
    ("französische", "france"), ("französischen", "france"), ("francez", "france"),
    ("франции", "france"), ("французский", "france"), ("франції", "france"),
    ("французький", "france"), ("élysée", "france"), ("eliseo", "france"),
    // Countries named, as a role's body governs them ("Russlands Präsident",
    // "le président de la Russie", "președintele Rusiei", "EE.UU.").
    ("russland", "russia"), ("russlands", "russia"), ("russie", "russia"), ("rusia", "russia"),
    ("rusiei", "russia"), ("amerikas", "us"), ("eeuu", "us"), ("ukraines", "ukraine"),
    ("ucrainei", "ukraine"), ("deutschland", "germany"), ("deutschlands", "germany"),
    ("allemagne", "germany"), ("germaniei", "germany"), ("frankreich", "france"),
    ("frankreichs", "france"), ("franței", "france"), ("frantei", "france"),
];

static COUNTRY_OF: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| COUNTRIES.iter().copied().collect());

/// The country a folded qualifier names ("american" → "us"), if it names
/// one. Asked for the words around every role noun: one look-up, not a scan
/// of the nine languages' table.
pub fn country_of(folded: &str) -> Option<&'static str> {
    COUNTRY_OF.get(folded).copied()
}
