//! How numbers read in every human-facing form (the CLI's reports and the
//! reader), so "1 source", "3 sources" and "67%" are written one way.

/// `n` and the noun, singular for one: `count(1, "source") == "1 source"`.
/// Nouns here take a plain `s` in the plural.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A fraction in [0, 1] as a whole percentage: `percent(0.666) == "67%"`.
pub fn percent(x: f64) -> String {
    let x = if x.is_nan() { 0.0 } else { x };
    format!("{:.0}%", (x.clamp(0.0, 1.0) * 100.0).round())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(count(0, "quote"), "0 quotes");
        assert_eq!(count(1, "quote"), "1 quote");
        assert_eq!(count(2, "mention"), "2 mentions");
    }

    #[test]
    fn percentages_are_whole_and_clamped() {
        assert_eq!(percent(0.666), "67%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(1.7), "100%");
        assert_eq!(percent(-0.2), "0%");
        assert_eq!(percent(f64::NAN), "0%");
    }
}
