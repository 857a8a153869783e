//! The view-code dialogs: "Open view code" (a field to paste a code into) and
//! the code just copied, shown large and selectable so a teacher can write it
//! on the board.

use super::ExplorerApp;
use crate::tr;

impl ExplorerApp {
    /// The "Open view code" dialog: a field to paste a code into.
    pub(super) fn code_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(text) = self.code_dialog.as_mut() else {
            return;
        };
        let lang = self.view.lang;
        let mut open = true;
        let mut go = false;
        egui::Window::new(tr!(lang, "code-dialog-title"))
            .id(egui::Id::unique("view code dialog"))
            .open(&mut open)
            .collapsible(false)
            // Wide enough for the field and its button in every language.
            .default_width(640.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    let label = ui.label(tr!(lang, "code-dialog-field"));
                    let response = ui
                        .add(egui::TextEdit::singleline(text).desired_width(420.0))
                        .labelled_by(label.id);
                    let enter =
                        response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    go = ui.button(tr!(lang, "code-dialog-open")).clicked() || enter;
                });
            });
        if go {
            let text = text.clone();
            self.open_code_later(text);
            ctx.request_repaint();
        } else if !open {
            self.code_dialog = None;
        }
    }

    /// The code just copied (File → Copy view code), large and selectable.
    pub(super) fn copied_code_ui(&mut self, ctx: &egui::Context) {
        let Some(code) = self.copied_code.as_ref() else {
            return;
        };
        let lang = self.view.lang;
        let mut open = true;
        let mut close = false;
        egui::Window::new(tr!(lang, "code-copied-title"))
            .id(egui::Id::unique("copied view code"))
            .open(&mut open)
            .collapsible(false)
            .default_width(640.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(tr!(lang, "code-copied-explain"));
                // Read-only but selectable: a `&str` cannot be edited.
                let mut shown: &str = code.as_str();
                ui.add(
                    egui::TextEdit::multiline(&mut shown)
                        .font(egui::FontId::monospace(20.0))
                        .desired_width(f32::INFINITY)
                        .desired_rows(2),
                );
                close = ui.button(tr!(lang, "code-copied-close")).clicked();
            });
        if close || !open {
            self.copied_code = None;
        }
    }
}
