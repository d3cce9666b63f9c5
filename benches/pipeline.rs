//! Criterion benchmarks of the pipeline on a 500-article synthetic corpus:
//! building articles (paragraph splitting + classification), the whole
//! engine (`analyze`) and the JSON report. `cargo bench --bench pipeline`;
//! sample sizes are small so the run stays under two minutes on 2 cores.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use verbatim::analysis::analyze;
use verbatim::corpus::{Article, Corpus};
use verbatim::report;
use verbatim::synth;

const ARTICLES: usize = 500;

fn corpus() -> (Vec<(String, String)>, Corpus) {
    let raw = synth::generate(ARTICLES, 1).articles;
    let articles = raw
        .iter()
        .map(|(name, text)| Article::new(name.clone(), name.clone(), text.clone()))
        .collect();
    (raw, Corpus::from_articles(articles))
}

fn pipeline(c: &mut Criterion) {
    let (raw, corpus) = corpus();
    let bytes = corpus.total_bytes() as u64;
    let mut group = c.benchmark_group("pipeline_500");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8))
        .throughput(Throughput::Bytes(bytes));

    group.bench_function("load_and_classify", |b| {
        b.iter(|| {
            let articles: Vec<Article> = raw
                .iter()
                .map(|(name, text)| Article::new(name.as_str(), name.as_str(), text.clone()))
                .collect();
            black_box(articles)
        })
    });
    group.bench_function("analyze", |b| b.iter(|| black_box(analyze(&corpus))));
    let analysis = analyze(&corpus);
    group.bench_function("json_report", |b| {
        b.iter(|| {
            let mut sink = Vec::with_capacity(8 << 20);
            report::quotes::write_json(&mut sink, &corpus, &analysis).expect("writes to memory");
            black_box(sink.len())
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
