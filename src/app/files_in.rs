//! What comes into the window besides keys and clicks: dropped files and
//! PNGs, pasted view codes, and the screenshots it asked for, saved where
//! the user chose.

use std::path::PathBuf;
use std::sync::Arc;

use super::ExplorerApp;
use crate::actions::Action;
use crate::notice::Notice;
use crate::state::Selection;

impl ExplorerApp {
    /// The folder chosen in the dialog takes saved files from now on (and is remembered).
    pub(super) fn choose_save_folder(&mut self, dir: PathBuf) {
        if dir.is_dir() {
            let dir = std::path::absolute(&dir).unwrap_or(dir);
            self.session.set_status(Notice::SaveFolder(dir.clone()));
            self.view.save_folder = Some(dir);
        } else {
            self.session.set_status(Notice::NotAFolder(dir));
        }
    }

    /// A dropped dataset opens (as File → Open opens it: guarded, and on its
    /// own thread if large); a dropped PNG the app saved opens the view its
    /// code names, once a thread of its own has read it.
    pub(super) fn take_dropped_files(&mut self, ctx: &egui::Context) {
        self.poll_dropped_png(ctx);
        let dropped: Option<PathBuf> =
            ctx.input(|i| i.raw.dropped_files.last().map(|f| f.path().to_owned()));
        let Some(path) = dropped else { return };
        if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("png"))
        {
            // Up to 80 MiB from wherever it lies (a slow network share too):
            // read off the UI thread, so the window keeps drawing meanwhile.
            let (send, result) = std::sync::mpsc::channel();
            let read = path.clone();
            let spawned = std::thread::Builder::new()
                .name("dropped PNG reader".to_owned())
                .spawn(move || send.send(code_in_png(&read)).ok());
            match spawned {
                Ok(_) => self.png_read = Some(PngRead { path, result }),
                Err(_) => {
                    let code = code_in_png(&path);
                    self.open_dropped_code(path, code);
                }
            }
            ctx.request_repaint();
        } else {
            self.open_path(&path);
        }
    }

    /// Takes the code of the dropped PNG being read, once it has been read.
    fn poll_dropped_png(&mut self, ctx: &egui::Context) {
        let Some(reading) = &self.png_read else {
            return;
        };
        let code = match reading.result.try_recv() {
            Ok(code) => code,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(30));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
        };
        if let Some(reading) = self.png_read.take() {
            self.open_dropped_code(reading.path, code);
        }
    }

    /// Opens the code a dropped PNG carries, or says it carries none.
    fn open_dropped_code(&mut self, path: PathBuf, code: Option<String>) {
        match code {
            Some(code) => self.open_code_later(code),
            None => self.session.set_status(Notice::ViewCodeRefused(
                crate::view_code::Refusal::NoCodeInPng(path),
            )),
        }
    }

    /// Ctrl+V outside a text field: a pasted view code opens its view.
    pub(super) fn take_pasted_code(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let pasted = ctx.input(|i| {
            i.events.iter().find_map(|event| match event {
                egui::Event::Paste(text) => Some(text.clone()),
                _ => None,
            })
        });
        if let Some(text) = pasted {
            self.open_code_later(text);
        }
    }

    /// Opens a view code through the one place actions are applied, at the
    /// start of the next frame.
    pub(super) fn open_code_later(&mut self, code: String) {
        self.waiting_code = Some(code);
        self.pending.push(Action::OpenWaitingViewCode);
    }

    pub(super) fn request_screenshot(&self, ctx: &egui::Context) {
        let slot = Arc::clone(&self.screenshots);
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            slot.lock().push(image);
            repaint.request_repaint();
        });
    }

    pub(super) fn save_screenshots(&mut self, ctx: &egui::Context) {
        let images: Vec<Arc<egui::ColorImage>> = std::mem::take(&mut *self.screenshots.lock());
        if !images.is_empty() {
            self.view.printing = false;
        }
        let code = self.view_code().encode();
        for image in images {
            let path = self.png_path();
            let saved = crate::png::rgba_from_color_image(&image)
                .and_then(|rgba| crate::png::save_png(&rgba, &path, Some(&code)));
            let notice = match saved {
                Ok(()) => Notice::Saved(path),
                Err(error) => Notice::SaveFailed(error.to_string()),
            };
            if self.view.presenting {
                // Slides have no status bar: the message shows over the slide.
                let now = ctx.input(|i| i.time);
                self.slides.flash(notice.text(self.view.lang), now, 4.0);
            }
            self.session.set_status(notice);
        }
    }

    /// Where Ctrl+S saves: a name after what is shown, as an absolute path so
    /// the message says exactly where the file went.
    pub(super) fn png_path(&self) -> PathBuf {
        let name = if self.view.presenting {
            let tour = self.view.tour.as_deref().unwrap_or("all-events");
            format!(
                "sco-explorer-slide-{tour}-{}.png",
                crate::ui::slides::layout::step_label(
                    self.view.step,
                    self.view.page.min(self.slides.pages.saturating_sub(1)),
                    self.slides.pages
                )
            )
        } else {
            let shown = match &self.view.selection {
                Selection::None => "overview",
                Selection::Event(id) | Selection::Country(id) => id.as_str(),
            };
            format!("sco-explorer-{shown}-{}.png", self.view.as_of)
        };
        self.save_path(&name)
    }

    /// Where a file called `name` is saved: in the save folder, as an absolute
    /// path so the message says exactly where the file went.
    pub(super) fn save_path(&self, name: &str) -> PathBuf {
        let path = self.view.save_folder.clone().unwrap_or_default().join(name);
        std::path::absolute(&path).unwrap_or(path)
    }
}

/// A dropped PNG being read on its own thread for the code it carries.
pub(super) struct PngRead {
    path: PathBuf,
    result: std::sync::mpsc::Receiver<Option<String>>,
}

/// The view code a dropped PNG carries, if it is a PNG file that carries one.
fn code_in_png(path: &std::path::Path) -> Option<String> {
    read_dropped_png(path)
        .and_then(|bytes| crate::png::read_text_chunk(&bytes, crate::view_code::PNG_KEYWORD))
}

/// The largest dropped PNG read for its view code: far above any screenshot
/// the app writes (a 4096x4096 RGBA image).
const MAX_DROPPED_PNG_BYTES: u64 = 80 * 1024 * 1024;

/// A dropped PNG's bytes, read only if it is a regular file of a sane size: a
/// named pipe or a device called `x.png` would block the window or never end.
fn read_dropped_png(path: &std::path::Path) -> Option<Vec<u8>> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_DROPPED_PNG_BYTES {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(MAX_DROPPED_PNG_BYTES)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(bytes)
}
