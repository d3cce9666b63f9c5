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
    ("us", "us"), ("usa", "us"), ("american", "us"), ("russian", "russia"),
    ("ukrainian", "ukraine"), ("german", "germany"), ("french", "france"), ("british", "uk"),
    ("uk", "uk"), ("britain", "uk"), ("chinese", "china"),
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
    ("estonian", "estonia"), ("latvian", "latvia"), ("lithuanian", "lithuania"),
    ("serbian", "serbia"), ("croatian", "croatia"), ("bulgarian", "bulgaria"),
    ("slovenian", "slovenia"), ("albanian", "albania"), ("bosnian", "bosnia"),
    ("armenian", "armenia"), ("azerbaijani", "azerbaijan"), ("kazakh", "kazakhstan"),
    ("icelandic", "iceland"), ("cypriot", "cyprus"), ("pakistani", "pakistan"),
    ("afghan", "afghanistan"), ("iraqi", "iraq"), ("lebanese", "lebanon"),
    ("jordanian", "jordan"), ("qatari", "qatar"), ("emirati", "uae"), ("kuwaiti", "kuwait"),
    ("yemeni", "yemen"), ("libyan", "libya"), ("tunisian", "tunisia"),
    ("algerian", "algeria"), ("moroccan", "morocco"), ("nigerian", "nigeria"),
    ("kenyan", "kenya"), ("ethiopian", "ethiopia"), ("sudanese", "sudan"),
    ("southafrican", "southafrica"), ("southafrica", "southafrica"), ("indonesian", "indonesia"), ("malaysian", "malaysia"),
    ("filipino", "philippines"), ("vietnamese", "vietnam"), ("thai", "thailand"),
    ("taiwanese", "taiwan"), ("chilean", "chile"), ("colombian", "colombia"),
    ("peruvian", "peru"), ("cuban", "cuba"), ("newzealand", "newzealand"),
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
    ("russischer", "russia"), ("российский", "russia"), ("российского", "russia"),
    ("рф", "russia"), ("російський", "russia"),
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
    ("ucraniano", "ukraine"), ("ucraniana", "ukraine"), ("ukrainische", "ukraine"),
    ("ukrainischen", "ukraine"), ("ukrainischer", "ukraine"), ("ucrainean", "ukraine"),
    ("украинский", "ukraine"), ("український", "ukraine"), ("українського", "ukraine"),
    ("allemand", "germany"), ("allemande", "germany"), ("tedesco", "germany"),
    ("tedesca", "germany"), ("alemán", "germany"), ("alemana", "germany"),
    ("alemão", "germany"), ("alemã", "germany"), ("deutsche", "germany"),
    ("deutschen", "germany"), ("deutscher", "germany"), ("germane", "germany"),
    ("немецкий", "germany"), ("німецький", "germany"),
    ("français", "france"), ("française", "france"), ("francese", "france"),
    ("francés", "france"), ("francesa", "france"), ("francês", "france"),
    ("französische", "france"), ("französischen", "france"), ("francez", "france"),
    ("французский", "france"), ("французький", "france"), ("élysée", "france"),
    ("eliseo", "france"),
    ("chinois", "china"), ("chinoise", "china"), ("cinese", "china"), ("chino", "china"),
    ("chinês", "china"), ("chinesa", "china"), ("chinesische", "china"),
    ("chinesischen", "china"), ("chinesischer", "china"), ("chinez", "china"),
    ("chineză", "china"), ("chiński", "china"), ("chińskiego", "china"),
    ("китайский", "china"), ("китайского", "china"), ("китайський", "china"),
    ("китайського", "china"),
    ("espagnol", "spain"), ("espagnole", "spain"), ("spagnolo", "spain"), ("spagnola", "spain"),
    ("español", "spain"), ("española", "spain"), ("espanhol", "spain"), ("espanhola", "spain"),
    ("spanische", "spain"), ("spanischen", "spain"), ("spanischer", "spain"),
    ("spaniol", "spain"), ("hiszpański", "spain"), ("hiszpańskiego", "spain"),
    ("испанский", "spain"), ("іспанський", "spain"),
    ("italienne", "italy"), ("italiano", "italy"), ("italiana", "italy"),
    ("italienische", "italy"), ("italienischen", "italy"), ("italienischer", "italy"),
    ("włoski", "italy"), ("włoskiego", "italy"), ("итальянский", "italy"),
    ("італійський", "italy"),
    ("polonais", "poland"), ("polonaise", "poland"), ("polacco", "poland"),
    ("polacca", "poland"), ("polaco", "poland"), ("polaca", "poland"), ("polonês", "poland"),
    ("polonesa", "poland"), ("polnische", "poland"), ("polnischen", "poland"),
    ("polnischer", "poland"), ("polonez", "poland"), ("polskiego", "poland"),
    ("польский", "poland"), ("польський", "poland"),
    ("roumain", "romania"), ("roumaine", "romania"), ("rumeno", "romania"),
    ("rumena", "romania"), ("rumano", "romania"), ("rumana", "romania"),
    ("romeno", "romania"), ("romena", "romania"), ("rumänische", "romania"),
    ("rumänischen", "romania"), ("rumänischer", "romania"), ("român", "romania"),
    ("rumuński", "romania"), ("rumuńskiego", "romania"), ("румынский", "romania"),
    ("румунський", "romania"),
    ("portugais", "portugal"), ("portugaise", "portugal"), ("portoghese", "portugal"),
    ("portugués", "portugal"), ("portuguesa", "portugal"), ("português", "portugal"),
    ("portugiesische", "portugal"), ("portugiesischen", "portugal"),
    ("portughez", "portugal"), ("portugalski", "portugal"),
    // North and South alike, as "korean" above.
    ("coréen", "korea"), ("coréenne", "korea"), ("nordcoréen", "korea"),
    ("nordcoréenne", "korea"), ("sudcoréen", "korea"), ("sudcoréenne", "korea"),
    ("coreano", "korea"), ("coreana", "korea"), ("nordcoreano", "korea"),
    ("norcoreano", "korea"), ("surcoreano", "korea"), ("sudcoreano", "korea"),
    ("nordkoreanische", "korea"), ("nordkoreanischen", "korea"),
    ("südkoreanische", "korea"), ("südkoreanischen", "korea"), ("northkorean", "korea"),
    ("southkorean", "korea"),
    // South African in the other languages ("sud-africain", "sul-africano"
    // fold without their hyphen): without them a South African president
    // fitted "le président américain" as one named for no country.
    ("sudafricain", "southafrica"), ("sudafricaine", "southafrica"),
    ("sudafricano", "southafrica"), ("sudafricana", "southafrica"),
    ("sulafricano", "southafrica"), ("sulafricana", "southafrica"),
    ("südafrikanische", "southafrica"), ("südafrikanischen", "southafrica"),
    ("südafrikanischer", "southafrica"), ("sudafrican", "southafrica"),
    ("południowoafrykański", "southafrica"), ("południowoafrykańskiego", "southafrica"),
    ("южноафриканский", "southafrica"), ("южноафриканского", "southafrica"),
    ("південноафриканський", "southafrica"), ("південноафриканського", "southafrica"),
    ("britannique", "uk"), ("britannico", "uk"), ("británico", "uk"), ("britânico", "uk"),
    ("britische", "uk"), ("britischen", "uk"), ("britischer", "uk"), ("britanic", "uk"),
    ("brytyjski", "uk"),
];

/// Countries named, in the nine languages and the cases a role's body or a
/// preposition puts them in ("Russlands Präsident", "le président de la
/// Russie", "președintele Rusiei", "przywódca Rosji", "in Ucraina"). Unlike
/// the adjectives above ("Russo", "Tedesco", "Alemán" are surnames too),
/// none of them writes a person's name, so a name never starts or ends
/// with one.
#[rustfmt::skip]
const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("russia", "russia"), ("russland", "russia"), ("russlands", "russia"), ("russie", "russia"),
    ("rusia", "russia"), ("rusiei", "russia"), ("rússia", "russia"), ("rosja", "russia"),
    ("rosji", "russia"), ("россия", "russia"), ("россии", "russia"), ("росія", "russia"),
    ("росії", "russia"),
    ("ukraine", "ukraine"), ("ukraines", "ukraine"), ("ucraina", "ukraine"),
    ("ucrainei", "ukraine"), ("ucrania", "ukraine"), ("ucrânia", "ukraine"),
    ("ukraina", "ukraine"), ("ukrainy", "ukraine"), ("украина", "ukraine"),
    ("украины", "ukraine"), ("україна", "ukraine"), ("україни", "ukraine"),
    ("germany", "germany"), ("deutschland", "germany"), ("deutschlands", "germany"),
    ("allemagne", "germany"), ("germania", "germany"), ("germaniei", "germany"),
    ("alemania", "germany"), ("alemanha", "germany"), ("niemcy", "germany"),
    ("niemiec", "germany"), ("германия", "germany"), ("германии", "germany"),
    ("німеччина", "germany"), ("німеччини", "germany"),
    ("frankreich", "france"), ("frankreichs", "france"), ("franța", "france"),
    ("franței", "france"), ("frantei", "france"), ("francja", "france"), ("francji", "france"),
    // "France" writes a few surnames ("Anatole France") and given names, but
    // in the news it is the country ("La France", "France 24"), never a name.
    ("france", "france"), ("frança", "france"), ("francia", "france"), ("франция", "france"),
    ("франции", "france"), ("франція", "france"), ("франції", "france"),
    ("amerikas", "us"), ("eeuu", "us"), ("eua", "us"),
    ("poland", "poland"), ("polen", "poland"), ("pologne", "poland"), ("polonia", "poland"),
    ("polska", "poland"), ("polski", "poland"), ("polónia", "poland"), ("polônia", "poland"),
    ("polskiej", "poland"), ("polsce", "poland"), ("polskę", "poland"), ("polską", "poland"),
    ("rzeczpospolita", "poland"), ("rzeczypospolitej", "poland"), ("rzeczpospolitej", "poland"),
    ("polonie", "poland"), ("poloniei", "poland"),
    ("польша", "poland"), ("польща", "poland"),
    ("spain", "spain"), ("spanien", "spain"), ("espagne", "spain"), ("spagna", "spain"),
    ("españa", "spain"), ("espanha", "spain"), ("spania", "spain"), ("hiszpania", "spain"),
    ("hiszpanii", "spain"), ("испания", "spain"), ("іспанія", "spain"),
    ("italy", "italy"), ("italien", "italy"), ("italie", "italy"), ("italia", "italy"),
    ("itália", "italy"), ("włochy", "italy"), ("włoch", "italy"), ("италия", "italy"),
    ("італія", "italy"),
    ("romania", "romania"), ("rumänien", "romania"), ("roumanie", "romania"),
    ("rumania", "romania"), ("rumanía", "romania"), ("roménia", "romania"),
    ("romênia", "romania"), ("românia", "romania"), ("româniei", "romania"),
    ("rumunia", "romania"), ("rumunii", "romania"), ("румыния", "romania"),
    ("румунія", "romania"),
    ("china", "china"), ("chinas", "china"), ("chine", "china"), ("cina", "china"),
    ("chiny", "china"), ("китай", "china"), ("китая", "china"),
    ("китаю", "china"),
    ("korea", "korea"), ("koreas", "korea"), ("corée", "korea"), ("corea", "korea"),
    ("coreia", "korea"), ("korei", "korea"), ("корея", "korea"), ("кореи", "korea"),
    ("portugal", "portugal"), ("portogallo", "portugal"), ("portugalia", "portugal"),
    ("portugalii", "portugal"),
    // Hungary, the Netherlands and Austria, as a role's body names them ("premier
    // Węgier", "премьер Венгрии", "premierul Ungariei", "Premier der Niederlande").
    ("hungary", "hungary"), ("ungarn", "hungary"), ("ungarns", "hungary"),
    ("hongrie", "hungary"), ("ungheria", "hungary"), ("hungría", "hungary"),
    ("hungria", "hungary"), ("ungaria", "hungary"), ("ungariei", "hungary"),
    ("węgry", "hungary"), ("węgier", "hungary"), ("węgrzech", "hungary"),
    ("венгрия", "hungary"), ("венгрии", "hungary"), ("угорщина", "hungary"),
    ("угорщини", "hungary"),
    ("netherlands", "netherlands"), ("niederlande", "netherlands"),
    ("pays-bas", "netherlands"), ("olanda", "netherlands"), ("olandei", "netherlands"),
    ("holanda", "netherlands"), ("holandia", "netherlands"),
    ("holandii", "netherlands"), ("niderlandy", "netherlands"), ("niderlandów", "netherlands"),
    ("нидерланды", "netherlands"), ("нидерландов", "netherlands"),
    ("нідерланди", "netherlands"), ("нідерландів", "netherlands"),
    ("austria", "austria"), ("österreich", "austria"), ("österreichs", "austria"),
    ("autriche", "austria"), ("áustria", "austria"), ("austriei", "austria"),
    ("austrii", "austria"), ("австрия", "austria"), ("австрии", "austria"),
    ("австрія", "austria"), ("австрії", "austria"),
    // Israel in the cases a role's body puts it in ("Premier Izraela",
    // "премьер-министр Израиля", "прем'єр Ізраїлю", "premierul Israelului",
    // "Israels Premier", "premier di Israele"). The forms that are given
    // names too ("Israel", "Izrael", "Израиль", "Ізраїль", the French
    // "Israël") are left out, as "Israel" is below.
    ("israele", "israel"), ("israels", "israel"), ("israelului", "israel"),
    ("izraela", "israel"), ("izraelu", "israel"), ("izraelem", "israel"),
    ("израиля", "israel"), ("израилю", "israel"), ("израилем", "israel"),
    ("ізраїлю", "israel"), ("ізраїлем", "israel"),
    // Other countries in English, as a possessive names them ("Finland's
    // president"). Those that are given names too ("Israel", "Jordan",
    // "Georgia", "India", "Chad") or surnames ("Ireland") are left out: the
    // lexicon would stop reading them as part of a name.
    ("finland", "finland"), ("sweden", "sweden"), ("norway", "norway"),
    ("denmark", "denmark"), ("estonia", "estonia"), ("latvia", "latvia"),
    ("lithuania", "lithuania"), ("belarus", "belarus"), ("moldova", "moldova"),
    ("iran", "iran"), ("iraq", "iraq"), ("syria", "syria"), ("japan", "japan"),
    ("canada", "canada"), ("mexico", "mexico"), ("brazil", "brazil"),
    ("argentina", "argentina"), ("australia", "australia"), ("belgium", "belgium"),
    ("switzerland", "switzerland"), ("greece", "greece"),
    ("turkey", "turkey"), ("egypt", "egypt"), ("lebanon", "lebanon"), ("qatar", "qatar"),
    ("pakistan", "pakistan"), ("serbia", "serbia"), ("croatia", "croatia"),
    ("bulgaria", "bulgaria"),
    // Palestine, a state recognised or not, in the nine languages: said in
    // headlines ("Rift With UK PM On Palestine") as a speaker's name is.
    ("palestine", "palestine"), ("palestina", "palestine"), ("palästina", "palestine"),
    ("palestinei", "palestine"), ("palestyna", "palestine"), ("palestyny", "palestine"),
    ("palestynie", "palestine"), ("палестина", "palestine"), ("палестины", "palestine"),
    ("палестини", "palestine"),
];

static COUNTRY_OF: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| COUNTRIES.iter().chain(COUNTRY_NAMES).copied().collect());

/// Every spelling of [`COUNTRY_NAMES`], lower case: the people lexicon marks
/// them as words that are no part of a name.
pub fn country_names() -> impl Iterator<Item = &'static str> {
    COUNTRY_NAMES.iter().map(|(name, _)| *name)
}

/// The country a folded qualifier names ("american" → "us"), if it names
/// one. Asked for the words around every role noun: one look-up, not a scan
/// of the nine languages' table.
pub fn country_of(folded: &str) -> Option<&'static str> {
    COUNTRY_OF.get(folded).copied()
}
