//! Tests of titles that are names ([`super`]).

use super::*;

fn titles() -> Vec<Vec<char>> {
    TITLE_NAMES
        .iter()
        .map(|t| letters_key(&t.split_whitespace().collect::<Vec<_>>()))
        .collect()
}

#[test]
fn a_title_name_is_read_in_any_script_case_or_with_one_slip() {
    let t = titles();
    let row = |s: &str| title_name(s, &t).map(|(r, _)| TITLE_NAMES[r]);
    for s in [
        "Panchen Lama",
        "Panchen-Lama",
        "Панчен-лама",
        "Панчен-ламе",
        "Pnachen Lama",
    ] {
        assert_eq!(row(s), Some("panchen lama"), "{s}");
    }
    for s in [
        "Panchen",
        "Lama",
        "Pancho Lamas",
        "Aga Khanov",
        "Tenzin Wangdu",
    ] {
        assert_eq!(row(s), None, "{s}");
    }
}

#[test]
fn what_follows_a_title_is_a_numeral_and_a_name() {
    let t = titles();
    let after = |s: &str| title_name(s, &t).map(|(_, a)| a);
    let of = |numeral: Option<&str>, name: Option<&str>| AfterTitle {
        numeral: numeral.map(String::from),
        name: name.map(String::from),
    };
    assert_eq!(after("Panchen Lama"), Some(of(None, None)));
    assert_eq!(after("Панчен-лама XII"), Some(of(Some("XII"), None)));
    assert_eq!(
        after("Panchen Lama XII Gedun Rinzen"),
        Some(of(Some("XII"), Some("Gedun Rinzen")))
    );
    assert_eq!(after("Aga Khan Rahim"), None);
    assert_eq!(after("Aga Khan said"), None);
}

#[test]
fn a_title_slip_is_one_edit_or_one_swap() {
    let k = |s: &str| s.chars().collect::<Vec<char>>();
    assert!(chars_within_one_edit(&k("dalailama"), &k("dalialama")));
    assert!(chars_within_one_edit(&k("dalailama"), &k("dalailame")));
    assert!(chars_within_one_edit(&k("dalailama"), &k("dalailam")));
    assert!(chars_within_one_edit(&k("dalailama"), &k("dalailama")));
    assert!(!chars_within_one_edit(&k("dalailama"), &k("dalilame")));
    assert!(!chars_within_one_edit(&k("dalailama"), &k("daliaalma")));
}

#[test]
fn apposition_gaps() {
    for gap in [
        ", the 12th ",
        " -- the 12th ",
        ", ",
        " (",
        ", 12th ",
        " — the XII ",
    ] {
        assert!(title_apposition_gap(gap), "{gap:?}");
    }
    for gap in [
        " is the 12th reincarnation of the ",
        " met the ",
        ", who met the ",
        " ",
    ] {
        assert!(!title_apposition_gap(gap), "{gap:?}");
    }
    assert!(closes_apposition(", said on Monday"));
    assert!(closes_apposition(". Later"));
    assert!(!closes_apposition(", and Tom Lee"));
    assert!(!closes_apposition(", Tom Lee"));
    assert!(!closes_apposition(" and Tom Lee"));
}
