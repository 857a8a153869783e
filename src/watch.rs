//! Notices when the opened dataset file changes on disk, so a teacher editing
//! it in another program sees each saved version (or its errors) at once.
//!
//! Polling the file's modification time and size once a second is enough for
//! a file a person edits, needs no platform services, and cannot miss an edit
//! the way a lost notification can.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a poll found.
#[derive(Debug)]
pub enum FileChange {
    /// Same as last time.
    Unchanged,
    /// Written since last time (or back after being missing).
    Modified,
    /// Gone or unreadable; the error says why.
    Unreadable(std::io::Error),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

fn stamp(path: &Path) -> std::io::Result<Stamp> {
    let meta = std::fs::metadata(path)?;
    Ok(Stamp {
        modified: meta.modified().ok(),
        len: meta.len(),
    })
}

/// Watches one file by polling.
#[derive(Debug)]
pub struct FileWatch {
    path: PathBuf,
    last: Option<Stamp>,
    missing_reported: bool,
}

impl FileWatch {
    /// Starts watching `path` from its current state.
    pub fn new(path: &Path) -> Self {
        Self {
            path: path.to_owned(),
            last: stamp(path).ok(),
            missing_reported: false,
        }
    }

    /// The watched file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Looks at the file once. A missing file is reported once, not on every poll.
    pub fn poll(&mut self) -> FileChange {
        match stamp(&self.path) {
            Ok(now) if Some(now) == self.last => FileChange::Unchanged,
            Ok(now) => {
                self.last = Some(now);
                self.missing_reported = false;
                FileChange::Modified
            }
            Err(_) if self.missing_reported => FileChange::Unchanged,
            Err(error) => {
                self.last = None;
                self.missing_reported = true;
                FileChange::Unreadable(error)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sees_edits_deletion_and_return() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let path = dir.join("data.ron");
        std::fs::write(&path, "one").unwrap();
        let mut watch = FileWatch::new(&path);
        assert!(matches!(watch.poll(), FileChange::Unchanged));
        std::fs::write(&path, "two, longer").unwrap();
        assert!(matches!(watch.poll(), FileChange::Modified));
        assert!(matches!(watch.poll(), FileChange::Unchanged));
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(watch.poll(), FileChange::Unreadable(_)));
        assert!(
            matches!(watch.poll(), FileChange::Unchanged),
            "reported once"
        );
        std::fs::write(&path, "three").unwrap();
        assert!(matches!(watch.poll(), FileChange::Modified));
        std::fs::remove_dir_all(&dir).ok();
    }
}
