//! Palette ranking off the input path: a worker thread ranks queries while
//! the reader keeps taking keys. Each request carries a generation number;
//! the worker ranks only the newest request waiting, and drops results that
//! a newer request has made stale, so a keystroke never waits on ranking
//! and the palette never shows an older query's results over a newer one's.
//!
//! A thread, not a tokio task: ranking is CPU work that runs for tens of
//! milliseconds at 40,000 articles, and the worker keeps its [`Searcher`]
//! (the previous queries' matches) between requests.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

use verbatim::corpus::Corpus;
use verbatim::search::{Hit, SearchIndex, Searcher, Stop};

/// What a request ranks: the corpus and the index built from it.
#[derive(Debug, Clone)]
pub struct Ranked {
    /// The generation of the request these results answer.
    pub generation: u64,
    /// The query they answer.
    pub query: String,
    /// The best `rows` candidates, best first.
    pub hits: Vec<Hit>,
    /// How many candidates match the query in all.
    pub matches: usize,
}

/// The data a query is ranked over, shared with the reader.
#[derive(Debug, Clone)]
pub struct Corpora {
    pub corpus: Arc<Corpus>,
    pub index: Arc<SearchIndex>,
}

/// What a ranking gives: the best rows and how many match, or `None` when
/// it stopped for a newer request.
type Ranking = Option<(Vec<Hit>, usize)>;

struct Request {
    generation: u64,
    query: String,
    rows: usize,
    data: Corpora,
}

/// The reader's handle on the worker: dropping it ends the worker.
pub struct Ranker {
    requests: Sender<Request>,
    /// The newest generation asked for, read by the worker to skip stale work.
    newest: Arc<AtomicU64>,
}

impl std::fmt::Debug for Ranker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ranker")
            .field("newest", &self.newest.load(Ordering::Relaxed))
            .finish()
    }
}

impl Ranker {
    /// Starts the worker; `deliver` is called on the worker's thread with
    /// each result that is still the newest when ranking ends.
    pub fn spawn(deliver: impl Fn(Ranked) + Send + 'static) -> std::io::Result<Ranker> {
        Self::spawn_with(deliver, searcher_ranking())
    }

    /// [`Ranker::spawn`] with the ranking itself given (tests slow it down).
    fn spawn_with(
        deliver: impl Fn(Ranked) + Send + 'static,
        mut rank: impl FnMut(&Request, Stop) -> Ranking + Send + 'static,
    ) -> std::io::Result<Ranker> {
        let (requests, inbox) = mpsc::channel();
        let newest = Arc::new(AtomicU64::new(0));
        let seen = Arc::clone(&newest);
        std::thread::Builder::new()
            .name("palette-ranker".into())
            .spawn(move || work(&inbox, &seen, &mut rank, &deliver))?;
        Ok(Ranker { requests, newest })
    }

    /// Asks for the best `rows` candidates for `query` under `generation`
    /// (which must grow from one request to the next). Returns at once.
    pub fn request(&self, generation: u64, query: &str, rows: usize, data: Corpora) {
        self.newest.store(generation, Ordering::Relaxed);
        // A worker that is gone (it panicked) leaves the palette showing
        // its last results; the reader itself goes on.
        let _ = self.requests.send(Request {
            generation,
            query: query.to_owned(),
            rows,
            data,
        });
    }
}

/// Ranking as the reader does it: a [`Searcher`] kept across requests, so
/// a query that extends the previous one re-checks only its matches; a
/// ranking stops as soon as a newer request comes (`None`).
fn searcher_ranking() -> impl FnMut(&Request, Stop) -> Ranking + Send {
    let mut searcher = Searcher::new();
    let mut ranked_over: Option<Arc<SearchIndex>> = None;
    move |request, stop| {
        let data = &request.data;
        if !ranked_over
            .as_ref()
            .is_some_and(|i| Arc::ptr_eq(i, &data.index))
        {
            searcher.reset();
            ranked_over = Some(Arc::clone(&data.index));
        }
        let hits = searcher.search_until(
            &data.index,
            &data.corpus,
            &request.query,
            request.rows,
            Some(stop),
        )?;
        Some((hits, searcher.match_count()))
    }
}

fn work(
    inbox: &Receiver<Request>,
    newest: &Arc<AtomicU64>,
    rank: &mut dyn FnMut(&Request, Stop) -> Ranking,
    deliver: &dyn Fn(Ranked),
) {
    while let Ok(mut request) = inbox.recv() {
        // Only the newest of the requests waiting is worth ranking.
        while let Ok(newer) = inbox.try_recv() {
            request = newer;
        }
        if request.generation < newest.load(Ordering::Relaxed) {
            continue;
        }
        let seen = Arc::clone(newest);
        let generation = request.generation;
        let stop: Stop = Arc::new(move || generation < seen.load(Ordering::Relaxed));
        let Some((hits, matches)) = rank(&request, stop) else {
            // Typed over while ranking: stopped halfway.
            continue;
        };
        if request.generation < newest.load(Ordering::Relaxed) {
            // Typed over: a newer request is waiting; these results are stale.
            continue;
        }
        deliver(Ranked {
            generation: request.generation,
            query: request.query,
            hits,
            matches,
        });
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::channel;
    use std::time::Duration;

    use verbatim::people::PersonId;
    use verbatim::search::{Candidate, CandidateKind, Target};

    use super::*;

    fn nothing() -> Corpora {
        Corpora {
            corpus: Arc::new(Corpus::default()),
            index: Arc::new(SearchIndex::default()),
        }
    }

    /// A hit per query char, so results say which query they answer.
    fn hits_for(query: &str) -> Vec<Hit> {
        (0..query.chars().count())
            .map(|candidate| Hit {
                candidate,
                score: 0,
                matched: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn typing_over_a_slow_ranking_keeps_only_the_latest_querys_results() {
        let (started_tx, started) = channel();
        let (release, gate) = channel::<()>();
        let (delivered_tx, delivered) = channel();
        let ranker = Ranker::spawn_with(
            move |r| delivered_tx.send(r).unwrap(),
            move |request: &Request, _| {
                started_tx.send(request.query.clone()).unwrap();
                // The first ranking is slow: it waits until the test says.
                if request.generation == 1 {
                    gate.recv().unwrap();
                }
                Some((hits_for(&request.query), request.query.len()))
            },
        )
        .unwrap();
        ranker.request(1, "p", 10, nothing());
        assert_eq!(started.recv().unwrap(), "p");
        // Typed while "p" is still being ranked.
        ranker.request(2, "pu", 10, nothing());
        ranker.request(3, "put", 10, nothing());
        ranker.request(4, "puti", 10, nothing());
        release.send(()).unwrap();
        let first = delivered.recv_timeout(Duration::from_secs(10)).unwrap();
        assert_eq!((first.generation, first.query.as_str()), (4, "puti"));
        assert_eq!(first.hits, hits_for("puti"));
        assert_eq!(first.matches, 4);
        // "p" was stale when it finished; "pu" and "put" were never ranked.
        assert_eq!(started.try_iter().collect::<Vec<_>>(), ["puti"]);
        drop(ranker);
        assert!(delivered.recv_timeout(Duration::from_millis(200)).is_err());
    }

    #[test]
    fn the_real_ranking_answers_each_request() {
        let (delivered_tx, delivered) = channel();
        let ranker = Ranker::spawn(move |r| delivered_tx.send(r).unwrap()).unwrap();
        let data = Corpora {
            corpus: Arc::new(Corpus::default()),
            index: Arc::new(SearchIndex::from_candidates(
                ["Vladimir Putin", "Paul Pope"]
                    .iter()
                    .enumerate()
                    .map(|(i, name)| Candidate {
                        kind: CandidateKind::Person,
                        text: (*name).into(),
                        detail: "".into(),
                        source: None,
                        start: 0,
                        end: 0,
                        target: Target::Person {
                            person: PersonId::new(i),
                        },
                    })
                    .collect(),
            )),
        };
        ranker.request(1, "putin", 10, data);
        let ranked = delivered.recv_timeout(Duration::from_secs(10)).unwrap();
        assert_eq!(ranked.matches, 1);
        assert_eq!(ranked.hits.len(), 1);
        assert_eq!(ranked.hits[0].candidate, 0);
    }
}
