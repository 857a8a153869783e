//! The lesson panel: the lesson's steps, and the selected step's heading,
//! note and bullets to edit. Every change is a [`LessonAction`], applied (and
//! made undoable) in one place.

use egui::{RichText, Ui};

use crate::actions::{Action, LessonAction as L, hint_for};
use crate::lang::Lang;
use crate::model::Dataset;
use crate::model::lesson::{Edit, LessonDoc, LessonStep, TextField};
use crate::state::ViewState;
use crate::tr;

/// The panel's contents for `doc` (or the invitation to start one); the
/// tours of `dataset` can start a lesson.
pub fn lesson_panel_ui(
    ui: &mut Ui,
    (doc, dataset): (Option<&LessonDoc>, &Dataset),
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.heading(tr!(lang, "lesson-panel-title"));
    file_row_ui(ui, doc, lang, actions);
    tours_menu_ui(ui, dataset, lang, actions);
    let Some(doc) = doc else {
        ui.label(tr!(lang, "lesson-none"));
        return;
    };
    let writing = view.lesson_edit_lang.unwrap_or_else(|| doc.lesson.lang());
    ui.horizontal(|ui| {
        let label = ui.label(tr!(lang, "lesson-writing-in"));
        for code in Lang::ALL {
            let chosen = writing == code;
            if ui
                .selectable_label(chosen, code.code())
                .labelled_by(label.id)
                .clicked()
                && !chosen
            {
                actions.push(Action::Lesson(L::WriteIn(code)));
            }
        }
    });
    let mut title = doc.lesson.title.get(writing).to_owned();
    ui.horizontal(|ui| {
        let label = ui.label(tr!(lang, "lesson-title"));
        if ui
            .text_edit_singleline(&mut title)
            .labelled_by(label.id)
            .changed()
        {
            actions.push(Action::Lesson(L::Edit(Edit::SetTitle(
                writing,
                title.clone(),
            ))));
        }
    });
    ui.separator();
    add_row_ui(ui, doc, lang, actions);
    steps_list_ui(ui, doc, lang, writing, actions);
    if let Some(i) = doc.selected {
        ui.separator();
        step_editor_ui(ui, doc, i, (lang, writing), actions);
    }
}

fn file_row_ui(ui: &mut Ui, doc: Option<&LessonDoc>, lang: Lang, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        button(ui, &tr!(lang, "lesson-new"), L::New, true, actions);
        button(ui, &tr!(lang, "lesson-open"), L::Open, true, actions);
        button(
            ui,
            &tr!(lang, "lesson-save"),
            L::Save,
            doc.is_some(),
            actions,
        );
        button(
            ui,
            &tr!(lang, "lesson-save-as"),
            L::SaveAs,
            doc.is_some(),
            actions,
        );
        button(
            ui,
            &tr!(lang, "lesson-undo"),
            L::Undo,
            doc.is_some_and(LessonDoc::can_undo),
            actions,
        );
        button(
            ui,
            &tr!(lang, "lesson-redo"),
            L::Redo,
            doc.is_some_and(LessonDoc::can_redo),
            actions,
        );
    });
    if let Some(doc) = doc {
        let name = doc.path.as_deref().map_or_else(
            || tr!(lang, "lesson-not-saved-yet"),
            crate::notice::shown_path,
        );
        let dirty = if doc.is_dirty() {
            tr!(lang, "lesson-unsaved")
        } else {
            String::new()
        };
        ui.label(RichText::new(format!("{name}{dirty}")).weak());
    }
}

/// "Start from a tour": any tour of the dataset on screen as a new lesson.
fn tours_menu_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, actions: &mut Vec<Action>) {
    let tours = &dataset.file().tours;
    if tours.is_empty() {
        return;
    }
    ui.menu_button(tr!(lang, "lesson-from-tour"), |ui| {
        for tour in tours {
            if ui.button(tour.title.text(lang)).clicked() {
                actions.push(Action::Lesson(L::FromTour(tour.id.to_string())));
            }
        }
    });
}

/// The Lesson menu of the menu bar.
pub fn lesson_menu_ui(ui: &mut Ui, has_lesson: bool, lang: Lang, actions: &mut Vec<Action>) {
    ui.menu_button(tr!(lang, "menu-lesson"), |ui| {
        for (id, action, enabled) in [
            ("lesson-panel-toggle", L::TogglePanel, true),
            ("lesson-add-view", L::AddView, true),
            ("lesson-new", L::New, true),
            ("lesson-open", L::Open, true),
            ("lesson-save", L::Save, has_lesson),
            ("lesson-save-as", L::SaveAs, has_lesson),
            ("lesson-present", L::Present(false), has_lesson),
        ] {
            let action = Action::Lesson(action);
            let mut item = egui::Button::new(tr!(lang, id));
            if let Some(hint) = hint_for(&action) {
                item = item.shortcut_text(hint);
            }
            if ui.add_enabled(enabled, item).clicked() {
                actions.push(action);
            }
        }
    });
}

fn add_row_ui(ui: &mut Ui, doc: &LessonDoc, lang: Lang, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        button(ui, &tr!(lang, "lesson-add-view"), L::AddView, true, actions);
        button(ui, &tr!(lang, "lesson-add-text"), L::AddText, true, actions);
        let present = !doc.lesson.steps.is_empty();
        button(
            ui,
            &tr!(lang, "lesson-present"),
            L::Present(false),
            present,
            actions,
        );
    });
}

fn steps_list_ui(
    ui: &mut Ui,
    doc: &LessonDoc,
    lang: Lang,
    writing: Lang,
    actions: &mut Vec<Action>,
) {
    if doc.lesson.steps.is_empty() {
        ui.label(RichText::new(tr!(lang, "lesson-no-steps")).weak());
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("lesson steps")
        .max_height(ui.available_height() * 0.4)
        .show(ui, |ui| {
            for (i, step) in doc.lesson.steps.iter().enumerate() {
                let heading = step.heading().shown(writing, doc.lesson.lang());
                let text = if heading.trim().is_empty() {
                    tr!(lang, "lesson-step-untitled", step = i + 1)
                } else if matches!(step, LessonStep::Text { .. }) {
                    tr!(lang, "lesson-step-text", step = i + 1, heading = heading)
                } else {
                    format!("{}. {heading}", i + 1)
                };
                let selected = doc.selected == Some(i);
                ui.horizontal(|ui| {
                    // A handle to drag the step to another place (Alt+↑/↓ and
                    // the Up/Down buttons do the same from the keyboard).
                    let handle = ui
                        .dnd_drag_source(
                            ui.scope_id().with(("lesson step", i)),
                            StepDrag(i),
                            |ui| ui.label(RichText::new("☰").weak()),
                        )
                        .response
                        .on_hover_text(tr!(lang, "lesson-drag"));
                    let row = ui.selectable_label(selected, text);
                    if row.clicked() && !selected {
                        actions.push(Action::Lesson(L::Select(i)));
                    }
                    let dropped = row
                        .dnd_release_payload::<StepDrag>()
                        .or_else(|| handle.dnd_release_payload());
                    if let Some(from) = dropped
                        && from.0 != i
                    {
                        actions.push(Action::Lesson(L::Edit(Edit::Move {
                            from: from.0,
                            to: i,
                        })));
                    }
                });
            }
        });
}

/// The selected step's buttons: show its view, take the view on screen,
/// move, duplicate, delete.
fn step_buttons_ui(
    ui: &mut Ui,
    doc: &LessonDoc,
    (i, step): (usize, &LessonStep),
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let last = doc.lesson.steps.len() - 1;
    ui.horizontal_wrapped(|ui| {
        let is_view = matches!(step, LessonStep::View { .. });
        button(ui, &tr!(lang, "lesson-go-to"), L::GoTo(i), is_view, actions);
        button(
            ui,
            &tr!(lang, "lesson-replace"),
            L::ReplaceWithView(i),
            is_view,
            actions,
        );
        button(
            ui,
            &tr!(lang, "lesson-move-up"),
            L::MoveSelected(true),
            i > 0,
            actions,
        );
        button(
            ui,
            &tr!(lang, "lesson-move-down"),
            L::MoveSelected(false),
            i < last,
            actions,
        );
        button(
            ui,
            &tr!(lang, "lesson-duplicate"),
            L::Edit(Edit::Duplicate(i)),
            true,
            actions,
        );
        button(
            ui,
            &tr!(lang, "lesson-delete"),
            L::DeleteSelected,
            true,
            actions,
        );
    });
}

fn step_editor_ui(
    ui: &mut Ui,
    doc: &LessonDoc,
    i: usize,
    (lang, writing): (Lang, Lang),
    actions: &mut Vec<Action>,
) {
    let Some(step) = doc.lesson.steps.get(i) else {
        return;
    };
    step_buttons_ui(ui, doc, (i, step), lang, actions);
    let set = |field: TextField, text: String| {
        Action::Lesson(L::Edit(Edit::SetText {
            step: i,
            field,
            lang: writing,
            text,
        }))
    };
    let mut heading = step.heading().get(writing).to_owned();
    let label = ui.label(tr!(lang, "lesson-heading"));
    if ui
        .add(egui::TextEdit::singleline(&mut heading).desired_width(f32::INFINITY))
        .labelled_by(label.id)
        .changed()
    {
        actions.push(set(TextField::Heading, heading));
    }
    let mut note = step.note().get(writing).to_owned();
    let label = ui.label(tr!(lang, "lesson-note"));
    let note_edit = egui::TextEdit::multiline(&mut note)
        .desired_rows(3)
        .desired_width(f32::INFINITY);
    if ui.add(note_edit).labelled_by(label.id).changed() {
        actions.push(set(TextField::Note, note));
    }
    ui.label(tr!(lang, "lesson-bullets"));
    for (b, bullet) in step.bullets().iter().enumerate() {
        let mut text = bullet.get(writing).to_owned();
        ui.horizontal(|ui| {
            let remove = ui
                .button("✖")
                .on_hover_text(tr!(lang, "lesson-remove-bullet"));
            if remove.clicked() {
                actions.push(Action::Lesson(L::Edit(Edit::RemoveBullet(i, b))));
            }
            let label = ui.label(tr!(lang, "lesson-bullet", number = b + 1));
            let edit = egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY);
            if ui.add(edit).labelled_by(label.id).changed() {
                actions.push(set(TextField::Bullet(b), text.clone()));
            }
        });
    }
    button(
        ui,
        &tr!(lang, "lesson-add-bullet"),
        L::Edit(Edit::AddBullet(i)),
        true,
        actions,
    );
}

/// What is dragged in the steps list: the step's place.
#[derive(Clone, Copy, Debug)]
struct StepDrag(usize);

/// A button asking for a lesson action, with its key in the tooltip.
fn button(ui: &mut Ui, text: &str, action: L, enabled: bool, actions: &mut Vec<Action>) {
    let action = Action::Lesson(action);
    let mut response = ui.add_enabled(enabled, egui::Button::new(text));
    if let Some(hint) = hint_for(&action) {
        response = response.on_hover_text(hint);
    }
    if response.clicked() {
        actions.push(action);
    }
}

/// The question asked before unsaved changes to the lesson would be lost.
pub fn unsaved_lesson_ui(ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
    egui::Window::new(tr!(lang, "lesson-unsaved-title"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(tr!(lang, "lesson-unsaved-question"));
            ui.horizontal(|ui| {
                button(ui, &tr!(lang, "lesson-save"), L::Save, true, actions);
                button(ui, &tr!(lang, "lesson-discard"), L::Discard, true, actions);
                button(
                    ui,
                    &tr!(lang, "lesson-keep-editing"),
                    L::KeepEditing,
                    true,
                    actions,
                );
            });
        });
}
