//! The status bar along the bottom: the dataset's size, the date and its
//! member count, the last message (opened, saved, refused) and the help hint.

use egui::{RichText, Ui};

use crate::model::Dataset;
use crate::state::ViewState;

/// The status bar; `message` is the last thing the app reported.
/// `loading`: a file is loading in the background (a spinner turns beside the message).
pub fn status_bar_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    message: Option<&str>,
    loading: bool,
) {
    ui.horizontal(|ui| {
        let counts = dataset.counts_on(view.as_of);
        ui.label(format!(
            "{} countries · {} events · {} sources",
            dataset.file().countries.len(),
            dataset.file().events.len(),
            dataset.file().sources.len()
        ));
        ui.separator();
        ui.label(format!(
            "As of {}: {} members",
            view.as_of.format("%-d %B %Y"),
            counts.core()
        ));
        if let Some(message) = message {
            ui.separator();
            if loading {
                ui.spinner();
            }
            ui.label(RichText::new(message).weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new("F1: help").weak());
        });
    });
}
