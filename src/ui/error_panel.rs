//! The error panel: every problem of a dataset that failed to load, one per
//! line as `file:line:column: message`, above the status bar. The data on
//! screen stays, and the panel says which dataset is still shown. Paths and
//! names lose their middle to "…" past a length, so a long one (a path in a
//! view code, a deep folder) costs no more to draw than a short one.

use egui::{RichText, Ui};

use crate::i18n::Lang;
use crate::model::{LoadError, elide_middle};
use crate::notice::shown;
use crate::tr;

/// The most characters of the error the heading names: a path (cut to 160
/// by the loader's message) and what the system said.
const HEADING_CHARS: usize = 400;

/// The most characters of one problem line the panel draws: a message of
/// at most 600 and a file name of the usual length.
const PROBLEM_LINE_CHARS: usize = 800;

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
                tr!(
                    lang,
                    "error-heading",
                    error = &*elide_middle(&error.to_string(), HEADING_CHARS)
                )
            ))
            .color(color)
            .strong(),
        );
        let name = shown(still_showing);
        ui.label(RichText::new(tr!(lang, "error-still-showing", name = &name)).weak());
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
            // A problem's message is already cut (the loader quotes at most
            // 600 characters of it); its file name is cut here.
            for line in error.lines() {
                let line = elide_middle(&line, PROBLEM_LINE_CHARS);
                ui.label(RichText::new(line).monospace());
            }
        });
    dismiss
}
