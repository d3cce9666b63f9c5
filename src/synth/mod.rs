//! A deterministic generator of news-like corpora with known truth: every
//! quote's byte span, the utterance it renders and who said it.
//!
//! A pool of utterances is drawn from a news vocabulary with story-wide
//! topic phrases ("security guarantees for Ukraine") shared by many different
//! statements; each article renders some of them verbatim, as excerpts,
//! trimmed, edited (words dropped or swapped) or garbled like a machine
//! translation (synonyms swapped, articles dropped). Used by the grouping
//! precision/recall tests, `examples/gen_corpus.rs` and the benchmarks.

mod words;

use serde::Serialize;

use words::*;

/// A small, fast, seeded generator (xorshift64*): reproducible corpora
/// without an external crate.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// How a quote renders its utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rendering {
    Verbatim,
    Excerpt,
    Trimmed,
    Edited,
    Garbled,
    Fragment,
}

/// The truth about one quote in a generated article.
#[derive(Debug, Clone, Serialize)]
pub struct TruthQuote {
    /// Index of the article (and its file `NNNNN.txt`).
    pub article: usize,
    pub file: String,
    /// Byte span of the inner text (no marks).
    pub start: usize,
    pub end: usize,
    pub utterance: usize,
    pub speaker: String,
    pub rendering: Rendering,
}

// Loaded in file order, the engine numbers quotes as the truth lists them.
crate::ids::index_by!(crate::ids::QuoteId => TruthQuote);

/// A generated corpus: `(file name, text)` per article, and the truth.
#[derive(Debug, Clone, Default)]
pub struct SynthCorpus {
    pub articles: Vec<(String, String)>,
    pub truth: Vec<TruthQuote>,
}

struct Speaker {
    name: String,
    surname: String,
    role: String,
}

struct Utterance {
    /// Words, with commas attached to the word before them.
    words: Vec<String>,
    speaker: usize,
}

/// Generates `n` articles (about 4 KB each) from `seed`.
pub fn generate(n: usize, seed: u64) -> SynthCorpus {
    let mut rng = Rng::new(seed);
    let speakers: Vec<Speaker> = (0..40)
        .map(|i| {
            let first = FIRST_NAMES[(i * 7 + rng.below(3)) % FIRST_NAMES.len()];
            let surname = SURNAMES[i % SURNAMES.len()];
            let surname = if i >= SURNAMES.len() {
                format!("{surname}-{}", SURNAMES[(i * 3) % SURNAMES.len()])
            } else {
                surname.to_string()
            };
            Speaker {
                name: format!("{first} {surname}"),
                surname,
                role: rng.pick(ROLES).to_string(),
            }
        })
        .collect();
    let pool = (n * 10 / 7).max(8);
    let utterances: Vec<Utterance> = (0..pool)
        .map(|_| Utterance {
            words: utterance_words(&mut rng),
            speaker: rng.below(speakers.len()),
        })
        .collect();
    let mut out = SynthCorpus::default();
    for i in 0..n {
        let file = format!("{i:05}.txt");
        let text = article(&mut rng, i, &file, &speakers, &utterances, &mut out.truth);
        out.articles.push((file, text));
    }
    out
}

fn clause(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => format!(
            "{} {} {} {} {} {} {} {}",
            rng.pick(SUBJECTS),
            rng.pick(MODALS),
            rng.pick(VERBS),
            rng.pick(DETS),
            rng.pick(ADJECTIVES),
            rng.pick(NOUNS),
            rng.pick(PREPOSITIONS),
            rng.pick(TOPICS)
        ),
        1 => format!(
            "{} {} is {} {} about {} {}",
            rng.pick(DETS),
            rng.pick(NOUNS),
            rng.pick(ADVERBS),
            rng.pick(ADJECTIVES),
            rng.pick(DETS),
            rng.pick(NOUNS)
        ),
        2 => format!(
            "{} {} {} {} {} and {} {} {} {}",
            rng.pick(SUBJECTS),
            rng.pick(MODALS),
            rng.pick(VERBS),
            rng.pick(DETS),
            rng.pick(NOUNS),
            rng.pick(VERBS),
            rng.pick(DETS),
            rng.pick(ADJECTIVES),
            rng.pick(NOUNS)
        ),
        3 => {
            format!(
                "{} {} is {} {} {}",
                rng.pick(TOPICS),
                rng.pick(NOUNS),
                rng.pick(ADVERBS),
                rng.pick(ADJECTIVES),
                rng.pick(PREPOSITIONS),
            ) + " "
                + rng.pick(TOPICS)
        }
        _ => format!(
            "{} {} {} {} {} {} {} {}",
            rng.pick(SUBJECTS),
            rng.pick(MODALS),
            rng.pick(VERBS),
            rng.pick(TOPICS),
            rng.pick(PREPOSITIONS),
            rng.pick(DETS),
            rng.pick(ADJECTIVES),
            rng.pick(NOUNS)
        ),
    }
}

/// A made-up place name: the specific, rare words real statements carry.
fn place(rng: &mut Rng) -> String {
    let mut name = String::new();
    for _ in 0..2 + rng.below(2) {
        name.push_str(rng.pick(SYLLABLES));
    }
    name.push_str(rng.pick(PLACE_ENDINGS));
    capitalise(&name)
}

/// A detail that pins a clause down: a place, a number, a date.
fn detail(rng: &mut Rng) -> String {
    let n = 2 + rng.below(400);
    match rng.below(6) {
        0 => format!("in {}", place(rng)),
        1 => format!("near {} and {}", place(rng), place(rng)),
        2 => format!("within {n} days"),
        3 => format!("by {n} percent"),
        4 => format!("with {n} billion euros"),
        _ => format!("around {}", place(rng)),
    }
}

fn utterance_words(rng: &mut Rng) -> Vec<String> {
    let clauses = 2 + rng.below(2);
    let mut text = String::new();
    for c in 0..clauses {
        if c > 0 {
            text.push_str([", and ", ", but ", ", so ", ". "][rng.below(4)]);
        }
        text.push_str(&clause(rng));
        if rng.chance(0.5) {
            text.push(' ');
            text.push_str(&detail(rng));
        }
    }
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    if let Some(first) = words.first_mut() {
        *first = capitalise(first);
    }
    words
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn strip_punct(w: &str) -> &str {
    w.trim_end_matches([',', '.'])
}

/// One rendering of `u`, and how it was made. No trailing full stop.
fn render(rng: &mut Rng, u: &Utterance) -> (String, Rendering) {
    let w = &u.words;
    let roll = rng.below(100);
    let (words, kind): (Vec<String>, Rendering) = if roll < 40 || w.len() < 8 {
        (w.clone(), Rendering::Verbatim)
    } else if roll < 55 {
        let len = 5 + rng.below(w.len() - 5);
        let start = rng.below(w.len() - len + 1);
        (w[start..start + len].to_vec(), Rendering::Excerpt)
    } else if roll < 65 {
        let front = rng.below(3);
        let back = rng.below(3);
        (w[front..w.len() - back].to_vec(), Rendering::Trimmed)
    } else if roll < 78 {
        let mut v = w.clone();
        for _ in 0..1 + rng.below(2) {
            let at = 1 + rng.below(v.len() - 1);
            v.remove(at);
        }
        if rng.chance(0.3) {
            let at = 1 + rng.below(v.len() - 2);
            v.swap(at, at + 1);
        }
        (v, Rendering::Edited)
    } else if roll < 96 {
        let mut v = Vec::new();
        for word in w {
            let bare = strip_punct(word).to_lowercase();
            if (bare == "a" || bare == "the") && rng.chance(0.7) {
                continue;
            }
            let swapped = SYNONYMS.iter().find_map(|&(x, y)| {
                if x == bare {
                    Some(y)
                } else if y == bare {
                    Some(x)
                } else {
                    None
                }
            });
            match swapped {
                Some(s) if rng.chance(0.6) => v.push(s.to_string()),
                _ => v.push(strip_punct(word).to_string()),
            }
        }
        if let Some(first) = v.first_mut() {
            *first = capitalise(first);
        }
        (v, Rendering::Garbled)
    } else {
        // Scare quotes pick the memorable words: a name or a number when there is one.
        let len = 3 + rng.below(2);
        let distinctive = (1..w.len())
            .find(|&i| w[i].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        let start = match distinctive {
            Some(i) => i.saturating_sub(rng.below(len)).min(w.len() - len),
            None => rng.below(w.len() - len + 1),
        };
        (w[start..start + len].to_vec(), Rendering::Fragment)
    };
    let text = words.join(" ");
    (text.trim_end_matches([',', '.']).to_string(), kind)
}

/// An article being written, and the truth about the quotes written so far.
struct Writer<'a> {
    text: String,
    index: usize,
    file: &'a str,
    speakers: &'a [Speaker],
    utterances: &'a [Utterance],
    truth: &'a mut Vec<TruthQuote>,
    /// Speakers named in full already (later mentions use the surname).
    introduced: Vec<usize>,
}

impl Writer<'_> {
    /// Writes `inner` as a rendering of utterance `u`, recording its span.
    fn quote(&mut self, inner: &str, u: usize, kind: Rendering) {
        let start = self.text.len();
        self.text.push_str(inner);
        self.truth.push(TruthQuote {
            article: self.index,
            file: self.file.to_string(),
            start,
            end: self.text.len(),
            utterance: u,
            speaker: self.speakers[self.utterances[u].speaker].name.clone(),
            rendering: kind,
        });
    }
}

fn article(
    rng: &mut Rng,
    index: usize,
    file: &str,
    speakers: &[Speaker],
    utterances: &[Utterance],
    truth: &mut Vec<TruthQuote>,
) -> String {
    let mut w = Writer {
        text: String::new(),
        index,
        file,
        speakers,
        utterances,
        truth,
        introduced: Vec::new(),
    };
    headline(rng, &mut w);
    if rng.chance(0.5) {
        w.text.push_str(&format!(
            "{}, {} ({}) -\n\n",
            rng.pick(CITIES).to_uppercase(),
            rng.pick(DAYS),
            rng.pick(OUTLETS)
        ));
    }
    while w.text.len() < 3_800 {
        if rng.chance(0.45) {
            for _ in 0..2 + rng.below(2) {
                let s = rng
                    .pick(FILLER)
                    .replace("{day}", rng.pick(DAYS))
                    .replace("{city}", rng.pick(CITIES))
                    .replace("{noun}", rng.pick(NOUNS))
                    .replace("{adj}", rng.pick(ADJECTIVES));
                w.text.push_str(&s);
                w.text.push(' ');
            }
            w.text.pop();
            w.text.push_str("\n\n");
            continue;
        }
        if rng.chance(0.05) {
            w.text.push_str(&format!(
                "Photo: {}/{}\n\n",
                rng.pick(OUTLETS),
                rng.pick(SURNAMES)
            ));
            continue;
        }
        quoted_paragraph(rng, &mut w);
    }
    if rng.chance(0.3) {
        w.text.push_str(&format!(
            "© 2025 {}. All rights reserved.\n",
            rng.pick(OUTLETS)
        ));
    }
    w.text
}

/// The title: sometimes a headline quote, as outlets do.
fn headline(rng: &mut Rng, w: &mut Writer) {
    if rng.chance(0.25) {
        let u = rng.below(w.utterances.len());
        let (inner, kind) = render(rng, &w.utterances[u]);
        w.text.push('‘');
        w.quote(&inner, u, kind);
        let s = &w.speakers[w.utterances[u].speaker];
        w.text.push_str(&format!("’, says {}\n\n", s.surname));
    } else {
        w.text.push_str(&format!(
            "{} {} in {} as talks on {} continue\n\n",
            capitalise(rng.pick(NOUNS)),
            rng.pick(["agreed", "delayed", "discussed", "rejected"].as_slice()),
            rng.pick(CITIES),
            rng.pick(TOPICS)
        ));
    }
}

/// A paragraph quoting one utterance, in one of four attribution shapes.
fn quoted_paragraph(rng: &mut Rng, w: &mut Writer) {
    let u = rng.below(w.utterances.len());
    let sp = w.utterances[u].speaker;
    let s = &w.speakers[sp];
    let who = if w.introduced.contains(&sp) {
        s.surname.clone()
    } else {
        w.introduced.push(sp);
        format!("{} {}", s.role, s.name)
    };
    let (inner, kind) = render(rng, &w.utterances[u]);
    match rng.below(4) {
        0 => {
            w.text.push('“');
            w.quote(&format!("{inner},"), u, kind);
            w.text.push_str(&format!("” {who} said.\n\n"));
        }
        1 => {
            w.text.push_str(&format!("{who} said: “"));
            w.quote(&format!("{inner}."), u, kind);
            w.text.push_str("”\n\n");
        }
        2 => {
            w.text.push('“');
            w.quote(&format!("{inner},"), u, kind);
            w.text.push_str(&format!("” said {who}."));
            w.text.push_str(&format!(
                " The remarks came after the {} in {}.\n\n",
                rng.pick(NOUNS),
                rng.pick(CITIES)
            ));
        }
        _ => {
            w.text.push_str(&format!(
                "According to {who}, the {} was {}: “",
                rng.pick(NOUNS),
                rng.pick(ADJECTIVES)
            ));
            w.quote(&inner, u, kind);
            w.text.push_str("”.\n\n");
        }
    }
}
