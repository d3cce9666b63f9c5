use verbatim::corpus::bundled_corpus;
use verbatim::people::find_people;

#[test]
#[ignore]
fn dump_seed_people() {
    let corpus = bundled_corpus();
    for p in find_people(&corpus) {
        let spans: Vec<String> = p
            .mentions
            .iter()
            .map(|m| {
                format!(
                    "{}:{}",
                    m.source,
                    &corpus.articles[m.source].text[m.start..m.end]
                )
            })
            .collect();
        println!(
            "{} | {:?} | {:?} | {}",
            p.name,
            p.variants,
            p.roles,
            spans.join(", ")
        );
    }
}
