//! Attribution kinds of session 32, each on an invented text: a Cyrillic
//! name read apart from the Latin outlet after it.

use crate::attribution::{some, who};

/// "«…», — цитирует Мерца Deutsche Welle": a name is written in one script;
/// the Latin outlet after the Cyrillic name is no part of it, so the name
/// stays a mention and the person quoted speaks.
#[test]
fn a_name_ends_where_the_script_changes() {
    assert_eq!(
        who(
            "Мария Лопес выступила в Берлине. «Для нас главное — сильная Европа», — цитирует \
             Лопес Deutsche Welle."
        ),
        vec![some("Мария Лопес")]
    );
    assert_eq!(
        who(
            "Марія Лопес виступила в Берліні. «Для нас головне — сильна Європа», - цитує Лопес \
             Deutsche Welle."
        ),
        vec![some("Марія Лопес")]
    );
}
