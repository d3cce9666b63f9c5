//! Building palette candidates from a corpus and its analysis, in the
//! default order: people by mention count, spelling variants, quotes,
//! titles, sentences.

use crate::analysis::Analysis;
use crate::corpus::{Article, Corpus, ParagraphKind, display::sanitize_line};
use crate::ids::Span;
use crate::people::Person;

use super::{Candidate, CandidateKind, CandidateText, SourceId, Target, split_sentences};

/// Hands each candidate to `out` as it is made: the index stores it
/// compactly at once, so the full forms of a million sentences never
/// exist side by side.
pub(super) fn candidates(corpus: &Corpus, analysis: &Analysis, out: &mut dyn FnMut(Candidate)) {
    let mut people: Vec<&Person> = analysis.people.iter().collect();
    // Stable: equal counts keep the engine's order.
    people.sort_by_key(|p| std::cmp::Reverse(p.mentions.len()));
    for person in &people {
        out(person_candidate(person));
    }
    for person in &people {
        variant_candidates(corpus, person, out);
    }
    for quote in &analysis.quotes {
        if corpus.articles.get(quote.source.index()).is_none() {
            continue;
        }
        let Some(text) = quote.span().get(corpus) else {
            continue;
        };
        let speaker = quote
            .speaker
            .and_then(|s| analysis.people.get(s.index()))
            .map_or("unattributed", |p| p.name.as_str());
        out(Candidate {
            kind: CandidateKind::Quote,
            text: spanned(text),
            detail: CandidateText::Speaker(speaker.into()),
            source: Some(quote.source),
            start: quote.inner().start,
            end: quote.inner().end,
            target: Target::Quote { quote: quote.id },
        });
    }
    for (i, article) in corpus.articles.iter().enumerate() {
        out(title_candidate(SourceId::new(i), article));
    }
    for (i, article) in corpus.articles.iter().enumerate() {
        sentence_candidates(SourceId::new(i), article, out);
    }
}

/// A span's text as a candidate text: the span itself when it is
/// display-safe as written (almost always), else a sanitised copy.
fn spanned(text: &str) -> CandidateText {
    match sanitize_line(text) {
        std::borrow::Cow::Borrowed(_) => CandidateText::Span,
        std::borrow::Cow::Owned(safe) => safe.into(),
    }
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn person_candidate(person: &Person) -> Candidate {
    let mut detail = format!(
        "{} · {}",
        plural(person.mentions.len(), "mention"),
        plural(person.quotes.len(), "quote")
    );
    let others: Vec<&str> = person
        .variants
        .iter()
        .filter(|v| **v != person.name)
        .map(String::as_str)
        .collect();
    if !others.is_empty() {
        detail.push_str(" · also ");
        detail.push_str(&others.join(", "));
    }
    let first = person.mentions.first();
    Candidate {
        kind: CandidateKind::Person,
        text: sanitize_line(&person.name).into_owned().into(),
        detail: sanitize_line(&detail).into_owned().into(),
        source: first.map(|m| m.source),
        start: first.map_or(0, |m| m.range().start),
        end: first.map_or(0, |m| m.range().end),
        target: Target::Person { person: person.id },
    }
}

/// Whether `mention` is spelled `variant` (whitespace runs, such as a line
/// break inside a name, count as one space).
fn spelled(corpus: &Corpus, mention: &Span, variant: &str) -> bool {
    let Some(text) = mention.get(corpus) else {
        return false;
    };
    text.split_whitespace().eq(variant.split_whitespace())
}

fn variant_candidates(corpus: &Corpus, person: &Person, out: &mut dyn FnMut(Candidate)) {
    for (vi, variant) in person.variants.iter().enumerate() {
        if *variant == person.name {
            continue;
        }
        let spelled_so: Vec<&Span> = person
            .mentions
            .iter()
            .filter(|m| spelled(corpus, m, variant))
            .collect();
        let first = spelled_so.first().copied();
        out(Candidate {
            kind: CandidateKind::Variant,
            text: sanitize_line(variant).into_owned().into(),
            detail: sanitize_line(&format!(
                "variant of {}, {}",
                person.name,
                plural(spelled_so.len(), "mention")
            ))
            .into_owned()
            .into(),
            source: first.map(|m| m.source),
            start: first.map_or(0, |m| m.range().start),
            end: first.map_or(0, |m| m.range().end),
            target: Target::Variant {
                person: person.id,
                variant: vi,
            },
        });
    }
}

/// The title, pointing at where it is written when the text has it.
fn title_candidate(source: SourceId, article: &Article) -> Candidate {
    let title = article.title.as_str();
    let within = |start: usize, end: usize| {
        let hay = article.text.get(start..end)?;
        let at = hay.find(title)?;
        Some((start + at, start + at + title.len()))
    };
    let span = if title.is_empty() {
        None
    } else {
        article
            .paragraphs
            .iter()
            .find(|p| p.kind == ParagraphKind::Title)
            .and_then(|p| within(p.start(), p.end()))
            .or_else(|| within(0, article.text.len()))
    };
    let (start, end) = span.unwrap_or((0, 0));
    Candidate {
        kind: CandidateKind::Title,
        // Only a span holding exactly the title can stand for it.
        text: match article.text.get(start..end) {
            Some(at) if at == title && !title.is_empty() => spanned(title),
            _ => sanitize_line(title).into_owned().into(),
        },
        detail: CandidateText::SourceId,
        source: Some(source),
        start,
        end,
        target: Target::Title { source },
    }
}

/// Sentences of body paragraphs (the title paragraph is its own candidate).
fn sentence_candidates(source: SourceId, article: &Article, out: &mut dyn FnMut(Candidate)) {
    for paragraph in article.content_paragraphs() {
        if paragraph.kind == ParagraphKind::Title {
            continue;
        }
        for r in split_sentences(&article.text, paragraph.range()) {
            let Some(text) = article.text.get(r.clone()) else {
                continue;
            };
            out(Candidate {
                kind: CandidateKind::Sentence,
                text: spanned(text),
                detail: CandidateText::SourceId,
                source: Some(source),
                start: r.start,
                end: r.end,
                target: Target::Sentence {
                    source,
                    start: r.start,
                    end: r.end,
                },
            });
        }
    }
}
