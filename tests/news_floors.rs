//! The floors the labelled real news must reach (`tests/fixtures/news/`,
//! scored by `news_accuracy.rs`): a little under the current figures of each
//! half of the split, with the history of how each was reached. Raise them
//! when a change lifts both halves; `cargo run --release --example news_eval`
//! prints every figure.

/// Figures a half must reach: extraction recall, speaker accuracy, pair
/// precision and pair F1 (same-language pairs).
pub(crate) struct Floor {
    pub(crate) extraction: f64,
    pub(crate) speaker: f64,
    pub(crate) precision: f64,
    pub(crate) f1: f64,
    /// Share of the stories whose reader opens on a true group (the first
    /// screen: the most divergent confident group).
    pub(crate) screens: f64,
}

// Tune extraction 0.987 (session 12: closers spelt in mojibake, wrong-way
// closers and quotes reopened line by line are read); 0.994 with fr23's
// guillemet forms (nested « closed by one », « closed by ", an opener
// re-opened in its own mark, a closer left after an attribution).
// Tune precision was 0.98 until letters printed whole were extracted: the
// CrowdStrike CEO's letter repeats sentences of his earlier posts ("This was
// not a cyber attack"), which the labels keep apart as other occasions.
// Session 48: 0.990 rounded, just under 0.99, with Trump and Netanyahu's
// press conference in tune (0.965 of its own: an RTTNews copy whose
// single-quoted sentences are glued to the text around them without
// spaces, 'site.'Level the site …'): floor 0.985.
// Session 49: 0.987 with Meloni's confidence speech in tune (0.922 of its
// own: machine translations whose quotes open with “ and close with " or
// reopen with “, a quote broken by "– he adds forcefully –"), floor kept.
// Session 54: 0.990 with Milei's Davos speech in tune (0.978 of its own;
// 0.983 once a guillemet glued to Spanish "¡" or "¿" opens), floor kept.
pub(crate) const TUNE: Floor = Floor {
    extraction: 0.985,
    // The dissolution-night story (attr13) joined tune with speaker 0.76,
    // pair precision 0.77 and F1 0.76 of its own: tune is now speaker 0.896,
    // precision 0.95, F1 0.76 (news_eval after merging main). attr14's
    // Spanish and French rules lifted speaker to 0.912; garbled spellings
    // of one name ("Frederick Mirz"), "vice-président" as a role and a
    // heading that repeats an attributed quote's words to 0.929; 0.947 in
    // session 12. The Merz–Macron Paris story (story18) joined tune with
    // speaker 0.634 of its own (leaders named by role and bare surname in
    // de/fr/it/es/pl/ro/uk; German 0.518): tune is now speaker 0.872,
    // extraction 0.982, precision 0.949, F1 0.803. 0.917 with attr18's
    // German reported speech (a subjunctive sentence's quote is the reported
    // speaker's), seats of power and role nouns governed after "according
    // to" (German 0.518 → 0.880). The Sánchez blackout story (story19b)
    // joined tune with speaker 0.786 of its own (a name read across a line
    // break, "Pedro Sánchez⏎Spain's…", and "Spain PM Pedro Sanchez" become
    // other people; Italian quotes with the speaker named only before or
    // far after them): tune is now 0.903; 0.914 in session 15 (lines of
    // different width are not one wrapped paragraph, "PM" titles a name,
    // wire copy's closing attribution, "said a grave-looking …"); 0.922
    // with attr20's role and apposition rules ("Prime Minister" heads the
    // government, "the president" where nobody is named so, "Jak ocenił
    // premier, gest Merza" is the premier's; check unchanged at 0.812).
    // Meloni's press conference (story20, translated from Italian) joined
    // tune in session 16 with speaker 0.827 of its own (an epithet or a spun
    // verb in the reporting clause, a nearer name in the sentence): 0.904;
    // 0.912 with attr20's rules, the audience phrase ("a précisé auprès de la
    // presse X") and "The Times quoted X as saying" (session 16). 0.926
    // with attr21's clause readings (an opening "Interrogée", "sagte sie",
    // a label's topic, a sentence naming nobody continuing the report
    // before it). Session 17's merged main: 0.922 with Carney's victory
    // speech (story21b, speaker 0.868 of its own) in tune, the French and
    // Romance rules of fr21 and "C'est ce qu'a déclaré X"; 0.924 with "the
    // far-right leader" as the report's subject (attr21), kept once a
    // one-word echo must match a word of the statement, not only its cut
    // stem (attr22: "responsibly" had joined "responsibility"). 0.934 with
    // attr23's rules (a name closing an inverted clause, "ha detto alla
    // folla", photo credits, long opening phrases, "quant à X", "continued
    // to", a lead pronoun's tie; check 0.829 → 0.834). Session 18's merged
    // main: 0.937 with Xi Jinping's parade speech (story23, speaker 0.369 of
    // its own until names written family name first were read: 0.881) in
    // tune and fr23's Portuguese "X "…", declarou" rule. 0.925 in session
    // 19 when Nawrocki's inauguration (story24, speaker 0.822 of its own)
    // moved into tune; 0.932 with attr25's role nouns and glued sentences
    // and the Polish people rules.
    // 0.939 in session 20 (attr26: the nine languages' reporting verbs
    // filled in, a gerund shares its clause's subject, appositions and the
    // objects of "between" are no subjects).
    // Session 21: Musk's farewell and Bolsonaro's conviction moved from
    // check to tune (their labellers' lists of miss kinds are to be read to
    // write rules, so they measure nothing blind any more): 0.917. 0.925
    // with attr27 (a verb after "and" keeps its subject; party families
    // and "former" past an adjective; Bolsonaro 0.725 → 0.826).
    // Session 22: Trump's inaugural address (0.937) and Le Pen's conviction
    // (0.630) moved in from check, their miss lists to be read: 0.913;
    // 0.918 with attr28 (verbs of retort, relative clauses; Le Pen 0.700).
    // Session 23: Charlie Kirk's killing (0.876) and the Louvre heist
    // (0.701) moved in from check, their miss lists to be read: 0.904;
    // 0.914 with attr29 (a role noun stands for the name apposed to it,
    // "governor", the person a gerund speaks about is not "he"; Louvre
    // 0.804, Kirk 0.914) and people30.
    // Session 24: Mamdani's victory night (0.749) and Sarkozy's sentencing
    // (0.850) moved in from check, their miss lists to be read: 0.899;
    // 0.903 with attr31 ("Mayor-elect" titles a name; Mamdani 0.799);
    // 0.907 with people32's places and surnames and extract31 merged.
    // 0.914 with attr33 (a later clause's own subject, "In his speech, X",
    // "Mao-style", Italian enclitic gerunds, "l'ex-président"; it 0.829).
    // Session 28: the Liberation Day speech (story35a, 0.848 of its own:
    // scare quotes in headlines and subheads, a quote after "The president
    // pledged …", Italian and French quotes with the speaker only in a
    // headline or after the closer) joined tune: 0.909.
    // Session 30: 0.923 with attr37 (a headline quote's label after its
    // colon, ordinals before a role noun, "these claims", a contrasting
    // clause's own subject, "the first lady"). Session 31: 0.920 with
    // Germany's election night in tune (0.854 of its own); 0.922 with
    // attr38 (an inverted clause after a quote with an unlisted verb, a
    // named report past its verb, a role after "al" as addressee).
    // Session 32: 0.926 with attr39 (a name ends where its script changes,
    // "fa sapere", "l'heureux élu", the head of an executive, a Portuguese
    // subject phrase, a leaning inside a party's name); floor 0.91 -> 0.92.
    // Session 33: 0.929 with attr40 (a body after a Romanian genitive
    // article, feminine Ukrainian and Polish titles, a name given as an
    // example); floor kept, 0.93 would leave no margin. Session 41: 0.924
    // with Khamenei's victory address in tune (0.728 of its own: his words
    // after "the Supreme Leader", "the Ayatollah", a title before his name),
    // floor kept. Session 48: 0.938 with Trump and Netanyahu's press
    // conference in tune (0.875 of its own: two men, "he", "the president"
    // and "the prime minister"); 0.939 (0.894) once Israel's cases of other
    // languages are a country ("Premier Izraela" is a role, not a name);
    // floor kept. Session 51: 0.938 with Trump and Starmer's Chequers press
    // conference in tune (0.864 of its own: English 0.95, its translations
    // lose Trump to "il tycoon", "el republicano" and Putin named in the
    // sentence); floor kept. Session 53: 0.942 with the G7 summit at
    // Kananaskis in tune (0.890 of its own: many leaders named by role,
    // "he" after "the President", a participle after a "while" clause);
    // floor kept. Session 54: 0.940 with Milei's Davos speech in tune (0.846
    // of its own: given in Spanish, every English quote a translation; role
    // phrases such as "the leader of La Libertad Avanza", headlines, "For
    // him, …"); 0.942 (0.874) with "arengó", "ha continuato", "A juicio de
    // X", a promo line passed over and a headline telling "World Leaders";
    // floor kept.
    speaker: 0.92,
    // 0.937 since Meloni's press conference joined tune (0.86 of its own:
    // a reporter's question and her answer share a phrase). 0.95 in
    // session 18 (long23: a one-word piece stays with its sentence). 0.96
    // in session 19 (prec25: an excerpt's words must lie close together in
    // the longer quote; a scare quote is a whole quotation).
    // 0.971 in session 20 (prec26's function-word scare quotes; split26's
    // pieces join a group only through a link).
    // 0.958 in session 21 with Musk's and Bolsonaro's stories moved in
    // from check (Bolsonaro 0.81 of its own).
    // 0.962 in session 22 with the inaugural (0.97) and Le Pen (1.00)
    // stories moved in; 0.967 with prec28's `voices` (one short phrase of
    // two speakers: Bolsonaro 0.82 → 0.89).
    // 0.956 in session 28 with the Liberation Day speech in tune (0.86 of
    // its own: the scare quote "American Dream" joins both sentences that
    // say it; the event's title "Make America Wealthy Again" joins Trump's
    // "make America wealthy again"). 0.952 in session 29 with Modi's
    // Sindoor address in tune (0.87 of its own, floor kept). 0.951 in
    // session 31 with Germany's election night in tune (0.93 of its own:
    // Trump's "started" joins Merz's "Let's get the party started"; "absolute
    // priority" joins his later "That is my absolute priority"), floor kept.
    // 0.959 in session 32 when a fragment its articles quote inside their
    // own sentences joins only those sentences' groups (Kirk 0.94 -> 0.99):
    // floor 0.955, which fails without that rule (0.9517).
    // 0.9549 in session 41 with Khamenei's victory address in tune (0.92 of
    // its own: Persian sentences in many English wordings, "slap" and
    // "victory" scare quotes of several sentences): floor 0.95. 0.968 in
    // session 45 (a cut piece needs two renderings of its group; short
    // edited matches need both speakers; Title-Case slogans part from the
    // sentence): floor 0.96. Session 48: 0.9693 with Trump and Netanyahu's
    // press conference in tune (1.00 of its own), floor kept. Session 51:
    // 0.9688 with Trump and Starmer's Chequers press conference in tune
    // (0.95 of its own), floor kept. Session 53: 0.9681 with Putin's
    // Oreshnik address in tune (1.00 of its own), 0.9682 with story53's
    // two extraction rules, floor kept; 0.9654 with the G7 summit at
    // Kananaskis in tune too (0.89 of its own), floor kept.
    // Session 56: 0.9530 with the Dalai Lama's succession statement in
    // tune (0.71 of its own: "the institution of the Dalai Lama" recurs in
    // most sentences of the statement, so "When I am about ninety … whether
    // or not the institution of the Dalai Lama should continue" and the cut
    // "earnestly requesting that the institution of the Dalai Lama continue"
    // join "I am affirming that the institution of the Dalai Lama will
    // continue"; a Reuters quote joining two sentences with a comma bridges
    // their groups): floor 0.95. 0.9621 with hub56's excerpt_bridges (a
    // phrase one statement repeats no longer joins its sentences; the story
    // 0.88 of its own): floor 0.955, which fails without that rule.
    precision: 0.955,
    // 0.782 since scare quotes join the statement their own article (or,
    // for one word, the one group of their speaker saying it) quotes.
    // 0.81 in session 12 (slots: a lone rendering joins the one in its
    // place of the speech in another article); 0.82 in session 13 (an
    // excerpt joins the sentence it is cut from; lifted sentences). 0.803
    // since the Merz–Macron Paris story joined tune with pair recall 0.47
    // and F1 0.64 of its own (precision 1.00). 0.771 since the Sánchez
    // blackout story joined tune with pair recall 0.25 and F1 0.39 of its
    // own: one Spanish sentence in many English translations ("strong
    // oscillation" / "a strong technical fluctuation in the European
    // electricity system"), scare quotes of a word or two. 0.788 in
    // session 15 (the name read across a line break no longer splits
    // Sánchez; group19's stems cut at seven letters). 0.768 since Meloni's
    // press conference joined tune with recall 0.33 and F1 0.48 of its own
    // (AP, AFP and Reuters translate each sentence in other words).
    // 0.797 in session 17 (Carney's speech joined with F1 0.88; group21's
    // contraction keys; prec21's question/answer rules). 0.82 in session
    // 18 (the Xi parade story joined with F1 0.92; fr23's extraction,
    // long23's short pieces, recall23's English near-synonyms). 0.83 in
    // session 19 (Nawrocki's inauguration joined with F1 0.83; frag25's rare
    // words, prec25). 0.842 in session 20 (split26: a long unit is cut
    // between runs that renderings in two groups match; recall26: close
    // rewordings of one short sentence; prec26). 0.833 in session 21 with
    // Musk's (0.91) and Bolsonaro's (0.70) stories moved in from check.
    // 0.860 in session 22 with the inaugural (0.93) and Le Pen (0.61)
    // stories moved in; 0.864 with split28's `rejoin` and prec28's `voices`.
    // 0.853 in session 29 with Modi's Sindoor address in tune (recall 0.51,
    // F1 0.64 of its own: each outlet translates his Hindi its own way).
    // 0.847 in session 30 (floor lowered to 0.84): attr37 gave a headline
    // "‘Turn the Volume Up’: X’s Victory Speech …" its right speaker (it
    // had a rival's), and the short copies of those four words, now of one
    // speaker, form a group of their own beside the full sentence (71
    // Mamdani pairs; a grouping rule's, not an attribution's, miss; check
    // pairs unchanged). 0.843 in session 31 with Germany's election night
    // in tune (recall 0.55, F1 0.69 of its own: Merz's German sentences in
    // many English wordings); 0.850 with recall38's rule (a fragment fits
    // a group its speaker agrees with better by the speakers' weight, so
    // those copies join the full sentence again); 0.844 with attr38, whose
    // rules give a bracketed Spanish rendering of those words a speaker too,
    // so the copies fit two attributed groups about equally again; 0.852
    // when a fragment that fits two groups alike joins the one alone in
    // holding a rendering in its language (this floor fails without it).
    // 0.867 in session 32 with group39's two attach rules (a fragment its
    // articles quote inside their own sentences; a fragment sharing no
    // specific word with a rendering) and unq39's unquoted statements
    // (signed lines, the record's transcripts): floor 0.86.
    // 0.859 in session 41 with Khamenei's victory address in tune (recall
    // 0.58, F1 0.71 of its own: each outlet translates his Persian its own
    // way): floor 0.85. Session 48: 0.863 with Trump and Netanyahu's press
    // conference in tune (recall 0.63, F1 0.77 of its own: a transcript's
    // turns and cut pieces of one long sentence), floor kept. Session 51:
    // 0.864 with Trump and Starmer's Chequers press conference in tune
    // (recall 0.64, F1 0.76 of its own: "easiest … let me down. He's really
    // let me down" cut and merged many ways), floor kept. Session 53: 0.861
    // with Putin's Oreshnik address in tune (recall 0.28, F1 0.44 of its
    // own: every outlet translates his Russian its own way, "Oreshnik"
    // quoted alone by seven outlets), 0.862 with story53's extraction rules
    // (a “ closed by », a straight quote that lost its closer), floor kept;
    // 0.861 with the G7 summit at Kananaskis in tune too (recall 0.67,
    // F1 0.77 of its own: Trump's post cut, reworded and translated many
    // ways), floor kept.
    f1: 0.85,
    // 22/25 until session 33; 24/25 with screen40's rule (a group whose most
    // divergent rendering shares under three words with another outlet's
    // is doubtful, never the first screen). 25/25 in session 35 when teaser
    // lines ("READ MORE: …") became boilerplate (crowdstrike's first screen
    // had been a teaser's words): floor 0.96. 25/26 in session 41 with
    // Khamenei's victory address in tune (its first screen is a false
    // group), floor kept.
    screens: 0.96,
};

pub(crate) const CHECK: Floor = Floor {
    // 0.976 in session 15 (a guillemet ending its line closes, a stray
    // repeated opener, a statement whose opener fell off).
    extraction: 0.97,
    // 0.789 after attr14 (was 0.779); 0.792 with rule 7 (repeated words);
    // 0.794 with attr15's French and Polish rules; 0.812 in session 15 with
    // Macron's address in the half (attr19's rules for "“…?” X asked.",
    // "Et de conclure :" and "a-t-il énoncé" were written knowing story19's
    // list of miss kinds, not its texts).
    // 0.829 in session 17 (JD Vance's Munich speech, story21, joined check
    // with speaker 0.925 of its own; fr21's and attr21's rules). 0.848 in
    // session 18 (Macron's recognition of Palestine, story23b, joined with
    // speaker 0.937 of its own; attr23's rules). 0.854 in session 19
    // (attr25: sentences glued without a space are split; role nouns).
    // Session 20: Musk's farewell (story26a, speaker 0.851 of its own) and
    // Bolsonaro's conviction (story26b, 0.661 of its own: role phrases
    // such as "the Republican leader", a name between speaker and quote,
    // Romanian and Polish reports of English words) joined check: 0.836
    // with no change to the engine; 0.842 with the session's rules (none
    // written from those two stories; Bolsonaro 0.661 → 0.725). Session
    // 21: the two moved to tune (their miss lists are read to write rules):
    // the nine stories left give 0.854. Trump's inaugural address
    // (story27a, 0.937 of its own) and Le Pen's conviction (story27b, 0.620:
    // her name in the sentence taken for the speaker of her supporters'
    // words) joined check: 0.850; 0.851 with attr27 (Le Pen 0.630, blind).
    // Session 22: those two moved to tune (0.854); Charlie Kirk's killing
    // (story28a, 0.871 of its own) and the Louvre heist (story28b, 0.691:
    // a minister's words given to another named nearby, role nouns) joined
    // check: 0.844 with no change to the engine. Session 23: those two
    // moved to tune; the nine stories left give 0.854. Mamdani's victory
    // night (story29a, 0.749 of its own: a place read as a person takes
    // "he said", an addressee taken for the speaker) and Sarkozy's
    // sentencing (story29b, 0.850) joined check: 0.838, with no change to
    // the engine. Session 24: those two moved to tune; the nine stories left
    // give 0.854 again. Session 25: the Israel–Iran ceasefire (story31a,
    // 0.893 of its own) and Machado's Nobel Peace Prize (story31b, 0.642 of
    // its own) joined check, with no change to the engine: 0.842; the same
    // with the session's tune rules merged. Session 27: Trump's UN General
    // Assembly speech (story34, 0.860 of its own) joined check with no
    // change to the engine: 0.845 → 0.847. 0.843 in session 28 when Putin's
    // Valdai speech (story35b, 0.810 of its own) joined check. 0.837 in
    // session 30 when the Oval Office clash of 28 Feb 2025 (story37, 0.771
    // of its own) joined check with no change to the engine; 0.841
    // with attr37's rules (headline quotes' labels; blind). 0.843 with
    // attr38's rules (blind); the floor stays 0.83 for other sessions' merges.
    // 0.843 in session 32 when Russian drones over Poland (story39, Tusk's
    // Polish words in each outlet's translation; 0.839 of its own) joined
    // check with no change to the engine.
    speaker: 0.83,
    // 0.896 since the Turnberry trade-deal story (story20b) joined check in
    // session 16 with precision 0.70 of its own (short generic quotes about
    // "a plan" join other sentences that share their words). 0.91 in
    // session 18 (long23's short pieces: Romanian 0.88 → 0.93). 0.90 with
    // the two stories of session 20 (Bolsonaro 0.79 of its own: "witch
    // hunt" said by Rubio, by Trump weeks before and by the administration
    // are labelled apart); 0.938 with prec26's opening veto (hush-money
    // 0.64 → 0.99: the only story where it parts a link, so count it as
    // chosen on check) and function-word scare quotes. 0.946 in session 21
    // with the two new stories moved to tune; 0.955 with the inaugural
    // (0.97 of its own) and Le Pen (1.00) stories in check. 0.946 in
    // session 23 with the Kirk (0.94) and Louvre (1.00) stories moved out;
    // 0.950 with Mamdani's night (0.96) and Sarkozy's sentencing (1.00) in.
    // 0.942 in session 25 with the Israel–Iran ceasefire (0.92 of its own).
    // 0.948 in session 27 with Trump's UN speech (0.98 of its own).
    // 0.912 in session 28 when Putin's Valdai speech (story35b) joined check
    // with precision 0.68 of its own and no change to the engine (a speech
    // given in Russian, each English outlet quoting its own translation);
    // floor 0.94 → 0.90. 0.904 in session 30 with the Oval Office clash
    // (story37, 0.83 of its own) in check. 0.902 in session 32 when Russian
    // drones over Poland (story39, 0.81 of its own) joined check with no
    // change to the engine: floor 0.90 → 0.89, so that it sits a little
    // under the figure rather than 0.002 under it. 0.910 with group39's
    // attach rules (chosen on tune; check counted blind): floor 0.90.
    // 0.9345 in session 45 (hub56's cut pieces placed by two renderings,
    // chosen with check counts; prec56's speakers on short edited matches):
    // floor 0.92.
    precision: 0.92,
    // 0.788 since scare quotes join their statement (tune's note). 0.76
    // since Macron's address of 5 March 2025 (story19) joined check with
    // pair recall 0.48 and F1 0.62 of its own (each outlet translates a
    // sentence in other words): check fell from 0.80 to 0.771 with no
    // change to the engine. 0.741 since the Turnberry story joined check
    // with F1 0.52 of its own (reworded copies, one-word scare quotes).
    // 0.754 in session 17 (the Vance story, F1 0.83 of its own; group21's
    // contraction keys lift Macron's address 0.62 → 0.65). 0.76 in session
    // 19 (frag25's rare words: Vance R 0.72 → 0.76, Turnberry 0.40 → 0.45).
    // 0.76 with session 20's two new stories (Musk 0.87, Bolsonaro 0.69 of
    // their own); 0.775 with the session's grouping rules (Musk 0.91).
    // 0.766 in session 21 with those two moved to tune; 0.82 with the
    // inaugural (F1 0.93: one speaker, near-verbatim reprints) and Le Pen
    // (0.61) stories in check. 0.771 in session 22 with those two moved to
    // tune; 0.782 with the Kirk (0.86) and Louvre (0.75) stories in check,
    // 0.771 again in session 23 with those two moved to tune; 0.787 with
    // Mamdani's night (0.89) and Sarkozy's sentencing (0.81) in check.
    // 0.783 in session 25 with the Israel–Iran ceasefire (0.86) in check.
    // 0.801 in session 27 with Trump's UN speech (0.89) in check.
    // 0.787 in session 28 with Putin's Valdai speech (0.68) in check.
    // 0.791 in session 30 with the Oval Office clash (0.84) in check.
    // 0.787 in session 32 with Russian drones over Poland (0.66) in check.
    // 0.795 in session 43 (a dash and a reporting clause close an unquoted
    // statement; a speaker disagreement weighs against a link instead of
    // barring it): floor 0.78.
    f1: 0.78,
    // 12/15 until session 33; 13/15 with screen40's rule.
    screens: 0.8,
};

/// The people figure a half must reach: the share of listed people that are
/// real people, and the share of labelled people found.
pub(crate) struct PeopleFloor {
    pub(crate) precision: f64,
    pub(crate) recall: f64,
}

// 1.000 on both halves since a country is no given name ("America Strong"),
// a name after a definite article is an institution ("los Juegos
// Olímpicos") and a role phrase before a name describes that name
// ("Parlamento Europeu, o presidente da França, Emmanuel Macron"). Tune
// recall 0.855 since "vice-président du RN Louis Aliot" is found.
// The Merz–Macron Paris story (story18) joined tune with people precision
// 0.688 of its own: a country in the genitive or a place before a name is
// read as its first name ("Niemiec Frank-Walter Steinmeier", "Rosji
// Władimir Putin", "Ucraina Merz", "Präsidenten Emmanuel Macron"), and "La
// Germania" and "Seite der Beziehung" are taken for people; tune precision
// is now 0.940; 0.951 since "Präsidenten" titles a name and a lone "der"
// ends one (attr18). The Sánchez blackout story (story19b) joined tune with
// people precision 0.400 of its own ("Pedro Sánchez⏎Spain" read across a
// line break, "Spain PM Pedro Sanchez", "Red Eléctrica" and "Red Eléctrica
// de España" as people, "Roger Pi" cut before "de Cabanyes"): 0.890;
// 0.943 once those are read right (session 15). 0.939 with Meloni's press
// conference (story20); 0.979 once a country's name opens no name and makes
// a run a place's (session 16). Carney's speech (story21b) joined with
// 0.810 of its own ("Partido Liberal", "the Conservatives", "Seconde Guerre",
// a "READ ALSO:" teaser's Title-Case headline): 0.948; 0.982 once parties,
// wars and teaser headlines name nobody (session 17). Xi's parade speech
// (story23) joined with 0.862 of its own ("Messrs Xi", "Kim Jong-un de la
// Corée du Nord", "Cyberspace Unit"): 0.957; 0.985 once "Messrs" is a
// title, names written family name first are read, and China, Korea and
// France are country names (session 18); recall 0.857.
// 0.987, recall 0.896 in session 20 (people26: a hyphenated given name,
// "Kidawa–Błońska", spouse words, a name kept after a title, "Chief of
// Staff X", a Cyrillic name joins the Latin person whose given name agrees).
// 0.947 in session 21 with Musk's (0.750) and Bolsonaro's (0.739) stories
// moved in from check; recall 0.896. 0.989 with people27 (institution,
// agency and photo-credit words of the other languages, kinship phrases,
// "dos EUA", a comma glued between two names); recall 0.903 with people28
// (body words between a role and a full name: "sottosegretario di Stato X").
// Session 22: 0.958 with the inaugural (0.939) and Le Pen (0.769) stories
// moved in from check; recall 0.896. 0.975, recall 0.906 with people29
// (sentence adverbs open no name, "premier Węgier", lists of three names).
// Session 23: 0.923, recall 0.894 with the Kirk (0.873) and Louvre (0.625)
// stories moved in from check; 0.962, recall 0.898 with people30 (a name
// written only the way a thing is named, titles opened by an article,
// glued bylines, galleries and ministries).
// Session 25: 0.968, recall 0.916, splits 12 → 9 with people32 (compound
// surnames, Arabic romanisations beside one given name, a swapped pair of
// letters in a garbled copy, "Nueva York" after a role; the scorer tells
// "Donald Trump" from "Donald Trump Jr.", which alone lifts recall).
// Session 26: 0.979, recall 0.916, splits 8 → 5 with people33 (capitals
// words, "den Tod von Kirk", "the Charlie Hebdo satirical newspaper",
// "de Francia", "ЕК Урсулы", oblique given names and longer names).
// Session 28: 0.975, recall 0.926 → 0.936 with people35 (two full names
// run together, given names the census lists lack, "Prefect", a body of
// two or three words between a role and a full name); 0.960, recall 0.923
// with the Liberation Day speech in tune (its own precision 0.647: "Rose
// Garden", "Jones Industrial Average", "Tariff Increases", capitals words
// and "Floride Rick Scott" listed as people). Session 29: 0.958, recall
// 0.924 with Modi's Sindoor address in tune (0.625 of its own); 0.976,
// recall 0.926 with extract36 alone (all-caps function words of the other
// languages, "Floride", "Pearl Harbour"; check unchanged); 0.969, recall
// 0.927 with both; 0.977 once India's honorifics title a name ("Shri
// Modi") and "Operation" opens no person's name. Session 31: 0.973,
// recall 0.925 with Germany's election night in tune (0.900, recall 0.895
// of its own), floors kept. Session 48: 0.972, recall 0.933 with Trump and
// Netanyahu's press conference in tune (0.429 of its own: "Infine
// Netanyahu", "Oriente Médio", "Izraela" and "Trumpa Strefa Gazy"
// listed); 0.975 once Israel's cases are a country ("Izraela" gone;
// check 0.920 -> 0.925), floors kept. Session 49: 0.970 (414 of 427,
// just under 0.97), recall 0.928 with Meloni's confidence speech in tune
// (0.900, recall 0.862 of its own: "Samantha Chiara" from a list of first
// names, "Corbella Petrillo" cut from its first name by a line break,
// "CONDEMNED Meloni" from a subhead run into its paragraph), precision floor
// 0.96.
pub(crate) const PEOPLE_TUNE: PeopleFloor = PeopleFloor {
    precision: 0.96,
    recall: 0.91,
};

// Check recall 0.746 since a Romanian "la" after a name ends it ("… la
// Geneva"). Precision 0.95 since Macron's address (story19) joined check
// with 0.727 of its own ("Sanction Russia", "Staff" and "Chancellor-in-waiting
// Friedrich Merz" listed as people): check fell from 1.000 to 0.960. 0.975
// in session 16 (a country's name opens no name), the Turnberry story in.
// Macron's recognition of Palestine (story23b) joined with 0.812 of its own
// ("La France", "Estados Unidos"): 0.954; 0.972 once France is a country
// name and the other languages' "United States" name nobody (session 18;
// the rule was written from the labelling report's list, not the texts).
// Session 20: Musk's farewell (0.750 of its own: "Weißen Haus", two names
// joined by a comma in a keyword line) and Bolsonaro's conviction (0.739:
// "Najwyższy Brazylii", "Hijo de Bolsonaro", a photo credit's "Crédito")
// joined check: 0.920, recall 0.765, with no change to the engine; 0.922 /
// 0.787 with people26 (none of its rules written from those stories).
// Session 21: the two moved to tune; the nine stories left give 0.972,
// recall 0.767. Trump's inaugural address (story27a, 0.939 of its own) and
// Le Pen's conviction (story27b, 0.769: "Charlie Hebdo", "Le Monde", "Così
// Matteo Salvini", "Węgier", "Водночас Кремль") joined check: 0.934,
// recall 0.799, with no change to the engine. Session 22: the two moved to
// tune: 0.972, recall 0.767. Charlie Kirk's killing (story28a, 0.873 of its
// own: "Public Safety", "Tod von Kirk", a role glued to a name) and the
// Louvre heist (story28b, 0.625: artworks, a gallery, a newspaper, "Muzeul
// Luvru") joined check: 0.887, recall 0.799, with no change to the engine.
// Session 23: the two moved to tune; the nine stories left give 0.972,
// recall 0.767. Mamdani's victory night (story29a, 0.957 of its own:
// "Nueva York") and Sarkozy's sentencing (story29b, 0.895: "Le Figaro",
// "Doilea Război Mondial") joined check: 0.960, recall 0.797, with no
// change to the engine; 0.973 with people30's rules, written without
// reading them (Sarkozy 0.895 → 1.000: "Le Figaro", "Doilea Război Mondial").
// Session 24: the two moved to tune; the nine stories left give 0.972,
// recall 0.767. Session 25: the Israel–Iran ceasefire (story31a, 0.667 of
// its own) and Machado's Nobel Peace Prize (story31b, 0.704) joined check:
// 0.895, recall 0.793, with no change to the engine (people32's rules
// included, written on tune). Session 26: 0.919, recall 0.793 with
// people33 (capitals words, seats of government and movements of the
// other languages, German abstract nouns; written from tune and the kinds
// the brief named, not from check's texts). Session 27: Trump's UN speech
// (story34, 0.800 of its own) joined check with no change to the engine:
// 0.908, recall 0.795. Session 28: Putin's Valdai speech (story35b, 1.000
// of its own) joined check with no change to the engine: 0.914, recall 0.798;
// people35 (written from tune and the kinds the brief named, not from
// check's texts) made it 0.909, recall 0.801 on the twelve before.
// Session 32: Russian drones over Poland (story39, 0.800 of its own, recall
// 0.786) joined check with no change to the engine: 0.922 → 0.913, recall
// 0.811 → 0.809.
pub(crate) const PEOPLE_CHECK: PeopleFloor = PeopleFloor {
    precision: 0.90,
    recall: 0.79,
};
