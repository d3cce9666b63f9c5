//! Arbitrary bytes through decoding, paragraph splitting, the whole quote
//! engine and the display form: nothing may panic, and every span must slice
//! its source.
#![no_main]

use libfuzzer_sys::fuzz_target;
use verbatim::analysis::analyze;
use verbatim::corpus::{Article, Corpus, decode_bytes, display};

fuzz_target!(|data: &[u8]| {
    let Ok((text, _notes)) = decode_bytes(data) else {
        return;
    };
    let article = Article::new("fuzz", "fuzz.txt", text);
    for p in &article.paragraphs {
        assert!(article.text.get(p.range()).is_some());
    }
    assert!(!display::sanitize(&article.title).chars().any(display::is_unsafe));
    let corpus = Corpus::from_articles(vec![article.clone(), article]);
    let analysis = analyze(&corpus);
    for q in &analysis.quotes {
        let text = &corpus.articles[q.source].text;
        assert!(q.span().get(&corpus).is_some());
        assert!(text.get(q.sentence()).is_some());
    }
    for person in &analysis.people {
        for m in &person.mentions {
            assert!(m.get(&corpus).is_some());
        }
    }
});
