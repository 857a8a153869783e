//! The explorer's panels, one file each, and the small pieces they share.
//!
//! Panels take the dataset by `&` and the view state by `&mut`; anything
//! derived from the dataset is computed once per load (see [`DerivedView`]).

pub mod counts_plot;
pub mod details_panel;
pub mod error_panel;
pub mod help_window;
pub mod map_paint;
pub mod map_panel;
pub mod members_panel;
pub mod open_dialog;
pub mod presentation;
pub mod status_bar;
pub mod timeline_axis;
pub mod timeline_data;
pub mod timeline_plot;
pub mod top_bar;

use egui::{Color32, RichText, Ui};

use crate::model::{Confidence, Dataset, EventKind, Status};
use crate::state::ViewState;

/// UI data derived from a dataset once, when it is loaded.
#[derive(Clone, Debug)]
pub struct DerivedView {
    /// Marker positions of the timeline, per lane.
    pub timeline: timeline_data::TimelineData,
}

impl DerivedView {
    /// Computes everything the panels need from a dataset.
    pub fn new(dataset: &Dataset) -> Self {
        Self {
            timeline: timeline_data::TimelineData::new(dataset),
        }
    }
}

/// The colour of an event kind's markers, readable on light and dark backgrounds.
pub fn kind_color(kind: EventKind, dark: bool) -> Color32 {
    match (kind, dark) {
        (EventKind::Summit, false) => Color32::from_rgb(0x1f, 0x5f, 0xbf),
        (EventKind::Summit, true) => Color32::from_rgb(0x6a, 0xa8, 0xff),
        (EventKind::GovernmentMeeting, false) => Color32::from_rgb(0xa8, 0x19, 0x6f),
        (EventKind::GovernmentMeeting, true) => Color32::from_rgb(0xf7, 0x7f, 0xc6),
        (EventKind::MilitaryExercise, false) => Color32::from_rgb(0xc0, 0x39, 0x2b),
        (EventKind::MilitaryExercise, true) => Color32::from_rgb(0xff, 0x7b, 0x6b),
        (EventKind::SecurityExercise, false) => Color32::from_rgb(0x7d, 0x3c, 0x98),
        (EventKind::SecurityExercise, true) => Color32::from_rgb(0xc3, 0x8b, 0xf0),
        (EventKind::RescueDrill, false) => Color32::from_rgb(0x1e, 0x84, 0x49),
        (EventKind::RescueDrill, true) => Color32::from_rgb(0x5c, 0xd6, 0x8d),
    }
}

/// The colour used for a membership status.
pub fn status_color(status: Status, dark: bool) -> Color32 {
    match (status, dark) {
        (Status::Member, false) => Color32::from_rgb(0x1f, 0x5f, 0xbf),
        (Status::Member, true) => Color32::from_rgb(0x6a, 0xa8, 0xff),
        (Status::ShanghaiFive, false) => Color32::from_rgb(0x00, 0x7a, 0x7a),
        (Status::ShanghaiFive, true) => Color32::from_rgb(0x4f, 0xd1, 0xc5),
        (Status::Observer, false) => Color32::from_rgb(0xa6, 0x5f, 0x00),
        (Status::Observer, true) => Color32::from_rgb(0xf5, 0xb0, 0x41),
        (Status::DialoguePartner, false) => Color32::from_rgb(0x1e, 0x84, 0x49),
        (Status::DialoguePartner, true) => Color32::from_rgb(0x5c, 0xd6, 0x8d),
        (Status::ScoPartner, false) => Color32::from_rgb(0x7d, 0x3c, 0x98),
        (Status::ScoPartner, true) => Color32::from_rgb(0xc3, 0x8b, 0xf0),
    }
}

/// Colour for "sources disagree" and "not verified" notes.
pub fn warning_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xf5, 0xb0, 0x41)
    } else {
        Color32::from_rgb(0x8a, 0x4b, 0x00)
    }
}

/// Shows a CONFLICT / UNVERIFIED note in words a student understands; nothing for sourced facts.
pub fn confidence_note_ui(ui: &mut Ui, confidence: &Confidence) {
    let (heading, note) = match confidence {
        Confidence::Sourced => return,
        Confidence::Conflict(note) => ("⚠ Sources disagree:", note),
        Confidence::Unverified(note) => ("⚠ Not verified:", note),
    };
    let color = warning_color(ui.visuals().dark_mode);
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(heading).strong().color(color));
                ui.label(note);
            });
        });
}

/// "11–16 June 2013", "15 June 2001" or "August 2006".
pub fn date_range_text(
    start: crate::model::PartialDate,
    end: Option<crate::model::PartialDate>,
) -> String {
    match end {
        Some(end) if end != start => format!("{} – {}", start.long_form(), end.long_form()),
        _ => start.long_form(),
    }
}

/// "Bishkek, Kyrgyzstan": the city and host country of an event, as far as known.
pub fn place_text(dataset: &Dataset, event: &crate::model::Event) -> Option<String> {
    let parts: Vec<&str> = [
        event.place.city.as_deref(),
        event
            .place
            .country
            .as_deref()
            .map(|c| dataset.country_name(c)),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The "As of" slider over the dataset's time span, leaving `reserve` points of the row for
/// what follows it. Returns nothing; it moves `view.as_of` when the user moves it.
pub fn as_of_slider_ui(ui: &mut Ui, dataset: &Dataset, view: &mut ViewState, reserve: f32) {
    use crate::model::{date_from_year_f64, year_f64_from_date};
    let label = ui.label("As of");
    let first = year_f64_from_date(dataset.first_day());
    let last = year_f64_from_date(dataset.last_day());
    let mut x = year_f64_from_date(view.as_of);
    ui.spacing_mut().slider_width = (ui.available_width() - reserve).max(100.0);
    let slider = egui::Slider::new(&mut x, first..=last).show_value(false);
    let response = ui.add(slider).labelled_by(label.id);
    // Only a real move of the slider changes the date, never the float round trip.
    if response.changed()
        && let Some(day) = date_from_year_f64(x)
        && day != view.as_of
    {
        view.as_of = day;
    }
}
