use super::*;

fn mark_texts(text: &str) -> Vec<(&str, &str, usize)> {
    clause_marks(text)
        .into_iter()
        .map(|m| (&text[..m.end], &text[m.resume..], m.words_before))
        .collect()
}

/// Forms of the given words, every word weighing 1.
fn forms_of(words: &[&[WordId]]) -> Forms {
    let forms: Vec<Form> = words
        .iter()
        .map(|w| {
            let mut f = Form::new(w.to_vec());
            f.weight = w.len() as f32;
            f
        })
        .collect();
    Forms {
        forms,
        idf: vec![1.0; 64],
        ..Forms::default()
    }
}

#[test]
fn a_long_form_is_cut_between_anchors_of_two_groups() {
    let long: Vec<WordId> = (0..16).collect();
    let forms = forms_of(&[
        &long,
        &[1, 2, 3, 4, 5, 6],
        &[9, 10, 11, 13, 14],
        &[2, 3, 10, 11],
    ]);
    let marks = [4, 8, 12];
    // The anchor matching both halves (form 3) places neither.
    let anchors = [(1, 0), (2, 1), (3, 2)];
    let pieces = place(&forms, &long, &anchors, &marks, 0..16, usize::MAX);
    assert_eq!(pieces, [(0..8, 0), (8..16, 1)]);
    // Anchors of one group part nothing.
    let one_group = [(1, 0), (2, 0)];
    let pieces = place(&forms, &long, &one_group, &marks, 0..16, 7);
    assert_eq!(pieces, [(0..16, 7)]);
    // Nor do marks that would leave a piece under four words.
    let pieces = place(&forms, &long, &anchors, &[2, 14], 0..16, 7);
    assert_eq!(pieces, [(0..16, 7)]);
}

#[test]
fn clause_marks_are_spaced_commas_semicolons_colons_and_dashes() {
    assert_eq!(
        mark_texts("We pay the rent at noon, then we go; it is late – too late"),
        [
            (
                "We pay the rent at noon,",
                "then we go; it is late – too late",
                6
            ),
            (
                "We pay the rent at noon, then we go;",
                "it is late – too late",
                9
            ),
            (
                "We pay the rent at noon, then we go; it is late",
                "too late",
                12
            ),
        ]
    );
    assert_eq!(mark_texts("We paid 1,000 euros at 16:30 sharp"), []);
    // A mark at the very end cuts nothing off.
    assert_eq!(mark_texts("we will win, "), []);
    // Other characters that share a mark's first byte (an ellipsis, a
    // curly apostrophe) are not marks; a full-width comma needs no space.
    assert_eq!(
        mark_texts("We’ll pay… the well-known rent，then we go — home"),
        [
            ("We’ll pay… the well-known rent，", "then we go — home", 6),
            ("We’ll pay… the well-known rent，then we go", "home", 9),
        ]
    );
}
