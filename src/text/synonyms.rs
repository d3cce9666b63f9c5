//! English near-synonyms that translators swap for one another: one
//! statement translated from Italian or Spanish by two outlets says
//! "problem" in one and "issue" in the other, "try" and "attempt",
//! "danger" and "threat". Grouping counts such a pair as part of a match,
//! for less than the same word (a swapped word may shade the meaning), the
//! way it counts the substitutions it learns from the corpus itself: the
//! corpus teaches a pair only once two strong links show it, which a story
//! with a handful of translations seldom holds.
//!
//! Only words that say the same thing in most contexts are listed, each in
//! one set; inflections need not be (words are compared by their stems),
//! but irregular forms are ("spoke", "spoken"). Words of more than one
//! sense whose other sense is common ("rule", "cut", "hit", "order") are
//! left out: a pair must not make two different statements look alike.

/// The sets of words that are near-synonyms of each other.
pub const ENGLISH: &[&[&str]] = &[
    &["problem", "issue"],
    &["try", "tried", "tries", "attempt"],
    &["big", "great", "large", "major"],
    &["huge", "enormous", "immense", "tremendous"],
    &["small", "tiny"],
    &["danger", "threat", "risk"],
    &["dangerous", "threatening"],
    &["talk", "speak", "spoke", "spoken", "discuss"],
    &["engagement", "involvement"],
    &["replace", "substitute"],
    &["cause", "reason"],
    &["goal", "objective", "aim"],
    &["consequence", "repercussion"],
    &["select", "choose", "chose", "chosen", "pick"],
    &["strike", "attack"],
    &["fluctuation", "oscillation"],
    &["motor", "engine"],
    &["dubious", "questionable", "doubtful"],
    &["fund", "finance", "financing"],
    &["important", "significant"],
    &["begin", "began", "begun", "start"],
    &["glad", "happy"],
    &["gladly", "happily"],
    &["quickly", "rapidly", "swiftly"],
    &["believe", "think", "thought"],
    &["certain", "sure"],
    &["certainly", "surely", "definitely"],
    &["perhaps", "maybe"],
    &["possibility", "chance", "likelihood"],
    &["outage", "blackout"],
    &["restore", "recover"],
    &["war", "conflict"],
    &["help", "assist", "aid"],
    &["ready", "prepared"],
    &["able", "capable"],
    &["emotion", "feeling", "sentiment"],
    &["defend", "protect", "safeguard"],
    &["increase", "raise", "boost"],
    &["reduce", "decrease", "lower"],
    &["crisis", "emergency"],
    &["entire", "whole"],
    &["show", "demonstrate"],
    &["agreement", "deal", "accord"],
    &["country", "nation"],
    &["world", "global", "worldwide"],
    &["age", "era"],
    &["terror", "terrorism"],
    &["trade", "commerce"],
    &["suspend", "pause"],
    &["response", "reply", "answer", "respond"],
    &["fight", "struggle", "battle"],
    &["tell", "told", "inform"],
    // What translators of one speech choose differently (issue #11: one
    // Italian address rendered by many English outlets).
    &["job", "work", "labour", "employment"],
    &["home", "house"],
    &["afraid", "scared", "frightened", "fearful"],
    &["common", "shared"],
    &["confidence", "trust"],
    &["market", "marketplace"],
    &["ask", "request"],
    &["build", "construct"],
    &["freedom", "liberty"],
    &["difficult", "tough", "hard"],
    &["serious", "grave"],
    &["rich", "wealthy"],
    &["child", "children", "kid"],
    &["everyone", "everybody"],
    &["border", "frontier"],
    &["enemy", "foe"],
    &["grateful", "thankful"],
    &["deep", "profound"],
    &["need", "require"],
    &["remember", "recall"],
    &["path", "road", "route"],
    &["guarantee", "ensure"],
    &["suffering", "pain"],
    &["allow", "permit"],
    &["weak", "fragile"],
    &["unfair", "unjust"],
    &["decent", "dignified"],
    &["poorly", "badly"],
    &["forward", "ahead"],
    &["victory", "triumph"],
    &["happen", "occur"],
    &["buy", "purchase"],
    &["stop", "halt"],
    &["mistake", "error"],
    &["choice", "option"],
    &["promise", "pledge", "vow"],
    &["harm", "damage"],
    &["aware", "conscious"],
    &["brave", "courageous"],
    &["courage", "bravery", "valour", "valor"],
    &["sorrow", "grief"],
    &["anger", "rage", "fury"],
    &["shame", "disgrace"],
    &["terrible", "awful", "horrible", "dreadful"],
    // A translator's choice for one verb or noun of the source language
    // (Italian "volere", "macerie", "annunciare"...): each outlet's English
    // takes one of these, the sentence around it staying the same.
    &["want", "wish"],
    &["rubble", "ruins"],
    &["destroy", "demolish", "dismantle", "eradicate", "uproot"],
    &["announce", "declare", "proclaim"],
    &["announcement", "declaration", "proclamation"],
    &["explain", "clarify"],
    &["firefighter", "fireman", "firemen"],
    &["rebuild", "reconstruct"],
    &["humble", "modest"],
    &["mercy", "compassion"],
    &["enough", "sufficient"],
    &["controversy", "polemic", "polemics"],
    &["unwavering", "unshakable", "unshakeable", "steadfast"],
    &["phone", "telephone"],
    // Adverbs and adjectives a translator picks for one word of the source
    // ("letztlich", "echt"): "ultimately outrageous" / "finally outrageous",
    // "real independence" / "actual independence".
    &["ultimately", "finally"],
    &["real", "actual", "genuine"],
    // Nouns of one image that translators of one speech render each their
    // own way (Italian "tetto di cristallo", "scala"): "break the glass
    // ceiling" and "break the glass roof", "built the ladder" and "built
    // the staircase".
    &["ceiling", "roof"],
    &["ladder", "staircase", "stairs"],
    // A speech translated from Russian or Italian by many outlets: one
    // source word ("характер", "carattere", "решительно", "зеркально")
    // becomes each translator's own English word, the sentence around it
    // the same (a dispute "of a regional nature" / "character" / "a
    // regional dimension"; "act decisively" / "resolutely"). "Decisive"
    // and "decisively" share a stem, so one set holds both.
    &["nature", "character", "dimension"],
    &["acquire", "obtain"],
    &["decisive", "decisively", "resolute", "resolutely", "firmly"],
    &["reciprocal", "reciprocally", "symmetrical", "symmetrically"],
    &["weapon", "weaponry", "armament"],
    &["warn", "caution"],
    &["private", "personal"],
    &["view", "opinion"],
    // Words one statement's translators pick between whatever the story:
    // "achieved nothing" / "accomplished nothing", "killed" / "murdered",
    // "a harsh blow" / "a severe blow", "fully destroyed" / "completely
    // destroyed", "the cost of" / "the price of". ("Risk" joins "danger"
    // above: "at risk" / "in danger"; "uproot" and "eradicate" join
    // "destroy".)
    &["achieve", "accomplish", "attain"],
    &["kill", "murder", "slay"],
    &["harmful", "toxic", "noxious"],
    &["destiny", "fate"],
    &["parasite", "leech"],
    &["practical", "pragmatic"],
    &["facility", "installation"],
    &["harsh", "severe"],
    &["victorious", "triumphant"],
    &["retaliation", "reprisal"],
    &["fully", "completely", "totally", "entirely"],
    &["cost", "price"],
    &["humanity", "mankind", "humankind"],
    &["dear", "beloved"],
    &["stain", "taint", "tarnish"],
    &["underscore", "underline", "emphasize", "emphasise"],
];

/// Every pair of different words that one set lists, each pair once.
pub fn pairs(sets: &[&[&'static str]]) -> impl Iterator<Item = (&'static str, &'static str)> {
    sets.iter().flat_map(|set| {
        set.iter()
            .enumerate()
            .flat_map(move |(i, &a)| set[i + 1..].iter().map(move |&b| (a, b)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_is_in_one_set() {
        let mut all: Vec<&str> = ENGLISH.iter().flat_map(|s| s.iter().copied()).collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "a word listed in two sets would join them");
    }

    #[test]
    fn pairs_are_within_sets() {
        let sets: &[&[&str]] = &[&["a", "b", "c"], &["d", "e"]];
        let got: Vec<_> = pairs(sets).collect();
        assert_eq!(got, [("a", "b"), ("a", "c"), ("b", "c"), ("d", "e")]);
    }
}
