//! German reported speech: the subjunctive I ("werde", "sei", "habe")
//! marks a sentence as what someone said, so a quotation inside it belongs
//! to the person being reported, not to the sentence's grammatical subject
//! ("Dazu werde man … „neuen Schwung verleihen“", "US-Präsident Donald Trump
//! habe die volle Unterstützung, „wenn es …“": both Merz's words).

use crate::text::fold::with_lower;

/// Subjunctive I forms of the third person that differ from the indicative
/// (German press writes reported speech in them). "sei" is left out: it is
/// also Italian ("sei mesi"); "seien" is not.
#[rustfmt::skip]
const SUBJUNCTIVE: &[&str] = &[
    "seien", "habe", "werde", "wolle", "solle", "könne", "müsse", "dürfe", "möge", "gebe",
    "brauche", "gehe", "bleibe", "stehe", "liege", "komme", "wisse", "gelte", "lasse", "sehe",
    "hoffe", "erscheine", "plane", "führe", "arbeite", "beginne", "halte", "trage", "wünsche",
    // The plural's subjunctive I is the indicative ("sie haben"), so
    // reported speech takes the subjunctive II there ("Musk und sein Team
    // hätten …"). Past forms that are indicative too ("sollten") stay out.
    "hätten", "wären", "würden", "könnten", "müssten",
];

/// What a word says of the sentence it stands in (outside quotation marks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mood {
    /// A subjunctive I form only German writes: reported speech.
    Reported,
    /// "sei": reported speech in a German article, a number in an Italian one.
    ReportedIfGerman,
}

/// The mood `word` marks its sentence with, if any.
pub(super) fn mood_of(word: &str) -> Option<Mood> {
    with_lower(word, |w| {
        if SUBJUNCTIVE.contains(&w) {
            Some(Mood::Reported)
        } else if w == "sei" {
            Some(Mood::ReportedIfGerman)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjunctive_forms_mark_reported_speech_and_sei_only_in_german() {
        assert_eq!(mood_of("werde"), Some(Mood::Reported));
        assert_eq!(mood_of("Habe"), Some(Mood::Reported));
        assert_eq!(mood_of("seien"), Some(Mood::Reported));
        assert_eq!(mood_of("sei"), Some(Mood::ReportedIfGerman));
        assert_eq!(mood_of("hätten"), Some(Mood::Reported));
        assert_eq!(mood_of("wird"), None);
        assert_eq!(mood_of("sollten"), None);
        assert_eq!(mood_of("mesi"), None);
    }
}
