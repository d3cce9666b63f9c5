use verbatim::analysis::analyze;
use verbatim::corpus::bundled_corpus;

#[test]
#[ignore]
fn dump_seed_attribution() {
    let corpus = bundled_corpus();
    let a = analyze(&corpus);
    for q in &a.quotes {
        let t = &corpus.articles[q.source].text;
        let who = q.speaker.map(|p| a.people[p].name.as_str()).unwrap_or("-");
        println!(
            "{} {:<20} |{}|",
            q.source,
            who,
            &t[q.start..q.end].chars().take(70).collect::<String>()
        );
    }
}

#[test]
#[ignore]
fn dump_one() {
    let corpus = bundled_corpus();
    let a = analyze(&corpus);
    let t = &corpus.articles[4].text;
    for q in a.quotes.iter().filter(|q| q.source == 4).take(3) {
        println!("S=[{}] O=[{}]", &t[q.sentence.clone()], &t[q.outer.clone()]);
    }
    for p in &a.people {
        for m in p.mentions.iter().filter(|m| m.source == 4).take(3) {
            println!("{} {}..{}", p.name, m.start, m.end);
        }
    }
}
