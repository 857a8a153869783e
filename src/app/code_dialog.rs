//! The "Open view code" dialog: a field to paste a code into.

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
}
