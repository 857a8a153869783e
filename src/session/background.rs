//! Loading a dataset file on a thread of its own (files over
//! [`super::BACKGROUND_LOAD_BYTES`]): the thread, its progress and its result,
//! for the dataset on screen and the one to compare with alike.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{BACKGROUND_LOAD_BYTES, Change, Loaded};
use crate::derived::DerivedView;
use crate::model::{LoadError, load_file_with_progress};
use crate::notice::Notice;

/// A load running on its own thread.
pub(super) struct PendingLoad {
    pub(super) path: PathBuf,
    pub(super) change: Change,
    /// Events read so far, written by the loading thread.
    pub(super) progress: Arc<AtomicUsize>,
    pub(super) result: std::sync::mpsc::Receiver<Result<Loaded, LoadError>>,
}

impl PendingLoad {
    /// The load's result once it has come; until then `None`, with the
    /// status-bar message counting the events read so far.
    pub(super) fn take_result(
        &self,
        status: &mut Option<Notice>,
    ) -> Option<Result<Loaded, LoadError>> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                *status = Some(Notice::Loading {
                    path: self.path.clone(),
                    events: self.progress.load(Ordering::Relaxed),
                });
                None
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(Err(LoadError::Io {
                path: self.path.clone(),
                source: std::io::Error::other("the loading thread stopped"),
            })),
        }
    }
}

/// Whether a file is large enough to load on a thread of its own.
pub(super) fn is_big(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > BACKGROUND_LOAD_BYTES)
}

/// The result channel of a load.
pub(super) type LoadResult = std::sync::mpsc::Receiver<Result<Loaded, LoadError>>;

/// Loads `path` (and derives what the panels need) on a thread of its own;
/// `None` if no thread could be started.
pub(super) fn spawn_load(path: &Path) -> Option<(Arc<AtomicUsize>, LoadResult)> {
    let (send, result) = std::sync::mpsc::channel();
    let owned = path.to_owned();
    let progress = Arc::new(AtomicUsize::new(0));
    let read = Arc::clone(&progress);
    std::thread::Builder::new()
        .name("dataset loader".to_owned())
        .spawn(move || {
            let mut report = |events| read.store(events, Ordering::Relaxed);
            let loaded = load_file_with_progress(&owned, &mut report).map(|dataset| {
                let derived = DerivedView::new(&dataset);
                (dataset, derived)
            });
            send.send(loaded).ok()
        })
        .ok()?;
    Some((progress, result))
}
