//! File → Export tour as PDF: the handout is rendered on a thread of its own
//! (a tour takes seconds on a software renderer) while the window stays live;
//! the status bar says when it starts and where the file went.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::session::Notice;

use super::ExplorerApp;

/// A handout being written: where the result will arrive.
pub struct HandoutJob {
    done: Receiver<Result<PathBuf, String>>,
}

impl ExplorerApp {
    /// Starts writing the handout of the current tour (else the first) in the
    /// view's language, with the teacher's notes if `notes`.
    #[cfg(feature = "screenshot")]
    pub(super) fn start_handout(&mut self, notes: bool) {
        use crate::handout::{HandoutRequest, find_tour, handout_pdf, write_handout};
        if self.handout_job.is_some() {
            return;
        }
        let dataset = self.session.dataset();
        let tour = match find_tour(dataset, self.view.tour.as_deref())
            .or_else(|_| find_tour(dataset, None))
        {
            Ok(tour) => tour,
            Err(error) => {
                self.session
                    .set_status(Notice::HandoutFailed(error.to_string()));
                return;
            }
        };
        let request = HandoutRequest {
            tour: Some(tour.id.to_string()),
            notes,
            lang: self.view.lang,
        };
        let name = format!(
            "sco-explorer-handout-{}-{}{}.pdf",
            tour.id,
            request.lang.code(),
            if notes { "-notes" } else { "" }
        );
        let title = tour.title.text(request.lang).to_owned();
        let path = self.save_path(&name);
        let dataset = dataset.clone();
        let (send, done) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("handout".to_owned())
            .spawn(move || {
                let result = handout_pdf(&dataset, &request)
                    .and_then(|bytes| write_handout(&path, &bytes))
                    .map(|()| path)
                    .map_err(|e| e.to_string());
                // The window may have closed meanwhile; nobody to tell then.
                send.send(result).ok();
            });
        match spawned {
            Ok(_) => {
                self.handout_job = Some(HandoutJob { done });
                self.session.set_status(Notice::HandoutWriting(title));
            }
            Err(error) => self
                .session
                .set_status(Notice::HandoutFailed(error.to_string())),
        }
    }

    /// Without the headless renderer (a window-only build) there is no handout.
    #[cfg(not(feature = "screenshot"))]
    pub(super) fn start_handout(&mut self, _notes: bool) {
        self.session.set_status(Notice::HandoutUnavailable);
    }

    /// Whether a handout is being written.
    pub fn is_writing_handout(&self) -> bool {
        self.handout_job.is_some()
    }

    /// Takes the finished handout's result, if it is in.
    pub(super) fn poll_handout(&mut self) {
        let Some(job) = &self.handout_job else { return };
        let notice = match job.done.try_recv() {
            Err(TryRecvError::Empty) => return,
            Ok(Ok(path)) => Notice::HandoutSaved(path),
            Ok(Err(error)) => Notice::HandoutFailed(error),
            // The thread ended without a result: it panicked (and said so on stderr).
            Err(TryRecvError::Disconnected) => Notice::HandoutStopped,
        };
        self.handout_job = None;
        self.session.set_status(notice);
    }
}
