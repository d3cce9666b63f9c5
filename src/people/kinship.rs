//! Kinship nouns that open a run and name a relative through another
//! person: "Hijo de Bolsonaro", "Filha dos Anjos", "Fils de Le Pen",
//! "Figlio di Rossi". The run names the relative, whom it does not name,
//! so it is nobody's name. (English writes "son of" in lower case, which
//! ends a run by itself; a kinship noun before a name without a particle,
//! "Wife Jill Biden", is a title and stays one.)

use std::ops::Range;

use super::lexicon::{self, Lex};
use crate::text::fold::lower;

/// Kinship nouns of the languages read, in lower case. Those that open
/// names too are left out ("Primo de Rivera", "Neto da Silva"). Languages that link
/// with a particle matter here (Spanish, Portuguese, French, Italian,
/// German, Dutch); the others are listed for "Syn von" in a translation.
#[rustfmt::skip]
const KIN_NOUNS: &[&str] = &[
    "son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "widow",
    "hijo", "hija", "hijos", "hermano", "hermana", "padre", "madre", "esposa", "esposo", "viuda",
    "nieto", "nieta", "sobrino", "sobrina",
    "filho", "filha", "filhos", "irmão", "irmã", "pai", "mãe", "mulher", "marido", "viúva",
    "sobrinho", "sobrinha",
    "fils", "fille", "frère", "sœur", "père", "mère", "épouse", "époux", "veuve", "petit-fils",
    "petite-fille", "neveu", "nièce", "cousin", "cousine",
    "figlio", "figlia", "figli", "fratello", "sorella", "moglie", "marito", "vedova", "nipote",
    "cugino", "cugina",
    "sohn", "tochter", "bruder", "schwester", "vater", "mutter", "ehefrau", "ehemann", "witwe",
    "neffe", "nichte", "enkel", "enkelin",
    "zoon", "dochter", "broer", "zus",
    "fiul", "fiica", "fratele", "sora", "tatăl", "mama", "soția", "soţia", "soțul", "soţul",
    "syn", "córka", "brat", "siostra", "ojciec", "matka", "żona", "mąż",
    "сын", "дочь", "брат", "сестра", "отец", "мать", "жена", "муж", "син", "донька", "дочка",
    "батько", "мати", "дружина", "чоловік",
];

/// Whether the run `words` opens with a kinship noun followed by a
/// particle ("Hijo de …"): the shape of a relative named by another.
pub(super) fn names_a_relative(text: &str, words: &[(Range<usize>, Lex)]) -> bool {
    let [kin, link, ..] = words else {
        return false;
    };
    link.1 & lexicon::PARTICLE != 0
        && text
            .get(kin.0.clone())
            .is_some_and(|w| KIN_NOUNS.contains(&lower(w).as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `run` with the particle bit of each lower-case word.
    fn words(run: &str) -> Vec<(Range<usize>, Lex)> {
        let mut at = 0;
        run.split(' ')
            .map(|w| {
                let span = at..at + w.len();
                at += w.len() + 1;
                (span, lexicon::lower_case(w))
            })
            .collect()
    }

    #[test]
    fn a_kinship_noun_and_a_particle_name_a_relative() {
        for run in [
            "Hija de Ortega",
            "Filha dos Anjos",
            "Fils de Le Pen",
            "Sohn von Weber",
        ] {
            assert!(names_a_relative(run, &words(run)), "{run}");
        }
        for run in [
            "Hija Ortega",
            "Ana de Ortega",
            "Pedro de la Fuente",
            "Wife Jill Biden",
            "Hija",
            "",
        ] {
            assert!(!names_a_relative(run, &words(run)), "{run}");
        }
    }
}
