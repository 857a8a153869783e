//! The error panel: every problem of a dataset that failed to load, one per
//! line as `file:line:column: message`, above the status bar. The data on
//! screen stays, and the panel says which dataset is still shown.

use egui::{RichText, Ui};

use crate::model::LoadError;

/// The error panel; returns whether the user dismissed it.
pub fn error_panel_ui(ui: &mut Ui, error: &LoadError, still_showing: &str) -> bool {
    let color = super::warning_color(ui.visuals().dark_mode);
    let mut dismiss = false;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("⚠ Could not open the dataset: {error}"))
                .color(color)
                .strong(),
        );
        ui.label(RichText::new(format!("(still showing {still_showing})")).weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            dismiss = ui.button("Dismiss").clicked();
        });
    });
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for line in error.lines() {
                ui.label(RichText::new(line).monospace());
            }
        });
    dismiss
}
