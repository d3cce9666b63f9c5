//! Words of the ten languages that tell a person from what is not one, beyond
//! the English core lists of [`super::lexicon`]: role and kinship nouns before
//! a name, the adjectives of nation and party that qualify a name, the
//! function words that open a sentence or headline, and the head words of
//! places, bodies, organisations and products (English ones included: one
//! list of them).
//!
//! Closed classes of each language (and the common head words of team,
//! agency and product names), never names of particular people or things.

/// Role, honorific and kinship nouns that end a title before a name
/// ("Kanzler Friedrich Merz", "Granddaughter Naomi Biden", "VP Kamala Harris").
#[rustfmt::skip]
pub(super) const ROLE_HEADS: &[&str] = &[
    // English forms the core list lacks: hyphenated, plural, short.
    "president-elect", "vice-president", "secretary-general", "prime-minister", "ex-president",
    "vp", "justices", "senators", "ministers", "chancellors", "presidents", "lawmakers",
    "co-founder", "boss", "striker", "midfielder", "defender", "goalkeeper", "captain",
    "champion", "candidate", "nominee", "challenger", "incumbent",
    // A student by year ("Sophomore Ana Lee"); "junior" and "senior" are
    // a son's suffix and an adjective as often.
    "freshman", "sophomore",
    "host", "anchor", "reporter", "journalist", "columnist", "historian", "professor",
    "researcher", "expert", "strategist", "pollster", "activist", "lawyer", "prosecutor",
    "defendant", "witness", "pastor", "reverend", "rev", "prefect", "prefetto", "préfet",
    // Kinship: a relative named by the relation.
    "wife", "husband", "daughter", "granddaughter", "grandson", "grandfather",
    "grandmother", "mother", "uncle", "aunt", "nephew", "niece", "cousin", "widow", "widower",
    // German, French, Italian, Spanish, Portuguese, Romanian, Polish.
    "kanzler", "bundeskanzler", "kanzlerin", "präsident", "präsidentin", "bundespräsident",
    // The weak noun's oblique form: "beim französischen Präsidenten Emmanuel Macron".
    "präsidenten", "bundespräsidenten",
    "ministerpräsident", "außenminister", "kandidat", "kandidatin", "kandidaten", "minister", "ministerin", "papst", "könig", "königin",
    "sprecher", "sprecherin", "trainer", "herr", "frau", "dr", "chef", "chefin",
    "machthaber", "machthaberin",
    "président", "présidente", "chancelier", "ministre", "pape", "roi", "reine", "monsieur",
    "madame", "mme", "entraîneur", "porte-parole", "premier",
    "presidente", "cancelliere", "ministro", "premier", "allenatore", "portavoce", "signor",
    "signora", "papa", "pontefice", "canciller", "entrenador", "portavoz", "señor", "señora",
    "rey", "chanceler", "treinador", "senhor", "senhora", "porta-voz",
    "președintele", "presedintele", "președinte", "premierul", "ministrul", "cancelarul",
    "antrenorul", "domnul", "doamna", "regele",
    "prezydent", "prezydenta", "premier", "kanclerz", "papież", "król", "rzecznik", "trener",
    "marszałek", "minister", "sekretarz", "wiceminister", "wicepremier", "wiceprezydent",
    "szef", "szefowa", "szefa", "szefowej",
    // Clergy of the other languages, as the English core's cardinal, archbishop,
    // bishop and monsignor ("Kardinal Reinhard Marx", "Mgr Éric Dupont",
    // "Patriarhul Daniel", "Митрополит Иларион"): a sentence's first word.
    "kardinal", "erzbischof", "bischof", "weihbischof", "pfarrer", "archevêque", "évêque",
    "mgr", "monseigneur", "cardinale", "arcivescovo", "vescovo", "patriarca", "cardenal",
    "arzobispo", "obispo", "monseñor", "cardeal", "arcebispo", "bispo", "cardinalul",
    "arhiepiscopul", "episcopul", "patriarhul", "mitropolitul", "kardynał", "arcybiskup",
    "biskup", "ksiądz", "prymas", "metropolita", "кардинал", "архиепископ", "епископ",
    "патриарх", "митрополит", "архієпископ", "єпископ", "патріарх",
    // The English and other forms of the Eastern churches' titles (English
    // "Metropolitan" heads bodies' names too: "Metropolitan Opera").
    "catholicos", "katholikos", "католикос", "metropolit", "métropolite",
    // The pope in Russian and Ukrainian ("Папа Франциск", "Папа Римский
    // Франциск").
    "папа", "римский", "римський",
    // Kinship of the other languages, capitalised at a sentence's head or,
    // in Polish, as a courtesy ("wraz z Małżonką Anną Nowak").
    "ehefrau", "ehemann", "gattin", "małżonka", "małżonką", "małżonki", "małżonek",
    "małżonkiem", "żona", "żoną", "żony", "mąż", "mężem",
];

/// Role nouns written in lower case right before a name, beyond the English
/// core of [`super::lexicon`]: "development coach Pepijn Lijnders", "porn star
/// Stormy Daniels", "il presidente Sergio Mattarella", "le président Emmanuel
/// Macron", "prezydent Karol Nawrocki", "президент Владимир Путин". Each is
/// evidence for the name after it; one followed by a lower-case word names
/// nobody, so a common noun costs nothing. English first, then
/// [`LOWER_ROLES_ABROAD`].
#[rustfmt::skip]
pub(super) const LOWER_ROLES: &[&str] = &[
    // English: sport, public life, trades, kinship.
    "coach", "manager", "boss", "star", "striker", "forward", "midfielder", "defender",
    "goalkeeper", "winger", "captain", "skipper", "player", "teammate", "chairman",
    "chairwoman", "owner", "pope", "king", "queen", "prince", "princess", "cardinal",
    "archbishop", "bishop", "pastor", "rabbi", "imam", "prefect", "actor", "actress", "singer", "rapper",
    "businessman", "businesswoman", "billionaire", "tycoon", "attorney", "journalist",
    "reporter", "columnist", "historian", "professor", "researcher", "scientist", "activist",
    "candidate", "nominee", "challenger", "incumbent", "assistant", "successor", "freshman",
    "sophomore", "student",
    "predecessor", "wife", "husband", "daughter", "brother", "sister", "father",
    "mother", "president-elect", "vice-president", "secretary-general",
];

/// The role nouns of [`LOWER_ROLES`] in Italian, French, Spanish and
/// Portuguese. They title a full name ("il presidente Sergio Mattarella")
/// and also one capitalised word alone ("il presidente Mattarella", "el
/// técnico Ancelotti", "le porte-parole Peskov"): these languages join the
/// body a role governs with a preposition ("il presidente della
/// Repubblica", "ministre de l'Intérieur"), so a bare capitalised word
/// right after the role is the person's surname (see
/// [`super::lexicon::SURNAME_ROLE`]).
#[rustfmt::skip]
pub(super) const LOWER_ROLES_ROMANCE: &[&str] = &[
    "presidente", "ministro", "cancelliere", "allenatore", "tecnico", "portavoce", "pontefice",
    "segretario", "capitano", "attaccante", "sindaco", "président", "présidente", "ministre",
    "chancelier", "entraîneur", "sélectionneur", "porte-parole", "pape", "roi", "reine",
    "capitaine", "attaquant", "maire", "canciller", "entrenador", "seleccionador", "técnico",
    "portavoz", "rey", "reina", "capitán", "delantero", "alcalde", "secretario", "chanceler",
    "treinador", "selecionador", "porta-voz", "capitão", "atacante", "avançado", "papa",
    "presidenta", "vice-président", "vice-présidente", "vicepresidente", "vicepresidenta", "vice-presidente", "vicepremier",
    "vicecancelliere", "député", "députée", "eurodéputé", "eurodéputée", "diputado", "diputada",
    "eurodiputado", "eurodiputada", "deputato", "deputata", "eurodeputato", "eurodeputata",
    "deputado", "deputada", "sénateur", "sénatrice", "senatore", "senatrice", "senador",
    "senadora", "secrétaire", "segretaria", "secretaria", "dirigeant", "dirigeante", "dirigente",
    "líder", "sottosegretario", "sottosegretaria", "viceministro", "viceministra",
    "secretário", "secretária", "subsecretario", "subsecretaria", "subsecretário",
    "subsecretária", "sous-secrétaire",
    // A secretary-general hyphenated as one noun ("o secretário-geral da
    // Aliança Ana Lima"); unhyphenated, "general" after the noun qualifies
    // it (see `super::lexicon::is_role_adjective`).
    "secretário-geral", "secretária-geral", "secretario-general", "secretaria-general",
    "secrétaire-général", "segretario-generale",
    // Who governs a city or region, represents a state or sits in judgment:
    // "la alcaldesa Ana Gil", "il governatore De Luca", "le juge Dupont".
    "sindaca", "alcaldesa", "prefeito", "prefeita", "governatore", "governatrice", "gobernador",
    "gobernadora", "governador", "governadora", "gouverneur", "gouverneure", "ambasciatore",
    "ambasciatrice", "embajador", "embajadora", "embaixador", "embaixadora", "ambassadeur",
    "ambassadrice", "procuratore", "procuratrice", "procureur", "procureure", "procurador",
    "procuradora", "giudice", "juez", "jueza", "juge", "juiz", "juíza",
    // Trades and sport: "le milliardaire Elon Musk", "il portiere Sommer".
    "milliardaire", "miliardario", "multimillonario", "bilionário", "bilionario",
    "journaliste", "giornalista", "periodista", "jornalista", "prefetto", "préfet", "prefecto",
    "portiere", "difensore", "centrocampista", "gardien", "défenseur", "portero", "defensor",
    "goleiro", "guarda-redes", "zagueiro", "ailier", "buteur", "goleador",
];

/// The role nouns of [`LOWER_ROLES`] in Romanian, Polish, Russian and
/// Ukrainian. They put the place or body a role governs right after it in
/// the genitive ("prezydent Warszawy", "президент России", "președintele
/// României"), which reads like a surname: a lone word after one is titled
/// only when its shape is a nominative surname's, not a genitive's (see
/// [`super::lexicon::GENITIVE_ROLE`]).
#[rustfmt::skip]
pub(super) const LOWER_ROLES_ABROAD: &[&str] = &[
    // Romanian, Polish.
    "președintele", "presedintele", "premierul", "ministrul", "cancelarul", "antrenorul",
    "selecționerul", "selecţionerul", "regele", "căpitanul", "atacantul", "liderul",
    "primarul", "prezydent", "prezydenta", "prezydentem", "premiera", "ministra", "kanclerz",
    "kanclerza", "trener", "trenera", "rzecznik", "papież", "król", "kandydat", "kandydata",
    "marszałek", "prezes", "prezesa", "szef", "wicepremier", "wiceprezydent", "poseł", "posłanka",
    "vicepreședintele", "vicepresedintele", "deputatul", "senatorul", "sekretarz", "wiceminister",
    // Trades and sport: "reporterul Ana Pop", "miliarder Jan Nowak".
    "miliardarul", "reporterul", "jurnalistul", "jurnalista", "prefectul", "portarul",
    "fundașul", "mijlocașul", "miliarder", "dziennikarz", "dziennikarka",
    "bramkarz", "obrońca", "pomocnik", "napastnik",
    // Russian, Ukrainian.
    "президент", "президента", "премьер", "премьер-министр", "министр", "канцлер", "канцлера",
    "тренер", "глава", "главы", "пресс-секретарь", "король", "лидер", "кандидат", "спикер",
    "помощник", "советник", "посол", "прем'єр", "прем’єр", "прем'єр-міністр", "міністр",
    "речник", "радник", "посла", "очільник", "очільниця", "очільника", "голова", "голови",
    "керівник", "руководитель", "миллиардер", "мільярдер", "журналист", "журналистка",
    "журналіст", "журналістка", "вратарь", "защитник", "нападающий", "воротар", "захисник",
    "нападник",
    // A secretary, a secretary-general and a secretary of state in one
    // word ("генсек ООН", "Генсекретар НАТО", "госсекретарь США"): a
    // sentence's first word titles the full name after the body.
    "секретарь", "секретаря", "секретар", "генсек", "генсека", "генсекретарь", "генсекретаря",
    "генсекретар", "госсекретарь", "госсекретаря", "держсекретар", "держсекретаря",
    // Who chairs, governs a city or region, deputises or judges ("Председатель
    // Еврокомиссии …", "Вице-президент США …"), and the Ukrainian title
    // with a typographic apostrophe as well as a straight one.
    "председатель", "председателя", "мэр", "губернатор", "сенатор", "прокурор", "генпрокурор",
    "судья", "суддя", "вице-президент", "віце-президент", "вице-премьер", "віце-прем'єр",
    "віце-прем’єр", "прем’єр-міністр", "прем'єр-міністерка", "прем’єр-міністерка",
    // Feminine titles, now usual in Ukrainian and Polish news ("міністерка
    // культури Ганна Петренко").
    "міністерка", "президентка", "прем'єрка", "прем’єрка", "речниця", "канцлерка", "лідерка",
    "кандидатка", "керівниця", "prezydentka", "premierka", "rzeczniczka", "kandydatka",
];

/// Kinship role nouns that title only a full name, whatever the language:
/// a relative is named in full ("sua moglie Anna Rossi"), and a lone word
/// after one is as often a thing ("son Parlement").
#[rustfmt::skip]
pub(super) const LOWER_KIN_ABROAD: &[&str] = &[
    // English "son" ("son Barron Trump"), here because French writes it as a
    // possessive ("son Parlement"): it titles only a full name.
    "son", "grandson", "stepson",
    // Kinship: "sua moglie Anna Rossi", "z żoną Anną Nowak", "soția sa Ana Pop",
    // "супруга Анна Иванова".
    "moglie", "marito", "épouse", "esposa", "esposo", "marido", "żona", "żoną", "mąż", "mężem",
    "małżonka", "małżonką", "soția", "soţia", "soțul", "soţul", "жена", "супруга", "супруг",
    "дружина", "дружиною",
];

/// Adjectives of nation, region and party that qualify a name ("Republican
/// Donald Trump", "American President-elect …"): part of a role when one
/// follows, stripped from the name otherwise. A run made of them alone
/// ("Asian American") names nobody.
#[rustfmt::skip]
pub(super) const QUALIFIERS: &[&str] = &[
    "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian",
    "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "polish", "czech",
    "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish", "russian", "ukrainian",
    "belarusian", "georgian", "swedish", "norwegian", "danish", "finnish", "estonian",
    "latvian", "lithuanian", "serbian", "croatian", "moldovan", "chinese", "japanese",
    "korean", "indian", "pakistani", "iranian", "iraqi", "syrian", "israeli", "palestinian",
    "egyptian", "saudi", "turkish", "canadian", "mexican", "brazilian", "argentine",
    "argentinian", "australian", "african", "asian", "european", "arab", "latin", "hispanic",
    "republican", "democratic", "democrat", "conservative", "liberal", "labour", "socialist",
    "communist", "nationalist", "populist", "progressive", "centrist", "far-right", "far-left",
    "pro-european", "pro-russian", "then-president", "former", "late", "incoming", "outgoing",
    "acting", "interim", "veteran", "legendary",
    // A church's head is styled so ("Ecumenical Patriarch X").
    "ecumenical",
];

/// Capitalised function words of the other languages: they open sentences
/// and headlines ("Heute Nacht …", "Beim Thema …") and never a name. Only the
/// capitalised form is listed, so the lower-case particles some of them share
/// with surnames ("von der Leyen") keep their meaning; words that also write
/// a surname ("De", "Di", "Da", "Le", "La", "Del") are left out.
#[rustfmt::skip]
pub(super) const FUNCTION_WORDS: &[&str] = &[
    // German
    "der", "die", "dem", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "im",
    "am", "beim", "vom", "zum", "zur", "bis", "heute", "gestern", "morgen", "auch", "noch",
    "nach", "vor", "seit", "mit", "bei", "für", "über", "unter", "auf", "aus", "wie", "wenn",
    "als", "dass", "doch", "nun", "jetzt", "hier", "dort", "anfang", "ende", "mitte", "nicht",
    "sehr", "schon", "ohne", "es", "er", "sie", "wir", "ich", "man", "dieser", "diese", "dieses", "sein",
    "seine", "ihre", "unser", "unsere", "alle", "viele", "zwei", "drei",
    // French
    "les", "une", "et", "ou", "mais", "dans", "sur", "pour", "par", "avec", "sans", "chez",
    "lors", "après", "avant", "depuis", "pendant", "il", "ils", "elles", "nous", "vous",
    "ce", "cette", "ces", "sa", "ses", "leur", "qui", "que", "quand", "comme", "aussi",
    "au", "aux", "même",
    // Italian, Spanish, Portuguese
    "gli", "uno", "con", "per", "tra", "fra", "anche", "dopo", "prima",
    "questo", "questa", "nel", "nella", "sul", "sulla", "dal", "dalla", "alla", "degli",
    "los", "las", "pero", "por", "para", "sin", "sobre", "desde", "hasta", "también", "según",
    "este", "esta", "os", "um", "uma", "em", "nos", "nas", "com", "pelo", "pela", "também",
    "sem", "senza", "após", "ontem", "hoje", "ayer", "hoy", "oggi", "ieri", "aujourd'hui", "hier",
    // Romanian, Polish
    "și", "în", "cu", "pe", "din", "pentru", "după", "dar", "iar", "că", "acest", "această",
    "ieri", "astăzi", "w", "z", "na", "i", "że", "nie", "jak", "po", "od", "przez", "dla",
    "przed", "bez", "fără", "jednak", "także", "również", "drodzy", "drogie", "szanowni", "wczoraj", "dziś",
    // Russian, Ukrainian
    "в", "во", "на", "с", "со", "по", "и", "но", "однако", "также", "как", "что", "это", "при",
    "для", "после", "до", "у", "о", "об", "к", "из", "за", "от", "вчера", "сегодня", "і", "й",
    "та", "але", "як", "що", "це", "під", "після", "від", "з", "із", "також", "вчора",
    "сьогодні",
    // Sentence adverbs and distributive determiners: they open a sentence
    // before its subject ("Così Matteo Salvini, …", "Водночас Кремль
    // стверджує", "Jede Nation wird …") and never a name.
    "jede", "jeder", "jedes", "jedem", "jeden", "jedoch", "dennoch", "zudem", "außerdem",
    "deshalb", "daher", "damals", "trotzdem", "inzwischen", "allerdings", "danach", "dabei",
    "ainsi", "alors", "cependant", "pourtant", "désormais", "ensuite", "enfin", "toutefois",
    "donc", "chaque", "puis", "così", "inoltre", "intanto", "invece", "quindi", "ogni",
    "tuttavia", "infatti", "allora", "poi", "infine", "dunque", "pertanto", "comunque",
    "finalmente", "finalement", "así", "además", "entonces", "luego",
    "mientras", "asimismo", "cada", "ahora", "incluso", "assim", "então", "entretanto",
    "contudo", "porém", "agora", "tymczasem", "natomiast", "wówczas", "zatem", "więc",
    "potem", "teraz", "ponadto", "każdy", "każda", "każde", "dlatego", "totuși", "astfel",
    "însă", "apoi", "acum", "deci", "totodată", "fiecare", "тем", "тогда", "теперь",
    "поэтому", "кроме", "впрочем", "затем", "каждый", "каждая", "каждое", "водночас",
    "натомість", "проте", "тому", "зокрема", "крім", "втім", "тоді", "тепер", "кожен",
    "кожна", "кожне",
];

/// Head words of places, bodies, events, organisations, teams, media and
/// products in every language ("Fox *News*", "Oval *Office*", "Allianz
/// *Arena*", "Getty *Images*", "*Borussia* Dortmund", "*FC* Barcelona",
/// "Agence France-*Presse*"): a run holding one names no person. The one list
/// of such words ([`super::lexicon`] gives them the `NOT_PERSON` bit).
#[rustfmt::skip]
pub(super) const NOT_PERSON_HEADS: &[&str] = &[
    // English: places, bodies, events, media and the things news names.
    "news", "house", "office", "war", "agreement", "social", "media", "base", "strip", "ministry",
    "commission", "council", "union", "party", "army", "forces", "force", "bank", "fund", "times",
    "post", "agency", "group", "street", "square", "summit", "conference", "day", "article",
    "region", "province", "city", "state", "states", "kingdom", "republic", "coast", "sea", "ocean",
    "island", "islands", "mountains", "airport", "university", "institute", "center", "centre",
    "network", "press", "tv", "radio", "review", "journal", "company", "corporation", "ltd", "inc",
    "club", "court", "parliament", "congress", "senate", "assembly", "department", "committee",
    "organization", "organisation", "association", "federation", "league", "cup", "games",
    "olympics", "championship", "treaty", "accord", "plan", "act", "law", "bill", "policy",
    "initiative", "program", "programme", "project", "foundation", "trust", "service", "services",
    "guard", "navy", "police", "church", "hospital", "school", "college", "station", "hall",
    "palace", "tower", "bridge", "park", "garden", "gardens", "harbor", "harbour", "river", "lake",
    "valley", "gulf", "peninsula", "desert", "air", "airlines", "airways", "motors", "energy",
    "oil", "gas", "security", "peace", "ceasefire", "guarantees", "talks", "deal", "crisis",
    "conflict", "revolution", "movement", "front", "alliance", "coalition", "government",
    "administration", "embassy", "consulate", "mission", "bureau", "authority", "board", "exchange",
    "market", "index", "average", "report", "daily", "weekly", "herald", "tribune", "gazette",
    "telegraph", "guardian", "express", "mirror", "observer", "chronicle", "channel", "online",
    "digital", "chapel", "basilica", "cathedral", "abbey", "mosque", "synagogue", "temple",
    "spirit", "catholic", "catholics", "unit",
    // "Holy See", "Holy Father", "Holy Land", "Holy Week": never a name's word.
    "holy",
    // The church and its "Catholic" in the other languages, in the cases
    // a role governs ("liderul Bisericii Catolice", "глава Католической
    // церкви", "Oberhaupt der Katholischen Kirche").
    "kirche", "katholische", "katholischen", "église", "catholique", "chiesa", "cattolica",
    "iglesia", "católica", "igreja", "biserica", "bisericii", "catolică", "catolice",
    "kościół", "kościoła", "katolicki", "katolickiego", "церковь", "церкви", "католическая",
    "католической", "церква", "католицька", "католицької",
    // Utilities and grids in other languages ("Red *Eléctrica*").
    "eléctrica", "electrica", "électrique", "elettrica", "energía", "energia", "énergie",
    // Stadiums, products, teams, leagues and agencies.
    "arena", "stadium", "stadion", "stade", "stadio", "estadio", "convention", "images",
    "pictures", "photos", "llc", "plc", "gmbh", "ag", "sa", "spa", "co", "corp",
    "holdings", "technologies", "systems", "software", "labs", "studios", "entertainment",
    "records", "magazine", "show", "podcast", "fc", "cf", "afc", "sc", "ssc", "bv", "sv", "vfb",
    "vfl", "borussia", "inter", "internazionale", "real", "atlético", "atletico", "olympique",
    "sporting", "dynamo", "dinamo", "spartak", "villa", "rovers", "wanderers", "hotspur",
    "athletic", "liga", "ligue", "bundesliga", "serie", "premiership", "champions", "campeões",
    "campeones", "campioni", "open", "grand", "prix", "tour", "festival", "awards", "prize",
    "agence", "agencia", "agência", "agenzia", "presse", "zeitung", "nachrichten", "noticias",
    "notícias", "notizie", "știri", "stiri", "wiadomości", "новости", "новини", 
    "gazeta", "gazzetta", "ministerium", "regierung",
    "partei", "bundestag", "kreml", "kremlin", "élysée", "elysee", "gouvernement", "governo",
    "gobierno", "guvernul", "rząd", "sejm", "państwo", "platz", "straße", "strasse",
    "bahnhof",
    // Parties, and their members in the plural ("Partido Liberal", "the
    // Conservatives said"): a body, never one person.
    "partido", "parti", "partito", "partidul", "partia", "partii", "conservatives", "liberals",
    "democrats", "republicans", "socialists", "tories",
    // "Estados Unidos", "Stati Uniti", "Statele Unite", "Vereinigte Staaten",
    // "Stany Zjednoczone": the United States in other languages.
    "estados", "unidos", "stati", "uniti", "statele", "statelor", "staaten", "vereinigte",
    "stany", "zjednoczone",
    // The United Kingdom likewise ("Marea Britanie a cerut", "Regno Unito",
    // "Reino Unido", "Royaume-Uni", "Großbritannien", "Wielka Brytania").
    "britanie", "britaniei", "regno", "unito", "reino", "unido", "royaume",
    "großbritannien", "grossbritannien", "brytania", "brytanii", "bretagna", "bretaña",
    "bretanha", "великобритания", "великобритании", "великобританія", "великобританії",
    // Days and institutes of memory ("Institute of National Remembrance").
    "remembrance",
    // Courts, houses of government and agencies in the other languages
    // ("Sąd Najwyższy", "Sądu Najwyższego", "im Weißen Haus", "Agencja AP"):
    // the English "court", "house" and "agency" are in the core list.
    "haus", "hauses", "gericht", "gerichts", "gerichtshof", "sąd", "sądu", "sądzie", "sądem",
    "trybunał", "trybunału", "tribunal", "tribunale", "tribunalul", "curtea", "суд", "суда",
    "агентство", "агентства", "агенція", "агенції", "agencja", "agencji", "agencję", "agentia",
    "agenția", "agenţia",
    // Photo credits glued to the name they caption ("Donald Trump Crédito:
    // Fotos Públicas", "Foto: Reuters"): the credit word is no name's.
    "credit", "credits", "crédito", "créditos", "crédit", "crédits", "foto", "fotos", "fotó",
    "fotografia", "fotografía", "zdjęcie", "фото",
    // Galleries, museums and ministries, and the "International" of
    // bodies' names ("Amnesty International", "Muzeul Național").
    "gallery", "galleria", "galerie", "galería", "galeria", "muzeul", "muzeului", "muzeum",
    "international", "internacional", "internationale", "ministerio",
    "ministère", "ministero", "ministério", "ministerul", "ministerului", "ministerstwo",
    "ministerstwa", "министерство", "министерства", "міністерство", "міністерства",
    // Seats of government as the other languages name them ("Casa Albă a
    // transmis", "Biały Dom oświadczył", "la Maison Blanche", "Palazzo
    // Chigi"): said without an article, they read as a speaker's name.
    // "Blanca", "Bianca" and "Blanche" are given names; the house is not.
    "casa", "maison", "dom", "domu", "palais", "palacio", "palácio", "palazzo", "palatul",
    "pałac", "pałacu",
    // A family is named by its member's surname ("Rodzina Kowalskiego",
    // "la famiglia Rossi", "die Familie Müller"): a group, no one person.
    "family", "familie", "famille", "famiglia", "familia", "família", "rodzina", "rodziny",
    "семья", "семьи", "сім'я", "сім’я",
    // Movements, alliances and fronts, the heads of parties' names
    // ("Rassemblement national", "Movimento 5 Stelle", "Alianța pentru
    // Unirea Românilor", "Koalicja Obywatelska", "Fratelli d'Italia").
    "rassemblement", "mouvement", "movimiento", "movimento", "mișcarea", "miscarea", "bewegung",
    "alianza", "aliança", "alleanza", "alianța", "alianta", "uniunea", "unión", "unione",
    "koalicja", "koalicji", "konfederacja", "konfederacji", "platforma", "platformy", "lewica",
    "lewicy", "frente", "fronte", "frontul", "fratelli", "insoumise",
    // Wars ("la Seconde Guerre mondiale"); "Guerra" and "Krieg" are surnames too.
    "guerre", "weltkrieg", "wojna", "wojny", "война", "войны", "війна", "війни", "războiul",
    // Rooms, monuments and buildings named after a person, and the
    // doctrines, pacts and formats of diplomacy ("the Roosevelt Room", "the
    // Lincoln Memorial", "the Monroe Doctrine", "the West Wing"): a summit's
    // coverage names its venues so. None of them is a surname.
    "room", "bedroom", "ballroom", "lounge", "memorial", "monument", "lawn", "balcony", "desk",
    "foyer", "colonnade", "wing", "museum", "library", "hotel", "theatre", "theater",
    "avenue", "boulevard", "cemetery", "academy", "terminal", "doctrine", "declaration",
    "accords", "pact", "protocol", "memorandum", "forum",
    // German's national adjective, capitalised only in a body's name
    // ("Deutsche Bahn", "laut Deutsche Welle"), and the springs of towns'
    // names ("Palm Springs"): never a person's word.
    "deutsche", "deutschen", "deutscher", "deutsches", "springs",
    // The Middle East and the East in the other languages ("Medio
    // Oriente", "Oriente Médio", "Orientul Mijlociu", "Nahen Osten",
    // "Bliski Wschód", "Ближний Восток"): a region, said without an
    // article in headlines, reads as a name of two capitalised words.
    "oriente", "orient", "orientul", "osten", "nahost", "wschód", "wschodu", "wschodzie",
    "восток", "востока", "востоке", "схід", "сходу", "сході",
    // A mountain as "mountains" above ("the Rocky Mountain resort"), and
    // the fighters that name a party or a band ("Economic Freedom Fighters").
    "mountain", "fighters",
    // The strip or sector of Gaza and its like in the other languages
    // ("Strefa Gazy", "Striscia di Gaza", "Franja de Gaza", "Faixa de
    // Gaza", "Fâșia Gaza", "Сектор Газа"), as "strip" above.
    "strefa", "strefy", "strefie", "strefę", "striscia", "franja", "faixa", "fâșia", "fâşia",
    "сектор", "сектора", "секторе", "секторі",
];

/// The Germanic and Dutch particles as Russian and Ukrainian write them
/// ("Урсула фон дер Ляйен", "Ван Дейк"); the Romance ones ("де", "да")
/// are common words there ("where", "yes") and are left out.
pub(super) const CYRILLIC_PARTICLES: &[&str] = &["фон", "дер", "ван"];

/// Lower-case adjectives written after a role noun as part of the title
/// ("segretario *generale*", "secrétaire *général*", "secretario
/// *general*", "secretarul *general*", "sekretarz *generalny*"): the role
/// runs on past them to the name.
#[rustfmt::skip]
pub(super) const ROLE_ADJECTIVES: &[&str] = &[
    "general", "generale", "général", "générale", "geral", "generală", "generalny", "generalna",
];
