//! A name candidate as merging holds it (hundreds of thousands at once, so
//! small and flat), and the shape of a written name, found again from its text.

use std::ops::Range;

use super::family_first::family_name_first;
use super::lexicon;
use super::word_shapes::is_son_suffix;

/// A name found in the text, before merging. A corpus holds hundreds of
/// thousands, so this is small and flat: byte offsets as `u32` (an article
/// of 4 GiB or more yields no candidates) and no word list, since a name's
/// words are exactly the whitespace-separated pieces of its span (a run has
/// nothing else between its words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Candidate {
    /// Byte span of the name (without role or possessive).
    start: u32,
    end: u32,
    /// Byte span of the role title; `role_end == 0` when there is none (a
    /// role is never empty).
    role_start: u32,
    role_end: u32,
    /// Name words that are not particles.
    name_words: u8,
    /// The name's first word opens a sentence, so its capital proves nothing.
    sentence_initial: bool,
    /// The role ends in a regnal or religious title ("Pope", "King").
    regnal: bool,
}

impl Candidate {
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn role(&self) -> Option<Range<usize>> {
        (self.role_end != 0).then_some(self.role_start as usize..self.role_end as usize)
    }

    /// Whether the role ends in a regnal or religious title ("Pope Leo").
    pub fn regnal(&self) -> bool {
        self.regnal
    }

    /// Marks the role as a regnal or religious title.
    pub fn with_regnal_title(mut self, regnal: bool) -> Self {
        self.regnal = regnal;
        self
    }

    /// A capitalised word opening a sentence, possibly a common word ("Later").
    pub fn first_word_doubtful(&self) -> bool {
        self.sentence_initial && self.role_end == 0 && self.name_words >= 2
    }

    /// A name of several words with no role: a common phrase in title case
    /// looks the same.
    pub fn may_be_phrase(&self) -> bool {
        self.role_end == 0 && self.name_words >= 2
    }

    /// The name's words other than particles.
    pub fn name_words<'t>(&self, text: &'t str) -> impl DoubleEndedIterator<Item = &'t str> {
        let name = text.get(self.span()).unwrap_or_default();
        name.split_whitespace().filter(|w| !lexicon::is_particle(w))
    }

    /// How many name words are not particles.
    pub fn name_words_count(&self) -> usize {
        usize::from(self.name_words)
    }

    pub fn first_word<'t>(&self, text: &'t str) -> &'t str {
        let name = text.get(self.span()).unwrap_or_default();
        name.split(char::is_whitespace).next().unwrap_or_default()
    }

    /// Drops the first word: a sentence-initial capitalised common word
    /// ("Later von der Leyen left") is not a first name.
    pub fn drop_first_word(&mut self, text: &str) {
        let name = text.get(self.span()).unwrap_or_default();
        let first = self.first_word(text);
        let rest = name[first.len()..].trim_start();
        if rest.is_empty() {
            return;
        }
        if !lexicon::is_particle(first) {
            self.name_words = self.name_words.saturating_sub(1);
        }
        self.start = self.end - rest.len() as u32;
        self.sentence_initial = false;
    }
}

/// The parts of a written name, found again from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape<'t> {
    pub first_name: &'t str,
    /// From the first surname word to the end: the first particle that has a
    /// word after it ("von der Leyen"), else the last word; or the first
    /// word of a name written family name first ("Xi" of "Xi Jinping").
    pub surname: &'t str,
    /// Name words that are not particles.
    pub name_words: usize,
    /// A first name and a surname: a person by itself.
    pub full: bool,
}

impl<'t> Shape<'t> {
    pub fn of(name: &'t str) -> Self {
        // "Robert F. Kennedy Jr": the son's suffix closes the surname, which
        // starts at the word before it, so "Kennedy Jr" is no spelling of
        // the father's "Kennedy" and the suffix alone is no surname. One
        // word before it ("Trump Jr") names the son by surname alone.
        if let Some(core) = without_son_suffix(name) {
            let shape = Shape::of(core);
            let from = shape.surname.as_ptr() as usize - name.as_ptr() as usize;
            return Shape {
                surname: &name[from..],
                ..shape
            };
        }
        // Byte offsets of the words: they are subslices of `name`.
        let at = |word: &str| word.as_ptr() as usize - name.as_ptr() as usize;
        let mut first_name = "";
        let mut surname_at: Option<usize> = None;
        let mut last: Option<&str> = None;
        let mut name_words = 0;
        for word in name.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            if first_name.is_empty() {
                first_name = word;
            }
            // A particle with a word after it starts the surname.
            if let Some(prev) = last.filter(|p| surname_at.is_none() && lexicon::is_particle(p)) {
                surname_at = Some(at(prev));
            }
            if !lexicon::is_particle(word) {
                name_words += 1;
            }
            last = Some(word);
        }
        // "Xi Jinping", "Kim Jong Un": the family name comes first. Only
        // names of two or three words without particles can be so.
        if surname_at.is_none() && (2..=3).contains(&name_words) {
            let words: Vec<&str> = name.split_whitespace().collect();
            if family_name_first(&words) {
                return Shape {
                    first_name: words[1],
                    surname: words[0],
                    name_words,
                    full: true,
                };
            }
        }
        let from = surname_at.or(last.map(at)).unwrap_or(name.len());
        Shape {
            first_name,
            surname: &name[from..],
            name_words,
            full: name_words >= 2 && from > 0,
        }
    }
}

/// `name` without its last word when that is a son's suffix ("Jr", "Sr.")
/// after another word; a regnal numeral ("Charles III") stays, as the
/// regnal names read it as the name's second word.
fn without_son_suffix(name: &str) -> Option<&str> {
    let name = name.trim_end();
    let (core, last) = name.rsplit_once(char::is_whitespace)?;
    let core = core.trim_end();
    (is_son_suffix(last) && !core.is_empty()).then_some(core)
}

impl Candidate {
    /// Offsets fit in `u32`: [`super::names::candidates`] skips longer articles.
    pub fn new(
        span: Range<usize>,
        role: Option<Range<usize>>,
        name_words: usize,
        sentence_initial: bool,
    ) -> Self {
        let role = role.unwrap_or(0..0);
        Candidate {
            start: span.start as u32,
            end: span.end as u32,
            role_start: role.start as u32,
            role_end: role.end as u32,
            name_words: name_words.min(usize::from(u8::MAX)) as u8,
            sentence_initial,
            regnal: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_stay_small() {
        // Hundreds of thousands are held until merging ends.
        assert!(std::mem::size_of::<Candidate>() <= 20);
    }

    #[test]
    fn a_written_name_gives_its_first_name_and_surname() {
        let shape = Shape::of("Ursula von der Leyen");
        assert_eq!(
            (shape.first_name, shape.surname),
            ("Ursula", "von der Leyen")
        );
        assert!(shape.full && !Shape::of("de Gaulle").full);
        assert_eq!(Shape::of("Volodymyr  Zelensky").surname, "Zelensky");
        assert_eq!(Shape::of("").surname, "");
        assert!(!Shape::of("Zelensky").full);
        let family_first = Shape::of("Xi Jinping");
        assert_eq!(
            (family_first.first_name, family_first.surname),
            ("Jinping", "Xi")
        );
        assert_eq!(Shape::of("Laurie Chen").surname, "Chen");
    }

    #[test]
    fn a_sons_suffix_closes_the_surname() {
        let son = Shape::of("Walter T. Brennan Jr.");
        assert_eq!((son.first_name, son.surname), ("Walter", "Brennan Jr."));
        assert!(son.full);
        let by_surname = Shape::of("Brennan Jr");
        assert_eq!(by_surname.surname, "Brennan Jr");
        assert!(!by_surname.full);
        assert_eq!(Shape::of("Jr").surname, "Jr");
        assert_eq!(Shape::of("Henry VIII").surname, "VIII");
    }
}
