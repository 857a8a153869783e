//! The error panel: every problem of a dataset that failed to load, one per
//! line as `file:line:column: message`, above the status bar. The data on
//! screen stays, and the panel says which dataset is still shown.

use egui::{RichText, Ui};

use crate::i18n::Lang;
use crate::model::LoadError;
use crate::tr;

/// The error panel; returns whether the user dismissed it.
/// The heading is in the interface's language; the problems themselves are
/// the loader's English messages (the panel says so outside English).
pub fn error_panel_ui(ui: &mut Ui, error: &LoadError, still_showing: &str, lang: Lang) -> bool {
    let color = super::warning_color(ui.visuals().dark_mode);
    let mut dismiss = false;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!(
                "⚠ {}",
                tr!(lang, "error-heading", error = &error.to_string())
            ))
            .color(color)
            .strong(),
        );
        ui.label(RichText::new(tr!(lang, "error-still-showing", name = still_showing)).weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            dismiss = ui.button(tr!(lang, "error-dismiss")).clicked();
        });
    });
    if lang != Lang::En {
        ui.label(RichText::new(tr!(lang, "error-in-english")).small().weak());
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for line in error.lines() {
                ui.label(RichText::new(line).monospace());
            }
        });
    dismiss
}
