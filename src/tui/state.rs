//! What the reader remembers between runs (last source, scroll, sources
//! read), in `$XDG_STATE_HOME/verbatim/state.json`, written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::config::xdg_dir;
use super::files;

/// The largest state file read: read marks for 100,000 sources fit many
/// times over; anything larger is not ours.
const MAX_STATE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedState {
    pub version: u32,
    /// Article id of the last source open.
    pub source: String,
    pub scroll: usize,
    /// Article ids of the sources opened.
    #[serde(default)]
    pub read: Vec<String>,
}

/// `$XDG_STATE_HOME/verbatim/state.json`, else `~/.local/state/verbatim/state.json`.
pub fn state_path() -> Option<PathBuf> {
    xdg_dir("XDG_STATE_HOME", ".local/state").map(|d| d.join("verbatim").join("state.json"))
}

/// Keeps `state.json` in step with the reader: saved when the open source
/// or the read marks change (the scroll position rides along), and once
/// more on every way out.
pub struct Keeper {
    path: Option<PathBuf>,
    /// What is on disk, to skip writes that would change nothing.
    on_disk: Option<SavedState>,
    /// The last write's error, reported once the terminal is back.
    error: Option<String>,
}

impl Keeper {
    pub fn new(path: Option<PathBuf>) -> Keeper {
        Keeper {
            path,
            on_disk: None,
            error: None,
        }
    }

    /// The state saved by an earlier run, and a warning if it was unusable.
    pub fn load(&mut self) -> (Option<SavedState>, Option<String>) {
        let Some(path) = &self.path else {
            return (None, None);
        };
        let (saved, warning) = load(path);
        self.on_disk.clone_from(&saved);
        (saved, warning)
    }

    /// Saves if the open source or the read marks differ from what is on
    /// disk. `now` is `App::saved_state()`: `None` until the corpus is loaded,
    /// so an empty reader never overwrites the last run's state.
    pub fn save_if_changed(&mut self, now: Option<SavedState>) {
        let Some(now) = now else { return };
        let changed = self
            .on_disk
            .as_ref()
            .is_none_or(|disk| disk.source != now.source || disk.read != now.read);
        if changed {
            self.write(now);
        }
    }

    /// Saves whatever changed, the scroll position included.
    pub fn save(&mut self, now: Option<SavedState>) {
        if let Some(now) = now.filter(|now| self.on_disk.as_ref() != Some(now)) {
            self.write(now);
        }
    }

    /// The error of the last write that failed, if any, once.
    pub fn take_error(&mut self) -> Option<String> {
        self.error.take()
    }

    fn write(&mut self, state: SavedState) {
        let Some(path) = &self.path else { return };
        match save(path, &state) {
            Ok(()) => self.on_disk = Some(state),
            Err(e) => self.error = Some(format!("{}: {e}", path.display())),
        }
    }
}

/// Reads the saved state. A file that cannot be parsed is moved aside to
/// `state.json.corrupt` (or `.corrupt.2`, ...: never silently lost) and a
/// warning returned; a device, FIFO or oversized file is left alone.
pub fn load(path: &Path) -> (Option<SavedState>, Option<String>) {
    let text = match files::read_small(path, MAX_STATE_BYTES) {
        Ok(Some(t)) => t,
        Ok(None) => return (None, None),
        Err(e) => return (None, Some(format!("state file {}: {e}", path.display()))),
    };
    match serde_json::from_str::<SavedState>(&text) {
        Ok(state) => (Some(state), None),
        Err(e) => {
            let warning = match files::move_aside(path) {
                Ok(aside) => format!(
                    "state file {} was unreadable ({e}); moved to {}",
                    path.display(),
                    aside.display()
                ),
                Err(m) => format!(
                    "state file {} was unreadable ({e}) and could not be moved aside: {m}",
                    path.display()
                ),
            };
            (None, Some(warning))
        }
    }
}

/// Writes `state` to `path` via a fresh temporary file and a rename, so a
/// crash mid-write never leaves a half-written file.
pub fn save(path: &Path, state: &SavedState) -> std::io::Result<()> {
    files::write_atomically(path, |f| {
        let mut out = std::io::BufWriter::new(f);
        serde_json::to_writer_pretty(&mut out, state)?;
        out.write_all(b"\n")?;
        out.flush()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::app::{App, update};
    use crate::tui::fixture::app_at;
    use crate::tui::layout::Pane;

    fn focus(app: &mut App, pane: Pane) {
        for _ in 0..3 {
            if app.focus() == pane {
                return;
            }
            update(app, Action::FocusNext);
        }
        assert_eq!(app.focus(), pane);
    }

    /// Scrolls the article one line, down if it can, else up.
    fn scroll_one_line(app: &mut App) {
        focus(app, Pane::Article);
        let before = app.article().scroll();
        update(app, Action::MoveDown);
        if app.article().scroll() == before {
            update(app, Action::MoveUp);
        }
    }

    /// Opening a source is written at once; scrolling alone waits for the
    /// save on the way out, which writes it.
    #[test]
    fn the_keeper_writes_when_the_source_or_read_marks_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let mut keeper = Keeper::new(Some(path.clone()));
        // Short enough that every fixture article scrolls.
        let mut app = app_at(100, 10, false);
        keeper.save_if_changed(app.saved_state());
        let first = load(&path).0.expect("saved once loaded");

        scroll_one_line(&mut app);
        assert_ne!(app.article().scroll(), first.scroll);
        keeper.save_if_changed(app.saved_state());
        assert_eq!(
            load(&path).0.as_ref(),
            Some(&first),
            "a scroll alone is not written"
        );

        focus(&mut app, Pane::Sources);
        update(&mut app, Action::MoveDown);
        update(&mut app, Action::Open);
        keeper.save_if_changed(app.saved_state());
        let opened = load(&path).0.unwrap();
        assert_ne!(opened.source, first.source);
        assert_eq!(opened.read.len(), first.read.len() + 1);

        scroll_one_line(&mut app);
        assert_ne!(app.article().scroll(), opened.scroll);
        keeper.save(app.saved_state());
        assert_eq!(load(&path).0.unwrap().scroll, app.article().scroll());
        assert_eq!(keeper.take_error(), None);
    }

    #[test]
    fn round_trips_and_moves_corrupt_files_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("verbatim").join("state.json");
        assert_eq!(load(&path), (None, None));
        let state = SavedState {
            version: 1,
            source: "002_x".into(),
            scroll: 7,
            read: vec!["000_a".into()],
        };
        save(&path, &state).unwrap();
        assert_eq!(load(&path), (Some(state), None));
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );

        std::fs::write(&path, "{not json").unwrap();
        let (loaded, warning) = load(&path);
        assert!(loaded.is_none());
        assert!(warning.unwrap().contains("state.json.corrupt"));
        assert!(!path.exists());
        let aside = path.with_extension("json.corrupt");
        assert_eq!(std::fs::read_to_string(aside).unwrap(), "{not json");
    }
}
