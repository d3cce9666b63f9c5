//! Spellings one slip apart: a wrong, dropped or added letter, or two
//! neighbours swapped ("zelenksy", "Dalia Lama"). The palette forgives one
//! in a typed name; people read a misspelt title-name as the title.

/// Whether `a` and `b` are at most one edit apart, counting a swap of two
/// neighbouring chars as one edit (restricted Damerau-Levenshtein ≤ 1).
pub fn chars_within_one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let Some(i) = short.iter().zip(long.iter()).position(|(x, y)| x != y) else {
        return true;
    };
    if short.len() < long.len() {
        return short[i..] == long[i + 1..];
    }
    let substituted = short[i + 1..] == long[i + 1..];
    let swapped = i + 1 < short.len()
        && short[i] == long[i + 1]
        && short[i + 1] == long[i]
        && short[i + 2..] == long[i + 2..];
    substituted || swapped
}
