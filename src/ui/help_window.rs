//! The About / keyboard help window: what the app is, every key (generated
//! from the keymap, so it cannot drift from what the keys do) and the sources.

use egui::RichText;

use crate::actions::{Action, Scope, help_lines};
use crate::model::Dataset;
use crate::state::ViewState;
use crate::tr;

/// Room left above and below the help window, in points.
const HELP_MARGIN: f32 = 80.0;

/// What the mouse does, shown under the keys: (gesture, message id).
const MOUSE: &[(&str, &str)] = &[
    ("mouse-wheel", "mouse-wheel-does"),
    ("mouse-click", "mouse-click-does"),
    ("mouse-double-click", "mouse-double-click-does"),
];

/// The About / keyboard help window.
pub fn help_window_ui(
    ctx: &egui::Context,
    dataset: &Dataset,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let mut open = view.help_open;
    let lang = view.lang;
    egui::Window::new(tr!(lang, "help-title"))
        .id(egui::Id::unique("help window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(520.0)
        // Taller than a small window: it scrolls instead of running off the screen.
        .max_height(ctx.content_rect().height() - HELP_MARGIN)
        .default_height(ctx.content_rect().height() - HELP_MARGIN)
        .vscroll(true)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(tr!(
                lang,
                "help-about",
                version = env!("CARGO_PKG_VERSION"),
                organisation = dataset.file().organisation.name.text(lang)
            ));
            ui.add_space(6.0);
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for (heading, scope) in [
                    ("help-everywhere", Scope::Everywhere),
                    ("help-explorer", Scope::Explorer),
                    ("help-slides", Scope::Slides),
                    ("help-quiz", Scope::Quiz),
                    ("help-lesson", Scope::Lesson),
                ] {
                    ui.label(RichText::new(tr!(lang, heading)).strong());
                    ui.end_row();
                    for (keys, what, _) in help_lines(lang).into_iter().filter(|l| l.2 == scope) {
                        ui.label(RichText::new(keys).monospace().strong());
                        ui.label(what);
                        ui.end_row();
                    }
                }
                ui.label(RichText::new(tr!(lang, "help-mouse")).strong());
                ui.end_row();
                for (what, does) in MOUSE {
                    ui.label(RichText::new(tr!(lang, what)).monospace().strong());
                    ui.label(tr!(lang, does));
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new(tr!(lang, "help-about-data")).strong());
            super::paragraph_ui(ui, &dataset.file().description, lang);
            ui.label(tr!(
                lang,
                "help-sources-cited",
                count = dataset.file().sources.len()
            ));
            egui::CollapsingHeader::new(tr!(lang, "help-all-sources"))
                .id_salt("all sources")
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .max_height(240.0)
                        .show(ui, |ui| {
                            let ids = dataset.file().sources.iter().map(|s| s.id.as_str());
                            super::details::sources_ui(ui, dataset, lang, ids);
                        });
                });
        });
    // Its close button.
    if view.help_open && !open {
        actions.push(Action::SetHelpOpen(false));
    }
}
