//! Reading a captured screen of the reader as a user reads it: the rows
//! of a pane found by its frame's title, the marks of a sources row.

#![allow(dead_code)]

/// The text rows inside the frame whose title starts with `title`, top to
/// bottom; `None` while no such frame is (wholly) on screen.
pub fn pane_rows(screen: &str, title: &str) -> Option<Vec<String>> {
    let grid: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let heading: Vec<char> = format!(" {title}").chars().collect();
    for (top, row) in grid.iter().enumerate() {
        for (left, &corner) in row.iter().enumerate() {
            if !matches!(corner, '┌' | '┏') || !row[left + 1..].starts_with(&heading) {
                continue;
            }
            let right = left
                + 1
                + row[left + 1..]
                    .iter()
                    .position(|c| matches!(c, '┐' | '┓'))?;
            let bottom = top
                + 1
                + grid[top + 1..]
                    .iter()
                    .position(|r| matches!(r.get(left), Some('└' | '┗')))?;
            let inside = grid[top + 1..bottom]
                .iter()
                .map(|r| r.get(left + 1..right).unwrap_or_default().iter().collect())
                .collect();
            return Some(inside);
        }
    }
    None
}

/// The sources list's marks before `title`: the open marker (`▶` or a
/// space) and the read marker (`✓` read, `•` not), as in `│▶✓ Title`.
pub fn marks_of(screen: &str, title: &str) -> Option<String> {
    screen.lines().find_map(|line| {
        let before: Vec<char> = line[..line.find(title)?].chars().collect();
        match before.as_slice() {
            [.., open, read @ ('✓' | '•'), ' '] => Some(format!("{open}{read}")),
            _ => None,
        }
    })
}
