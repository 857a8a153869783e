//! The status bar along the bottom: the dataset's size, the date and its
//! member count, the last message (opened, saved, refused) and the help hint.

use egui::{RichText, Ui};

use crate::i18n::dates;
use crate::model::Dataset;
use crate::notice::Notice;
use crate::state::ViewState;
use crate::tr;

/// The status bar; `message` is the last thing the app reported.
/// `loading`: a file is loading in the background (a spinner turns beside the message).
pub fn status_bar_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    message: Option<&Notice>,
    loading: bool,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        ui.label(tr!(
            lang,
            "status-sizes",
            countries = dataset.file().countries.len(),
            events = dataset.file().events.len(),
            sources = dataset.file().sources.len()
        ));
        ui.separator();
        let members = super::members_headcount_text(dataset, view.as_of, " · ", lang);
        ui.label(tr!(
            lang,
            "status-members-on",
            date = &dates::day(lang, view.as_of),
            members = members.as_str()
        ));
        if let Some(message) = message {
            ui.separator();
            if loading {
                ui.spinner();
            }
            ui.label(RichText::new(message.text(lang)).weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(tr!(lang, "status-help-hint")).weak());
        });
    });
}
