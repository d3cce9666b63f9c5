//! The surname index of merging: which people a surname (or a close spelling
//! of it) may name, and which of them a one-word mention in a given article means.

use super::word_shapes::is_son_suffix;
use crate::fast_hash::FastMap;
use crate::text::inflection::name_key;
use crate::text::translit::loose_key;

/// A person while merging: the index of a candidate in corpus order.
pub(super) type Root = u32;

/// Blocking key for surname comparisons: the first two letters, lower-cased.
pub(super) fn prefix_key(name: &str) -> String {
    name.chars().take(2).flat_map(char::to_lowercase).collect()
}

/// A surname's key across romanisations: its [`loose_key`] with an opening
/// "s" read as the "z" it often stands for (German writes З as S:
/// "Selenskyj" for "Zelensky", "Sjuganow" for "Zyuganov"), and the Ш and У
/// of each language's transcription read as English writes them
/// ([`as_english_transcribes`]).
pub(super) fn romanised_key(surname: &str) -> String {
    // Ukrainian "є" and Polish "ie" soften the consonant where English
    // writes a plain "e" ("Пєсков", "Pieskow" for "Peskov").
    let mut key = loose_key(&as_english_transcribes(surname));
    if holds(&key, "ie") {
        key = key.replace("ie", "e");
    }
    match key.strip_prefix('s') {
        // The loose key writes z as c.
        Some(rest) => format!("c{rest}"),
        None => key,
    }
}

/// The [`romanised_key`] of a surname beside a given name that agrees, read
/// also across romanisations of Arabic: an opening G or Q as the K they
/// transcribe alike ("Gaddafi", "Qaddafi", "Kadafi"), "dh" as "d"
/// ("Kadhafi"), and an article joined by a hyphen dropped ("al-Sisi",
/// "el-Sisi", "Sisi"). Only with the given name agreeing: a bare "Gates"
/// is no spelling of "Kates".
pub(super) fn given_name_surname_key(surname: &str) -> String {
    let lower = surname.to_lowercase();
    let bare = [
        "al-", "el-", "as-", "ad-", "an-", "ar-", "at-", "ash-", "ibn-",
    ]
    .iter()
    .find_map(|article| lower.strip_prefix(article))
    .filter(|rest| !rest.is_empty())
    .unwrap_or(&lower);
    let key = romanised_key(&bare.replace("dh", "d"));
    match key.strip_prefix(['g', 'q']) {
        Some(rest) => format!("k{rest}"),
        None => key,
    }
}

/// The [`given_name_surname_key`] a surname opening with the J of Spanish
/// or the Ch of German before a vowel would have written with the Kh of
/// English ("Jamenei", "Chamenei" for "Khamenei"; "Jodorkovski",
/// "Chodorkowski" for "Khodorkovsky"), which those languages write for the
/// Kh of Russian, Persian and Arabic names. A second key, not the key: the
/// same J is a Y in German and Polish ("Jelzin" for "Yeltsin"), and the
/// same Ch is English's own ("Chen"); `None` for any other surname.
pub(super) fn kh_transcription_key(surname: &str) -> Option<String> {
    let lower = surname.to_lowercase();
    let rest = lower
        .strip_prefix("ch")
        .or_else(|| lower.strip_prefix('j'))?;
    rest.starts_with(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú'])
        .then(|| given_name_surname_key(&format!("kh{rest}")))
}

/// A surname with the letters that transcribe Ш and У from Russian and
/// Ukrainian in German ("sch"), Polish ("sz"), Romanian ("ș") and French
/// ("ch", "ou", with a mute final "e") written as English writes them:
/// "Schoigu", "Szojgu", "Ușakov", "Ouchakov", "Poutine" read as "Shoigu",
/// "Ushakov", "Putin". French is told by its "ou", which English
/// transcription never writes.
fn as_english_transcribes(surname: &str) -> String {
    // Each replace copies the whole string, found or not: only those whose
    // letters occur run (merging keys thousands of surnames).
    let mut s = surname.to_lowercase();
    for (from, to) in [("sch", "sh"), ("sz", "sh")] {
        if holds(&s, from) {
            s = s.replace(from, to);
        }
    }
    if !s.is_ascii() {
        s = s.replace(['ș', 'ş'], "sh");
    }
    if holds(&s, "ou") {
        s = s.replace("ou", "u");
        if holds(&s, "ch") {
            s = s.replace("ch", "sh");
        }
        let mute_e = s.strip_suffix('e').is_some_and(|stem| {
            stem.chars()
                .last()
                .is_some_and(|c| c.is_alphabetic() && !"aeiouy".contains(c))
        });
        if mute_e {
            s.pop();
        }
    }
    s
}

/// Whether `s` holds the ASCII letters `pat`: a byte comparison, cheaper on
/// a name than `str::contains`'s searcher (the same answer: UTF-8 never
/// writes an ASCII byte inside another character).
fn holds(s: &str, pat: &str) -> bool {
    s.as_bytes().windows(pat.len()).any(|w| w == pat.as_bytes())
}

/// A name folded for comparison: lower-case characters, case endings reduced
/// ([`name_key`]: "Путина" compares as "Путин").
pub(super) fn fold(name: &str) -> Vec<char> {
    name_key(name).chars().collect()
}

/// Levenshtein distance on folded names, giving up (returning more than
/// `limit`) as soon as no alignment can stay within `limit`.
pub(super) fn edit_distance(a: &[char], b: &[char], limit: usize) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        let mut best = row[0];
        for (j, cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
            best = best.min(next);
        }
        if best > limit {
            return best;
        }
    }
    row[b.len()]
}

/// Surnames close enough to be spellings of one name: transliterations
/// differ by a letter or two (Zelenskiy, Zelenskyy, Zelensky), a garbled
/// machine translation by a syllable (Zelsky). Both must share their first
/// two letters (the blocking key), and long tokens are never compared.
pub(super) fn similar_surnames(a: &[char], b: &[char]) -> bool {
    if a.len() > 40 || b.len() > 40 || a.get(..2) != b.get(..2) {
        return false;
    }
    // "Kane Jr" and "Kane Sr" are a son and his father, one letter apart.
    if son_suffix(a) != son_suffix(b) {
        return false;
    }
    let limit = match a.len().min(b.len()) {
        0..=3 => 0,
        4..=5 => 1,
        _ => 2,
    };
    a.len().abs_diff(b.len()) <= limit && edit_distance(a, b, limit) <= limit
}

/// The son's or father's suffix that ends a folded surname ("kane jr"),
/// as [`is_son_suffix`] reads one: its first letter, `j` or `s`.
fn son_suffix(surname: &[char]) -> Option<char> {
    let word = surname.rsplit(|c| *c == ' ').next()?;
    // "jr." at most, and never the whole surname.
    if word.len() > 3 || word.len() == surname.len() {
        return None;
    }
    let word: String = word.iter().collect();
    let first = word.chars().next().filter(|_| is_son_suffix(&word))?;
    Some(first.to_ascii_lowercase())
}

/// People by surname: exact (lower-cased) and by blocking key for close spellings.
#[derive(Default)]
pub(super) struct SurnameIndex {
    exact: FastMap<String, Vec<Root>>,
    blocks: FastMap<String, Vec<(Vec<char>, Root)>>,
    /// People by [`romanised_key`]: a surname in another script or
    /// transcription ("Путин", "Poutine") that no close spelling finds.
    romanised: FastMap<String, Vec<Root>>,
    /// Surnames added so far: while it stays put, no look-up can change.
    adds: usize,
}

/// The people a surname may name, as of one state of the index.
pub(super) struct Known {
    /// Sorted, so membership is a binary search.
    people: Vec<Root>,
    /// The choice when no candidate person is named in full in the article:
    /// the most mentioned in full, then the earliest.
    default: Option<Root>,
    /// For close-spelling matches: the blocking key and its length when
    /// looked up; a block that grew since may hold more matches.
    block: Option<(String, usize)>,
    /// For romanised matches: the keys and their lengths when looked up.
    romanised: Vec<(String, usize)>,
    /// The index's count of additions when last known current.
    adds: usize,
}

impl SurnameIndex {
    /// Records that `person` bears `surname`.
    pub fn add(&mut self, surname: &str, person: Root) {
        let entry = self.exact.entry(name_key(surname)).or_default();
        if !entry.contains(&person) {
            entry.push(person);
            self.adds += 1;
            self.blocks
                .entry(prefix_key(surname))
                .or_default()
                .push((fold(surname), person));
            // Also without a final vowel: the stem a Slavic case form is
            // looked up by ("Зеленського" → "зеленськ" for "Zelensky").
            let key = romanised_key(surname);
            let stem = key
                .strip_suffix(['a', 'e', 'i', 'o', 'u'])
                .filter(|stem| stem.len() >= 4)
                .map(str::to_string);
            for key in std::iter::once(key).chain(stem) {
                self.romanised.entry(key).or_default().push(person);
            }
        }
    }

    /// People whose surname is `surname`, or failing that, a close spelling of it.
    pub fn lookup(&self, surname: &str, weight: &FastMap<Root, u32>) -> Known {
        let mut romanised = Vec::new();
        let (mut people, block) = match self.exact.get(&name_key(surname)) {
            Some(exact) => (exact.clone(), None),
            None => {
                let key = prefix_key(surname);
                let folded = fold(surname);
                let block = self.blocks.get(&key).map(Vec::as_slice).unwrap_or(&[]);
                let mut close: Vec<Root> = block
                    .iter()
                    .filter(|(s, _)| similar_surnames(s, &folded))
                    .map(|&(_, p)| p)
                    .collect();
                if close.is_empty() {
                    // As written and without its case ending ("Путина").
                    let mut keys = vec![romanised_key(surname), romanised_key(&name_key(surname))];
                    keys.dedup();
                    for key in keys {
                        let found = self.romanised.get(&key).map(Vec::as_slice).unwrap_or(&[]);
                        close.extend_from_slice(found);
                        romanised.push((key, found.len()));
                    }
                }
                (close, Some((key, block.len())))
            }
        };
        people.sort_unstable();
        people.dedup();
        let default = most_named(people.iter().copied(), weight);
        Known {
            people,
            default,
            block,
            romanised,
            adds: self.adds,
        }
    }

    /// Whether `known` still holds: only close-spelling matches change, as
    /// their block grows (and nothing changes while nothing is added).
    pub fn is_current(&self, known: &mut Known) -> bool {
        if known.adds == self.adds {
            return true;
        }
        let current = known
            .block
            .as_ref()
            .is_none_or(|(key, len)| self.blocks.get(key).map_or(0, Vec::len) == *len)
            && known
                .romanised
                .iter()
                .all(|(key, len)| self.romanised.get(key).map_or(0, Vec::len) == *len);
        if current {
            known.adds = self.adds;
        }
        current
    }
}

/// The person named in full most often in the corpus, then the earliest.
fn most_named(people: impl Iterator<Item = Root>, weight: &FastMap<Root, u32>) -> Option<Root> {
    people.max_by_key(|&p| (weight.get(&p).copied().unwrap_or(0), std::cmp::Reverse(p)))
}

impl Known {
    /// The person a mention means, given the people named in full in its
    /// article (`in_source`: person and count): the most named there, then
    /// the most named in the corpus, then the earliest.
    pub fn choose(&self, in_source: &[(Root, u32)], weight: &FastMap<Root, u32>) -> Option<Root> {
        self.named_here(in_source, weight, |_| true)
            .or(self.default)
    }

    /// [`Known::choose`] among the people `keep` accepts only: a titled
    /// given name ("Pope Francis") must find the regnal person of that
    /// name even when a commoner bearing it as a surname is named more.
    pub fn choose_where(
        &self,
        in_source: &[(Root, u32)],
        weight: &FastMap<Root, u32>,
        keep: impl Fn(Root) -> bool,
    ) -> Option<Root> {
        self.named_here(in_source, weight, &keep)
            .or_else(|| most_named(self.people.iter().copied().filter(|&p| keep(p)), weight))
    }

    /// The one of these people `keep` accepts that its article names most,
    /// then the corpus, then the earliest.
    fn named_here(
        &self,
        in_source: &[(Root, u32)],
        weight: &FastMap<Root, u32>,
        keep: impl Fn(Root) -> bool,
    ) -> Option<Root> {
        in_source
            .iter()
            .filter(|&&(p, _)| keep(p) && self.people.binary_search(&p).is_ok())
            .map(|&(p, n)| {
                let w = weight.get(&p).copied().unwrap_or(0);
                ((n, w, std::cmp::Reverse(p)), p)
            })
            .max()
            .map(|(_, p)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanisations_of_one_surname_share_a_key() {
        assert_eq!(romanised_key("Selenskyj"), romanised_key("Zelensky"));
        assert_eq!(romanised_key("Sjuganow"), romanised_key("Zyuganov"));
        assert_ne!(romanised_key("Sanders"), romanised_key("Landers"));
        for (written, english) in [
            ("Poutine", "Putin"),
            ("Ouchakov", "Ushakov"),
            ("Uschakow", "Ushakov"),
            ("Uszakow", "Ushakov"),
            ("Ușakov", "Ushakov"),
            ("Choïgou", "Shoigu"),
            ("Schoigu", "Shoigu"),
            ("Pieskow", "Peskov"),
            ("Пєсков", "Peskov"),
        ] {
            assert_eq!(romanised_key(written), romanised_key(english), "{written}");
        }
        assert_ne!(romanised_key("Poutine"), romanised_key("Putina"));
    }

    #[test]
    fn spanish_j_and_german_ch_may_write_kh() {
        let kh = given_name_surname_key("Kharovski");
        for written in ["Jarovski", "Charowski", "Járovski"] {
            assert_eq!(kh_transcription_key(written), Some(kh.clone()), "{written}");
        }
        // Only before a vowel, and never as the surname's own key.
        assert_eq!(kh_transcription_key("Chrobak"), None);
        assert_eq!(kh_transcription_key("Kharovski"), None);
        assert_ne!(given_name_surname_key("Jarovski"), kh);
    }

    #[test]
    fn arabic_romanisations_share_a_key_beside_a_given_name() {
        let gaddafi = given_name_surname_key("Gaddafi");
        for written in ["Kadafi", "Qaddafi", "Kadhafi", "Kaddafi"] {
            assert_eq!(given_name_surname_key(written), gaddafi, "{written}");
        }
        assert_eq!(
            given_name_surname_key("al-Sisi"),
            given_name_surname_key("el-Sisi")
        );
        assert_eq!(
            given_name_surname_key("el-Sisi"),
            given_name_surname_key("Sisi")
        );
        assert_ne!(
            given_name_surname_key("Gates"),
            given_name_surname_key("Bates")
        );
        assert_eq!(
            given_name_surname_key("Zelensky"),
            romanised_key("Zelensky")
        );
        assert_eq!(given_name_surname_key("al-"), romanised_key("al-"));
    }

    #[test]
    fn close_spellings_match_within_their_block() {
        let z = fold("Zelensky");
        assert!(similar_surnames(&z, &fold("Zelenskiy")));
        assert!(similar_surnames(&z, &fold("Zelsky")));
        assert!(!similar_surnames(&z, &fold("Selensky")));
        assert!(!similar_surnames(&fold("Lee"), &fold("Lea")));
        assert!(!similar_surnames(&fold("Kane Jr"), &fold("Kane Sr.")));
        assert!(similar_surnames(&fold("Kane Jr"), &fold("Kanne Jr")));
    }

    #[test]
    fn a_mention_means_who_its_article_names_in_full_else_the_most_named() {
        let mut index = SurnameIndex::default();
        let weight: FastMap<Root, u32> = [(3, 10), (7, 2), (9, 2)].into_iter().collect();
        for p in [9, 3, 7, 3] {
            index.add("Smith", p);
        }
        let mut known = index.lookup("SMITH", &weight);
        assert!(index.is_current(&mut known));
        assert_eq!(known.choose(&[], &weight), Some(3));
        assert_eq!(known.choose(&[(7, 1), (9, 1)], &weight), Some(7));
        assert_eq!(known.choose(&[(7, 1), (9, 2), (4, 5)], &weight), Some(9));
        // A close spelling is found through its block, which may grow.
        let mut close = index.lookup("Smyth", &weight);
        assert_eq!(close.choose(&[], &weight), Some(3));
        index.add("Jones", 12);
        assert!(index.is_current(&mut close) && index.is_current(&mut known));
        index.add("Smithe", 11);
        assert!(!index.is_current(&mut close) && index.is_current(&mut known));
        assert_eq!(index.lookup("Brown", &weight).choose(&[], &weight), None);
        // Another script or transcription finds the romanised surname.
        index.add("Dalmatov", 20);
        index.add("Kovensky", 23);
        assert_eq!(
            index.lookup("Ковенського", &weight).choose(&[], &weight),
            Some(23)
        );
        for written in ["Далматов", "Далматова", "Dalmatow"] {
            let known = index.lookup(written, &weight);
            assert_eq!(known.choose(&[], &weight), Some(20), "{written}");
        }
        let mut later = index.lookup("Kovalchuk", &weight);
        assert_eq!(later.choose(&[], &weight), None);
        index.add("Ковальчук", 22);
        assert!(!index.is_current(&mut later));
    }
}
