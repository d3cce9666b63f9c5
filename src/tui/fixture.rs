//! A small hand-built corpus and analysis for the reader's tests (three
//! sources, two groups of renderings, two people, one hostile article), and
//! helpers to press keys and draw frames.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use verbatim::analysis::Analysis;
use verbatim::corpus::{Article, Corpus};
use verbatim::ids::{ClusterId, PersonId, QuoteId, SourceId, Span};
use verbatim::people::Person;
use verbatim::quotes::{AlignOp, Cluster, OpKind, Quote, Relation, RenderingPair, Unit};
use verbatim::search::{Candidate, CandidateKind, SearchIndex, Target};

use super::action::Action;
use super::app::{App, update};
use super::config::Config;
use super::model::Loaded;
use super::{to_action, view};

const WIRE: &str = "Trump says Russia is a big power\n\n\
WASHINGTON (Wire) - President Donald Trump said on Monday: \"Russia is a very big power, and they're not,\" \
adding that talks with Moscow would go on for weeks. Volodymyr Zelenskyy said \"we need a lasting peace\" \
after the meeting in the White House, where European leaders also spoke.\n\n\
Zelenskyy later thanked the hosts and said the talks were constructive.\n";
const TRANSLATED: &str = "Trump: Russia very great\n\n\
Trump said \"Russia is very great and not\" to the reporters. Zelsky said \"we need lasting peace\" and left.\n";
const HOSTILE: &str = "Hostile \u{1b}[31mred\u{1b}[0m title\n\n\
Body with \u{1b}]0;pwned\u{7} OSC and \u{202e}reversed\u{202c} text and C1 \u{9b}31m here. \
Trump said \"Russia is a very big power\" again.\n";

/// Builds the quote at the first occurrence of `words` (in ASCII double quotes) after `from`.
fn quote(corpus: &Corpus, id: usize, source: usize, words: &str, speaker: usize) -> Quote {
    let article = &corpus.articles[source];
    let start = article.text.find(&format!("\"{words}")).unwrap() + 1;
    let end = start + words.len();
    let paragraph = article.paragraph_at(start).unwrap();
    let sentence = article.paragraphs[paragraph].range();
    let mut quote = Quote::new(
        QuoteId::new(id),
        SourceId::new(source),
        start..end,
        start - 1..end + 1,
        sentence,
        paragraph,
    );
    quote.speaker = Some(PersonId::new(speaker));
    quote
}

/// Alignment ops from (kind, a text, b text) runs, as byte ranges.
fn ops(runs: &[(OpKind, &str, &str)]) -> Box<[AlignOp]> {
    let (mut a, mut b) = (0, 0);
    runs.iter()
        .map(|(kind, ta, tb)| {
            let op = AlignOp::new(*kind, a..a + ta.len(), b..b + tb.len());
            (a, b) = (a + ta.len(), b + tb.len());
            op
        })
        .collect()
}

fn mentions(corpus: &Corpus, names: &[&str]) -> Vec<Span> {
    let mut out = Vec::new();
    for (source, a) in corpus.articles.iter().enumerate() {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for name in names {
            for (start, _) in a.text.match_indices(name) {
                let end = start + name.len();
                if !found.iter().any(|&(s, e)| s < end && start < e) {
                    found.push((start, end));
                }
            }
        }
        found.sort();
        out.extend(
            found
                .into_iter()
                .map(|(start, end)| Span::new(SourceId::new(source), start..end)),
        );
    }
    out
}

/// The two groups: the big-power quote in three renderings (an excerpt and
/// a garbled translation) and the peace quote in two.
fn clusters() -> Vec<Cluster> {
    let garbled = RenderingPair::new(
        QuoteId::new(0),
        QuoteId::new(2),
        // Set from the quotes in `fixture`.
        0..0,
        0..0,
        Relation::Reworded,
        0.45,
        ops(&[
            (OpKind::Equal, "Russia is ", "Russia is "),
            (OpKind::Delete, "a ", ""),
            (OpKind::Equal, "very ", "very "),
            (OpKind::Replace, "big power, ", "great "),
            (OpKind::Equal, "and ", "and "),
            (OpKind::Delete, "they're ", ""),
            (OpKind::Equal, "not", "not"),
        ]),
    );
    let excerpt = RenderingPair::new(
        QuoteId::new(0),
        QuoteId::new(4),
        // Set from the quotes in `fixture`.
        0..0,
        0..0,
        Relation::Excerpt,
        0.8,
        ops(&[
            (
                OpKind::Equal,
                "Russia is a very big power",
                "Russia is a very big power",
            ),
            (OpKind::Delete, ", and they're not", ""),
        ]),
    );
    let peace = RenderingPair::new(
        QuoteId::new(1),
        QuoteId::new(3),
        // Set from the quotes in `fixture`.
        0..0,
        0..0,
        Relation::Edited,
        0.8,
        ops(&[
            (OpKind::Equal, "we need ", "we need "),
            (OpKind::Delete, "a ", ""),
            (OpKind::Equal, "lasting peace", "lasting peace"),
        ]),
    );
    vec![
        Cluster {
            id: ClusterId::new(0),
            quotes: vec![QuoteId::new(0), QuoteId::new(2), QuoteId::new(4)],
            reference: QuoteId::new(0),
            reference_unit: 0..0,
            sources: vec![SourceId::new(0), SourceId::new(1), SourceId::new(2)],
            divergence: 0.6,
            pairs: vec![excerpt, garbled],
        },
        Cluster {
            id: ClusterId::new(1),
            quotes: vec![QuoteId::new(1), QuoteId::new(3)],
            reference: QuoteId::new(1),
            reference_unit: 0..0,
            sources: vec![SourceId::new(0), SourceId::new(1)],
            divergence: 0.2,
            pairs: vec![peace],
        },
    ]
}

/// Donald Trump and Volodymyr Zelenskyy (also spelt "Zelsky"), with their mentions.
fn people(corpus: &Corpus) -> Vec<Person> {
    vec![
        Person {
            id: PersonId::new(0),
            name: "Donald Trump".into(),
            variants: vec!["Donald Trump".into(), "Trump".into()],
            roles: vec!["President".into()],
            mentions: mentions(corpus, &["Donald Trump", "Trump"]),
            quotes: vec![QuoteId::new(0), QuoteId::new(2), QuoteId::new(4)],
        },
        Person {
            id: PersonId::new(1),
            name: "Volodymyr Zelenskyy".into(),
            variants: vec![
                "Volodymyr Zelenskyy".into(),
                "Zelenskyy".into(),
                "Zelsky".into(),
            ],
            roles: vec![],
            mentions: mentions(corpus, &["Volodymyr Zelenskyy", "Zelenskyy", "Zelsky"]),
            quotes: vec![QuoteId::new(1), QuoteId::new(3)],
        },
    ]
}

pub(super) fn fixture() -> Loaded {
    let corpus = Corpus::from_articles(vec![
        Article::new("000_wire", "000_wire.txt", WIRE.to_string()),
        Article::new(
            "001_translated",
            "001_translated.txt",
            TRANSLATED.to_string(),
        ),
        Article::new("002_hostile", "002_hostile.txt", HOSTILE.to_string()),
    ]);
    let long = "Russia is a very big power, and they're not";
    let mut quotes = vec![
        quote(&corpus, 0, 0, long, 0),
        quote(&corpus, 1, 0, "we need a lasting peace", 1),
        quote(&corpus, 2, 1, "Russia is very great and not", 0),
        quote(&corpus, 3, 1, "we need lasting peace", 1),
        quote(&corpus, 4, 2, "Russia is a very big power", 0),
    ];
    for (q, c) in quotes.iter_mut().zip([0, 1, 0, 1, 0]) {
        q.cluster = Some(ClusterId::new(c));
        let mut unit = Unit::new(q.inner());
        unit.cluster = q.cluster;
        q.units = Box::new([unit]);
    }
    // Every quote is one unit: the units aligned are the whole quotes.
    let mut clusters = clusters();
    for c in &mut clusters {
        c.reference_unit = quotes[c.reference.index()].inner();
        for p in &mut c.pairs {
            p.set_units(quotes[p.a.index()].inner(), quotes[p.b.index()].inner());
        }
    }
    let analysis = Analysis {
        quotes,
        people: people(&corpus),
        clusters,
        source_divergence: vec![0.5, 1.0, 0.0],
        set_aside: Vec::new(),
    };
    let index = SearchIndex::from_candidates(vec![Candidate {
        kind: CandidateKind::Variant,
        text: "Zelsky".into(),
        detail: "variant of Volodymyr Zelenskyy · 1 mention".into(),
        source: Some(SourceId::new(1)),
        start: 0,
        end: 0,
        target: Target::Variant {
            person: PersonId::new(1),
            variant: 2,
        },
    }]);
    Loaded {
        corpus,
        analysis,
        index,
    }
}

pub(super) fn app_at(w: u16, h: u16, colour: bool) -> App {
    let mut app = App::new(Config::from_texts(None, colour).unwrap(), (w, h));
    update(&mut app, Action::Resize(w, h));
    update(&mut app, Action::Loaded(Box::new(fixture())));
    app
}

pub(super) fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    terminal
}

pub(super) fn screen(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// A key as the terminal reports it: "j", "G", "tab", "shift-tab", "ctrl-p", "enter"…
pub(super) fn key_event(s: &str) -> KeyEvent {
    let (mods, name) = match s.strip_prefix("ctrl-") {
        Some(rest) => (KeyModifiers::CONTROL, rest),
        None => (KeyModifiers::NONE, s),
    };
    let code = match name {
        "tab" => KeyCode::Tab,
        "shift-tab" => return KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "down" => KeyCode::Down,
        "up" => KeyCode::Up,
        "backspace" => KeyCode::Backspace,
        "pgdn" => KeyCode::PageDown,
        "end" => KeyCode::End,
        c => {
            let ch = c.chars().next().unwrap();
            let shift = if ch.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            return KeyEvent::new(KeyCode::Char(ch), mods | shift);
        }
    };
    KeyEvent::new(code, mods)
}

/// Presses keys through the real key → action mapping and `update`.
pub(super) fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        let mut next = to_action(app, &Event::Key(key_event(k)));
        while let Some(action) = next {
            next = update(app, action);
        }
    }
}

pub(super) fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, &[&c.to_string()]);
    }
}
