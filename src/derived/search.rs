//! The search box's results for one dataset, worked out once per needle and
//! shared by the list, the timeline and event stepping. A small dataset is
//! searched at once, in the frame the letter was typed; a large one on a
//! thread of its own, while the window keeps drawing the previous results (a
//! newer needle cancels an older search), so typing never freezes the window.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::model::{SearchHits, SearchIndex, search_needle};

/// Indexes of at most this many bytes are searched in the frame (about a
/// millisecond's scan); larger ones on a thread. The bundled datasets' are
/// under 100 KB; a 100,000-event file's about 6 MB.
pub const THREAD_SEARCH_BYTES: usize = 2 * 1024 * 1024;

/// A search running on its own thread.
#[derive(Debug)]
struct Pending {
    needle: String,
    cancel: Arc<AtomicBool>,
    result: Receiver<Option<SearchHits>>,
}

impl Drop for Pending {
    fn drop(&mut self) {
        // Nobody waits for this answer any more: let the thread stop early.
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// The current search of one dataset: the hits last found and the search
/// still running, if any.
#[derive(Debug, Default)]
pub struct SearchRunner {
    hits: Option<Arc<SearchHits>>,
    pending: Option<Pending>,
}

impl SearchRunner {
    /// Brings the hits up to date with the search box's `search` text in
    /// `index`: at once for a small index, else by starting (or checking on)
    /// a search on its own thread. An empty search clears the hits.
    pub fn update(&mut self, index: &Arc<SearchIndex>, search: &str) {
        let needle = search_needle(search);
        if needle.is_empty() {
            *self = Self::default();
            return;
        }
        self.take_finished();
        let asked = |n: &str| n == needle;
        if self.hits.as_ref().is_some_and(|h| asked(&h.needle))
            || self.pending.as_ref().is_some_and(|p| asked(&p.needle))
        {
            return;
        }
        if index.size() <= THREAD_SEARCH_BYTES || !self.spawn(index, &needle) {
            self.pending = None;
            self.hits = index.find(&needle, &|| false).map(Arc::new);
        }
    }

    /// Starts searching on a thread (cancelling any older search); whether it started.
    fn spawn(&mut self, index: &Arc<SearchIndex>, needle: &str) -> bool {
        let (send, result) = std::sync::mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let (index, owned, stop) = (Arc::clone(index), needle.to_owned(), Arc::clone(&cancel));
        let spawned = std::thread::Builder::new()
            .name("search".to_owned())
            .spawn(move || {
                let hits = index.find(&owned, &|| stop.load(Ordering::Relaxed));
                // The receiver is gone when a newer search replaced this one.
                send.send(hits).ok();
            });
        if spawned.is_err() {
            return false;
        }
        self.pending = Some(Pending {
            needle: needle.to_owned(),
            cancel,
            result,
        });
        true
    }

    /// Keeps the running search's answer once it has come.
    fn take_finished(&mut self) {
        let Some(pending) = &self.pending else {
            return;
        };
        match pending.result.try_recv() {
            Ok(hits) => {
                if let Some(hits) = hits {
                    self.hits = Some(Arc::new(hits));
                }
                self.pending = None;
            }
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => self.pending = None,
        }
    }

    /// The hits found last: while a newer search runs, the previous needle's.
    pub fn hits(&self) -> Option<&SearchHits> {
        self.hits.as_deref()
    }

    /// Whether a search is still running (the window should look again soon).
    pub fn searching(&self) -> bool {
        self.pending.is_some()
    }

    /// Waits for the running search to end (headless renders and tests, which
    /// must show the final results).
    pub fn finish(&mut self) {
        if let Some(pending) = self.pending.take()
            && let Ok(Some(hits)) = pending.result.recv()
        {
            self.hits = Some(Arc::new(hits));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An index just over the size searched on a thread.
    fn large_index() -> Arc<SearchIndex> {
        let count = THREAD_SEARCH_BYTES / 20 + 1;
        let texts = (0..count).map(|i| format!("event number {i:08}")).collect();
        let index = SearchIndex::of_event_texts(texts);
        assert!(index.size() > THREAD_SEARCH_BYTES);
        Arc::new(index)
    }

    #[test]
    fn a_small_dataset_is_searched_in_the_frame() {
        let index = Arc::new(SearchIndex::of_event_texts(vec![
            "peace mission".to_owned(),
            "summit".to_owned(),
        ]));
        let mut runner = SearchRunner::default();
        runner.update(&index, "  Peace ");
        assert!(!runner.searching());
        assert_eq!(
            runner.hits().map(|h| h.events.clone()),
            Some(vec![true, false])
        );
        runner.update(&index, "");
        assert!(runner.hits().is_none());
    }

    #[test]
    fn a_large_dataset_is_searched_on_a_thread_and_the_newest_needle_wins() {
        let index = large_index();
        let mut runner = SearchRunner::default();
        runner.update(&index, "number 0000001");
        // The frame that asked does not wait for the answer.
        assert!(runner.searching());
        runner.finish();
        let first = runner.hits().cloned().unwrap();
        assert_eq!(first.events.iter().filter(|&&m| m).count(), 10);
        // A second letter: the first letter's hits stay on screen meanwhile.
        runner.update(&index, "number 00000012");
        assert!(runner.searching());
        assert_eq!(
            runner.hits().map(|h| h.needle.as_str()),
            Some("number 0000001")
        );
        runner.update(&index, "number 00000013");
        runner.finish();
        let last = runner.hits().unwrap();
        assert_eq!(last.needle, "number 00000013");
        assert_eq!(last.events.iter().filter(|&&m| m).count(), 1);
        assert!(last.event(13));
        // Asking again for the same needle searches nothing again.
        runner.update(&index, "number 00000013");
        assert!(!runner.searching());
    }
}
