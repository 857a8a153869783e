//! The "Open dataset" dialog: a small egui-native file chooser (folders and
//! `.ron` files of one directory, or a typed path) that needs no desktop
//! services; and the same dialog choosing the folder saved files go to. The
//! directory is listed once when it is entered, not every frame.

use std::path::{Path, PathBuf};

use egui::{Key, RichText};

use crate::i18n::Lang;
use crate::tr;

/// One entry of the listed directory.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    is_dir: bool,
    path: PathBuf,
    label: String,
}

/// What the user did with the dialog this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    /// Still choosing.
    Open,
    /// Closed without choosing.
    Cancelled,
    /// Chose this file.
    Chosen(PathBuf),
}

/// What the dialog chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choosing {
    /// A dataset file to open.
    Dataset,
    /// The folder where PNGs and handouts are saved.
    SaveFolder,
    /// The file a lesson is saved to (a name typed, or a file to replace).
    LessonFile,
}

/// The dialog's state while it is open.
#[derive(Clone, Debug)]
pub struct OpenDialog {
    choosing: Choosing,
    directory: PathBuf,
    path_text: String,
    entries: Vec<Entry>,
}

impl OpenDialog {
    /// A dialog showing `directory`.
    pub fn new(directory: PathBuf) -> Self {
        Self::choosing(Choosing::Dataset, directory)
    }

    /// A dialog choosing the folder for saved files, starting in `directory`
    /// (else the working directory).
    pub fn save_folder(directory: Option<&Path>) -> Self {
        let directory = directory
            .filter(|p| p.is_dir())
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        Self::choosing(Choosing::SaveFolder, directory)
    }

    /// A dialog choosing the file to save a lesson to, in the folder of
    /// `current` (the lesson's file), else the working directory.
    pub fn save_lesson(current: Option<&Path>) -> Self {
        let mut dialog = Self::near(current);
        dialog.choosing = Choosing::LessonFile;
        dialog.path_text = current
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        dialog
    }

    /// What this dialog chooses.
    pub fn purpose(&self) -> Choosing {
        self.choosing
    }

    fn choosing(choosing: Choosing, directory: PathBuf) -> Self {
        let mut dialog = Self {
            choosing,
            directory: PathBuf::new(),
            path_text: String::new(),
            entries: Vec::new(),
        };
        dialog.enter(directory);
        dialog
    }

    /// A dialog starting in the folder of `current` (the open file), or the working directory.
    pub fn near(current: Option<&Path>) -> Self {
        let directory = current
            .and_then(|p| p.parent().map(Path::to_owned))
            .filter(|p| p.is_dir())
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        Self::new(directory)
    }

    /// Shows `directory` and lists it (folders first, then `.ron` files, by
    /// name; only folders when choosing a folder).
    fn enter(&mut self, directory: PathBuf) {
        let files = self.choosing != Choosing::SaveFolder;
        let mut entries: Vec<Entry> = std::fs::read_dir(&directory)
            .map(|read| {
                read.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_dir() || (files && p.extension().is_some_and(|x| x == "ron")))
                    .map(|path| {
                        let is_dir = path.is_dir();
                        let name = path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        let icon = if is_dir { "📁" } else { "📄" };
                        Entry {
                            is_dir,
                            label: format!("{icon} {name}"),
                            path,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        entries.sort_by(|a, b| b.is_dir.cmp(&a.is_dir).then_with(|| a.path.cmp(&b.path)));
        self.entries = entries;
        self.directory = directory;
    }

    /// The typed path, relative to the shown directory unless absolute.
    fn typed_path(&self) -> Option<PathBuf> {
        let typed = self.path_text.trim();
        (!typed.is_empty()).then(|| {
            let typed = PathBuf::from(typed);
            if typed.is_absolute() {
                typed
            } else {
                self.directory.join(typed)
            }
        })
    }

    /// Draws the dialog. Enter in the path field opens the typed path.
    pub fn ui(&mut self, ctx: &egui::Context, lang: Lang) -> DialogOutcome {
        let mut open = true;
        let mut outcome = DialogOutcome::Open;
        let mut go_to: Option<PathBuf> = None;
        let (title, field, hint, button) = match self.choosing {
            Choosing::Dataset => ("open-title", "open-file", "open-file-hint", "open-button"),
            Choosing::SaveFolder => (
                "folder-title",
                "folder-path",
                "folder-path-hint",
                "folder-button",
            ),
            Choosing::LessonFile => (
                "lesson-save-title",
                "lesson-save-file",
                "lesson-save-file-hint",
                "lesson-save-button",
            ),
        };
        egui::Window::new(tr!(lang, title))
            .id(egui::Id::unique("open dialog"))
            .open(&mut open)
            .collapsible(false)
            .default_size([520.0, 400.0])
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                let folder = crate::notice::shown_path(&self.directory);
                ui.label(RichText::new(folder).monospace());
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .show(ui, |ui| {
                        if let Some(parent) = self.directory.parent()
                            && ui.selectable_label(false, "📁 ..").clicked()
                        {
                            go_to = Some(parent.to_owned());
                        }
                        for entry in &self.entries {
                            if ui.selectable_label(false, &entry.label).clicked() {
                                if entry.is_dir {
                                    go_to = Some(entry.path.clone());
                                } else {
                                    outcome = DialogOutcome::Chosen(entry.path.clone());
                                }
                            }
                        }
                    });
                ui.separator();
                ui.horizontal(|ui| {
                    let label = ui.label(tr!(lang, field));
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(&mut self.path_text)
                                .hint_text(tr!(lang, hint)),
                        )
                        .labelled_by(label.id);
                    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                    if ui.button(tr!(lang, button)).clicked() || enter {
                        // A folder dialog with nothing typed chooses the folder shown.
                        let chosen = match self.choosing {
                            Choosing::Dataset | Choosing::LessonFile => self.typed_path(),
                            Choosing::SaveFolder => {
                                Some(self.typed_path().unwrap_or_else(|| self.directory.clone()))
                            }
                        };
                        if let Some(path) = chosen {
                            outcome = DialogOutcome::Chosen(path);
                        }
                    }
                });
            });
        if let Some(directory) = go_to {
            self.enter(directory);
        }
        if !open && outcome == DialogOutcome::Open {
            outcome = DialogOutcome::Cancelled;
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_first_then_ron_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("b.ron"), "").unwrap();
        std::fs::write(dir.join("a.txt"), "").unwrap();
        let dialog = OpenDialog::new(dir.clone());
        let labels: Vec<&str> = dialog.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["📁 sub", "📄 b.ron"]);
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn a_folder_dialog_lists_only_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("b.ron"), "").unwrap();
        let dialog = OpenDialog::save_folder(Some(&dir));
        let labels: Vec<&str> = dialog.entries.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["📁 sub"]);
        assert_eq!(dialog.purpose(), Choosing::SaveFolder);
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn typed_paths_are_relative_to_the_shown_folder() {
        let mut dialog = OpenDialog::new(PathBuf::from("/tmp"));
        assert_eq!(dialog.typed_path(), None);
        dialog.path_text = " data/x.ron ".into();
        assert_eq!(dialog.typed_path(), Some(PathBuf::from("/tmp/data/x.ron")));
        dialog.path_text = "/abs/y.ron".into();
        assert_eq!(dialog.typed_path(), Some(PathBuf::from("/abs/y.ron")));
    }
}
