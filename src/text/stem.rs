//! A light stem of a folded word, for deciding whether two renderings say
//! the same words: outlets retype one statement with a plural, a tense or a
//! possessive changed ("goals"/"goal", "standing down"/"stand down",
//! "towards"/"toward", "Zelensky's"/"Zelensky").
//!
//! Only inflectional endings of the Porter stemmer's first step are trimmed
//! (plural and possessive -s, -ed, -ing, a final -e), and only from Latin
//! words, where they are the commonest edit between two copies of an
//! English quote and, in the Romance languages, between plural and singular
//! ("consecuencias"/"consecuencia"). Derivational endings ("-ly", "-ation")
//! stay on short words: they change what a word says. Long stems are cut
//! ([`MAX_STEM_CHARS`]): past seven letters the endings left are mostly
//! case and derivation of one root. Stems are for matching only, never
//! shown, so "hoping" and "hope" sharing "hop" costs nothing.

/// Stems shorter than this keep their ending: too little would be left to
/// tell words apart ("is", "was", "red" are not "i", "wa", "r").
const MIN_STEM_CHARS: usize = 3;

/// Stems are cut to this many characters: past it, words of one root differ
/// in case and derivation endings that translations and retyped copies swap
/// ("Verhandlungen"/"Verhandlung", "negotiations"/"negotiating",
/// "strengthening"/"strength"), while short words keep all they have. On the
/// labelled news, 7 groups more German renderings at no cost in precision;
/// 6 adds a little more; 5 merges different English words
/// ("state"/"statement") and links different statements of one speaker.
const MAX_STEM_CHARS: usize = 7;

/// The stem of `word` (folded: lower case, ASCII apostrophes) written into
/// `out`, which is cleared first.
pub fn stem_into(word: &str, out: &mut String) {
    if uncut_stem_into(word, out)
        && let Some((cut, _)) = out.char_indices().nth(MAX_STEM_CHARS)
    {
        out.truncate(cut);
    }
}

/// [`stem_into`] without the cut to [`MAX_STEM_CHARS`] (the word with its
/// inflection trimmed); whether [`stem_into`] cuts it. Words whose stems
/// agree only up to the cut may be different words of one root
/// ("responsibly", "responsibility").
pub fn uncut_stem_into(word: &str, out: &mut String) -> bool {
    trim_inflection(word, out) && out.chars().nth(MAX_STEM_CHARS).is_some()
}

/// `word` with its inflection trimmed, written into `out`; whether it may
/// be cut: words of other scripts or with digits, and plurals in "-ies"
/// ("responsibilities" → "responsibility"), keep their whole stems.
fn trim_inflection(word: &str, out: &mut String) -> bool {
    out.clear();
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word);
    if !word.chars().all(|c| c.is_alphabetic() && is_latin(c)) {
        out.push_str(word);
        return false;
    }
    // "policies" → "policy": the plural's "y", not a cut "polic" that
    // would let "party" meet "part".
    if let Some(stem) = word.strip_suffix("ies")
        && long_enough(stem)
    {
        out.push_str(stem);
        out.push('y');
        return false;
    }
    out.push_str(strip_inflection(word));
    if let Some(stem) = out.strip_suffix('e')
        && long_enough(stem)
    {
        out.pop();
    }
    true
}

/// `word` without a plural, past or progressive ending, with a doubled final
/// consonant the ending needed written once ("stopped" → "stop").
fn strip_inflection(word: &str) -> &str {
    // Words ending in "ss", "us", "is" are not plurals: "press", "virus", "crisis".
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word;
    }
    for ending in ["ing", "ed", "es", "s"] {
        if let Some(stem) = word.strip_suffix(ending)
            && long_enough(stem)
            && stem.chars().any(is_vowel)
        {
            return undouble(stem);
        }
    }
    word
}

/// `stem` with a doubled final consonant written once ("stopp" → "stop"),
/// except the doubles English keeps in the base word ("call", "press", "buzz").
fn undouble(stem: &str) -> &str {
    let mut rev = stem.chars().rev();
    match (rev.next(), rev.next()) {
        (Some(a), Some(b)) if a == b && !is_vowel(a) && !matches!(a, 'l' | 's' | 'z') => {
            let cut = &stem[..stem.len() - a.len_utf8()];
            if long_enough(cut) { cut } else { stem }
        }
        _ => stem,
    }
}

fn long_enough(stem: &str) -> bool {
    stem.chars().count() >= MIN_STEM_CHARS
}

/// With the accented vowels of the Latin languages read: "prêts" is the
/// plural of "prêt", whose only vowel is "ê".
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'à'
            | 'á'
            | 'â'
            | 'ã'
            | 'ä'
            | 'å'
            | 'ă'
            | 'è'
            | 'é'
            | 'ê'
            | 'ë'
            | 'ę'
            | 'ě'
            | 'ì'
            | 'í'
            | 'î'
            | 'ï'
            | 'ò'
            | 'ó'
            | 'ô'
            | 'õ'
            | 'ö'
            | 'ø'
            | 'ù'
            | 'ú'
            | 'û'
            | 'ü'
            | 'ů'
            | 'ý'
            | 'ÿ'
    )
}

/// Latin letters, with or without diacritics (Latin-1 to Latin Extended-B).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c as u32, 0xc0..=0x24f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(word: &str) -> String {
        let mut out = String::new();
        stem_into(word, &mut out);
        out
    }

    #[test]
    fn inflections_of_one_word_share_a_stem() {
        for forms in [
            &["stand", "standing", "stands"][..],
            &["goal", "goals"],
            &["toward", "towards"],
            &["interest", "interests"],
            &["advance", "advancing", "advanced", "advances"],
            &["stop", "stopped", "stopping"],
            &["policy", "policies"],
            &["party", "parties"],
            &["zelensky", "zelensky's"],
            &["putin", "putin's", "putin'"],
            &["consecuencia", "consecuencias"],
            &["restriction", "restrictions"],
            // A stem whose only vowel carries an accent.
            &["prêt", "prêts"],
            &["mûr", "mûrs"],
        ] {
            let key = stem(forms[0]);
            for form in forms {
                assert_eq!(stem(form), key, "{form}");
            }
        }
    }

    #[test]
    fn long_words_of_one_root_share_a_stem() {
        for forms in [
            &["negotiations", "negotiating", "negotiated"][..],
            &["verhandlungen", "verhandlung"],
        ] {
            let key = stem(forms[0]);
            for form in forms {
                assert_eq!(stem(form), key, "{form}");
            }
        }
        // Their uncut stems tell them apart.
        let uncut = |w: &str| {
            let mut out = String::new();
            let cut = uncut_stem_into(w, &mut out);
            (out, cut)
        };
        assert_eq!(uncut("negotiations"), ("negotiation".to_string(), true));
        assert_eq!(uncut("defeated"), ("defeat".to_string(), false));
        // Short derived words stay apart.
        for (a, b) in [("state", "statement"), ("sure", "surely")] {
            assert_ne!(stem(a), stem(b), "{a} {b}");
        }
    }

    #[test]
    fn short_words_and_non_plurals_keep_their_endings() {
        for (a, b) in [
            ("is", "i"),
            ("was", "wa"),
            ("red", "r"),
            ("press", "pres"),
            ("virus", "viru"),
            ("crisis", "crisi"),
            ("call", "cal"),
        ] {
            assert_ne!(stem(a), b, "{a}");
        }
        assert_eq!(stem("the"), "the");
        assert_eq!(stem("press"), "press");
        assert_eq!(stem("calling"), "call");
        // Other scripts and words with digits are left as they are.
        assert_eq!(stem("путина"), "путина");
        assert_eq!(stem("covid19s"), "covid19s");
    }

    #[test]
    fn different_words_keep_different_stems() {
        for (a, b) in [
            ("win", "won"),
            ("deal", "dealer"),
            ("sure", "surely"),
            ("party", "part"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} {b}");
        }
    }
}
