//! The gender a given name tells ("Lisa Grant" is a woman), from
//! `assets/given_name_genders.txt`: the evidence a "he" or "she" is checked
//! against (`quotes::attribute::sexes`).

use std::sync::LazyLock;

use crate::fast_hash::FastMap;
use crate::text::fold::with_lower;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// `assets/given_name_genders.txt`: given names that name one gender.
static GIVEN_NAMES: LazyLock<FastMap<&'static str, Gender>> = LazyLock::new(|| {
    include_str!("../../assets/given_name_genders.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| match line.split_once(' ')? {
            (name, "f") => Some((name, Gender::Female)),
            (name, "m") => Some((name, Gender::Male)),
            _ => None,
        })
        .collect()
});

/// The gender of the person named `name` when its first word is a given
/// name of one gender ("Lisa Grant"); `None` for a name of either gender,
/// a name of one word (a surname alone: "Grant" is a man's given name
/// too), or one not in the table.
pub fn of_name(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    with_lower(first, |w| GIVEN_NAMES.get(w).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_name_tells_its_gender_and_a_surname_none() {
        assert_eq!(of_name("Lisa Grant"), Some(Gender::Female));
        assert_eq!(of_name("Donald Hale"), Some(Gender::Male));
        assert_eq!(of_name("Giorgia Rossi"), Some(Gender::Female));
        assert_eq!(of_name("Karol Nowak"), Some(Gender::Male));
        assert_eq!(of_name("Grant"), None);
        // Read as the other gender in another language: no verdict.
        assert_eq!(of_name("Andrea Bianchi"), None);
        assert_eq!(of_name("Jean Dupont"), None);
        assert_eq!(of_name("Michele Conti"), None);
        assert_eq!(of_name(""), None);
    }
}
