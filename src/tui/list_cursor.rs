//! A cursor over a list whose rows are sorted and filtered again while the
//! user reads: it stays on its item, not on its row number, across a new order.

/// The rows shown, top to bottom, and the row under the cursor.
#[derive(Debug)]
pub struct ListCursor<T> {
    rows: Vec<T>,
    /// Index into `rows`.
    at: usize,
}

impl<T> Default for ListCursor<T> {
    fn default() -> Self {
        ListCursor {
            rows: Vec::new(),
            at: 0,
        }
    }
}

impl<T: Copy + PartialEq> ListCursor<T> {
    pub fn rows(&self) -> &[T] {
        &self.rows
    }

    /// The row the cursor is on (0 in an empty list).
    pub fn row(&self) -> usize {
        self.at
    }

    /// The item under the cursor, if the list has any.
    pub fn selected(&self) -> Option<T> {
        self.rows.get(self.at).copied()
    }

    /// Moves the cursor by `by` rows, stopping at either end.
    pub fn move_by(&mut self, by: isize) {
        self.at = self
            .at
            .saturating_add_signed(by)
            .min(self.rows.len().saturating_sub(1));
    }

    /// Puts the cursor on `item` if it is listed; says whether it is.
    pub fn point_at(&mut self, item: T) -> bool {
        match self.rows.iter().position(|&r| r == item) {
            Some(row) => {
                self.at = row;
                true
            }
            None => false,
        }
    }

    /// New rows (a new order or filter): the cursor stays on its item, or
    /// goes to the first row when the item is no longer listed.
    pub fn replace(&mut self, rows: Vec<T>) {
        let selected = self.selected();
        self.rows = rows;
        self.at = 0;
        if let Some(item) = selected {
            self.point_at(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_keeps_its_item_across_new_rows() {
        let mut list = ListCursor::default();
        assert_eq!(list.selected(), None::<u32>);
        list.replace(vec![10, 20, 30, 40]);
        assert_eq!(list.selected(), Some(10));
        list.move_by(2);
        list.replace(vec![30, 40, 10, 20]);
        assert_eq!((list.row(), list.selected()), (0, Some(30)));
        list.replace(vec![40, 20, 30]);
        assert_eq!(list.selected(), Some(30));
        list.replace(vec![40, 20]);
        assert_eq!(list.selected(), Some(40), "gone: the first row");
        list.move_by(9);
        assert_eq!(list.selected(), Some(20), "stops at the end");
        list.move_by(-9);
        assert_eq!(list.selected(), Some(40), "stops at the top");
        assert!(!list.point_at(99));
        list.replace(Vec::new());
        list.move_by(1);
        assert_eq!((list.row(), list.selected()), (0, None));
    }
}
