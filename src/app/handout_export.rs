//! File → Export tour as PDF: the handout is rendered on a thread of its own
//! (a tour takes seconds on a software renderer) while the window stays live;
//! the status bar says when it starts and where the file went.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::lang::Lang;
use crate::model::Dataset;
use crate::notice::Notice;

use super::ExplorerApp;

/// What to hand out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoutRequest {
    /// The tour's id (`None`: the dataset's first tour).
    pub tour: Option<String>,
    /// Print the teacher's note under each slide.
    pub notes: bool,
    /// The language of the slides and pages.
    pub lang: Lang,
    /// A lesson to hand out instead of a tour, and its file (datasets it
    /// names by path are relative to it).
    pub lesson: Option<(crate::model::lesson::Lesson, Option<PathBuf>)>,
}

/// Writes the handout of a request to a path, atomically; the headless
/// renderer provides it (`headless::handout::print_handout`) and the window is
/// given it at start, so the app does not depend on the renderer above it.
pub type HandoutPrinter = fn(&Dataset, &HandoutRequest, &Path) -> Result<(), String>;

/// A handout being written: where the result will arrive.
pub struct HandoutJob {
    done: Receiver<Result<PathBuf, String>>,
}

impl ExplorerApp {
    /// Starts writing the handout of the current tour (else the first) in the
    /// view's language, with the teacher's notes if `notes`.
    pub(super) fn start_handout(&mut self, notes: bool) {
        let Some(print) = self.handout_printer else {
            // A window-only build has no headless renderer, so no handout.
            self.session.set_status(Notice::HandoutUnavailable);
            return;
        };
        if self.handout_job.is_some() {
            return;
        }
        if self.view.lesson_panel
            && let Some(doc) = self.lesson.as_ref().filter(|d| !d.lesson.steps.is_empty())
        {
            let lang = self.view.lang;
            let request = HandoutRequest {
                tour: None,
                notes,
                lang,
                lesson: Some((doc.lesson.clone(), doc.path.clone())),
            };
            let stem = doc
                .path
                .as_deref()
                .and_then(Path::file_stem)
                .map_or_else(|| "lesson".to_owned(), |s| s.to_string_lossy().into_owned());
            let name = format!(
                "sco-explorer-handout-{stem}-{}{}.pdf",
                lang.code(),
                if notes { "-notes" } else { "" }
            );
            let title = doc.lesson.title.shown(lang, doc.lesson.lang()).to_owned();
            self.spawn_handout(request, &name, title, print);
            return;
        }
        let dataset = self.session.dataset();
        let tours = &dataset.file().tours;
        let chosen = self.view.tour.as_deref();
        let Some(tour) = tours
            .iter()
            .find(|t| Some(t.id.as_str()) == chosen)
            .or_else(|| tours.first())
        else {
            self.session
                .set_status(Notice::HandoutFailed("the dataset has no tours".to_owned()));
            return;
        };
        let request = HandoutRequest {
            tour: Some(tour.id.to_string()),
            notes,
            lang: self.view.lang,
            lesson: None,
        };
        let name = format!(
            "sco-explorer-handout-{}-{}{}.pdf",
            tour.id,
            request.lang.code(),
            if notes { "-notes" } else { "" }
        );
        let title = tour.title.text(request.lang).to_owned();
        self.spawn_handout(request, &name, title, print);
    }

    /// Writes the handout of `request` to the save folder's `name` on a thread.
    fn spawn_handout(
        &mut self,
        request: HandoutRequest,
        name: &str,
        title: String,
        print: HandoutPrinter,
    ) {
        let path = self.save_path(name);
        let dataset = self.session.dataset().clone();
        let (send, done) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("handout".to_owned())
            .spawn(move || {
                let result = print(&dataset, &request, &path).map(|()| path);
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

    /// Lets File → Export tour as PDF write handouts with `printer`.
    pub fn set_handout_printer(&mut self, printer: HandoutPrinter) {
        self.handout_printer = Some(printer);
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
