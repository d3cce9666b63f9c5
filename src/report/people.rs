//! `verbatim people`: people with variants, roles, mentions and quotes.
//!
//! The JSON schema is documented field by field in `docs/json.md`.

use std::io::{self, BufWriter, Write};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::corpus::{Corpus, display::sanitize_line};
use crate::ids::{QuoteId, SourceId};

use super::JSON_VERSION;
use super::wording::count;

#[derive(Serialize)]
struct PeopleDocument<'a> {
    version: u32,
    people: Vec<PersonJson<'a>>,
}

#[derive(Serialize)]
struct PersonJson<'a> {
    name: &'a str,
    variants: &'a [String],
    roles: &'a [String],
    mentions: Vec<MentionJson<'a>>,
    quotes: &'a [QuoteId],
}

#[derive(Serialize)]
struct MentionJson<'a> {
    /// The article's id, as in `verbatim sources --json`.
    source: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

pub fn write_json(out: &mut impl Write, corpus: &Corpus, analysis: &Analysis) -> io::Result<()> {
    let doc = PeopleDocument {
        version: JSON_VERSION,
        people: analysis
            .people
            .iter()
            .map(|p| PersonJson {
                name: &p.name,
                variants: &p.variants,
                roles: &p.roles,
                mentions: p
                    .mentions
                    .iter()
                    .map(|m| MentionJson {
                        source: corpus
                            .articles
                            .get(m.source.index())
                            .map_or("", |a| a.id.as_str()),
                        start: m.range().start,
                        end: m.range().end,
                        text: m.text(corpus),
                    })
                    .collect(),
                quotes: &p.quotes,
            })
            .collect(),
    };
    super::json::write_document(out, &doc)
}

/// Human form: one block per person, most quoted first:
/// the name, quote and mention counts, then variants and roles.
pub fn write_human(out: &mut impl Write, corpus: &Corpus, analysis: &Analysis) -> io::Result<()> {
    let mut w = BufWriter::new(out);
    let mut people: Vec<_> = analysis.people.iter().collect();
    people.sort_by(|a, b| {
        (b.quotes.len(), b.mentions.len())
            .cmp(&(a.quotes.len(), a.mentions.len()))
            .then(a.id.cmp(&b.id))
    });
    for p in people {
        let sources = {
            let mut s: Vec<SourceId> = p.mentions.iter().map(|m| m.source).collect();
            s.sort_unstable();
            s.dedup();
            s.len()
        };
        writeln!(
            w,
            "{}  {}, {} in {} of {}",
            sanitize_line(&p.name),
            count(p.quotes.len(), "quote"),
            count(p.mentions.len(), "mention"),
            sources,
            count(corpus.articles.len(), "source")
        )?;
        let others: Vec<String> = p
            .variants
            .iter()
            .filter(|v| **v != p.name)
            .map(|v| sanitize_line(v).into_owned())
            .collect();
        if !others.is_empty() {
            writeln!(w, "  also: {}", others.join(", "))?;
        }
        if !p.roles.is_empty() {
            let roles: Vec<String> = p
                .roles
                .iter()
                .map(|r| sanitize_line(r).into_owned())
                .collect();
            writeln!(w, "  roles: {}", roles.join(", "))?;
        }
    }
    w.flush()
}
