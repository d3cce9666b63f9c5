use super::*;

#[test]
fn flat_lists_invert() {
    let features = Lists {
        offsets: vec![0, 2, 2, 4],
        items: vec![0, 2, 1, 2],
    };
    let index = invert(&features, 3);
    assert_eq!(index.get(0), &[0]);
    assert_eq!(index.get(1), &[2]);
    assert_eq!(index.get(2), &[0, 2]);
    assert_eq!(index.get(3), &[] as &[u32]);
}

#[test]
fn bigrams_are_numbered_in_order_of_first_appearance() {
    // Many forms over a few words: every bigram recurs, in both shards.
    let words: Vec<Vec<u32>> = (0..300u32)
        .map(|f| (0..2 + f % 5).map(|i| (f * 7 + i * 3) % 11).collect())
        .chain([vec![4]])
        .collect();
    let forms = Forms {
        forms: words.iter().cloned().map(Form::new).collect(),
        idf: vec![1.0; 11],
        ..Forms::default()
    };
    // The numbering one window after another, as a serial pass gives it.
    let mut want: Vec<u32> = Vec::new();
    let mut seen: Vec<(u32, u32)> = Vec::new();
    for w in words.iter().filter(|w| w.len() >= MIN_WORDS) {
        for pair in w.windows(2) {
            let at = seen.iter().position(|&s| s == (pair[0], pair[1]));
            want.push(
                11 + at.unwrap_or_else(|| {
                    seen.push((pair[0], pair[1]));
                    seen.len() - 1
                }) as u32,
            );
        }
    }
    let (ids, distinct) = bigram_ids(&forms);
    assert_eq!(ids.items, want);
    assert_eq!(distinct, seen.len());
    assert_eq!(ids.get(300), &[] as &[u32], "a one-word form has no bigram");
    assert_eq!(ids.get(1).len(), 2);
}

/// A form meets itself in every posting it looks up: never its own
/// partner, while forms sharing its words are.
#[test]
fn a_form_is_never_its_own_candidate() {
    let words: Vec<Vec<u32>> = vec![
        vec![1, 2, 3, 4],
        vec![1, 2, 3, 4],
        vec![2, 3, 4, 5],
        vec![6, 7, 8],
        vec![6, 7, 8, 9],
    ];
    let forms = Forms {
        forms: words.into_iter().map(Form::new).collect(),
        idf: vec![1.0; 10],
        ..Forms::default()
    };
    let c = Candidates::find(&forms);
    for f in 0..forms.len() {
        assert!(!c.of(f).contains(&(f as u32)), "{f}: {:?}", c.of(f));
        assert!(!c.of(f).is_empty(), "{f}");
    }
    let mut pairs: Vec<_> = (0..forms.len()).flat_map(|f| c.pairs_of(f)).collect();
    pairs.sort_unstable();
    assert_eq!(pairs, [(0, 1), (0, 2), (1, 2), (3, 4)]);
}

#[test]
fn every_pair_is_yielded_once() {
    let mut c = Candidates {
        partners: vec![Partners::default(); 3],
    };
    c.partners[0] = Partners {
        ids: [1, 2, 0, 0, 0, 0],
        len: 2,
    };
    c.partners[1] = Partners {
        ids: [0, 0, 0, 0, 0, 0],
        len: 1,
    };
    let mut pairs: Vec<_> = (0..3).flat_map(|f| c.pairs_of(f)).collect();
    pairs.sort_unstable();
    assert_eq!(pairs, [(0, 1), (0, 2)]);
}
