//! The app's side of lessons: the view on screen as a step, a step's view
//! shown in the explorer, the lesson's file (new, open, save, save as), and
//! the question asked before unsaved changes would be lost.

use std::path::{Path, PathBuf};

use super::ExplorerApp;
use crate::actions::LessonAction;
use crate::model::lesson::{Edit, Lesson, LessonDoc, LessonStep, LessonText, Tab, load_lesson};
use crate::notice::Notice;
use crate::state::{CentralView, Selection};
use crate::view_code::{CodeDataset, ViewCode};

/// What waits for the teacher's answer to "drop the unsaved changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum Asked {
    /// A lesson action (new, open, a tour as a lesson).
    Action(LessonAction),
    /// Opening this lesson file.
    OpenFile(PathBuf),
    /// Closing the window.
    Close,
}

/// What a presented lesson step could not find, for its placeholder slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LessonMissing {
    /// The dataset could not be opened (its name or path as written).
    Dataset(String),
    /// The dataset has no such event or country.
    Target(String),
}

impl ExplorerApp {
    /// The lesson being made, if any.
    pub fn lesson(&self) -> Option<&LessonDoc> {
        self.lesson.as_ref()
    }

    /// The lesson being made, to change it directly (scenes and tests).
    pub fn lesson_mut(&mut self) -> Option<&mut LessonDoc> {
        self.lesson.as_mut()
    }

    /// Puts `lesson` in the lesson panel (what was there goes, unasked: for
    /// the command line and tests) and opens the panel.
    pub fn set_lesson(&mut self, lesson: Lesson, path: Option<PathBuf>) {
        self.lesson = Some(LessonDoc::new(lesson, path));
        self.view.lesson_panel = true;
    }

    /// Presents the lesson at step `step` (from 0), its view shown.
    pub fn present_lesson_step(&mut self, step: usize) {
        if self.lesson.is_some() {
            self.view.presenting_lesson = true;
            self.view.presenting = true;
            (self.view.step, self.view.page) = (step, 0);
            self.show_lesson_step(step);
        }
    }

    /// Applies one lesson action.
    pub(super) fn apply_lesson(&mut self, ctx: &egui::Context, action: LessonAction) {
        match action {
            LessonAction::TogglePanel => self.view.lesson_panel = !self.view.lesson_panel,
            LessonAction::New | LessonAction::Open | LessonAction::FromTour(_) => {
                self.unless_unsaved(action);
            }
            LessonAction::Save => match self.lesson.as_ref().and_then(|d| d.path.clone()) {
                Some(path) => {
                    self.save_lesson(&path);
                    // Saved while asked about unsaved changes: what was asked goes on.
                    if self.lesson.as_ref().is_some_and(|d| !d.is_dirty())
                        && let Some(asked) = self.lesson_question.take()
                    {
                        self.lesson_discarded(ctx, asked);
                    }
                }
                None => {
                    self.lesson_question = None;
                    self.apply_lesson(ctx, LessonAction::SaveAs);
                }
            },
            LessonAction::SaveAs => {
                let near = self.lesson.as_ref().and_then(|d| d.path.clone());
                self.open_dialog = Some(crate::ui::open_dialog::OpenDialog::save_lesson(
                    near.as_deref(),
                ));
            }
            LessonAction::SaveTo(path) => self.save_lesson(&path),
            LessonAction::AddView => {
                let step = self.view_as_step();
                self.edit_lesson(Edit::AddStep(Box::new(step)));
                let added = self.lesson.as_ref().and_then(|d| d.selected).unwrap_or(0);
                self.session.set_status(Notice::LessonStepAdded(added + 1));
            }
            LessonAction::AddText => {
                let lang = self.view.lesson_edit_lang.unwrap_or(self.view.lang);
                let step = LessonStep::Text {
                    heading: LessonText::one(lang, crate::tr!(lang, "lesson-new-text-slide")),
                    note: LessonText::default(),
                    bullets: vec![LessonText::default()],
                };
                self.edit_lesson(Edit::AddStep(Box::new(step)));
            }
            LessonAction::WriteIn(lang) => self.view.lesson_edit_lang = Some(lang),
            LessonAction::Select(i) => {
                if let Some(doc) = &mut self.lesson {
                    doc.select(Some(i));
                }
            }
            LessonAction::Edit(edit) => self.edit_lesson(edit),
            LessonAction::MoveSelected(up) => self.move_selected(up),
            LessonAction::DeleteSelected => {
                if let Some(i) = self.lesson.as_ref().and_then(|d| d.selected) {
                    self.edit_lesson(Edit::Delete(i));
                }
            }
            LessonAction::Undo => {
                self.lesson.as_mut().map(LessonDoc::undo);
            }
            LessonAction::Redo => {
                self.lesson.as_mut().map(LessonDoc::redo);
            }
            LessonAction::GoTo(i) => {
                self.show_lesson_step(i);
            }
            LessonAction::ReplaceWithView(i) => {
                let step = self.view_as_step();
                self.edit_lesson(Edit::ReplaceView(i, Box::new(step)));
            }
            LessonAction::Present(from_selected) => self.apply_lesson_present(from_selected),
            LessonAction::Discard => {
                if let Some(asked) = self.lesson_question.take() {
                    self.lesson_discarded(ctx, asked);
                }
            }
            LessonAction::KeepEditing => self.lesson_question = None,
        }
    }

    /// Does `action` now, or asks first when it would drop unsaved changes.
    fn unless_unsaved(&mut self, action: LessonAction) {
        if self.lesson.as_ref().is_some_and(LessonDoc::is_dirty) {
            self.lesson_question = Some(Asked::Action(action));
        } else {
            self.lesson_discarded_now(action);
        }
    }

    /// What was asked, once the unsaved changes may go.
    fn lesson_discarded(&mut self, ctx: &egui::Context, asked: Asked) {
        match asked {
            Asked::Action(action) => self.lesson_discarded_now(action),
            Asked::OpenFile(path) => {
                self.lesson = None;
                self.open_lesson(&path);
            }
            Asked::Close => {
                // Asked again now that nothing is lost.
                self.lesson = None;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn lesson_discarded_now(&mut self, action: LessonAction) {
        match action {
            LessonAction::New => {
                let lang = self.view.lang;
                let lesson = Lesson::new(lang, crate::tr!(lang, "lesson-untitled"));
                self.lesson = Some(LessonDoc::new(lesson, None));
                self.view.lesson_panel = true;
            }
            LessonAction::Open => {
                let near = self.lesson.as_ref().and_then(|d| d.path.clone());
                self.open_dialog = Some(crate::ui::open_dialog::OpenDialog::near(
                    near.as_deref().or(self.session.path()),
                ));
            }
            LessonAction::FromTour(id) => self.lesson_from_tour(&id),
            _ => {}
        }
    }

    /// Whether closing the window must wait for the teacher's answer (unsaved
    /// changes): then the question is asked.
    pub(super) fn hold_close_for_lesson(&mut self) -> bool {
        let dirty = self.lesson.as_ref().is_some_and(LessonDoc::is_dirty);
        if dirty {
            self.lesson_question = Some(Asked::Close);
        }
        dirty
    }

    /// Opens a lesson file in the panel (asks first if changes are unsaved).
    pub fn open_lesson(&mut self, path: &Path) {
        if self.lesson.as_ref().is_some_and(LessonDoc::is_dirty) {
            self.lesson_question = Some(Asked::OpenFile(path.to_owned()));
            return;
        }
        match load_lesson(path) {
            Ok(lesson) => {
                self.lesson = Some(LessonDoc::new(lesson, Some(path.to_owned())));
                self.view.lesson_panel = true;
                self.session
                    .set_status(Notice::LessonOpened(path.to_owned()));
                self.session.dismiss_error();
            }
            Err(error) => self.show_load_error(error),
        }
    }

    pub(super) fn save_lesson(&mut self, path: &Path) {
        let Some(doc) = &mut self.lesson else { return };
        let path = if path.extension().is_some_and(|x| x == "ron") {
            path.to_owned()
        } else {
            path.with_extension("ron")
        };
        let written = doc
            .lesson
            .to_ron()
            .map_err(|e| e.to_string())
            .and_then(|text| {
                crate::export::write_atomically(&path, text.as_bytes()).map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => {
                doc.mark_saved(path.clone());
                self.session.set_status(Notice::LessonSaved(path));
            }
            Err(error) => self.session.set_status(Notice::LessonNotSaved(error)),
        }
    }

    fn edit_lesson(&mut self, edit: Edit) {
        let lang = self.view.lang;
        let doc = self.lesson.get_or_insert_with(|| {
            LessonDoc::new(Lesson::new(lang, crate::tr!(lang, "lesson-untitled")), None)
        });
        doc.apply(edit);
        self.view.lesson_panel = true;
    }

    fn move_selected(&mut self, up: bool) {
        let Some(doc) = &self.lesson else { return };
        let Some(from) = doc.selected else { return };
        let to = if up {
            from.checked_sub(1)
        } else {
            Some(from + 1).filter(|&t| t < doc.lesson.steps.len())
        };
        if let Some(to) = to {
            self.edit_lesson(Edit::Move { from, to });
        }
    }

    /// A new lesson made of a tour of the dataset on screen.
    fn lesson_from_tour(&mut self, id: &str) {
        let Some(lesson) = super::lesson_steps::tour_as_lesson(&self.session, id, self.view.lang)
        else {
            return;
        };
        self.lesson = Some(LessonDoc::new(lesson, None));
        self.view.lesson_panel = true;
    }

    /// The view on screen as a lesson step, its heading the selection's title
    /// (or the organisation and date) in the language being written.
    pub fn view_as_step(&self) -> LessonStep {
        let code = self.view_code();
        let dir = self.lesson_dir();
        let dataset = match &code.dataset {
            CodeDataset::Bundled(name) => name.clone(),
            CodeDataset::File(path) => relative_to(Path::new(path), dir.as_deref()),
        };
        let lang = self.view.lesson_edit_lang.unwrap_or(self.view.lang);
        let heading = super::lesson_steps::view_heading(self.session.dataset(), &self.view, lang);
        LessonStep::View {
            dataset,
            date: code.as_of.format("%Y-%m-%d").to_string(),
            select: match code.selection {
                Selection::None => String::new(),
                Selection::Event(id) | Selection::Country(id) => id,
            },
            tab: match code.central {
                CentralView::Timeline => Tab::Timeline,
                CentralView::Map => Tab::Map,
                CentralView::Memberships => Tab::Memberships,
                CentralView::Overlap => Tab::Overlap,
            },
            country: code.membership_country.unwrap_or_default(),
            compare: code.compare.unwrap_or_default(),
            hidden_kinds: self.view.kinds.hidden().to_vec(),
            heading: LessonText::one(lang, heading),
            note: LessonText::default(),
            bullets: Vec::new(),
        }
    }

    /// The folder of the lesson's file (datasets named by path are relative to it).
    fn lesson_dir(&self) -> Option<PathBuf> {
        let path = self.lesson.as_ref()?.path.as_ref()?;
        Some(path.parent().map_or_else(PathBuf::new, Path::to_owned))
    }

    /// Shows step `i`'s view in the explorer (a text slide changes nothing);
    /// what it could not find is kept for its slide.
    pub fn show_lesson_step(&mut self, i: usize) {
        self.lesson_missing = None;
        let Some(step) = self
            .lesson
            .as_ref()
            .and_then(|d| d.lesson.steps.get(i))
            .cloned()
        else {
            return;
        };
        if let Some(doc) = &mut self.lesson {
            doc.select(Some(i));
        }
        let LessonStep::View {
            dataset,
            date,
            select,
            tab,
            country,
            compare,
            hidden_kinds,
            ..
        } = step
        else {
            return;
        };
        let dir = self.lesson_dir();
        let code = ViewCode {
            dataset: super::lesson_steps::code_dataset(&dataset, dir.as_deref()),
            selection: Selection::None,
            as_of: chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").unwrap_or(self.view.as_of),
            central: match tab {
                Tab::Timeline => CentralView::Timeline,
                Tab::Map => CentralView::Map,
                Tab::Memberships => CentralView::Memberships,
                Tab::Overlap => CentralView::Overlap,
            },
            membership_country: None,
            range: None,
            tour: None,
            step: None,
            lang: self.view.lang,
            compare: (!compare.is_empty()).then(|| {
                match super::lesson_steps::code_dataset(&compare, dir.as_deref()) {
                    CodeDataset::Bundled(name) => name,
                    CodeDataset::File(path) => path,
                }
            }),
        };
        // Another organisation resets the tour's step: the lesson's stays.
        let shown = (self.view.step, self.view.page);
        let opened = self.open_code_datasets(&code);
        (self.view.step, self.view.page) = shown;
        if opened.is_err() {
            self.lesson_missing = Some(LessonMissing::Dataset(dataset));
            return;
        }
        self.show_step_view(&code, &select, &country, &hidden_kinds);
    }

    /// The step's date, selection, tab and filter, on its dataset now on screen.
    fn show_step_view(&mut self, code: &ViewCode, select: &str, country: &str, hidden: &[String]) {
        let dataset = self.session.dataset();
        let selection = if select.is_empty() {
            Some(Selection::None)
        } else {
            Selection::from_id(dataset, select)
        };
        let Some(selection) = selection else {
            self.lesson_missing = Some(LessonMissing::Target(select.to_owned()));
            return;
        };
        self.view.selection = selection;
        self.view.central_view = code.central;
        self.view.timeline_range = None;
        let memberships = if country.is_empty() { select } else { country };
        if code.central == CentralView::Memberships && !memberships.is_empty() {
            self.view.membership_country = Some(memberships.to_owned());
        }
        self.view.kinds.set_hidden(hidden);
        let other = self.session.compared().map(|org| &org.compared.dataset);
        self.view.fit_to(dataset, other);
        let (first, last) = crate::model::date_span(dataset, self.compared());
        self.view.as_of = code.as_of.clamp(first, last);
        self.view.date_chosen = true;
        if code.central == CentralView::Map {
            self.map_memory.reset_view();
        }
        self.list.invalidate();
    }

    /// Presents the lesson from its first step, or from the selected one.
    pub(super) fn apply_lesson_present(&mut self, from_selected: bool) {
        let Some(doc) = &self.lesson else { return };
        if doc.lesson.steps.is_empty() {
            return;
        }
        let step = if from_selected {
            doc.selected.unwrap_or(0)
        } else {
            0
        };
        self.present_lesson_step(step);
    }
}

/// `path` relative to `dir` when it lies inside it, else as it is.
fn relative_to(path: &Path, dir: Option<&Path>) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    dir.and_then(|d| std::path::absolute(d).ok())
        .and_then(|d| absolute.strip_prefix(d).ok().map(Path::to_owned))
        .unwrap_or_else(|| path.to_owned())
        .display()
        .to_string()
}
