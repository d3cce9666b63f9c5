//! Reporting verbs, one table per language, in the inflections news prose
//! uses (past and present, participles, gerunds). [`super`] looks a word up
//! in all of them at once.

/// English reporting verbs.
#[rustfmt::skip]
pub(super) const ENGLISH: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding", "state", "states", "stated", "stating", "note", "notes", "noted", "noting", "declare",
    "declares", "declared", "declaring", "write", "writes", "wrote", "writing", "insist", "insists",
    "insisted", "insisting", "stress", "stresses", "stressed", "stressing", "emphasize",
    "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised",
    "emphasising", "claim", "claims", "claimed", "claiming", "argue", "argues", "argued", "arguing",
    "announce", "announces", "announced", "announcing", "explain", "explains", "explained",
    "explaining", "warn", "warns", "warned", "warning", "urge", "urges", "urged", "urging", "appealed", "underlined", "underlines", "ask",
    "asks", "asked", "asking", "reply", "replies", "replied", "replying", "respond", "responds",
    "responded", "responding", "answer", "answered", "suggest", "suggests", "suggested",
    "suggesting", "indicate", "indicates", "indicated", "indicating", "describe", "describes",
    "described", "describing", "call", "calls", "called", "calling", "reiterate", "reiterates",
    "reiterated", "reiterating", "acknowledge", "acknowledges", "acknowledged", "acknowledging",
    "admit", "admits", "admitted", "admitting", "confirm", "confirms", "confirmed", "confirming",
    "signal", "signals", "signaled", "signalled", "signaling", "signalling", "highlight",
    "highlights", "highlighted", "highlighting", "reveal", "reveals", "revealed", "revealing",
    "praise", "praises", "praised", "praising", "hail", "hails", "hailed", "hailing", "voice",
    "voices", "voiced", "voicing", "express", "expresses", "expressed", "expressing", "agree",
    "agrees", "agreed", "agreeing", "promise", "promises", "promised", "pledge", "pledges",
    "pledged", "vow", "vows", "vowed", "demand", "demands", "demanded", "predict", "predicts",
    "predicted", "recall", "recalls", "recalled", "speak", "speaks", "spoke", "speaking", "post",
    "posts", "posted", "tweet", "tweets", "tweeted", "quip", "quipped", "remark", "remarks",
    "remarked", "comment", "comments", "commented", "conclude", "concluded", "joke", "joked",
    "shout", "shouted", "clarify", "clarified", "assert", "asserts", "asserted", "contend",
    "contended", "maintain", "maintained", "maintains", "mention", "mentioned", "observe",
    "observed", "boast", "boasted", "complain", "complained", "deny", "denied", "denies", "accuse",
    "accused", "criticise", "criticised", "criticize", "criticized", "dismiss", "dismissed",
    "welcome", "welcomed",
    "caution", "cautions", "cautioned", "cautioning", "reflect", "reflects", "reflected",
    "continue", "continues", "continued", "concede", "concedes", "conceded", "conceding",
    "applaud", "applauds", "applauded", "inform", "informs", "informed", "believes",
    "quips", "quipping", "jokes", "joking", "recount", "recounts", "recounted", "rate", "rated",
    "estimate", "estimated", "assure", "assures", "assured", "reassure", "reassured",
    "thank", "thanked", "thanks", "concludes", "repeat", "repeats", "repeated",
    "recalling", "lament", "lamented", "mused", "muses", "sighed", "exclaimed",
    "cried", "yelled", "whispered", "proclaim", "proclaimed", "affirm", "affirmed",
    "retort", "retorted", "counter", "countered", "elaborate", "elaborated", "opine", "opined",
    // No bare "tout": the French word opens many sentences ("Tout en restant
    // prudent, X a déclaré …") and would report them with no subject.
    "reckon", "reckons", "reckoned", "concurred", "scoff", "scoffed", "touted",
    "boasts", "complains", "vowing", "pledging", "promising", "demanding",
    "went", "goes", "reflecting", "rating", "informing", "applauding", "believed", "recounting",
    "countering", "retorting",
    // Verbs of judging that report words as often as "said" does ("slammed the ruling as a
    // “disgrace”", "branded it", "dubbed it").
    "slammed", "slams", "branded", "brands", "dubbed", "termed", "denounced", "derided",
    "derides", "deriding", "ridiculed", "ridicules", "lambasted", "lambastes",
    "denounces", "condemned", "condemns", "decried", "underscored", "underscores", "underscoring",
    "reaffirmed", "reaffirms", "reaffirming", "confided", "lauded", "wondered",
    "implored", "asserting", "denouncing", "condemning",
    // "exhorts followers to “…”": the words urged are the exhorter's.
    "exhort", "exhorts", "exhorted", "exhorting",
    // Verbs of a sharp or sudden remark, mostly after the quote ("“…,” X needled").
    "needled", "needles", "interjected", "interjects", "exclaims", "snapped", "chided",
    "fumed", "fumes", "raged", "thundered", "blasted", "mocked", "teased", "taunted",
    // Headlines' present tense of a jeer ("X mocks Y's “…” claims", "X rips Y as
    // “…”"); not "blasts" or "taunts", plural nouns as often.
    "mocks", "mocking", "rips",
    // A reply to news or a question ("‘…’ X reacts to the result", "he
    // deflected with a joke: ‘…’", "she instructed reporters").
    "react", "reacts", "reacted", "reacting", "deflected", "deflects", "instructed",
    // Headlines' present tense ("X criticizes the government: ‘…’"); not
    // the forms that are plural nouns as often ("answers", "rates",
    // "mentions", "shouts", "estimates").
    "accuses", "affirms", "clarifies", "contends", "criticises", "criticizes", "dismisses",
    "elaborates", "opines", "proclaims", "reassures", "scoffs", "welcomes",
    // A speech's first words ("“Tonight I want to speak about hope,” he began"), a
    // speaker agreeing with another ("echoed"), testimony and pleas.
    "began", "begins", "echoed", "echoes", "echoing", "testified", "testifies", "pleaded",
    "pleads", "begged", "hinted", "hints", "observes", "laments", "retorts", "counters",
    // "he talked about “punishing” allies"; not "talks", the negotiations.
    "talked",
    // An order, a commentary over pictures, a solemn line ("“Lights down,” X
    // commanded", "X narrated", "he intoned"); not "commands", the noun.
    "commanded", "narrated", "narrates", "narrating", "intoned", "intones", "intoning",
];

/// German reporting verbs (participles for the perfect tenses: the auxiliary
/// is an ordinary word between subject and verb).
#[rustfmt::skip]
pub(super) const DE: &[&str] = &[
    "sagte", "sagt", "sagten", "sagen", "gesagt", "erklärte", "erklärt", "erklärten", "betonte",
    "betont", "betonten", "fügte", "ergänzte", "ergänzt", "meinte", "meint", "sprach", "spricht",
    "warnte", "warnt", "forderte", "fordert", "versprach", "verspricht", "bekräftigte", "unterstrich",
    "schrieb", "schreibt", "antwortete", "antwortet", "kündigte", "verkündete", "bekannte", "räumte",
    "versicherte", "versichert", "mahnte", "kritisierte", "lobte", "dankte", "stellte",
    "stellt", "kündigt", "fügt", "unterstreicht", "bekräftigt", "mahnt", "kritisiert", "lobt",
    "dankt", "appellierte", "appelliert", "rief", "ruft", "zugerufen", "teilte", "teilt",
    "erläuterte", "erläutert", "verwies", "bekennt", "räumt", "gestand", "kommentierte",
    "kommentiert", "erwiderte", "erwidert", "entgegnete", "entgegnet", "resümierte", "äußerte",
    "äußert", "geäußert", "gewarnt", "angekündigt", "gefordert", "versprochen", "schilderte",
    "schildert", "verkündet", "berichtete", "berichtet", "zeigte", "hob", "hebt",
    "beteuerte", "beteuert", "argumentierte", "behauptete", "behauptet", "fragte", "fragt",
    "beklagte", "beklagt", "klagte", "jubelte", "twitterte", "postete", "bilanzierte",
    // Plurals and present forms of the verbs above; "bezeichnete es als …", "nannte",
    // "erinnerte", "bestätigte", "reagierte".
    "bezeichnete", "bezeichnet", "bezeichneten", "nannte", "nennt", "nannten", "erinnerte",
    "erinnert", "bestätigte", "bestätigt", "bedauerte", "bedauert", "reagierte", "reagiert",
    "verteidigte", "verteidigt", "wiederholte", "wiederholt", "beschrieb", "beschreibt",
    "verlangte", "verlangt", "forderten", "warnten", "kritisierten", "versicherten", "bekräftigten",
    "lobten", "dankten", "mahnten", "kündigten", "ergänzten", "antworteten", "schrieben",
    "verkündeten", "appellierten", "riefen", "unterstrichen",
];

/// French reporting verbs (participles for the perfect tenses: the auxiliary
/// is an ordinary word between subject and verb).
#[rustfmt::skip]
pub(super) const FR: &[&str] = &[
    "dit", "déclaré", "déclare", "affirmé", "affirme", "ajouté", "ajoute", "expliqué", "explique",
    "souligné", "souligne", "annoncé", "annonce", "estimé", "estime", "assuré", "assure", "martelé",
    "martèle", "insisté", "insiste", "indiqué", "indique", "précisé", "précise", "répondu", "répond",
    "écrit", "lancé", "confié", "confie", "raconté", "raconte", "reconnu", "reconnaît", "promis",
    "prévenu", "averti", "salué", "remercié", "poursuivi", "poursuit", "commenté", "commente",
    "félicité", "jugé", "juge", "rappelé", "rappelle", "déploré", "regretté", "confirmé", "insistait",
    "disait", "déclarait", "expliquait",
    // Words shouted in anger ("a-t-il tempêté", "a-t-elle fulminé"), as
    // English "fumed", "raged".
    "tempêté", "fulminé", "pesté",
    "lâché", "lâche", "réagi", "soutenu", "dénoncé", "dénonce", "glissé", "glisse", "plaidé",
    "plaide", "admis", "tweeté", "exhorté", "appelé", "tranché", "tranche", "résumé", "résume",
    "estimant", "déclarant", "affirmant", "expliquant", "ajoutant", "soulignant", "assurant",
    "insistant", "affirmait", "estimait", "ajoutait", "rappelant", "prévient", "avertit", "salue",
    "remercie", "félicite", "martelant", "lance",
    "conclu", "conclut", "avoué", "avoue", "ironisé", "ironise", "clamé", "clame",
    "tonné", "nuancé", "nuance", "détaillé", "détaille", "relevé", "relève", "observé",
    "observe", "noté", "note", "confirme", "reconnaissait", "soulignait", "précisait",
    "indiquait", "confiait", "lançait", "concluait", "poursuivait", "racontait", "glissait",
    "lâchait", "assurait", "répondait", "témoigné", "témoigne",
    "exclamé", "enchaîné", "enchaîne", "renchéri", "renchérit", "argué",
    "argumenté", "rétorqué", "rétorque", "répliqué", "réplique",
    "concédé", "concède", "avancé", "évoqué", "évoque", "fustigé", "fustige", "réjoui",
    "asséné", "assène", "exclame", "répété", "répète", "redit", "considéré", "considère", "justifié",
    "justifie", "promet", "regrette", "déplore", "confiant", "lançant", "concluant",
    "poursuivant", "précisant", "indiquant", "reconnaissant", "jugeant", "prévenant",
    // Reflexive verbs take "être", and their participle agrees: "s'est
    // félicitée", "s'est réjouie".
    "félicitée", "réjouie", "exclamée", "emporté", "emportée", "agacé", "agacée", "étonné",
    "étonnée", "insurgé", "insurgée", "interrogé", "interrogée", "inquiété", "inquiétée",
    "indigné", "indignée", "défendu", "défendue", "amusé", "amusée", "ému", "émue",
    // Asking is reporting: "a demandé à X « … »", "réclame-t-il".
    "énoncé", "énonce",
    "demandé", "demande", "réclamé", "réclame", "exigé", "exige", "proclamé", "proclame",
    // "a qualifié de « … »", "a réaffirmé", "a souhaité", "en disant", and the present
    // participles of the verbs above.
    "qualifié", "qualifie", "qualifiant", "réaffirmé", "réaffirme", "réaffirmant", "réitéré",
    "réitère", "souhaité", "souhaite", "critiqué", "condamné", "disant", "répondant", "promettant",
    "saluant", "annonçant", "dénonçant", "exhortant",
];

/// Italian reporting verbs (participles for the perfect tenses: the auxiliary
/// is an ordinary word between subject and verb).
#[rustfmt::skip]
pub(super) const IT: &[&str] = &[
    "detto", "dice", "dichiarato", "dichiara", "affermato", "afferma", "annunciato", "annuncia",
    "aggiunto", "aggiunge", "spiegato", "spiega", "sottolineato", "sottolinea", "ribadito", "ribadisce",
    "chiarito", "chiarisce", "proseguito", "prosegue", "garantito", "garantisce", "precisato",
    "precisa", "osservato", "osserva", "evidenziato", "evidenzia", "commentato", "commenta",
    "risposto", "risponde", "scritto", "scrive", "assicurato", "assicura", "avvertito", "avverte",
    "promesso", "ringraziato", "dichiarando", "affermando", "spiegando", "sottolineando",
    "aggiungendo", "concluso", "conclude", "insistito", "ammesso", "ammette", "confermato",
    "annunciando", "detta", "disse",
    "rimarcato", "auspicato", "replicato", "replica", "twittato", "scandito", "sostenuto",
    "sostiene", "ricordato", "ricorda", "affermava", "diceva", "parlato", "esordito",
    "rilanciato", "rilancia", "puntualizzato", "ammonito", "ammonisce", "avvisato", "insiste",
    "evidenziando", "ricordando", "ribadendo", "precisando", "commentando", "concludendo",
    "osservando",
    "tuonato", "chiosato", "chiosa", "confidato", "raccontato", "racconta", "spiegava",
    "rimarcando", "auspicando", "replicando",
    "dicendo", "riconosciuto", "riconosce", "chiesto", "chiede", "denunciato", "denuncia",
    "lamentato", "lamenta", "sentenziato", "rivendicato", "rivendica", "esclamato",
    "confessato", "confessa", "ripetuto", "ripete", "insistendo", "assicurando", "garantendo",
    "ammettendo", "avvertendo", "rispondendo", "annotato", "annota", "scandisce", "ribatte",
    "ribattuto", "elogiato", "aggiungeva", "sottolineava", "commentava", "dichiarava",
    // "ha definito «…»", "ha criticato", "ha esortato"; the simple past of written Italian
    // ("affermò", "aggiunse"); gerunds of the verbs above.
    "definito", "definisce", "definendo", "criticato", "criticando", "accusato",
    "accusando", "attaccato", "esortato", "esorta", "rassicurato", "rassicura", "riferito",
    "riferisce", "rilevato", "rileva", "segnalato", "bollato", "ironizzato", "ironizza",
    "polemizzato", "punzecchiato", "tuona", "tuonare", "esclama", "affermò", "dichiarò", "aggiunse", "spiegò", "sottolineò", "rispose", "scrisse",
    "concluse", "ribadì", "precisò", "annunciò", "avvertì",
    // "ha poi continuato X, «…»", as "ha proseguito".
    "continuato",
];

/// Spanish reporting verbs (participles for the perfect tenses: the auxiliary
/// is an ordinary word between subject and verb).
#[rustfmt::skip]
pub(super) const ES: &[&str] = &[
    "dijo", "dice", "dicho", "afirmó", "afirma", "afirmado", "aseguró", "asegura", "asegurado",
    "declaró", "declara", "declarado", "señaló", "señala", "señalado", "explicó", "explica",
    "explicado", "añadió", "añade", "añadido", "agregó", "agrega", "indicó", "indica", "subrayó",
    "subraya", "destacó", "destaca", "advirtió", "advierte", "insistió", "insiste", "insistido",
    "prometió", "promete", "anunció", "anuncia", "anunciado", "manifestó", "sostuvo", "expresó",
    "reconoció", "reconoce", "apuntó", "apunta", "comentó", "respondió", "responde", "escribió",
    "aseveró", "recalcó", "remarcó", "agradeció", "agradecido", "confirmó", "concluyó", "defendió",
    "sostiene", "reiteró", "enfatizó", "aseguraba", "lamentó", "celebró", "insistía", "recordó",
    "admitió", "criticó", "pidió", "exigió", "precisó", "puntualizó", "zanjó", "resaltó",
    "subrayado", "comentado", "escrito", "publicó", "afirmaba", "decía", "valoró", "explicaba",
    "reconocido", "señalando", "afirmando", "asegurando", "explicando", "añadiendo", "insistiendo",
    "advirtiendo", "declarando", "diciendo", "aseverado", "proclamó",
    "confirmado", "reiterado", "advertido", "destacado", "indicado", "recalcado", "prometido",
    "manifestado", "expresado", "sostenido", "defendido", "respondido", "admitido", "criticado",
    "exigido", "precisado", "lamentado", "recordado", "apuntado", "agregado", "enfatizado",
    "opinó", "bromeó", "espetó", "remató", "sentenció", "resumió", "aclaró", "detalló",
    "expuso", "relató", "narró", "prosiguió", "continuó", "completó", "confesó", "reflexionó",
    "contó", "argumentó", "replicó", "matizó", "añadía", "apuntaba", "comentaba", "declaraba",
    "subrayaba", "destacaba", "señalaba", "reconocía", "sentenciado", "aclarado", "relatado",
    "confesado", "reconociendo", "subrayando", "destacando", "apuntando", "recordando",
    "concluyendo",
    "apostilló", "confiesa", "lamenta", "considera", "consideró", "elogió", "agradece",
    "incidió", "recalca", "argumenta", "sentencia", "concluye", "admite", "comenta", "contestó",
    "preguntó", "avisó", "alertó", "reclamó", "denunció", "defiende", "reafirmó",
    // "harangued" a crowd: "«…», arengó el presidente".
    "arengó", "arengaba", "arengando",
    // Reflexive: "se felicitó", "se congratuló", "se jactó".
    "felicitó", "congratuló", "jactó", "quejó", "mostró", "felicita", "congratula",
    "justificó", "justifica",
    // "reaccionó el presidente", "tachó de «…»" (branded it): a reaction is a remark.
    "reaccionó", "reaccionado", "reacciona", "tachó", "tachado", "tacha", "exclamó",
    // Participles of the perfect ("ha proclamado Macron"), for the verbs
    // above that had only their simple past.
    "proclamado", "justificado", "opinado", "bromeado", "espetado", "resumido", "detallado",
    "expuesto", "narrado", "argumentado", "replicado", "matizado", "valorado",
    "reclamado", "denunciado", "reafirmado", "contestado", "alertado", "avisado", "elogiado",
    "concluido", "puntualizado", "zanjado", "resaltado", "reflexionado",
    // "calificó de «…»", "instó", "estimó", "garantizó"; present and gerunds of the verbs above.
    "calificó", "califica", "calificado", "calificando", "instó", "insta", "instado", "estimó",
    "estima", "garantizó", "garantiza", "tuiteó", "acusó", "arremetió", "reivindicó", "exhortó",
    "negó", "recuerda", "pide", "agregando", "indicando", "prometiendo", "criticando", "pidiendo",
    "defendiendo", "sosteniendo", "remarcando", "enfatizando", "expresando", "manifestando",
];

/// Portuguese reporting verbs (simple past and present: the compound past is rare in reports).
#[rustfmt::skip]
pub(super) const PT: &[&str] = &[
    "disse", "diz", "afirmou", "afirma", "declarou", "declara", "explicou", "explica",
    "acrescentou", "acrescenta", "sublinhou", "sublinha", "destacou", "destaca", "garantiu",
    "garante", "referiu", "refere", "salientou", "salienta", "respondeu", "responde", "admitiu",
    "admite", "reconheceu", "considerou", "frisou", "vincou", "assegurou", "adiantou", "contou",
    "comentou", "escreveu", "anunciou", "defendeu", "prometeu", "agradeceu", "confessou",
    "ressaltou", "enfatizou", "reiterou", "avisou", "lembrou", "apontou", "observou", "pediu",
    "realçou", "reforçou", "concluiu", "ironizou", "celebrou", "lamentou", "afirmava", "dizia",
    "questionou", "elogiou", "assinalou", "indicou", "dizendo", "afirmando", "acrescentando",
    "explicando", "sublinhando", "destacando", "garantindo", "declarando",
    "prosseguiu", "prossegue", "continuou", "continua", "lembra", "vinca", "frisa", "revela",
    "revelou", "confessa", "considera", "assegura", "enalteceu", "enaltece", "louvou", "louva",
    "enfatiza", "reforça", "realça", "recordou", "recorda", "insistiu", "insiste", "atirou",
    "rematou", "sentenciou", "desabafou", "desabafa", "completou", "analisou", "detalhou",
    "detalha", "detalhando",
    "avaliou", "opinou", "alertou", "advertiu", "brincou", "disparou", "expressou",
    "reconhece", "confirmou", "confirma", "relatou", "assumiu",
    "assume", "explicava", "acrescentava", "sublinhava", "declarava", "referindo",
    "frisando", "vincando", "salientando", "lembrando", "reforçando", "admitindo",
    "afirmado", "declarado",
    // "criticou", "classificou", "falou", "apelou"; present and gerunds of the verbs above.
    "criticou", "acusou", "apelou", "exigiu", "denunciou", "classificou", "descreveu", "argumentou",
    "negou", "repetiu", "sustentou", "reafirmou", "notou", "perguntou", "exortou", "instou",
    "publicou", "falou", "defende", "pede", "escreve", "promete", "reitera", "defendendo",
    "prometendo", "pedindo", "alertando", "criticando", "acusando", "apelando", "assegurando",
    "reiterando",
    // "reagiu o porta-voz", "exclamou o aliado": a reaction or an outcry is a remark.
    "reagiu", "reage", "exclamou", "exclama",
];

/// Russian reporting verbs (past and present forms, by gender and number).
#[rustfmt::skip]
pub(super) const RU: &[&str] = &[
    "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил", "отметила",
    "отметили", "подчеркнул", "подчеркнула", "добавил", "добавила", "сообщил", "сообщила",
    "пояснил", "пояснила", "говорит", "говорил", "говорила", "заявляет", "признал", "признала",
    "уточнил", "уточнила", "написал", "написала", "ответил", "ответила", "считает", "заверил",
    "пообещал", "предупредил", "указал", "указала", "констатировал", "резюмировал", "объяснил",
    "высказался", "призвал", "поблагодарил", "продолжил", "добавляет", "отмечает", "подчеркивает",
    "выразил", "выразила", "напомнил", "напомнила", "поделился", "поделилась", "признался",
    "призналась", "пообещала", "обещал", "заметил", "заметила", "подытожил", "резюмировала",
    "констатировала", "утверждает", "утверждал", "рассказал", "рассказала", "объявил", "объявила",
    "высказалась", "призвала", "заверила", "говорится", "отвечая", "заявляя", "подчеркнув",
    "отметив", "добавив", "сказано", "ответили", "заявлял", "говорят",
    "уверял", "уверяет", "начал", "начала",
    "рассказывает", "объясняет", "обратился", "обратилась", "пишет", "указывает",
    "напоминает", "отвечает", "спросил", "подытожила", "прокомментировал",
    "прокомментировала", "высказал", "признаёт", "признает",
    // Feminine and plural forms of the verbs above; "назвал", "оценил"; the spelling with ё.
    "подчеркнули", "добавили", "пояснили", "уточнили", "написали", "сообщили", "призвали",
    "пообещали", "спросила", "спросили", "поблагодарила", "продолжила", "выразили", "напомнили",
    "предупредила", "предупредили", "указали", "объяснила", "признали", "заверили", "подчёркивает",
    "сообщает", "полагает", "назвал", "назвала", "оценил", "оценила", "обещает",
];

/// Ukrainian reporting verbs (past and present forms, by gender and number).
#[rustfmt::skip]
pub(super) const UK: &[&str] = &[
    "сказав", "сказала", "сказали", "заявив", "заявила", "заявили", "зазначив", "зазначила",
    "наголосив", "наголосила", "додав", "додала", "повідомив", "повідомила", "уточнив", "уточнила",
    "підкреслив", "підкреслила", "написав", "написала", "говорить", "каже", "відповів", "пояснив",
    "пояснила", "запевнив", "попередив", "висловився", "закликав", "подякував", "розповів",
    "заявляє", "зазначає", "наголошує",
    "розповіла", "пообіцяв", "пообіцяла", "нагадав", "нагадала", "висловила", "закликала",
    "подякувала", "відповіла", "констатував", "запевнила", "вважає", "заявляв", "говорив", "казав",
    "зауважив", "зауважила", "підсумував", "відзначив", "відзначила",
    "наголошуючи", "заявивши", "додавши",
    "повідомляє", "зазначивши", "наголосивши", "підкресливши", "відповідаючи", "пише",
    "сказавши", "розповідає", "додає", "підкреслює", "запевняє",
    "визнав", "визнала", "висловив", "звернувся", "звернулася", "пояснює", "резюмував",
    "підсумувала", "поділився", "поділилася", "нагадує", "вказав", "вказала", "запитав",
    "спитав", "наголошував", "відповідає", "прокоментував", "прокоментувала", "заявляла",
    // Plural forms of the verbs above; "назвав", "оцінив".
    "назвав", "назвала", "оцінив", "оцінила", "наголосили", "додали", "зазначили", "підкреслили",
    "повідомили", "пояснили", "написали", "запевнили", "закликали", "подякували", "розповіли",
    "відповіли", "попередила", "попередили", "уточнили", "зауважили", "кажуть", "говорять",
    "запитала", "спитала", "пообіцяли", "визнали", "нагадали",
    // The present of "визнав" (as Russian "признаёт").
    "визнає", "визнають",
];

/// Romanian reporting verbs (participles for the perfect tenses: the auxiliary
/// is an ordinary word between subject and verb).
#[rustfmt::skip]
pub(super) const RO: &[&str] = &[
    "spus", "spune", "declarat", "declară", "afirmat", "afirmă", "adăugat", "adaugă", "explicat",
    "explică", "subliniat", "subliniază", "precizat", "precizează", "transmis", "transmite",
    "anunțat", "anunță", "menționat", "menționează", "arătat", "scris", "scrie", "răspuns",
    "susținut", "susține", "mulțumit", "promis", "avertizat", "insistat", "afirmând", "declarând",
    "spunând", "adăugând", "anuntat", "spunand", "declarand",
    "reiterat", "apreciat", "conchis", "reacționat", "îndemnat", "cerut", "recunoscut", "punctat",
    "accentuat", "postat", "replicat", "comentat", "mărturisit", "opinat", "explicând",
    "subliniind", "precizând", "declara", "spunea", "afirma",
    "zis", "dezvăluit", "relatat", "completat", "povestit", "continuat", "evidențiat",
    "remarcat", "notat", "reamintit", "amintit", "semnalat", "lăudat", "felicitat", "criticat",
    "admis", "confirmat", "conchide", "adăuga", "preciza", "sublinia", "explica", "mărturisește",
    "recunoaște", "precizeze", "sublinieze", "declare", "spună", "adauge", "transmită",
    "afirme", "exclamat", "izbucnit", "glumit", "ironizat", "răspunde",
    "concluzionat", "reafirmat", "întrebat", "estimat", "considerat", "consideră", "sugerat",
    "negat", "acuzat", "avertizează", "atras", "semnalează", "insistă", "afirmase",
    // "a calificat", "a asigurat", "a descris"; gerunds and present forms of the verbs above.
    "calificat", "descris", "denunțat", "condamnat", "solicitat", "asigurat", "garantat", "arătând",
    "menționând", "insistând", "transmițând", "anunțând", "notând", "notează", "amintește",
    "reamintește", "asigură", "îndeamnă", "punctează",
];

/// Polish reporting verbs (past forms by gender, present forms).
#[rustfmt::skip]
pub(super) const PL: &[&str] = &[
    "powiedział", "powiedziała", "powiedzieli", "stwierdził", "stwierdziła", "dodał", "dodała",
    "zaznaczył", "zaznaczyła", "podkreślił", "podkreśliła", "mówił", "mówiła", "mówi", "oświadczył",
    "oświadczyła", "ocenił", "oceniła", "napisał", "napisała", "zapowiedział", "zapowiedziała",
    "przekonywał", "przekonywała", "apelował", "wskazał", "wskazała", "zadeklarował", "odpowiedział",
    "przyznał", "przyznała", "dziękował", "podziękował", "ogłosił", "ogłosiła", "zapewnił",
    "zapewniła", "wyjaśnił", "wyjaśniła", "stwierdza", "podkreśla", "dodaje", "zaznacza",
    "zaapelował", "zwrócił", "zwracał", "mówiąc", "podkreślając", "dodając", "wołał", "krzyczał",
    "wzywał", "zauważył", "zauważyła", "przypomniał", "przypomniała", "zadeklarowała", "apelowała",
    "ocenia", "mówią", "twierdzi", "twierdził", "uważa", "przekonuje", "stwierdzając",
    "podsumował", "przekonywali", "ogłaszając", "dziękując", "przekazał", "przekazała",
    "relacjonuje", "relacjonował", "relacjonowała", "kontynuował", "kontynuowała", "zaczął",
    "zaczęła", "rozpoczął", "rozpoczęła", "perorował", "perorowała", "podkreślał", "podkreślała", "odparł", "odparła",
    // "Wyraził przekonanie, że …", "wyraziła nadzieję": expressed a view.
    "wyraził", "wyraziła",
    // "zakrzyknął", "wykrzyknął": cried out.
    "zakrzyknął", "zakrzyknęła", "wykrzyknął", "wykrzyknęła",
    // Feminine and plural forms of the verbs above; "ostrzegł", "zapytał", "oznajmił",
    // "wygłosił"; present forms and adverbial participles.
    "odpowiedziała", "dziękowała", "podziękowała", "zaapelowała", "zwróciła", "zwracała", "wezwał",
    "wezwała", "podsumowała", "twierdziła", "ostrzegł", "ostrzegła", "ostrzega", "ostrzegał",
    "zapytał", "zapytała", "pytał", "pytała", "oznajmił", "oznajmiła", "powtórzył", "powtórzyła",
    "obiecał", "obiecała", "obiecuje", "pisze", "wskazuje", "zauważa", "przypomina", "przyznaje",
    "zapewnia", "wyjaśnia", "tłumaczy", "tłumaczył", "tłumaczyła", "argumentował", "argumentowała",
    "skomentował", "skomentowała", "komentował", "wygłosił", "wygłosiła", "stwierdzili", "dodali",
    "podkreślili", "zaznaczyli", "napisali", "ocenili", "zaznaczając", "wskazując", "twierdząc",
    "oceniając", "przypominając", "zapewniając", "apelując",
];

/// Reporting verbs of several words, whose last word alone reports nothing
/// ("a mis en garde", "ha puesto de relieve", "ha fatto sapere"): each as
/// its words in order, read at the last one.
#[rustfmt::skip]
pub(super) const PHRASES: &[&[&str]] = &[
    &["made", "clear"], &["makes", "clear"], &["make", "clear"], &["made", "it", "clear"],
    &["makes", "it", "clear"],
    // "“…,” X pointed out to the president": "out" alone reports nothing.
    &["pointed", "out"], &["points", "out"], &["point", "out"], &["pointing", "out"],
    &["mis", "en", "garde"], &["met", "en", "garde"], &["mettant", "en", "garde"],
    &["fait", "savoir"], &["fait", "valoir"], &["tenu", "à", "souligner"],
    &["tenu", "à", "rappeler"], &["tenu", "à", "préciser"], &["tenu", "à", "dire"],
    &["messo", "in", "guardia"], &["mette", "in", "guardia"], &["fatto", "sapere"],
    // "let it be known" in the present and infinitive too ("«…», fa sapere
    // X", "si limita a far sapere X", "hizo saber X").
    &["fa", "sapere"], &["far", "sapere"], &["fanno", "sapere"], &["hizo", "saber"],
    &["hecho", "saber"], &["hace", "saber"], &["fez", "saber"], &["faz", "saber"],
    &["tenuto", "a", "precisare"], &["tenuto", "a", "sottolineare"],
    &["puesto", "de", "relieve"], &["puso", "de", "relieve"], &["pone", "de", "relieve"],
    &["puesto", "de", "manifiesto"], &["puso", "de", "manifiesto"], &["hizo", "hincapié"],
    &["dejó", "claro"], &["dejado", "claro"], &["deja", "claro"],
    &["deixou", "claro"], &["chamou", "a", "atenção"],
];
