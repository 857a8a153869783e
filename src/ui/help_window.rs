//! The About / keyboard help window: what the app is, every key (generated
//! from the keymap, so it cannot drift from what the keys do) and the sources.

use egui::RichText;

use crate::actions::{Scope, help_lines};
use crate::model::Dataset;
use crate::state::ViewState;

/// Room left above and below the help window, in points.
const HELP_MARGIN: f32 = 80.0;

/// What the mouse does, shown under the keys.
const MOUSE: &[(&str, &str)] = &[
    (
        "Ctrl+wheel / drag",
        "Zoom / pan the timeline; wheel and drag on the map",
    ),
    (
        "Click",
        "Select a marker; click empty timeline to move the date",
    ),
    ("Double-click", "Whole history on the timeline"),
];

/// The About / keyboard help window.
pub fn help_window_ui(ctx: &egui::Context, dataset: &Dataset, view: &mut ViewState) {
    let mut open = view.help_open;
    egui::Window::new("About and keyboard shortcuts")
        .open(&mut open)
        .collapsible(false)
        .default_width(520.0)
        // Taller than a small window: it scrolls instead of running off the screen.
        .max_height(ctx.content_rect().height() - HELP_MARGIN)
        .default_height(ctx.content_rect().height() - HELP_MARGIN)
        .vscroll(true)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(format!(
                "sco-explorer {} shows the history of the {}: who joined when, every summit, every joint exercise and drill.",
                env!("CARGO_PKG_VERSION"),
                dataset.file().organisation.name
            ));
            ui.add_space(6.0);
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for (heading, scope) in [
                    ("Everywhere", Scope::Everywhere),
                    ("In the explorer", Scope::Explorer),
                    ("On slides (presentation mode)", Scope::Slides),
                ] {
                    ui.label(RichText::new(heading).strong());
                    ui.end_row();
                    for (keys, what, _) in help_lines().into_iter().filter(|l| l.2 == scope) {
                        ui.label(RichText::new(keys).monospace().strong());
                        ui.label(what);
                        ui.end_row();
                    }
                }
                ui.label(RichText::new("With the mouse").strong());
                ui.end_row();
                for (what, does) in MOUSE {
                    ui.label(RichText::new(*what).monospace().strong());
                    ui.label(*does);
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new("About the data").strong());
            ui.label(&dataset.file().description);
            ui.label(format!(
                "{} sources are cited; each fact in the details pane lists its own. Facts marked \"sources disagree\" or \"not verified\" carry a note saying why.",
                dataset.file().sources.len()
            ));
            egui::CollapsingHeader::new("All sources").show(ui, |ui| {
                egui::ScrollArea::vertical().max_height(240.0).show(ui, |ui| {
                    let ids = dataset.file().sources.iter().map(|s| s.id.as_str());
                    super::details_panel::sources_ui(ui, dataset, ids);
                });
            });
        });
    view.help_open = open;
}
