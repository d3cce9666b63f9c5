use verbatim::corpus::bundled_corpus;
use verbatim::quotes::extract::extract;

#[test]
#[ignore]
fn dump_seed_quotes() {
    let corpus = bundled_corpus();
    for (i, a) in corpus.articles.iter().enumerate() {
        for p in &a.paragraphs {
            if !p.kind.is_content() {
                println!(
                    "   [{:?}] {}",
                    p.kind,
                    &a.text[p.start..p.end].chars().take(60).collect::<String>()
                );
            }
        }
        for q in extract(a, i, 0) {
            println!(
                "{} {} frag={} |{}|\n     S: {}",
                a.id,
                q.paragraph,
                q.fragment,
                &a.text[q.start..q.end],
                &a.text[q.sentence.clone()]
            );
        }
    }
}
