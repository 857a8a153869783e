//! The timeline's date row: the "As of" slider, the date, a field to type a
//! date into, and Previous/Next event.
//!
//! The slider takes what the rest of the row leaves, measured in the current
//! language, so the row stays on one line at 1280x720 in every language
//! instead of a long label ("Вперёд ▶") dropping to a line of its own.

use chrono::{Datelike as _, NaiveDate};
use egui::{RichText, TextStyle, Ui};

use super::text_width;

use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::state::ViewState;
use crate::tr;

/// Width of the "Go to" date field, margins included, in points.
const GO_TO_WIDTH: f32 = 96.0;

/// The date row under the timeline. `date_text` is what is typed in the
/// "Go to" field, kept between frames by the caller.
pub fn date_row_ui(
    ui: &mut Ui,
    span: (NaiveDate, NaiveDate),
    view: &ViewState,
    date_text: &mut String,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let (previous, next) = (tr!(lang, "timeline-previous"), tr!(lang, "timeline-next"));
    let go_to = tr!(lang, "timeline-go-to");
    let date_width = widest_date(ui, lang, view.as_of.year());
    let spacing = ui.spacing().item_spacing.x;
    let reserve = date_width
        + text_width(ui, &go_to, TextStyle::Body)
        + GO_TO_WIDTH
        + button_width(ui, &previous)
        + button_width(ui, &next)
        + 5.0 * spacing;
    // Still wraps when even the narrowest slider leaves no room (small
    // windows), so Previous and Next never fall off the edge.
    ui.horizontal_wrapped(|ui| {
        super::as_of_slider_ui(ui, span, view, (reserve, actions));
        // A cell as wide as the longest date of the year: the slider keeps its
        // length (and its knob its place under the pointer) as the month changes.
        let height = ui.spacing().interact_size.y;
        ui.allocate_ui_with_layout(
            egui::vec2(date_width, height),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                ui.set_min_width(date_width);
                ui.label(RichText::new(dates::day(lang, view.as_of)).strong());
            },
        );
        go_to_date_ui(ui, lang, &go_to, date_text, actions);
        if ui
            .button(previous)
            .on_hover_text(tr!(lang, "timeline-previous-tip"))
            .clicked()
        {
            actions.push(Action::PreviousEvent);
        }
        if ui
            .button(next)
            .on_hover_text(tr!(lang, "timeline-next-tip"))
            .clicked()
        {
            actions.push(Action::NextEvent);
        }
    });
}

/// Width of a button showing `text`.
fn button_width(ui: &Ui, text: &str) -> f32 {
    text_width(ui, text, TextStyle::Button) + 2.0 * ui.spacing().button_padding.x
}

/// Width of the longest date of `year` written out in `lang` (the 28th of
/// each month: two-digit days are the widest).
fn widest_date(ui: &Ui, lang: Lang, year: i32) -> f32 {
    (1..=12)
        .filter_map(|month| NaiveDate::from_ymd_opt(year, month, 28))
        .map(|day| text_width(ui, &dates::day(lang, day), TextStyle::Body))
        .fold(0.0, f32::max)
}

/// A field to type a date into ("2010-06-15", or "2010-06" / "2010" for the
/// first day); Enter moves the date cursor there. A date that does not exist
/// is shown in the warning colour and changes nothing.
fn go_to_date_ui(
    ui: &mut Ui,
    lang: Lang,
    go_to: &str,
    date_text: &mut String,
    actions: &mut Vec<Action>,
) {
    let typed = date_text.trim();
    let parsed = typed.parse::<crate::model::PartialDate>().ok();
    let invalid = !typed.is_empty() && parsed.is_none();
    let mut edit = egui::TextEdit::singleline(date_text)
        .hint_text(tr!(lang, "timeline-go-to-hint"))
        .desired_width(GO_TO_WIDTH);
    if invalid {
        edit = edit.text_color(super::warning_color(ui.visuals().dark_mode));
    }
    let label = ui.label(go_to);
    let response = ui.add(edit).labelled_by(label.id);
    if response.lost_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter))
        && let Some(date) = parsed
    {
        actions.push(Action::SetDate(date.first_day()));
        date_text.clear();
    }
}
