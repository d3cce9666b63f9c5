//! Article ids: the file stem, made unique within one load.

use std::collections::HashSet;
use std::path::Path;

pub(super) fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_string())
}

/// Hands out unique ids: the stem, then `stem-2`, `stem-3`, ... on collisions.
#[derive(Default)]
pub(super) struct IdAllocator {
    used: HashSet<String>,
}

impl IdAllocator {
    pub(super) fn allocate(&mut self, stem: String) -> String {
        if self.used.insert(stem.clone()) {
            return stem;
        }
        let id = (2..)
            .map(|n| format!("{stem}-{n}"))
            .find(|candidate| !self.used.contains(candidate))
            .expect("an unused suffix always exists");
        self.used.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let mut ids = IdAllocator::default();
        assert_eq!(ids.allocate("a".into()), "a");
        assert_eq!(ids.allocate("a".into()), "a-2");
        assert_eq!(ids.allocate("a-2".into()), "a-2-2");
        assert_eq!(ids.allocate("a".into()), "a-3");
    }
}
